/**
 * Noun phrases as sources: where a source phrase starts and ends next to a
 * cue, and what kind of source it is. Works on the tokens of one sentence and
 * the lexicon only; resolving pronouns and short forms is discourse.ts's job.
 */
import { trieMatch, type Lexicon } from '../lexicon';
import type { Token } from '../lexicon/tokens';
import { RECORD_ISSUERS } from '../lexicon/sources';
import type { SourceKind } from '../types';

/** What a source phrase is, before resolution against earlier sentences. */
export interface NounPhrase {
  /** Token range `[from, to)` of the phrase in its sentence. */
  from: number;
  to: number;
  kind: SourceKind;
  vague: boolean;
  /** Set for pronouns: what the pronoun can point back to. */
  pronoun?: 'male' | 'female' | 'plural' | 'thing' | 'relative' | 'self';
  /**
   * Set for short forms that name no one themselves ("the ministry", "the
   * report", "the North Korean leader"): the head word to look up earlier.
   */
  shortForm?: string;
  /** For short forms: how to type the phrase when nothing earlier matches. */
  fallback?: { kind: SourceKind; vague: boolean };
  /** For named sources: the name itself (titles and articles dropped). */
  name?: { from: number; to: number };
  /** Office titles written before the name ("DPRK leader Kim Jong-un" → leader). */
  titles?: string[];
  /** True when the name is a possessor ("Clinton's campaign"): the source is the name's entity. */
  possessor?: boolean;
  /** Gender told by an honorific ("Mr", "Mrs"). */
  gender?: 'male' | 'female';
  /**
   * True for a share of poll respondents ("63 percent", "a majority of
   * voters"): they speak for a poll when a speech verb follows ("said",
   * "agreed"), and state no one's claim with a verb of belief or preference
   * (eval/HARD-CASES.md, "Polls").
   */
  respondents?: boolean;
  /**
   * For an unnamed role qualified by a short form ("a spokesperson for the
   * bank", "analysts at the firm"): the short form's head, which may point
   * back to an organisation named earlier and so identify the role.
   */
  qualifierHead?: string;
  /**
   * With `qualifierHead`: the short form may stand only for the organisation
   * just met, never for a bare name guessed to be one ("A company spokesman
   * declined to comment" after "Acme Corp. …").
   */
  qualifierLast?: boolean;
  /** How sure the typing is, 0–1. */
  confidence: number;
  /**
   * True when the phrase can be somebody who speaks or a document that says:
   * a pronoun, a name, a group noun, an office, an organisation, a document.
   * False for phrases with no such head ("a deepening partnership").
   */
  speakerLike?: boolean;
}

/** Most marks a sentence's first word may follow and still open it. */
const MAX_LEADING_MARKS = 4;

/**
 * True when only a few marks stand between the sentence start and token `i`
 * ("’# According to …", "—# Some say"): the word is the sentence's first, and
 * "According" after them no more a name than at the start.
 */
function onlyMarksBefore(toks: readonly Token[], i: number, sentenceStart: number): boolean {
  if (i <= sentenceStart || i - sentenceStart > MAX_LEADING_MARKS) return false;
  for (let k = sentenceStart; k < i; k++) if (toks[k]!.kind === 'word') return false;
  return true;
}

/** The days of the week: dates, not names, after a publishing participle (see `isNameWord`). */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Participles of publishing a document, which a date may follow ("released Tuesday by"). */
const DATED_PARTICIPLES: ReadonlySet<string> = new Set(['released', 'published', 'issued', 'unveiled', 'posted', 'filed', 'made', 'conducted']);

/** True when `t` is a capitalised word that names something (not a sentence-opening common word). */
export function isNameWord(lex: Lexicon, toks: readonly Token[], i: number, sentenceStart: number): boolean {
  const t = toks[i];
  if (!t || t.kind !== 'word' || !t.cap) return false;
  if (isDigit(t.text)) return false;
  // After a dash too: a wire dateline's "(AP) — A news report said" opens the
  // story there, and its "A" is an article, not a name ("A news report" was
  // typed a named document, A, where the sentence alone reads V).
  const opener = i === sentenceStart || toks[i - 1]?.kind === 'quote' || toks[i - 1]?.text === ':' || toks[i - 1]?.text === ';' || toks[i - 1]?.text === '(' || toks[i - 1]?.text === '—' || toks[i - 1]?.text === '–' || onlyMarksBefore(toks, i, sentenceStart);
  if (opener && (lex.commonOpeners.has(t.lower) || lex.verbForms.has(t.lower) || lex.vagueHeads.has(t.lower) || lex.documentHeads.has(t.lower) || lex.determiners.has(t.lower))) return false;
  // "Reportedly", "Allegedly": a hedge is never a name, wherever it stands.
  if (lex.hedgeWords.has(t.lower)) return false;
  // "A report released Tuesday by the GAO found …", "The study, published
  // Monday in …": a day of the week after a document's publishing participle
  // dates it; it neither heads the phrase nor names a person.
  if (WEEKDAY_NAMES.has(t.lower) && DATED_PARTICIPLES.has(toks[i - 1]?.lower ?? '')) return false;
  // "Unconfirmed reports say", "Scientific studies have shown", "Medical
  // professionals warn": a sentence-opening word shaped like an adjective
  // before a lower-case noun describes it; names of that shape before a
  // lower-case word are rare (a place before its people stays a describing
  // name either way, see STAFF_HEADS).
  const next = toks[i + 1];
  if (opener && isAdjectiveShaped(t.lower) && next?.kind === 'word' && !next.cap && !AFTER_PARTICIPLE.has(next.lower) && !lex.determiners.has(next.lower) && (!lex.verbForms.has(next.lower) || lex.vagueHeads.has(next.lower))) return false;
  return true;
}

/**
 * Adjective endings (English derivational suffixes): "-ed" (unconfirmed,
 * unnamed), "-al" (medical, political), "-ic" (scientific), "-ous" (numerous,
 * anonymous), "-ive", "-ent", "-ant", "-ary", "-ful", "-less", "-able",
 * "-ible", "-ern" (western). Not "-ing": a sentence-opening "Holding signs …"
 * is a participle clause as often as "Leading economists" is a group.
 */
const ADJECTIVE_SUFFIXES = ['ed', 'al', 'ic', 'ous', 'ive', 'ent', 'ant', 'ary', 'ful', 'less', 'able', 'ible', 'ern'];

