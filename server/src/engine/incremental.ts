/**
 * The incremental analyzer: `analyze(text)` for a document that changes a
 * little at a time (the language server calls it on every keystroke), whose
 * result is always deep-equal to `analyze(text)` of the whole text, at a cost
 * that follows the size of the edit rather than the size of the draft.
 *
 * How. The document-level stages (prose, sentences, directives, genre) are
 * remade by `prepare()` given the previous call's preparation and the edit:
 * the prose view and sentences in a window of whole top-level blocks around
 * the edit, the genre's counts updated (see markdown.ts, `reparseProse`, and
 * classify/genre.ts, `recountGenre`). The expensive ones (attribution, classification,
 * rules) run block by block, each block a function of its own inputs (its
 * text and markup, relative to where it starts) and of what the blocks before
 * it carry: the discourse state of the attribution stage (names, pronoun
 * targets, entities) and classification's carry (quotations already spoken,
 * a lead-in offered to the next block). After an edit:
 *
 * 1. Blocks before the edit whose inputs are unchanged keep their results.
 *    Blocks after it whose inputs are unchanged (shifted by the edit) are
 *    candidates for reuse.
 * 2. The state before the first changed block is the snapshot the previous
 *    call took there, or is made by replaying the logs of the blocks before
 *    it (see below) from an earlier snapshot or from the empty state; the
 *    changed blocks are analysed again. At the first unchanged block after them it compares
 *    the state and carry with the snapshot taken there on the previous call
 *    (offsets and indexes shifted by the edit, records and entities paired
 *    across it): which name keys, records and recency fields differ. Each
 *    block noted what it read of the state when it was analysed
 *    (`StateAccess`: the keys it used, the ids of the records whose fields
 *    it read, `DiscourseState.record`, how many of the most recent persons it
 *    read; a key's entry is its ids, so a block that only adds a body to the
 *    list a later "the bank" picks from does not read the other bodies' names); the two calls' lists
 *    of recent persons are followed block by block through the moves each
 *    block made, so a block depends on the list only while the entries it
 *    reads differ. The carries may differ only in the texts of the spoken
 *    quotations (typing inside a quotation that has a speaker), which only a
 *    block that noted one of them reads (`BlockOut.quoted`); the texts that
 *    differ are followed like the state's differences (`carryDifference`,
 *    `followSpoken`). When no later block read anything that differs, all of
 *    them are reused, shifted (entity ids renumbered when the edit made or
 *    dropped a source). Otherwise (a name was typed that a later "he" or "the
 *    bank" resolves to) only the blocks that read what differs are analysed
 *    again; every other block is reused, and its log of what it did to the
 *    state (`StateLog`: the values it left in the records, entities, keys and
 *    carry it touched) is applied instead of analysing it. After each block
 *    analysed again, whatever it touched then or before is compared, and
 *    differs from then on if it does (a block that read a record that differs,
 *    or whose log holds one, is analysed again). After the last block that reads what differs, the
 *    rest are reused without replaying their logs (the final entities are
 *    made from the previous call's). When such a block's carry or numbering
 *    differs from before, the analysis goes on to the end instead: still
 *    correct, only slower. When the state there comes back to what it was in
 *    the analysis before the previous one (typing that glues a word onto a
 *    name and cuts it off again), that analysis's later blocks serve instead
 *    (`Alt`).
 * 3. Anything document-wide that per-block results depend on (settings and
 *    front matter, footnote definitions, the next free footnote label, the line
 *    break style, where a file-level disable goes, the draft's genre) is a key: when it changes,
 *    everything is analysed again. Suppression comments are applied to the
 *    assembled findings, as `analyze()` does.
 *
 * Snapshots are kept around the last edit (typing goes on in the same
 * paragraph) and, from the analysis of the whole draft, every
 * `SNAPSHOT_EVERY` blocks before it (a snapshot before the edit stays true:
 * nothing before it changed), at most `MAX_SNAPSHOTS` of them, spread evenly
 * over a longer draft (`snapshotSpacing`). The first edit in another
 * paragraph replays the logs of the blocks before it once, from the nearest
 * snapshot before it: on opening a draft, at most `snapshotSpacing` of them.
 */
import { analyzeBlock, blockInput, blockShares, blockSharesAround, DiscourseState, type BlockResult, type BlockShares, type FoundAttribution, type FoundQuote } from './attribution';
import { addSpan, lowerBound, moveRecent, type NameRecord, type StateAccess } from './attribution/discourse';
import { claimEntities, classifyBlock, newCarry, sentenceContext, type ClaimDetail, type ClassifyCarry, type LeadIn } from './classify';
import { markupSlots, mergeMarkup } from './classify/markup';
import type { Config, ResolvedConfig } from './config';
import { applyDirectives, SuppressionIndex, type Suppression } from './directives';
import type { AnalyzeOptions } from './index';
import { buildLexicon, type Lexicon } from './lexicon';
import { prepare, type Prepared } from './prepare';
import { RULES } from './rules';
import { disableFileFix, footnoteFix } from './rules/fixes';
import { movedFinding, someEdit } from './packed';
import type { Analysis, Attribution, Claim, ClaimStatus, Finding, SourceEntity, SourceMention, Span, TextEdit } from './types';
import { analyze } from './index';

/** How much work the last call did, for tests and benchmarks. */
export interface IncrementalStats {
  /** Blocks in the document. */
  blocks: number;
  /** Blocks analysed by the last call (the rest were reused). */
  analysed: number;
  /** Of the blocks reused by the last call, those after an analysed one whose logged state changes were replayed. */
  replayed?: number;
  /** Of the replayed blocks, those replayed through a composite log the previous call kept (see `Run`). */
  composed?: number;
  /** Blocks before the first changed one whose logs were replayed to make the state before it (none when the previous call kept that state). */
  rebuilt?: number;
  /** Blocks after the changed ones taken from the analysis before the previous one, whose state there they read alike (see `Alt`). */
  recalled?: number;
  /** Why the last call analysed everything, when it did. */
  full?: 'first' | 'document' | 'regime' | 'order';
}

/** An analyzer that reuses its previous call's work. */
export interface IncrementalAnalyzer {
  /** The analysis of `text`, deep-equal to `analyze(text, options)`. Never throws on any text. */
  analyze(text: string): Analysis;
  /**
   * The same analysis in steps, for a caller that must stay responsive: the
   * generator pauses between blocks whenever `pause()` returns true and
   * returns the analysis when done. A generator dropped before it is done
   * leaves the analyzer as it was before the call.
   */
  steps(text: string, pause: () => boolean): Generator<undefined, Analysis, void>;
  /** What the last call did. */
  readonly stats: IncrementalStats;
}

/** Characters before a block's first line that its analysis may read (look-behinds such as "…, underscoring"). */
const MARGIN = 8;

/**
 * The results of one block in this call's numbering and offsets. Those the
 * block shares with the analysis (attributions, claims, findings), and the
 * incremental analyzer's log of the block (`BlockOut`), are shifted lazily:
 * each is the value of an earlier call with the shifts of the calls since
 * still pending (see `Lazy`), applied when it is read. Typing
 * shifts every block after the cursor on every keystroke, and most of what is
 * shifted is never read before the next keystroke shifts it again.
 */
export interface BlockPart {
  /** Index of the block's first sentence, attribution and quotation in the document. */
  s0: number;
  a0: number;
  q0: number;
  attributions: Lazy<Attribution[]>;
  /** How many attributions the block has. */
  na: number;
  /** How many quotations the block has (they stay inside the engine). */
  quotes: number;
  /** One per sentence of the block. */
  claims: Lazy<Claim[]>;
  /** How many of the block's claims have each status (a shift changes none). */
  statuses: Record<ClaimStatus, number>;
  /** Per claim: the entities it rests on. */
  entityRefs: number[][];
  /** Per rule of `RULES`: its findings, or null when the rule failed on the block. */
  findings: Lazy<(Finding[] | null)[]>;
  /** Markup attributions the attribution stage had not reported. */
  extras: number;
  /** True when a fix of one of the findings edits the very end of the text (the footnote fix's definition); shifting keeps it there. */
  tail: boolean;
  /**
   * Where the end of the text is in the offsets of the block's findings: the
   * text's length when the block was analysed, moved with the block since.
   * A block before an edit keeps its results as they are while the length
   * changes, so a fix's edit at the end of the text is moved to the end of
   * the reader's text when the findings are read (`findingsOf`).
   */
  end: number;
}

/** A block's results with what the incremental analyzer keeps to reuse them after an edit. */
interface BlockOut extends BlockPart {
  /** What the block read of the discourse state it was given. */
  access: StateAccess;
  /** The texts it looked up in or added to the carry's spoken quotations (`ClassifyCarry.noted`); undefined for none. */
  quoted: string[] | undefined;
  /** What the block did to the discourse state and the carry, to replay it. Read it with `logOf`. */
  log: Lazy<StateLog>;
}

/**
 * The composite log of `len` consecutive blocks (the block it is kept for
 * in `Outs.runs` and the `len - 1` after it): replaying it does what
 * replaying theirs one after the other does (`composeLogs`). A run is kept
 * across calls while all its blocks are reused under one map, which shifts
 * the composite too (`Outs.pushFrom`), so a keystroke that replays the same
 * blocks as the last one replays one log for them.
 */
interface Run {
  len: number;
  log: Lazy<StateLog>;
}

/** Fewest consecutive replayed blocks whose logs are composed into one. */
const MIN_RUN = 8;

/** Most stretches a call's blocks are kept in before they are made into one (edits all over a draft). */
const MAX_STRETCHES = 24;

/**
 * An array of blocks' results that stretches of later calls read (never
 * changed once a stretch reads it), with the sums over its blocks that are
 * the same however the blocks are moved, made when first needed.
 */
interface Source {
  outs: readonly BlockOut[];
  /** Per block `i`, at `SUMS * i`: how many blocks before it have markup attributions (`extras`); their claims of status A, V, U and N; their attributions; their quotations. */
  sums?: Int32Array;
  /** What its blocks read, to the blocks that read it (`readersOf`): `firstAffected`'s index. */
  readers?: Readers;
}

/**
 * Consecutive blocks of a call: `count` blocks of `source` from `from` on,
 * moved by `m` when read (undefined: as they are).
 */
interface Stretch {
  /** The index of its first block in the call. */
  start: number;
  count: number;
  source: Source;
  from: number;
  m: Maps | undefined;
  /** The blocks already moved by `m`, by their index in `source`: shared by the stretches of later calls that read the same blocks through the same maps. */
  made: Map<number, BlockOut> | undefined;
}

/**
 * The results of a call's blocks, in order. The blocks before and after an
 * edit are the previous call's, as stretches of the arrays they were made in,
 * each with the maps of the edits since (composed once per stretch and
 * call): a keystroke makes no object per block it reuses, and a block is
 * moved (`relocateOut`) only when it is read. The sums that moving does not
 * change (the status counts, the blocks with markup attributions) are read
 * per stretch. `runs` holds the composite logs of runs of reused blocks.
 */
class Outs {
  /** How many blocks. */
  length = 0;
  readonly stretches: Stretch[] = [];
  /** Composite logs of runs of blocks replayed together, by the index of their first block. */
  readonly runs = new Map<number, Run>();
  /** The blocks pushed one by one since the last stretch taken from another call. */
  private own: BlockOut[] | undefined;
  /** The stretch the last read found (reads mostly go in order). */
  private last = 0;

  /** Appends a block's results. */
  push(out: BlockOut): void {
    if (!this.own) {
      this.own = [];
      this.stretches.push({ start: this.length, count: 0, source: { outs: this.own }, from: 0, m: undefined, made: undefined });
    }
    this.own.push(out);
    this.stretches[this.stretches.length - 1]!.count++;
    this.length++;
  }

  /**
   * Appends the blocks `from` to `to` (exclusive) of another call's `o`,
   * moved by `m` when read (undefined: as they are), with the composite
   * logs of the runs that lie within them (moved alike; a run reaching past
   * `to` no longer holds). Throws when a composed map grows too long and
   * moving the stretch's blocks then finds an offset that does not map.
   */
  pushFrom(o: Outs, from: number, to: number, m: Maps | undefined): void {
    if (from >= to) return;
    this.own = undefined;
    const at = this.length;
    for (const [head, run] of o.runs) if (head >= from && head + run.len <= to) this.runs.set(at + head - from, m ? { len: run.len, log: defer(run.log, m, relocateLog) } : run);
    for (let si = o.find(from); si < o.stretches.length; si++) {
      const x = o.stretches[si]!;
      if (x.start >= to) break;
      const lo = Math.max(from, x.start);
      const hi = Math.min(to, x.start + x.count);
      const composed = !m ? x.m : x.m ? thenMaps(x.m, m) : m;
      const stretch: Stretch = { start: this.length, count: hi - lo, source: x.source, from: x.from + lo - x.start, m: composed, made: composed === x.m ? x.made : undefined };
      if (composed && composed.offset.at.length > MAX_RANGES) this.stretches.push(settled(stretch));
      else this.stretches.push(stretch);
      this.length += hi - lo;
    }
    if (this.stretches.length > MAX_STRETCHES) this.settleAll();
  }

  /** The index of the stretch that holds block `i`. */
  find(i: number): number {
    const xs = this.stretches;
    let si = this.last < xs.length ? this.last : 0;
    const x = xs[si];
    if (!x || i < x.start || i >= x.start + x.count) {
      // By bisection: the last stretch that starts at or before i.
      let lo = 0;
      let hi = xs.length;
      while (lo + 1 < hi) {
        const mid = (lo + hi) >> 1;
        if (xs[mid]!.start <= i) lo = mid;
        else hi = mid;
      }
      si = lo;
    }
    this.last = si;
    return si;
  }

  /** Block `i`'s results in this call's numbering and offsets (moved when first read). Throws when a shift does not map. */
  at(i: number): BlockOut {
    const x = this.stretches[this.find(i)]!;
    const j = x.from + i - x.start;
    const out = x.source.outs[j]!;
    if (!x.m) return out;
    const made = (x.made ??= new Map());
    let moved = made.get(j);
    if (!moved) made.set(j, (moved = relocateOut(out, x.m)));
    return moved;
  }

  /** Block `i`'s log in this call's numbering, its shifts pending, without moving the block. */
  logAt(i: number): Lazy<StateLog> {
    const x = this.stretches[this.find(i)]!;
    const log = x.source.outs[x.from + i - x.start]!.log;
    if (!x.m) return log;
    return { value: log.value, pending: log.pending ? thenMaps(log.pending, x.m) : x.m };
  }

  /**
   * Block `i` as it was made, and the maps that move it to this call
   * (`NO_SHIFT` records for none): what `firstAffected` reads (the keys,
   * records and quotations a block read), without moving the block.
   */
  raw(i: number): { out: BlockOut; record: Shift } {
    const x = this.stretches[this.find(i)]!;
    return { out: x.source.outs[x.from + i - x.start]!, record: x.m ? x.m.record : NO_SHIFT };
  }

  /** True when some block has markup attributions the attribution stage had not reported. */
  extras(): boolean {
    return this.stretches.some((x) => sumOf(x, 0) > 0);
  }

  /** How many of the blocks' claims have each status. */
  statusCounts(): Record<ClaimStatus, number> {
    const by: Record<ClaimStatus, number> = { A: 0, V: 0, U: 0, N: 0 };
    for (const x of this.stretches) {
      by.A += sumOf(x, 1);
      by.V += sumOf(x, 2);
      by.U += sumOf(x, 3);
      by.N += sumOf(x, 4);
    }
    return by;
  }

  /** How many attributions (`k` 5) or quotations (6) the blocks `from` to `to` (exclusive) have. */
  count(from: number, to: number, k: 5 | 6): number {
    let total = 0;
    for (let si = from < to ? this.find(from) : this.stretches.length; si < this.stretches.length; si++) {
      const x = this.stretches[si]!;
      if (x.start >= to) break;
      total += sumOf(x, k, Math.max(from, x.start) - x.start, Math.min(to, x.start + x.count) - x.start);
    }
    return total;
  }

  /** Makes the blocks one stretch, each moved (the stretches had grown many). */
  private settleAll(): void {
    const outs: BlockOut[] = [];
    for (let i = 0; i < this.length; i++) outs.push(this.at(i));
    this.stretches.length = 0;
    this.stretches.push({ start: 0, count: outs.length, source: { outs }, from: 0, m: undefined, made: undefined });
    this.last = 0;
  }
}

/** A stretch with its blocks moved now, into an array of their own (its composed maps had grown long). */
function settled(x: Stretch): Stretch {
  const outs: BlockOut[] = [];
  for (let i = 0; i < x.count; i++) outs.push(relocateOut(x.source.outs[x.from + i]!, x.m!));
  return { start: x.start, count: x.count, source: { outs }, from: 0, m: undefined, made: undefined };
}

/** How many sums a source keeps per block (see `Source.sums`). */
const SUMS = 7;

/** The sum of the `k`-th of a source's sums (see `Source.sums`) over the blocks of a stretch from its `lo`-th to its `hi`-th (exclusive). */
function sumOf(x: Stretch, k: number, lo = 0, hi = x.count): number {
  const src = x.source;
  let sums = src.sums;
  // Made again when the array grew since (the call's own blocks, while they are pushed).
  if (!sums || sums.length !== SUMS * (src.outs.length + 1)) {
    sums = new Int32Array(SUMS * (src.outs.length + 1));
    for (let i = 0; i < src.outs.length; i++) {
      const out = src.outs[i]!;
      const b = SUMS * i;
      const c = b + SUMS;
      sums[c] = sums[b]! + (out.extras > 0 ? 1 : 0);
      sums[c + 1] = sums[b + 1]! + out.statuses.A;
      sums[c + 2] = sums[b + 2]! + out.statuses.V;
      sums[c + 3] = sums[b + 3]! + out.statuses.U;
      sums[c + 4] = sums[b + 4]! + out.statuses.N;
      sums[c + 5] = sums[b + 5]! + out.na;
      sums[c + 6] = sums[b + 6]! + out.quotes;
    }
    src.sums = sums;
  }
  return sums[SUMS * (x.from + hi) + k]! - sums[SUMS * (x.from + lo) + k]!;
}

/**
 * What the blocks of a source read, by what it is, to the blocks that do
 * (their indexes in the source, increasing): `firstAffected`'s index.
 */
