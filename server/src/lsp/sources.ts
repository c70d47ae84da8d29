/**
 * The sources of a draft, as the source-tracing features see them: every
 * identified entity, and every vague or unresolved source the draft leans on,
 * each with its mentions and the claims resting on it. Built once per analysis
 * and shared by document symbols, definition, references, highlights, hovers,
 * inlay hints and the sourcing report.
 */
import type { Analysis, SourceKind, SourceMention, Span } from '../engine/types';

/** Whether a source can be checked by a reader. */
export type SourceCategory = 'named' | 'vague' | 'unresolved';

/** One source of the draft. */
export interface TracedSource {
  /** Position of this source in {@link SourceIndex.sources}. */
  id: number;
  /** Canonical name ("the Russian Ministry of Defense") or the vague phrase ("analysts"). */
  name: string;
  kind: SourceKind;
  category: SourceCategory;
  /** Where the source is first mentioned. */
  introduced: Span;
  /** Every mention, in document order, the first being `introduced`. */
  mentions: Span[];
  /** Indexes into `Analysis.claims` of the claims resting on this source, in document order. */
  claims: number[];
}

/** The sources of one analysis and a lookup from offsets to them. */
export interface SourceIndex {
  sources: TracedSource[];
  /** Every mention with its source, sorted by start offset. */
  mentions: { span: Span; source: number; mention?: SourceMention }[];
}

const VAGUE_KINDS = new Set<SourceKind>(['vague', 'hedge', 'passive', 'reaction', 'placeholder']);

/** The category of a source kind. */
export function categoryOf(kind: SourceKind): SourceCategory {
  if (kind === 'unresolved') return 'unresolved';
  return VAGUE_KINDS.has(kind) ? 'vague' : 'named';
}

/** Builds the source index of an analysis. Linear in the number of attributions, claims and mentions. */
export function buildSourceIndex(analysis: Analysis): SourceIndex {
  const sources: TracedSource[] = [];
  const mentions: SourceIndex['mentions'] = [];
  const byEntity = new Map<number, number>();
  const byPhrase = new Map<string, number>();
  const seenMention = new Set<string>();

  const addMention = (source: number, span: Span, mention?: SourceMention) => {
    const key = `${span.start}:${span.end}`;
    if (seenMention.has(key)) return;
    seenMention.add(key);
    const entry: SourceIndex['mentions'][number] = { span: { start: span.start, end: span.end }, source };
    if (mention) entry.mention = mention;
    mentions.push(entry);
    sources[source]!.mentions.push({ start: span.start, end: span.end });
  };

  for (const e of analysis.entities) {
    const id = sources.length;
    sources.push({ id, name: e.name, kind: e.kind, category: categoryOf(e.kind), introduced: { ...e.introduced }, mentions: [], claims: [] });
    byEntity.set(e.id, id);
    for (const m of [e.introduced, ...e.mentions]) addMention(id, m);
  }

  /** The source a mention belongs to, creating a phrase-keyed one for mentions without an entity. */
  const sourceOf = (m: SourceMention): number => {
    if (m.entity !== undefined) {
      const id = byEntity.get(m.entity);
      if (id !== undefined) return id;
    }
    const key = `${m.kind}\u0000${m.text.trim().toLowerCase()}`;
    let id = byPhrase.get(key);
    if (id === undefined) {
      id = sources.length;
      sources.push({ id, name: m.text.trim(), kind: m.kind, category: categoryOf(m.kind), introduced: { start: m.start, end: m.end }, mentions: [], claims: [] });
      byPhrase.set(key, id);
    }
    return id;
  };

  // A learned cue's holder is left out: no claim ever rests on it (see
  // `Attribution.learned`), so it would list as a source of nothing.
  for (const a of analysis.attributions) if (a.source && !a.learned) addMention(sourceOf(a.source), a.source, a.source);

  const claimSets = sources.map(() => new Set<number>());
  for (const e of analysis.entities) {
    const id = byEntity.get(e.id)!;
    for (const c of e.claims) claimSets[id]!.add(c);
  }
  analysis.claims.forEach((c, i) => {
    if (!c.source) return;
    const id = sourceOf(c.source);
    claimSets[id] ??= new Set();
    claimSets[id]!.add(i);
    addMention(id, c.source, c.source);
  });
  sources.forEach((s, i) => {
    s.claims = [...(claimSets[i] ?? [])].sort((a, b) => a - b);
    s.mentions.sort((a, b) => a.start - b.start);
    if (s.mentions[0] && s.mentions[0].start < s.introduced.start) s.introduced = { ...s.mentions[0] };
  });
  mentions.sort((a, b) => a.span.start - b.span.start);
  return { sources, mentions };
}

/** The mention at an offset (inclusive of its end, so a cursor just after a word counts), if any. */
export function mentionAt(index: SourceIndex, offset: number): SourceIndex['mentions'][number] | undefined {
  let best: SourceIndex['mentions'][number] | undefined;
  for (const m of index.mentions) {
    if (m.span.start > offset) break;
    if (offset <= m.span.end && (!best || m.span.end - m.span.start < best.span.end - best.span.start)) best = m;
  }
  return best;
}

/** Index of the first span in a start-sorted list that contains `offset`, by binary search; -1 when none does. */
export function findContaining<T extends Span>(spans: readonly T[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0 && offset <= spans[found]!.end) return found;
  return -1;
}

const cache = new WeakMap<Analysis, SourceIndex>();

/** The source index of an analysis, built on first use and kept as long as the analysis is. */
export function sourcesOf(analysis: Analysis): SourceIndex {
  let index = cache.get(analysis);
  if (!index) {
    index = buildSourceIndex(analysis);
    cache.set(analysis, index);
  }
  return index;
}
