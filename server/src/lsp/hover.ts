/**
 * Hovers: on a finding, what is wrong, why an editor cares, how to fix it and
 * a link to the rule's documentation; on a source mention or an attributed
 * sentence, the traced source, its kind and how many claims rest on it.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { Claim } from '../engine/types';
import type { AnalysisResult } from './analysis';
import { lineOf, spanToRange } from './positions';
import { ruleDocLink, ruleInfo, SOURCE_KIND_NAMES, STATUS_NAMES } from './ruleInfo';
import { findContaining, mentionAt, sourcesOf, type TracedSource } from './sources';

/** The hover at an offset of an analysed document, or null when there is nothing to say. */
export function hoverAt(result: AnalysisResult, offset: number): Hover | null {
  const { analysis, lines } = result;
  const parts: string[] = [];
  let range: { start: number; end: number } | undefined;

  for (const f of analysis.findings) {
    if (f.start <= offset && offset <= f.end) {
      const info = ruleInfo(f.ruleId);
      parts.push(
        [
          `**${capitalise(info.name)}** — \`${f.ruleId}\``,
          '',
          f.message,
          '',
          `*Why it matters:* ${info.why}`,
          '',
          `*How to fix:* ${info.fix}`,
          '',
          `[Rule documentation](${ruleDocLink(f.ruleId)})`,
        ].join('\n'),
      );
      range ??= { start: f.start, end: f.end };
    }
  }

  const index = sourcesOf(analysis);
  const mention = mentionAt(index, offset);
  if (mention) {
    const source = index.sources[mention.source]!;
    parts.push(describeSource(result, source, mention.mention?.antecedent?.text));
    range = mention.span;
  } else {
    const i = findContaining(analysis.claims, offset);
    const claim = i >= 0 ? analysis.claims[i] : undefined;
    if (claim && (claim.status === 'A' || claim.status === 'V')) {
      parts.push(describeClaim(result, claim));
      range ??= { start: claim.start, end: claim.end };
    }
  }

  if (parts.length === 0) return null;
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') },
    ...(range ? { range: spanToRange(lines, range) } : {}),
  };
}

/** A source in a few lines: name, kind, where introduced, how many claims rest on it. */
export function describeSource(result: AnalysisResult, source: TracedSource, refersVia?: string): string {
  const n = source.claims.length;
  const line = lineOf(result.lines, source.introduced.start) + 1;
  const lines = [
    `**Source:** ${escapeMd(source.name)} (${SOURCE_KIND_NAMES[source.kind] ?? source.kind})`,
    '',
    `${n} ${n === 1 ? 'claim rests' : 'claims rest'} on it · first mentioned on line ${line}` +
      (source.mentions.length > 1 ? ` · ${source.mentions.length} mentions` : ''),
  ];
  if (refersVia && refersVia !== source.name) lines.push('', `Refers back to “${escapeMd(refersVia)}”.`);
  if (source.category === 'vague') lines.push('', 'A reader cannot identify this source: name who it is.');
  if (source.category === 'unresolved') lines.push('', 'Nothing named earlier in the draft tells the reader who this is.');
  return lines.join('\n');
}

function describeClaim(result: AnalysisResult, claim: Claim): string {
  const out = [`**${capitalise(STATUS_NAMES[claim.status])} claim**${claim.reason ? ` — ${escapeMd(claim.reason)}` : ''}`];
  if (claim.source) {
    const index = sourcesOf(result.analysis);
    const m = mentionAt(index, claim.source.start);
    const source = m ? index.sources[m.source] : undefined;
    out.push('', source ? describeSource(result, source) : `**Source:** ${escapeMd(claim.source.text)} (${SOURCE_KIND_NAMES[claim.source.kind]})`);
  }
  if (claim.cue) out.push('', `Cue: “${escapeMd(claim.cue.text)}”`);
  return out.join('\n');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Escapes the characters that would turn draft text into Markdown markup in a hover or report. */
export function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ');
}
