/**
 * The lexicon as lookup structures: verb forms in a map, phrases in token
 * tries, word lists in sets. Built once per configuration (user cue phrases,
 * vague terms and known sources are merged in as words, never as patterns).
 */
import { CUE_VERBS, EXTRA_FORMS, IRREGULAR, type CueVerb } from './verbs';
import * as P from './phrases';
import * as S from './sources';
import { tokenize } from './tokens';
import { WordFilter } from './wordfilter';

export type { CueSense, CueVerb } from './verbs';
export { CUE_VERBS } from './verbs';

/** A trie over lower-case word tokens. `value` marks the end of a phrase. */
export interface TokenTrie<T> {
  next: Map<string, TokenTrie<T>>;
  value?: T;
}

/** Creates an empty token trie. */
export function newTrie<T>(): TokenTrie<T> {
  return { next: new Map() };
}

/** The lower-case words of a phrase, split exactly as the tokenizer splits text. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}

/** Adds a phrase to a trie; an existing value is kept unless `overwrite`. */
export function trieAdd<T>(trie: TokenTrie<T>, phrase: string, value: T, overwrite = false): void {
  let node = trie;
  for (const w of phraseWords(phrase)) {
    let n = node.next.get(w);
    if (!n) node.next.set(w, (n = { next: new Map() }));
    node = n;
  }
  if (node !== trie && (overwrite || node.value === undefined)) node.value = value;
}

/**
 * The longest phrase of `trie` starting at `words[i]` (strings, or tokens
 * whose `lower` is read): the number of words it covers and its value, or
 * undefined. Linear in the phrase length.
 */
export function trieMatch<T>(trie: TokenTrie<T>, words: readonly (string | { lower: string })[], i: number, to = words.length): { length: number; value: T } | undefined {
  let node: TokenTrie<T> | undefined = trie;
  let best: { length: number; value: T } | undefined;
  for (let j = i; j < to && node; j++) {
    const w = words[j]!;
    node = node.next.get(typeof w === 'string' ? w : w.lower);
    if (node?.value !== undefined) best = { length: j - i + 1, value: node.value };
  }
  return best;
}

/** The inflected forms of a regular or irregular verb: base, -s, past, participle, -ing. */
export function inflect(lemma: string): string[] {
  const l = lemma.toLowerCase();
  const irr = IRREGULAR[l];
  if (irr) return [l, ...irr];
  const vowel = (c: string | undefined) => c !== undefined && 'aeiou'.includes(c);
  const last = l[l.length - 1];
  const prev = l[l.length - 2];
  let s: string;
  if (/* sibilants and -o */ l.endsWith('s') || l.endsWith('x') || l.endsWith('z') || l.endsWith('ch') || l.endsWith('sh') || l.endsWith('o')) s = l + 'es';
  else if (last === 'y' && !vowel(prev)) s = l.slice(0, -1) + 'ies';
  else s = l + 's';
  let ed: string;
  let ing: string;
  if (last === 'e') {
    ed = l + 'd';
    ing = l.endsWith('ee') || l.endsWith('ye') || l.endsWith('oe') ? l + 'ing' : l.endsWith('ie') ? l.slice(0, -2) + 'ying' : l.slice(0, -1) + 'ing';
  } else if (last === 'y' && !vowel(prev)) {
    ed = l.slice(0, -1) + 'ied';
    ing = l + 'ing';
  } else {
    ed = l + 'ed';
    ing = l + 'ing';
  }
  return [l, s, ed, ed, ing];
}

/** A verb form found in the lexicon. */
export interface VerbForm {
  verb: CueVerb;
  /** True for the bare form ("say"), which is also a noun or an infinitive. */
  base: boolean;
  /** True for the -ing form. */
  gerund: boolean;
  /** True for the -s form, which is also a plural noun ("reports", "claims"). */
  third: boolean;
}

