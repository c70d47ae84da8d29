// PLACEHOLDER (replaced by the attribution stage): every sentence unattributed.
import type { ResolvedConfig } from './config';
import type { Directives } from './directives';
import type { Attribution, Claim, ProseDocument, Sentence, SourceEntity } from './types';

/** Attributions, claims and source entities of a document. */
export interface Traced {
  attributions: Attribution[];
  claims: Claim[];
  entities: SourceEntity[];
}

/** Finds every attribution and decides the status of every sentence. */
export function trace(_doc: ProseDocument, sentences: Sentence[], _d: Directives, _config: ResolvedConfig): Traced {
  return {
    attributions: [],
    claims: sentences.map((s) => ({ start: s.start, end: s.end, sentence: s.index, status: 'U', reason: 'placeholder', confidence: 0.5 })),
    entities: [],
  };
}
