/**
 * Attribution cue verbs, as data.
 *
 * Source of the list and the counts: the `Cue` spans of the PolNeAR v1.0.0
 * train split (`data/train/attributions/*.ann`, 22,468 cue spans over 919
 * annotation files; Newell, Margolin & Ruths, LREC 2018). Each cue span was
 * reduced to its first content word (auxiliaries, negation and a few adverbs
 * dropped), that word was lemmatised, and the lemmas were counted. The count
 * after each lemma is that number of train cue spans; entries without a count
 * (0) come from the editorial standard (labels.md) or newsroom usage rather
 * than from the corpus. No article text is copied here: only verb lemmas and
 * numbers.
 *
 * `sense` tells classification what kind of attribution the verb makes:
 * - `speech`: somebody said or wrote something ("said", "told", "tweeted").
 * - `cognition`: a thought, belief or perception ("believes", "fears", "sees").
 * - `intent`: a wish, plan or stance ("wants", "plans", "supports", "criticized").
 * - `evidence`: a document or datum showing something ("the poll shows", "found").
 *
 * `strong` verbs are cues wherever they stand as verbs; the others need a
 * subject right next to them (a name, a pronoun, a group) to count, because
 * they are common in ordinary narration ("called", "made", "showed").
 */

/** What kind of attribution a cue makes. */
export type CueSense = 'speech' | 'cognition' | 'intent' | 'evidence';

/** One cue verb of the lexicon. */
export interface CueVerb {
  /** The dictionary form: "say". */
  lemma: string;
  sense: CueSense;
  /** Cue spans in the PolNeAR train split headed by this lemma (0: not counted there). */
  count: number;
  /** True when the verb is a cue wherever it is used as a verb. */
  strong: boolean;
  /** Particles that belong to the cue when they follow it ("pointed out", "called for"). */
  particles?: readonly string[];
}

type Row = readonly [lemma: string, sense: CueSense, count: number, strong: 0 | 1, particles?: string];