/**
 * Words after which a sentence-opening "-ed" word is a participle opening a
 * clause ("Chastened by the analyses, Trump …"), not an adjective before a
 * group: the adjective reading is not applied there, and the word is typed as
 * before.
 */
const AFTER_PARTICIPLE = new Set(['by', 'with', 'to', 'in', 'on', 'at', 'for', 'from', 'of', 'about', 'after', 'as', 'into', 'over', 'under', 'and', 'or', 'that', 'than', 'up', 'out', 'down', 'off']);

function isAdjectiveShaped(w: string): boolean {
  if (w.length < 6) return false;
  for (const s of ADJECTIVE_SUFFIXES) if (w.endsWith(s)) return true;
  return false;
}

/** Words that join two phrases: a name before one of them does not describe the other. */
const CONJUNCTIONS = new Set(['and', 'or', 'but']);

const LEGISLATURES = new Set(['congress', 'parliament', 'senate', 'house', 'assembly', 'legislature', 'duma', 'bundestag', 'knesset', 'commons', 'lords']);
const SPEECH_NOUNS = new Set(['remarks', 'comments', 'statement', 'statements', 'words', 'speech', 'tweet', 'tweets', 'letter', 'email', 'message', 'answer', 'response', 'testimony', 'account', 'claim', 'claims', 'view', 'views', 'position', 'argument', 'interview', 'post', 'op-ed', 'memo', 'book', 'ad', 'video', 'website', 'office', 'team', 'staff', 'camp', 'people', 'side', 'allies', 'lawyers', 'lawyer', 'attorney', 'attorneys']);

export function hasWordIn(toks: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (set.has(toks[i]!.lower)) return true;
  return false;
}

function isKnownHead(lex: Lexicon, w: string): boolean {
  return lex.vagueHeads.has(w) || lex.documentHeads.has(w) || lex.officeHeads.has(w) || lex.orgShortForms.has(w);
}

/**
 * True for a capitalised word that only says where from: listed ("US",
 * "Russian") or shaped like a nationality adjective before a lower-case noun
 * ("Ruritanian officials", "Burmese leader").
 */
export function isGentilic(lex: Lexicon, toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (lex.gentilics.has(t.lower)) return true;
  const next = toks[i + 1];
  if (!next || next.kind !== 'word' || next.cap) return false;
  const w = t.lower;
  return w.length > 4 && (w.endsWith('ian') || w.endsWith('ean') || w.endsWith('ese') || w.endsWith('ish'));
}

/** The part of `w` before its first hyphen (all of it when it has none), as `w.split('-')[0]` without the array. */
function beforeHyphen(w: string): string {
  const h = w.indexOf('-');
  return h < 0 ? w : w.slice(0, h);
}

function isDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const SPLITTERS = new Set(['of', 'at', 'for', 'from', 'with', 'in', 'close', 'familiar', 'who', 'which', 'that', 'on', 'to', 'by', 'inside', 'within', 'among', 'across', 'under', 'whose', 'including', 'like', 'such']);

/** The names of the months, lower case. */
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Prepositions that tie one person to the body they work for ("a producer for", "an engineer at", "a lawyer with"). */
const STAFF_PREPOSITIONS = new Set(['for', 'at', 'with']);

/** Heads of people who are at or with a body without working for it ("a woman at the rally", "a student at Harvard"). */
const NOT_STAFF = new Set(['woman', 'man', 'girl', 'boy', 'child', 'kid', 'teenager', 'student', 'pupil', 'visitor', 'guest', 'customer', 'client', 'patient', 'passenger', 'shopper', 'attendee', 'protester', 'mother', 'father', 'parent', 'wife', 'husband', 'son', 'daughter', 'friend', 'neighbor', 'neighbour', 'voter', 'caller', 'viewer', 'reader', 'listener', 'user', 'member']);

/** Heads that are the output of a count, poll or study: their source is whoever the qualifier names. */
const RESULT_HEADS = new Set(['results', 'findings', 'figures', 'numbers', 'tallies', 'counts', 'projections', 'returns']);

/** Splitters that introduce members of a group rather than a place or body qualifying it. */
const EXAMPLE_WORDS = new Set(['like', 'such', 'including']);

/**
 * Types the noun phrase `toks[from..to)`. `sentenceStart` is the index of the
 * sentence's first token (capitals there may be ordinary words).
 */