interface Readers {
  /** Per map key (tagged as in `StateAccess.keys`). */
  keys: Map<string, number[]>;
  /** Per text of a spoken quotation looked up or added (`BlockOut.quoted`). */
  quoted: Map<string, number[]>;
  /** Per record id (the source's numbering) that a block's log holds: those whose fields it read (`StateAccess.records`), moved among the recent persons or made. */
  records: Map<number, number[]>;
  /** The ids of `records`, increasing. */
  ids: number[];
  /** The blocks that read or set the last thing, and the last group. */
  lastThing: number[];
  lastGroup: number[];
  /** How many blocks it was made for (the call's own blocks grow while they are pushed). */
  count: number;
}

function addTo<K>(m: Map<K, number[]>, key: K, i: number): void {
  const list = m.get(key);
  if (!list) m.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/** The index of a source's blocks (`Source.readers`), made when first needed and again when the array grew. */
function readersOf(src: Source): Readers {
  let r = src.readers;
  if (!r || r.count !== src.outs.length) {
    r = { keys: new Map(), quoted: new Map(), records: new Map(), ids: [], lastThing: [], lastGroup: [], count: src.outs.length };
    for (let i = 0; i < src.outs.length; i++) {
      const out = src.outs[i]!;
      const a = out.access;
      for (const key of a.keys) addTo(r.keys, key, i);
      if (out.quoted) for (const t of out.quoted) addTo(r.quoted, t, i);
      // The log holds every record the block read (`StateAccess.records`), moved or made (`stateLog`).
      for (const id of logRecordIds(out)) addTo(r.records, id, i);
      if (a.lastThing) r.lastThing.push(i);
      if (a.lastGroup) r.lastGroup.push(i);
    }
    r.ids = [...r.records.keys()].sort((x, y) => x - y);
    src.readers = r;
  }
  return r;
}

/** The first of `list` (increasing) at or after `from` and before `best`, else `best`. */
function firstFrom(list: readonly number[] | undefined, from: number, best: number): number {
  if (!list) return best;
  const p = lowerBound(list.length, (i) => list[i]! < from);
  return p < list.length && list[p]! < best ? list[p]! : best;
}

/** The ranges `[lo, hi)` of the numbers that `s` takes into one of `ranges` or nowhere (NaN). */
function preimage(s: Shift, ranges: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < s.at.length; i++) {
    const lo = s.at[i]!;
    const hi = i + 1 < s.at.length ? s.at[i + 1]! : Infinity;
    const by = s.by[i]!;
    if (Number.isNaN(by)) {
      out.push([lo, hi]);
      continue;
    }
    for (const [a, b] of ranges) {
      const x = Math.max(lo, a - by);
      const y = Math.min(hi, b - by);
      if (x < y) out.push([x, y]);
    }
  }
  return out;
}

/** True when `s` takes no two numbers to one (each range's image below the next mapped range's). */
function oneToOne(s: Shift): boolean {
  let end = -Infinity;
  for (let i = 0; i < s.at.length; i++) {
    const by = s.by[i]!;
    if (Number.isNaN(by)) continue;
    if (s.at[i]! + by < end) return false;
    end = (i + 1 < s.at.length ? s.at[i + 1]! : Infinity) + by;
  }
  return true;
}

/**
 * The index in the call of the first block of stretch `x` from its `lo`-th
 * on that `firstAffected` must test given `view` (a superset of those that
 * affect it: each read of something that differs, each record whose id maps
 * to a dirty one or nowhere, `bad` being those ids in the call's numbering
 * before `recordOf`), or the stretch's end when none.
 */
function nextToTest(x: Stretch, lo: number, view: View, bad: readonly [number, number][]): number {
  const r = readersOf(x.source);
  const from = x.from + lo;
  let best = x.from + x.count;
  for (const key of view.keys) best = firstFrom(r.keys.get(key), from, best);
  for (const t of view.spoken) best = firstFrom(r.quoted.get(t), from, best);
  if (view.lastThing) best = firstFrom(r.lastThing, from, best);
  if (view.lastGroup) best = firstFrom(r.lastGroup, from, best);
  const ranges = x.m && x.m.record !== NO_SHIFT ? preimage(x.m.record, bad) : bad;
  for (const [a, b] of ranges) {
    const ids = r.ids;
    for (let p = lowerBound(ids.length, (i) => ids[i]! < a); p < ids.length && ids[p]! < b; p++) best = firstFrom(r.records.get(ids[p]!), from, best);
  }
  return x.start + best - x.from;
}

/**
 * A value in the numbering and offsets of an earlier call, and the shifts of
 * the calls since, composed and not yet applied (`force` applies them). One
 * `Lazy` belongs to one call's block (shifting makes a new one), so applying
 * its shifts in place changes what it stands for in no call.
 */
interface Lazy<T> {
  value: T;
  pending?: Maps;
}

/**
 * A map of numbers (offsets, indexes or ids) that moves ranges by constants:
 * `x` in `[at[i], at[i + 1])` goes to `x + by[i]`, and nowhere (NaN) when
 * `by[i]` is NaN. `at[0]` is `-Infinity`, the starts increase. Maps are data,
 * so those of successive calls compose into one (`composeShift`) that a value
 * is shifted through once, however many calls it waited.
 */
export interface Shift {
  at: number[];
  by: number[];
}

/** The map of ids and indexes that did not move (compared by identity to skip renumbering). */
export const NO_SHIFT: Shift = { at: [-Infinity], by: [0] };

/** Where `s` takes `x` (NaN for an `x` it does not map, and for NaN). */
export function mv(s: Shift, x: number): number {
  const at = s.at;
  let i = at.length - 1;
  if (i < 8) {
    while (at[i]! > x) i--;
  } else if (x < at[i]!) {
    // The last start at or before x, by bisection (at[0] is -Infinity).
    let lo = 0;
    while (lo + 1 < i) {
      const mid = (lo + i) >> 1;
      if (at[mid]! <= x) lo = mid;
      else i = mid;
    }
    i = lo;
  }
  return x + s.by[i]!;
}

/** A map just built, or `NO_SHIFT` when it is the identity (the analyzer tells the identity by `=== NO_SHIFT`). */
function canonical(out: Shift): Shift {
  return out.at.length === 1 && out.by[0] === 0 ? NO_SHIFT : out;
}

/** Appends the range from `start` moved by `by` to a map being built, merging it with the last range when they move alike. */
function pushRange(out: Shift, start: number, by: number): void {
  const last = out.at.length - 1;
  if (last >= 0 && out.at[last] === start) {
    // The last range was empty.
    out.by[last] = by;
    if (last > 0 && Object.is(out.by[last - 1], by)) {
      out.at.pop();
      out.by.pop();
    }
    return;
  }
  if (last >= 0 && Object.is(out.by[last], by)) return;
  out.at.push(start);
  out.by.push(by);
}

/** A map from ranges: each `[start, by]` moves from `start` to the next range's start (the first range starts at -Infinity). */
export function shiftOf(ranges: [number, number][]): Shift {
  const out: Shift = { at: [], by: [] };
  for (const [start, by] of ranges) pushRange(out, start, by);
  return canonical(out);
}

/** Indexes before `from` stay, those from `to` on move by `d`, those between map nowhere. */
function indexShift(from: number, to: number, d: number): Shift {
  return shiftOf([
    [-Infinity, 0],
    [from, NaN],
    [to, d],
  ]);
}

/** `s` up to `from` (exclusive), then `ranges` (the first starting at `from`). */
function overrideShift(s: Shift, ranges: [number, number][]): Shift {
  const out: Shift = { at: [], by: [] };
  const from = ranges[0]![0];
  for (let i = 0; i < s.at.length && s.at[i]! < from; i++) pushRange(out, s.at[i]!, s.by[i]!);
  for (const [start, by] of ranges) pushRange(out, start, by);
  return canonical(out);
}

/** The map of a table of ids (old → new) for the ids below `oldCount`, those from it on moving to follow `newCount`. */
function tableShift(pairs: Map<number, number>, oldCount: number, newCount: number): Shift {
  if (oldCount === newCount) {
    let same = true;
    for (let id = 0; id < oldCount && same; id++) same = pairs.get(id) === id;
    if (same) return NO_SHIFT;
  }
  const out: Shift = { at: [], by: [] };
  pushRange(out, -Infinity, 0);
  for (let id = 0; id < oldCount; id++) pushRange(out, id, (pairs.get(id) ?? NaN) - id);
  pushRange(out, oldCount, newCount - oldCount);
  return out;
}

/** The map `a` then `b`. NaN stays NaN, so shifting once through the composition equals shifting through each. */
export function composeShift(a: Shift, b: Shift): Shift {
  if (a === NO_SHIFT) return b;
  if (b === NO_SHIFT) return a;
  const out: Shift = { at: [], by: [] };
  for (let i = 0; i < a.at.length; i++) {
    const lo = a.at[i]!;
    const d = a.by[i]!;
    if (Number.isNaN(d)) {
      pushRange(out, lo, NaN);
      continue;
    }
    const hi = i + 1 < a.at.length ? a.at[i + 1]! : Infinity;
    // The ranges of b that the image [lo + d, hi + d) meets (looked for from the first: a map need not keep order).
    let j = 0;
    while (j + 1 < b.at.length && b.at[j + 1]! <= lo + d) j++;
    for (let k = j; k < b.at.length && b.at[k]! < hi + d; k++) pushRange(out, k === j ? lo : b.at[k]! - d, d + b.by[k]!);
  }
  return canonical(out);
}

/** Most ranges a composed offset map keeps before the values waiting on it are shifted (edits all over a draft). */
const MAX_RANGES = 24;

/** A lazy value with its pending shifts applied by `shift` (copying the value once). Throws when an offset does not map (as `shift` does). */
function force<T>(lazy: Lazy<T>, shift: (value: T, m: Maps) => T): T {
  const m = lazy.pending;
  if (!m) return lazy.value;
  lazy.value = shift(lazy.value, m);
  delete lazy.pending;
  return lazy.value;
}

/**
 * A lazy value shifted once more by `m`: deferred (its pending maps and `m`
 * composed, once per pair for all the values that waited alike), or applied
 * when the composition grows long.
 */
function defer<T>(lazy: Lazy<T>, m: Maps, shift: (value: T, m: Maps) => T): Lazy<T> {
  if (!lazy.pending) return { value: lazy.value, pending: m };
  const composed = thenMaps(lazy.pending, m);
  if (composed.offset.at.length <= MAX_RANGES) return { value: lazy.value, pending: composed };
  return { value: shift(force(lazy, shift), m) };
}

/** How the lazy parts of a block's results are shifted. */
const shiftAttributions = (list: Attribution[], m: Maps): Attribution[] => list.map((a) => attribution(a, m));
const shiftClaims = (list: Claim[], m: Maps): Claim[] => list.map((c) => claim(c, m));
const shiftFindings = (lists: (Finding[] | null)[], m: Maps): (Finding[] | null)[] => lists.map((list) => list && list.map((f) => finding(f, m)));

/** A block's log in the numbering of its results. */
function logOf(out: BlockOut): StateLog {
  return force(out.log, relocateLog);
}

/** The maps `p` then `m`, composed once per pair (every block after an edit shares the pair). */
function thenMaps(p: Maps, m: Maps): Maps {
  const cache = (m.after ??= new WeakMap());
  let out = cache.get(p);
  if (!out)
    cache.set(
      p,
      (out = {
        offset: composeShift(p.offset, m.offset),
        sentence: composeShift(p.sentence, m.sentence),
        attribution: composeShift(p.attribution, m.attribution),
        quote: composeShift(p.quote, m.quote),
        block: composeShift(p.block, m.block),
        record: composeShift(p.record, m.record),
        entity: composeShift(p.entity, m.entity),
      }),
    );
  return out;
}

/**
 * What one block did to the discourse state and classification's carry, in
 * the numbering and offsets of its results: the values it left behind in
 * everything it may have changed. When a block is reused after an earlier
 * block had to be analysed again, the block's log is applied to the new state
 * instead of analysing it (it read nothing that differs, so it would do the
 * same).
 */
interface StateLog {
  /** Records and entities before and after the block. */
  r0: number;
  r1: number;
  e0: number;
  e1: number;
  /** Records the block made (whole) or may have changed (fields, and only the mentions it added), by id. */
  records: NameRecord[];
  /** Entities the block made (whole) or may have changed (name, and only the mentions it added), by id. */
  entities: SourceEntity[];
  /** Map entries it used (tagged as in `StateAccess.keys`) and their values after it; undefined for none. */
  keys: [string, unknown][];
  /** Its moves in the list of recent persons (see `StateAccess.recentMoves`). */
  recentMoves?: { id: number; cap: boolean }[];
  /** The last thing and the last group after it, when it used them. */
  lastThing?: { id: number | undefined };
  lastGroup?: { value: DiscourseState['lastGroup'] };
  /** Quotations it added to the carry's spoken ones, in the order it added them. */
  spoken: string[];
  /** The carry's lead-in, poll and named source after it. */
  lead?: LeadIn;
  poll?: boolean;
  named?: boolean;
}

/** What the blocks before a boundary leave for the blocks after it. */
interface Snapshot {
  /** The block the snapshot is taken before. */
  block: number;
  state: DiscourseState;
  carry: ClassifyCarry;
}

/** A document prepared for analysis block by block. */
export interface Env extends Prepared {
  text: string;
  /** The edit since the previous call's text, when there was one. */
  edit: ReturnType<typeof editRange> | undefined;
  shares: BlockShares;
  lex: Lexicon;
  /** The footnote definitions' labels and texts (`definitionsKey`), the same string as the previous call's when the re-parse window holds none (`sameDefinitions`). */
  defs: string;
  /** The rest of what every block depends on (`documentKey`); see `sameDocument`. */
  key: string;
}

interface Memo {
  env: Env;
  regime: boolean;
  outs: Outs;
  before?: Snapshot;
  /** Snapshots the analysis of the whole draft took every `snapshotSpacing` blocks, those before every edit since, in block order. */
  snapshots: Snapshot[];
  after?: Snapshot;
  entities: Finals;
  analysis: Analysis;
  /** What the runs of findings of the next call need of this one's (see `findingRuns`); undefined when it could not be made. */
  track?: Track;
  /** An earlier analysis whose blocks after the edit may serve again (see `Alt`). */
  alt?: Alt;
}

/**
 * An analysis before the previous one, kept for its blocks after the edit.
 * Typing in front of a name glues the word typed onto it ("saidJames
 * Tanaka"), which unmakes the person at every word boundary and makes it
 * again at the next space, so the later blocks that read the name go back
 * and forth between two states and two results. When the previous call
 * analysed such blocks again (`selective`), the analysis before it is kept
 * here; when the state after the changed blocks comes back to what it was
 * then (nothing a later block of that analysis read differs, as
 * `stateDifference` and `firstAffected` tell for the previous call), its
 * blocks from there on are reused, shifted, instead of analysing and
 * replaying them again. It stays valid while every edit since lies before
 * its boundary block (`at`, the same text since), and the previous analysis
 * is kept in its place when it is used.
 */
interface Alt {
  env: Env;
  regime: boolean;
  outs: Outs;
  /** Its state and carry before its block `after.block`, the first block after the changed ones. */
  after: Snapshot;
  entities: Finals;
  /** The block `after.block` is in the call of the memo holding it. */
  at: number;
  /** The first block any call since changed: the blocks before it are the same in both. */
  k: number;
  /** The blocks of the holding memo's call, from `at` on, whose results may differ from this analysis's (their findings are not the previous call's). */
  since: number[];
}

/**
 * Blocks between the snapshots the analysis of a whole draft keeps, so the
 * first edit after it replays at most this many blocks' logs rather than
 * every block before the edit (half a 1 MB draft's 9,537 when typing in its
 * middle). A snapshot costs a copy of the discourse state (about 1–3 ms and
 * a few hundred KB at the end of a 1 MB draft: 18 snapshots hold 7.9 MB
 * there).
 */
export const SNAPSHOT_EVERY = 512;

/**
 * The most snapshots the analysis of a whole draft keeps: past
 * `SNAPSHOT_EVERY` × this many blocks they are spread evenly instead. Each is
 * a copy of the state so far, which grows with the draft, so at a fixed
 * spacing what they hold grew faster than the draft (`generateDraft` of 1 MB, seed 11,
 * 8,978 paragraphs and 17 snapshots: 7.9 MB; of 4 MB, 36,830 and 71: 74.7
 * MB, heap after collection). 1 MB keeps all of them.
 */
export const MAX_SNAPSHOTS = 32;

/** Blocks between the snapshots of the analysis of a whole draft of `blocks` blocks. */
export function snapshotSpacing(blocks: number): number {
  return Math.max(SNAPSHOT_EVERY, Math.ceil(blocks / MAX_SNAPSHOTS));
}

/** Maps from the previous call's offsets and indexes to this call's. */
interface Maps {
  offset: Shift;
  sentence: Shift;
  attribution: Shift;
  quote: Shift;
  block: Shift;
  /** Record ids (those a block's pronoun search looked at). */
  record: Shift;
  /** Entity ids. */
  entity: Shift;
  /** Maps pending before these, each composed with these (see `thenMaps`). */
  after?: WeakMap<Maps, Maps>;
}

/**
 * Creates an incremental analyzer for one document under one configuration
 * (the draft's front matter is laid over it on every call, as in `analyze`).
 */
