/**
 * Sources given by markup rather than words: links, footnotes and
 * `<!-- source: … -->` notes (labels.md: "a link or footnote on a claim counts
 * as its source"), and the slots a writer left to fill ("[SOURCE]", an empty
 * note, a footnote with no definition).
 *
 * The attribution stage may already report links, footnotes and notes as
 * attributions; those it reports are kept as they are, the others are added
 * here so that classification never depends on which stage found them.
 */
import type { AttributionResult } from '../attribution';
import type { Directives, SourceNote } from '../directives';
import type { Attribution, CueKind, FootnoteDef, FootnoteRef, LinkRef, ProseDocument, Sentence, Span } from '../types';
import type { Placeholder, PlaceholderKind } from './types';
import { normalize, overlaps } from './text';
import { CONFIDENCE, PLACEHOLDERS } from './words';

/** The attribution stage's result with markup sources merged in, re-indexed in document order. */
export type MergedAttributions = Pick<AttributionResult, 'attributions' | 'bySentence' | 'quotes'>;

/** Footnote definitions by lower-case label, built once per document (classification asks block by block). */
const defsCache = new WeakMap<readonly FootnoteDef[], Map<string, FootnoteDef>>();

function defsByLabel(defs: readonly FootnoteDef[]): Map<string, FootnoteDef> {
  let m = defsCache.get(defs);
  if (!m) {
    m = new Map(defs.map((d) => [d.label.toLowerCase(), d]));
    defsCache.set(defs, m);
  }
  return m;
}

/** Index of the sentence that `offset` falls in (or trails, within the same block), or -1. */
export function sentenceAt(doc: ProseDocument, sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1) return -1;
  const block = doc.blocks[sentences[found]!.block];
  return block && offset <= block.end ? found : -1;
}

/**
 * True when an attribution's source slot is a placeholder or empty: "according
 * to [SOURCE]", "according to." Such an attribution is neither vague nor
 * identified; it is reported as incomplete.
 */
export function isPending(a: Attribution): boolean {
  if (a.source) return a.source.kind === 'placeholder' || isEmptySource(a.source.text);
  return a.cue.kind === 'according-to';
}

/** True when `text` is empty or nothing but a placeholder. */
export function isEmptySource(text: string): boolean {
  const trimmed = text.trim();
  // Every placeholder opens with "[", which lower-casing keeps and no other
  // character becomes: any other source (nearly all of them, asked about for
  // every attribution) is not one, and is not lower-cased to find that out.
  if (trimmed.charCodeAt(0) !== 0x5b) return trimmed === '';
  return PLACEHOLDERS.includes(normalize(trimmed));
}

function markupAttribution(sentence: number, span: Span, kind: CueKind & ('link' | 'footnote' | 'note'), text: string, source: string): Attribution {
  return {
    sentence,
    cue: { start: span.start, end: span.end, text, kind },
    source: { start: span.start, end: span.end, text: source, kind },
    vague: false,
    confidence: CONFIDENCE.placeholder,
  };
}

/**
 * Adds link, footnote and note attributions the attribution stage did not
 * report, and returns every attribution in document order with `bySentence`
 * and the quotes' attribution indexes re-pointed.
 */
export function mergeMarkupSources(doc: ProseDocument, sentences: Sentence[], directives: Directives, found: AttributionResult): MergedAttributions {
  return mergeMarkup(doc, sentences, { from: 0, to: sentences.length }, doc.links, doc.footnoteRefs, directives.sourceNotes, found, 0).merged;
}

/**
 * `mergeMarkupSources` for the sentences of `range` (one block, or all of
 * them): adds the links, footnote references and notes of those sentences
 * that the attribution stage did not report. The merged attributions are
 * numbered from `base`. They are put in document order when `sortAll` says so,
 * or, when it is not given, when anything was added (as for a whole document).
 * Also says how many attributions were added.
 */
