/**
 * A document typed into as the server's open documents are: analysed by an
 * incremental analyzer version after version, each result made by
 * `makeResult` from the previous one and the edit (lsp/analysis.ts). Shared
 * by the tests of the keystroke path (result.test.ts, runs.test.ts).
 */
import { createIncrementalAnalyzer, resolveConfig, type Analysis } from '../../server/src/engine';
import { makeResult, type AnalysisResult, type EffectiveConfig } from '../../server/src/lsp/analysis';
import type { TextChange } from '../../server/src/lsp/documents';

/** The settings every version is analysed under: the defaults. */
export const TYPIST_CONFIG: EffectiveConfig = { enabled: true, config: resolveConfig({}, undefined), key: '' };
/** The document's address. */
export const TYPIST_URI = 'file:///draft.md';

/** A document analysed as the server analyses an open one, version after version. */
export class Typist {
  private readonly analyzer = createIncrementalAnalyzer({ config: TYPIST_CONFIG.config });
  /** The result of the latest version. */
  result: AnalysisResult;

  constructor(public text: string) {
    this.result = makeResult(TYPIST_URI, 1, text, this.analyzer.analyze(text), TYPIST_CONFIG);
  }

  /** Replaces `[start, end)` with `insert`; returns the result before the edit. */
  edit(start: number, end: number, insert: string): AnalysisResult {
    const before = this.result;
    const change: TextChange = { start, end, length: insert.length };
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    const analysis = this.analyzer.analyze(this.text);
    this.analysed(analysis, before);
    this.result = makeResult(TYPIST_URI, before.version + 1, this.text, analysis, TYPIST_CONFIG, { result: before, changes: [change] });
    return before;
  }

  /**
   * Called with each new version's analysis before its result is made (and
   * so before anything reads its findings), with the previous result: a
   * subclass looks at what the analysis holds then. Does nothing here.
   */
  protected analysed(_analysis: Analysis, _before: AnalysisResult): void {}
}
