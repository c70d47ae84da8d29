/**
 * Splits a sentence into its coordinated main clauses, without a parser.
 *
 * labels.md: "A sentence whose main claim is attributed stays A despite a minor
 * unsourced modifier; a second, coordinated main clause with its own unsourced
 * assertion makes it U." Modifiers (participles, relative clauses, appositives)
 * are never split off. A new main clause starts after ";" and after ", and",
 * ", but" and the other conjunctions of `CLAUSE_CONJUNCTIONS` when what follows
 * has a subject and a finite verb of its own. Nothing inside quotation marks or
 * brackets is split: it is someone's words, or an aside.
 */
import { OPENING_SUBORDINATORS } from '../lexicon/phrases';
import type { Span } from '../types';
import { CLAUSE_CONJUNCTIONS, FINITE_VERBS, NO_SUBJECT_AFTER_CONJUNCTION, NOT_A_VERB_AFTER_PRONOUN, PRONOUN_SUBJECTS, SUBJECT_STARTERS } from './words';
import { tokenize, type Token } from './text';

/** One clause of a sentence: a main clause, or a subordinate clause opening the sentence. */
export interface Clause extends Span {
  /** How the clause joins the one before it: ";" or the conjunction; undefined for the first clause. */
  joint?: string;
  /**
   * For a subordinate clause opening the sentence ("While X, …", "As Reuters
   * reported, …"): its subordinating conjunction, lower case.
   */
  subordinator?: string;
}

/** "While Trump has railed against X, he has …": a subordinate clause before the main one. */
const OPENING_SUBORDINATE = new RegExp(`^(?:(?:and|but|so|yet|even)\\s+)?(${OPENING_SUBORDINATORS.join('|')})\\b`, 'i');

const NOT_A_SUBJECT = new Set(NO_SUBJECT_AFTER_CONJUNCTION);
const NOT_A_VERB = new Set(NOT_A_VERB_AFTER_PRONOUN);

const FINITE = new Set(FINITE_VERBS);
const PRONOUNS = new Set(PRONOUN_SUBJECTS);
const STARTERS = new Set(SUBJECT_STARTERS);
const CONJUNCTIONS = new Set(CLAUSE_CONJUNCTIONS);

/**
 * Sentences longer than this (in UTF-16 units) are not split: no real sentence
 * is this long, and the scan is quadratic in the number of commas.
 */
const MAX_SPLIT_LENGTH = 4000;

/** How far after the subject's first word a finite verb is looked for. */
const VERB_WINDOW = 7;

/** True when the token looks like a finite verb: listed, or a regular past tense. */
export function looksFinite(t: Token): boolean {
  return FINITE.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed') && !/^[A-Z]/.test(t.text));
}

/** True when the words (in order) open a clause with its own subject and finite verb. */
export function hasSubjectAndVerb(words: Token[]): boolean {
  const first = words[0];
  if (!first || NOT_A_SUBJECT.has(first.lower)) return false;
  if (PRONOUNS.has(first.lower)) {
    const next = words[1];
    return next !== undefined && !NOT_A_VERB.has(next.lower) && /^[a-z']/.test(next.text);
  }
  const subjectLike = STARTERS.has(first.lower) || /^[\p{Lu}\p{N}]/u.test(first.text);
  if (!subjectLike) return false;
  for (const t of words.slice(1, 1 + VERB_WINDOW)) if (looksFinite(t)) return true;
  return false;
}

/** Opening and closing pairs whose contents are never split. */
const PAIRS: Record<string, string> = { '“': '”', '"': '"', '(': ')', '[': ']', '«': '»' };

/** The closing mark of each opening one, by character code. */
const CLOSING = new Map([...Object.entries(PAIRS)].map(([open, close]) => [open.charCodeAt(0), close]));

/**
 * The closing mark of the opening mark with character code `c`, or undefined:
 * `CLOSING.get(c)`, with the characters that open nothing (nearly all of them)
 * turned away by one comparison before the map is asked.
 */
function closingOf(c: number): string | undefined {
  return c === 0x22 || c === 0x28 || c === 0x5b || c === 0xab || c === 0x201c ? CLOSING.get(c) : undefined;
}

/**
 * Spans of `text` (sentence-relative) inside quotation marks or brackets.
 * Brackets nest: in "[[SOURCE] said A; B]" the outer pair closes at the last
 * "]", so replacing a word by a placeholder does not change what is guarded.
 */
function protectedRanges(text: string): Span[] {
  const out: Span[] = [];
  const closes = bracketMatches(text);
  for (let i = 0; i < text.length; i++) {
    const close = closingOf(text.charCodeAt(i));
    if (!close) continue;
    const j = NESTING.has(close) ? (closes.get(i) ?? -1) : text.indexOf(close, i + 1);
    if (j === -1) continue;
    out.push({ start: i, end: j + 1 });
    i = j;
  }
  return out;
}

/** The closing marks of the pairs that nest: brackets (quotation marks are paired in order). */
const NESTING = new Set([')', ']']);

/** The matches of a text with no opening bracket: none (shared, never changed). */
const NO_MATCHES: ReadonlyMap<number, number> = new Map();

/** For each bracket with a closing one (nested pairs counted), the offset of that closing bracket; linear time. */
function bracketMatches(text: string): ReadonlyMap<number, number> {
  // Only brackets open pairs that nest: a text without one has none to match.
  if (!text.includes('(') && !text.includes('[')) return NO_MATCHES;
  const out = new Map<number, number>();
  const stacks = new Map<string, number[]>();
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    // Only brackets and the marks that open a pair do anything here.
    if (c !== 0x29 && c !== 0x5d && closingOf(c) === undefined) continue;
    const ch = text[k]!;
    const close = closingOf(c);
    if (close && NESTING.has(close)) {
      const stack = stacks.get(close) ?? [];
      stack.push(k);
      stacks.set(close, stack);
    } else {
      const open = stacks.get(ch)?.pop();
      if (open !== undefined) out.set(open, k);
    }
  }
  return out;
}