export function typePhrase(lex: Lexicon, toks: readonly Token[], from: number, to: number, sentenceStart: number): NounPhrase {
  // Trim punctuation and quotation marks at both ends.
  while (from < to && toks[from]!.kind !== 'word') from++;
  while (to > from && toks[to - 1]!.kind !== 'word') to--;
  const np = basePhrase(from, to);
  if (from >= to) return np;
  const words = toks;
  const first = toks[from]!;
  if (to - from === 1) {
    const p = PRONOUN_OF.get(first.lower);
    if (p) return mk(np, { speakerLike: true, kind: 'unresolved', pronoun: p, confidence: 0.8 });
  }
  // "…, many of whom say", "…, some of whom said": a share of the group
  // named before the comma speaks; the relative pronoun's antecedent says
  // who they are (a vague group stays vague). It had no source at all.
  if (to - from === 3 && toks[from + 1]!.lower === 'of' && (toks[from + 2]!.lower === 'whom' || toks[from + 2]!.lower === 'which') && (lex.vagueHeads.has(first.lower) || lex.determiners.has(first.lower) || PARTITIVE_COUNTS.has(first.lower) || isDigit(first.text))) {
    return mk(np, { speakerLike: true, kind: 'unresolved', pronoun: 'relative', confidence: 0.7 });
  }
  // Only determiners and numbers ("Two", "Forty-three"): no source.
  let content = false;
  for (let i = from; i < to && !content; i++) if (toks[i]!.kind === 'word' && !lex.determiners.has(toks[i]!.lower) && !isDigit(toks[i]!.text) && !NUMBER_WORDS.has(beforeHyphen(toks[i]!.lower))) content = true;
  if (!content) {
    // "64 percent (of voters)" is a group that answers a poll.
    const pct = toks[to - 1]!.lower === 'percent' || toks[from + 1]?.lower === 'percent';
    // "Some have suggested", "Many say", "Others argue": a bare quantifier standing for people.
    if (to - from === 1 && lex.vagueHeads.has(first.lower)) return mk(np, { speakerLike: true, kind: 'vague', vague: true, confidence: 0.85 });
    return pct ? mk(np, { speakerLike: true, kind: 'document', vague: false, respondents: true, confidence: 0.6 }) : mk(np, { kind: 'unresolved', confidence: 0.1 });
  }
  // Whole-phrase lists first: user's known sources, vague phrases, publications.
  for (let i = from; i < to && lex.knownSources.next.size; i++) {
    const known = matchWithin(lex.knownSources, words, i, to);
    if (known) return mk(np, { speakerLike: true, kind: 'organization', vague: false, name: { from: i, to: i + known }, confidence: 0.95 });
  }
  for (let i = from; i < to; i++) {
    if (!lex.vaguePhrases.next.has(toks[i]!.lower)) continue;
    const v = matchWithin(lex.vaguePhrases, words, i, to);
    // "a source familiar with the FDIC's investigation": the name says what the insider knows, not whom they speak for.
    const insider = v !== undefined && hasWordIn(toks, i, i + v, lex.insiderWords);
    if (v && (insider || !hasNamedQualifier(lex, toks, from, to, sentenceStart))) return mk(np, { speakerLike: true, kind: 'vague', vague: true, confidence: 0.9 });
  }
  // "The Republican nominee and his aides": when one conjunct is identified, so is the group.
  for (let i = from + 1; i < to - 1; i++) {
    // "Recent polls in Pennsylvania and Virginia": an "and" inside the
    // qualifier joins places or bodies of the qualifier, not two speakers.
    // Examples ("candidates like Trump and Sanders") name the group's members, so they still split.
    if (SPLITTERS.has(toks[i]!.lower) && !EXAMPLE_WORDS.has(toks[i]!.lower) && !toks[i]!.cap) break;
    if (toks[i]!.lower !== 'and' || toks[i]!.cap) continue;
    const left = typePhrase(lex, toks, from, i, sentenceStart);
    const right = typePhrase(lex, toks, i + 1, to, sentenceStart);
    // The right conjunct names the group only when the left one could speak too
    // ("a partnership between Pyongyang and Moscow" is no group of speakers).
    const pick = !left.vague && left.speakerLike ? left : !right.vague && right.speakerLike && left.speakerLike ? right : undefined;
    if (pick) return mk(np, pick, { from, to, name: undefined, possessor: undefined });
    break;
  }
  // "One of the doctors", "two of his aides": a count before "of" picks
  // members of the group after it, and the group says who they are.
  if (toks[from + 1]?.lower === 'of' && from + 2 < to && (PARTITIVE_COUNTS.has(first.lower) || isDigit(first.text))) {
    const group = typePhrase(lex, toks, from + 2, to, sentenceStart);
    if (group.speakerLike && !group.respondents) return mk(np, group, { from, to });
  }
  // "A number of studies", "Dozens of experts", "a growing body of
  // research", "a team of researchers from Harbor University": a collective
  // or an amount before "of" says how many, and the group after it who.
  const counted = afterCollective(toks, from, to);
  if (counted !== undefined) {
    const group = typePhrase(lex, toks, counted, to, sentenceStart);
    if (group.speakerLike && !group.respondents && !group.pronoun) return mk(np, group, { from, to });
  }
  // Split the core ("analysts") from its qualifier ("at Citi Research").
  let coreEnd = to;
  for (let i = from + 1; i < to; i++) {
    const t = toks[i]!;
    if (t.text === ',' || t.text === '(') {
      // "The study, published in the journal Pediatrics, found": a document's
      // publishing participle set off by commas qualifies it as it does
      // without them ("A study published in The Lancet").
      if (setOffPublication(lex, toks, i)) continue;
      coreEnd = i;
      break;
    }
    if (SPLITTERS.has(t.lower) && !t.cap) {
      // "of" between capitalised words is part of a name: "Ministry of Defense".
      // Not after a stance group capitalised only as the first word of the
      // sentence or of a clause after a dateline ("Critics of Donald Trump
      // said", "(UPI) — Fans of Bradley Cooper's performance have …");
      // "Friends of the Earth" keeps its "the".
      const stanceOpener = i - 1 === from && lex.relationalHeads.has(toks[i - 1]!.lower) && toks[i + 1]?.lower !== 'the';
      if ((t.lower === 'of' || t.lower === 'for') && toks[i - 1]!.cap && !stanceOpener && (toks[i + 1]?.cap || (toks[i + 1]?.lower === 'the' && toks[i + 2]?.cap))) continue;
      coreEnd = i;
      break;
    }
  }
  let headIdx = coreEnd - 1;
  while (headIdx > from && toks[headIdx]!.kind !== 'word') headIdx--;
  // "analysts and observers worldwide": the head is the last known head noun.
  if (!isKnownHead(lex, toks[headIdx]!.lower) && !isNameWord(lex, toks, headIdx, sentenceStart)) {
    for (let i = headIdx - 1; i >= from; i--) {
      if (toks[i]!.kind === 'word' && !toks[i]!.cap && isKnownHead(lex, toks[i]!.lower)) {
        headIdx = i;
        break;
      }
    }
  }
  const head = toks[headIdx]!;
  const det = lex.determiners.has(first.lower) ? first.lower : undefined;
  const indefinite = det !== undefined && lex.indefinites.has(det);
  // Named words in the core, gentilics ("US", "Russian") not counted.
  let namedFrom = -1;
  let namedTo = -1;
  let nonGentilicNamed = false;
  for (let i = from; i < coreEnd; i++) {
    if (isNameWord(lex, toks, i, sentenceStart) || (toks[i]!.kind === 'word' && toks[i]!.text === "'s" && namedTo === i)) {
      if (namedFrom < 0) namedFrom = i;
      namedTo = i + 1;
      if (!isGentilic(lex, toks, i) && toks[i]!.text !== "'s" && toks[i]!.text !== '’s') nonGentilicNamed = true;
    }
  }
  // "Recent polls in Pennsylvania", "analysts in Washington": a place after
  // "in" says where, not whose; "officials in the Justice Department" names a body.
  // After "published" the "in" names where it appeared ("a study published in The Lancet"), a venue, not a place.
  // So does "in The …" after a document ("a study in The Lancet", "an essay in
  // The Atlantic"): places seldom take "The", and the few that do are listed.
  // A day between them is a date ("published Monday in the journal …").
  const beforeIn = WEEKDAY_NAMES.has(toks[coreEnd - 1]?.lower ?? '') ? coreEnd - 2 : coreEnd - 1;
  const venue =
    (toks[beforeIn]?.lower === 'published' && !MONTHS.has(toks[coreEnd + 1]?.lower ?? '')) ||
    (lex.documentHeads.has(toks[coreEnd - 1]?.lower ?? '') && toks[coreEnd + 1]?.text === 'The' && !!toks[coreEnd + 2]?.cap && !THE_PLACES.has(toks[coreEnd + 2]!.lower));
  const placeQualifier = toks[coreEnd]?.lower === 'in' && !venue && !hasWordIn(toks, coreEnd + 1, to, lex.orgWords) && !findPublication(lex, toks, coreEnd + 1, to);
  // "Supporters of Donald Trump", "Critics of the Keystone XL pipeline": after a
  // group defined by its stance the name says whom it stands for or against,
  // not whom it speaks for (RELATIONAL_HEADS).
  const stanceQualifier = lex.relationalHeads.has(head.lower) && (toks[coreEnd]?.lower === 'of' || toks[coreEnd]?.lower === 'for');
  const qualifierNamed = !placeQualifier && !stanceQualifier && hasNamedQualifier(lex, toks, coreEnd, to, sentenceStart);
  const possessivePronoun = first.lower === 'his' || first.lower === 'her' || first.lower === 'their' || first.lower === 'its';
  const headLower = head.lower;
  const isPlural = headLower.endsWith('s') && !headLower.endsWith('ss');

  // A publication by name.
  const pub = findPublication(lex, toks, from, to);
  if (pub && (lex.publicationWords.has(headLower) || pub.to >= coreEnd || !lex.vagueHeads.has(headLower))) {
    return mk(np, { speakerLike: true, kind: 'publication', vague: false, name: pub, confidence: 0.9 });
  }

  // "the governor's office", "the president's spokesman": the office holder's staff speak for the holder.
  const owner = toks[headIdx - 2];
  if (det === 'the' && headIdx - 2 > from - 1 && (toks[headIdx - 1]!.text === "'s" || toks[headIdx - 1]!.text === '’s') && owner && lex.officeHeads.has(owner.lower) && (lex.orgShortForms.has(headLower) || lex.vagueHeads.has(headLower) || SPEECH_NOUNS.has(headLower))) {
    return mk(np, { speakerLike: true, kind: 'person', vague: false, shortForm: owner.lower, fallback: { kind: 'person', vague: false }, confidence: 0.7 });
  }
  // "court records", "police reports", "new fundraising reports": a plural
  // record whose modifier names the office it comes from is identified, as
  // the singular is below ("a police report"); bare "records" and "reports"
  // stay vague (labels.md).
  if ((headLower === 'records' || headLower === 'reports') && headIdx > from && RECORD_ISSUER_SET.has(toks[headIdx - 1]!.lower)) {
    return mk(np, { speakerLike: true, kind: 'document', vague: false, confidence: 0.85 });
  }
  // "Northwind Traders said", "the Union of Concerned Scientists said": a
  // plural group noun capitalised inside a run of capitalised words is the
  // last word of an organisation's name, not a bare group.
  if (lex.vagueHeads.has(headLower) && isPlural && closesCapitalisedName(lex, toks, headIdx, from, sentenceStart)) {
    return mk(np, { speakerLike: true, kind: 'organization', vague: false, name: { from: first.lower === 'the' ? from + 1 : from, to: headIdx + 1 }, confidence: 0.75 });
  }
  if (lex.vagueHeads.has(headLower) && (!head.cap || headIdx === sentenceStart || isPlural || !isNameWord(lex, toks, headIdx, sentenceStart))) {
    // "members of Congress", "MPs in Parliament": a legislature's unnamed members are a bare group.
    const legislature = qualifierNamed && !nonGentilicNamed && hasWordIn(toks, coreEnd, to, LEGISLATURES);
    // "A New York judge": an indefinite role qualified by a place is no one in particular.
    // Staff work for whoever the name is unless it is a known place: "A top
    // Donald Trump adviser says" is his staff, "a New York lawyer" a bare one.
    const placeOnly = det !== undefined && lex.indefinites.has(det) && nonGentilicNamed && namedTo - namedFrom > 1 && !hasWordIn(toks, namedFrom, namedTo, lex.orgWords) && (!lex.staffHeads.has(headLower) || onlyPlaces(lex, toks, namedFrom, namedTo));
    // "Trump fans", "Florida election officials", "Party leaders": a bare name
    // or place before a group that does not work for it only describes it.
    // "Florida doctors", "California researchers": a place before staff says where they are, not whose they are.
    const placedStaff = lex.staffHeads.has(headLower) && onlyPlaces(lex, toks, namedFrom, namedTo);
    const describedOnly = nonGentilicNamed && namedFrom >= 0 && !qualifierNamed && headIdx - namedTo <= 2 && !hasWordIn(toks, namedTo, headIdx, CONJUNCTIONS) && (!lex.staffHeads.has(headLower) || placedStaff) && !namesBody(lex, toks, namedFrom, namedTo, sentenceStart);
    if (((nonGentilicNamed && namedTo <= headIdx && !describedOnly) || qualifierNamed) && !legislature && !placeOnly) return mk(np, { speakerLike: true, kind: 'organization', vague: false, confidence: 0.8 });
    // "his supporters are optimistic", "her critics say": whom a pronoun owns as
    // its backers or foes is still a bare group (RELATIONAL_HEADS; eval/HARD-CASES.md:
    // "Many of his supporters believe …" → V), unlike "his aides" or "their lawyers".
    if (possessivePronoun && !lex.relationalHeads.has(headLower)) return mk(np, { speakerLike: true, kind: 'organization', vague: false, shortForm: undefined, confidence: 0.6 });
    // "Top committee leaders", "campaign aides": a body's short form right
    // before its staff or leaders says whose they are, as "a spokesperson for
    // the bank" does; identified when such a body was named before.
    const staff = headIdx > from && coreEnd === to && (lex.staffHeads.has(headLower) || headLower === 'leaders');
    // "The institute's analysts", "the union's leaders": the definite short
    // form owns them as its modifier does.
    const possessed = staff && det === 'the' && headIdx === from + 3 && (toks[headIdx - 1]!.text === "'s" || toks[headIdx - 1]!.text === '’s');
    const owner = possessed ? toks[headIdx - 2]! : staff ? toks[headIdx - 1]! : undefined;
    // A generic short form before one unnamed staffer ("A company spokesman
    // declined to comment" after "Acme Corp. …") stands for the organisation
    // just met, as "company projections" does: its look-up never guesses at
    // a bare name. Before a plural it describes a class ("business leaders",
    // "company executives say"), a bare group.
    const generic = !!owner && lex.genericOrgShortForms.has(owner.lower);
    if (owner && owner.kind === 'word' && !owner.cap && lex.orgShortForms.has(owner.lower) && !GENERIC_BODIES.has(owner.lower) && (!generic || (indefinite && !isPlural))) {
      return mk(np, { speakerLike: true, kind: 'vague', vague: true, qualifierHead: owner.lower, qualifierLast: generic || undefined, confidence: 0.85 });
    }
    const qualifierHead = shortFormQualifier(lex, toks, coreEnd, to);
    if (qualifierHead) return mk(np, { speakerLike: true, kind: 'vague', vague: true, qualifierHead, confidence: 0.85 });
    if (det === 'the' && !isPlural) return mk(np, { speakerLike: true, kind: 'vague', vague: true, shortForm: headLower, fallback: { kind: 'vague', vague: true }, confidence: 0.7 });
    return mk(np, { speakerLike: true, kind: 'vague', vague: true, confidence: 0.85 });
  }
  if (lex.documentHeads.has(headLower) && !(head.cap && headIdx !== sentenceStart)) {
    const year = hasYear(toks, from, coreEnd);
    // "a police report", "court filings": the office the record comes from is named by its modifier.
    const issued = headIdx > from && RECORD_ISSUER_SET.has(toks[headIdx - 1]!.lower);
    if ((nonGentilicNamed && namedTo <= headIdx) || qualifierNamed || year || issued) return mk(np, { speakerLike: true, kind: 'document', vague: false, confidence: 0.85 });
    // "according to her account", "his body mass index": the owner is the person the pronoun points at.
    if ((first.lower === 'his' || first.lower === 'her') && headIdx > from) return mk(np, { speakerLike: true, kind: 'unresolved', pronoun: first.lower === 'his' ? 'male' : 'female', confidence: 0.7 });
    // "new financial documents he submitted", "the letter she sent": a document
    // its author gave out is the author's, the person the pronoun points at.
    const author = PRONOUN_OF.get(toks[headIdx + 1]?.lower ?? '');
    if ((author === 'male' || author === 'female' || author === 'plural') && toks[headIdx + 2]?.kind === 'word' && headIdx + 3 >= to) return mk(np, { speakerLike: true, kind: 'unresolved', pronoun: author, confidence: 0.65 });
    if (det === 'the' || det === 'this' || det === 'that' || possessivePronoun) return mk(np, { speakerLike: true, kind: 'document', vague: true, shortForm: headLower, fallback: { kind: 'unresolved', vague: true }, confidence: 0.7 });
    // "a department consent order", "company projections", "agency data": an
    // organisation's short form as the modifier says whose record it is; it
    // is identified when an organisation with that head was named before (the
    // qualifier's lookup, as for "a spokesperson for the bank", without its
    // guess at a bare name: "Prices rose, according to company projections").
    const issuer = documentIssuer(lex, toks, from, headIdx);
    if (issuer) return mk(np, { speakerLike: true, kind: 'document', vague: true, qualifierHead: issuer, confidence: 0.8 });
    return mk(np, { speakerLike: true, kind: 'vague', vague: true, confidence: 0.8 });
  }
  if (nonGentilicNamed) {
    const nameFrom = namedFrom;
    let nameTo = namedTo;
    if (toks[nameTo - 1]?.lower === "'s") nameTo--;
    const possessed = nameTo < coreEnd && toks[nameTo]?.lower === "'s" && headIdx > nameTo;
    if (possessed) {
      // "Clinton's campaign", "Trump's spokesman", "Kim's remarks": the
      // possessor speaks, or its staff or office does.
      const t = typeName(lex, toks, nameFrom, nameTo, from);
      return mk(np, t, { speakerLike: true, vague: false, possessor: true, confidence: 0.75 });
    }
    // "A New York judge": an indefinite role qualified by a place is no one in particular.
    if (det !== undefined && lex.indefinites.has(det) && !head.cap && lex.officeHeads.has(headLower) && nameTo - nameFrom > 1 && !hasWordIn(toks, nameFrom, nameTo, lex.orgWords)) {
      return mk(np, { speakerLike: true, kind: 'vague', vague: true, confidence: 0.6 });
    }
    const named = mk(np, typeName(lex, toks, nameFrom, nameTo, from), { speakerLike: true, vague: false });
    // "Secret Service protocol": a named thing, not a named speaker.
    if (!head.cap && headIdx >= nameTo && !isKnownHead(lex, headLower) && !SPEECH_NOUNS.has(headLower)) named.speakerLike = false;
    return named;
  }
  // "France and Germany unveiled", "Moscow said": a place standing alone speaks for its government.
  if (namedFrom >= 0 && namedTo === coreEnd && head.cap && lex.placeSpeakers.has(headLower) && onlyNames(lex, toks, from, coreEnd, sentenceStart)) return mk(np, { speakerLike: true, kind: 'organization', vague: false, name: { from: namedFrom, to: namedTo }, confidence: 0.75 });
  if (qualifierNamed && lex.officeHeads.has(headLower)) return mk(np, { speakerLike: true, kind: 'organization', vague: false, confidence: 0.75 });
  const title = lex.officeHeads.has(headLower);
  if (title && (det === 'the' || possessivePronoun) && !isPlural) {
    return mk(np, { speakerLike: true, kind: 'person', vague: false, shortForm: headLower, fallback: { kind: 'person', vague: false }, confidence: 0.7 });
  }
  if (lex.orgShortForms.has(headLower) && (det === 'the' || possessivePronoun)) {
    // "the Chinese government", "the Turkish foreign ministry", "the French
    // military": a nationality before a state body says whose body it is,
    // as a country speaking does (eval/HARD-CASES.md: countries and
    // governments as speakers are A); "the government" alone already was.
    let k = det ? from + 1 : from;
    // "U.S." is read as "U.S" and a full stop.
    while (k < headIdx && ((toks[k]!.cap && isGentilic(lex, toks, k)) || (toks[k]!.text === '.' && k > from && toks[k - 1]!.end === toks[k]!.start && toks[k - 1]!.cap))) k++;
    const national = k > (det ? from + 1 : from) && STATE_BODIES.has(headLower) && onlyStateQualifiers(toks, k, headIdx);
    const self = national ? 1 : matchWithin(lex.selfIdentifying, words, k, coreEnd);
    const fallback = self ? { kind: 'organization' as const, vague: false } : { kind: 'unresolved' as const, vague: true };
    return mk(np, { speakerLike: true, kind: 'organization', vague: false, shortForm: headLower, fallback, confidence: 0.7 });
  }
  if (matchWithin(lex.selfIdentifying, words, det === 'the' ? from + 1 : from, coreEnd)) return mk(np, { speakerLike: true, kind: 'organization', vague: false, confidence: 0.8 });
  // "Police said", "Prosecutors said": a force named before, or a bare group (labels.md: "authorities" is V).
  if (det === undefined && headIdx === from && coreEnd === from + 1 && lex.orgShortForms.has(headLower)) {
    return mk(np, { speakerLike: true, kind: 'organization', vague: false, shortForm: headLower, fallback: { kind: 'vague', vague: true }, confidence: 0.7 });
  }
  // "early results of the exit poll conducted by Edison Research": the results
  // of a named body's count are that body's document (eval/polnear-train's AP
  // live blogs label them A).
  if (qualifierNamed && RESULT_HEADS.has(headLower)) return mk(np, { speakerLike: true, kind: 'document', vague: false, confidence: 0.8 });
  // "A producer for Yahoo Studios told", "an engineer at Harbour Labs said":
  // one unnamed employee of a named body speaks for it (labels.md: "a Rosneft
  // spokesman"; eval/HARD-CASES.md: "a reporter for USA Today" → A), as the
  // listed heads with a named qualifier do above; "a woman at the Trump
  // rally", "a student at Harvard" work for nobody there.
  if (qualifierNamed && indefinite && !isPlural && STAFF_PREPOSITIONS.has(toks[coreEnd]?.lower ?? '') && !NOT_STAFF.has(headLower)) return mk(np, { speakerLike: true, kind: 'organization', vague: false, confidence: 0.7 });
  // "Patient advocacy groups", "64 percent of voters": an unnamed plural group can speak.
  if (isPlural && !indefinite) return mk(np, { speakerLike: true, kind: 'vague', vague: true, confidence: 0.6 });
  if (headLower === 'percent' || (toks[headIdx + 1]?.lower === 'of' && (headLower === 'percent' || headLower === 'half' || headLower === 'majority' || headLower === 'third'))) return mk(np, { speakerLike: true, kind: 'document', vague: false, respondents: true, confidence: 0.6 });
  if (indefinite || isPlural) return mk(np, { kind: 'vague', vague: true, confidence: 0.6 });
  if (det === 'the' || possessivePronoun) return mk(np, { kind: 'unresolved', vague: true, shortForm: headLower, fallback: { kind: 'unresolved', vague: true }, confidence: 0.4 });
  return mk(np, { kind: 'unresolved', vague: true, confidence: 0.3 });
}

