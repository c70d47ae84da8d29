/**
 * A learned second opinion on cue words: an averaged perceptron, trained by
 * `scripts/train/cue-model.ts` on the PolNeAR train split, that scores a word
 * the hand-written rules (./cues.ts) passed over as the cue of an
 * attribution or not, from the words around it.
 *
 * PolNeAR's notion of a cue is wider than the editorial standard's: it marks
 * stances, plans, feelings and acts of communication ("Trump wants", "the
 * senator backs", "Clinton mocked") that the rules leave alone. A word the
 * model scores above its threshold is added as a cue marked `learned`
 * (`applyCueModel` in ./cues.ts). A learned cue labels no sentence:
 * classification skips it, it speaks for no quotation, and its source is named
 * as written without touching the discourse state, so the sentence labels
 * stay the rules' own (docs/accuracy.md).
 *
 * Features are strings; the weights are a map from feature to weight, so
 * scoring a word is a score of map look-ups. Only words of the model's
 * vocabulary (words inside a train cue often enough) are scored; every other
 * word costs one map look-up.
 */
import { CUE_MODEL } from '../lexicon/cue-model';
import type { Token } from '../lexicon/tokens';
import { WordFilter } from '../lexicon/wordfilter';

/** The names of the feature templates, in the order `cueFeatures` returns their values. */
export const CUE_TEMPLATES = ['b', 'w', 's3', 'p1', 'p2', 'n1', 'n2', 'p1s', 'n1s', 'p1w', 'wn1', 'cap', 'left', 'right', 'spoke', 'sw', 'nw', 'lem', 'suf', 'p1c', 'n1c', 'p1cs', 'sn1c', 'lemn1c', 'p1clem', 'p2c', 'subj', 'subjsuf'] as const;

/** The shipped model: candidate words, feature weights and the threshold. */
export interface CueModel {
  /** Words the model scores: lower-case word → [times inside a train cue, times seen in train]. */
  vocabulary: Readonly<Record<string, readonly [number, number]>>;
  /** Template name → feature value → averaged weight. */
  weights: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** A word scoring above this is a cue. */
  threshold: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that']);

function shape(t: Token | undefined): string {
  if (!t) return '∅';
  if (t.kind === 'quote') return 'Q';
  if (t.kind === 'punct') return t.text;
  if (t.cap) return 'C';
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57 ? '9' : 'w';
}

/**
 * Closed word classes, a dependency-free stand-in for parts of speech: the
 * class of a neighbour says more than the word itself ("his" and "their"
 * before a noun of speech, "has" and "had" before a participle).
 */
const WORD_CLASS = new Map<string, string>();
const classes: Record<string, string> = {
  D: "the a an this that these those his her their its our my your 's ’s some any no every",
  X: 'is are was were be been being am has have had having will would could should can may might must do does did',
  T: 'to',
  P: 'he she they it i we you who which',
  O: 'him them us me',
  R: 'of in on at for with about by from into over against after before during',
  K: 'and or but nor',
  N: "not n't never also still just already only even",
};
for (const [c, words] of Object.entries(classes)) for (const w of words.split(' ')) WORD_CLASS.set(w, c);

/** A neighbour's class: a closed-class word's class, else its shape. */
export function wordClass(t: Token | undefined): string {
  if (!t) return '∅';
  if (t.kind === 'word') {
    const c = WORD_CLASS.get(t.lower);
    if (c) return c;
  }
  return shape(t);
}

/** The inflection of a word, read off its ending: a stand-in for its part of speech. */
function suffixClass(w: string): string {
  const n = w.length;
  if (n > 4 && w.endsWith('ing')) return 'ing';
  if (n > 3 && w.endsWith('ed')) return 'ed';
  if (n > 3 && w.endsWith('ly')) return 'ly';
  if (n > 5 && (w.endsWith('tion') || w.endsWith('sion'))) return 'tion';
  if (n > 5 && w.endsWith('ment')) return 'ment';
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) return 's';
  return '';
}

/**
 * A crude stem, enough to share weights between "plans", "planned" and
 * "planning" (all "plan"), or "announces", "announced" and "announcing" (all
 * "announc"). Not a dictionary form: only the same for the forms of one word.
 */
