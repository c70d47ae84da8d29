/**
 * The genre of a draft, read from the draft itself: news (the default), an
 * opinion piece, or a press release.
 *
 * The standard labels some sentences by who is writing: a named interviewee's
 * stated feelings are attributed in news, but an op-ed writer's account of
 * what a politician "knows" or "believes" is the writer's own judgement
 * (eval/HARD-CASES.md, "Opinion, letters and editorials"); in a press release
 * the issuer is no source for its own sentences (labels.md, hard cases). A
 * sentence cannot tell which it is; the whole draft can.
 *
 * Opinion is told from news by a small learned model (genre-model.ts,
 * trained by scripts/train/genre.ts) over rates the draft's own words give:
 * the writer's first and second person, questions, modals and stance adverbs
 * outside quotations against reporting verbs, weekdays, wire datelines and
 * quoted words. Every feature is a count of matches that never run past a
 * line, so an edit updates the counts by its window (`recountGenre`).
 *
 * Linear in the length of the draft: a few regular-expression scans of the
 * prose view, line by line.
 */
import type { ProseDocument, Span } from '../types';
import { GENRE_MODEL } from './genre-model';
import { GENRE_OPINION_MIN_VOICE, GENRE_OPINION_PROBABILITY, GENRE_PRESS_RELEASE_MIN_SIGNALS, GENRE_STANCE_ADVERBS, PRESS_RELEASE_SIGNALS } from './words';

/** What kind of copy a draft is, as far as classification needs to know. */
export type Genre = 'news' | 'opinion' | 'press-release';

/** Quoted words on one line (a quotation left open runs to the end of its line). */
const QUOTED = /"[^"\n]*"?|“[^”\n]*”?/g;

/** Where a genre feature is counted: the writer's own words (quotations blanked out) or all the prose. */
type FeatureText = 'own' | 'all';

/**
 * A feature of the genre model: a count of `re`'s matches in the draft, read
 * as a rate per sentence (`per: 'sentence'`) or per character of prose
 * (`per: 'char'`, for `quoted`, which counts characters, not matches).
 */
export interface GenreFeature {
  name: string;
  re: RegExp;
  text: FeatureText;
  per: 'sentence' | 'char';
  /** True for a mark of the writer's own voice (see `GENRE_OPINION_MIN_VOICE`). */
  voice?: boolean;
}

