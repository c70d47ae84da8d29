/**
 * Groups sentence-level errors by a likely cause, so that the next improvement
 * to the engine is obvious from the eval report ("V missed: hedge adverb",
 * "U over-flagged (gold N): question", "A flagged U: pronoun or short form").
 *
 * The causes are read off the sentence text with the small word lists below.
 * They only sort errors into groups for people to look at; they never decide a
 * score. The lists come from the editorial standard (`labels.md`, its V column
 * and its notes on cues) and from the errors seen on the worked example and the
 * PolNeAR dev labels while building this report.
 */
import type { ScoredSentence } from './score';

/** Hedge adverbs and adjectives that hide who reported something (labels.md, V column). */
export const HEDGE_WORDS = ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'ostensibly', 'rumored', 'rumoured', 'alleged', 'purported'];

/** Agentless passive participles that hide who judged (labels.md, V column and "Agentless verbs"). */
export const PASSIVE_PARTICIPLES = [
  'believed', 'said', 'thought', 'reported', 'alleged', 'expected', 'understood', 'claimed', 'rumored', 'rumoured',
  'considered', 'noted', 'documented', 'estimated', 'known', 'suggested', 'feared', 'linked', 'tipped', 'seen', 'described',
  // Agentless judgements met while labelling (eval/HARD-CASES.md): "was accused", "has been pilloried", "was dubbed".
  'accused', 'criticized', 'ridiculed', 'pilloried', 'dubbed', 'called', 'charged', 'deemed', 'labeled', 'branded',
];

/** Auxiliaries that start an agentless passive ("is", "has been" …). */
const PASSIVE_AUX = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];

/** Nouns of agentless reactions: "has raised questions", "drew criticism" (labels.md, V column). */
export const REACTION_NOUNS = [
  'questions', 'concerns', 'criticism', 'interest', 'speculation', 'debate', 'outrage', 'controversy', 'backlash', 'attention', 'scrutiny', 'doubts',
  // From the labelled sets (eval/HARD-CASES.md): "has faced ridicule online", "has been met with opposition", "dogged by charges".
  'ridicule', 'opposition', 'charges', 'fire', 'skepticism', 'condemnation',
];

/** Unnamed plural or generic groups (labels.md, V column and "Decisions on hard cases"). */
export const VAGUE_GROUPS = [
  'analysts', 'observers', 'officials', 'experts', 'critics', 'sources', 'source', 'reports', 'insiders', 'aides', 'advisers',
  'advisors', 'commentators', 'pundits', 'scholars', 'economists', 'activists', 'lawmakers', 'authorities', 'diplomats',
  'people familiar', 'some', 'many', 'others', 'observers', 'state media', 'media', 'polls', 'studies', 'research',
];

/** Speech and attribution cues (labels.md, Notes), in the inflections that occur in text. */
export const CUE_WORDS = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'according to', 'stated', 'states', 'announced', 'announces',
  'confirmed', 'confirms', 'noted', 'notes', 'wrote', 'writes', 'argued', 'argues', 'claimed', 'claims', 'denied', 'denies',
  'warned', 'warns', 'reported', 'reports', 'testified', 'estimated', 'estimates', 'explained', 'explains', 'insisted',
  'acknowledged', 'suggested', 'asked', 'replied', 'responded', 'tweeted', 'posted', 'in a statement', 'citing',
];

/** Pronouns and short forms that need an antecedent to count as a source. */
export const PRONOUNS = ['he', 'she', 'they', 'it', 'his', 'her', 'their', 'the company', 'the ministry', 'the report', 'the agency', 'the campaign', 'the group', 'the spokesman', 'the spokeswoman'];

/** Short forms that point back to a named source (labels.md, A: "the ministry said", "the report said"). */
export const SHORT_FORMS = [
  'the poll', 'the survey', 'the report', 'the study', 'the statement', 'the book', 'the memo', 'the letter', 'the complaint',
  'the agency', 'the fund', 'the company', 'the campaign', 'the group', 'the union', 'the committee', 'the council', 'the court',
  'the ministry', 'the department', 'the paper', 'the post', 'the times', 'this poll', 'it says', 'the analysis', 'the sample',
];

/** Speech-act verbs whose subject is the source of its own statement (HARD-CASES.md, "Speech acts"). */
export const SPEECH_ACT_VERBS = [
  'endorsed', 'endorses', 'called for', 'called on', 'calls for', 'calls on', 'proposed', 'proposes', 'criticized', 'criticizes',
  'accused', 'accuses', 'urged', 'urges', 'promised', 'promises', 'pledged', 'condemned', 'condemns', 'praised', 'praises',
  'credited', 'defended', 'acknowledged', 'admitted', 'asserted', 'described', 'branded', 'insisted', 'predicted', 'vowed',
];