export function createIncrementalAnalyzer(options: AnalyzeOptions = {}): IncrementalAnalyzer {
  let memo: Memo | undefined;
  let lexicon: { key: string; lex: Lexicon } | undefined;
  const stats: IncrementalStats = { blocks: 0, analysed: 0 };

  const lexFor = (config: ResolvedConfig, key: string): Lexicon => {
    if (lexicon?.key !== key) lexicon = { key, lex: buildLexicon(config) };
    return lexicon.lex;
  };

  function* analyzeText(text: string, pause: () => boolean): Generator<undefined, Analysis, void> {
    if (memo && memo.env.text === text) return memo.analysis;
    // The edit since the previous call: the prose view and sentences are remade around it only.
    const edit = memo ? editRange(memo.env.text, text) : undefined;
    const p = prepare(text, options.config as ResolvedConfig | Config | undefined, memo && edit ? { prepared: memo.env, edit } : undefined);
    const configKey = JSON.stringify(p.config);
    const env = envOf(p, text, edit, lexFor(p.config, configKey), configKey, memo && edit ? memo.env : undefined);
    stats.blocks = p.doc.blocks.length;
    delete stats.replayed;
    delete stats.composed;
    delete stats.rebuilt;
    delete stats.recalled;
    if (!memo || !sameDocument(memo.env, env)) return yield* full(env, memo ? 'document' : 'first', memo?.regime ?? false, pause);
    const old = memo;
    try {
      return yield* update(old, env, pause);
    } catch {
      // A shifted result that would not map (an offset inside the edit): analyse everything.
      return yield* full(env, 'document', old.regime, pause);
    }
  }

  /** Analyses every block; keeps the result for the next call. */
  function* full(env: Env, why: NonNullable<IncrementalStats['full']>, regime: boolean, pause: () => boolean): Generator<undefined, Analysis, void> {
    const state = new DiscourseState();
    const carry = newCarry();
    const outs = new Outs();
    const arena = newArena(env.sentences.length, 0, 0);
    const snapshots: Snapshot[] = [];
    const every = snapshotSpacing(env.doc.blocks.length);
    let a0 = 0;
    let q0 = 0;
    for (let bi = 0; bi < env.doc.blocks.length; bi++) {
      if (pause()) yield;
      if (bi > 0 && bi % every === 0) snapshots.push({ block: bi, state: state.clone(), carry: cloneCarry(carry) });
      const out = runBlock(env, bi, state, carry, a0, q0, regime, arena);
      outs.push(out);
      a0 += out.na;
      q0 += out.quotes;
    }
    stats.analysed = env.doc.blocks.length;
    stats.full = why;
    const extras = outs.extras();
    if (extras !== regime) return yield* full(env, 'regime', extras, pause);
    return finish(env, regime, outs, finalsOf(state.entities), undefined, undefined, undefined, snapshots);
  }

  /** Re-analyses the blocks the edit changed and reuses the others. */
  function* update(old: Memo, env: Env, pause: () => boolean): Generator<undefined, Analysis, void> {
    const o = old.env;
    const edit = env.edit ?? editRange(o.text, env.text);
    const n = env.doc.blocks.length;
    const on = o.doc.blocks.length;
    const dB = n - on;
    // Unchanged blocks before the edit, then after it. Outside a re-parse window they are known
    // without comparing each (see `windowPrefix` and `windowSuffix`).
    const w = env.parse.window;
    let k = w ? windowPrefix(o, env, w) : 0;
    while (k < n && k < on && contextOf(env.doc, k).end <= edit.start && sameInputs(o, k, env, k, 0)) k++;
    let clean = w ? windowSuffix(o, env, w, edit.delta) : n;
    while (clean - 1 >= k && clean - 1 - dB >= k && contextOf(env.doc, clean - 1).start >= edit.newEnd && sameInputs(o, clean - 1 - dB, env, clean - 1, edit.delta)) clean--;
    // The analysis before the previous one stays valid while its boundary block is among the unchanged blocks after the edit.
    const kept = old.alt && old.alt.at >= clean - dB && old.alt.regime === old.regime && sameDocument(old.alt.env, env) ? old.alt : undefined;
    let alt: Alt | undefined = kept && { ...kept, at: kept.at + dB, k: Math.min(kept.k, k), since: dB ? kept.since.map((b) => b + dB) : kept.since };
    // Every block before k is reused. The state before k is the previous call's nearest snapshot
    // taken at or before k, the unchanged blocks between replayed from their logs; else every block
    // before k is replayed from the empty state.
    const snapshots = old.snapshots.filter((x) => x.block <= k);
    const start = old.before && old.before.block <= k && old.before.block >= (snapshots.at(-1)?.block ?? 0) ? old.before : snapshots.at(-1);
    const from = start ? start.block : 0;
    let state = start ? start.state.clone() : new DiscourseState();
    let carry = start ? cloneCarry(start.carry) : newCarry();
    // The blocks before the edit are the previous call's as they are (a run that reaches the blocks analysed again no longer holds).
    const outs = new Outs();
    outs.pushFrom(old.outs, 0, k, undefined);
    for (let bi = from; bi < k; bi++) {
      if (pause()) yield;
      // The numbering before the edit did not change: the log's pending shifts are those of earlier calls.
      const log = old.outs.logAt(bi);
      replay(state, carry, log.value, log.pending);
    }
    stats.rebuilt = k - from;
    const last = k > 0 ? old.outs.at(k - 1) : undefined;
    let a0 = last ? last.a0 + last.na : 0;
    let q0 = last ? last.q0 + last.quotes : 0;
    let before: Snapshot | undefined = from === k && k > 0 ? start : undefined;
    let after: Snapshot | undefined;
    let entities: Finals | undefined;
    let analysed = 0;
    const arena = newArena(env.sentences.length, a0, q0);
    // Which blocks are the previous call's (the runs of findings copy their entries): see `Moves`.
    const moves: Moves = { prefix: k, ran: (arena.ran = []) };
    for (let bi = k; bi <= n; bi++) {
      if (bi === k && !before) before = { block: k, state: state.clone(), carry: cloneCarry(carry) };
      if (bi === clean && clean < n) {
        const oi = clean - dB;
        const maps = suffixMaps(old, oi, k, edit, dB, env.sentences.length - o.sentences.length, a0, q0);
        // Where the changed blocks' name mentions lie, in the old and the new text.
        const region = changedRegion(env, o, k, oi, clean);
        const was = before && (old.after?.block === oi ? old.after : oldStateAt(old, k, oi, before));
        const diff = was && before ? stateDifference(state, was.state, { records: before.state.records.length, entities: before.state.entities.length }, region, maps.strict, touchedBy(outs, k, outs.length, old.outs, k, oi)) : undefined;
        const spoken = diff && carryDifference(carry, was!.carry, { ...maps.strict, entity: diff.entityOf });
        const dirt = spoken ? diff : undefined;
        const view = dirt && viewOf(dirt, state, spoken!);
        // The first later block that reads what differs (in the new numbering), n when none does.
        const first = view ? firstAffected(old.outs, oi, view) + dB : n;
        if (dirt && first === n) {
          after = { block: clean, state, carry };
          const shift: Maps = { ...maps.lenient, record: dirt.recordOf, entity: dirt.entityOf };
          outs.pushFrom(old.outs, oi, on, shift);
          entities = finalEntities(old.entities, was!.state.entities.length, state.entities, dirt.entities, region, shift);
          break;
        }
        after = { block: clean, state: state.clone(), carry: cloneCarry(carry) };
        if (dirt) {
          // Some later blocks read what differs. When they read it as the analysis before the previous one had it, its blocks serve again.
          const back = alt?.at === clean ? recall(alt, env, outs, k, clean, state, carry, a0, q0) : undefined;
          if (back) {
            outs.pushFrom(alt!.outs, alt!.after.block, alt!.outs.length, back.shift);
            entities = back.entities;
            stats.recalled = n - clean;
            // Their findings are not the previous call's where the two analyses differ.
            for (const b of alt!.since) arena.ran!.push(b);
            alt = { env: o, regime: old.regime, outs: old.outs, after: was!, entities: old.entities, at: clean, k, since: alt!.since };
            break;
          }
          // Analyse those again, replay the others' logs.
          const done = yield* selective(old, env, clean, dB, dirt, view!, first, maps.lenient, state, carry, a0, q0, arena, region, pause);
          if (done) {
            outs.pushFrom(done.outs, 0, done.outs.length, undefined);
            analysed += done.analysed;
            stats.replayed = done.replayed;
            stats.composed = done.composed;
            entities = done.entities;
            alt = { env: o, regime: old.regime, outs: old.outs, after: was!, entities: old.entities, at: clean, k, since: moves.ran.filter((b) => b >= clean) };
            break;
          }
          alt = undefined;
          // The blocks after an analysed one would not line up (their carry or numbering differs): analyse on to the end.
          state = after.state.clone();
          carry = cloneCarry(after.carry);
          // From where the blocks `selective` analysed wrote into the arena: a rule that searches the quotations must not find theirs.
          arena.attributions.length = a0;
          arena.quotes.length = q0;
          const s0 = env.shares.blocks[clean]!.sentences.from;
          arena.claims.fill(undefined as unknown as Claim, s0);
          arena.details.fill(undefined as unknown as ClaimDetail, s0);
        } else alt = undefined;
      }
      if (bi === n) break;
      if (pause()) yield;
      const out = runBlock(env, bi, state, carry, a0, q0, old.regime, arena);
      analysed++;
      outs.push(out);
      a0 += out.na;
      q0 += out.quotes;
    }
    stats.analysed = analysed;
    delete stats.full;
    if (stats.replayed === undefined) stats.replayed = 0;
    if (stats.composed === undefined) stats.composed = 0;
    const extras = outs.extras();
    if (extras !== old.regime) return yield* full(env, 'regime', extras, pause);
    return finish(env, old.regime, outs, entities ?? finalsOf(state.entities), before, after, moves, snapshots, alt);
  }

  /** Assembles the analysis from the blocks' results and keeps everything for the next call. */
  function finish(env: Env, regime: boolean, outs: Outs, finalEntities: Finals, before: Snapshot | undefined, after: Snapshot | undefined, moves: Moves | undefined, snapshots: Snapshot[], alt?: Alt): Analysis {
    let whole: Analysis | undefined;
    const fallback = () => {
      // A shift that does not map: the next call starts afresh.
      if (memo?.env === env) memo = undefined;
      return (whole ??= analyze(env.text, options));
    };
    const analysis = assemble(env, outs, () => entitiesOf(finalEntities), regime, fallback);
    if (!analysis) {
      // Markup attributions out of document order across blocks: the per-block
      // order is not the document's. Rare; the whole-document path handles it.
      memo = undefined;
      stats.full = 'order';
      return analyze(env.text, options);
    }
    // After `update` (which leaves `stats.full` unset), the previous call's memo is the one the runs are of.
    const track = trackFindings(env, outs, stats.full === undefined ? memo : undefined, stats.full === undefined ? moves : undefined);
    if (track) withRuns(analysis, env, outs, track, stats.full === undefined ? memo : undefined);
    memo = { env, regime, outs, entities: finalEntities, analysis, snapshots, ...(before ? { before } : {}), ...(after ? { after } : {}), ...(track ? { track } : {}), ...(alt ? { alt } : {}) };
    return analysis;
  }

  return {
    analyze(text: string): Analysis {
      const steps = analyzeText(text, () => false);
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
      }
    },
    steps: analyzeText,
    get stats() {
      return stats;
    },
  };
}

/**
 * The blocks from `clean` on when some of them read what the edit changed:
 * `first` is the first that does (`firstAffected`, which followed `view`
 * through the blocks before it). Each block that reads something that
 * differs is analysed again, from the state the blocks before it leave;
 * every other block is reused, shifted, and its logged changes to the state
 * and carry are applied. After an analysed block, whatever it or its
 * previous analysis touched is compared and differs from then on when it
 * does, and `firstAffected` finds the next block that reads what differs.
 * When none does, the rest are reused without replaying their logs: the
 * replays would serve only the final source entities, which are made from
 * the previous call's as when every block after the edit is reused
 * (`finalEntities`; `entities` when it did). Undefined when the analysed
 * block's carry (but for its spoken quotations, whose difference is followed)
 * or numbering differs from its previous analysis (the caller then analyses
 * on to the end).
 */
function* selective(
  old: Memo,
  env: Env,
  clean: number,
  dB: number,
  dirt: StateDifference,
  view: View,
  first: number,
  base: Maps,
  state: DiscourseState,
  carry: ClassifyCarry,
  a0: number,
  q0: number,
  arena: Arena,
  region: Region,
  pause: () => boolean,
): Generator<undefined, { outs: Outs; analysed: number; replayed: number; composed: number; entities?: Finals } | undefined, void> {
  const n = env.doc.blocks.length;
  const { keys, dirty } = view;
  let recordOf = view.recordOf;
  let entityOf = dirt.entityOf;
  const isDirty = (id: number | undefined) => id !== undefined && dirty.has(id);
  // Entities (new ids) that may differ from the previous call's: their final form is the new state's.
  const dirtyEntities = new Set(dirt.entities);
  let shift: Maps = { ...base, record: recordOf, entity: entityOf };
  const outs = new Outs();
  let analysed = 0;
  let replayed = 0;
  let composed = 0;
  let j = clean;
  for (let f = first; ; ) {
    if (f === n) {
      // Nothing after the last block analysed again reads what differs: reuse the rest without replaying.
      if (j === n) return { outs, analysed, replayed, composed };
      // The previous call's entity count before block j (its log's, in that call's numbering).
      const oldAt = logOf(old.outs.at(j - dB)).e0;
      outs.pushFrom(old.outs, j - dB, n - dB, shift);
      return { outs, analysed, replayed, composed, entities: finalEntities(old.entities, oldAt, state.entities, dirtyEntities, region, shift) };
    }
    if (f - j >= MIN_RUN) {
      // A run of reused blocks: one composite log replayed for all of them, the one the previous call kept when it covers them.
      if (pause()) yield;
      const at = outs.length;
      outs.pushFrom(old.outs, j - dB, f - dB, shift);
      let run = outs.runs.get(at);
      if (run?.len === f - j) composed += f - j;
      else outs.runs.set(at, (run = { len: f - j, log: { value: composeLogs(outs, at, outs.length) } }));
      // Shifted as it is copied into the state: the composite stays as it was, its shifts pending.
      replay(state, carry, run.log.value, run.log.pending);
      a0 += outs.count(at, outs.length, 5);
      q0 += outs.count(at, outs.length, 6);
      replayed += f - j;
      j = f;
    }
    for (; j < f; j++) {
      if (pause()) yield;
      outs.pushFrom(old.outs, j - dB, j - dB + 1, shift);
      // Shifted as it is copied into the state: the block's log stays as it was, its shifts pending.
      const log = outs.logAt(outs.length - 1);
      replay(state, carry, log.value, log.pending);
      replayed++;
      a0 += outs.count(outs.length - 1, outs.length, 5);
      q0 += outs.count(outs.length - 1, outs.length, 6);
    }
    if (pause()) yield;
    const prev = old.outs.at(j - dB);
    const a = prev.access;
    if (a.recentMoves) for (const x of a.recentMoves) moveRecent(view.was, x.id, x.cap);
    const out = runBlock(env, j, state, carry, a0, q0, old.regime, arena);
    analysed++;
    outs.push(out);
    a0 += out.na;
    q0 += out.quotes;
    if (out.na !== prev.na || out.quotes !== prev.quotes) return undefined;
    const was = logOf(prev);
    const now = out.log.value;
    // Records and entities both analyses made correspond in order when there are as many.
    const sameRecords = was.r1 - was.r0 === now.r1 - now.r0;
    const sameEntities = was.e1 - was.e0 === now.e1 - now.e0;
    const recordBefore = recordOf;
    const entityBefore = entityOf;
    // Numbering that did not move keeps the identity map, which lets later results be reused without renumbering.
    recordOf =
      recordBefore === NO_SHIFT && was.r0 === now.r0 && was.r1 === now.r1
        ? NO_SHIFT
        : overrideShift(recordBefore, [
            [was.r0, sameRecords ? now.r0 - was.r0 : NaN],
            [was.r1, now.r1 - was.r1],
          ]);
    entityOf =
      entityBefore === NO_SHIFT && was.e0 === now.e0 && was.e1 === now.e1
        ? NO_SHIFT
        : overrideShift(entityBefore, [
            [was.e0, sameEntities ? now.e0 - was.e0 : NaN],
            [was.e1, now.e1 - was.e1],
          ]);
    if (recordOf !== recordBefore || entityOf !== entityBefore) shift = { ...base, record: recordOf, entity: entityOf };
    let prevLog: StateLog;
    try {
      prevLog = relocateLog(was, { ...base, record: recordOf, entity: entityOf });
    } catch {
      return undefined;
    }
    // The carry after it must be what it was, but for spoken quotations, whose difference is followed.
    if (carry.poll !== prevLog.poll || carry.named !== prevLog.named || !sameValue(carry.lead, prevLog.lead, NO_SHIFT)) return undefined;
    followSpoken(view.spoken, carry.spoken, now.spoken, was.spoken);
    // Records and entities either analysis touched: the same fields and mentions, or they differ from now on.
    const records = new Map<number, NameRecord>();
    for (const r of prevLog.records) records.set(r.id, r);
    for (const r of now.records) {
      const p = records.get(r.id);
      records.delete(r.id);
      if (!p || !sameValue(r, p, NO_SHIFT)) dirty.add(r.id);
    }
    for (const id of records.keys()) if (!Number.isNaN(id)) dirty.add(id);
    const entities = new Map<number, SourceEntity>();
    for (const e of prevLog.entities) entities.set(e.id, e);
    const changedEntities = new Set<number>();
    for (const e of now.entities) {
      const p = entities.get(e.id);
      entities.delete(e.id);
      if (!p || !sameValue(e, p, NO_SHIFT)) changedEntities.add(e.id);
    }
    for (const id of entities.keys()) changedEntities.add(id);
    for (const id of changedEntities) dirtyEntities.add(id);
    if (changedEntities.size) {
      // A changed source makes its record differ (blocks reach a source through its record).
      for (const r of state.records) if (r.entity !== undefined && changedEntities.has(r.entity)) dirty.add(r.id);
    }
    // Map entries either analysis used: the same value, or they differ from now on.
    const logged = new Map(prevLog.keys);
    for (const [key, value] of now.keys) {
      if (!logged.has(key) || !sameValue(value, logged.get(key), NO_SHIFT)) keys.add(key);
      logged.delete(key);
    }
    for (const key of logged.keys()) keys.add(key);
    if (a.lastThing || out.access.lastThing) view.lastThing ||= !prevLog.lastThing || prevLog.lastThing.id !== state.lastThing;
    if (a.lastGroup || out.access.lastGroup) view.lastGroup ||= !prevLog.lastGroup || !sameValue(prevLog.lastGroup.value, state.lastGroup, NO_SHIFT);
    // The last thing or the last group leading to a record that differs, whoever wrote it.
    view.lastThing ||= isDirty(state.lastThing);
    view.lastGroup ||= isDirty(state.lastGroup?.record);
    view.now = [...state.recentIds];
    view.recordOf = recordOf;
    j++;
    f = j < n ? firstAffected(old.outs, j - dB, view) + dB : n;
  }
}

/**
 * The shifts that move the blocks of `alt` from its boundary on to this call,
 * and the final entities then, when the state and carry this call's changed
 * blocks leave at `clean` differ from `alt`'s there in nothing its later
 * blocks read (the test `update` makes of the previous call's); undefined
 * otherwise, or when something does not map. `k` is this call's first
 * changed block; the blocks before `alt.k` are the same in both, and their
 * texts differ only between (`editRange` of the two).
 */