export function crudeLemma(w: string): string {
  const n = w.length;
  let stem = w;
  if (n > 5 && (w.endsWith('ies') || w.endsWith('ied'))) return w.slice(0, -3) + 'y';
  if (n > 5 && w.endsWith('ing')) stem = w.slice(0, -3);
  else if (n > 4 && w.endsWith('ed') && !w.endsWith('eed')) stem = w.slice(0, -2);
  else if (n > 4 && w.endsWith('es') && !w.endsWith('ees')) stem = w.slice(0, -2);
  else if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) stem = w.slice(0, -1);
  else if (n > 3 && w.endsWith('e')) stem = w.slice(0, -1);
  // "planned", "planning": one of a doubled final consonant goes.
  const m = stem.length;
  if (m > 3 && stem !== w && stem[m - 1] === stem[m - 2] && !'lsaeiou'.includes(stem[m - 1]!)) stem = stem.slice(0, -1);
  return stem;
}

function word(t: Token | undefined): string {
  if (!t) return '∅';
  return t.kind === 'word' ? t.lower : shape(t);
}

/** The `cap` feature of token `i`: capitalised ("C"), first word of the sentence ("F"), both, or neither. */
function capValue(toks: readonly Token[], i: number): string {
  const first = i === 0 || (i === 1 && toks[0]!.kind !== 'word');
  return toks[i]!.cap ? (first ? 'CF' : 'C') : first ? 'F' : '';
}

/** The `left` feature of token `i`: a capital ("C") or a subject pronoun ("P") among the up to three words right before it. */
function leftValue(toks: readonly Token[], i: number): string {
  let capLeft = false;
  let pronLeft = false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const x = toks[k]!;
    if (x.kind !== 'word') break;
    if (x.cap) capLeft = true;
    if (SUBJECT_PRONOUNS.has(x.lower)) pronLeft = true;
  }
  return capLeft ? (pronLeft ? 'CP' : 'C') : pronLeft ? 'P' : '';
}

/** The `right` feature of token `i`: "that" ("T") among the next three tokens, a quotation mark or colon near it ("Q"). */
function rightValue(toks: readonly Token[], i: number): string {
  let thatRight = false;
  let quoteNear = false;
  for (let k = i + 1; k < toks.length && k <= i + 3; k++) {
    if (toks[k]!.lower === 'that') thatRight = true;
    if (toks[k]!.kind === 'quote' || toks[k]!.text === ':') quoteNear = true;
  }
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (toks[k]!.kind === 'quote') quoteNear = true;
  return thatRight ? (quoteNear ? 'TQ' : 'T') : quoteNear ? 'Q' : '';
}

/**
 * The feature values of token `i` of a sentence, one per template of
 * `CUE_TEMPLATES`. `spokeBefore` is true when a rule found a speech cue
 * earlier in the sentence (a word inside what somebody is reported to say is
 * PolNeAR content, not a cue). `subject` is the class of the phrase the
 * rules would take as the word's source (`subjectClass` in ./cues.ts). Most values are the tokens' own strings, so
 * little is allocated.
 */
export function cueFeatures(toks: readonly Token[], i: number, spokeBefore: boolean, subject: string): string[] {
  const t = toks[i]!;
  const w = t.lower;
  const p1 = word(toks[i - 1]);
  const n1 = word(toks[i + 1]);
  const lem = crudeLemma(w);
  const suf = suffixClass(w);
  const p1c = wordClass(toks[i - 1]);
  const n1c = wordClass(toks[i + 1]);
  return [
    '',
    w,
    w.slice(-3),
    p1,
    word(toks[i - 2]),
    n1,
    word(toks[i + 2]),
    shape(toks[i - 1]),
    shape(toks[i + 1]),
    p1 + '|' + w,
    w + '|' + n1,
    capValue(toks, i),
    leftValue(toks, i),
    rightValue(toks, i),
    spokeBefore ? 'S' : '',
    spokeBefore ? w : '',
    spokeBefore ? '' : w,
    lem,
    suf,
    p1c,
    n1c,
    p1c + '|' + suf,
    suf + '|' + n1c,
    lem + '|' + n1c,
    p1c + '|' + lem,
    wordClass(toks[i - 2]) + '|' + p1c,
    subject,
    subject + '|' + suf,
  ];
}