/** First-person words: the writer's own asides (labels.md, N). */
const FIRST_PERSON = ['i', 'we', 'my', 'our', 'me', 'us'];

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function anyWord(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const HEDGE_RE = anyWord(HEDGE_WORDS);
const PASSIVE_RE = new RegExp(`(?:^|\\W)(?:${PASSIVE_AUX.join('|')})\\s+(?:${PASSIVE_PARTICIPLES.join('|')})(?!\\w)`, 'i');
const REACTION_RE = new RegExp(
  `(?:rais(?:e|es|ed|ing)|spark(?:s|ed|ing)?|drawn|drew|draws?|draw|prompt(?:s|ed|ing)?|fuell?(?:s|ed|ing)?|fuel|trigger(?:s|ed|ing)?|attract(?:s|ed|ing)?|fac(?:e|es|ed|ing)|met\\s+with|dogged\\s+by|under)\\s+(?:\\w+\\s+)?(?:${REACTION_NOUNS.join('|')})(?!\\w)`,
  'i',
);
const VAGUE_RE = anyWord(VAGUE_GROUPS);
const CUE_RE = anyWord(CUE_WORDS);
const PRONOUN_CUE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${PRONOUNS.map(escape).join('|')})\\s+(?:\\w+\\s+)?(?:${CUE_WORDS.map(escape).join('|')})(?![\\p{L}])`, 'iu');
const FIRST_PERSON_RE = anyWord(FIRST_PERSON);
const SHORT_FORM_RE = anyWord(SHORT_FORMS);
const SPEECH_ACT_RE = anyWord(SPEECH_ACT_VERBS);
/** Pronouns and demonstratives a vague finding may have taken for a source. */
const PRONOUN_PHRASE_RE = /^(?:this|that|these|those|it|he|she|they|we|i|which|who|there)\b/i;
const QUOTE_RE = /["“”]/;

/** The cause families a sentence text can show, first match wins. */
export function vagueFeature(text: string): string {
  if (HEDGE_RE.test(text)) return 'hedge adverb';
  if (REACTION_RE.test(text)) return 'agentless reaction';
  if (PASSIVE_RE.test(text)) return 'agentless passive';
  if (VAGUE_RE.test(text)) return 'vague group';
  if (PRONOUN_CUE_RE.test(text)) return 'pronoun or short form';
  return 'other';
}

/** Whether a text reads as a question (ends with "?", before closing quotes or brackets). */
export function isQuestion(text: string): boolean {
  return /\?[\s"”’)\]]*$/.test(text.trim());
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Why a sentence that should be N got a U finding. */
function nOverFlagged(text: string): string {
  if (isQuestion(text)) return 'question';
  if (FIRST_PERSON_RE.test(text)) return 'first-person aside';
  if (wordCount(text) < 6) return 'short fragment or transition';
  return 'other';
}

/** The paragraph around a labelled sentence, for causes that depend on it. */
export interface SentenceContext {
  /** The rest of the sentence's paragraph (the sentence itself left out). */
  paragraph: string;
  /** The paragraph before, trimmed ('' at the start of the draft). */
  previousParagraph: string;
}

/** Why an A sentence got a U finding. */
function aFlaggedU(text: string, ctx?: SentenceContext): string {
  if (PRONOUN_CUE_RE.test(text)) return 'pronoun or short form not resolved';
  if (SHORT_FORM_RE.test(text)) return 'short form of a named source ("the poll", "the report")';
  if (CUE_RE.test(text)) return 'cue word present, not tied to a source';
  if (SPEECH_ACT_RE.test(text)) return 'speech-act verb not taken as a cue ("endorsed", "urged")';
  if (ctx && (CUE_RE.test(ctx.paragraph) || SPEECH_ACT_RE.test(ctx.paragraph))) return 'quotation or list continued in a paragraph that names the speaker';
  if (ctx && /:\s*$/.test(ctx.previousParagraph)) return 'block quotation after a colon lead-in ("He said:")';
  if (QUOTE_RE.test(text)) return 'quotation continued from another sentence';
  return 'no cue word (source in an earlier sentence)';
}

/** What a vague finding that should not be there flagged. */
function overFlaggedPhrase(phrase: string): string {
  const feature = vagueFeature(phrase);
  if (feature !== 'other') return feature;
  if (PRONOUN_PHRASE_RE.test(phrase.trim())) return 'pronoun or demonstrative taken as a vague source';
  return 'other phrase taken as a vague source';
}

/** Why a U sentence got no U finding. */
function uMissed(s: ScoredSentence, text: string): string {
  if (s.predicted === 'A') return s.claim?.sourceKind ? `taken as attributed (source kind: ${s.claim.sourceKind})` : 'taken as attributed';
  if (isQuestion(text)) return 'question form';
  if (wordCount(text) < 6) return 'short sentence';
  return s.predicted === 'N' ? 'judged nothing to attribute' : 'no finding';
}

/**
 * The cause group of one error, or undefined when the sentence is right.
 * `text` is the labelled sentence; `flaggedText` the text under the first
 * vague finding, if any (it tells what the engine took as vague); `ctx` its
 * paragraph, when known.
 */
export function causeOf(s: ScoredSentence, text: string, flaggedText?: string, ctx?: SentenceContext): string | undefined {
  const { gold, predicted } = s;
  if (gold === 'V' && predicted !== 'V') return `V missed (→${predicted}): ${vagueFeature(text)}`;
  if (predicted === 'V' && gold !== 'V') return `V over-flagged (gold ${gold}): ${flaggedText === undefined ? vagueFeature(text) : overFlaggedPhrase(flaggedText)}`;
  if (gold === 'U' && predicted !== 'U') return `U missed (→${predicted}): ${uMissed(s, text)}`;
  if (gold === 'N' && predicted === 'U') return `U over-flagged (gold N): ${nOverFlagged(text)}`;
  if (gold === 'A' && predicted === 'U') return `A flagged U: ${aFlaggedU(text, ctx)}`;
  if (gold === 'A' && s.flagged) return `A flagged: ${[...new Set(s.findings.map((f) => f.ruleId))].join(', ')}`;
  if (gold === 'A' && predicted === 'N') return 'A taken as N (no finding, claim status only)';
  if (gold === 'N' && predicted === 'A') return 'N taken as A (no finding, claim status only)';
  return undefined;
}