function recall(alt: Alt, env: Env, outs: Outs, k: number, clean: number, state: DiscourseState, carry: ClassifyCarry, a0: number, q0: number): { shift: Maps; entities: Finals } | undefined {
  const o = alt.env;
  const oi = alt.after.block;
  const kLo = alt.k;
  const dB = env.doc.blocks.length - o.doc.blocks.length;
  if (oi + dB !== clean || kLo > k || kLo >= oi) return undefined;
  try {
    const maps = suffixMaps(alt, oi, kLo, editRange(o.text, env.text), dB, env.sentences.length - o.sentences.length, a0, q0);
    const region = changedRegion(env, o, kLo, oi, clean);
    // The records and entities before block kLo, the same in both.
    const at = kLo < clean ? logOf(outs.at(kLo)) : undefined;
    const counts = at ? { records: at.r0, entities: at.e0 } : { records: state.records.length, entities: state.entities.length };
    const diff = stateDifference(state, alt.after.state, counts, region, maps.strict, touchedBy(outs, kLo, clean, alt.outs, kLo, oi));
    const spoken = diff && carryDifference(carry, alt.after.carry, { ...maps.strict, entity: diff.entityOf });
    if (!spoken || firstAffected(alt.outs, oi, viewOf(diff, state, spoken)) !== alt.outs.length) return undefined;
    const shift: Maps = { ...maps.lenient, record: diff.recordOf, entity: diff.entityOf };
    return { shift, entities: finalEntities(alt.entities, alt.after.state.entities.length, state.entities, diff.entities, region, shift) };
  } catch {
    return undefined;
  }
}

/**
 * The previous call's state and carry before its block `oi`, when it kept
 * no snapshot there (the first edit in another paragraph): the state before
 * block `k` (`before`, the same in both calls, since nothing before it
 * changed) with the logs of the previous call's blocks `k` to `oi - 1`
 * replayed. Undefined when a log does not fit.
 */
function oldStateAt(old: Memo, k: number, oi: number, before: Snapshot): Snapshot | undefined {
  const state = before.state.clone();
  const carry = cloneCarry(before.carry);
  try {
    for (let i = k; i < oi; i++) {
      const log = old.outs.logAt(i);
      replay(state, carry, log.value, log.pending);
    }
  } catch {
    return undefined;
  }
  return { block: oi, state, carry };
}

/**
 * What differs between the two calls at a block boundary, followed block by
 * block by `firstAffected` (record ids new, except in `was`).
 */
interface View {
  /**
   * Map keys (tagged) whose entries differ: the ids they hold, renumbered,
   * not the fields of the records those lead to (a block that reads those
   * reads the record too, see `dirty`).
   */
  keys: Set<string>;
  /** Records (new ids) whose fields differ. */
  dirty: Set<number>;
  /** The new id of each old record. */
  recordOf: Shift;
  /** The new state's list of recent persons (new ids) and the previous call's (its ids), at the boundary. */
  now: number[];
  was: number[];
  /** Whether the last thing and the last group differ or lead to a record that does. */
  lastThing: boolean;
  lastGroup: boolean;
  /** Texts of quotations spoken in one call and not in the other (see `carryDifference`). */
  spoken: Set<string>;
}

/**
 * The view of what `stateDifference` found at the first unchanged block after
 * the edit (`state` is the new state there), and of where the carries' spoken
 * quotations differ (`spoken`, which the view takes over).
 */
function viewOf(dirt: StateDifference, state: DiscourseState, spoken: Set<string>): View {
  const dirty = new Set<number>();
  for (const id of dirt.records) {
    const to = mv(dirt.recordOf, id);
    if (!Number.isNaN(to)) dirty.add(to);
  }
  const isDirty = (id: number | undefined) => id !== undefined && dirty.has(id);
  return {
    keys: new Set(dirt.keys),
    dirty,
    recordOf: dirt.recordOf,
    now: [...dirt.recent.now],
    was: [...dirt.recent.was],
    lastThing: dirt.lastThing || isDirty(state.lastThing),
    lastGroup: dirt.lastGroup || isDirty(state.lastGroup?.record),
    spoken,
  };
}

/**
 * The index of the first block of the previous call's `outs` from `from` on
 * that would be analysed again given what differs before it (`view`), or
 * `outs.length` when none would: the one test of a later block, which both
 * `update` (at the first unchanged block after the edit) and `selective`
 * (after each block it analysed again) make. A block is analysed again when
 * it reads a key, record, recent person, last thing or group that differs,
 * or notes the text of a spoken quotation that differs (`View.spoken`),
 * or when its log holds a record that differs or has no counterpart
 * (replaying it would write the previous call's fields into it). `view` is
 * followed through the blocks before the one returned: each reused block
 * leaves what it wrote as the previous call had it, renumbered, so the lists
 * of recent persons follow the blocks' moves and a block that uses the last
 * thing or group makes it equal.
 */
function firstAffected(outs: Outs, from: number, view: View): number {
  const { keys, dirty, recordOf, now, was } = view;
  // Nothing differs and no record is renumbered: every block reads what it read before.
  if (keys.size === 0 && dirty.size === 0 && view.spoken.size === 0 && !view.lastThing && !view.lastGroup && recordOf === NO_SHIFT && sameList(now, was)) return outs.length;
  // When the lists of recent persons agree (the new one the old one
  // renumbered by a one-to-one `recordOf`), a block that reads nothing that
  // differs and holds no record that maps to a dirty one or nowhere passes
  // every test and leaves them agreeing (both lists take the same moves), so
  // the next block to test is looked up in each stretch's index
  // (`nextToTest`). The moves of the blocks passed so are applied to the
  // lists (`followMoves`) only when a block is then tested: a caller reads
  // the lists only after a block is returned.
  const indexed = oneToOne(recordOf);
  // Only the index reads `bad`: not made when it is not used.
  const bad: [number, number][] = indexed ? preimage(recordOf, [...dirty].map((id): [number, number] => [id, id + 1])) : [];
  let moved = from;
  for (let j = from; j < outs.length; j++) {
    if (indexed && agree(now, was, recordOf)) {
      const x = outs.stretches[outs.find(j)]!;
      j = nextToTest(x, j - x.start, view, bad);
      if (j === x.start + x.count) {
        j--;
        continue;
      }
    }
    if (moved < j) followMoves(outs, moved, j, view);
    moved = j + 1;
    // The block as it was made, and the map of its record ids to the previous call's (the blocks are not moved to be read).
    const { out, record } = outs.raw(j);
    if (view.spoken.size && out.quoted) for (const t of out.quoted) if (view.spoken.has(t)) return j;
    const a = out.access;
    if ((view.lastThing && a.lastThing === 'read') || (view.lastGroup && a.lastGroup === 'read')) return j;
    if (!sameRecent(now, was, a.recentDepth, recordOf)) return j;
    if (keys.size) for (const key of a.keys) if (keys.has(key)) return j;
    // The records it read, or, when some differ, every record its log holds (those it read among them, `stateLog`).
    const ids = dirty.size > 0 ? logRecordIds(out) : a.records;
    if (ids)
      for (const id of ids) {
        const to = mv(recordOf, mv(record, id));
        if (Number.isNaN(to) || dirty.has(to)) return j;
      }
    if (a.recentMoves)
      for (const x of a.recentMoves) {
        const id = mv(record, x.id);
        moveRecent(was, id, x.cap);
        moveRecent(now, mv(recordOf, id), x.cap);
      }
    if (a.lastThing) view.lastThing = false;
    if (a.lastGroup) view.lastGroup = false;
  }
  return outs.length;
}

/** Applies to `view`'s lists of recent persons the moves of the blocks `from` to `to` (exclusive) of `outs`, as `firstAffected` does for a block it tests. */
function followMoves(outs: Outs, from: number, to: number, view: View): void {
  for (let j = from; j < to; j++) {
    const { out, record } = outs.raw(j);
    const moves = out.access.recentMoves;
    if (!moves) continue;
    for (const x of moves) {
      const id = mv(record, x.id);
      moveRecent(view.was, id, x.cap);
      moveRecent(view.now, mv(view.recordOf, id), x.cap);
    }
  }
}

/** True when `now` is `was` renumbered by `recordOf`, with no id that maps nowhere. */
function agree(now: readonly number[], was: readonly number[], recordOf: Shift): boolean {
  if (now.length !== was.length) return false;
  for (let i = 0; i < now.length; i++) if (Number.isNaN(now[i]!) || mv(recordOf, was[i]!) !== now[i]) return false;
  return true;
}

/** True when two lists of ids are equal. */
function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The ids of the records a block's log holds, in the numbering of its results, without shifting the log. */
function logRecordIds(out: BlockOut): number[] {
  const record = out.log.pending?.record ?? NO_SHIFT;
  return out.log.value.records.map((r) => mv(record, r.id));
}

/**
 * The document `p` prepared from `text` (after `edit`, when there was one),
 * ready to be analysed block by block. After a windowed re-parse of the
 * previous call's document (`prev`), the blocks' shares outside the window
 * are the previous ones, moved (`blockSharesAround`).
 */
function envOf(p: Prepared, text: string, edit: Env['edit'], lex: Lexicon, configKey: string, prev?: Env): Env {
  const w = p.parse.window;
  const shares = (prev && w && blockSharesAround(p.doc, p.sentences, p.directives, prev, w)) || blockShares(p.doc, p.sentences, p.directives);
  const defs = (prev && w && sameDefinitions(prev.doc, p.doc, w) && prev.defs) || definitionsKey(p.doc);
  return { ...p, text, edit, shares, lex, defs, key: documentKey(p, configKey) };
}

/** True when what every block's results depend on beyond their own inputs is the same in `a` and `b`: the key and the footnote definitions (a carried `defs` is the same string, compared at once). */
function sameDocument(a: Env, b: Env): boolean {
  return a.key === b.key && a.defs === b.defs;
}

/** The footnote definitions' labels and texts, as `documentKey` writes them. */
function definitionsKey(doc: Prepared['doc']): string {
  return JSON.stringify(doc.footnoteDefs.map((d) => [d.label, d.text]));
}

/**
 * True when the footnote definitions of `doc`, re-parsed from `prev`'s in
 * window `w`, have the labels and texts of `prev`'s: neither window holds
 * one, so the list is the previous one, moved (`reparseProse`). The 1 MB
 * benchmark draft's 610 definitions were written out on every keystroke.
 */
function sameDefinitions(prev: Prepared['doc'], doc: Prepared['doc'], w: Window): boolean {
  const inWindow = (defs: readonly { start: number }[], end: number) => {
    const i = lowerBound(defs.length, (k) => defs[k]!.start < w.start);
    return i < defs.length && defs[i]!.start < end;
  };
  return prev.footnoteDefs.length === doc.footnoteDefs.length && !inWindow(prev.footnoteDefs, w.oldEnd) && !inWindow(doc.footnoteDefs, w.end);
}

/** `text` prepared for analysis block by block, as a first call of the incremental analyzer prepares it. */
export function documentEnv(text: string, options: AnalyzeOptions = {}): Env {
  const p = prepare(text, options.config as ResolvedConfig | Config | undefined);
  return envOf(p, text, undefined, buildLexicon(p.config), JSON.stringify(p.config));
}

/**
 * What every block's results depend on beyond its own inputs, but for the
 * footnote definitions (`Env.defs`, compared with it by `sameDocument`): the
 * settings, the next free footnote label and the footnote fix's tail, the
 * line break style and where a file-level disable goes.
 */
function documentKey(p: Prepared, configKey: string): string {
  const { doc } = p;
  const empty = { start: 0, end: 0 };
  const footnote = footnoteFix(doc, empty).edits[1]?.newText ?? '';
  const disable = disableFileFix(doc, 'vague-attribution').edits[0];
  return JSON.stringify([configKey, footnote, disable?.start, disable?.newText, p.genre]);
}

/** The part of the document a block's analysis reads: from a little before its first line to the next block. */
function contextOf(doc: Prepared['doc'], bi: number): Span {
  const block = doc.blocks[bi]!;
  const lineStart = doc.source.lastIndexOf('\n', block.start - 1) + 1;
  return { start: Math.max(0, Math.min(lineStart, block.start - MARGIN)), end: doc.blocks[bi + 1]?.start ?? doc.source.length };
}

/**
 * The changed range: `[start, oldEnd)` of the old text became `[start, newEnd)`
 * of the new one (the longest common prefix, then the longest common suffix of
 * what is left).
 */
export function editRange(a: string, b: string): { start: number; oldEnd: number; newEnd: number; delta: number } {
  const min = Math.min(a.length, b.length);
  const start = commonRun(min, (at, size) => a.slice(at, at + size) === b.slice(at, at + size));
  const suffix = commonRun(min - start, (at, size) => a.slice(a.length - at - size, a.length - at) === b.slice(b.length - at - size, b.length - at));
  return { start, oldEnd: a.length - suffix, newEnd: b.length - suffix, delta: b.length - a.length };
}

/** The first stretch `editRange` compares; each stretch after it is twice as long. */
const FIRST_STRETCH = 1024;

/**
 * The length of the longest run of equal code units, up to `limit`, when
 * `same(at, size)` tells whether the `size` units from `at` on are equal:
 * stretches twice as long as the last are compared while they are equal,
 * then the run's end is found by halving (a binary search). Each comparison
 * is one native string comparison, so a keystroke in a long draft costs a
 * few dozen of them rather than one per kilobyte.
 */
function commonRun(limit: number, same: (at: number, size: number) => boolean): number {
  let run = 0;
  let size = FIRST_STRETCH;
  while (run + size <= limit && same(run, size)) {
    run += size;
    size *= 2;
  }
  for (size >>= 1; size >= 1; size >>= 1) if (run + size <= limit && same(run, size)) run += size;
  return run;
}

/** The re-parse window of a prepared document (see `ProseParse.window`). */
type Window = NonNullable<Prepared['parse']['window']>;

/**
 * How many blocks from the start of the new document `n` are known to have
 * the inputs they had in the old one `o`, without comparing them one by one,
 * when `n` was re-parsed in window `w`: every block before the last one
 * before the window. A windowed re-parse keeps the previous parse's blocks,
 * links and footnote references before the window, as the same objects, and
 * the sentences of those blocks (`splitSentencesAround`); their text, and
 * the text up to the next block, lie before the window, which holds the
 * edit. What else a block's inputs hold is its share of the source notes,
 * which attach to the sentence they follow, wherever that is: those are
 * compared (a few per draft).
 */
export function windowPrefix(o: Env, n: Env, w: Window): number {
  const k = w.b0 - 1;
  if (k < 1) return 0;
  const oTo = o.shares.blocks[k - 1]!.notes.to;
  return oTo === n.shares.blocks[k - 1]!.notes.to && sameNotes(o, 0, n, 0, oTo, 0, 0) ? k : 0;
}

/**
 * The first block of the new document `n` from which on every block is
 * known to have the inputs it had in the old one `o`, shifted by `delta`,
 * when `n` was re-parsed in window `w` (`n`'s block count when none is):
 * every block after the window whose text, with the characters before its
 * line that it may read, starts after the window. A windowed re-parse gives
 * the blocks, links, footnote references and sentences after the window as
 * the previous parse's, moved by the same amounts; the source notes are
 * compared, as in `windowPrefix`.
 */
export function windowSuffix(o: Env, n: Env, w: Window, delta: number): number {
  const count = n.doc.blocks.length;
  const dB = count - o.doc.blocks.length;
  let j = w.b1;
  while (j < count && contextOf(n.doc, j).start < w.end) j++;
  // Block 0 is read apart from the others (see `sameInputs`).
  if (j >= count || j < 1 || j - dB < 1) return count;
  const oFrom = o.shares.blocks[j - dB]!.notes.from;
  const nFrom = n.shares.blocks[j]!.notes.from;
  const size = o.shares.notes.length - oFrom;
  if (size !== n.shares.notes.length - nFrom || !sameNotes(o, oFrom, n, nFrom, size, delta, n.sentences.length - o.sentences.length)) return count;
  return j;
}

/** True when `size` source notes of `o` from `oFrom` are those of `n` from `nFrom`, moved by `delta` code units and `dS` sentences. */
function sameNotes(o: Env, oFrom: number, n: Env, nFrom: number, size: number, delta: number, dS: number): boolean {
  for (let i = 0; i < size; i++) {
    const x = o.shares.notes[oFrom + i]!;
    const y = n.shares.notes[nFrom + i]!;
    if (y.span.start !== x.span.start + delta || y.span.end !== x.span.end + delta || y.text !== x.text || y.sentence !== x.sentence + dS) return false;
  }
  return true;
}

/**
 * True when block `oi` of the old document and block `ni` of the new one have
 * the same inputs, `shift` apart. The text the block's analysis reads is
 * compared only where it may differ: a windowed re-parse (`reparseProse`)
 * kept the prose view outside its window, and the source is the same outside
 * the edit, which the window holds.
 */
export function sameInputs(o: Env, oi: number, n: Env, ni: number, shift: number): boolean {
  const ob = o.doc.blocks[oi]!;
  const nb = n.doc.blocks[ni]!;
  if (nb.start !== ob.start + shift || nb.end !== ob.end + shift || nb.kind !== ob.kind || nb.level !== ob.level || nb.quoteDepth !== ob.quoteDepth || nb.inList !== ob.inList || (oi === 0) !== (ni === 0)) return false;
  const oc = contextOf(o.doc, oi);
  const nc = contextOf(n.doc, ni);
  if (nc.start !== oc.start + shift || nc.end !== oc.end + shift) return false;
  const w = n.parse.window;
  const outside = w !== undefined && (nc.end <= w.start || nc.start >= w.end);
  if (!outside && (n.doc.prose.slice(nc.start, nc.end) !== o.doc.prose.slice(oc.start, oc.end) || n.doc.source.slice(nc.start, nc.end) !== o.doc.source.slice(oc.start, oc.end))) return false;
  const os = o.shares.blocks[oi]!;
  const ns = n.shares.blocks[ni]!;
  // Loops rather than a helper given comparators: this runs for every block on every keystroke.
  const sn = os.sentences.to - os.sentences.from;
  if (sn !== ns.sentences.to - ns.sentences.from || os.links.to - os.links.from !== ns.links.to - ns.links.from) return false;
  for (let i = 0; i < sn; i++) {
    const x = o.sentences[os.sentences.from + i]!;
    const y = n.sentences[ns.sentences.from + i]!;
    if (y.start !== x.start + shift || y.end !== x.end + shift || x.open !== y.open) return false;
  }
  const tn = os.trailingLinks.to - os.trailingLinks.from;
  if (tn !== ns.trailingLinks.to - ns.trailingLinks.from) return false;
  for (let i = 0; i < tn; i++) {
    const x = o.doc.links[os.trailingLinks.from + i]!;
    const y = n.doc.links[ns.trailingLinks.from + i]!;
    if (y.start !== x.start + shift || y.end !== x.end + shift || y.text.start !== x.text.start + shift || y.text.end !== x.text.end + shift || x.href !== y.href) return false;
  }
  const fn = os.footnoteRefs.to - os.footnoteRefs.from;
  if (fn !== ns.footnoteRefs.to - ns.footnoteRefs.from) return false;
  for (let i = 0; i < fn; i++) {
    const x = o.doc.footnoteRefs[os.footnoteRefs.from + i]!;
    const y = n.doc.footnoteRefs[ns.footnoteRefs.from + i]!;
    if (y.start !== x.start + shift || y.end !== x.end + shift || x.label !== y.label) return false;
  }
  const nn = os.notes.to - os.notes.from;
  if (nn !== ns.notes.to - ns.notes.from) return false;
  for (let i = 0; i < nn; i++) {
    const x = o.shares.notes[os.notes.from + i]!;
    const y = n.shares.notes[ns.notes.from + i]!;
    if (y.span.start !== x.span.start + shift || y.span.end !== x.span.end + shift || x.text !== y.text || x.sentence - os.sentences.from !== y.sentence - ns.sentences.from) return false;
  }
  return true;
}

