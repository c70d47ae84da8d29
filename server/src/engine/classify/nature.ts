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
import { isWhitespaceCode } from '../text';
import { looksFinite } from './clauses';
import { containsAny, matchesAny, normalize, tokenize } from './text';
import {
  ASSERTION_KIND_NAMES,
  PLURAL_NOUN_CONTEXT,
  BIO_PARAGRAPH_PATTERNS,
  BIO_PATTERNS,
  CAUSE_WORDS,
  CIVICS_PATTERNS,
  COMPARISON_WORDS,
  DATE_WORDS,
  DEFINITION_PATTERNS,
  FIRST_PERSON_PATTERNS,
  FRAGMENT_MAX_WORDS,
  SUBHEAD_MAX_WORDS,
  HEADLINE_CAPITALISED_SHARE,
  HEADLINE_MAX_WORDS,
  IMPERATIVE_LEAD_INS,
  IMPERATIVE_VERBS,
  JUDGEMENT_WORDS,
  LEAD_IN_MAX_WORDS,
  META_PATTERNS,
  NUMBER_WORDS,
  PREDICTION_WORDS,
  SCHEDULE_PATTERNS,
  TRANSITION_PATTERNS,
  VERDICT_FRAGMENT_OPENERS,
  type AssertionKind,
} from './words';

/** A verbless line opening with a negator: an elliptical verdict, not a label (see `VERDICT_FRAGMENT_OPENERS`). */
const VERDICT_OPENER = new RegExp(`^(?:${VERDICT_FRAGMENT_OPENERS.join('|')})\\b`, 'i');

/**
 * A short regular past tense after a word and before another ("Texas sued
 * the agency on Monday.", "Police used tear gas."): a finite verb that
 * `looksFinite` leaves out (it takes "-ed" words of five letters or more,
 * since "bed", "red", "deed" and "seed" are no verbs), so a short paragraph made of
 * one such clause is a claim, not a label. Kept to the label test: read as
 * a finite verb everywhere, "died" split a coordinated clause from its
 * speaker (ninth session, eval/polnear-train).
 */
const SHORT_PAST = /\S\s+(?:[a-z][a-df-z]ed|[a-z]ied)\s+\S/;

/**
 * A capitalised plural opening the text, a lower-case word, then a
 * determiner ("Doctors hate this one simple trick.", "Residents want a new
 * bridge."): the middle word is a present-tense verb that `hasFiniteVerb`
 * does not list, so the text is a clause, not a label. Twelfth session
 * (lane acc-pr), invented content-farm copy.
 */
const PLURAL_SUBJECT_VERB = /^\p{Lu}\p{Ll}+s\s+(\p{Ll}{3,})\s+(?:this|that|these|those|the|a|an|his|her|their|its|our|your|my|one|every)\b/u;
/** Words that stand between a plural noun and a determiner in a label, not as a verb ("Tips for the road", "Lessons from a war"). */
const NOT_VERB_BEFORE_DETERMINER = new Set(['after', 'before', 'against', 'across', 'through', 'without', 'within', 'behind', 'beyond', 'during', 'since', 'until', 'than', 'like', 'near', 'worth', 'via', 'per', 'off', 'up', 'down', 'out', 'inside', 'outside', 'around', 'along', 'amid', 'toward', 'towards', 'upon', 'onto', 'versus', 'despite']);

/** True when the text opens with a plural subject and a present-tense verb before a determiner ({@link PLURAL_SUBJECT_VERB}). */
function pluralSubjectVerb(t: string): boolean {
  const m = PLURAL_SUBJECT_VERB.exec(t);
  return !!m && !NOUN_CONTEXT.has(m[1]!) && !NOT_VERB_BEFORE_DETERMINER.has(m[1]!);
}

/** Closing quotes and brackets that may follow a sentence's end punctuation. */
/** `)`, `]`, `*` and `_`: what may close a sentence after its last mark. */
function isBracketCloser(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x2a || c === 0x5f;
}

/** `"`, `”`, `’` and `»`: the quotation marks that close someone else's words. */
function isQuoteCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/**
 * True when the text, past any closing brackets, ends with a question mark that
 * is the writer's: a question inside closing quotation marks is someone else's.
 * Read backwards from the end, code by code (once per sentence, so no pattern
 * anchored at the end, which would be tried from every position).
 */
