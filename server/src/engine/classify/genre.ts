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
import type { ProseDocument } from '../types';
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
  const prose = doc.prose;
  // The source text: an end mark such as "###" is Markdown, masked in the prose view.
  const signals = PRESS_RELEASE_SIGNALS.filter((re) => re.test(doc.source)).length;
  if (signals >= GENRE_PRESS_RELEASE_MIN_SIGNALS) return 'press-release';
  const own = prose.replace(QUOTED, ' ');
  const firstPerson = count(own, FIRST_PERSON) / sentences;
  const reporting = count(prose, REPORTING) / sentences;
  if (firstPerson >= GENRE_OPINION_FIRST_PERSON_RATE && reporting < GENRE_OPINION_REPORTING_RATE) return 'opinion';
  return 'news';
}