/** Weights ready to score: one map per template, in `CUE_TEMPLATES` order. */
export type TemplateWeights = ReadonlyArray<ReadonlyMap<string, number>>;

/** Turns the shipped weights into one map per template. */
export function templateWeights(weights: CueModel['weights']): TemplateWeights {
  return CUE_TEMPLATES.map((name) => new Map(Object.entries(weights[name] ?? {})));
}

/** The model's score of a word's feature values: the sum of the weights of the values it knows. */
export function scoreFeatures(model: { weights: TemplateWeights }, values: readonly string[]): number {
  let s = 0;
  for (let k = 0; k < values.length; k++) s += model.weights[k]!.get(values[k]!) ?? 0;
  return s;
}

/** Where each template is in `CUE_TEMPLATES`, by name. */
const T = Object.fromEntries(CUE_TEMPLATES.map((name, k) => [name, k])) as Record<(typeof CUE_TEMPLATES)[number], number>;

/** The most the subject's templates can add to a score (an unknown value adds 0): `subj` overall, `subjsuf` for each suffix class. */
interface SubjectBound {
  subj: number;
  bySuffix: ReadonlyMap<string, number>;
}

function subjectBound(weights: TemplateWeights): SubjectBound {
  let subj = 0;
  for (const w of weights[T.subj]!.values()) subj = Math.max(subj, w);
  const bySuffix = new Map<string, number>();
  // A value is "class|suffix": the suffix class has no "|", so it follows the last one.
  for (const [value, w] of weights[T.subjsuf]!) {
    const suf = value.slice(value.lastIndexOf('|') + 1);
    bySuffix.set(suf, Math.max(bySuffix.get(suf) ?? 0, w));
  }
  return { subj, bySuffix };
}

/**
 * True when the model scores token `i` of a sentence above its threshold:
 * the same as `scoreFeatures(model, cueFeatures(toks, i, spokeBefore,
 * subject(i))) > model.threshold`, summed in the same order. The subject's
 * class (a search for the phrase on the word's left) is asked for only when
 * the other features leave the outcome open: when even the largest weights the
 * subject's templates hold could not lift the score above the threshold, the
 * word is no cue whatever its subject. Adding floating-point numbers is
 * monotonic, so that bound is exact, not an estimate.
 */
export function scoresAbove(model: LoadedCueModel, toks: readonly Token[], i: number, spokeBefore: boolean, subject: (i: number) => string): boolean {
  const fast = model.fast;
  if (!fast) return scoreFeatures(model, cueFeatures(toks, i, spokeBefore, subject(i))) > model.threshold;
  const bound = fast.subjectBound;
  const c = centerOf(fast, model.weights, toks[i]!.lower);
  let s = scoreBeforeSubject(fast, model.weights, c, toks, i, spokeBefore);
  const suf = c.suf;
  if (s + bound.subj + (bound.bySuffix.get(suf) ?? 0) <= model.threshold) return false;
  const subj = subject(i);
  s += model.weights[T.subj]!.get(subj) ?? 0;
  s += model.weights[T.subjsuf]!.get(subj + '|' + suf) ?? 0;
  return s > model.threshold;
}

/**
 * A pair template's weights ("p1|w" → weight) as a map of maps, keyed first
 * by the side the scored word fixes: `outer.get(a).get(b)` is the weight of
 * `a + '|' + b` (or of `b + '|' + a` when `outerIsLeft` is false), so no
 * string is joined to look a pair up. Every "|" of a value is tried as the
 * joint, so a side that holds a "|" itself (a "|" punctuation token) is found
 * too: for given sides there is only one joined string, so nothing collides.
 */
function pairMaps(weights: ReadonlyMap<string, number>, outerIsLeft: boolean): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [value, w] of weights) {
    for (let p = value.indexOf('|'); p >= 0; p = value.indexOf('|', p + 1)) {
      const left = value.slice(0, p);
      const right = value.slice(p + 1);
      const a = outerIsLeft ? left : right;
      let inner = out.get(a);
      if (!inner) out.set(a, (inner = new Map()));
      inner.set(outerIsLeft ? right : left, w);
    }
  }
  return out;
}