export function mergeMarkup(
  doc: ProseDocument,
  sentences: Sentence[],
  range: { from: number; to: number },
  links: readonly LinkRef[],
  refs: readonly FootnoteRef[],
  notes: readonly SourceNote[],
  found: Pick<AttributionResult, 'attributions' | 'bySentence' | 'quotes'>,
  base: number,
  sortAll?: boolean,
): { merged: MergedAttributions; extras: number } {
  const inRange = (s: number) => s >= range.from && s < range.to;
  const extra: Attribution[] = [];
  const has = (sentence: number, kind: CueKind, span: Span) =>
    (found.bySentence[sentence] ?? []).some((i) => {
      const a = found.attributions[i];
      return a !== undefined && a.cue.kind === kind && (overlaps(a.cue, span) || (a.source !== undefined && overlaps(a.source, span)));
    });
  for (const link of links) {
    const s = sentenceAt(doc, sentences, link.text.start);
    if (!inRange(s) || has(s, 'link', link) || has(s, 'link', link.text)) continue;
    extra.push(markupAttribution(s, link.text, 'link', doc.source.slice(link.text.start, link.text.end), link.href));
  }
  const defs = defsByLabel(doc.footnoteDefs);
  for (const ref of refs) {
    const def = defs.get(ref.label.toLowerCase());
    const s = sentenceAt(doc, sentences, ref.start);
    if (!inRange(s) || !def || isEmptySource(def.text) || has(s, 'footnote', ref)) continue;
    extra.push(markupAttribution(s, ref, 'footnote', doc.source.slice(ref.start, ref.end), def.text));
  }
  for (const note of notes) {
    if (!sentences[note.sentence] || !inRange(note.sentence) || isEmptySource(note.text) || has(note.sentence, 'note', note.span)) continue;
    extra.push(markupAttribution(note.sentence, note.span, 'note', doc.source.slice(note.span.start, note.span.end), note.text));
  }
  const bySentence: number[][] = [];
  if (!(sortAll ?? extra.length > 0)) {
    if (base === 0 && range.from === 0) {
      for (let i = range.from; i < range.to; i++) bySentence[i] = found.bySentence[i] ?? [];
      return { merged: { attributions: found.attributions, bySentence, quotes: found.quotes }, extras: extra.length };
    }
    for (let i = range.from; i < range.to; i++) bySentence[i] = (found.bySentence[i] ?? []).map((j) => j + base);
    const quotes = found.quotes.map((q) => (q.attribution === undefined ? q : { ...q, attribution: q.attribution + base }));
    return { merged: { attributions: found.attributions, bySentence, quotes }, extras: extra.length };
  }
  const all = [...found.attributions.map((a, i) => ({ a, old: i })), ...extra.map((a) => ({ a, old: -1 }))];
  all.sort((x, y) => x.a.cue.start - y.a.cue.start || x.a.cue.end - y.a.cue.end);
  const remap = new Map<number, number>();
  all.forEach((x, i) => x.old >= 0 && remap.set(x.old, base + i));
  for (let i = range.from; i < range.to; i++) bySentence[i] = (found.bySentence[i] ?? []).map((j) => remap.get(j)).filter((j): j is number => j !== undefined);
  all.forEach((x, i) => {
    if (x.old === -1) bySentence[x.a.sentence]?.push(base + i);
  });
  for (let i = range.from; i < range.to; i++) bySentence[i]!.sort((p, q) => p - q);
  const quotes = found.quotes.map((q) => (q.attribution === undefined ? q : { ...q, attribution: remap.get(q.attribution) }));
  return { merged: { attributions: all.map((x) => x.a), bySentence, quotes }, extras: extra.length };
}

/** "according to" with nothing identifiable after it: at the end, or before punctuation. */
const EMPTY_ACCORDING_TO = /\baccording to(?=\s*(?:[,.;:!?)—–]|$))/gi;
/** A speech verb after a comma with nobody before it: "The bridge collapsed, said." */
const EMPTY_CUE = /,\s*(said|says|added|stated|noted|wrote|told reporters)\s*[.!?]?\s*$/i;

/**
 * The source slots markup leaves empty, by sentence index: `<!-- source: -->`
 * notes with nothing in them and footnote references whose definition is
 * missing, empty or a placeholder.
 */
