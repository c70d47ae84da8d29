/**
 * The discourse state carried from block to block: the names met so far, which
 * of them are sources (entities), and what a pronoun or a short form can point
 * back to. analyzeBlock() (see ./block.ts) reads and extends it; the language
 * server can keep a clone per block to re-analyse from any paragraph on.
 */
import type { Lexicon } from '../lexicon';
import type { Token } from '../lexicon/tokens';
import type { SourceEntity, SourceKind, Span } from '../types';
import { isNameWord, typeName } from './np';
import { lowerBound } from '../text';

/** A name met in the draft (a source or not yet one). */
export interface NameRecord {
  /** Position in `DiscourseState.records`. */
  id: number;
  /** The fullest form of the name seen so far. */
  name: string;
  kind: SourceKind;
  /** The first mention. */
  first: Span & { text: string };
  /** Every mention, in document order. */
  mentions: Span[];
  /** Office titles seen with the name ("leader", "president"). */
  titles: string[];
  /** Head nouns a short form can use for it ("ministry", "report"). */
  heads: string[];
  gender?: 'male' | 'female';
  /** Index into `DiscourseState.entities` once the name is a source. */
  entity?: number;
}

/**
 * What one block's analysis read of the state it was given (see
 * `DiscourseState.access`): the incremental analyzer reuses a later block's
 * results only when nothing it read differs after an edit.
 */
export interface StateAccess {
  /** Keys looked up or written: `k:` name keys, `h:` heads, `c:` the run cache. */
  keys: Set<string>;
  /**
   * How much of the list of recent persons the block's results depend on:
   * the number of entries, counted from the most recent, that it read (a
   * pronoun's search looks back until a person fits; comparing the last entry
   * reads one), or `Infinity` when a search ran off the start of the list, so
   * that the whole list (its length included) counts. 0 when it read none.
   * Moving a person to its end does not count: that only changes the list for
   * later blocks, which note their own use of it.
   */
  recentDepth: number;
  /**
   * The records whose fields the block read or wrote (`DiscourseState.record`:
   * those a pronoun's search looked at, a key, the last thing or group led
   * to, or the block made), ids in the numbering of the call that analysed
   * the block. A record it reached no further than an id (in a map entry it
   * looked up, say) is not among them: the block depends on that id, which
   * its key notes, and not on the record's fields.
   */
  records?: Set<number>;
  /**
   * The persons the block moved to the end of the list of recent persons, in
   * order, and whether the list was then cut to 8 (see `moveToRecent`): what
   * it did to the list, whether or not it depends on it.
   */
  recentMoves?: { id: number; cap: boolean }[];
  /** How the block first used `lastThing` and `lastGroup`: read (it depends on them) or written (it does not). */
  lastThing?: 'read' | 'written';
  lastGroup?: 'read' | 'written';
}

/** A map that notes the keys used while its state's `access` is set. */
export class TrackedMap<V> extends Map<string, V> {
  constructor(
    private readonly owner: { access?: StateAccess | undefined },
    private readonly tag: string,
    entries?: Iterable<readonly [string, V]>,
  ) {
    super();
    if (entries) for (const [k, v] of entries) super.set(k, v);
  }

  override get(key: string): V | undefined {
    this.owner.access?.keys.add(this.tag + key);
    return super.get(key);
  }

  override has(key: string): boolean {
    this.owner.access?.keys.add(this.tag + key);
    return super.has(key);
  }

  override set(key: string, value: V): this {
    this.owner.access?.keys.add(this.tag + key);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.owner.access?.keys.add(this.tag + key);
    return super.delete(key);
  }
}

/**
 * Everything later blocks need to know about earlier ones.
 *
 * The incremental analyzer (engine/incremental.ts) compares states field by
 * field and knows each field's meaning: a field added here must be added to
 * its `STATE_FIELDS` too (a test fails until it is). Offsets are kept in
 * `start` and `end` fields, record ids only in the fields it knows.
 */
export class DiscourseState {
  /** While set, the maps and the recency fields note what is used (incremental analysis). */
  access: StateAccess | undefined = undefined;
  records: NameRecord[] = [];
  entities: SourceEntity[] = [];
  /** Lower-case name keys (full name, surname, acronym) to record ids. */
  byKey = new TrackedMap<number>(this, 'k:');
  /** Head nouns and titles to the record ids that carry them, oldest first. */
  byHead = new TrackedMap<number[]>(this, 'h:');
  /**
   * Name runs seen before, by their exact text: the record and where the name
   * starts and ends inside the run (titles peeled off). Saves typing a name
   * again at every mention.
   */
  runCache = new TrackedMap<{ record: number; from: number; to: number; recent: boolean }>(this, 'c:');
  private recentList: number[] = [];
  private lastThingId: number | undefined = undefined;
  private lastGroupValue: { record?: number; vague?: Span & { text: string } } | undefined = undefined;

