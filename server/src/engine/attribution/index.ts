/**
 * The attribution stage: finds every cue and its source, resolves pronouns and
 * short forms against the names met earlier in the draft, builds the source
 * entities and pairs quotations with their speakers.
 *
 * Per block, the work is `analyzeBlock(block, state)` (./block.ts): a function
 * of the block's text and the discourse state carried in from earlier blocks,
 * so an editor can re-analyse from a changed paragraph on. Everything is
 * linear in the length of the document: one tokenization per sentence, set and
 * trie look-ups, and look-arounds bounded by small constants.
 */
import type { ResolvedConfig } from '../config';
import type { Directives } from '../directives';
import { buildLexicon } from '../lexicon';
import type { ProseDocument, Sentence, SourceEntity } from '../types';
import { analyzeBlock, type BlockInput, type BlockResult, type FoundAttribution, type FoundQuote } from './block';
import { DiscourseState } from './discourse';

export { analyzeBlock, DiscourseState };
export type { BlockInput, BlockResult, FoundAttribution, FoundQuote };
export type { CueSense } from '../lexicon/verbs';

/** What the attribution stage finds in a document. */
export interface AttributionResult {
  /** Every attribution, in document order (by sentence, then cue offset). */
  attributions: FoundAttribution[];
  /** Identified sources; `claims` is left empty here and filled by classification. */
  entities: SourceEntity[];
  /** For each sentence index, the indexes into `attributions` of its attributions. */
  bySentence: number[][];
  /** Quotations, with their speakers where the paragraph names one. */
  quotes: FoundQuote[];
}

/** Finds every cue and source, resolves pronouns and short forms, pairs quotes with speakers. */
export function findAttributions(doc: ProseDocument, sentences: Sentence[], d: Directives, config: ResolvedConfig): AttributionResult {
  const lex = buildLexicon(config);
  const state = new DiscourseState();
  const attributions: FoundAttribution[] = [];
  const quotes: FoundQuote[] = [];
  const bySentence: number[][] = sentences.map(() => []);
  // Sentences, links, footnote references and notes are all in document order:
  // one pointer each walks them alongside the blocks.
  let si = 0;
  let li = 0;
  let fi = 0;
  let ni = 0;
  const notes = [...(d.sourceNotes ?? [])].sort((a, b) => a.sentence - b.sentence);
  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const block = doc.blocks[bi]!;
    // A footnote reference written right after a block's last full stop lies
    // outside the block's prose: it belongs to the block until the next one.
    const blockLimit = doc.blocks[bi + 1]?.start ?? doc.prose.length + 1;
    while (si < sentences.length && sentences[si]!.block < block.index) si++;
    const s0 = si;
    while (si < sentences.length && sentences[si]!.block === block.index) si++;
    const blockSentences = sentences.slice(s0, si);
    while (li < doc.links.length && doc.links[li]!.text.start < block.start) li++;
    const l0 = li;
    while (li < doc.links.length && doc.links[li]!.text.start < block.end) li++;
    while (fi < doc.footnoteRefs.length && doc.footnoteRefs[fi]!.start < block.start) fi++;
    const f0 = fi;
    while (fi < doc.footnoteRefs.length && doc.footnoteRefs[fi]!.start < blockLimit) fi++;
    const firstIdx = blockSentences[0]?.index ?? -1;
    const lastIdx = blockSentences[blockSentences.length - 1]?.index ?? -2;
    while (ni < notes.length && notes[ni]!.sentence < firstIdx) ni++;
    const n0 = ni;
    while (ni < notes.length && notes[ni]!.sentence <= lastIdx) ni++;
    if (!blockSentences.length) continue;
    const input: BlockInput = {
      prose: doc.prose,
      block,
      sentences: blockSentences,
      links: doc.links.slice(l0, li),
      footnoteRefs: doc.footnoteRefs.slice(f0, fi),
      footnoteDefs: doc.footnoteDefs,
      sourceNotes: notes.slice(n0, ni),
    };
    const r = analyzeBlock(input, state, lex);
    const base = attributions.length;
    for (const a of r.attributions) {
      bySentence[a.sentence]?.push(attributions.length);
      attributions.push(a);
    }
    for (const q of r.quotes) {
      if (q.attribution !== undefined) q.attribution += base;
      quotes.push(q);
    }
  }
  return { attributions, entities: state.entities, bySentence, quotes };
}