/**
 * The main clauses of a sentence. `text` is the sentence's prose, `base` its
 * document offset, `extraProtected` more document spans not to split (the
 * quotations found by the attribution stage).
 */
export function splitClauses(text: string, base: number, extraProtected: Span[] = []): Clause[] {
  if (text.length > MAX_SPLIT_LENGTH) return [{ start: base, end: base + text.length }];
  const guarded = protectedRanges(text).concat(extraProtected.map((s) => ({ start: s.start - base, end: s.end - base })));
  const inGuard = (i: number) => guarded.some((g) => i > g.start && i < g.end - 1);
  const tokens = tokenize(text, 0);
  const cuts: { at: number; next: number; joint: string }[] = [];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c !== 0x3b && c !== 0x2c) || inGuard(i)) continue;
    const ch = c === 0x3b ? ';' : ',';
    while (k < tokens.length && tokens[k]!.start <= i) k++;
    const after = tokens.slice(k, k + 2 + VERB_WINDOW);
    if (ch === ';') {
      if (after.length >= 2) cuts.push({ at: i, next: after[0]!.start, joint: ';' });
      continue;
    }
    const conj = after[0];
    if (!conj || !CONJUNCTIONS.has(conj.lower) || text.slice(i + 1, conj.start).trim() !== '') continue;
    if (!hasSubjectAndVerb(after.slice(1, 2 + VERB_WINDOW))) continue;
    if (isListComma(text, tokens, i)) continue;
    cuts.push({ at: i, next: after[1]!.start, joint: conj.lower });
  }
  if (text.includes(' but ')) addTenseBreaks(text, tokens, inGuard, cuts);
  if (text.includes(' and ')) addTimeBreaks(tokens, inGuard, cuts);
  const out: Clause[] = [];
  let start = 0;
  let joint: string | undefined;
  const sub = OPENING_SUBORDINATE.exec(text);
  if (sub) {
    // The first comma after which a clause with its own subject and verb starts.
    for (let i = sub[0].length; i < text.length; i++) {
      if (text[i] !== ',' || inGuard(i) || cuts.some((c) => c.at <= i)) continue;
      const after = tokens.filter((t) => t.start > i).slice(0, 1 + VERB_WINDOW);
      if (!hasSubjectAndVerb(after)) continue;
      out.push({ start: base, end: base + i, subordinator: sub[1]!.toLowerCase() });
      start = after[0]!.start;
      break;
    }
  }
  for (const cut of cuts) {
    if (cut.at < start) continue;
    out.push(clauseOf(base + start, base + cut.at, joint));
    start = cut.next;
    joint = cut.joint;
  }
  out.push(clauseOf(base + start, base + text.length, joint));
  return out;
}