  /** Person records, most recent mention last (at most 8 after a capped move). Reading it notes nothing: see `recentFromEnd`. */
  get recentIds(): readonly number[] {
    return this.recentList;
  }

  /**
   * The id of the `k`-th most recent person (0 = the most recent), noted as
   * read: the block depends on the last `k + 1` entries of the list, or on
   * the whole list when `k` runs past its start (undefined then).
   */
  recentFromEnd(k: number): number | undefined {
    const list = this.recentList;
    const id = k < list.length ? list[list.length - 1 - k] : undefined;
    if (this.access) this.access.recentDepth = Math.max(this.access.recentDepth, id === undefined ? Infinity : k + 1);
    return id;
  }

  /**
   * Moves a person to the end of the list of recent persons, then, with
   * `cap`, cuts the list to its last 8. Unlike reading `recentPersons`, this
   * does not make the block depend on the list: it is noted as a move.
   */
  moveToRecent(id: number, cap: boolean): void {
    if (this.access) (this.access.recentMoves ??= []).push({ id, cap });
    moveRecent(this.recentList, id, cap);
  }

  /**
   * The record of the `k`-th most recent person (0 = the most recent) a
   * pronoun's search looks at, noted as read (its position, as for
   * `recentFromEnd`, and its fields); undefined past the start of the list.
   */
  recentPerson(k: number): NameRecord | undefined {
    const id = this.recentFromEnd(k);
    return id === undefined ? undefined : this.record(id);
  }

  /**
   * Record `id`, noted as read (`StateAccess.records`): every read of a
   * record's fields, and every change to them, goes through here, so that
   * a block that only looked up an id depends on the id alone.
   */
  record(id: number): NameRecord {
    if (this.access) (this.access.records ??= new Set()).add(id);
    return this.records[id]!;
  }

  /** The last organisation, publication or document record mentioned. */
  get lastThing(): number | undefined {
    if (this.access) this.access.lastThing ??= 'read';
    return this.lastThingId;
  }

  set lastThing(id: number | undefined) {
    if (this.access) this.access.lastThing ??= 'written';
    this.lastThingId = id;
  }

  /** The last plural group used as a source: a record, or a vague group's span. */
  get lastGroup(): { record?: number; vague?: Span & { text: string } } | undefined {
    if (this.access) this.access.lastGroup ??= 'read';
    return this.lastGroupValue;
  }

  set lastGroup(group: { record?: number; vague?: Span & { text: string } } | undefined) {
    if (this.access) this.access.lastGroup ??= 'written';
    this.lastGroupValue = group;
  }

  /** A deep copy: analysing on from the copy never changes this state. Copies no `access`. */
  clone(): DiscourseState {
    const c = new DiscourseState();
    c.records = this.records.map((r) => ({ ...r, mentions: [...r.mentions], titles: [...r.titles], heads: [...r.heads] }));
    c.entities = this.entities.map((e) => ({ ...e, mentions: [...e.mentions], claims: [...e.claims] }));
    c.byKey = new TrackedMap(c, 'k:', this.byKey);
    c.byHead = new TrackedMap(c, 'h:', [...this.byHead].map(([k, v]) => [k, [...v]] as const));
    c.recentList = [...this.recentList];
    c.lastThingId = this.lastThingId;
    c.lastGroupValue = this.lastGroupValue ? { ...this.lastGroupValue } : undefined;
    c.runCache = new TrackedMap(c, 'c:', this.runCache);
    return c;
  }
}

/**
 * Moves `id` to the end of a list of recent persons, then, with `cap`, cuts
 * the list to its last 8: what `DiscourseState.moveToRecent` does to its
 * list, and what the incremental analyzer does to a copy to follow a list
 * through the moves blocks logged.
 */
export function moveRecent(list: number[], id: number, cap: boolean): void {
  if (list[list.length - 1] === id) return;
  const at = list.indexOf(id);
  if (at >= 0) list.splice(at, 1);
  list.push(id);
  if (cap && list.length > 8) list.shift();
}