// lemma, sense, PolNeAR train count, strong, particles (comma-separated)
const ROWS: readonly Row[] = [
  ['say', 'speech', 6081, 1, 'of'],
  ['tell', 'speech', 542, 1],
  ['call', 'speech', 419, 0, 'for,on'],
  ['add', 'speech', 318, 1],
  ['ask', 'speech', 300, 1, 'about,for'],
  ['write', 'speech', 299, 1],
  ['show', 'evidence', 262, 0],
  ['suggest', 'speech', 195, 1],
  ['report', 'speech', 169, 1],
  ['support', 'intent', 160, 0],
  ['announce', 'speech', 148, 1],
  ['seem', 'cognition', 139, 0],
  ['want', 'intent', 133, 0],
  ['argue', 'speech', 171, 1],
  ['note', 'speech', 186, 1],
  ['see', 'cognition', 121, 0],
  ['think', 'cognition', 118, 0],
  ['expect', 'cognition', 114, 0],
  ['describe', 'speech', 109, 0],
  ['seek', 'intent', 107, 0],
  ['appear', 'cognition', 106, 0],
  ['know', 'cognition', 103, 0],
  ['find', 'evidence', 100, 0],
  ['point', 'speech', 94, 0, 'out,to'],
  ['tweet', 'speech', 93, 1],
  ['continue', 'speech', 101, 0],
  ['claim', 'speech', 91, 1],
  ['talk', 'speech', 91, 0, 'about'],
  ['cite', 'speech', 89, 1],
  ['question', 'speech', 87, 0],
  ['accuse', 'speech', 84, 1],
  ['endorse', 'speech', 97, 0], // Endorsing is a public statement (eval/HARD-CASES.md), not a wish.
  ['respond', 'speech', 81, 1],
  ['criticize', 'speech', 81, 1],
  ['criticise', 'speech', 0, 1],
  ['offer', 'speech', 78, 0],
  ['explain', 'speech', 78, 1],
  ['refuse', 'intent', 87, 0],
  ['decline', 'speech', 72, 0],
  ['declare', 'speech', 70, 1],
  ['acknowledge', 'speech', 78, 1],
  ['promise', 'speech', 72, 1],
  ['speak', 'speech', 64, 0, 'about,out,to,of,against,on,at'],
  ['refer', 'speech', 62, 0, 'to'],
  ['hope', 'cognition', 97, 0],
  ['insist', 'speech', 59, 1],
  ['recall', 'speech', 57, 1],
  ['warn', 'speech', 57, 1],
  ['attack', 'speech', 55, 0],
  ['feel', 'cognition', 54, 0],
  ['back', 'intent', 53, 0],
  ['vow', 'speech', 52, 1],
  ['conclude', 'speech', 50, 1],
  ['defend', 'speech', 50, 0],
  ['urge', 'speech', 49, 1],
  ['propose', 'speech', 49, 0],
  ['agree', 'cognition', 79, 0],
  ['believe', 'cognition', 75, 0],
  ['reveal', 'speech', 48, 1],
  ['mention', 'speech', 48, 1],
  ['state', 'speech', 47, 0],
  ['express', 'speech', 53, 0],
  ['pledge', 'speech', 43, 1],
  ['praise', 'speech', 43, 0],
  ['consider', 'cognition', 43, 0],
  ['denounce', 'speech', 42, 1],
  ['worry', 'cognition', 42, 0],
  ['plan', 'intent', 57, 0],
  ['fear', 'cognition', 39, 0],
  ['view', 'cognition', 37, 0],
  ['blast', 'speech', 34, 1],
  ['indicate', 'speech', 40, 0],
  ['post', 'speech', 33, 0],
  ['predict', 'speech', 32, 1],
  ['oppose', 'intent', 50, 0],
  ['reject', 'speech', 31, 0],
  ['dismiss', 'speech', 30, 0],
  ['wonder', 'cognition', 30, 0],
  ['deny', 'speech', 28, 1],
  ['mock', 'speech', 27, 0],
  ['reply', 'speech', 27, 1],
  ['blame', 'speech', 33, 0],
  ['challenge', 'speech', 24, 0],
  ['remember', 'cognition', 24, 0],
  ['assure', 'speech', 24, 1],
  ['confirm', 'speech', 23, 1],
  ['discuss', 'speech', 39, 0],
  ['comment', 'speech', 23, 1],
  ['charge', 'speech', 23, 0],
  ['favor', 'intent', 23, 0],
  ['favour', 'intent', 0, 0],
  ['repeat', 'speech', 22, 0],
  ['remind', 'speech', 22, 1],
  ['remark', 'speech', 21, 1],
  ['admit', 'speech', 30, 1],
  ['answer', 'speech', 20, 0],
  ['assert', 'speech', 20, 1],
  ['highlight', 'speech', 20, 0],
  ['tout', 'speech', 20, 1],
  ['threaten', 'speech', 20, 0],
  ['echo', 'speech', 19, 0],
  ['rail', 'speech', 19, 1, 'against'],
  ['publish', 'speech', 19, 0],
  ['learn', 'cognition', 18, 0],
  // "Many Americans have heard by now that 20 veterans commit suicide each day" (eval/HARD-CASES.md: the
  // statistic leans on hearsay → V). Only before "that" (attribution/cues.ts, HEARD_THAT): "heard a loud
  // bang", "the court heard the case" report nothing.
  ['hear', 'cognition', 0, 0],
  ['prefer', 'intent', 26, 0],
  ['decry', 'speech', 18, 1],
  ['concede', 'speech', 18, 1],
  ['stress', 'speech', 17, 1],
  ['quote', 'speech', 17, 0],
  ['demand', 'speech', 17, 0],
  ['complain', 'speech', 17, 1],
  ['allege', 'speech', 17, 1],
  ['estimate', 'speech', 17, 1],
  ['thank', 'speech', 16, 0],
  ['boast', 'speech', 16, 1],
  ['reiterate', 'speech', 16, 1],
  ['slam', 'speech', 25, 1],
  ['maintain', 'speech', 15, 0, 'that'],
  ['emphasize', 'speech', 15, 1],
  ['emphasise', 'speech', 0, 1],
  ['portray', 'speech', 14, 0],
  ['paint', 'speech', 0, 0], // "Some painted the confrontation in grave terms", "designed to paint Trump as" (eval/polnear-dev, fifth session): a portrayal is a statement.
  ['deem', 'speech', 14, 0], // A verdict pronounced ("the Bar Association deemed him well qualified", eval/polnear-train op-ed, A), not a thought.
  ['email', 'speech', 13, 1],
  ['understand', 'cognition', 13, 0],
  ['joke', 'speech', 13, 1],
  ['envision', 'cognition', 13, 0],
  ['assail', 'speech', 13, 1],
  ['invoke', 'speech', 13, 0],
  ['lament', 'speech', 12, 1],
  ['outline', 'speech', 12, 0],
  ['recognize', 'cognition', 12, 0],
  ['hint', 'speech', 10, 1],
  ['imply', 'speech', 10, 1],
  ['signal', 'speech', 10, 0],
  ['caution', 'speech', 10, 1],
  ['recount', 'speech', 10, 1],
  ['applaud', 'speech', 10, 0],
  ['brag', 'speech', 10, 1],
  ['voice', 'speech', 10, 0],
  ['intend', 'intent', 9, 0],
  ['shout', 'speech', 9, 1],
  ['plead', 'speech', 9, 0],
  ['recommend', 'speech', 9, 0],
  ['disclose', 'speech', 9, 1],
  ['advocate', 'speech', 24, 0],
  ['condemn', 'speech', 8, 1],
  ['underscore', 'speech', 8, 0],
  ['rebut', 'speech', 8, 1],
  ['articulate', 'speech', 8, 0],
  ['contend', 'speech', 7, 1],
  ['apologize', 'speech', 7, 0],
  ['chide', 'speech', 7, 1],
  ['suspect', 'cognition', 6, 0],
  ['testify', 'speech', 0, 1],
  ['observe', 'speech', 0, 0],
  ['quip', 'speech', 0, 1],
  ['retort', 'speech', 0, 1],
  ['counter', 'speech', 0, 0],
  ['clarify', 'speech', 0, 1],
  ['forecast', 'speech', 0, 1],
  ['project', 'speech', 11, 0],
  ['calculate', 'speech', 0, 0],
  ['doubt', 'cognition', 0, 0],
  ['realize', 'cognition', 0, 0],
  ['realise', 'cognition', 0, 0],
  ['assume', 'cognition', 0, 0],
  ['disagree', 'cognition', 0, 0],
  ['wish', 'intent', 0, 0],
  ['aim', 'intent', 17, 0],
  ['demonstrate', 'evidence', 0, 0],
  // "a study … proved that …" (eval/polnear-train, labelled A); only with
  // "that" after it (attribution/cues.ts), as "proved to be" reports nothing.
  ['prove', 'evidence', 5, 0], // proved 5/41 in the cue model's vocabulary
  ['document', 'evidence', 8, 0],
  // Praise told as a speech act in consumer and opinion copy ("Customers rave about …": the brief of issue
  // 5, sixth session); not in PolNeAR train's cues. ("gush" is below, with the verbs of saying by manner.)
  ['rave', 'speech', 0, 1],
  // "Celebrities swear by this serum", "Many users vouch for the app", "dieters swear that …": testimony in
  // consumer copy (twelfth session probe of content-farm shapes; not in PolNeAR train's cues). Not strong:
  // a subject must stand next to it. "was sworn in" is an oath of office (SILENT_SENSES in attribution/cues.ts).
  ['swear', 'speech', 0, 0],
  ['vouch', 'speech', 0, 0],
  // "Research has linked green tea to …", "Studies have linked the chemical to cancer" (content-farm copy):
  // a finding whose authors are unnamed is vague, one whose authors are named is theirs. Needs a speaker or
  // a body of evidence next to it: "the bridge links the towns" reports nothing.
  ['link', 'evidence', 0, 0],
  ['text', 'speech', 0, 0],
  ['broadcast', 'speech', 0, 0],
  ['concur', 'speech', 0, 1],
  ['mutter', 'speech', 0, 1],
  ['scoff', 'speech', 0, 1],
  ['exclaim', 'speech', 0, 1],
  ['proclaim', 'speech', 0, 1],
  ['affirm', 'speech', 0, 1],
  ['reaffirm', 'speech', 0, 1],
  ['inform', 'speech', 0, 1],
  ['brief', 'speech', 0, 0],
  ['lash', 'speech', 0, 1, 'out'],
  ['weigh', 'speech', 0, 0, 'in'],
  // Formal acts that are statements of their subject (eval/HARD-CASES.md,
  // "Speech acts vs. other acts": complimenting, unveiling a proposal,
  // welcoming a decision, filing legal papers → A).
  ['compliment', 'speech', 0, 0],
  ['unveil', 'speech', 0, 0],
  ['welcome', 'speech', 0, 0],
  ['file', 'speech', 0, 0],
  // Verbs of characterising or contesting that report what their subject said
  // (eval/HARD-CASES.md: "compared Trump to a coach", "likened the refugees
  // to", "referenced political tensions", "hailed Trump as", "disputes the
  // idea", "championed rights" → A).
  ['compare', 'speech', 0, 0],
  ['liken', 'speech', 0, 1],
  ['reference', 'speech', 0, 0],
  ['hail', 'speech', 0, 0],
  ['dispute', 'speech', 0, 1],
  ['champion', 'speech', 0, 0],
  // "the letter reads", "the sign read": a document saying (eval/HARD-CASES.md, the letter from
  // "a group of black parents" → V). Only with a document for subject (attribution/cues.ts).
  ['read', 'evidence', 0, 0],
  // "Fans were quick to react": a public reaction is a statement (labels.md, V: "an agentless reaction").
  ['react', 'speech', 0, 0],
  // Speech acts mined from the learned cue model's vocabulary
  // (lexicon/cue-model.ts: the form's PolNeAR train occurrences inside a Cue
  // span / all its occurrences, in the comment), keeping the verbs whose every
  // sense reports what the subject said or wrote; the strong ones are seldom
  // used otherwise. eval/HARD-CASES.md ("Speech acts vs. other acts"): a claim
  // about a named person's own statement is A.
  ['retweet', 'speech', 7, 1], // retweeted 7/9
  ['bemoan', 'speech', 6, 1], // bemoaned 6/6
  ['deride', 'speech', 5, 1], // derided 5/6
  ['lambaste', 'speech', 5, 1], // lambasted 5/6
  ['rebuke', 'speech', 5, 1], // rebuked 5/5
  ['interject', 'speech', 5, 1], // interjected 5/6
  ['speculate', 'speech', 5, 1], // speculated 5/5
  ['label', 'speech', 5, 0], // labeled 5/8
  ['detail', 'speech', 5, 0], // detailing 5/9
  // The same kind of verb, below the vocabulary's count of 5 but named in the
  // wire copy of eval/polnear-train ("Rubio is congratulating Trump", "Bush is
  // panning Obama's measures", "who he dubbed 'the little senator'", "Merkel
  // heralded the deal as a 'breakthrough'"), labelled A there.
  ['congratulate', 'speech', 0, 1],
  ['pan', 'speech', 0, 0],
  ['dub', 'speech', 0, 0],
  ['herald', 'speech', 0, 0],
  // More public verdicts that report what their subject said (issue 5's list of
  // speech acts the lexicon lacked; newsroom usage). They are also common nouns
  // ("a jeer", "ridicule"), so they need their subject beside them.
  ['lampoon', 'speech', 0, 1],
  ['ridicule', 'speech', 0, 0],
  ['jeer', 'speech', 0, 0],
  ['heckle', 'speech', 0, 0],
  ['taunt', 'speech', 0, 0],
  ['gripe', 'speech', 0, 0],
  // Verbs of saying by manner that the sixth session found on attributed
  // sentences flagged U in eval/polnear-dev and eval/polnear-train ("Clinton
  // has intimated that …", "His campaign protested that …", "The impostor
  // gushed about …"). "intimate" and "protest" are also an adjective and a
  // noun, so they need their subject beside them; "protest" counts only
  // before "that" (attribution/cues.ts), as a protest is also a demonstration.
  ['intimate', 'speech', 0, 0],
  ['protest', 'speech', 0, 0],
  // Not strong: "water gushed from the main" reports nothing (the speaker must stand beside it).
  ['gush', 'speech', 0, 0],
  ['muse', 'speech', 0, 1],
  ['allude', 'speech', 0, 1],
  ['grumble', 'speech', 0, 1],
  // Singing quoted words gives them to the singer ("Billy Joel sings, \"Don't
  // go changing …\"", "As the Rainmakers sang back in the 1980s, \"…\"": A in
  // eval/polnear-train and dev). Only before a quotation (attribution/cues.ts,
  // QUOTE_ONLY): "who sang at church every week" reports no words.
  ['sing', 'speech', 0, 0],
];