/**
 * Arrays in the document's numbering that the blocks of one call write into
 * and read from (each block reads only its own entries and the lead-in's).
 * One set per call keeps them dense: a fresh array per block, written at the
 * block's far-off indexes, would be a slow dictionary.
 */
export interface Arena {
  attributions: Attribution[];
  quotes: FoundQuote[];
  claims: Claim[];
  details: ClaimDetail[];
  /** The incremental analyzer's record of the blocks it analysed with this arena (see `Moves`); absent elsewhere. */
  ran?: number[];
}

/**
 * An arena for a document of `sentences` sentences whose first block run
 * numbers its attributions and quotations from `attributions` and `quotes`.
 * The lists end where the last block run wrote (a rule binary-searches the
 * quotations; holes before the blocks run read as earlier ones).
 */
export function newArena(sentences: number, attributions: number, quotes: number): Arena {
  return { attributions: new Array<Attribution>(attributions), quotes: new Array<FoundQuote>(quotes), claims: new Array<Claim>(sentences), details: new Array<ClaimDetail>(sentences) };
}

/** Runs attribution, classification and the rules on one block, advancing `state` and `carry`. */
function runBlock(env: Env, bi: number, state: DiscourseState, carry: ClassifyCarry, a0: number, q0: number, regime: boolean, arena: Arena): BlockOut {
  const access: StateAccess = { keys: new Set(), recentDepth: 0 };
  const pre = { r0: state.records.length, e0: state.entities.length, lastThing: state.lastThing, lastGroup: state.lastGroup, spoken: carry.spoken.size };
  state.access = access;
  let found: BlockResult;
  try {
    found = attributeBlock(env, bi, state);
  } finally {
    state.access = undefined;
  }
  const noted = new Set<string>();
  carry.noted = noted;
  let part: BlockPart;
  try {
    part = completeBlock(env, bi, found, carry, a0, q0, regime, arena);
  } finally {
    delete carry.noted;
  }
  const { doc } = env;
  const block = doc.blocks[bi]!;
  arena.ran?.push(bi);
  return { ...part, access, quoted: noted.size ? [...noted] : undefined, log: { value: stateLog(state, carry, access, pre, { start: block.start, end: doc.blocks[bi + 1]?.start ?? doc.source.length }) } };
}

/** The attribution stage on one block (nothing for a block without sentences), advancing `state`. */
export function attributeBlock(env: Env, bi: number, state: DiscourseState): BlockResult {
  const range = env.shares.blocks[bi]!.sentences;
  return range.to > range.from ? analyzeBlock(blockInput(env.doc, env.sentences, env.shares, bi), state, env.lex) : { attributions: [], quotes: [] };
}

/**
 * Classification and the rules on one block, given what the attribution
 * stage found in it (`found`, which is not changed), advancing `carry`.
 */
export function completeBlock(env: Env, bi: number, found: BlockResult, carry: ClassifyCarry, a0: number, q0: number, regime: boolean, arena: Arena): BlockPart {
  const { doc, sentences, shares, directives, config } = env;
  const sh = shares.blocks[bi]!;
  const block = doc.blocks[bi]!;
  const range = sh.sentences;
  const bySentence: number[][] = [];
  found.attributions.forEach((a, i) => (bySentence[a.sentence] ??= []).push(i));
  const links = doc.links.slice(sh.trailingLinks.from, sh.trailingLinks.to);
  const refs = doc.footnoteRefs.slice(sh.footnoteRefs.from, sh.footnoteRefs.to);
  const notes = shares.notes.slice(sh.notes.from, sh.notes.to);
  const { merged, extras } = mergeMarkup(doc, sentences, range, links, refs, notes, { attributions: found.attributions, bySentence, quotes: found.quotes }, a0, regime);
  // Arrays in the document's numbering holding this block's entries (and the
  // lead-in's, which the block reads from the carry).
  const { attributions, quotes, claims, details } = arena;
  merged.attributions.forEach((a, i) => (attributions[a0 + i] = a));
  merged.quotes.forEach((q, i) => (quotes[q0 + i] = q as FoundQuote));
  const lead = carry.lead;
  if (lead) {
    claims[lead.from] = lead.claim;
    details[lead.from] = lead.detail;
    merged.bySentence[lead.from] = lead.attributions.map((x) => x.index);
    for (const x of lead.attributions) attributions[x.index] = x.attribution;
  }
  const slots = markupSlots({ ...doc, footnoteRefs: refs }, sentences, { ...directives, sourceNotes: notes });
  const ctx = sentenceContext(doc, sentences, slots, links, config, { attributions, bySentence: merged.bySentence, quotes }, { from: q0, to: q0 + merged.quotes.length }, env.genre);
  classifyBlock(ctx, sentences, block, range, { from: q0, to: q0 + merged.quotes.length }, carry, claims, details);
  const entityRefs: number[][] = [];
  const statuses: Record<ClaimStatus, number> = { A: 0, V: 0, U: 0, N: 0 };
  for (let ci = range.from; ci < range.to; ci++) {
    entityRefs.push(claimEntities(ctx, claims, details, ci));
    statuses[claims[ci]!.status]++;
  }
  const findings = RULES.map((rule) => {
    if (config.rules[rule.id] === 'off') return [];
    try {
      return rule.check({ doc, sentences, directives, config, attributions, claims, entities: [], quotes, details, range });
    } catch {
      return null;
    }
  });
  const end = env.text.length;
  return {
    end,
    s0: range.from,
    a0,
    q0,
    tail: findings.some((list) => list?.some((f) => someEdit(f, (start) => start === end))),
    attributions: { value: merged.attributions },
    na: merged.attributions.length,
    quotes: merged.quotes.length,
    claims: { value: claims.slice(range.from, range.to) },
    statuses,
    entityRefs,
    findings: { value: findings },
    extras,
  };
}

/** The log of a block just analysed (see `StateLog`); `pre` holds what it found. */
function stateLog(
  state: DiscourseState,
  carry: ClassifyCarry,
  access: StateAccess,
  pre: { r0: number; e0: number; lastThing: number | undefined; lastGroup: DiscourseState['lastGroup']; spoken: number },
  range: Span,
): StateLog {
  const touched = new Set<number>();
  const keys: [string, unknown][] = [];
  for (const key of access.keys) {
    const tag = key.slice(0, 2);
    const name = key.slice(2);
    if (tag === 'k:') {
      const id = state.byKey.get(name);
      keys.push([key, id]);
    } else if (tag === 'h:') {
      const list = state.byHead.get(name);
      keys.push([key, list && [...list]]);
    } else {
      const v = state.runCache.get(name);
      keys.push([key, v && { ...v }]);
    }
  }
  // The records whose fields it read or changed, and those it made: a record a key it used leads to is not
  // among them (replaying the key's entry writes the id; the record's fields are its writers').
  if (access.records) for (const id of access.records) touched.add(id);
  for (let id = pre.r0; id < state.records.length; id++) touched.add(id);
  if (access.recentMoves) for (const x of access.recentMoves) touched.add(x.id);
  // What the last thing or group was before the block counts only when the block read it (one it replaced unread was not reached).
  const things = [access.lastThing === 'read' ? pre.lastThing : undefined, access.lastThing ? state.lastThing : undefined, access.lastGroup === 'read' ? pre.lastGroup?.record : undefined, access.lastGroup ? state.lastGroup?.record : undefined];
  for (const id of things) if (id !== undefined) touched.add(id);
  const inRange = (list: Span[]): Span[] => {
    const out: Span[] = [];
    for (let i = lowerBound(list.length, (k) => list[k]!.start < range.start); i < list.length && list[i]!.start < range.end; i++) out.push({ start: list[i]!.start, end: list[i]!.end });
    return out;
  };
  const records: NameRecord[] = [];
  const entityIds = new Set<number>();
  for (const id of [...touched].sort((a, b) => a - b)) {
    const r = state.records[id]!;
    records.push({ ...r, first: { ...r.first }, titles: [...r.titles], heads: [...r.heads], mentions: id >= pre.r0 ? r.mentions.map((x) => ({ start: x.start, end: x.end })) : inRange(r.mentions) });
    if (r.entity !== undefined) entityIds.add(r.entity);
  }
  for (let id = pre.e0; id < state.entities.length; id++) entityIds.add(id);
  const entities: SourceEntity[] = [];
  for (const id of [...entityIds].sort((a, b) => a - b)) {
    const e = state.entities[id]!;
    entities.push(id >= pre.e0 ? copyEntity(e) : { ...e, introduced: { ...e.introduced }, mentions: inRange(e.mentions), claims: [] });
  }
  const spoken: string[] = [];
  if (carry.spoken.size > pre.spoken) {
    let i = 0;
    for (const t of carry.spoken) if (i++ >= pre.spoken) spoken.push(t);
  }
  const log: StateLog = { r0: pre.r0, r1: state.records.length, e0: pre.e0, e1: state.entities.length, records, entities, keys, spoken };
  if (access.recentMoves) log.recentMoves = access.recentMoves;
  if (access.lastThing) log.lastThing = { id: state.lastThing };
  if (access.lastGroup) log.lastGroup = { value: state.lastGroup && { ...state.lastGroup } };
  if (carry.lead) log.lead = carry.lead;
  if (carry.poll) log.poll = carry.poll;
  if (carry.named) log.named = carry.named;
  return log;
}

/**
 * A log's record `r` (id `id`, first mention `first`, entity and mentions
 * mapped by `ent` and `at`) written over `t`, the record of that id so far:
 * its fields replaced and the mentions the log added added; or, when there is
 * none, a new record. Returns the record written. Replaying a log into the
 * state and composing logs into one write records alike.
 */
function writeRecord(t: NameRecord | undefined, r: NameRecord, id: number, first: NameRecord['first'], ent: (id: number) => number, at: (x: Span) => Span): NameRecord {
  if (!t) {
    const x: NameRecord = { ...r, id, first, titles: [...r.titles], heads: [...r.heads], mentions: r.mentions.map(at) };
    if (r.entity !== undefined) x.entity = ent(r.entity);
    return x;
  }
  t.name = r.name;
  t.kind = r.kind;
  t.first = first;
  t.titles = [...r.titles];
  t.heads = [...r.heads];
  if (r.gender === undefined) delete t.gender;
  else t.gender = r.gender;
  if (r.entity === undefined) delete t.entity;
  else t.entity = ent(r.entity);
  for (const x of r.mentions) addSpan(t.mentions, at(x));
  return t;
}

/**
 * Applies a block's log to the state and carry before it: a log in this
 * call's numbering, or (`m`) one whose shifts are still pending, shifted as
 * it is copied into the state (not copied once to shift it, then again).
 * Throws when an offset or id does not map.
 */
function replay(state: DiscourseState, carry: ClassifyCarry, log: StateLog, m?: Maps): void {
  const rec = m ? (id: number) => index(id, m.record) : (id: number) => id;
  const ent = m ? (id: number) => index(id, m.entity) : (id: number) => id;
  const at = m ? (x: Span) => bare(x, m) : (x: Span) => ({ start: x.start, end: x.end });
  if (state.records.length !== rec(log.r0) || state.entities.length !== ent(log.e0)) throw new Error('a log that does not fit the state');
  for (const r of log.records) {
    const id = rec(r.id);
    const first = m ? span(r.first, m) : { ...r.first };
    if (id >= state.records.length) {
      if (id !== state.records.length) throw new Error('a record out of order');
      state.records.push(writeRecord(undefined, r, id, first, ent, at));
    } else writeRecord(state.records[id]!, r, id, first, ent, at);
  }
  for (const e of log.entities) {
    const id = ent(e.id);
    if (id >= state.entities.length) {
      if (id !== state.entities.length) throw new Error('an entity out of order');
      state.entities.push({ ...e, id, introduced: at(e.introduced), mentions: e.mentions.map(at), claims: [] });
      continue;
    }
    const t = state.entities[id]!;
    t.name = e.name;
    for (const x of e.mentions) addSpan(t.mentions, at(x));
  }
  for (const [key, value] of log.keys) {
    const tag = key.slice(0, 2);
    const name = key.slice(2);
    const map: Map<string, unknown> = tag === 'k:' ? state.byKey : tag === 'h:' ? state.byHead : state.runCache;
    if (value === undefined) map.delete(name);
    else if (typeof value === 'number') map.set(name, rec(value));
    else if (Array.isArray(value)) map.set(name, value.map(rec));
    else {
      const c = value as { record: number };
      map.set(name, { ...c, record: rec(c.record) });
    }
  }
  if (log.recentMoves) for (const x of log.recentMoves) state.moveToRecent(rec(x.id), x.cap);
  if (log.lastThing) state.lastThing = log.lastThing.id === undefined ? undefined : rec(log.lastThing.id);
  if (log.lastGroup) state.lastGroup = mapGroup(log.lastGroup.value, rec, m);
  for (const t of log.spoken) carry.spoken.add(t);
  writeCarry(carry, log, m);
}

/** The last group of a log, its record renumbered by `rec` and its vague span shifted by `m` (copied when none). */
function mapGroup(g: DiscourseState['lastGroup'], rec: (id: number) => number, m?: Maps): DiscourseState['lastGroup'] {
  return g && { ...(g.record !== undefined ? { record: rec(g.record) } : {}), ...(g.vague ? { vague: m ? span(g.vague, m) : { ...g.vague } } : {}) };
}

/**
 * A log's carry of classification (the lead-in, the poll, whether a source
 * was named) written over `to`, a carry or a composite log: what the log
 * holds replaces what was there, and what it lacks is deleted.
 */
function writeCarry(to: Pick<StateLog, 'lead' | 'poll' | 'named'>, log: StateLog, m?: Maps): void {
  if (log.lead) to.lead = m ? relocateLead(log.lead, m) : log.lead;
  else delete to.lead;
  if (log.poll) to.poll = log.poll;
  else delete to.poll;
  if (log.named) to.named = log.named;
  else delete to.named;
}

/** A block's log, renumbered and shifted. */
function relocateLog(log: StateLog, m: Maps): StateLog {
  const rec = (id: number) => mv(m.record, id);
  const out: StateLog = {
    r0: rec(log.r0),
    r1: rec(log.r1),
    e0: mv(m.entity, log.e0),
    e1: mv(m.entity, log.e1),
    records: log.records.map((r) => {
      const x: NameRecord = { ...r, id: rec(r.id), first: span(r.first, m), mentions: r.mentions.map((y) => bare(y, m)) };
      if (r.entity !== undefined) x.entity = mv(m.entity, r.entity);
      return x;
    }),
    entities: log.entities.map((e) => ({ ...e, id: mv(m.entity, e.id), introduced: bare(e.introduced, m), mentions: e.mentions.map((y) => bare(y, m)), claims: [] })),
    keys: log.keys.map(([key, v]): [string, unknown] => {
      if (v === undefined) return [key, v];
      if (typeof v === 'number') return [key, rec(v)];
      if (Array.isArray(v)) return [key, v.map((id: number) => rec(id))];
      const c = v as { record: number };
      return [key, { ...c, record: rec(c.record) }];
    }),
    spoken: log.spoken,
  };
  if (log.recentMoves) out.recentMoves = log.recentMoves.map((x) => ({ id: rec(x.id), cap: x.cap }));
  if (log.lastThing) out.lastThing = { id: log.lastThing.id === undefined ? undefined : rec(log.lastThing.id) };
  if (log.lastGroup) out.lastGroup = { value: mapGroup(log.lastGroup.value, rec, m) };
  writeCarry(out, log, m);
  return out;
}

/** A lead-in, renumbered and shifted. */
function relocateLead(lead: LeadIn, m: Maps): LeadIn {
  return {
    block: index(lead.block, m.block),
    from: index(lead.from, m.sentence),
    claim: claim(lead.claim, m),
    detail: detail(lead.detail, m),
    attributions: lead.attributions.map((x) => ({ index: index(x.index, m.attribution), attribution: attribution(x.attribution, m) })),
  };
}

/**
 * The analysis from the blocks' results, or undefined when their order is not
 * the document's. Its claims, attributions, entities and findings (with the
 * suppressed count) are assembled when first read (see `lazyAnalysis`): the
 * language server reads the findings on every keystroke, the rest on
 * requests. `fallback` gives the whole-text analysis, for a read that finds
 * an offset a shift cannot map (which the analyzer's own checks rule out).
 */