/**
 * True when the named words `[from, to)` name a body rather than a person or
 * place: an organisation word that is not just the sentence's opening common
 * noun ("White House", "Pentagon officials", but not "Party leaders"), or an
 * acronym ("NRA", "FBI").
 */
function namesBody(lex: Lexicon, toks: readonly Token[], from: number, to: number, sentenceStart: number): boolean {
  if (from < 0) return false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word') continue;
    if (lex.orgWords.has(t.lower) && !(to - from === 1 && i === sentenceStart && lex.orgShortForms.has(t.lower))) return true;
    if (t.text.length >= 2 && /^[A-Z]+$/.test(t.text)) return true;
  }
  return false;
}

/**
 * Bodies whose short form before a group only describes it ("party leaders",
 * "administration officials", "police officers": eval/HARD-CASES.md, V).
 * The generic ones ("company", "firm") are left out too: their look-up
 * guesses at a bare name nearby ("Profits fell, and company engineers said").
 */
const GENERIC_BODIES = new Set(['party', 'administration', 'police', 'government', 'military', 'army', 'congress', 'senate', 'parliament', 'assembly', 'cabinet', 'regime', 'court']);

/**
 * A phrase record with every field present, so that all phrases share one
 * object shape (object spread of a differently shaped object is slow in V8).
 */
