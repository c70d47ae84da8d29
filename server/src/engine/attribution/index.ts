// PLACEHOLDER (replaced by the attribution stage): finds nothing.
import type { ResolvedConfig } from '../config';
import type { Directives } from '../directives';
import type { Attribution, ProseDocument, Quote, Sentence, SourceEntity } from '../types';

/** What the attribution stage finds in a document. */
export interface AttributionResult {
  /** Every attribution, in document order. */
  attributions: Attribution[];
  /** Identified sources; `claims` is left empty here and filled by classification. */
  entities: SourceEntity[];
  /** For each sentence index, the indexes into `attributions` of its attributions. */
  bySentence: number[][];
  /** Quotations, with their speakers where the paragraph names one. */
  quotes: Quote[];
}

/** Finds every cue and source, resolves pronouns and short forms, pairs quotes with speakers. */
export function findAttributions(_doc: ProseDocument, sentences: Sentence[], _d: Directives, _config: ResolvedConfig): AttributionResult {
  return { attributions: [], entities: [], bySentence: sentences.map(() => []), quotes: [] };
}
