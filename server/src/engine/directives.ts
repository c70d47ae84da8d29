// PLACEHOLDER (replaced by the prose stage): no directives.
import type { ResolvedConfig } from './config';
import type { Finding, ProseDocument, Sentence, Span } from './types';

/** Source notes and suppression comments found in a draft. */
export interface Directives {
  /** `<!-- source: … -->` notes, each attached to the sentence it follows. */
  sourceNotes: { span: Span; text: string; sentence: number }[];
}

/** Reads source notes and `sourcetrace-disable…` comments. */
export function parseDirectives(_doc: ProseDocument, _sentences: Sentence[]): Directives {
  return { sourceNotes: [] };
}

/** Drops findings that a suppression comment covers, and rules turned off. */
export function applyDirectives(findings: Finding[], _d: Directives, config: ResolvedConfig): { kept: Finding[]; suppressed: number } {
  const kept = findings.filter((f) => config.rules[f.ruleId] !== 'off');
  return { kept, suppressed: 0 };
}
