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
 * Linear in the length of the draft: a few regular-expression scans of the
 * prose view, line by line.
 */
import type { ProseDocument, Span } from '../types';
import {
  GENRE_OPINION_FIRST_PERSON_RATE,
  GENRE_OPINION_REPORTING_RATE,
  GENRE_PRESS_RELEASE_MIN_SIGNALS,
  PRESS_RELEASE_SIGNALS,
} from './words';

/** What kind of copy a draft is, as far as classification needs to know. */
export type Genre = 'news' | 'opinion' | 'press-release';

/** The writer's own first person outside quotation marks: "I", "my", "we", "our" … */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|myself|we|We|our|Our|us)\b/g;
/** Reporting in the writer's voice: "said", "says", "told", "according to". */
const REPORTING = /\b(?:said|says|told|according to)\b/gi;
/** Quoted words on one line (a quotation left open runs to the end of its line). */
const QUOTED = /"[^"\n]*"?|“[^”\n]*”?/g;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * Reads the genre of a draft from its prose view (its source text for the
 * press-release marks). `sentences` is how many
 * sentences it has (rates are per sentence).
 *
 * - press release: at least `GENRE_PRESS_RELEASE_MIN_SIGNALS` of the
 *   `PRESS_RELEASE_SIGNALS` ("today announced", an "About X" boilerplate
 *   line, a media contact, a newswire credit, a stock ticker, "###");
 * - opinion: the writer speaks in the first person (outside quotations) in
 *   at least `GENRE_OPINION_FIRST_PERSON_RATE` of the sentences and reports
 *   little ("said", "told", "according to" in fewer than
 *   `GENRE_OPINION_REPORTING_RATE` of them);
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
  /** First-person words outside quotations, and reporting words, in the prose view. */
  firstPerson: number;
  reporting: number;
}

/** The genre of a draft of `sentences` sentences with these counts. */
export function genreOf(c: GenreCounts, sentences: number): Genre {
  if (sentences < 4) return 'news';
  let signals = 0;
  for (const s of c.signals) if (s) signals++;
  if (signals >= GENRE_PRESS_RELEASE_MIN_SIGNALS) return 'press-release';
  if (c.firstPerson / sentences >= GENRE_OPINION_FIRST_PERSON_RATE && c.reporting / sentences < GENRE_OPINION_REPORTING_RATE) return 'opinion';
  return 'news';
}

/** Counts what the genre is read from in a whole draft. */
export function countGenre(doc: Pick<ProseDocument, 'prose' | 'source'>): GenreCounts {
  // The source text: an end mark such as "###" is Markdown, masked in the prose view.
  return { signals: PRESS_RELEASE_SIGNALS.map((re) => matchIn(re, doc.source, 0)), ...proseCounts(doc.prose) };
}

/** First-person and reporting words in prose (no quotation runs past a line, no word past a line break). */
function proseCounts(prose: string): { firstPerson: number; reporting: number } {
  return { firstPerson: count(prose.replace(QUOTED, ' '), FIRST_PERSON), reporting: count(prose, REPORTING) };
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
  return { signals, firstPerson: prev.firstPerson - was.firstPerson + now.firstPerson, reporting: prev.reporting - was.reporting + now.reporting };
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