function basePhrase(from: number, to: number): NounPhrase {
  return { from, to, kind: 'vague', vague: true, confidence: 0.5, speakerLike: false, pronoun: undefined, shortForm: undefined, fallback: undefined, name: undefined, titles: undefined, gender: undefined, possessor: undefined, respondents: undefined, qualifierHead: undefined };
}

/** A new phrase over the span of `np` with `parts` laid over the defaults. */
function mk(np: NounPhrase, ...parts: Partial<NounPhrase>[]): NounPhrase {
  return Object.assign(basePhrase(np.from, np.to), ...parts);
}

/**
 * Collectives and amounts that take a group after "of" ("a number of",
 * "dozens of", "a growing body of", "a team of"): the group is the phrase's
 * head. Not "majority", "percent", "half" (poll respondents) nor "one" (a
 * count, above).
 */
const COLLECTIVES = new Set([
  'number', 'dozens', 'hundreds', 'thousands', 'scores', 'handful', 'host', 'slew', 'raft', 'series', 'couple',
  'pair', 'body', 'wealth', 'team', 'panel', 'range', 'variety', 'multitude', 'mountain', 'flurry', 'spate',
  // "A group of doctors", "a bipartisan coalition of politicians and legal aficionados", "a chorus of
  // economists": the people after "of" (eval/HARD-CASES.md: "A group of doctors" → V; twelfth session).
  'group', 'coalition', 'chorus', 'contingent', 'cadre', 'bunch', 'army', 'legion', 'crowd', 'gaggle',
]);