const NOT_PERSON_WORDS = new Set([
  'oblast', 'republic', 'city', 'province', 'region', 'county', 'state', 'states', 'island', 'islands', 'river',
  'sea', 'ocean', 'mountains', 'street', 'square', 'valley', 'district', 'territory', 'war', 'crisis', 'day',
  'era', 'peninsula', 'kingdom', 'union', 'bay', 'gulf', 'strait', 'lake', 'park', 'airport', 'station',
  'road', 'avenue', 'act', 'treaty', 'accord', 'agreement', 'summit', 'games', 'cup', 'prize', 'award',
]);
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter',
]);

/** The lower-case key of a name: words only, leading "the" dropped. */
export function nameKey(text: string): string {
  let k = text.toLowerCase();
  if (k.includes('’')) k = k.split('’').join("'");
  if (k.includes('  ') || k.includes('\n') || k.includes('\t')) k = k.split(/\s+/).join(' ');
  k = k.trim();
  if (k.startsWith('the ')) k = k.slice(4);
  return k;
}

/** A name run found in a sentence. */
export interface NameRun {
  from: number;
  to: number;
}

/**
 * The runs of capitalised words in a sentence's tokens: "Kim Jong-un", "the
 * Russian Ministry of Defense" (as "Russian Ministry of Defense"). Linear.
 */