export function isQuestion(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  // "?”)": a question mark, closing quotation marks, then closing brackets.
  let k = end;
  while (k > 0 && isBracketCloser(text.charCodeAt(k - 1))) k--;
  let q = k;
  while (q > 0 && isQuoteCloser(text.charCodeAt(q - 1))) q--;
  if (q < k && q > 0 && text.charCodeAt(q - 1) === 0x3f) return false;
  // The last character before the closing spaces, quotation marks (an apostrophe too) and brackets.
  let m = end;
  while (m > 0) {
    const c = text.charCodeAt(m - 1);
    if (!(isWhitespaceCode(c) || isBracketCloser(c) || isQuoteCloser(c) || c === 0x27)) break;
    m--;
  }
  return m > 0 && text.charCodeAt(m - 1) === 0x3f;
}

const IMPERATIVES = new Set(IMPERATIVE_VERBS);
const LEAD_INS = new Set(IMPERATIVE_LEAD_INS);

/** True when the sentence is an imperative: no subject, a base-form verb first ("Stop lying."). */
export function isImperative(text: string): boolean {
  const words = tokenize(text);
  let i = 0;
  while (i < words.length - 1 && LEAD_INS.has(words[i]!.lower)) i++;
  const verb = words[i];
  const next = words[i + 1];
  if (!verb || !IMPERATIVES.has(verb.lower)) return false;
  if (i === 0 && !/^[\p{Lu}]/u.test(verb.text)) return false;
  return !next || !looksFinite(next);
}

/**
 * True for a sentence written all in capitals ("FIREWORKS FLY IN FIRST
 * DEBATE."): a news digest's item title or a subhead, whatever its
 * punctuation (eval/HARD-CASES.md: an all-caps subheading is a heading).
 */