/**
 * When `toks[from..to)` opens with a collective and "of" (an article and one
 * adjective may come first: "a growing number of"), the index after "of".
 */
export function afterCollective(toks: readonly Token[], from: number, to: number): number | undefined {
  let k = from;
  if (toks[k]?.lower === 'a' || toks[k]?.lower === 'an') k++;
  if (!COLLECTIVES.has(toks[k]?.lower ?? '') && toks[k + 1]?.kind === 'word' && COLLECTIVES.has(toks[k + 1]!.lower) && !toks[k]!.cap) k++;
  if (!COLLECTIVES.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'of' || k + 2 >= to) return undefined;
  return k + 2;
}

/** Counts that pick members of a group in a partitive ("one of the doctors"); shares of a poll ("half of", "64 percent of") are read elsewhere. */
const PARTITIVE_COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'percent', 'half', 'third', 'quarter']);

/**
 * What each pronoun points at. A map, not an object: a look-up in an object
 * must first intern the word (hash it into V8's string table) and would find
 * `Object.prototype`'s members too ("Constructor said" was read as a pronoun).
 */
const PRONOUN_OF: ReadonlyMap<string, NounPhrase['pronoun']> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'thing'], ['who', 'relative'], ['which', 'relative'], ['that', 'relative'],
  ['i', 'self'], ['we', 'self'], ['you', 'self'],
]);