/** Present-tense finite verbs: after a past frame, the writer's own present ("… but no meeting has been arranged"). */
const PRESENT_FINITE = new Set(['is', 'are', 'has', 'have', 'does', 'do', 'remains', 'remain', "isn't", "aren't", "hasn't", "haven't", "doesn't", "don't"]);

/** A backshifted verb of reported words: "said she would …", "said it was …". */
const BACKSHIFT = /\b(?:would|was|were|had|could)\b/i;

/**
 * Cuts at a "but" with no comma before it where the tense breaks: words in
 * the past of reported speech before it ("The mayor has said she would meet
 * the union but no meeting has been arranged."), a subject and a present-tense
 * verb after it. Reported words keep the past of their frame; the present
 * after "but" is the writer's, a coordinated main clause of its own
 * (labels.md). A past or modal verb after "but" ("said she was happy but the
 * team still had work to do") may still be the speaker's and is not cut.
 * Twelfth session; `cuts` is kept in document order.
 */
function addTenseBreaks(text: string, tokens: readonly Token[], inGuard: (i: number) => boolean, cuts: { at: number; next: number; joint: string }[]): void {
  for (let k = 1; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'but' || t.text !== 'but' || inGuard(t.start)) continue;
    if (/[,;:—–-]\s*$/.test(text.slice(0, t.start))) continue;
    if (!BACKSHIFT.test(text.slice(0, t.start))) continue;
    const after = tokens.slice(k + 1, k + 2 + VERB_WINDOW);
    if (!hasSubjectAndVerb(after)) continue;
    const verb = after.slice(1).find(looksFinite);
    if (!verb || !PRESENT_FINITE.has(verb.lower)) continue;
    insertCut(cuts, { at: t.start - 1, next: after[0]!.start, joint: 'but' });
  }
}

/** Puts `cut` into `cuts`, kept in document order. */
function insertCut(cuts: { at: number; next: number; joint: string }[], cut: { at: number; next: number; joint: string }): void {
  const pos = cuts.findIndex((c) => c.at > cut.at);
  if (pos < 0) cuts.push(cut);
  else cuts.splice(pos, 0, cut);
}

/** Words that end a clause as a time: a year, a month, a day, a span ("in 2019", "in May", "last year"). */
const TIME_END = /^(?:1[5-9]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|month|year)$/;
/** Words before such a time that make it part of a noun phrase, not the end of a clause ("the 2019 and 2020 reports"). */
const TIME_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'each', 'every', 'from']);

/**
 * Cuts at an "and" with no comma before it where the words before end in a
 * time after a lower-case word ("The mill closed in 2019 and Dana Holt said
 * …", "closed last year and the town …") and a subject and a finite verb
 * follow: two main clauses, the first the writer's (labels.md). Twelfth
 * session (lane acc-pr); `cuts` is kept in document order.
 */
function addTimeBreaks(tokens: readonly Token[], inGuard: (i: number) => boolean, cuts: { at: number; next: number; joint: string }[]): void {
  for (let k = 2; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text !== 'and' || inGuard(t.start)) continue;
    const time = tokens[k - 1]!;
    const before = tokens[k - 2]!;
    // "between 1983 and 1986": a span of two times, no second clause.
    if (!TIME_END.test(time.lower) || !/^\p{Ll}/u.test(before.text) || TIME_DETERMINERS.has(before.lower) || before.lower === 'between' || /^\d/.test(tokens[k + 1]!.text)) continue;
    const after = tokens.slice(k + 1, k + 2 + VERB_WINDOW);
    if (!hasSubjectAndVerb(after)) continue;
    insertCut(cuts, { at: t.start - 1, next: after[0]!.start, joint: 'and' });
  }
}

/**
 * A clause from `start` to `end`, joined by `joint` when there is one. The
 * joint is set, not spread in: V8 copies a spread that is not the first part
 * of an object literal through the runtime, at several times the cost.
 */
function clauseOf(start: number, end: number, joint: string | undefined): Clause {
  const clause: Clause = { start, end };
  if (joint) clause.joint = joint;
  return clause;
}

/**
 * True when the comma at `i` closes the last item of a list ("Russia, China,
 * and Iran are …"): the words since the previous comma are few and verbless.
 */
function isListComma(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = text.lastIndexOf(',', i - 1);
  if (prev === -1) return false;
  const item: Token[] = [];
  for (const t of tokens) {
    if (t.start > prev && t.end <= i) item.push(t);
    if (item.length > 3 || t.start > i) break;
  }
  return item.length > 0 && item.length <= 3 && !item.some(looksFinite);
}