export function isAllCapsHeadline(text: string): boolean {
  // A lower-case ASCII letter is a letter that upper-casing changes: the test
  // below fails on it, and nearly every sentence has one.
  if (hasAsciiLower(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && tokenize(text).length >= 2;
}

/** True when `text` has a letter a–z. */
function hasAsciiLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** True when the text reads as a headline: one line, no end punctuation, mostly capitalised words. */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  if (!t || t.includes('\n') || /[.!?]["”’)]*$/.test(t)) return false;
  const words = tokenize(t).filter((w) => w.text.length > 3 || /^\p{Lu}/u.test(w.text));
  if (words.length === 0 || tokenize(t).length > HEADLINE_MAX_WORDS) return false;
  return words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w.text)).length / words.length >= HEADLINE_CAPITALISED_SHARE;
}

/**
 * First-person sentences that embed a claim ("I cannot fathom how X escaped
 * charges") are not asides. After "that" the clause needs a subject of its
 * own: "that" right before its verb is a relative pronoun ("food that is
 * within her budget"), which describes a noun and embeds no claim.
 */
const EMBEDDED_CLAIM = /\b(?:(?:how|why|whether)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*(?:[\p{L}'’-]+\s+)?|that\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+)+|[\p{L}'’-]+\s+))(?:is|are|was|were|has|have|had|did|does|can|could|will|would|\p{L}+ed)\b/u;

/** A pronoun with a contracted verb ("that's", "they're") or a negated auxiliary ("isn't"). */
const CONTRACTED_VERB = /\b(?:that|it|he|she|there|what|who|here|where|this|they|we|you|i)['’](?:s|re|ve|ll|d|m)\b|\b\p{L}+n['’]t\b/iu;

const NOUN_CONTEXT = new Set(PLURAL_NOUN_CONTEXT);

/** Words ending in "-s" that are not third-person verbs. */
const NOT_S_VERBS = /^(?:.*(?:ss|us|is|ics|ies|ous|'s|’s)|news|series|species|always|perhaps|sometimes|whereas|besides|afterwards|towards|plus|thus|less|unless|across|yes|was|has|does|goes|its|his|hers|ours|yours|theirs|this)$/;

/** True when the text has a finite verb, as far as word lists can tell. */
export function hasFiniteVerb(text: string): boolean {
  // Both forms need an apostrophe: a text with none is not searched.
  if ((text.includes("'") || text.includes('’')) && CONTRACTED_VERB.test(text)) return true;
  const words = tokenize(text);
  return words.some((w, i) => {
    if (looksFinite(w)) return true;
    // "the ministry denies": a lower-case "-s" word after a noun-like word.
    // (The pattern is only tried on words that end in "s" and are long enough for it.)
    if (w.text.length < 4 || w.text.charCodeAt(w.text.length - 1) !== 0x73 || !/^\p{Ll}{3,}s$/u.test(w.text) || NOT_S_VERBS.test(w.lower)) return false;
    const prev = words[i - 1];
    return !!prev && !NOUN_CONTEXT.has(prev.lower) && !/['’]s$/.test(prev.lower);
  });
}

/** The text with quoted words blanked out: someone else's "I" is not the writer's. */
function unquoted(text: string): string {
  if (!text.includes('"') && !text.includes('“')) return text;
  return text.replace(/"[^"]*"?|“[^”]*”?/g, (q) => ' '.repeat(q.length));
}

/**
 * "I think it is a sure sign …", "I know he'll keep going", "This, I predict,
 * will not end well", "I don't think his speeches are the only thing …": the
 * writer's opinion verb, or its denial, framing a clause about
 * someone or something else. The clause is a judgement stated by the writer,
 * so the sentence is a claim, not an aside (eval/HARD-CASES.md: an op-ed
 * writer's verdicts are U; "I believe in the good sense of …" stays an aside).
 */
const OPINION_FRAME = /\bI(?:['’]m| am)? (?:(?:continue to|still|really|sincerely|firmly|truly|do|don['’]t|do not) )?(?:think|believe|predict|guess|know|suspect|expect|bet|suppose|sure|convinced|certain|claim|hope|glad|aghast|appalled|saddened)\b,?\s+(?:that\s+)?(.*)$/is;
const OPINION_PARENTHESIS = /^(.*\S),\s*(?:I (?:think|believe|predict|guess|suspect|bet|suppose|fear|expect)|I['’]m afraid|I am afraid),\s+(.*)$/is;
/**
 * Other frames of the writer's verdict on someone else (eval/HARD-CASES.md:
 * a first-person sentence that presupposes a challengeable judgement of
 * someone else is U): "In my opinion, politicians need …", "It amazes me
 * that more people can't see …". The clause after the frame must assert.
 */
const VERDICT_FRAMES = [
  /^(?:in|to) my (?:personal |humble |own )?(?:view|opinion),\s+(.*)$/is,
  /^it (?:amazes|astonishes|saddens|troubles|bothers|baffles|puzzles|stuns|appalls|disgusts|angers|infuriates|worries) me (?:that|how|why)\s+(.*)$/is,
];
/** "I find his language deplorable": the writer's verdict on another's words or deeds (same source). */
const FIND_VERDICT = /^(?:(?:and|but|so),?\s+)?I find (?:his|her|their|its)\s/i;
/** Words after an opinion verb that do not open a clause ("I believe in …", "I know all about …", "I am glad we …"). */
const NOT_A_CLAUSE_START = /^(?:in|about|of|so|not|all|what|why|how|to|for|this\.?$|that\.?$|it\.?$|I\b|me\b|my\b|we\b|us\b)/i;

/** True when the writer's opinion verb frames a clause that asserts something (see `OPINION_FRAME`). */
function framesClaim(text: string): boolean {
  if (FIND_VERDICT.test(text)) return true;
  for (const re of VERDICT_FRAMES) {
    const v = re.exec(text);
    if (v && !NOT_A_CLAUSE_START.test(v[1]!) && hasFiniteVerb(v[1]!)) return true;
  }
  const p = OPINION_PARENTHESIS.exec(text);
  if (p && hasFiniteVerb(p[2]!) && tokenize(p[1]!).length >= 1) return true;
  const m = OPINION_FRAME.exec(text);
  if (!m) return false;
  const rest = m[1]!.trim();
  return !NOT_A_CLAUSE_START.test(rest) && tokenize(rest).length >= 3 && hasFiniteVerb(rest);
}

/**
 * "Remember: The world also ignored …", "Make no mistake, this is a Hail
 * Mary pass": an imperative that only leads into a clause of the writer's
 * own, which asserts (eval/polnear-train opinion labels: U).
 */
const IMPERATIVE_LEAD = /^(?:remember|make no mistake|mind you|note|keep in mind|don['’]t forget|never forget|rest assured)\s*[:,;—–-]\s*(.*)$/is;

/** True when an imperative only leads into an asserting clause (see `IMPERATIVE_LEAD`). */
function leadsIntoClaim(text: string): boolean {
  const m = IMPERATIVE_LEAD.exec(text);
  return !!m && tokenize(m[1]!).length >= 3 && hasFiniteVerb(m[1]!);
}

/** True when a clause after ", but", ", yet" or ", and" has a verb of its own: a claim beside the aside. */
function assertsAfterConjunction(text: string): boolean {
  const m = /,\s+(?:but|yet|and)\s+(.*)$/is.exec(text);
  // "…, and we identified with them": still the writer's own account.
  return !!m && hasFiniteVerb(m[1]!) && !/^(?:I|we|my|our)\b/i.test(m[1]!);
}

/** Why a piece of prose needs no source, or undefined when it asserts something. */
export function nothingToAttribute(text: string, blockKind: BlockKind, wholeBlock = false): string | undefined {
  const t = text.trim();
  if (!t) return 'empty';
  if (wholeBlock && blockKind === 'paragraph' && isHeadline(t)) return 'a headline';
  if (wholeBlock && matchesAny(t, BIO_PARAGRAPH_PATTERNS)) return 'a bio line or credit';
  if (isQuestion(t)) return 'a question';
  if (matchesAny(t, TRANSITION_PATTERNS)) return 'a transition';
  if (matchesAny(t, META_PATTERNS)) return 'describes the article itself';
  if (isImperative(t) && !leadsIntoClaim(t)) return 'an imperative addressed to the reader';
  const own = unquoted(t);
  if (matchesAny(own, FIRST_PERSON_PATTERNS) && !EMBEDDED_CLAIM.test(own) && !assertsAfterConjunction(own) && !framesClaim(own)) return "the writer's own aside";
  if (matchesAny(t, BIO_PATTERNS)) return 'a bio line or credit';
  if (matchesAny(t, DEFINITION_PATTERNS) || matchesAny(t, CIVICS_PATTERNS)) return 'a textbook definition';
  if (isAllCapsHeadline(t)) return 'a headline';
  if (matchesAny(t, SCHEDULE_PATTERNS)) return 'a public schedule fact';
  const words = tokenize(t);
  if (words.length <= FRAGMENT_MAX_WORDS && !/\d/.test(t) && !hasFiniteVerb(t) && !pluralSubjectVerb(t)) return 'a fragment with nothing to attribute';
  if (words.length <= LEAD_IN_MAX_WORDS && /:$/.test(t)) return 'a lead-in to what follows';
  // A verbless paragraph of a few words is a label: a run-in subhead ("Cold
  // War memory gap."), a column's figure of the week ("$50 million.").
  if (wholeBlock && blockKind === 'paragraph' && words.length <= SUBHEAD_MAX_WORDS && !t.includes(':') && !hasFiniteVerb(t) && !SHORT_PAST.test(t) && !VERDICT_OPENER.test(t) && !pluralSubjectVerb(t)) return 'a label or subhead';
  if (blockKind === 'table-cell' && !hasFiniteVerb(t)) return 'a table cell that asserts nothing';
  return undefined;
}

const YEAR = /\b(?:1[5-9]|20)\d{2}s?\b/;
const ORDINAL_DAY = /\b\d{1,2}(?:st|nd|rd|th)\b/i;
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;
/** "May" as a month: after a preposition or before a day number. */
const MONTH_MAY = /\b(?:in|since|until|by|early|late|mid|of|from|last|next|this) May\b|\bMay \d/;
const MONTH_MAY_ALL = new RegExp(MONTH_MAY.source, 'g');

/** The kinds of claim a piece of prose makes, in the order of `ASSERTION_KIND_NAMES`. */
export function assertionKinds(text: string): AssertionKind[] {
  const lower = normalize(text);
  const kinds = new Set<AssertionKind>();
  // "in May" is a date, not the modal.
  // Only a text with "May" in it can have a month to blank out.
  if (containsAny(text.includes('May') ? normalize(text.replace(MONTH_MAY_ALL, ' ')) : lower, PREDICTION_WORDS)) kinds.add('prediction');
  if (containsAny(lower, JUDGEMENT_WORDS)) kinds.add('judgement');
  if (containsAny(lower, CAUSE_WORDS)) kinds.add('cause');
  if (containsAny(lower, COMPARISON_WORDS) || (lower.includes('er than') && /\b\p{L}{3,}er than\b/u.test(lower))) kinds.add('comparison');
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