const STANCE = new RegExp(`\\b(?:${GENRE_STANCE_ADVERBS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

/**
 * The features the genre model weighs, in the order of its weights. Each
 * regular expression is global and never matches across a line break.
 */
export const GENRE_FEATURES: readonly GenreFeature[] = [
  // The writer's own "I" and "we", and the reader addressed as "you".
  { name: 'first-singular', voice: true, re: /\b(?:I(?![-–]\p{Lu})|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Mm]yself|[Mm]ine)\b/gu, text: 'own', per: 'sentence' },
  { name: 'first-plural', voice: true, re: /\b(?:[Ww]e|[Oo]ur|[Uu]s|[Oo]urselves)\b/g, text: 'own', per: 'sentence' },
  { name: 'second-person', voice: true, re: /\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b/g, text: 'own', per: 'sentence' },
  // Reporting in the writer's voice or around a quotation: news. Not beside a
  // bracketed placeholder ("according to [SOURCE]", "[SPEAKER] said"): a
  // source still to fill, as sourcetrace's own fixes insert, is no reporting,
  // and fixing a column must not turn it into news.
  { name: 'reporting', re: /(?<!\][ \t]{0,3})\b(?:said|says|told|according to)\b(?![ \t]{0,3}\[)/gi, text: 'all', per: 'sentence' },
  // The writer's questions, exclamations, obligations and stance adverbs: argument.
  { name: 'question', voice: true, re: /\?/g, text: 'own', per: 'sentence' },
  { name: 'modal', voice: true, re: /\b(?:should|must|ought to|needs? to)\b/gi, text: 'own', per: 'sentence' },
  { name: 'stance', voice: true, re: STANCE, text: 'own', per: 'sentence' },
  // When things happened, and a wire service's credit or dateline: news.
  { name: 'weekday', re: /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, text: 'all', per: 'sentence' },
  { name: 'wire', re: /\((?:AP|Reuters|AFP|UPI)\)|^[ \t]*\p{Lu}[\p{Lu} .,'’-]{2,}[ \t]*[—–]/gmu, text: 'all', per: 'sentence' },
  { name: 'exclamation', voice: true, re: /!/g, text: 'own', per: 'sentence' },
  // How much of the prose is quoted: characters inside quotation marks.
  { name: 'quoted', re: QUOTED, text: 'all', per: 'char' },
];

/**
 * The genre model (genre-model.ts): per feature, the offset and scale that
 * turn its rate into the model's input ((rate - mean) / sd, clipped to
 * ±`clip`: a short draft's rates swing) and its logistic weight; a bias.
 */
export interface GenreModel {
  features: string[];
  mean: number[];
  sd: number[];
  weights: number[];
  bias: number;
  clip: number;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Characters inside quotation marks (per line, as `QUOTED` reads them). */
function quotedChars(text: string): number {
  QUOTED.lastIndex = 0;
  let n = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) n += m[0].length;
  return n;
}

/**
 * Reads the genre of a draft from its prose view (its source text for the
 * press-release marks). `sentences` is how many sentences it has (rates are
 * per sentence).
 *
 * - press release: at least `GENRE_PRESS_RELEASE_MIN_SIGNALS` of the
 *   `PRESS_RELEASE_SIGNALS` ("today announced", an "About X" boilerplate
 *   line, a media contact, a newswire credit, a stock ticker, "###");
 * - opinion: the genre model gives opinion a probability of at least
 *   `GENRE_OPINION_PROBABILITY`, and the writer's own voice (first or second
 *   person, questions, modals, stance adverbs, exclamations outside
 *   quotations) shows at least `GENRE_OPINION_MIN_VOICE` times a sentence;
 * - news otherwise, and for any draft too short to tell (fewer than 4 sentences).
 */
export function readGenre(doc: Pick<ProseDocument, 'prose' | 'source'>, sentences: number): Genre {
  if (sentences < 4) return 'news';
  return genreOf(countGenre(doc), sentences);
}

/**
 * What the genre is read from (see `readGenre`), kept by the incremental
 * analyzer so that an edit updates it (`recountGenre`) instead of scanning
 * the whole draft again.
 */
export interface GenreCounts {
  /** Per entry of `PRESS_RELEASE_SIGNALS`: where one of its matches lies in the source, or undefined for none. */
  signals: (Span | undefined)[];
  /** Per entry of `GENRE_FEATURES`, its count in the prose view. */
  features: number[];
  /** Characters of the prose view (what `per: 'char'` features are rates of). */
  chars: number;
}

/** The rates of the features of `c` over a draft of `sentences` sentences, in the order of `GENRE_FEATURES`. */
export function genreRates(c: Pick<GenreCounts, 'features' | 'chars'>, sentences: number): number[] {
  return GENRE_FEATURES.map((f, i) => (c.features[i] ?? 0) / Math.max(1, f.per === 'char' ? c.chars : sentences));
}

/** The probability the genre model gives to opinion for these rates. */
export function opinionProbability(rates: readonly number[], model: GenreModel = GENRE_MODEL): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) {
    const v = ((rates[i] ?? 0) - model.mean[i]!) / (model.sd[i] || 1);
    z += model.weights[i]! * Math.max(-model.clip, Math.min(model.clip, v));
  }
  return 1 / (1 + Math.exp(-z));
}

/** The genre of a draft of `sentences` sentences with these counts (by the shipped model unless another is given). */
export function genreOf(c: GenreCounts, sentences: number, model: GenreModel = GENRE_MODEL): Genre {
  if (sentences < 4) return 'news';
  let signals = 0;
  for (const s of c.signals) if (s) signals++;
  if (signals >= GENRE_PRESS_RELEASE_MIN_SIGNALS) return 'press-release';
  const rates = genreRates(c, sentences);
  let voice = 0;
  GENRE_FEATURES.forEach((f, i) => (voice += f.voice ? rates[i]! : 0));
  if (voice >= GENRE_OPINION_MIN_VOICE && opinionProbability(rates, model) >= GENRE_OPINION_PROBABILITY) return 'opinion';
  return 'news';
}

/** Counts what the genre is read from in a whole draft. */
export function countGenre(doc: Pick<ProseDocument, 'prose' | 'source'>): GenreCounts {
  // The source text: an end mark such as "###" is Markdown, masked in the prose view.
  return { signals: PRESS_RELEASE_SIGNALS.map((re) => matchIn(re, doc.source, 0)), features: proseCounts(doc.prose), chars: doc.prose.length };
}

/** The feature counts of a piece of prose (no match runs past a line). */
function proseCounts(prose: string): number[] {
  let own: string | undefined;
  return GENRE_FEATURES.map((f) => {
    if (f.per === 'char') return quotedChars(prose);
    const text = f.text === 'all' ? prose : (own ??= prose.replace(QUOTED, ' '));
    return count(text, f.re);
  });
}

/** The first match of `re` in `text`, as a span shifted by `at`. */
function matchIn(re: RegExp, text: string, at: number): Span | undefined {
  const m = re.exec(text);
  return m ? { start: at + m.index, end: at + m.index + m[0].length } : undefined;
}

/** Lines containing something other than white space that a signal's match may reach beyond the lines it touches, each way. */
const SIGNAL_REACH = 4;

/**
 * The counts of `doc` after an edit of `before`'s text (`[start, oldEnd)`
 * became `[start, newEnd)` of the source) whose prose view differs only in
 * `[window.start, window.oldEnd)`, now `[window.start, window.end)`; both ends
 * are line starts. Equal to `countGenre(doc)`.
 *
 * Words and quotations never run past a line, so the prose counts change by
 * the window's. A signal match that does not touch the edit (nor the
 * character on either side, which `\b`, `^` and `$` read) is still one,
 * moved; without one, a new match must touch the edit, and every signal's
 * match is a few runs of text separated by white space (a newswire between
 * slashes, a ticker in brackets), so it lies within `SIGNAL_REACH` lines that
 * are not blank of the edit; a match the edit touched is looked for in the
 * whole source again.
 */
export function recountGenre(
  prev: GenreCounts,
  before: Pick<ProseDocument, 'prose' | 'source'>,
  doc: Pick<ProseDocument, 'prose' | 'source'>,
  edit: { start: number; oldEnd: number; newEnd: number },
  window: { start: number; oldEnd: number; end: number },
): GenreCounts {
  const source = doc.source;
  const delta = edit.newEnd - edit.oldEnd;
  let near: { from: number; to: number } | undefined;
  const signals = PRESS_RELEASE_SIGNALS.map((re, i) => {
    const m = prev.signals[i];
    if (m && m.end < edit.start) return m;
    if (m && m.start - 1 >= edit.oldEnd) return { start: m.start + delta, end: m.end + delta };
    if (m) return matchIn(re, source, 0);
    near ??= reach(source, edit.start, edit.newEnd);
    return near ? matchIn(re, source.slice(near.from, near.to), near.from) : matchIn(re, source, 0);
  });
  const was = proseCounts(before.prose.slice(window.start, window.oldEnd));
  const now = proseCounts(doc.prose.slice(window.start, window.end));
  return { signals, features: prev.features.map((n, i) => n - was[i]! + now[i]!), chars: doc.prose.length };
}

/** Most lines `reach` walks each way before the caller searches the whole source instead. */
const MAX_REACH_LINES = 1000;

/**
 * From the start of the line holding `from` back over `SIGNAL_REACH` lines
 * that are not blank, to the end of the line holding `to` on over as many;
 * undefined when that is too far (the whole source is searched then).
 */
function reach(text: string, from: number, to: number): { from: number; to: number } | undefined {
  let a = text.lastIndexOf('\n', from - 1) + 1;
  for (let seen = 0, lines = 0; a > 0 && seen < SIGNAL_REACH; lines++) {
    if (lines > MAX_REACH_LINES) return undefined;
    const b = a >= 2 ? text.lastIndexOf('\n', a - 2) + 1 : 0;
    if (/\S/.test(text.slice(b, a - 1))) seen++;
    a = b;
  }
  let z = text.indexOf('\n', to);
  if (z < 0) z = text.length;
  for (let seen = 0, lines = 0; z < text.length && seen < SIGNAL_REACH; lines++) {
    if (lines > MAX_REACH_LINES) return undefined;
    let y = text.indexOf('\n', z + 1);
    if (y < 0) y = text.length;
    if (/\S/.test(text.slice(z + 1, y))) seen++;
    z = y;
  }
  return { from: a, to: z };
}
