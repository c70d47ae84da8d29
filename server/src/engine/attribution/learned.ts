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
function wordClass(t: Token | undefined): string {
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
  let capLeft = false;
  let pronLeft = false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const x = toks[k]!;
    if (x.kind !== 'word') break;
    if (x.cap) capLeft = true;
    if (SUBJECT_PRONOUNS.has(x.lower)) pronLeft = true;
  }
  let thatRight = false;
  let quoteNear = false;
  for (let k = i + 1; k < toks.length && k <= i + 3; k++) {
    if (toks[k]!.lower === 'that') thatRight = true;
    if (toks[k]!.kind === 'quote' || toks[k]!.text === ':') quoteNear = true;
  }
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (toks[k]!.kind === 'quote') quoteNear = true;
  const first = i === 0 || (i === 1 && toks[0]!.kind !== 'word');
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
    t.cap ? (first ? 'CF' : 'C') : first ? 'F' : '',
    capLeft ? (pronLeft ? 'CP' : 'C') : pronLeft ? 'P' : '',
    thatRight ? (quoteNear ? 'TQ' : 'T') : quoteNear ? 'Q' : '',
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

/** Where the subject's two templates are in `CUE_TEMPLATES`: the last two, so a score can be summed up to them first. */
const SUBJ = CUE_TEMPLATES.indexOf('subj');
const SUBJ_SUF = CUE_TEMPLATES.indexOf('subjsuf');
const SUBJECT_LAST = SUBJ === CUE_TEMPLATES.length - 2 && SUBJ_SUF === CUE_TEMPLATES.length - 1;
/** Where the suffix class is in `cueFeatures`' values. */
const SUF = CUE_TEMPLATES.indexOf('suf');

/** The most the subject's templates can add to a score (an unknown value adds 0): `subj` overall, `subjsuf` for each suffix class. */
interface SubjectBound {
  subj: number;
  bySuffix: ReadonlyMap<string, number>;
}

function subjectBound(weights: TemplateWeights): SubjectBound | undefined {
  if (!SUBJECT_LAST) return undefined;
  let subj = 0;
  for (const w of weights[SUBJ]!.values()) subj = Math.max(subj, w);
  const bySuffix = new Map<string, number>();
  // A value is "class|suffix": the suffix class has no "|", so it follows the last one.
  for (const [value, w] of weights[SUBJ_SUF]!) {
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
  const bound = model.subjectBound;
  if (!bound) return scoreFeatures(model, cueFeatures(toks, i, spokeBefore, subject(i))) > model.threshold;
  // The subject's own values are filled in below, once known.
  const values = cueFeatures(toks, i, spokeBefore, '');
  let s = 0;
  for (let k = 0; k < SUBJ; k++) s += model.weights[k]!.get(values[k]!) ?? 0;
  const suf = values[SUF]!;
  if (s + bound.subj + (bound.bySuffix.get(suf) ?? 0) <= model.threshold) return false;
  const subj = subject(i);
  s += model.weights[SUBJ]!.get(subj) ?? 0;
  s += model.weights[SUBJ_SUF]!.get(subj + '|' + suf) ?? 0;
  return s > model.threshold;
}

/** A cue model ready to score: its vocabulary and weights in maps. */
export interface LoadedCueModel {
  vocabulary: ReadonlyMap<string, readonly [number, number]>;
  /** The vocabulary's words as a filter that turns most other words away before the map look-up (none: every word is looked up). */
  vocabularyFilter?: WordFilter;
  /** The most the subject's templates can add to a score (none: the subject is always asked for); see `scoresAbove`. */
  subjectBound?: SubjectBound;
  weights: TemplateWeights;
  threshold: number;
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
  return { vocabulary, vocabularyFilter: new WordFilter(vocabulary.keys()), weights, threshold: m.threshold, subjectBound: subjectBound(weights) };
}