/** Kinds of word the source finder asks about. */
export interface Lexicon {
  verbForms: Map<string, VerbForm>;
  /** Multi-word cues with the source after them: "according to", "citing". */
  prepositional: TokenTrie<string>;
  /** Speech phrases of several words ("made it clear", a user's "wrote in a memo"): cues as they stand. */
  userPhrases: TokenTrie<string>;
  /** The built-in phrases of `userPhrases`, which need a speaker on their left (a user's phrase is trusted as it stands). */
  builtInPhrases: Set<string>;
  cueSuffixes: TokenTrie<string>;
  hedgeWords: Set<string>;
  hedgePhrases: TokenTrie<string>;
  passiveParticiples: Set<string>;
  passiveAux: Set<string>;
  reactionVerbs: Set<string>;
  reactionNouns: Set<string>;
  /** Reactions that are never the subject's own (`OTHERS_REACTION_NOUNS`). */
  othersReactionNouns: Set<string>;
  reactionAdjectives: Set<string>;
  reactionFrom: Set<string>;
  /** Reaction verbs whose subject is the target (see `TARGET_REACTION_VERBS`). */
  targetReactionVerbs: Set<string>;
  /** Reaction nouns that stand without a verb naming who reacted: "there are fears", "amid concerns" (see `UNOWNED_REACTION_NOUNS`). */
  unownedReactionNouns: Set<string>;
  /** "is", "are", "have been" … after "there" (see `EXISTENTIAL_AUX`). */
  existentialAux: Set<string>;
  /** "mounting", "remain" … after an unowned reaction noun (see `REACTION_GROWTH`). */
  reactionGrowth: Set<string>;
  /** Verbs of stirring a feeling: "angered", "stunned" (see `EMOTIVE_VERBS`). */
  emotiveVerbs: Set<string>;
  /** How an unnamed group is said to feel: "outraged", "concerned" (see `GROUP_FEELINGS`). */
  groupFeelings: Set<string>;
  /** Verbs, particles, object nouns and quantity nouns of a speech act named by its object (`SPEECH_OBJECT_*`). */
  speechObject: { verbs: Set<string>; particles: Set<string>; nouns: Set<string>; drawNouns: Set<string>; quantities: Set<string> };
  noComment: TokenTrie<string>;
  placeholderWords: TokenTrie<string>;
  perNotSource: Set<string>;
  vagueHeads: Set<string>;
  vaguePhrases: TokenTrie<string>;
  /** "familiar", "close" …: a vague phrase holding one stays vague with a name after it (see `INSIDER_WORDS`). */
  insiderWords: Set<string>;
  /** Vague subjects that an evidence verb ("show", "find") makes a source: see `EVIDENCE_GROUPS`. */
  evidenceGroups: Set<string>;
  documentHeads: Set<string>;
  officeTitles: TokenTrie<string>;
  officeHeads: Set<string>;
  honorifics: Set<string>;
  maleHonorifics: Set<string>;
  femaleHonorifics: Set<string>;
  orgWords: Set<string>;
  /** Words that close a company's name of two or more words (`BUSINESS_NAME_WORDS`). */
  businessNameWords: Set<string>;
  /** Figures a business reports (`MEASURE_NOUNS`): no company's name. */
  measureNouns: Set<string>;
  /** Vague heads that a bare name before them identifies as its staff (`STAFF_HEADS`). */
  staffHeads: Set<string>;
  /** Places a name before staff can be (`US_STATES`, `PLACE_SPEAKERS`): they say where the staff are, not whom they work for. */
  staffPlaces: Set<string>;
  /** Vague heads whose qualifier names whom they stand for or against, not whom they speak for (`RELATIONAL_HEADS`). */
  relationalHeads: Set<string>;
  orgShortForms: Set<string>;
  /** Nouns of speech that attribute to their owner ("Trump's claim that"): see `SPEECH_NOUN_CUES`. */
  speechNouns: Set<string>;
  speechNounOpeners: Set<string>;
  /** Speech nouns that need nothing after them (see `STANDALONE_SPEECH_NOUNS`). */
  standaloneSpeechNouns: Set<string>;
  /** Short forms that may stand for any organisation just named (see `GENERIC_ORG_SHORT_FORMS`). */
  genericOrgShortForms: Set<string>;
  selfIdentifying: TokenTrie<string>;
  publications: TokenTrie<string>;
  publicationWords: Set<string>;
  gentilics: Set<string>;
  /** Places that speak for their governments as a subject (see `PLACE_SPEAKERS`). */
  placeSpeakers: Set<string>;
  knownSources: TokenTrie<string>;
  determiners: Set<string>;
  indefinites: Set<string>;
  commonOpeners: Set<string>;
  clauseBoundaries: Set<string>;
  subjectOpeners: Set<string>;
  cuePrefixes: Set<string>;
  nameConnectors: Set<string>;
  /**
   * For each word that can start a cue, which matchers to try (the `TRIGGER_*`
   * bits): one map look-up per token instead of one per matcher.
   */
  triggers: Map<string, number>;
  /** The words of `triggers`, as a filter that turns most other words away before the map look-up. */
  triggerFilter: WordFilter;
}

/** Trigger bits: which cue matchers a word can start. */
export const TRIGGER_HEDGE_PHRASE = 1;
export const TRIGGER_HEDGE_WORD = 2;
export const TRIGGER_NO_COMMENT = 4;
export const TRIGGER_PHRASE = 8;
export const TRIGGER_PREPOSITION = 16;
export const TRIGGER_REACTION = 32;
export const TRIGGER_PASSIVE = 64;
export const TRIGGER_VERB = 128;
export const TRIGGER_NOUN = 256;
export const TRIGGER_SPEECH_OBJECT = 512;

