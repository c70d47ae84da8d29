/**
 * The sourcetrace engine: Markdown text and options in, plain findings out.
 *
 * Pure by design (see docs/architecture.md): nothing here imports `vscode`,
 * `vscode-languageserver*` or `node:*`, so the same code runs in the CLI, the
 * language server and, one day, a browser worker.
 *
 *   extractProse ─► splitSentences ─► trace (attributions, claims, entities)
 *                                  ─► runRules ─► applyDirectives ─► Analysis
 */
import { parseConfig, resolveConfig, type Config, type ResolvedConfig } from './config';
import { parseDirectives, applyDirectives } from './directives';
import { extractProse } from './markdown';
import { runRules } from './rules';
import { splitSentences } from './sentences';
import { trace } from './trace';
import type { Analysis, ConfigIssue } from './types';

export type * from './types';
export * from './config';

/** Options for one analysis. */
export interface AnalyzeOptions {
  /**
   * The configuration from files and editor settings, already merged. The
   * draft's own front matter (`sourcetrace:` key) is laid over it.
   */
  config?: ResolvedConfig | Config;
}

/** Analyses one Markdown draft. Never throws on any input text. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = extractProse(text);
  const configErrors: ConfigIssue[] = [];
  let frontConfig: Config | undefined;
  const fm = doc.frontMatter;
  if (fm?.error) configErrors.push({ path: '', message: `front matter: ${fm.error}`, span: { start: fm.start, end: fm.end } });
  const fmValue = fm?.data?.['sourcetrace'];
  if (fm && fmValue !== undefined) {
    const parsed = parseConfig(fmValue);
    if (parsed.ok) frontConfig = parsed.config;
    else for (const issue of parsed.issues) configErrors.push({ ...issue, path: `sourcetrace${issue.path ? '.' + issue.path : ''}`, span: { start: fm.start, end: fm.end } });
  }
  const config = resolveConfig(options.config, frontConfig);
  const sentences = splitSentences(doc);
  const directives = parseDirectives(doc, sentences);
  // A misspelt rule or directive in a comment would silently suppress nothing:
  // report it where it is written, like a bad key in front matter. A source note
  // with no sentence before it is harmless and left alone.
  for (const issue of directives.issues) {
    if (issue.kind !== 'orphan-source-note') configErrors.push({ path: 'directive', message: issue.message, span: issue.span });
  }
  const traced = trace(doc, sentences, directives, config);
  const findings = runRules({ doc, sentences, directives, config, ...traced });
  const { kept, suppressed } = applyDirectives(findings, directives, config);
  // Only what the Analysis contract names: the rules' per-claim details and the
  // quotation list stay inside the engine (they would otherwise be copied to
  // the language server's main thread and into reports on every change).
  const { attributions, claims, entities } = traced;
  return { findings: kept, sentences, claims, attributions, entities, configErrors, suppressed };
}