/** What a scored word contributes to its own score whatever its neighbours: computed once per distinct word. */
interface Center {
  w: number;
  s3: number;
  /** The `sw` and `nw` weights when a speech cue came before, and when none did. */
  swSpoke: number;
  nwSpoke: number;
  swQuiet: number;
  nwQuiet: number;
  lem: number;
  suf: string;
  sufW: number;
  /** Pair weights keyed by the neighbour's side: "p1|w" by p1, "w|n1" by n1, "p1c|suf" by p1c, "suf|n1c", "lem|n1c" by n1c, "p1c|lem" by p1c. */
  p1w?: ReadonlyMap<string, number>;
  wn1?: ReadonlyMap<string, number>;
  p1cs?: ReadonlyMap<string, number>;
  sn1c?: ReadonlyMap<string, number>;
  lemn1c?: ReadonlyMap<string, number>;
  p1clem?: ReadonlyMap<string, number>;
}

/** The model's weights rearranged for `scoreBeforeSubject`: pair templates as maps of maps, and a cache of scored words. */
export interface FastScorer {
  p1w: Map<string, Map<string, number>>;
  wn1: Map<string, Map<string, number>>;
  p1cs: Map<string, Map<string, number>>;
  sn1c: Map<string, Map<string, number>>;
  lemn1c: Map<string, Map<string, number>>;
  p1clem: Map<string, Map<string, number>>;
  /** "p2c|p1c" keyed by p1c, then p2c. */
  p2c: Map<string, Map<string, number>>;
  /** The scored words met so far. Only vocabulary words are scored, so it stays as small as the vocabulary. */
  centers: Map<string, Center>;
  /** What the subject's templates, summed last, can add at most (see `scoresAbove`). */
  subjectBound: SubjectBound;
}

/**
 * The templates in the order `scoreBeforeSubject` adds them, the subject's two
 * last as `scoresAbove`'s bound needs: a different `CUE_TEMPLATES` gets no
 * fast scorer rather than a wrong sum.
 */
const FAST_ORDER = 'b w s3 p1 p2 n1 n2 p1s n1s p1w wn1 cap left right spoke sw nw lem suf p1c n1c p1cs sn1c lemn1c p1clem p2c subj subjsuf';

function fastScorer(weights: TemplateWeights): FastScorer | undefined {
  if (CUE_TEMPLATES.join(' ') !== FAST_ORDER) return undefined;
  return {
    p1w: pairMaps(weights[T.p1w]!, false),
    wn1: pairMaps(weights[T.wn1]!, true),
    p1cs: pairMaps(weights[T.p1cs]!, false),
    sn1c: pairMaps(weights[T.sn1c]!, true),
    lemn1c: pairMaps(weights[T.lemn1c]!, true),
    p1clem: pairMaps(weights[T.p1clem]!, false),
    p2c: pairMaps(weights[T.p2c]!, false),
    centers: new Map(),
    subjectBound: subjectBound(weights),
  };
}

function centerOf(fast: FastScorer, weights: TemplateWeights, w: string): Center {
  let c = fast.centers.get(w);
  if (c) return c;
  const lem = crudeLemma(w);
  const suf = suffixClass(w);
  c = {
    w: weights[T.w]!.get(w) ?? 0,
    s3: weights[T.s3]!.get(w.slice(-3)) ?? 0,
    swSpoke: weights[T.sw]!.get(w) ?? 0,
    nwSpoke: weights[T.nw]!.get('') ?? 0,
    swQuiet: weights[T.sw]!.get('') ?? 0,
    nwQuiet: weights[T.nw]!.get(w) ?? 0,
    lem: weights[T.lem]!.get(lem) ?? 0,
    suf,
    sufW: weights[T.suf]!.get(suf) ?? 0,
    p1w: fast.p1w.get(w),
    wn1: fast.wn1.get(w),
    p1cs: fast.p1cs.get(suf),
    sn1c: fast.sn1c.get(suf),
    lemn1c: fast.lemn1c.get(lem),
    p1clem: fast.p1clem.get(lem),
  };
  fast.centers.set(w, c);
  return c;
}