/**
 * Irregular inflections: lemma to [third person, past, past participle, -ing].
 * Regular verbs are inflected by rule (see `inflect` in ./index.ts).
 */
export const IRREGULAR: Readonly<Record<string, readonly [string, string, string, string]>> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  know: ['knows', 'knew', 'known', 'knowing'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  find: ['finds', 'found', 'found', 'finding'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  show: ['shows', 'showed', 'shown', 'showing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  seek: ['seeks', 'sought', 'sought', 'seeking'],
  understand: ['understands', 'understood', 'understood', 'understanding'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  broadcast: ['broadcasts', 'broadcast', 'broadcast', 'broadcasting'],
  plead: ['pleads', 'pleaded', 'pleaded', 'pleading'],
  read: ['reads', 'read', 'read', 'reading'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  hear: ['hears', 'heard', 'heard', 'hearing'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  // Verbs whose final consonant doubles before -ed and -ing.
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  refer: ['refers', 'referred', 'referred', 'referring'],
  prefer: ['prefers', 'preferred', 'preferred', 'preferring'],
  plan: ['plans', 'planned', 'planned', 'planning'],
  slam: ['slams', 'slammed', 'slammed', 'slamming'],
  rebut: ['rebuts', 'rebutted', 'rebutted', 'rebutting'],
  brag: ['brags', 'bragged', 'bragged', 'bragging'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  concur: ['concurs', 'concurred', 'concurred', 'concurring'],
  scoff: ['scoffs', 'scoffed', 'scoffed', 'scoffing'],
  signal: ['signals', 'signaled', 'signaled', 'signaling'],
  echo: ['echoes', 'echoed', 'echoed', 'echoing'],
  pan: ['pans', 'panned', 'panned', 'panning'],
  dub: ['dubs', 'dubbed', 'dubbed', 'dubbing'],
};

/** British spellings of inflected forms that the rules do not produce. */
export const EXTRA_FORMS: Readonly<Record<string, string>> = {
  signalled: 'signal',
  signalling: 'signal',
  labelled: 'label',
  labelling: 'label',
  // "Studies have proven that …": the participle that the rules do not produce.
  proven: 'prove',
};

/** The cue verbs, most frequent first. */
export const CUE_VERBS: readonly CueVerb[] = ROWS.map(([lemma, sense, count, strong, particles]) => ({
  lemma,
  sense,
  count,
  strong: strong === 1,
  ...(particles ? { particles: particles.split(',') } : {}),
})).sort((a, b) => b.count - a.count);