export function assemble(env: Env, parts: BlockPart[] | Outs, finalEntities: SourceEntity[] | (() => SourceEntity[]), regime: boolean, fallback: () => Analysis): Analysis | undefined {
  // The blocks in order (each moved when first read, when they are the incremental analyzer's).
  const outs = { *[Symbol.iterator](): Generator<BlockPart> {
    for (let i = 0; i < parts.length; i++) yield parts instanceof Outs ? parts.at(i) : parts[i]!;
  } };
  if (regime) {
    // Markup attributions: the blocks' lists must follow each other in document order.
    let last: Attribution | undefined;
    for (const out of outs) {
      const list = force(out.attributions, shiftAttributions);
      const first = list[0];
      if (first && last && !(last.cue.start < first.cue.start || (last.cue.start === first.cue.start && last.cue.end < first.cue.end))) return undefined;
      if (list.length) last = list[list.length - 1];
    }
  }
  let directed: ReturnType<typeof applyDirectives> | undefined;
  const kept = () => {
    if (directed) return directed;
    const findings: Finding[] = [];
    const end = env.text.length;
    const all = [...outs].map((o) => findingsOf(o, end));
    RULES.forEach((rule, r) => {
      if (env.config.rules[rule.id] === 'off') return;
      const lists = all.map((x) => x[r]);
      // A rule that fails on any block has its findings left out, as for a whole document.
      if (lists.some((list) => list === null)) return;
      for (const list of lists) for (const f of list!) findings.push(f);
    });
    return (directed = applyDirectives(findings, env.directives, env.config));
  };
  return lazyAnalysis(
    {
      findings: () => kept().kept,
      sentences: env.sentences,
      claims: () => {
        const claims: Claim[] = [];
        for (const out of outs) for (const c of force(out.claims, shiftClaims)) claims.push(c);
        return claims;
      },
      attributions: () => {
        const attributions: Attribution[] = [];
        for (const out of outs) for (const a of force(out.attributions, shiftAttributions)) attributions.push(a);
        return attributions;
      },
      entities: () => {
        const entities = (typeof finalEntities === 'function' ? finalEntities() : finalEntities).map((e) => ({ ...e, mentions: [...e.mentions], claims: [] as number[] }));
        for (const out of outs) {
          out.entityRefs.forEach((refs, i) => {
            const ci = out.s0 + i;
            for (const e of refs) {
              const entity = entities[e];
              // Claims come in order, so a claim already listed is the last one.
              if (entity && entity.claims[entity.claims.length - 1] !== ci) entity.claims.push(ci);
            }
          });
        }
        return entities;
      },
      configErrors: env.configErrors,
      suppressed: () => kept().suppressed,
    },
    () => {
      if (parts instanceof Outs) return parts.statusCounts();
      // The four fields by name: summing them by key over thousands of
      // paragraphs cost the server about 5 ms per keystroke on 1 MB, by name
      // under a millisecond (lane wire's micro-benchmark, 9,537 paragraphs).
      let A = 0;
      let V = 0;
      let U = 0;
      let N = 0;
      for (const { statuses } of outs) {
        A += statuses.A;
        V += statuses.V;
        U += statuses.U;
        N += statuses.N;
      }
      return { A, V, U, N };
    },
    fallback,
  );
}

/** Where a lazily assembled analysis keeps how to count its claims by status without assembling them. */
const STATUS_COUNTS = Symbol('statusCounts');

/**
 * How many claims of an analysis have each status. For an analysis of the
 * incremental analyzer this is summed from its paragraphs' counts, so the
 * claims are not assembled for it (the language server counts them on every
 * keystroke, for the status bar and the code lens).
 */
export function claimStatusCounts(analysis: Analysis): Record<ClaimStatus, number> {
  const counts = (analysis as { [STATUS_COUNTS]?: () => Record<ClaimStatus, number> })[STATUS_COUNTS];
  if (counts) return counts();
  const by: Record<ClaimStatus, number> = { A: 0, V: 0, U: 0, N: 0 };
  for (const c of analysis.claims) by[c.status]++;
  return by;
}

/** Each field of an analysis, or how to make it. */
type AnalysisParts = { [K in keyof Analysis]: Analysis[K] | (() => Analysis[K]) };

/**
 * An analysis whose fields given as functions are made when first read. They
 * are own, enumerable properties (accessors that turn into plain data on
 * first read, or when written), so the object serialises, spreads, compares
 * deep-equal and is read exactly as a plain one; the fields come in the order
 * `analyze()` gives them. A field whose making throws is taken from
 * `fallback()`, the whole-text analysis.
 */
function lazyAnalysis(parts: AnalysisParts, counts: () => Record<ClaimStatus, number>, fallback: () => Analysis): Analysis {
  const analysis = {} as Analysis;
  const settle = (key: keyof Analysis, value: unknown) => Object.defineProperty(analysis, key, { value, enumerable: true, configurable: true, writable: true });
  for (const key of Object.keys(parts) as (keyof Analysis)[]) {
    const part = parts[key];
    if (typeof part !== 'function') {
      settle(key, part);
      continue;
    }
    Object.defineProperty(analysis, key, {
      enumerable: true,
      configurable: true,
      get() {
        let value: unknown;
        try {
          value = part();
        } catch {
          value = fallback()[key];
        }
        settle(key, value);
        return value;
      },
      set(value: unknown) {
        settle(key, value);
      },
    });
  }
  Object.defineProperty(analysis, STATUS_COUNTS, { value: counts });
  return analysis;
}

function cloneCarry(c: ClassifyCarry): ClassifyCarry {
  return { spoken: new Set(c.spoken), ...(c.lead ? { lead: c.lead } : {}), ...(c.poll ? { poll: c.poll } : {}), ...(c.named ? { named: c.named } : {}) };
}

// ─── Shifting results from the previous call ───────────────────────────────

/**
 * A block's findings, per rule, in the offsets of a text of length `end`:
 * its lazy findings with a fix's edit at the end of the text, where the
 * block has one (`BlockPart.tail`) and the text's length changed since it was
 * last moved (`BlockPart.end`), moved to `end` (copies: the block's own
 * findings stay as they are, for the calls that share the block).
 */
function findingsOf(out: BlockPart, end: number): (Finding[] | null)[] {
  const lists = force(out.findings, shiftFindings);
  return out.tail && out.end !== end ? shiftFindings(lists, tailMaps(out.end, end)) : lists;
}

/**
 * The maps of a block's findings whose fix edits the end of the text (see
 * `findingsOf`): offsets before the old end stay, the old end moves to the
 * new one.
 */
function tailMaps(oldLength: number, newLength: number): Maps {
  return {
    offset: shiftOf([
      [-Infinity, 0],
      [oldLength, newLength - oldLength],
    ]),
    sentence: NO_SHIFT,
    attribution: NO_SHIFT,
    quote: NO_SHIFT,
    block: NO_SHIFT,
    record: NO_SHIFT,
    entity: NO_SHIFT,
  };
}

/**
 * For blocks after the edit: the old block `oi` is the first reused one. The
 * lenient maps shift results; the strict ones compare states, and refuse any
 * offset at or inside the edit (it could belong on either side of it).
 */
function suffixMaps(
  old: Pick<Memo, 'env' | 'outs'>,
  oi: number,
  k: number,
  edit: { start: number; oldEnd: number; delta: number },
  dB: number,
  dS: number,
  a0: number,
  q0: number,
): { lenient: Maps; strict: Maps } {
  const o = old.env;
  const on = old.outs.length;
  const firstOld = k < on ? old.outs.at(k) : undefined;
  const resumeOld = oi < on ? old.outs.at(oi) : undefined;
  // Blocks number their attributions and quotations one after the other: the last block's end is the count.
  const last = on > 0 ? old.outs.at(on - 1) : undefined;
  const oldA = last ? last.a0 + last.na : 0;
  const oldQ = last ? last.q0 + last.quotes : 0;
  const sFrom = firstOld?.s0 ?? o.sentences.length;
  const sTo = resumeOld?.s0 ?? o.sentences.length;
  const aFrom = firstOld?.a0 ?? oldA;
  const aTo = resumeOld?.a0 ?? oldA;
  const qFrom = firstOld?.q0 ?? oldQ;
  const qTo = resumeOld?.q0 ?? oldQ;
  const base = {
    sentence: indexShift(sFrom, sTo, dS),
    attribution: indexShift(aFrom, aTo, a0 - aTo),
    quote: indexShift(qFrom, qTo, q0 - qTo),
    block: indexShift(k, oi, dB),
    record: NO_SHIFT,
    entity: NO_SHIFT,
  };
  // Offsets are integers: those after the edit's end are those from one past it.
  return {
    lenient: { ...base, offset: indexShift(edit.start, edit.oldEnd, edit.delta) },
    strict: { ...base, offset: indexShift(edit.start, edit.oldEnd + 1, edit.delta) },
  };
}

/** A span, shifted; throws when an offset does not map (the caller then analyses everything). */
function span<T extends Span>(x: T, m: Maps): T {
  const start = mv(m.offset, x.start);
  const end = mv(m.offset, x.end);
  if (Number.isNaN(start) || Number.isNaN(end)) throw new Error('offset inside the edit');
  return { ...x, start, end };
}

/** An offset, shifted; throws when it does not map. */
function offset(x: number, m: Maps): number {
  const y = mv(m.offset, x);
  if (Number.isNaN(y)) throw new Error('offset inside the edit');
  return y;
}

/** A plain span, shifted (no other fields: the commonest case, kept cheap). */
function bare(x: Span, m: Maps): Span {
  const start = mv(m.offset, x.start);
  const end = mv(m.offset, x.end);
  if (Number.isNaN(start) || Number.isNaN(end)) throw new Error('offset inside the edit');
  return { start, end };
}

/** A text edit, shifted. */
function textEdit(e: TextEdit, m: Maps): TextEdit {
  const start = mv(m.offset, e.start);
  const end = mv(m.offset, e.end);
  if (Number.isNaN(start) || Number.isNaN(end)) throw new Error('offset inside the edit');
  return { start, end, newText: e.newText };
}

/** An index or id, mapped; throws when it does not map. */
function index(i: number, f: Shift): number {
  const r = mv(f, i);
  if (Number.isNaN(r)) throw new Error('index inside the edit');
  return r;
}

function mention(x: SourceMention, m: Maps): SourceMention {
  const out = span(x, m);
  if (x.antecedent) out.antecedent = span(x.antecedent, m);
  if (x.entity !== undefined) out.entity = index(x.entity, m.entity);
  return out;
}

function attribution(a: Attribution, m: Maps): Attribution {
  const out: FoundAttribution = { ...a, sentence: index(a.sentence, m.sentence), cue: span(a.cue, m) };
  if (a.source) out.source = mention(a.source, m);
  const citer = (a as FoundAttribution).citer;
  if (citer) out.citer = mention(citer, m);
  return out;
}

function claim(c: Claim, m: Maps): Claim {
  const out: Claim = { ...c, start: offset(c.start, m), end: offset(c.end, m), sentence: index(c.sentence, m.sentence) };
  if (c.source) out.source = mention(c.source, m);
  if (c.cue) out.cue = span(c.cue, m);
  if (c.attribution !== undefined) out.attribution = index(c.attribution, m.attribution);
  return out;
}

function detail(d: ClaimDetail, m: Maps): ClaimDetail {
  const out: ClaimDetail = { ...d, vague: d.vague.map((i) => index(i, m.attribution)), placeholders: d.placeholders.map((p) => span(p, m)) };
  if (d.clause) out.clause = span(d.clause, m);
  if (d.speakerlessQuote !== undefined) out.speakerlessQuote = index(d.speakerlessQuote, m.quote);
  if (d.quotedFrom !== undefined) out.quotedFrom = index(d.quotedFrom, m.sentence);
  return out;
}

function finding(f: Finding, m: Maps): Finding {
  // What does not move is kept (before the edit, only a fix's edit at the end of the text moves).
  return movedFinding(f, offset(f.start, m), offset(f.end, m), index(f.claim, m.sentence), (e) => (isFileDisable(e.start, e.end, e.newText) ? undefined : textEdit(e, m)));
}

/**
 * True for the edit of an "Ignore … in this file" fix: it goes at the top of
 * the draft (after any front matter), wherever the finding is, and the
 * document key guarantees that place did not change.
 */
function isFileDisable(start: number, end: number, newText: string): boolean {
  return start === end && newText.startsWith('<!-- sourcetrace-disable-file ');
}

/**
 * One log that does what the logs of `outs[from]` to `outs[to - 1]` do when
 * replayed one after the other, in this call's numbering (each shifted by its
 * pending maps as it is read): for each record and entity, the fields the
 * last of them left and the mentions all of them added; for each map entry,
 * the last value; the moves in the list of recent persons one after the
 * other; the last thing, group and carry the last of them left. A block that
 * starts a kept run contributes that run's composite instead of its blocks'
 * logs. Throws when an offset or id does not map (as `replay` does).
 */
function composeLogs(outs: Outs, from: number, to: number): StateLog {
  const records = new Map<number, NameRecord>();
  const entities = new Map<number, SourceEntity>();
  const keys = new Map<string, unknown>();
  const out: StateLog = { r0: 0, r1: 0, e0: 0, e1: 0, records: [], entities: [], keys: [], spoken: [] };
  const recentMoves: { id: number; cap: boolean }[] = [];
  for (let i = from; i < to; ) {
    const kept = outs.runs.get(i);
    const run = kept && i + kept.len <= to ? kept : undefined;
    const { value: log, pending: m } = run ? run.log : outs.logAt(i);
    const rec = m ? (id: number) => index(id, m.record) : (id: number) => id;
    const ent = m ? (id: number) => index(id, m.entity) : (id: number) => id;
    const at = m ? (x: Span) => bare(x, m) : (x: Span) => ({ start: x.start, end: x.end });
    if (i === from) {
      out.r0 = rec(log.r0);
      out.e0 = ent(log.e0);
    }
    i += run ? run.len : 1;
    out.r1 = rec(log.r1);
    out.e1 = ent(log.e1);
    for (const r of log.records) {
      const id = rec(r.id);
      const first = m ? span(r.first, m) : { ...r.first };
      const t = records.get(id);
      if (t) writeRecord(t, r, id, first, ent, at);
      else records.set(id, writeRecord(undefined, r, id, first, ent, at));
    }
    for (const e of log.entities) {
      const id = ent(e.id);
      const t = entities.get(id);
      if (!t) {
        entities.set(id, { ...e, id, introduced: at(e.introduced), mentions: e.mentions.map(at), claims: [] });
        continue;
      }
      t.name = e.name;
      for (const x of e.mentions) addSpan(t.mentions, at(x));
    }
    for (const [key, value] of log.keys) {
      if (value === undefined || !m) keys.set(key, value);
      else if (typeof value === 'number') keys.set(key, rec(value));
      else if (Array.isArray(value)) keys.set(key, value.map(rec));
      else {
        const c = value as { record: number };
        keys.set(key, { ...c, record: rec(c.record) });
      }
    }
    if (log.recentMoves) for (const x of log.recentMoves) recentMoves.push({ id: rec(x.id), cap: x.cap });
    if (log.lastThing) out.lastThing = { id: log.lastThing.id === undefined ? undefined : rec(log.lastThing.id) };
    if (log.lastGroup) out.lastGroup = { value: mapGroup(log.lastGroup.value, rec, m) };
    for (const t of log.spoken) out.spoken.push(t);
    writeCarry(out, log, m);
  }
  // Records and entities in id order: those made by the run are then pushed in order when replayed.
  out.records = [...records.values()].sort((a, b) => a.id - b.id);
  out.entities = [...entities.values()].sort((a, b) => a.id - b.id);
  out.keys = [...keys];
  if (recentMoves.length) out.recentMoves = recentMoves;
  return out;
}

function relocateOut(out: BlockOut, m: Maps): BlockOut {
  return {
    s0: index(out.s0, m.sentence),
    a0: index(out.a0, m.attribution),
    q0: index(out.q0, m.quote),
    attributions: defer(out.attributions, m, shiftAttributions),
    na: out.na,
    quotes: out.quotes,
    claims: defer(out.claims, m, shiftClaims),
    statuses: out.statuses,
    entityRefs: m.entity === NO_SHIFT ? out.entityRefs : out.entityRefs.map((refs) => refs.map((e) => index(e, m.entity))),
    findings: defer(out.findings, m, shiftFindings),
    extras: out.extras,
    tail: out.tail,
    end: offset(out.end, m),
    access: m.record !== NO_SHIFT && (out.access.records || out.access.recentMoves) ? relocateAccess(out.access, m.record) : out.access,
    quoted: out.quoted,
    log: defer(out.log, m, relocateLog),
  };
}

/** What a block read and moved, its record ids renumbered (the keys and the rest hold none). */
function relocateAccess(a: StateAccess, record: Shift): StateAccess {
  const out: StateAccess = { ...a };
  if (a.records) out.records = new Set([...a.records].map((id) => mv(record, id)));
  if (a.recentMoves) out.recentMoves = a.recentMoves.map((x) => ({ id: mv(record, x.id), cap: x.cap }));
  return out;
}

function relocateEntity(e: SourceEntity, m: Maps): SourceEntity {
  return { ...e, id: index(e.id, m.entity), introduced: bare(e.introduced, m), mentions: e.mentions.map((x) => bare(x, m)), claims: [] };
}

/**
 * A call's final source entities, made when first read (`entitiesOf`): an
 * earlier call's list, made, with the maps of the calls since pending (their
 * `entity` maps take its ids to this call's), but where `own` gives an
 * entity in this call's terms (by this call's id). Typing moves every source
 * entity after the cursor on every keystroke (on 1 MB, 943 entities with
 * 14,786 mentions), and the server reads none of them on a keystroke.
 */
interface Finals {
  list: Lazy<SourceEntity[]>;
  own: Map<number, SourceEntity>;
  length: number;
}

/** Final entities given as they are. */
function finalsOf(list: SourceEntity[]): Finals {
  return { list: { value: list }, own: new Map(), length: list.length };
}

/** The entities of `f`, made once (`f` then holds them as they are). Throws when an offset does not map. */
function entitiesOf(f: Finals): SourceEntity[] {
  const m = f.list.pending;
  if (!m && f.own.size === 0) return f.list.value;
  const out = new Array<SourceEntity>(f.length);
  f.list.value.forEach((e, id) => {
    const to = m ? mv(m.entity, id) : id;
    if (!Number.isNaN(to) && !f.own.has(to)) out[to] = m ? relocateEntity(e, m) : e;
  });
  for (const [to, e] of f.own) out[to] = e;
  for (let id = 0; id < out.length; id++) if (!out[id]) throw new Error('an entity without its counterpart');
  f.list = { value: out };
  f.own = new Map();
  return out;
}

/** Whether a sorted list of spans (offsets `off` pending) has a start in `[from, to)` (true for one that maps nowhere there). */
function startsIn(list: readonly Span[], off: Shift | undefined, from: number, to: number): boolean {
  const at = (k: number) => (off ? mv(off, list[k]!.start) : list[k]!.start);
  const p = lowerBound(list.length, (k) => at(k) < from);
  if (p >= list.length) return false;
  const x = at(p);
  return !(x >= to);
}

/**
 * The final entities when every block after a boundary is reused without
 * replaying its log (the first unchanged block after the edit, or a block
 * after the last one `selective` analysed again): those the new state has at
 * the boundary in their own form when they may differ from the previous
 * call's there (`dirty`, new ids: no later block touched them, else that
 * block would not be reused); the others in the previous call's final form,
 * with the mentions the changed blocks (`region`) made taken from the new
 * state; and those later blocks made, renumbered. `oldAtBoundary` is the
 * previous call's entity count at the boundary. Only those taken from the
 * new state or with mentions in the region are made now; the others wait,
 * moved, in the list (`Finals`), checked to have a place each.
 */