/** Types a capitalised name: publication, organisation or person; titles before it are peeled off. */
export function typeName(lex: Lexicon, toks: readonly Token[], from: number, to: number, phraseFrom = from): Pick<NounPhrase, 'kind' | 'name' | 'titles' | 'gender' | 'confidence'> {
  const titles: string[] = [];
  let gender: 'male' | 'female' | undefined;
  // Lower-case titles just before the name: "DPRK leader Kim Jong-un".
  for (let i = phraseFrom; i < from; i++) if (lex.officeHeads.has(toks[i]!.lower)) titles.push(toks[i]!.lower);
  let f = from;
  while (f < to - 1) {
    const w = toks[f]!.lower;
    if (lex.honorifics.has(w) || lex.officeHeads.has(w)) {
      if (lex.maleHonorifics.has(w)) gender = 'male';
      if (lex.femaleHonorifics.has(w)) gender = 'female';
      if (lex.officeHeads.has(w)) titles.push(w);
      f++;
      if (toks[f]?.text === '.') f++;
    } else if (lex.gentilics.has(w) && f + 1 < to - 1 && (toks[f + 1]!.cap || lex.officeHeads.has(toks[f + 1]!.lower))) f++;
    else break;
  }
  // "Senate Majority Leader Mitch McConnell", "Council member Raj Patel",
  // "Federal Reserve Chair Janet Yellen": a title naming the body a person
  // serves, then the person's own name. The body's word does not make the
  // person an organisation, so a later "he" or "she" can point back to them.
  const personAt = nameAfterBodyTitle(lex, toks, f, to);
  if (personAt !== undefined) {
    for (let i = f; i < personAt; i++) if (lex.officeHeads.has(toks[i]!.lower) && !titles.includes(toks[i]!.lower)) titles.push(toks[i]!.lower);
    return { kind: 'person', name: { from: personAt, to }, titles, confidence: 0.85 };
  }
  const last = toks[to - 1]!;
  const words = toks.slice(f, to).filter((t) => t.kind === 'word');
  const allCaps = words.length === 1 && last.text.length >= 2 && last.text === last.text.toUpperCase() && !isDigit(last.text);
  if (lex.publicationWords.has(last.lower) && words.length > 1) return { kind: 'publication', name: { from: f, to }, titles, confidence: 0.8 };
  // An organisation word, an acronym, a speaking place, a name closed by a
  // business word ("Pinecrest Logistics"), or a bank's one-word name ("the
  // Bundesbank", "Citibank"; longer than "Eubank").
  if (words.some((w) => lex.orgWords.has(w.lower)) || allCaps || lex.placeSpeakers.has(last.lower) || (words.length > 1 && lex.businessNameWords.has(last.lower)) || (last.cap && last.lower.length > 6 && last.lower.endsWith('bank'))) return { kind: 'organization', name: { from: f, to }, titles, confidence: 0.8 };
  const out: Pick<NounPhrase, 'kind' | 'name' | 'titles' | 'gender' | 'confidence'> = { kind: 'person', name: { from: f, to }, titles, confidence: words.length > 1 || titles.length || gender ? 0.85 : 0.7 };
  if (gender) out.gender = gender;
  return out;
}

/**
 * Role nouns that end a title before a person's name but are not office
 * titles on their own ("Council member Raj Patel", "board member Jo Kim").
 */
const MEMBER_ROLES = new Set(['member', 'members']);

/** Most words a person's own name takes after a title ("Mitch McConnell", "Martin Luther King Jr"). */
const PERSON_NAME_MAX_WORDS = 4;

/**
 * Where a person's name starts inside `[from, to)` when the run opens with a
 * title that names an organisation ("Senate Majority Leader Mitch McConnell",
 * "City Council President Maria Ruiz", "Committee chairman Tom Reed"): after
 * the last office title or member role, when the run has an organisation
 * word before it and only capitalised words that are no organisation words
 * after it. Undefined otherwise ("the Senate Ethics Committee", "President
 * Obama's Council on Jobs" keep their reading).
 */
function nameAfterBodyTitle(lex: Lexicon, toks: readonly Token[], from: number, to: number): number | undefined {
  let role = -1;
  for (let i = to - 2; i >= from; i--) {
    const w = toks[i]!.lower;
    if (lex.officeHeads.has(w) || MEMBER_ROLES.has(w)) {
      role = i;
      break;
    }
  }
  if (role < 0) return undefined;
  let body = false;
  for (let i = from; i < role; i++) if (lex.orgWords.has(toks[i]!.lower)) body = true;
  if (!body) return undefined;
  let words = 0;
  for (let i = role + 1; i < to; i++) {
    const t = toks[i]!;
    if (t.text === '.') continue;
    if (t.kind !== 'word' || !t.cap || lex.orgWords.has(t.lower) || lex.officeHeads.has(t.lower) || lex.honorifics.has(t.lower)) return undefined;
    words++;
  }
  return words >= 1 && words <= PERSON_NAME_MAX_WORDS ? role + 1 : undefined;
}

/**
 * Plural group nouns written with a capital wherever they stand (party and
 * faith members): "House Democrats", "Texas Republicans" stay groups.
 */
