/**
 * Stage 3 of the pipeline: who says so? `trace` finds every attribution (the
 * attribution stage, `attribution/`) and then decides the status of every
 * sentence (classification, `classify/`), per the editorial standard in
 * labels.md.
 */
import { findAttributions } from './attribution';
import { classify, type ClaimDetail, type Genre } from './classify';
import type { ResolvedConfig } from './config';
import type { Directives } from './directives';
import type { Attribution, Claim, ProseDocument, Quote, Sentence, SourceEntity } from './types';

/** Attributions, claims and source entities of a document. */
export interface Traced {
  /** Every attribution in document order, link, footnote and note sources included. */
  attributions: Attribution[];
  /** One claim per sentence, in sentence order. */
  claims: Claim[];
  /** Identified sources, each listing the claims resting on it. */
  entities: SourceEntity[];
  /** Quotations, with their speakers where the paragraph names one. */
  quotes: Quote[];
  /** Per claim (same index as `claims`): what the rules need to report and fix it. */
  details: ClaimDetail[];
}

/** Finds every attribution and decides the status of every sentence; `genre` is read from the draft when not given. */
export function trace(doc: ProseDocument, sentences: Sentence[], directives: Directives, config: ResolvedConfig, genre?: Genre): Traced {
  const found = findAttributions(doc, sentences, directives, config);
  return classify(doc, sentences, directives, config, found, genre);
}
