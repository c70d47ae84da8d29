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
import type { Config, ResolvedConfig } from './config';
import { applyDirectives } from './directives';
import { prepare } from './prepare';
import { runRules } from './rules';
import { trace } from './trace';
import type { Analysis } from './types';

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
  const { doc, config, sentences, directives, configErrors, genre } = prepare(text, options.config);
  const traced = trace(doc, sentences, directives, config, genre);
  const findings = runRules({ doc, sentences, directives, config, ...traced });
  const { kept, suppressed } = applyDirectives(findings, directives, config);
  // Only what the Analysis contract names: the rules' per-claim details and the
  // quotation list stay inside the engine (they would otherwise be copied to
  // the language server's main thread and into reports on every change).
  const { attributions, claims, entities } = traced;
  return { findings: kept, sentences, claims, attributions, entities, configErrors, suppressed };
}


export { claimStatusCounts, createIncrementalAnalyzer, findingCount, findingRuns, type FindingRun, type FindingRuns, type IncrementalAnalyzer, type IncrementalStats } from './incremental';