export function markupSlots(doc: ProseDocument, sentences: Sentence[], directives: Directives): Map<number, Placeholder[]> {
  const out = new Map<number, Placeholder[]>();
  const add = (s: number, p: Placeholder) => {
    if (s < 0 || !sentences[s]) return;
    const list = out.get(s) ?? [];
    list.push(p);
    out.set(s, list);
  };
  for (const note of directives.sourceNotes) {
    if (isEmptySource(note.text)) add(note.sentence, { ...note.span, kind: 'empty-note', text: doc.source.slice(note.span.start, note.span.end) });
  }
  const defs = defsByLabel(doc.footnoteDefs);
  for (const ref of doc.footnoteRefs) {
    const def = defs.get(ref.label.toLowerCase());
    if (!def || isEmptySource(def.text)) add(sentenceAt(doc, sentences, ref.start), { start: ref.start, end: ref.end, kind: 'empty-footnote', text: doc.source.slice(ref.start, ref.end) });
  }
  return out;
}

/** Every source slot left to fill in one sentence; `slots` comes from `markupSlots`. */
export function findPlaceholders(doc: ProseDocument, sentence: Sentence, attributions: Attribution[], indexes: number[], slots: Map<number, Placeholder[]>): Placeholder[] {
  // Candidates in order of preference; a later one overlapping an earlier one is dropped.
  const slotted = slots.get(sentence.index);
  const candidates: Placeholder[] = slotted ? [...slotted] : [];
  // Every placeholder opens with a bracket: a sentence with none has no token to look for.
  // The search stays inside the sentence: a draft with few brackets is not scanned to its next one for every sentence.
  const source = doc.source.slice(sentence.start, sentence.end);
  const lower = source.includes('[') ? normalize(source) : '';
  for (const token of lower ? PLACEHOLDERS : []) {
    for (let i = lower.indexOf(token); i !== -1; i = lower.indexOf(token, i + token.length)) {
      // "[source](https://…)" is a link whose text happens to be the word, not a slot.
      if (/[([]/.test(doc.source[sentence.start + i + token.length] ?? '')) continue;
      candidates.push({ start: sentence.start + i, end: sentence.start + i + token.length, kind: 'token', text: doc.source.slice(sentence.start + i, sentence.start + i + token.length) });
    }
  }
  for (const i of indexes) {
    const a = attributions[i];
    if (!a || !isPending(a)) continue;
    const src = a.source;
    const named = src !== undefined && src.end > src.start && src.text.trim() !== '';
    const kind: PlaceholderKind =
      a.cue.kind === 'note' ? 'empty-note' : a.cue.kind === 'footnote' ? 'empty-footnote' : named ? 'token' : a.cue.kind === 'according-to' ? 'empty-according-to' : 'empty-cue';
    const span = named && kind === 'token' ? src : a.cue;
    candidates.push({ start: span.start, end: span.end, kind, text: doc.source.slice(span.start, span.end) });
  }
  const prose = doc.prose.slice(sentence.start, sentence.end);
  EMPTY_ACCORDING_TO.lastIndex = 0;
  for (let m = EMPTY_ACCORDING_TO.exec(prose); m; m = EMPTY_ACCORDING_TO.exec(prose)) {
    candidates.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, kind: 'empty-according-to', text: m[0] });
  }
  const cue = EMPTY_CUE.exec(prose);
  if (cue) {
    const start = sentence.start + cue.index + cue[0].indexOf(cue[1]!);
    candidates.push({ start, end: start + cue[1]!.length, kind: 'empty-cue', text: cue[1]! });
  }
  if (candidates.length < 2) return candidates;
  const out: Placeholder[] = [];
  for (const c of candidates) {
    // "according to [SOURCE]": the cue and the token are one slot, reported on the token.
    const near = (p: Placeholder) => overlaps(p, c) || (c.end <= p.start && doc.source.slice(c.end, p.start).trim() === '' && c.kind !== 'token');
    if (!out.some(near)) out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