export function nameRuns(lex: Lexicon, toks: readonly Token[], sentenceStart: number, end = toks.length): NameRun[] {
  const out: NameRun[] = [];
  let i = sentenceStart;
  while (i < end) {
    if (!isNameWord(lex, toks, i, sentenceStart) || CALENDAR.has(toks[i]!.lower)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < end && isNameWord(lex, toks, j, sentenceStart) && !CALENDAR.has(toks[j]!.lower)) j++;
      else if (j < end && toks[j]!.text === '.' && isInitialOrHonorific(lex, toks[j - 1]!) && toks[j + 1]?.cap) j++;
      else if (j + 1 < end && !toks[j]!.cap && lex.nameConnectors.has(toks[j]!.lower) && toks[j]!.lower !== 'and' && isNameWord(lex, toks, j + 1, sentenceStart)) j += 2;
      else if (j + 2 < end && toks[j]!.lower === 'of' && toks[j + 1]!.lower === 'the' && isNameWord(lex, toks, j + 2, sentenceStart)) j += 3;
      else break;
    }
    // Meaningful: one of its words is neither a gentilic nor an honorific.
    let meaningful = false;
    for (let k = i; k < j && !meaningful; k++) {
      const t = toks[k]!;
      meaningful = t.kind === 'word' && !lex.gentilics.has(t.lower) && !lex.honorifics.has(t.lower);
    }
    if (meaningful) out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

function isInitialOrHonorific(lex: Lexicon, t: Token): boolean {
  return (t.text.length === 1 && t.cap) || lex.honorifics.has(t.lower) || t.text.includes('.');
}

/**
 * Notes a name mention: finds or creates its record, records the mention,
 * keeps the recency lists. Returns the record id.
 */
export function noteName(
  state: DiscourseState,
  lex: Lexicon,
  toks: readonly Token[],
  run: NameRun,
  typed: ReturnType<typeof typeName>,
  text: string,
  opts: { source?: boolean; heads?: string[] } = {},
): number {
  const nameFrom = typed.name?.from ?? run.from;
  const nameTo = typed.name?.to ?? run.to;
  const span = { start: toks[nameFrom]!.start, end: toks[nameTo - 1]!.end };
  const nameText = text.slice(span.start, span.end);
  const key = nameKey(nameText);
  const words = toks.slice(nameFrom, nameTo).filter((t) => t.kind === 'word' && t.text !== '.');
  let id = state.byKey.get(key);
  // A surname or a shorter form of a person named earlier: "Brown" after "John Brown".
  if (id === undefined && typed.kind === 'person' && words.length === 1) id = state.byKey.get('~' + key);
  let rec: NameRecord;
  if (id === undefined) {
    // A fuller form of a name known by its surname ("John Brown" after "Mr Brown").
    const surnameId = typed.kind === 'person' && words.length > 1 ? state.byKey.get(words[words.length - 1]!.lower) : undefined;
    const existing = surnameId !== undefined ? state.record(surnameId) : undefined;
    if (existing && existing.kind === 'person' && existing.name.split(' ').length === 1) {
      rec = existing;
      rec.name = nameText;
    } else {
      rec = { id: state.records.length, name: nameText, kind: typed.kind, first: { start: span.start, end: span.end, text: nameText }, mentions: [], titles: [], heads: [] };
      state.records.push(rec);
    }
    state.byKey.set(key, rec.id);
    if (rec.kind === 'person' && words.length > 1) {
      const sur = '~' + words[words.length - 1]!.lower;
      if (!state.byKey.has(sur)) state.byKey.set(sur, rec.id);
    }
  } else rec = state.record(id);
  addSpan(rec.mentions, span);
  if (nameText.length > rec.name.length && nameKey(nameText).endsWith(nameKey(rec.name))) rec.name = nameText;
  if (typed.gender && !rec.gender) rec.gender = typed.gender;
  // An acronym in brackets after the name: "Central News Agency of Korea (CPTAK)".
  const after = toks[nameTo];
  if (after?.text === '(' && toks[nameTo + 2]?.text === ')' && toks[nameTo + 1]!.cap) state.byKey.set(toks[nameTo + 1]!.lower, rec.id);
  const heads = new Set([...(typed.titles ?? []), ...(opts.heads ?? [])]);
  if (rec.kind !== 'person') for (const w of words) if (lex.orgShortForms.has(w.lower) || lex.orgWords.has(w.lower) || lex.publicationWords.has(w.lower)) heads.add(w.lower);
  // "The Federal Reserve", "the Bundesbank": central banks a later "the
  // central bank" or "the bank" points back to, with no word "Bank" of their
  // own. Only the Federal Reserve among reserves ("the Army Reserve", "the
  // Strategic Petroleum Reserve" are no banks).
  if (rec.kind !== 'person' && words.some((w, i) => (w.lower === 'reserve' && words[i - 1]?.lower === 'federal') || (w.lower.length > 4 && w.lower.endsWith('bank')))) heads.add('bank');
  for (const h of heads) addHead(state, rec, h);
  if (rec.kind === 'person') {
    const personish = opts.source || rec.gender || rec.titles.length || (words.length >= 2 && words.length <= 4 && !words.some((w) => NOT_PERSON_WORDS.has(w.lower) || lex.orgWords.has(w.lower)));
    if (personish) recent(state, rec);
  } else recent(state, rec);
  if (rec.entity !== undefined) {
    const e = state.entities[rec.entity]!;
    addSpan(e.mentions, span);
    e.name = rec.name;
  }
  return rec.id;
}

/** Binary search, shared with the rest of the engine (see text.ts). */
export { lowerBound };

/**
 * Adds a span to a list sorted by start, unless a span with the same start is
 * there. Mentions arrive almost always in order, so this is O(1) amortised
 * (binary search otherwise).
 */
export function addSpan(list: Span[], span: Span): void {
  const last = list[list.length - 1];
  if (!last || last.start < span.start) {
    list.push({ start: span.start, end: span.end });
    return;
  }
  const lo = lowerBound(list.length, (k) => list[k]!.start < span.start);
  if (list[lo]?.start === span.start) return;
  list.splice(lo, 0, { start: span.start, end: span.end });
}

/** Moves a record to the most recent end of the recency lists. */
function recent(state: DiscourseState, rec: NameRecord): void {
  if (rec.kind === 'person') state.moveToRecent(rec.id, true);
  else state.lastThing = rec.id;
}

/**
 * Notes one more mention of a name already known, by its record: the cheap
 * path for names met again (see `DiscourseState.runCache`).
 */
export function touchName(state: DiscourseState, id: number, span: Span, makeRecent: boolean): void {
  const rec = state.record(id);
  addSpan(rec.mentions, span);
  if (makeRecent || rec.gender || rec.titles.length || rec.entity !== undefined) recent(state, rec);
  if (rec.entity !== undefined) addSpan(state.entities[rec.entity]!.mentions, span);
}

/** Records that `head` (a title or head noun) can point at record `rec`. */
export function addHead(state: DiscourseState, rec: NameRecord, head: string): void {
  if (!rec.heads.includes(head)) rec.heads.push(head);
  if (!rec.titles.includes(head) && rec.kind === 'person') rec.titles.push(head);
  const list = state.byHead.get(head);
  if (!list) state.byHead.set(head, [rec.id]);
  else if (!list.includes(rec.id)) list.push(rec.id);
}

/** Makes record `id` a source entity (once) and returns the entity index. */
export function entityOf(state: DiscourseState, id: number, mention?: Span): number {
  const rec = state.record(id);
  if (rec.entity === undefined) {
    rec.entity = state.entities.length;
    state.entities.push({ id: rec.entity, name: rec.name, kind: rec.kind, introduced: { start: rec.first.start, end: rec.first.end }, mentions: rec.mentions.map((m) => ({ start: m.start, end: m.end })), claims: [] });
  }
  const e = state.entities[rec.entity]!;
  if (mention) addSpan(e.mentions, mention);
  return rec.entity;
}