const ALWAYS_CAPITALISED_GROUPS = new Set(['democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'americans', 'independents', 'socialists', 'libertarians', 'evangelicals', 'catholics', 'christians', 'muslims', 'jews', 'tories']);

/**
 * True when the group noun at `i` closes a run of capitalised words that
 * names an organisation ("Northwind Traders", "Union of Concerned
 * Scientists", "Doctors Without Borders" is read elsewhere): capitalised
 * though it does not open the sentence, right after a capitalised word that
 * is no gentilic ("Syrian Rebels" stays a group) and no title, with only
 * capitalised words or name connectors back to the phrase's start.
 */
function closesCapitalisedName(lex: Lexicon, toks: readonly Token[], i: number, from: number, sentenceStart: number): boolean {
  const head = toks[i]!;
  if (!head.cap || i === sentenceStart || i === from || ALWAYS_CAPITALISED_GROUPS.has(head.lower) || lex.gentilics.has(head.lower)) return false;
  const prev = toks[i - 1]!;
  if (prev.kind !== 'word' || !prev.cap || isGentilic(lex, toks, i - 1) || lex.officeHeads.has(prev.lower) || lex.honorifics.has(prev.lower) || lex.determiners.has(prev.lower)) return false;
  for (let k = from; k < i; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') return false;
    if (!t.cap && !lex.nameConnectors.has(t.lower) && !(k === from && t.lower === 'the')) return false;
  }
  return true;
}

function matchWithin(trie: Lexicon['vaguePhrases'], toks: readonly Token[], i: number, to: number): number | undefined {
  return trieMatch(trie, toks, i, to)?.length;
}

function findPublication(lex: Lexicon, toks: readonly Token[], from: number, to: number): { from: number; to: number } | undefined {
  for (let i = from; i < to; i++) {
    if (!toks[i]!.cap && toks[i]!.lower !== 'the') continue;
    const n = matchWithin(lex.publications, toks, i, to);
    if (n && toks[i + n - 1]!.cap) {
      // The match must be a whole name, not the front of a longer one ("Time Warner").
      if (i + n < to && toks[i + n]!.cap && toks[i + n]!.kind === 'word') continue;
      // Widen to the whole name around the match: "Central News Agency of Korea".
      let e = i + n;
      while (e < to && (toks[e]!.cap || (lex.nameConnectors.has(toks[e]!.lower) && toks[e + 1]?.cap && e + 1 < to))) e += toks[e]!.cap ? 1 : 2;
      return { from: i, to: Math.min(e, to) };
    }
  }
  return undefined;
}

function hasNamedQualifier(lex: Lexicon, toks: readonly Token[], from: number, to: number, sentenceStart: number): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || t.text === ',') return false;
    if (isNameWord(lex, toks, i, sentenceStart) && !lex.gentilics.has(t.lower)) return true;
  }
  return false;
}

function hasYear(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i]!.text;
    if (t.length === 4 && (t.startsWith('19') || t.startsWith('20')) && isDigit(t) && isDigit(t[3]!)) return true;
  }
  return false;
}

/** The bodies of a state that a nationality before them identifies ("the Chinese government", "the French military"). */
const STATE_BODIES = new Set(['government', 'ministry', 'military', 'army', 'navy', 'embassy', 'parliament', 'cabinet', 'regime', 'presidency', 'consulate', 'administration']);

/** Lower-case words that may stand between a nationality and a state body ("foreign", "defense" in "the Turkish foreign ministry"). */
const STATE_QUALIFIERS = new Set(['foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'health', 'justice', 'federal', 'national', 'central', 'transitional', 'interim', 'new', 'current']);

/** True when tokens `from`–`to` are only words of {@link STATE_QUALIFIERS}. */
function onlyStateQualifiers(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!STATE_QUALIFIERS.has(toks[i]!.lower)) return false;
  return true;
}

/**
 * The organisation short form that modifies a document head ("a department
 * consent order" → department, "company projections" → company), when one
 * stands between the phrase's start and its head; lower-case only, since a
 * capitalised one is a name ("the Energy Department report" is read as one).
 */
function documentIssuer(lex: Lexicon, toks: readonly Token[], from: number, headIdx: number): string | undefined {
  for (let i = headIdx - 1; i >= from; i--) {
    const t = toks[i]!;
    if (t.kind !== 'word' || t.cap) return undefined;
    if (lex.orgShortForms.has(t.lower)) return t.lower;
  }
  return undefined;
}

/** Places written with "The" ("a poll in The Hague"), which stay places after a document. */
const THE_PLACES = new Set(['hague', 'bronx', 'netherlands', 'gambia', 'bahamas', 'philippines', 'villages', 'woodlands', 'dalles', 'colony']);

/** {@link RECORD_ISSUERS} as a set. */
const RECORD_ISSUER_SET: ReadonlySet<string> = new Set(RECORD_ISSUERS);

/** Participles that, after a document and a comma, say who published it or where ("The study, published in …,"). */
const SET_OFF_PARTICIPLES: ReadonlySet<string> = new Set(['published', 'released', 'conducted', 'issued', 'commissioned']);

/**
 * True when the comma at `comma` opens a document's publishing participle
 * ("The study, published in the journal Pediatrics,", "The report, released
 * by the GAO,"): the aside qualifies the document as it does without commas.
 */
export function setOffPublication(lex: Lexicon, toks: readonly Token[], comma: number): boolean {
  return toks[comma]?.text === ',' && comma > 0 && SET_OFF_PARTICIPLES.has(toks[comma + 1]?.lower ?? '') && lex.documentHeads.has(toks[comma - 1]!.lower);
}

/** Prepositions that tie a role to the body it works for ("a spokesman for the bank"). */
const ROLE_OF = new Set(['for', 'at', 'of', 'from', 'with']);

/**
 * The head of a qualifier "for/at/of the <short form>" closing a phrase
 * ("for the bank", "at the company"), when it is an organisation short form.
 */
function shortFormQualifier(lex: Lexicon, toks: readonly Token[], from: number, to: number): string | undefined {
  if (to - from !== 3 && to - from !== 4) return undefined;
  if (!ROLE_OF.has(toks[from]!.lower) || toks[from + 1]!.lower !== 'the') return undefined;
  const head = toks[to - 1]!;
  if (head.cap || !lex.orgShortForms.has(head.lower)) return undefined;
  return head.lower;
}

/** True when `[from, to)` holds only names, "and" and "the" ("France and Germany", "the U.S."). */
function onlyNames(lex: Lexicon, toks: readonly Token[], from: number, to: number, sentenceStart: number): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word') continue;
    if (t.lower === 'and' || t.lower === 'the' || isNameWord(lex, toks, i, sentenceStart)) continue;
    return false;
  }
  return true;
}

/**
 * True when the named words `[from, to)` are all places a body's staff can be
 * in (`lex.staffPlaces`: "Florida", "New York", "Texas"), with "New",
 * "North", "South", "West" and "Rhode" before a state's second word.
 */
function onlyPlaces(lex: Lexicon, toks: readonly Token[], from: number, to: number): boolean {
  if (from < 0 || to <= from) return false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word') return false;
    const prefix = i + 1 < to && (t.lower === 'new' || lex.gentilics.has(t.lower));
    if (!prefix && !lex.staffPlaces.has(t.lower)) return false;
  }
  return true;
}