/** The configuration fields that change the lexicon. */
export interface LexiconConfig {
  cuePhrases?: readonly string[];
  vagueTerms?: readonly string[];
  knownSources?: readonly string[];
}

function trieOf(phrases: readonly string[]): TokenTrie<string> {
  const t = newTrie<string>();
  for (const p of phrases) trieAdd(t, p, p);
  return t;
}

let base: Lexicon | undefined;
const cache = new Map<string, Lexicon>();

/**
 * The lexicon for a configuration. User phrases are added as words: a single
 * user cue word becomes a verb with all its inflections, several words become
 * a phrase; nothing the user writes is compiled into a pattern.
 */
export function buildLexicon(config: LexiconConfig = {}): Lexicon {
  const cue = config.cuePhrases ?? [];
  const vague = config.vagueTerms ?? [];
  const known = config.knownSources ?? [];
  if (!cue.length && !vague.length && !known.length) return (base ??= makeLexicon([], [], []));
  const key = JSON.stringify([cue, vague, known]);
  let lex = cache.get(key);
  if (!lex) {
    if (cache.size > 16) cache.clear();
    lex = makeLexicon(cue, vague, known);
    cache.set(key, lex);
  }
  return lex;
}

function makeLexicon(cue: readonly string[], vague: readonly string[], known: readonly string[]): Lexicon {
  const verbForms = new Map<string, VerbForm>();
  const addVerb = (verb: CueVerb) => {
    const forms = inflect(verb.lemma);
    forms.forEach((f, i) => {
      if (!verbForms.has(f)) verbForms.set(f, { verb, base: i === 0, third: i === 1, gerund: i === 4 });
    });
  };
  for (const v of CUE_VERBS) addVerb(v);
  for (const [form, lemma] of Object.entries(EXTRA_FORMS)) {
    const v = CUE_VERBS.find((x) => x.lemma === lemma);
    if (v && !verbForms.has(form)) verbForms.set(form, { verb: v, base: false, third: false, gerund: form.endsWith('ing') });
  }
  const userPhrases = newTrie<string>();
  for (const phrase of P.SPEECH_PHRASES) trieAdd(userPhrases, phrase, phrase);
  for (const raw of cue) {
    const words = phraseWords(raw);
    if (words.length === 1) {
      const w = words[0]!;
      const existing = verbForms.get(w);
      if (existing) {
        // A user's word makes a weak verb strong: the desk wants it as a cue.
        const strong: CueVerb = { ...existing.verb, strong: true };
        for (const f of inflect(existing.verb.lemma)) {
          const vf = verbForms.get(f);
          if (vf && vf.verb.lemma === existing.verb.lemma) verbForms.set(f, { ...vf, verb: strong });
        }
      } else addVerb({ lemma: w, sense: 'speech', count: 0, strong: true });
    } else if (words.length > 1) trieAdd(userPhrases, raw, raw.trim().toLowerCase());
  }
  const vagueHeads = new Set(S.VAGUE_HEADS);
  const vaguePhrases = trieOf(S.VAGUE_PHRASES);
  for (const v of vague) {
    const words = phraseWords(v);
    if (words.length === 1) vagueHeads.add(words[0]!);
    if (words.length) trieAdd(vaguePhrases, v, v.trim().toLowerCase(), true);
  }
  const officeTitles = trieOf(S.OFFICE_TITLES);
  const officeHeads = new Set(S.OFFICE_TITLES.map((t) => t.split(' ').pop()!));
  const triggers = new Map<string, number>();
  const mark = (w: string, bit: number) => triggers.set(w, (triggers.get(w) ?? 0) | bit);
  const markTrie = (t: TokenTrie<string>, bit: number) => {
    for (const w of t.next.keys()) mark(w, bit);
  };
  const prepositional = trieOf(P.PREPOSITIONAL_CUES);
  const hedgePhrases = trieOf(P.HEDGE_PHRASES);
  const noComment = trieOf(P.NO_COMMENT_PHRASES);
  markTrie(hedgePhrases, TRIGGER_HEDGE_PHRASE);
  for (const w of P.HEDGE_WORDS) mark(w, TRIGGER_HEDGE_WORD);
  markTrie(noComment, TRIGGER_NO_COMMENT);
  markTrie(userPhrases, TRIGGER_PHRASE);
  markTrie(prepositional, TRIGGER_PREPOSITION);
  for (const w of [...P.REACTION_VERBS, ...P.UNOWNED_REACTION_NOUNS, ...P.CONSENSUS_NOUNS, ...P.EMOTIVE_VERBS, 'there', 'amid', 'amidst']) mark(w, TRIGGER_REACTION);
  for (const w of [...P.PASSIVE_AUX, ...P.PASSIVE_PARTICIPLES]) mark(w.replace('’', "'"), TRIGGER_PASSIVE);
  for (const w of verbForms.keys()) mark(w, TRIGGER_VERB);
  for (const w of [...P.SPEECH_NOUN_CUES, ...P.STANDALONE_SPEECH_NOUNS]) mark(w, TRIGGER_NOUN);
  for (const w of P.SPEECH_OBJECT_VERBS) mark(w, TRIGGER_SPEECH_OBJECT);
  return {
    triggers,
    triggerFilter: new WordFilter(triggers.keys()),
    verbForms,
    prepositional,
    userPhrases,
    builtInPhrases: new Set(P.SPEECH_PHRASES.filter((ph) => !cue.some((c) => c.trim().toLowerCase() === ph))),
    cueSuffixes: trieOf(P.CUE_SUFFIXES),
    hedgeWords: new Set(P.HEDGE_WORDS),
    hedgePhrases,
    passiveParticiples: new Set(P.PASSIVE_PARTICIPLES),
    passiveAux: new Set(P.PASSIVE_AUX),
    reactionVerbs: new Set(P.REACTION_VERBS),
    emotiveVerbs: new Set(P.EMOTIVE_VERBS),
    reactionNouns: new Set(P.REACTION_NOUNS),
    othersReactionNouns: new Set(P.OTHERS_REACTION_NOUNS),
    reactionAdjectives: new Set(P.REACTION_ADJECTIVES),
    reactionFrom: new Set(P.REACTION_FROM),
    targetReactionVerbs: new Set(P.TARGET_REACTION_VERBS),
    unownedReactionNouns: new Set(P.UNOWNED_REACTION_NOUNS),
    existentialAux: new Set(P.EXISTENTIAL_AUX.map((w) => w.replace('’', "'"))),
    reactionGrowth: new Set(P.REACTION_GROWTH),
    groupFeelings: new Set(P.GROUP_FEELINGS),
    speechObject: { verbs: new Set(P.SPEECH_OBJECT_VERBS), particles: new Set(P.SPEECH_OBJECT_PARTICLES), nouns: new Set(P.SPEECH_OBJECT_NOUNS), drawNouns: new Set(P.SPEECH_OBJECT_DRAW_NOUNS), quantities: new Set(P.SPEECH_OBJECT_QUANTITIES) },
    noComment,
    placeholderWords: trieOf(P.PLACEHOLDER_WORDS),
    perNotSource: new Set(P.PER_NOT_SOURCE),
    vagueHeads,
    vaguePhrases,
    insiderWords: new Set(S.INSIDER_WORDS),
    evidenceGroups: new Set(S.EVIDENCE_GROUPS),
    documentHeads: new Set(S.DOCUMENT_HEADS),
    officeTitles,
    officeHeads,
    honorifics: new Set(S.HONORIFICS),
    maleHonorifics: new Set(S.MALE_HONORIFICS),
    femaleHonorifics: new Set(S.FEMALE_HONORIFICS),
    orgWords: new Set(S.ORG_WORDS),
    businessNameWords: new Set(S.BUSINESS_NAME_WORDS),
    measureNouns: new Set(S.MEASURE_NOUNS),
    staffHeads: new Set(S.STAFF_HEADS),
    staffPlaces: new Set([...S.US_STATES, ...S.PLACE_SPEAKERS]),
    relationalHeads: new Set(S.RELATIONAL_HEADS),
    orgShortForms: new Set(S.ORG_SHORT_FORMS),
    speechNouns: new Set(P.SPEECH_NOUN_CUES),
    speechNounOpeners: new Set(P.SPEECH_NOUN_OPENERS),
    standaloneSpeechNouns: new Set(P.STANDALONE_SPEECH_NOUNS),
    genericOrgShortForms: new Set(S.GENERIC_ORG_SHORT_FORMS),
    selfIdentifying: trieOf(S.SELF_IDENTIFYING),
    publications: trieOf(S.PUBLICATIONS),
    publicationWords: new Set(S.PUBLICATION_WORDS),
    gentilics: new Set(S.GENTILICS),
    placeSpeakers: new Set(S.PLACE_SPEAKERS),
    knownSources: trieOf(known),
    determiners: new Set(S.DETERMINERS),
    indefinites: new Set(S.INDEFINITES),
    commonOpeners: new Set(S.COMMON_OPENERS),
    clauseBoundaries: new Set(S.CLAUSE_BOUNDARY_WORDS),
    subjectOpeners: new Set(S.SUBJECT_OPENERS),
    cuePrefixes: new Set(S.CUE_PREFIX_WORDS),
    nameConnectors: new Set(S.NAME_CONNECTORS),
  };
}