function finalEntities(old: Finals, oldAtBoundary: number, atBoundary: SourceEntity[], dirty: ReadonlySet<number>, region: Region, m: Maps): Finals {
  const length = atBoundary.length + old.length - oldAtBoundary;
  // A long composition of maps: the previous call's entities made first.
  if (old.list.pending && thenMaps(old.list.pending, m).offset.at.length > MAX_RANGES) old = finalsOf(entitiesOf(old));
  const p = old.list.pending;
  const list: Lazy<SourceEntity[]> = { value: old.list.value, pending: p ? thenMaps(p, m) : m };
  const own = new Map<number, SourceEntity>();
  const placed = new Uint8Array(length);
  const put = (to: number) => {
    if (to >= length || placed[to]) throw new Error('an entity out of place');
    placed[to] = 1;
  };
  for (const id of dirty)
    if (id < atBoundary.length) {
      own.set(id, copyEntity(atBoundary[id]!));
      put(id);
    }
  // The previous call's entity `id` (`e()`, in its terms; `off` maps the offsets of `list` to them), when it is not dropped or taken from the new state.
  const place = (id: number, list: readonly Span[], introduced: Span, off: Shift | undefined, e: () => SourceEntity, waits: boolean) => {
    const to = mv(m.entity, id);
    if (Number.isNaN(to) || dirty.has(to)) return;
    put(to);
    const now = atBoundary[to];
    // Made by a later block, from a record the same in every field; or with no mention the changed blocks made.
    if (id >= oldAtBoundary || !now || (!startsIn(list, off, region.start, region.oldEnd) && !startsIn([introduced], off, region.start, region.oldEnd) && !startsIn(now.mentions, undefined, region.start, region.newEnd))) {
      if (!waits) own.set(to, relocateEntity(e(), m));
      return;
    }
    const was = e();
    const mentions = was.mentions.filter((x) => x.start < region.start).map((x) => ({ start: x.start, end: x.end }));
    for (const x of now.mentions) if (x.start >= region.start && x.start < region.newEnd) mentions.push({ start: x.start, end: x.end });
    for (const x of was.mentions) if (x.start >= region.oldEnd) mentions.push(bare(x, m));
    own.set(to, { ...was, id: to, introduced: bare(was.introduced, m), mentions, claims: [] });
  };
  old.list.value.forEach((e, bid) => {
    const id = p ? mv(p.entity, bid) : bid;
    if (Number.isNaN(id) || old.own.has(id)) return;
    place(id, e.mentions, e.introduced, p?.offset, () => (p ? relocateEntity(e, p) : e), true);
  });
  for (const [id, e] of old.own) place(id, e.mentions, e.introduced, undefined, () => e, false);
  for (let to = 0; to < length; to++) if (!placed[to]) throw new Error('an entity without its counterpart');
  return { list, own, length };
}

// ─── Comparing what blocks carry ───────────────────────────────────────────

/** The fields of classification's carry that a block's log holds and `cloneCarry` and `sameCarry` know. */
export const CARRY_FIELDS = ['spoken', 'lead', 'poll', 'named'];

/** The fields of `DiscourseState` whose meaning `stateDifference` knows. */
export const STATE_FIELDS = ['access', 'records', 'entities', 'byKey', 'byHead', 'runCache', 'recentList', 'lastThingId', 'lastGroupValue'];

/** Where two discourse states differ, in the terms later blocks' reads are noted in (see `StateAccess`). */
interface StateDifference {
  /** Map keys (tagged as in `StateAccess.keys`) whose entries differ (the ids they hold, paired). */
  keys: Set<string>;
  /** The lists of recent persons: the new state's (new ids) and the previous call's (old ids). */
  recent: { now: readonly number[]; was: readonly number[] };
  lastThing: boolean;
  lastGroup: boolean;
  /** Entities (new ids) that differ or have no counterpart: their final form is the new state's. */
  entities: Set<number>;
  /** The new id of each old entity, NaN for one without a counterpart (those later blocks make come in the same order). */
  entityOf: Shift;
  /**
   * Records (old ids) that correspond to a new record whose fields differ:
   * a block that read one of them is affected (`StateAccess.records`).
   */
  records: Set<number>;
  /** The new id of each old record at the boundary, NaN for one without a counterpart. */
  recordOf: Shift;
}

/**
 * How the new state `n` at a block boundary differs from the previous call's
 * `o` there (offsets mapped), or undefined when later blocks cannot be reused
 * whatever they read (a state this code does not know field by field, and
 * not equal). `before` is the state before the changed blocks. Records and
 * entities correspond: those made before the changed blocks by id, those the
 * changed blocks made by aligning the lists, and those later blocks make in
 * order. Entity ids reach the results, and later blocks' results are
 * renumbered through the correspondence; record ids do not. A key whose
 * entry holds an id without a counterpart differs; one leading to a record
 * whose fields differ does not (the blocks that read those fields noted the
 * record, `StateAccess.records`).
 */
function stateDifference(n: DiscourseState, o: DiscourseState, before: Counts, region: Region, m: Maps, touched: Touched): StateDifference | undefined {
  const fields = Object.keys(n);
  if (fields.length !== STATE_FIELDS.length || !STATE_FIELDS.every((f) => fields.includes(f))) {
    // A state this code does not know field by field: only exact equality is safe.
    return sameValue({ ...n, access: undefined }, { ...o, access: undefined }, m.offset)
      ? { keys: new Set(), recent: { now: n.recentIds, was: o.recentIds }, lastThing: false, lastGroup: false, entities: new Set(), entityOf: NO_SHIFT, records: new Set(), recordOf: NO_SHIFT }
      : undefined;
  }
  // Which old entity each new one is, as for records below: by id those made
  // before the changed blocks, by aligning the lists those the changed blocks
  // made. A pair whose fields differ still corresponds (the ids in later
  // blocks' results are renumbered through it) but is dirty.
  const e0 = before.entities;
  // Mentions the changed blocks made may differ: the final entities take them from the new state.
  const sameMentions = (a: Span[], b: Span[]) => sameValue(outside(a, region.start, region.newEnd), outside(b, region.start, region.oldEnd), m.offset);
  const sameEntity = (a: SourceEntity | undefined, b: SourceEntity | undefined) =>
    a !== undefined && b !== undefined && sameValue({ ...a, id: 0, mentions: undefined }, { ...b, id: 0, mentions: undefined }, m.offset) && sameMentions(a.mentions, b.mentions);
  const eNew = new Map<number, number>();
  const dirtyEntities = new Set<number>(n.entities.keys());
  const pairEntity = (oldId: number, newId: number) => {
    eNew.set(oldId, newId);
    // One the changed blocks did not touch in either call is as it was before them in both.
    if ((newId === oldId && newId < e0 && !touched.entities.has(newId)) || sameEntity(n.entities[newId], o.entities[oldId])) dirtyEntities.delete(newId);
  };
  align(e0, n.entities, o.entities, sameEntity, pairEntity);
  const oE = o.entities.length;
  const nE = n.entities.length;
  const entityOf = tableShift(eNew, oE, nE);
  // Which old record each new one is: the shared ones (made before the changed
  // blocks) by id; those the changed blocks made by aligning the two lists,
  // since one more name typed shifts the ids after it. A pair whose fields
  // differ still corresponds (ids in the list of recent persons are compared
  // through it), but is dirty: a key leading to it differs, and a pronoun
  // search that looks at it is affected.
  //
  // Two degrees of sameness. A record the same in every field (`exact`) can
  // be reached any way. One whose mentions differ only where the changed
  // blocks made them (`same`) can be reached by its keys: no block reads a
  // record's mentions through them, and the final entities take those
  // mentions from the new state. Only a source's record qualifies: a record
  // that becomes a source later has its mentions copied into its entity then.
  const sameFields = (a: NameRecord, b: NameRecord) =>
    sameValue({ ...a, id: 0, entity: undefined, mentions: undefined }, { ...b, id: 0, entity: undefined, mentions: undefined }, m.offset) &&
    (a.entity === undefined ? b.entity === undefined : b.entity !== undefined && mv(entityOf, b.entity) === a.entity && !dirtyEntities.has(a.entity));
  const exact = (a: NameRecord | undefined, b: NameRecord | undefined) => a !== undefined && b !== undefined && sameFields(a, b) && sameValue(a.mentions, b.mentions, m.offset);
  const same = (a: NameRecord | undefined, b: NameRecord | undefined) =>
    a !== undefined && b !== undefined && sameFields(a, b) && (a.entity === undefined ? sameValue(a.mentions, b.mentions, m.offset) : sameMentions(a.mentions, b.mentions));
  const newOf = new Map<number, number>();
  const dirty = new Set<number>();
  const inexact = new Set<number>();
  const r0 = before.records;
  const pair = (oldId: number, newId: number) => {
    newOf.set(oldId, newId);
    if (newId === oldId && newId < r0 && !touched.records.has(newId)) return;
    const a = n.records[newId];
    const b = o.records[oldId];
    if (!same(a, b)) dirty.add(oldId);
    else if (!exact(a, b)) inexact.add(oldId);
  };
  align(r0, n.records, o.records, same, pair);
  const keys = new Set<string>();
  // A map entry holds ids: the same when they correspond. A block that goes on to a record's fields reads the
  // record (`StateAccess.records`), which is then compared as such.
  const pairedId = (a: number | undefined, b: number | undefined) => (a === undefined ? b === undefined : b !== undefined && newOf.get(b) === a);
  // The last thing or group leads to a record whose fields the block reads: clean pairs only.
  const sameId = (a: number | undefined, b: number | undefined) => pairedId(a, b) && (b === undefined || !dirty.has(b));
  // The last thing is also read for its latest mention ("the report" near the body that published it).
  const exactId = (a: number | undefined, b: number | undefined) => sameId(a, b) && (b === undefined || !inexact.has(b));
  // An entry the changed blocks did not use in either call has the same value in both (ids made before them,
  // the same in both). Only the entries the changed blocks used are compared (the maps hold every name of the draft).
  const compareMaps = <V>(tag: string, nm: Map<string, V>, om: Map<string, V>, same: (a: V, b: V) => boolean) => {
    for (const tagged of touched.keys) {
      if (!tagged.startsWith(tag)) continue;
      const value = nm.get(tagged.slice(tag.length));
      const other = om.get(tagged.slice(tag.length));
      if (value === undefined ? other !== undefined : other === undefined || !same(value, other)) keys.add(tagged);
    }
  };
  compareMaps('k:', n.byKey, o.byKey, pairedId);
  compareMaps('h:', n.byHead, o.byHead, (a, b) => a.length === b.length && a.every((id, i) => pairedId(id, b[i])));
  compareMaps('c:', n.runCache, o.runCache, (a, b) => pairedId(a.record, b.record) && a.from === b.from && a.to === b.to && a.recent === b.recent);
  const ng = n.lastGroup;
  const og = o.lastGroup;
  const oR = o.records.length;
  const nR = n.records.length;
  return {
    keys,
    entities: dirtyEntities,
    entityOf,
    records: dirty,
    // Records later blocks make come in the same order in both calls.
    recordOf: tableShift(newOf, oR, nR),
    recent: { now: n.recentIds, was: o.recentIds },
    lastThing: !exactId(n.lastThing, o.lastThing),
    lastGroup: !(ng === undefined ? og === undefined : og !== undefined && sameId(ng.record, og.record) && sameValue(ng.vague, og.vague, m.offset)),
  };
}

/** How many records and entities a discourse state holds (before the changed blocks, for `stateDifference`). */
interface Counts {
  records: number;
  entities: number;
}

/** What the changed blocks may have changed in the discourse state, in either call: record and entity ids, tagged map keys. */
interface Touched {
  records: Set<number>;
  entities: Set<number>;
  keys: Set<string>;
}

/** What the blocks `from` to `to` of `outs` and `oFrom` to `oTo` of `o` may have changed (their logs and what they used). */
function touchedBy(outs: Outs, from: number, to: number, o: Outs, oFrom: number, oTo: number): Touched {
  const t: Touched = { records: new Set(), entities: new Set(), keys: new Set() };
  for (let i = from; i < to; i++) addTouched(t, outs.at(i));
  for (let i = oFrom; i < oTo; i++) addTouched(t, o.at(i));
  return t;
}

/** Adds what one block's log made and what it read to `t`. */
function addTouched(t: Touched, out: BlockOut): void {
  const log = logOf(out);
  for (const r of log.records) t.records.add(r.id);
  for (const e of log.entities) t.entities.add(e.id);
  for (const key of out.access.keys) t.keys.add(key);
}