/**
 * The model's score of token `i` summed over every template before the
 * subject's two: exactly `scoreFeatures` of `cueFeatures(toks, i,
 * spokeBefore, …)` up to them, the same weights added in the same order, but
 * with no feature string built and no array made (the word's own weights
 * come from `centerOf`, pairs from maps of maps).
 */
function scoreBeforeSubject(fast: FastScorer, weights: TemplateWeights, c: Center, toks: readonly Token[], i: number, spokeBefore: boolean): number {
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  const next = toks[i + 1];
  const p1 = word(prev);
  const n1 = word(next);
  const p1c = wordClass(prev);
  const n1c = wordClass(next);
  let s = 0;
  s += weights[T.b]!.get('') ?? 0;
  s += c.w;
  s += c.s3;
  s += weights[T.p1]!.get(p1) ?? 0;
  s += weights[T.p2]!.get(word(prev2)) ?? 0;
  s += weights[T.n1]!.get(n1) ?? 0;
  s += weights[T.n2]!.get(word(toks[i + 2])) ?? 0;
  s += weights[T.p1s]!.get(shape(prev)) ?? 0;
  s += weights[T.n1s]!.get(shape(next)) ?? 0;
  s += c.p1w?.get(p1) ?? 0;
  s += c.wn1?.get(n1) ?? 0;
  s += weights[T.cap]!.get(capValue(toks, i)) ?? 0;
  s += weights[T.left]!.get(leftValue(toks, i)) ?? 0;
  s += weights[T.right]!.get(rightValue(toks, i)) ?? 0;
  s += weights[T.spoke]!.get(spokeBefore ? 'S' : '') ?? 0;
  s += spokeBefore ? c.swSpoke : c.swQuiet;
  s += spokeBefore ? c.nwSpoke : c.nwQuiet;
  s += c.lem;
  s += c.sufW;
  s += weights[T.p1c]!.get(p1c) ?? 0;
  s += weights[T.n1c]!.get(n1c) ?? 0;
  s += c.p1cs?.get(p1c) ?? 0;
  s += c.sn1c?.get(n1c) ?? 0;
  s += c.lemn1c?.get(n1c) ?? 0;
  s += c.p1clem?.get(p1c) ?? 0;
  s += fast.p2c.get(p1c)?.get(wordClass(prev2)) ?? 0;
  return s;
}

/**
 * The score `scoresAbove` sums before the subject's templates, for tests: the
 * same as `scoreFeatures` over the first values of `cueFeatures`, to the bit.
 * Undefined for a model loaded without the rearranged weights.
 */
export function scoreBeforeSubjectOf(model: LoadedCueModel, toks: readonly Token[], i: number, spokeBefore: boolean): number | undefined {
  const fast = model.fast;
  if (!fast) return undefined;
  return scoreBeforeSubject(fast, model.weights, centerOf(fast, model.weights, toks[i]!.lower), toks, i, spokeBefore);
}

/** A cue model ready to score: its vocabulary and weights in maps. */
export interface LoadedCueModel {
  vocabulary: ReadonlyMap<string, readonly [number, number]>;
  /** The vocabulary's words as a filter that turns most other words away before the map look-up (none: every word is looked up). */
  vocabularyFilter?: WordFilter;
  weights: TemplateWeights;
  threshold: number;
  /** The weights rearranged to score a word without building its feature strings (none: `cueFeatures` is built and the subject always asked for); see `scoreBeforeSubject`. */
  fast?: FastScorer;
}

let shipped: LoadedCueModel | undefined;

/** The shipped cue model (lexicon/cue-model.ts), loaded once. */
export function shippedCueModel(): LoadedCueModel {
  return (shipped ??= loadCueModel(CUE_MODEL));
}

/** Turns a cue model's data into maps for scoring. */
export function loadCueModel(m: CueModel): LoadedCueModel {
  const vocabulary = new Map(Object.entries(m.vocabulary));
  const weights = templateWeights(m.weights);
  return { vocabulary, vocabularyFilter: new WordFilter(vocabulary.keys()), weights, threshold: m.threshold, fast: fastScorer(weights) };
}
