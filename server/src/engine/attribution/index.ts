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
  const notes = sortedNotes(d);
  const out: BlockShare[] = [];
  shareBlocks(doc, sentences, notes, 0, doc.blocks.length, { si: 0, li: 0, ti: 0, fi: 0, ni: 0 }, out);
  return { blocks: out, notes };
}

/** The source notes sorted by the sentence they attribute (stable). */
function sortedNotes(d: Directives): SourceNote[] {
  return [...(d.sourceNotes ?? [])].sort((a, b) => a.sentence - b.sentence);
}

/**
 * Where `shareBlocks` stands in each list: the first sentence, link (`li`
 * by the blocks' text, `ti` by the text up to the next block), footnote
 * reference and note not yet passed.
 */
interface SharePointers {
  si: number;
  li: number;
  ti: number;
  fi: number;
  ni: number;
}

/** Pushes the shares of blocks `[from, to)` onto `out`, walking each list on from `at` (advanced). */
function shareBlocks(doc: ProseDocument, sentences: Sentence[], notes: SourceNote[], from: number, to: number, at: SharePointers, out: BlockShare[]): void {
  let { si, li, ti, fi, ni } = at;
  for (let bi = from; bi < to; bi++) {
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
  Object.assign(at, { si, li, ti, fi, ni });
}

/**
 * The shares of `doc` when only its blocks `[b0, b1)` differ from those of
 * `prev`'s document (`prevSentences` its sentences), whose blocks
 * `[b0, oldB1)` they replace, everything before them the same and
 * everything after them moved as a whole (a windowed re-parse, see
 * `reparseProse` and `splitSentencesAround`). Equal to `blockShares(doc,
 * sentences, d)`: the blocks before the last one before the window keep
 * their shares (the same objects) when the source notes before them are the
 * same, the window's are made afresh, and the blocks after it take the
 * previous shares moved by how many sentences, links, footnote references
 * and notes the window gained (the same objects when it gained none), when
 * the notes after it moved with them and the walk over the window ends where
 * they begin. Undefined when any of that does not hold: make them all then.
 */
export function blockSharesAround(
  doc: ProseDocument,
  sentences: Sentence[],
  d: Directives,
  prev: { shares: BlockShares; doc: ProseDocument; sentences: readonly Sentence[] },
  w: { b0: number; b1: number; oldB1: number },
): BlockShares | undefined {
  const notes = sortedNotes(d);
  const old = prev.shares;
  const dB = w.b1 - w.oldB1;
  const n = doc.blocks.length;
  if (old.blocks.length + dB !== n || w.b0 > w.b1 || w.b1 > n) return undefined;
  // The last block before the window may take links and references written in it: made afresh too.
  const p = Math.max(0, w.b0 - 1);
  const first = old.blocks[p];
  if (!first) return undefined;
  // Notes on the sentences before block p: the same ones, so the blocks before it share them alike.
  const before = first.notes.from;
  if (before > notes.length) return undefined;
  for (let i = 0; i < before; i++) if (notes[i]!.sentence !== old.notes[i]!.sentence) return undefined;
  // No note added on a sentence before block p (those after it sort after them).
  const bound = sentences[first.sentences.from]?.index;
  if (before < notes.length && (bound === undefined || notes[before]!.sentence < bound)) return undefined;
  const out: BlockShare[] = old.blocks.slice(0, p);
  const at = { si: first.sentences.from, li: first.links.from, ti: 0, fi: first.footnoteRefs.from, ni: before };
  shareBlocks(doc, sentences, notes, p, w.b1, at, out);
  if (w.b1 === n) return { blocks: out, notes };
  // After the window: the previous shares, moved.
  const next = old.blocks[w.oldB1]!;
  const dS = sentences.length - prev.sentences.length;
  const dL = doc.links.length - prev.doc.links.length;
  const dF = doc.footnoteRefs.length - prev.doc.footnoteRefs.length;
  const dN = notes.length - old.notes.length;
  if (at.si !== next.sentences.from + dS || at.ti !== next.links.from + dL || at.fi !== next.footnoteRefs.from + dF || at.ni !== next.notes.from + dN) return undefined;
  for (let i = next.notes.from; i < old.notes.length; i++) if (notes[i + dN]!.sentence !== old.notes[i]!.sentence + dS) return undefined;
  const still = dS === 0 && dL === 0 && dF === 0 && dN === 0;
  const move = (r: { from: number; to: number }, by: number) => ({ from: r.from + by, to: r.to + by });
  for (let j = w.b1; j < n; j++) {
    const x = old.blocks[j - dB]!;
    out.push(still ? x : { sentences: move(x.sentences, dS), links: move(x.links, dL), trailingLinks: move(x.trailingLinks, dL), footnoteRefs: move(x.footnoteRefs, dF), notes: move(x.notes, dN) });
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