/** Where the changed blocks lie: from `start` to `oldEnd` in the old text, to `newEnd` in the new one. */
interface Region {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * Where blocks `k` to `clean` (new) and `k` to `oi` (old) lie. They start
 * where the earlier of the two texts' block `k` does: the text before it is
 * the same in both, and text inserted before a block (a blank line typed at
 * the start of the draft) moves block `k` in the new text only, so that a
 * mention at the old block's start would lie before the new one's and be
 * kept as unchanged.
 */
function changedRegion(env: Env, o: Env, k: number, oi: number, clean: number): Region {
  const start = Math.min(env.doc.blocks[k]!.start, o.doc.blocks[Math.min(k, oi)]!.start);
  return { start, oldEnd: o.doc.blocks[oi]!.start, newEnd: env.doc.blocks[clean]!.start };
}

/** The spans of a sorted list outside `[from, to)`. */
function outside(list: Span[], from: number, to: number): Span[] {
  if (!list.some((x) => x.start >= from && x.start < to)) return list;
  return list.filter((x) => x.start < from || x.start >= to);
}

/**
 * Pairs the items of a new and an old list: the first `shared` by position
 * (made before the changed blocks, so both lists have them), the rest by
 * aligning equal items, one missing or extra item at a time, and pairing
 * unequal ones that stand in the same place.
 */
function align<T>(shared: number, nl: readonly T[], ol: readonly T[], same: (a: T | undefined, b: T | undefined) => boolean, pair: (oldId: number, newId: number) => void): void {
  for (let id = 0; id < shared && id < nl.length && id < ol.length; id++) pair(id, id);
  for (let i = shared, j = shared; i < nl.length && j < ol.length; ) {
    if (same(nl[i], ol[j])) pair(j++, i++);
    else if (same(nl[i + 1], ol[j])) i++;
    else if (same(nl[i], ol[j + 1])) j++;
    else pair(j++, i++);
  }
}

/**
 * True when the last `depth` entries of the new list of recent persons `now`
 * are those of the previous call's `was`, renumbered by `recordOf` (with
 * `Infinity`, the whole lists): what a block that read `depth` entries of the
 * list (`StateAccess.recentDepth`) depends on. An id without a counterpart
 * (NaN) never matches.
 */
function sameRecent(now: readonly number[], was: readonly number[], depth: number, recordOf: Shift): boolean {
  if (depth === 0) return true;
  const d = Math.min(depth, Math.max(now.length, was.length));
  const m = Math.min(d, now.length);
  if (m !== Math.min(d, was.length)) return false;
  for (let i = 1; i <= m; i++) if (mv(recordOf, was[was.length - i]!) !== now[now.length - i]) return false;
  return true;
}

function copyEntity(e: SourceEntity): SourceEntity {
  return { ...e, introduced: { ...e.introduced }, mentions: e.mentions.map((x) => ({ start: x.start, end: x.end })), claims: [] };
}

/** True when `n` equals `o` with the offsets in `o`'s `start` and `end` fields mapped; undefined fields count as absent. */
function sameValue(n: unknown, o: unknown, offset: Shift): boolean {
  if (n === o && (typeof n !== 'object' || n === null)) return true;
  if (typeof n !== 'object' || typeof o !== 'object' || n === null || o === null) return false;
  if (Array.isArray(n)) {
    if (!Array.isArray(o) || n.length !== o.length) return false;
    for (let i = 0; i < n.length; i++) if (!sameValue(n[i], o[i], offset)) return false;
    return true;
  }
  if (n instanceof Map) {
    if (!(o instanceof Map) || n.size !== o.size) return false;
    for (const [key, value] of n) if (!o.has(key) || !sameValue(value, o.get(key), offset)) return false;
    return true;
  }
  if (n instanceof Set) {
    if (!(o instanceof Set) || n.size !== o.size) return false;
    for (const value of n) if (!o.has(value)) return false;
    return true;
  }
  const nk = Object.keys(n).filter((key) => (n as Record<string, unknown>)[key] !== undefined);
  const ok = Object.keys(o).filter((key) => (o as Record<string, unknown>)[key] !== undefined);
  if (nk.length !== ok.length) return false;
  for (const key of nk) {
    const nv = (n as Record<string, unknown>)[key];
    const ov = (o as Record<string, unknown>)[key];
    if ((key === 'start' || key === 'end') && typeof nv === 'number' && typeof ov === 'number') {
      if (mv(offset, ov) !== nv) return false;
    } else if (!sameValue(nv, ov, offset)) return false;
  }
  return true;
}

/**
 * Where classification's carry `n` differs from `o` (`o`'s offsets and
 * indexes mapped): the texts one carry's spoken quotations hold and the
 * other's do not, which only a block that notes one of them reads
 * (`BlockOut.quoted`); undefined when anything else differs (the lead-in, the
 * poll, the named source), which the next block reads whatever it is.
 */
function carryDifference(n: ClassifyCarry, o: ClassifyCarry, m: Maps): Set<string> | undefined {
  if (n.poll !== o.poll || n.named !== o.named) return undefined;
  if (n.lead || o.lead) {
    if (!n.lead || !o.lead) return undefined;
    try {
      if (!sameValue(n.lead, relocateLead(o.lead, m), NO_SHIFT)) return undefined;
    } catch {
      return undefined;
    }
  }
  const spoken = new Set<string>();
  for (const t of n.spoken) if (!o.spoken.has(t)) spoken.add(t);
  for (const t of o.spoken) if (!n.spoken.has(t)) spoken.add(t);
  return spoken;
}

/**
 * Follows the texts in which the two calls' spoken quotations differ
 * (`spoken`, changed in place) over a block analysed again: `now` the texts
 * its analysis added to `after` (the new carry after it), `was` those its
 * previous analysis added. A text neither added is in both sets or in
 * neither as before; one either added is in the new set when `after` has it
 * and in the old when it was there before the block or the old analysis
 * added it.
 */
function followSpoken(spoken: Set<string>, after: ReadonlySet<string>, now: readonly string[], was: readonly string[]): void {
  if (!now.length && !was.length) return;
  const added = new Set(now);
  const addedBefore = new Set(was);
  for (const t of new Set([...now, ...was])) {
    const inNew = after.has(t);
    // Before the block: in the new set unless this analysis added it; in the old one when exactly one of them held it.
    const inOld = (inNew && !added.has(t)) !== spoken.has(t) || addedBefore.has(t);
    if (inNew !== inOld) spoken.add(t);
    else spoken.delete(t);
  }
}

// ─── The findings of a call as runs of the previous call's (`findingRuns`) ──

/**
 * A run of an analysis's findings, in their order (see {@link findingRuns}):
 * either `count` findings that are the previous analysis's from index `from`
 * on, moved, or findings made afresh.
 *
 * A moved finding is the previous one with every offset (its start and end,
 * its fix edits') moved by `delta`, a fix edit at the end of the previous
 * text moved to the end of this one, an "in this file" suppression fix's edit
 * at the top of the draft left where it is, and its `claim` moved by
 * `claimDelta`: nothing else differs. Every other offset of the run (fix
 * edits at the end of the text and at the top aside) lies in `[start, end]`,
 * in this text, and either wholly before the edit (`edit.start`) or wholly
 * after it (from `edit.newEnd`): text that did not change.
 */
export type FindingRun = { from: number; count: number; delta: number; claimDelta: number; start: number; end: number } | { findings: Finding[] };

/** An analysis's findings as runs of the previous call's, and how many there are. */
export interface FindingRuns {
  /** The previous call's analysis, whose `findings` the moved runs index. */
  previous: Analysis;
  /** The edit from the previous text to this one: `[start, oldEnd)` became `[start, newEnd)`. */
  edit: { start: number; oldEnd: number; newEnd: number; delta: number };
  /** In the order of `analysis.findings`; adjacent runs of one kind are merged where they can be. */
  runs: FindingRun[];
  /** How many findings the runs hold: `analysis.findings.length`. */
  count: number;
}

/**
 * For an analysis of the incremental analyzer: its findings as runs of the
 * previous call's findings (moved, when they come from a paragraph the edit
 * did not touch) and new ones, without making or reading the moved ones.
 * What a keystroke changes is then known without walking thousands of
 * findings (the language server copies the moved ones' diagnostics).
 *
 * Undefined after a whole analysis (the first call, a change of settings,
 * front matter or anything else in the document key), after a change of
 * the suppression comments' regions, when the previous analysis is no longer
 * held anywhere, and for an analysis not made by the incremental analyzer:
 * read `analysis.findings` then. The runs, resolved against
 * `previous.findings`, are `analysis.findings` (test/engine/incremental.runs.test.ts).
 */
export function findingRuns(analysis: Analysis): FindingRuns | undefined {
  return (analysis as { [RUNS]?: () => RunsOf })[RUNS]?.().runs;
}

/**
 * How many findings an analysis has: `analysis.findings.length`, without
 * making them when the analysis is the incremental analyzer's (summed from
 * its paragraphs' counts).
 */
export function findingCount(analysis: Analysis): number {
  const of = (analysis as { [RUNS]?: () => RunsOf })[RUNS];
  const count = of?.().count;
  return count ?? analysis.findings.length;
}

/** Where an analysis of the incremental analyzer keeps how to make its runs and count. */
const RUNS = Symbol('findingRuns');

/** What `RUNS` gives: the runs when there are any, the count when it is known without the findings. */
interface RunsOf {
  runs?: FindingRuns;
  count?: number;
}

/** A block's flag in a `Track`: it has findings, or a rule failed on it (most blocks have neither: they are skipped). */
const ANY = 1;
/** A block's flag in a `Track`: every finding's claim is one of the block's sentences. */
const LOCAL = 2;

/**
 * Per call: what the runs need of each block's findings, in typed arrays
 * indexed by block (so that a keystroke copies the unchanged stretches before
 * and after the edit in bulk instead of visiting every block's results), and
 * where each block came from.
 */
interface Track {
  /** Per block: `ANY` and `LOCAL`. */
  flags: Uint8Array;
  /**
   * Per block: the least and greatest offset of its findings in this call's
   * text (starts, ends, fix edits but those at the end of the text or the
   * file-disable fix's); Infinity and -Infinity when there are none.
   */
  lo: Float64Array;
  hi: Float64Array;
  /** Per block and rule of `RULES`, at `b * RULES.length + r`: how many of its findings `applyDirectives` keeps; -1 when the rule failed on the block. */
  kept: Int32Array;
  /**
   * Per block: the previous call's block it is, moved as a whole (-1:
   * analysed afresh, or moved in a way a run cannot say); absent after a
   * whole analysis.
   */
  origin?: Int32Array;
  /** Per block with an origin: how far its sentence (and claim) indexes moved. */
  claimShift?: Int32Array;
  /** Per rule: how many findings the blocks keep, and on how many blocks it failed (made with the runs, or when first needed). */
  totals?: { kept: Int32Array; failed: Int32Array };
}

/**
 * How `update` made a call's blocks from the previous call's: every block
 * before `prefix` is the previous call's block at the same index; every block
 * analysed again is in `ran` (see `Arena.ran`); every other block is the
 * previous call's block `dB` places before it (`dB` the change in the number
 * of blocks), moved by the edit's delta with its sentences by the change in
 * their number.
 */
interface Moves {
  prefix: number;
  ran: readonly number[];
}

/**
 * The findings of this call's blocks as the runs need them. After `update`
 * (with the previous call's memo and how this call's blocks came from it,
 * `moves`), a block that is one of the previous call's, moved by the edit as a
 * whole (every offset of its findings before the edit, where nothing moved, or
 * all after it), keeps that block's entry, when the suppressions moved with
 * the text: the stretches before and after the edit are copied from the
 * previous call's arrays, the one after moved by the edit's delta, and only
 * the blocks analysed again, or whose findings reach into the edit, have their
 * findings read (they are fresh when the block was analysed). Undefined when a
 * block's findings cannot be read (a shift that does not map; the analysis
 * falls back to the whole text then). It runs on every keystroke, and touches
 * no block's results but those it reads.
 */
function trackFindings(env: Env, outs: Outs, old: Memo | undefined, moves: Moves | undefined): Track | undefined {
  const n = outs.length;
  const R = RULES.length;
  const track: Track = { flags: new Uint8Array(n), lo: new Float64Array(n), hi: new Float64Array(n), kept: new Int32Array(n * R) };
  const prev = old?.track;
  const edit = env.edit;
  const moved = moves && old && prev && edit && sameSuppressions(old.env.directives.suppressions, env.directives.suppressions, edit) ? movedBlocks(track, prev, moves, n, old.outs.length, edit) : undefined;
  let keep: ((f: Finding) => boolean) | undefined;
  for (let b = 0; b < n; b++) {
    if (moved && moved[b]! >= 0) continue;
    keep ??= keeper(env);
    try {
      blockFindings(env, b, findingsOf(outs.at(b), env.text.length), keep, track);
    } catch {
      return undefined;
    }
  }
  if (moved) {
    track.origin = moved;
    track.claimShift = claimShiftOf(moved, moves!.prefix, env.sentences.length - old!.env.sentences.length);
  }
  return track;
}

/**
 * Per block of this call, the previous call's block it is when that block
 * moved as a whole (see `trackFindings`), else -1; fills `track` with the
 * previous call's entries of those blocks (moved). `on` is the previous
 * call's number of blocks.
 */
function movedBlocks(track: Track, prev: Track, moves: Moves, n: number, on: number, edit: NonNullable<Env['edit']>): Int32Array {
  const R = RULES.length;
  const { flags, lo, hi, kept } = track;
  const origin = new Int32Array(n).fill(-1);
  const dB = n - on;
  const { start: es, newEnd: ne, delta } = edit;
  // Before the edit: the same blocks at the same offsets.
  const p = Math.min(moves.prefix, n, on);
  flags.set(prev.flags.subarray(0, p));
  lo.set(prev.lo.subarray(0, p));
  hi.set(prev.hi.subarray(0, p));
  kept.set(prev.kept.subarray(0, p * R));
  for (let b = 0; b < p; b++) origin[b] = b;
  // After it: the previous blocks from `s - dB` on, moved by the edit's delta.
  const s = Math.max(p, dB);
  if (s < n) {
    flags.set(prev.flags.subarray(s - dB, on), s);
    kept.set(prev.kept.subarray((s - dB) * R, on * R), s * R);
    const plo = prev.lo;
    const phi = prev.hi;
    for (let b = s; b < n; b++) {
      lo[b] = plo[b - dB]! + delta;
      hi[b] = phi[b - dB]! + delta;
      origin[b] = b - dB;
    }
  }
  // The blocks analysed again are their own.
  for (const b of moves.ran) if (b >= 0 && b < n) origin[b] = -1;
  // A moved block with findings is moved as a whole when all of them lie on one side of the edit and its claims are its own.
  for (let b = 0; b < n; b++) {
    if (origin[b]! < 0 || !(flags[b]! & ANY)) continue;
    const disp = b < p ? 0 : delta;
    if (!(flags[b]! & LOCAL) || !((disp === 0 && hi[b]! < es) || (disp === delta && lo[b]! >= ne))) origin[b] = -1;
  }
  return origin;
}

/** Per block: how far the sentence indexes of a block moved from its origin (none before the edit, `dS` after it). */
function claimShiftOf(origin: Int32Array, prefix: number, dS: number): Int32Array {
  const shift = new Int32Array(origin.length);
  if (dS !== 0) for (let b = prefix; b < origin.length; b++) if (origin[b]! >= 0) shift[b] = dS;
  return shift;
}

/** Whether `applyDirectives` keeps a finding of this call's text. */
function keeper(env: Env): (f: Finding) => boolean {
  const index = new SuppressionIndex(env.directives.suppressions);
  const { config } = env;
  return (f) => config.rules[f.ruleId] !== 'off' && f.confidence >= config.minConfidence && !index.isSuppressed(f.ruleId, f.start);
}

/** Writes the entry of block `b` of this call into `track`, from its findings (`lists`, per rule, in this call's offsets). */
function blockFindings(env: Env, b: number, lists: (Finding[] | null)[], keep: (f: Finding) => boolean, track: Track): void {
  const { from: s0, to: s1 } = env.shares.blocks[b]!.sentences;
  const end = env.text.length;
  const R = RULES.length;
  let lo = Infinity;
  let hi = -Infinity;
  let local = true;
  let any = false;
  lists.forEach((list, r) => {
    if (!list) {
      track.kept[b * R + r] = -1;
      any = true;
      return;
    }
    let k = 0;
    for (const f of list) {
      any = true;
      if (keep(f)) k++;
      if (f.claim < s0 || f.claim >= s1) local = false;
      lo = Math.min(lo, f.start, f.end);
      hi = Math.max(hi, f.start, f.end);
      someEdit(f, (start, e, newText) => {
        if (start === end || isFileDisable(start, e, newText)) return false;
        lo = Math.min(lo, start, e);
        hi = Math.max(hi, start, e);
        return false;
      });
    }
    track.kept[b * R + r] = k;
  });
  track.lo[b] = lo;
  track.hi[b] = hi;
  track.flags[b] = (any ? ANY : 0) | (local ? LOCAL : 0);
}

/**
 * True when the suppressed regions of the new text are those of the old one
 * moved by the edit (a boundary before it where it was, one after it moved by
 * its delta, none inside it): a finding outside the edit is then suppressed
 * in one text exactly when it is in the other.
 */
function sameSuppressions(o: readonly Suppression[], n: readonly Suppression[], edit: NonNullable<Env['edit']>): boolean {
  if (o.length !== n.length) return false;
  const at = (x: number) => (x < edit.start ? x : x >= edit.oldEnd ? x + edit.delta : NaN);
  for (let i = 0; i < o.length; i++) {
    const a = o[i]!;
    const b = n[i]!;
    if (a.kind !== b.kind || at(a.start) !== b.start || at(a.end) !== b.end || a.rules.length !== b.rules.length) return false;
    for (let r = 0; r < a.rules.length; r++) if (a.rules[r] !== b.rules[r]) return false;
  }
  return true;
}

/**
 * Gives `analysis` its runs (made when first asked for, once) and its count.
 * `old` is the previous call's memo when this call reused its blocks.
 *
 * The previous analysis is held weakly, also once the runs are made: each
 * call's runs name the previous call's analysis (`FindingRuns.previous`),
 * and an analysis that kept them would keep every analysis before it, each
 * with its text and per-paragraph results (a language server typing into a
 * 10,000-word draft grew by about half a megabyte a keystroke, all of it
 * promoted to the old generation by the scavenges). The runs are given with
 * the previous analysis only while something else still holds it.
 */
function withRuns(analysis: Analysis, env: Env, outs: Outs, track: Track, old: Memo | undefined): void {
  const prevTrack = track.origin ? old?.track : undefined;
  const previous = prevTrack && old ? new WeakRef(old.analysis) : undefined;
  const edit = { start: 0, oldEnd: 0, newEnd: 0, delta: 0, ...env.edit };
  /** The runs and count once made, without the previous analysis (see above). */
  let made: { count: number; runs?: FindingRun[] } | undefined;
  const make = (): { count: number; runs?: FindingRun[] } => {
    if (previous?.deref() && prevTrack && track.origin) {
      const runs = runsOf(env, outs, track, prevTrack);
      if (runs) return { count: runs.count, runs: runs.runs };
    }
    return { count: countOf(env, track) };
  };
  const of = (): RunsOf => {
    made ??= make();
    const prior = made.runs && previous?.deref();
    return prior ? { count: made.count, runs: { previous: prior, edit, runs: made.runs!, count: made.count } } : { count: made.count };
  };
  Object.defineProperty(analysis, RUNS, { value: of });
}

/** Per rule: how many findings a call's blocks keep, and on how many blocks it failed. */
function totalsOf(track: Track): NonNullable<Track['totals']> {
  if (track.totals) return track.totals;
  const R = RULES.length;
  const kept = new Int32Array(R);
  const failed = new Int32Array(R);
  const { flags } = track;
  for (let b = 0; b < flags.length; b++) {
    if (!(flags[b]! & ANY)) continue;
    for (let r = 0; r < R; r++) {
      const k = track.kept[b * R + r]!;
      if (k < 0) failed[r]!++;
      else kept[r] += k;
    }
  }
  return (track.totals = { kept, failed });
}

/** Whether an analysis lists rule `r`'s findings: switched on, and failed on no block. */
function listed(env: Env, totals: NonNullable<Track['totals']>, r: number): boolean {
  return env.config.rules[RULES[r]!.id] !== 'off' && totals.failed[r] === 0;
}

/** How many findings the analysis of `env` lists, from its blocks' counts. */
function countOf(env: Env, track: Track): number {
  const totals = totalsOf(track);
  let count = 0;
  for (let r = 0; r < RULES.length; r++) if (listed(env, totals, r)) count += totals.kept[r]!;
  return count;
}

/**
 * The runs of this call's findings (see `FindingRun`), in `assemble`'s order
 * (rule by rule, block by block, those `applyDirectives` keeps): a block that
 * is a previous block moved adds its kept findings as the previous call's at
 * the same place of its listing, moved; any other block adds its own. One
 * pass over the blocks' flags, which also counts this call's totals for the
 * next. Undefined when a block's findings cannot be read.
 */
function runsOf(env: Env, outs: Outs, track: Track, prev: Track): { runs: FindingRun[]; count: number } | undefined {
  const origin = track.origin!;
  const claimShift = track.claimShift!;
  const { flags, lo, hi } = track;
  const edit = env.edit!;
  const R = RULES.length;
  const was = totalsOf(prev);
  // Where each rule's findings began in the previous listing.
  const ruleStart = new Int32Array(R);
  for (let r = 0, at = 0; r < R; r++) {
    ruleStart[r] = at;
    if (listed(env, was, r)) at += was.kept[r]!;
  }
  const byRule: FindingRun[][] = Array.from({ length: R }, () => []);
  const kept = new Int32Array(R);
  const failed = new Int32Array(R);
  // The previous blocks before `j`, and how many findings of each rule they kept.
  let j = 0;
  const before = new Int32Array(R);
  let keep: ((f: Finding) => boolean) | undefined;
  try {
    for (let b = 0; b < flags.length; b++) {
      if (!(flags[b]! & ANY)) continue;
      const o = origin[b]!;
      // A moved block (from a previous block at or after `j`), or one whose findings are read.
      const moved = o >= j;
      let lists: (Finding[] | null)[] | undefined;
      if (moved) {
        // The previous blocks it skips are counted in.
        for (; j < o; j++) {
          if (!(prev.flags[j]! & ANY)) continue;
          for (let r = 0; r < R; r++) before[r] += Math.max(0, prev.kept[j * R + r]!);
        }
        j = o + 1;
      } else {
        keep ??= keeper(env);
        lists = findingsOf(outs.at(b), env.text.length);
      }
      const isBefore = hi[b]! < edit.start;
      for (let r = 0; r < R; r++) {
        const k = track.kept[b * R + r]!;
        if (k < 0) {
          failed[r]!++;
          continue;
        }
        kept[r] += k;
        if (moved) {
          if (k > 0) addMoved(byRule[r]!, ruleStart[r]! + before[r]!, k, isBefore ? 0 : edit.delta, claimShift[b]!, lo[b]!, hi[b]!, isBefore, edit.start);
          before[r] += k;
        } else if (k > 0) {
          const list = lists![r]!.filter(keep!);
          const runs = byRule[r]!;
          const last = runs[runs.length - 1];
          if (last && 'findings' in last) for (const f of list) last.findings.push(f);
          else runs.push({ findings: list });
        }
      }
    }
  } catch {
    return undefined;
  }
  const totals = (track.totals = { kept, failed });
  const runs: FindingRun[] = [];
  let count = 0;
  for (let r = 0; r < R; r++) {
    if (!listed(env, totals, r)) continue;
    count += kept[r]!;
    // A rule the previous analysis did not list has no previous findings to move.
    if (!listed(env, was, r) && byRule[r]!.some((run) => 'from' in run)) return undefined;
    for (const run of byRule[r]!) {
      const last = runs[runs.length - 1];
      if (last && 'findings' in last && 'findings' in run) for (const f of run.findings) last.findings.push(f);
      else runs.push(run);
    }
  }
  return { runs, count };
}

/**
 * Appends a moved run (its fields given one by one) to a rule's runs, merged
 * with the last when it goes on from it alike and on the same side of the
 * edit. The run's object is made only when it cannot be merged: `runsOf`
 * calls this for every moved block with findings, and on a 1 MB draft most
 * merge (an object per block and rule was 425 KB a keystroke).
 */
function addMoved(runs: FindingRun[], from: number, count: number, delta: number, claimDelta: number, start: number, end: number, isBefore: boolean, editStart: number): void {
  const last = runs[runs.length - 1];
  if (last && 'from' in last && last.from + last.count === from && last.delta === delta && last.claimDelta === claimDelta && last.end < editStart === isBefore) {
    last.count += count;
    if (start < last.start) last.start = start;
    if (end > last.end) last.end = end;
  } else runs.push({ from, count, delta, claimDelta, start, end });
}
