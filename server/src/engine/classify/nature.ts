/**
 * What a piece of unsourced prose is: nothing to attribute (N), or a claim a
 * reader could challenge (U), and then which kind of claim.
 *
 * News copy is mostly claims, so U is the default: a sentence is N only when
 * one of the N patterns of `words.ts` says so (question, transition, article
 * furniture, first-person aside, bio line, definition, schedule fact) or when
 * it is a verbless fragment.
 */
import type { BlockKind } from '../types';
import { looksFinite } from './clauses';
import { containsAny, matchesAny, normalize, tokenize } from './text';
import {
  ASSERTION_KIND_NAMES,
  BIO_PATTERNS,
  CAUSE_WORDS,
  COMPARISON_WORDS,
  DATE_WORDS,
  DEFINITION_PATTERNS,
  FIRST_PERSON_PATTERNS,
  FRAGMENT_MAX_WORDS,
  JUDGEMENT_WORDS,
  META_PATTERNS,
  NUMBER_WORDS,
  PREDICTION_WORDS,
  SCHEDULE_PATTERNS,
  TRANSITION_PATTERNS,
  type AssertionKind,
} from './words';

/** Closing quotes and brackets that may follow a sentence's end punctuation. */
const CLOSERS = /[\s"'”’»)\]*_]+$/u;

/** True when the text, past any closing quotes or brackets, ends with a question mark. */
export function isQuestion(text: string): boolean {
  return text.replace(CLOSERS, '').endsWith('?');
}

/** True when the text has a finite verb, as far as word lists can tell. */
export function hasFiniteVerb(text: string): boolean {
  return tokenize(text).some(looksFinite) || /\b\p{Ll}{3,}s\b/u.test(text.replace(/\b(?:news|this|its|has|is|was|as|us|his|hers|ours|yours|theirs|series|means|politics|species|plus|thus|less|across|unless|whereas|always|perhaps|sometimes)\b/gi, ''));
}

/** Why a piece of prose needs no source, or undefined when it asserts something. */
export function nothingToAttribute(text: string, blockKind: BlockKind): string | undefined {
  const t = text.trim();
  if (!t) return 'empty';
  if (isQuestion(t)) return 'a question';
  if (matchesAny(t, TRANSITION_PATTERNS)) return 'a transition';
  if (matchesAny(t, META_PATTERNS)) return 'describes the article itself';
  if (matchesAny(t, FIRST_PERSON_PATTERNS)) return "the writer's own aside";
  if (matchesAny(t, BIO_PATTERNS)) return 'a bio line or credit';
  if (matchesAny(t, DEFINITION_PATTERNS)) return 'a textbook definition';
  if (matchesAny(t, SCHEDULE_PATTERNS)) return 'a public schedule fact';
  const words = tokenize(t);
  if (words.length <= FRAGMENT_MAX_WORDS && !/\d/.test(t) && !hasFiniteVerb(t)) return 'a fragment with nothing to attribute';
  if (blockKind === 'table-cell' && !hasFiniteVerb(t)) return 'a table cell that asserts nothing';
  return undefined;
}

const YEAR = /\b(?:1[5-9]|20)\d{2}s?\b/;
const ORDINAL_DAY = /\b\d{1,2}(?:st|nd|rd|th)\b/i;
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
/** "May" as a month: after a preposition or before a day number. */
const MONTH_MAY = /\b(?:in|since|until|by|early|late|mid|of|from|last|next|this) May\b|\bMay \d/;

/** The kinds of claim a piece of prose makes, in the order of `ASSERTION_KIND_NAMES`. */
export function assertionKinds(text: string): AssertionKind[] {
  const lower = normalize(text);
  const kinds = new Set<AssertionKind>();
  if (containsAny(lower, PREDICTION_WORDS)) kinds.add('prediction');
  if (containsAny(lower, JUDGEMENT_WORDS)) kinds.add('judgement');
  if (containsAny(lower, CAUSE_WORDS)) kinds.add('cause');
  if (containsAny(lower, COMPARISON_WORDS) || /\b\p{L}{3,}er than\b/u.test(lower)) kinds.add('comparison');
  if (/\d/.test(text.replace(YEAR, '').replace(ORDINAL_DAY, '')) || containsAny(lower, NUMBER_WORDS)) kinds.add('number');
  if (containsAny(lower, DATE_WORDS) || YEAR.test(text) || ORDINAL_DAY.test(text) || NUMERIC_DATE.test(text) || MONTH_MAY.test(text)) kinds.add('date');
  if (kinds.size === 0) kinds.add('event');
  return ASSERTION_KIND_NAMES.map(([k]) => k).filter((k) => kinds.has(k));
}

/** Names the kinds for a message: "a number and a date". At most two are named. */
export function describeKinds(kinds: AssertionKind[]): string {
  const names = ASSERTION_KIND_NAMES.filter(([k]) => kinds.includes(k)).map(([, n]) => n).slice(0, 2);
  return names.length === 2 ? `${names[0]} and ${names[1]}` : (names[0] ?? 'a claim');
}
