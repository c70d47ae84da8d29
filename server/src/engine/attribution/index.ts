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
import type { Directives, SourceNote } from '../directives';
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

/** Where one block's share of the document's lists lies: half-open index ranges. */
export interface BlockShare {
  /** Its sentences. */
  sentences: { from: number; to: number };
  /** Links whose text starts in the block. */
  links: { from: number; to: number };
  /** Links whose text starts between the block's start and the next block's. */
  trailingLinks: { from: number; to: number };
  /** Footnote references between the block's start and the next block's (one written after the last full stop belongs to the block). */
  footnoteRefs: { from: number; to: number };
  /** Source notes on its sentences, as indexes into `BlockShares.notes`. */
  notes: { from: number; to: number };
}

/** Every block's share of the document, and the source notes in sentence order. */
export interface BlockShares {
  blocks: BlockShare[];
  /** The source notes sorted by the sentence they attribute (stable). */
  notes: SourceNote[];
}

/**
 * Splits the document's sentences, links, footnote references and source
 * notes among its blocks. Every list is in document order, so one pointer
 * each walks them alongside the blocks: linear.
 */
export function blockShares(doc: ProseDocument, sentences: Sentence[], d: Directives): BlockShares {
  const notes = [...(d.sourceNotes ?? [])].sort((a, b) => a.sentence - b.sentence);
  const out: BlockShare[] = [];
  let si = 0;
  let li = 0;
  let ti = 0;
  let fi = 0;
  let ni = 0;
  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const block = doc.blocks[bi]!;
    const blockLimit = doc.blocks[bi + 1]?.start ?? doc.prose.length + 1;
    while (si < sentences.length && sentences[si]!.block < block.index) si++;
    const s0 = si;
    while (si < sentences.length && sentences[si]!.block === block.index) si++;
    while (li < doc.links.length && doc.links[li]!.text.start < block.start) li++;
    const l0 = li;
    while (li < doc.links.length && doc.links[li]!.text.start < block.end) li++;
    ti = Math.max(ti, l0);
    while (ti < doc.links.length && doc.links[ti]!.text.start < blockLimit) ti++;
    while (fi < doc.footnoteRefs.length && doc.footnoteRefs[fi]!.start < block.start) fi++;
    const f0 = fi;
    while (fi < doc.footnoteRefs.length && doc.footnoteRefs[fi]!.start < blockLimit) fi++;
    const firstIdx = si > s0 ? sentences[s0]!.index : -1;
    const lastIdx = si > s0 ? sentences[si - 1]!.index : -2;
    while (ni < notes.length && notes[ni]!.sentence < firstIdx) ni++;
    const n0 = ni;
    while (ni < notes.length && notes[ni]!.sentence <= lastIdx) ni++;
    out.push({ sentences: { from: s0, to: si }, links: { from: l0, to: li }, trailingLinks: { from: l0, to: ti }, footnoteRefs: { from: f0, to: fi }, notes: { from: n0, to: ni } });
  }
  return { blocks: out, notes };
}

/** The input of `analyzeBlock` for block `bi`. */
export function blockInput(doc: ProseDocument, sentences: Sentence[], shares: BlockShares, bi: number): BlockInput {
  const sh = shares.blocks[bi]!;
  return {
    prose: doc.prose,
    block: doc.blocks[bi]!,
    sentences: sentences.slice(sh.sentences.from, sh.sentences.to),
    links: doc.links.slice(sh.links.from, sh.links.to),
    footnoteRefs: doc.footnoteRefs.slice(sh.footnoteRefs.from, sh.footnoteRefs.to),
    footnoteDefs: doc.footnoteDefs,
    sourceNotes: shares.notes.slice(sh.notes.from, sh.notes.to),
  };
}

/** Finds every cue and source, resolves pronouns, short forms, pairs quotes with speakers. */
export function findAttributions(doc: ProseDocument, sentences: Sentence[], d: Directives, config: ResolvedConfig): AttributionResult {
  const lex = buildLexicon(config);
  const state = new DiscourseState();
  const attributions: FoundAttribution[] = [];
  const quotes: FoundQuote[] = [];
  const bySentence: number[][] = sentences.map(() => []);
  const shares = blockShares(doc, sentences, d);
  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const sh = shares.blocks[bi]!;
    if (sh.sentences.to === sh.sentences.from) continue;
    const r = analyzeBlock(blockInput(doc, sentences, shares, bi), state, lex);
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
