/**
 * The word lists and thresholds of classification, kept as data.
 *
 * Cue verbs, vague source nouns and hedges belong to the attribution stage
 * (`lexicon/`). The lists here answer a different question: once we know which
 * attributions a sentence has, is what is left of it a claim a reader could
 * challenge (U), or nothing to attribute (N)? And if it is a claim, what kind?
 *
 * Where each list comes from is said above it. The editorial standard is
 * `labels.md` (shared spec): its U row names the kinds of claim (an event, a
 * number, a date, a cause, a comparison, a prediction, a judgement stated as
 * fact) and its N row and notes name what needs no source (questions,
 * transitions, headings, descriptions of the article itself, first-person
 * asides, bio lines, textbook definitions, public schedule facts).
 *
 * Every entry is lower case and matched on word boundaries, case-insensitively,
 * unless said otherwise. Phrases are matched as written, words in the listed
 * forms only (no stemming), so a list entry never matches more than it says.
 */

/** What kind of challengeable assertion a sentence makes (labels.md, row U). */
export type AssertionKind = 'prediction' | 'judgement' | 'cause' | 'comparison' | 'number' | 'date' | 'event';

/**
 * How each kind is named in a finding message, in the order a message lists
 * them: the kinds an editor most wants sourced first.
 */
export const ASSERTION_KIND_NAMES: readonly (readonly [AssertionKind, string])[] = [
  ['prediction', 'a prediction'],
  ['judgement', 'a judgement stated as fact'],
  ['cause', 'a cause'],
  ['comparison', 'a comparison'],
  ['number', 'a number'],
  ['date', 'a date'],
  ['event', 'an event or fact'],
];

/**
 * Words and phrases that make a sentence a prediction. From the brief and
 * labels.md ("may/will/could/likely/potentially"), widened with the forecasting
 * phrases wire style guides list (AP Stylebook, "forecasts"; Reuters handbook,
 * "speculation").
 */
export const PREDICTION_WORDS: readonly string[] = [
  'may', 'might', 'will', 'could', 'would', 'shall', "won't", "'ll",
  'likely', 'unlikely', 'potentially', 'possibly', 'probably', 'perhaps',
  'expected to', 'set to', 'poised to', 'on track to', 'on course to', 'bound to',
  'the potential to', 'is projected to', 'are projected to', 'is forecast to', 'are forecast to',
  'remain to be seen', 'remains to be seen', 'in the future', 'future',
];

/**
 * Judgement words: an evaluation the writer states as fact. Seeded from the
 * examples in labels.md ("far-reaching", "one thing is clear", "not merely
 * symbolic", "signals a shift") and from the lists of "loaded" and "puffery"
 * words in the AP Stylebook and Wikipedia's Manual of Style ("Words to watch":
 * puffery, editorializing).
 */
export const JUDGEMENT_WORDS: readonly string[] = [
  'far-reaching', 'significant', 'significantly', 'crucial', 'critical', 'vital', 'key', 'important', 'importance',
  'unprecedented', 'historic', 'landmark', 'tangible', 'symbolic', 'remarkable', 'dramatic', 'dramatically',
  'profound', 'pivotal', 'milestone', 'turning point', 'game-changer', 'game changer', 'watershed',
  'deepening', 'growing', 'increasingly', 'clear', 'clearly', 'obvious', 'obviously', 'undeniable', 'undeniably',
  'notable', 'notably', 'striking', 'troubling', 'alarming', 'worrying', 'controversial', 'success', 'successful',
  'failure', 'failed', 'efficient', 'efficiency', 'cost-effective', 'effective', 'ineffective', 'major', 'new dynamic',
  'not merely', 'not just', 'not only', 'one thing is clear', 'there is no doubt', 'no doubt', 'of course',
  'signals a', 'signals the', 'marks a', 'marked a', 'represents a', 'reflecting', 'underscoring', 'highlighting',
  'implications', 'consequences', 'strategic', 'statement of intent', 'key player', 'shift',
  'best', 'worst', 'greatest', 'biggest', 'disastrous', 'brilliant', 'excellent', 'terrible', 'devastating',
];

/**
 * Participles that, after a comma and with a noun phrase for object, are the
 * writer's commentary on an event rather than anyone's words: "Kim presided
 * over the event, underscoring the strategic importance of the mission"
 * (kursk draft, labelled U). With "that" or a quotation after them they report
 * speech again ("…, stressing that talks would go on"). From the judgement
 * verbs the AP Stylebook warns against as editorializing ("underscore",
 * "highlight", "signal").
 */
export const COMMENTARY_PARTICIPLES: readonly string[] = [
  'underscoring', 'underlining', 'highlighting', 'emphasizing', 'emphasising', 'stressing', 'signaling', 'signalling',
  'reflecting', 'illustrating', 'demonstrating', 'showing', 'marking', 'suggesting', 'indicating', 'showcasing',
  'reinforcing', 'cementing', 'confirming',
];

/**
 * Words that state a cause or effect. From labels.md ("a cause") and the
 * causal connectives of English grammars (Quirk et al., "reason and result").
 */
export const CAUSE_WORDS: readonly string[] = [
  'because', 'because of', 'due to', 'owing to', 'thanks to', 'as a result', 'as a consequence', 'result of',
  'resulted in', 'results in', 'resulting in', 'led to', 'leads to', 'leading to', 'caused', 'causes', 'causing',
  'driven by', 'stems from', 'stemmed from', 'blamed on', 'therefore', 'consequently', 'hence', 'so that',
  'contributed to', 'contributes to', 'in response to', 'aligns with',
];

/** Words that make a comparison (labels.md, "a comparison"). */
export const COMPARISON_WORDS: readonly string[] = [
  'than', 'compared with', 'compared to', 'in comparison', 'more', 'less', 'fewer', 'most', 'least', 'largest',
  'smallest', 'highest', 'lowest', 'first', 'record', 'unlike', 'similar to', 'twice', 'double', 'half as',
  'faster', 'slower', 'larger', 'smaller', 'higher', 'lower', 'better', 'worse', 'bigger',
];

/**
 * Number words (digits are found separately). Cardinals above ten plus the
 * magnitude words and "percent": "one" to "ten" are left out because they are
 * pronouns and idioms as often as numbers ("one thing is clear").
 */
export const NUMBER_WORDS: readonly string[] = [
  'eleven', 'twelve', 'thirteen', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty',
  'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'trillions', 'dozen', 'dozens', 'percent', 'per cent', 'decades', 'majority', 'minority',
];

/** Date words (years, "on 12 December" and numeric dates are found by pattern). */
export const DATE_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'today', 'tomorrow', 'last week', 'last month', 'last year', 'next week', 'next month', 'next year',
  'this week', 'this month', 'this year', 'since', 'previously', 'earlier this', 'later this',
];

/**
 * Auxiliary and modal verbs. A clause needs a finite verb to assert anything;
 * these and words ending in "-ed" are how the classifier spots one without a
 * part-of-speech tagger (closed class: from any English grammar).
 */
export const FINITE_VERBS: readonly string[] = [
  'is', 'are', 'was', 'were', 'am', "isn't", "aren't", "wasn't", "weren't", 'has', 'have', 'had', "hasn't",
  "haven't", "hadn't", 'do', 'does', 'did', "don't", "doesn't", "didn't", 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'shall', 'should', "won't", "wouldn't", "can't", 'cannot', "couldn't", "shouldn't",
  // Frequent lexical verbs of news copy that do not end in "-ed" (irregular past and present forms).
  'says', 'said', 'told', 'took', 'takes', 'made', 'makes', 'went', 'goes', 'came', 'comes', 'began', 'begins',
  'became', 'becomes', 'remain', 'remains', 'seems', 'appears', 'shows', 'showed', 'met', 'meets', 'won', 'wins',
  'lost', 'loses', 'left', 'leaves', 'fell', 'falls', 'rose', 'rises', 'grew', 'grows', 'gave', 'gives', 'got',
  'gets', 'held', 'holds', 'kept', 'keeps', 'ran', 'runs', 'saw', 'sees', 'sent', 'sends', 'spent', 'stood',
  'wrote', 'writes', 'knew', 'knows', 'thought', 'thinks', 'found', 'finds', 'brought', 'brings', 'built',
  'paid', 'pays', 'sold', 'sells', 'struck', 'hit', 'hits', 'cut', 'cuts', 'put', 'puts', 'set', 'sets', 'led',
  'leads', 'needs', 'wants', 'means', 'offers', 'provides', 'represents', 'signals', 'suggests', 'marks',
  'looks', 'sounds', 'feels', 'stays', 'tends', 'belongs', 'depends', 'matters', 'works', 'exists',
  // Irregular past tenses (the common strong verbs of any English grammar's list).
  'spoke', 'fought', 'bought', 'caught', 'taught', 'sought', 'drew', 'flew', 'threw', 'chose', 'drove', 'broke',
  'woke', 'froze', 'stole', 'swore', 'tore', 'wore', 'shook', 'forgot', 'hid', 'bit', 'sat', 'stuck', 'swung',
  'hung', 'spun', 'dug', 'fed', 'fled', 'sped', 'laid', 'felt', 'dealt', 'meant', 'slept', 'swept', 'wept', 'lent',
  'bent', 'heard', 'understood', 'sang', 'rang', 'sank', 'swam', 'drank', 'ate', 'forgave', 'withdrew', 'overtook',
  'undertook', 'arose', 'rode', 'shot', 'quit', 'split', 'spread', 'upheld', 'withheld', 'oversaw', 'foresaw',
];

/**
 * Words that can open the subject of a coordinated main clause ("…, but *the
 * ministry* denied it"). Pronouns and determiners: closed class.
 */
export const SUBJECT_STARTERS: readonly string[] = [
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'these', 'those', 'there', 'the', 'a', 'an', 'his', 'her',
  'its', 'their', 'our', 'my', 'some', 'many', 'most', 'all', 'no', 'each', 'every', 'both', 'one', 'few',
  'several', 'such', 'another', 'other', 'others', 'nobody', 'everyone', 'someone', 'none',
];

/** Words that, right after a clause conjunction, show that no new subject follows ("…, and also …"). */
export const NO_SUBJECT_AFTER_CONJUNCTION: readonly string[] = [
  'also', 'then', 'not', 'that', 'which', 'who', 'whom', 'whose', 'as', 'to', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'of', 'its', 'so',
];

/** Words that, right after a pronoun, show it is not followed by a verb of its own ("…, and it too", "…, but they all"). */
export const NOT_A_VERB_AFTER_PRONOUN: readonly string[] = [
  'and', 'or', 'of', 'to', 'in', 'who', 'which', 'that', 'all', 'both', 'alone', 'too', 'themselves', 'himself',
  'herself', 'itself',
];

/**
 * Words after which a lower-case word in "-s" is a plural noun, not a verb
 * ("with the emails", "two sources"): determiners, prepositions, numerals and
 * a few frequent adjectives (closed classes, plus news-copy adjectives).
 */
export const PLURAL_NOUN_CONTEXT: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many',
  'all', 'few', 'several', 'no', 'any', 'more', 'most', 'other', 'such', 'of', 'in', 'on', 'at', 'for', 'with', 'by',
  'from', 'to', 'about', 'into', 'over', 'under', 'between', 'among', 'and', 'or', 'two', 'three', 'four', 'five',
  'new', 'old', 'top', 'key', 'local', 'federal', 'national', 'foreign', 'both', 'each', 'every', 'what', 'which',
];

/** Pronoun subjects: the next word after one of these is taken to be the verb. */
export const PRONOUN_SUBJECTS: readonly string[] = ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there'];

/**
 * Conjunctions that, after a comma, may open a second main clause. labels.md:
 * "a second, coordinated main clause with its own unsourced assertion makes it
 * U"; the brief names ";", ", but" and ", and". "while" and "whereas" join
 * contrasting clauses the same way in news copy.
 */
export const CLAUSE_CONJUNCTIONS: readonly string[] = ['and', 'but', 'yet', 'so', 'while', 'whereas', 'although', 'though'];

/**
 * Conjunctions that a sentence-initial "According to X," carries across: the
 * framing adverbial scopes over "A, and B" but the writer's own contrast
 * ("…, but B") or a new sentence after ";" is not the source's.
 */
export const SCOPE_CARRYING_CONJUNCTIONS: readonly string[] = ['and', 'so'];

/**
 * Conjunctions a tag set in the middle of reported words carries across
 * ("The middle fifth paid 8.9 percent, the agency said, and the bottom fifth
 * paid 0.8 percent"; "The test, North Korea said, was its biggest yet,
 * although it may take days to tell"): the writer has opened with the
 * source's words and goes on with them. Read off the eval/polnear-dev labels,
 * where such sentences are A; a contrast ("but", "yet") takes the word back.
 */
export const MEDIAL_TAG_CONJUNCTIONS: readonly string[] = ['and', 'so', 'although', 'though'];

// ─── N: nothing to attribute ────────────────────────────────────────────────
//
// Each pattern below is tested on the whole sentence text (prose view, trimmed).
// They are written to be anchored and linear: no nested quantifiers.

/**
 * Transitions: sentences that only move the reader along (labels.md, row N).
 * The list of signposting phrases follows the "transitions" chapter of the
 * Reuters and BBC style guides.
 */
export const TRANSITION_PATTERNS: readonly RegExp[] = [
  /\b(?:the )?(?:focus|attention|spotlight|conversation|debate) (?:now )?(?:shifts|turns|moves|returns) (?:back )?to\b/i,
  /^(?:now,? )?(?:let's|let us|we now|we'll|we will) (?:look|turn|consider|examine|take a look|return)\b/i,
  /^(?:turning|moving|returning|coming back|getting back) (?:now )?to\b/i,
  /^(?:here|below) (?:is|are|'s|’s) (?:what|how|why|a look|everything|more|the latest)\b/i,
  /^(?:here'?s|here’s) (?:what|how|why|a look|everything|more|the latest)\b/i,
  /^(?:more|details) (?:on|about) (?:that|this|it) (?:below|later|in a moment|shortly)\b/i,
  /^(?:that|this|which) brings us to\b/i,
  // Only as a short line of its own ("And now, the weather."): a sentence that
  // goes on ("And now, for them, socialism is …") is a claim (all four such
  // sentences of the dev and train sets).
  /^(?:but|and) (?:first|now|there'?s more)\b[^.!?]{0,30}[.:!]?$/i,
  /^(?:in other news|meanwhile|moreover|furthermore|finally|first|second|third|next|so|still|then|also|in short|in sum|to sum up|that said|with that)[,.:!]?$/i,
];

/**
 * Descriptions of the article itself, and standard furniture of a web story
 * (labels.md: "a pure description of the article itself").
 */
export const META_PATTERNS: readonly RegExp[] = [
  /^(?:this|the following) (?:article|story|report|piece|explainer|post|newsletter|briefing|analysis|guide|series|feature|column|page|section|timeline|liveblog|live blog|q&a|faq)\b/i,
  /^(?:the) (?:article|story|piece|explainer|post|newsletter|liveblog|live blog) (?:below|above|will|looks|examines|explores|explains|describes|covers|focuses|outlines|sets out|summari[sz]es)\b/i,
  /^in (?:this|the following|today's|today’s) (?:article|story|piece|explainer|post|newsletter|briefing|analysis|guide|episode|edition|section)\b/i,
  /^(?:read|click|tap|see|watch|listen|sign up|subscribe|follow us|share this|scroll)\b/i,
  /^(?:editor'?s|editor’s) note\b/i,
  /^(?:correction|clarification|update|updated|related|advertisement|photo|image|video|graphic|caption|source|sources)\s*[:(—–-]/i,
  /^this (?:story|article|post|piece) (?:has been|was|is being) (?:updated|corrected|amended)\b/i,
  // A live blog's furniture (eval/HARD-CASES.md): its own description, "The
  // Latest on … (all times EDT):", and the time stamp heading each entry.
  // A wire dateline may open it: "WASHINGTON (AP) — The Latest on …".
  /^(?:\p{Lu}[\p{Lu}.,' ]*(?:\([\p{L}]+\))?\s*[—–-]+\s*)?the latest on\b[^.!?]*(?:\(all times [\p{L} ]+\)\s*:?|:)$/iu,
  /^\d{1,2}(?::\s?\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon|midnight)(?:\s+\p{Lu}{2,4})?[.:]?$/iu,
  // A live blog's and a news digest's stock lines (eval/HARD-CASES.md: live
  // blogs and digests): "Still to come: …", "Your daily look at …".
  /^still to come\s*:/i,
  /^your (?:daily|weekly|morning|evening) (?:look|guide|briefing|roundup|digest)\b/i,
  // A run-in subhead set between dashes ("– Ready to quiz Trump –."): up to
  // 60 characters between the white space inside the dashes, or white space
  // alone. The white space runs are taken whole ("(?=(\s*))\1"): as "\s*"
  // beside "[^–—]{1,60}", which holds white space too, every split of a long
  // run was tried, and a sentence of a dash and masked markup (spaces in the
  // prose) took 80 ms (fuzz seed 8802, case 12930). Matches what it did.
  /^[–—-](?:(?=(\s*))\1[^–—\s](?:[^–—]{0,58}[^–—\s])?(?=(\s*))\2|\s+)[–—-]\.?$/u,
  // A photo credit line ("Bloomberg via Getty Images.").
  /^[\p{L}\p{N} .&'’-]{1,60} via (?:getty images|ap images|reuters|afp|shutterstock|associated press)\.?$/iu,
  // The writer's account of the piece's own work ("We examine the agency's
  // record on …", "We discuss the reasons in our op-ed.", "Our project
  // monitors the number of …"): a verb of looking into, not of finding;
  // "Our analysis found …" stays a claim. Twelfth session, opinion copy.
  /^(?:(?:here|below|today),?\s+)?we (?:examine|discuss|explore|explain|analy[sz]e|review|outline|look at|look into|break down|take a (?:closer |brief |quick )?look at)\b/i,
  /^our (?:project|study|series|team|tracker|database|analysis|review) (?:monitors|tracks|examines|looks at|follows|counts|catalogs|catalogues|documents)\b/i,
  // A reporter's note on being there (eval/HARD-CASES.md: describes the article itself).
  /^(?:this|your) (?:reporter|correspondent|writer) (?:was|is|has been) (?:on the scene|there|at the scene|in the room|present)\b/i,
  // Stock lead-ins to a list: "Here are five takeaways from the debate."
  /^here (?:are|is) (?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|some) (?:key )?(?:takeaways|things|highlights|moments|questions|ways|reasons|facts|lessons)\b/i,
  // A pointer at material of the article's own that follows ("Here is the
  // full text of the statement:", "Here's a quick guide to …", "Here is a
  // (condensed) version of …"): nothing but the pointer, so no colon before
  // its end (after one, "Here is the guide's verdict: …" asserts).
  /^here(?:['’]s| is| are) (?:a|an|the|our|my|this|these|some) (?:\(?[\p{L}-]+\)? ){0,3}?(?:guide|version|full text|text|transcripts?|excerpts?|videos?|clips?|maps?|charts?|graphics?|photos?|gallery|list|timeline|rundown|breakdown|roundup|recap|summary|primer|explainer)\b[^:]*:?$/iu,
  // A press release's furniture (the newswire conventions of
  // PRESS_RELEASE_SIGNALS): where to learn more and whom to call.
  /^(?:for (?:more|further|additional) information|to learn more)\b[^.!?]{0,20},?\s*(?:visit|see|go to|contact|call|email|e-mail|please)\b/i,
  /^(?:media|press|investor|news media)?\s*(?:contacts?|inquiries)\s*:/i,
];

/**
 * The writer's first-person asides (labels.md notes: "the writer's
 * first-person asides"). "I" as the subject, "in my view", and the newsroom
 * "we" doing newsroom things ("we asked", "we reached out").
 */
export const FIRST_PERSON_PATTERNS: readonly RegExp[] = [
  /^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll)\b/i,
  /,\s*i (?:guess|think|suppose|believe|suspect|bet|mean|hope|wonder|imagine|fear|admit)[.!?]*$/i,
  // The writer's own account anywhere in the sentence ("Like President Obama, I
  // believe …", "My father spent …"); quoted words are removed before this test.
  // "I" before a hyphen and a capital is a party label ("Sen. Bernie Sanders, I-Vt."), not the writer.
  /\bI\b(?![-–]\p{Lu})|\b[Mm](?:y|e|yself|ine)\b/u,
  /^(?:in my|to my|for my|my own) (?:view|opinion|experience|mind|knowledge|part)\b/i,
  /^(?:personally|frankly|honestly|admittedly),? i\b/i,
  // The writer's (or the paper's) own state in a word ("We are not surprised.",
  // "In that sense, we were lucky."): eval/polnear-train opinion labels, N.
  /^(?:[^,]{0,30},\s*)?(?:we|i)(?:['’](?:re|m)| are| were| am| was)\s+(?:(?:not|so|very|all|just|really)\s+)*\p{Ll}+[.!]?$/iu,
  // The writer's wish ("Hopefully, he will seek help."): eval/polnear-train opinion labels.
  /^hopefully,/i,
  /^(?:when |as )?(?:we|this reporter|this writer|the author|the writer) (?:reached out|asked|contacted|spoke|visited|called|emailed|wrote to|have asked|have contacted|requested)\b/i,
];

/**
 * Bio lines and credits, found at the foot of a story (labels.md notes: "bio
 * lines"). Journalism job titles from the Reuters and AP credit lines.
 */
export const BIO_PATTERNS: readonly RegExp[] = [
  /^(?:[A-Z][\p{L}.'’-]*\s){1,4}(?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|journalist|writer|editor|columnist|contributor|producer|photographer|photojournalist|author|novelist|blogger|intern|anchor|presenter|host)\b/u,
  /\b(?:contributed (?:reporting|to this (?:report|story|article))|contributed from\b|contributed\.$|additional reporting by|reporting by|writing by|editing by|edited by|compiled by)\b/i,
  /^(?:follow (?:him|her|them|me) on|(?:he|she|they) can be reached at|contact (?:him|her|them|the author) at)\b/i,
  // A Twitter handle standing alone: a reader comment's or a tweet's signature (eval/HARD-CASES.md: tweet handles are N).
  /^@[\p{L}\p{N}_]{2,}\.?$/u,
  // Public-record identity of a named person, the op-ed contributor line
  // included ("Rick Scott is the Republican governor of Florida."; "Jane Roe,
  // a professor at Eastport College, is a member of the Gazette's Board of
  // Contributors."): eval/HARD-CASES.md, public-record facts about office
  // holders and bio lines are N. Nothing but the identity may follow.
  new RegExp(
    `^(?!(?:He|She|It|They|This|That|There)\\b)(?!.*\\b(?:not|never|no longer|first|only|last|best|worst)\\b)\\p{Lu}[\\p{L}.'’-]*(?:\\s(?:\\p{Lu}[\\p{L}.'’-]*|\\(\\p{Lu}[\\p{L}.'’-]*\\))){0,3}(?:,[^,;]{3,90},)?\\s(?:is|was|chairs|heads|leads) (?:the |a |an )?(?:[\\p{L}’'.-]+ ){0,4}?(?:${[
      'governor', 'senator', 'president', 'chairman', 'chairwoman', 'chair', 'mayor', 'leader', 'nominee', 'candidate',
      'speaker', 'secretary', 'minister', 'member', 'director', 'executive', 'founder', 'co-founder', 'coordinator',
      'editor', 'professor', 'fellow', 'representative', 'congressman', 'congresswoman', 'ambassador', 'justice', 'judge',
      'head', 'dean', 'chancellor', 'commissioner', 'columnist', 'contributor', 'correspondent',
      // Op-ed contributor lines of the PolNeAR train opinion pieces (eval/HARD-CASES.md: bio lines are N).
      'co-host', 'host', 'author', 'co-author', 'historian',
    ]
      .flatMap((t) => [t, t[0]!.toUpperCase() + t.slice(1)])
      .join('|')})(?: [\\p{L}-]+)?(?: (?:of|in|for|at|on)\\b[^;:!?]*)?\\.?$`,
    'u',
  ),
  /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3},\s[A-Z]-[A-Z][\p{L}.]+,\s(?:chairs|heads|leads|represents) (?:the )?[^;:!?]*\.?$/u,
  // A columnist's or podcaster's line ("Jane Roe edits the Politics page for
  // the Gazette and co-hosts its podcast."): op-ed foot lines of the PolNeAR
  // train opinion pieces, N like the other bio lines.
  /^(?:[A-Z][\p{L}.'’-]*\s){1,4}(?:edits|co-edits|co-hosts|writes (?:for|a (?:weekly |monthly |regular )?column))\b/u,
  // The opinion page's disclaimer ("His opinions are his own."): the article describing itself.
  /^(?:(?:his|her|their|my|the author['’]s|the writer['’]s) )?(?:opinions|views) (?:expressed )?(?:here )?are (?:his|her|their|my|the author['’]s|the writer['’]s) own\b/i,
  // A degree line ("She received her Ph.D. from Tufts University.", "Dr. Ana
  // Ruiz holds a master's degree in public health from Eastport College."):
  // a bio line, N like the op-ed foot lines (eval/HARD-CASES.md). Nothing but
  // the field, the school and a year may follow.
  /^(?:[A-Z][\p{L}.'’-]*\s){1,4}(?:received|earned|holds|has|obtained|completed) (?:a|an|his|her|their) (?:[\p{L}'’-]+ ){0,2}?(?:Ph\.?\s?D\.?|doctorate|degree|MBA|M\.B\.A\.|J\.D\.|M\.D\.)(?: in(?: [\p{Ll}-]+){1,3})?(?: (?:from|at) (?:the )?\p{Lu}[\p{L}.'’&-]*(?: (?:of |and |for )?\p{Lu}[\p{L}.'’&-]*)*)?(?: in \d{4})?\.?$/u,
  // Copyright lines at the foot of wire copy and press releases.
  /^(?:copyright|\(c\)|©)\s*(?:\d{4}|by\b)/iu,
  /^all rights reserved\.?$/i,
];

/**
 * Imperatives addressed to the reader ("Stop lying.", "Now tell us …", "Please
 * ask yourself …"): advice and exhortation in opinion copy and letters assert
 * nothing a source could back. Base-form verbs that open such sentences,
 * collected from the imperative sentences of the PolNeAR dev articles' opinion
 * pieces and from style-guide lists of calls to action; a sentence counts only
 * when the next word is not a finite verb ("Help is on the way" is not one).
 */
export const IMPERATIVE_VERBS: readonly string[] = [
  'be', "don't", 'do', 'get', 'go', 'make', 'take', 'give', 'tell', 'ask', 'stop', 'show', 'fill', 'sell', 'play',
  'reach', 'look', 'let', "let's", 'keep', 'try', 'imagine', 'consider', 'remember', 'forget', 'read', 'watch',
  'listen', 'call', 'contact', 'email', 'follow', 'check', 'vote', 'join', 'bring', 'put', 'find', 'help', 'lay',
  'write', 'send', 'sign', 'visit', 'click', 'share', 'subscribe', 'picture', 'compare', 'think', 'stay', 'stand',
  'fight', 'speak', 'quit', 'start', 'learn', 'note', 'hold', 'leave', 'pay', 'support', 'demand', 'wake', 'act',
];

/** Words that may come before an imperative verb: "Now tell us", "Please ask", "So go". */
export const IMPERATIVE_LEAD_INS: readonly string[] = [
  'oh', 'now', 'so', 'just', 'please', 'seriously', 'perhaps', 'maybe', 'and', 'but', 'then', 'simply', 'also', 'first',
  'finally', 'instead', 'again', 'always', 'never', 'really',
];

/**
 * Election arithmetic every wire story repeats (eval/HARD-CASES.md: civics and
 * textbook rules are N): "It takes 2,383 delegates to win the nomination",
 * "In all, 691 delegates are up for grabs".
 */
export const CIVICS_PATTERNS: readonly RegExp[] = [
  /^it takes [\d,]+ (?:(?:pledged |electoral )?(?:delegates|votes|electoral votes) )?to (?:win|clinch)\b/i,
  // Public record stated bare (eval/HARD-CASES.md, "Public record" → N:
  // "Carter took office in February", "Jim Brady died in 2014"): a name, the
  // record and at most a date, nothing else.
  /^(?:\p{Lu}[\p{L}.'’-]*\s){1,4}(?:died|took office|was sworn in|was born|was elected)(?: (?:in|on|last) [\p{L}\d ,]{1,25})?\.$/u,
  /^(?:in all,? )?[\d,]+ (?:delegates|electoral votes|seats) (?:are|were|will be) (?:up for grabs|at stake)\b/i,
  // The same arithmetic and the primary calendar's rules, as the AP live
  // blogs of eval/polnear-train state them (eval/HARD-CASES.md, "AP live
  // blogs and digests": civics and schedule are N): "There are 595 Republican
  // delegates at stake in 11 states", "At stake in those three states are 213
  // delegates", "Florida is a closed-primary state", "South Carolina
  // Republicans award delegates for …".
  /^(?:there (?:are|were) |at stake\b[^.;]{0,40}\b(?:are|were) )[\d,]+ (?:\p{L}+ ){0,2}delegates\b/iu,
  /\b(?:is|are) (?:a |an )?(?:closed|open|semi-closed|semi-open)[- ](?:primary|primaries|caucus|caucuses)\b/i,
  /^(?:the )?(?:[\p{L}-]+ ){0,3}(?:contests|primaries|caucuses|republicans|democrats|parties|states?) award (?:their |its )?delegates\b/iu,
];

/**
 * Textbook definitions: "Demining is the process of …" (labels.md notes). The
 * head nouns are the ones dictionaries use to open a definition.
 */
export const DEFINITION_PATTERNS: readonly RegExp[] = [
  // The words between the verb and the head may not judge or negate ("is
  // hardly the kind of", "are a very special kind of", "are suffering this
  // type of" are an op-ed's verdicts: eval/polnear-train opinion labels, U).
  /^(?:an? |the )?[\p{L}\p{N}' -]{1,60}? (?:is|are|refers to|means|denotes) (?:an? |the )?(?:(?!(?:hardly|not|never|very|so|just|exactly|special|perfect|classic|true|real)\b)(?![\p{L}-]+(?:ing|ly)\b)[\p{L}-]+ ){0,2}(?:term|word|process|practice|method|technique|type|form|kind|category|class|branch|field|measure|unit|name|act|study|science|system) (?:of|for|that|which|in which|used|describing|where|by which)\b/iu,
  /^(?:the term |the word |the phrase )[^,]{1,60} (?:refers to|means|describes|denotes)\b/i,
];

/**
 * Public schedule facts (labels.md notes: "public schedule facts no editor would
 * source"): the fixture is announced, present or future tense only.
 */
export const SCHEDULE_PATTERNS: readonly RegExp[] = [
  /\b(?:is|are) (?:scheduled|slated|due|set) (?:to (?:begin|start|open|close|end|take place|be held|resume|run|meet|convene|air|launch)|for)\b/i,
  /\bwill (?:take place|be held|be broadcast|be streamed|air|open to the public)\b/i,
  /\b(?:takes place|is held|are held|opens|closes|begins|starts|runs|kicks off|airs) (?:on|at|from|every|each|until|between|daily|weekly)\b/i,
  /\bwill (?:premiere|debut|air|be released|be published|go on sale|open to the public)\b/i,
  /\bwill hold (?:its |their |his |her |a |an |the )?(?:next )?(?:presidential |general |parliamentary |legislative |local |midterm |regional )?(?:elections?|vote|referendum|primary|primaries|summit|meeting|conference|convention|hearing|debate)\b/i,
  /\b(?:is|are) (?:just |only |about |roughly )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few) (?:days?|weeks?|months?|years?) away\b/i,
  /\bwill (?:finish|end|complete) (?:his|her|its|their) (?:term|mandate)\b/i,
  /\bwill (?:visit|travel to|attend|address|host|testify before|appear (?:on|at|before))\b[^.;]*\b(?:on|next|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  /\b(?:is|are) (?:scheduled|slated) to\b/i,
  // An announced release date (eval/HARD-CASES.md: "plans to release its analysis next week" is N).
  /\b(?:plans?|intends?|expects?) to (?:release|publish|issue|unveil|announce)\b[^.;]{0,60}\b(?:next|this|later this) (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  /\b(?:is|are) to (?:take over|take office|begin|start|open|close|be sworn in|step down|leave office|be held)\b/i,
  // Polling hours: "Voting ends at 7 p.m.", "Polls close at 8 p.m. EST" (eval/polnear-train AP live blogs, N).
  /^(?:voting|the polls|polls|polling places|caucuses|doors) (?:ends?|closes?|opens?|begins?|starts?) at \d/i,
  // A named fixture ("Sanders is scheduled to address the convention Monday
  // night", "Iowa is set to play Stanford in the Rose Bowl", "The council will
  // meet again on March 17-18"): eval/HARD-CASES.md, public schedules are N.
  /\b(?:is|are|was|were) (?:scheduled|slated|set|due) to (?:address|speak|play|face|meet|visit|hold|host|attend|appear|co-moderate|moderate|debate|travel|campaign|deliver|give|headline|testify|hold)\b/i,
  /\bwill (?:meet|convene|reconvene|gather)\b[^.;]{0,60}\b(?:on|next|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month)\b/i,
  // Campaign travel plans (eval/HARD-CASES.md, "N": public schedules,
  // "campaign travel plans"; read off the AP live blogs of eval/polnear-train):
  // "Trump will be holding a rally at an Elks Lodge", "He'll cap the night
  // with a rally", "The vice president will also conduct interviews with
  // stations in …", "Clinton will be spending much of the week in private
  // fundraisers", "On Thursday night, Hillary Clinton will deliver her
  // acceptance speech at the convention".
  /\b(?:will|'ll|’ll|(?:is|are|['’]s|['’]re) (?:about|set|scheduled|slated) to|plans? to) (?:also )?(?:be )?(?:hold(?:ing)?|host(?:ing)?|headlin(?:e|ing)|attend(?:ing)?|spend(?:ing)?|cap|kick(?:ing)? off|wrap(?:ping)? up|watch(?:ing)?|participate|conduct(?:ing)?|tape|taping|deliver(?:ing)?|give|giving|make|making|stop(?:ping)?)\b[^.;]{0,100}\b(?:rally|rallies|town halls?|interviews?|fundraisers?|events?|campaign stops?|acceptance speech|speech|memorial|service|party|results|meetings?|forum|roundtable)\b/i,
  // A rite announced for a day ("A public memorial service is planned Friday
  // in Eastport", "The funeral is planned for Saturday"): as "is set for",
  // which the first pattern reads; twelfth session, wire copy. Other plans
  // ("The layoffs are planned for May", "A strike is planned") stay claims.
  /\b(?:memorial|funeral|services?|vigil|wake|burial|viewing|ceremony|procession|parade)s? (?:is|are) planned (?:for |on )?(?:(?:next|this) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  // The calendar of primaries: "Wisconsin holds its presidential primary on
  // Tuesday", "South Carolina, which holds its Democratic primary next
  // Saturday", "The other states voting Tuesday are …".
  /\bholds? (?:its |their |a |the )?(?:(?:democratic|republican|gop|presidential|statewide|party|state|first|next|own) )*(?:primary|primaries|caucus|caucuses|elections?)\b(?! (?:victory|win|results?|lead))/i,
  /\b(?:states|contests) (?:voting|holding (?:primaries|caucuses|contests)) (?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight)\b/i,
  // A photo caption run into the text, dated in full ("President Obama shakes
  // hands with … at Orlando International Airport on Thursday, June 16,
  // 2016."): eval/HARD-CASES.md, "Photo credits and captions" are N.
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), (?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, (?:19|20)\d{2}\.?$/i,
  // The present tense of a fixture: "Trump and Clinton meet … Monday at Hofstra University."
  /\b(?:meet|meets|face off|faces off|visits|travels to|hosts)\b[^.;]{0,80}\b(?:on |next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! (?:night|morning|evening|afternoon)?\s*(?:said|says|told))/i,
];

/**
 * A bio line standing as its own paragraph at the foot of a piece: "Aaron Kall
 * is director of debate at the University of Michigan." Only tested on a
 * paragraph of one sentence; the titles are those of op-ed contributor lines.
 */
export const BIO_PARAGRAPH_PATTERNS: readonly RegExp[] = [
  // A letter writer's or op-ed author's closing line ("Jane Roe is a retired teacher and lives in Eastport."):
  // eval/HARD-CASES.md, "bio lines" are N.
  /^(?:[A-Z][\p{L}.'’-]*\s){1,4}(?:is|was) (?:an?\s|the\s)?(?:[\p{L}-]+\s){0,3}?[\p{L}-]+(?:,| and| who) (?:lives|resides|writes|teaches|works|divides)\b/u,
  /^(?:[A-Z][\p{L}.'’-]*\s){1,4}(?:lives|resides) in\b[^.]{0,60}\.?$/u,
  /^(?:[A-Z][\p{L}.'’-]*\s){1,4}(?:is|was) (?:an?\s|the\s)?(?:[\p{L}-]+\s){0,3}(?:director|professor|fellow|chair|chairman|chairwoman|founder|co-founder|president|author|playwright|playwright-in-residence|lecturer|researcher|scholar|editor|columnist|contributor|writer|novelist|partner|executive director|senior fellow)\b[^.]*\b(?:at|of|for|with)\b/u,
];

// ─── Thresholds ─────────────────────────────────────────────────────────────

/**
 * Confidences given to each way of reaching a status. The values order the
 * evidence: a heading is certain, a named source found by the attribution
 * stage carries that stage's confidence, a lone N pattern or a second clause
 * split without a parser is least certain. They were set by hand on the
 * editorial examples (kursk draft) and the eval dev set, so that findings the
 * engine is least sure of fall under the `info` line (see `rules/severity.ts`).
 */
export const CONFIDENCE = {
  /** A heading, a question: nothing to attribute, certainly. */
  structural: 1,
  /** One of the N patterns above matched. */
  nPattern: 0.8,
  /** No source and at least one kind of claim recognised. */
  unsourcedKnownKind: 0.85,
  /** No source, a finite verb but no recognisable kind: an event or fact. */
  unsourcedEvent: 0.8,
  /** No source and no finite verb found: a fragment that might still assert. */
  unsourcedFragment: 0.55,
  /** A second main clause with no source, in a sentence otherwise attributed. */
  uncoveredClause: 0.65,
  /** A quotation nobody is named as saying. */
  speakerlessQuote: 0.8,
  /** A placeholder left to fill: certain. */
  placeholder: 1,
  /** Used for attributions whose stage gave no confidence. */
  attributionDefault: 0.8,
} as const;

/**
 * A paragraph of one line with no end punctuation, at most this many words and
 * most of them capitalised is a headline written as plain text: N, like a
 * heading.
 */
export const HEADLINE_MAX_WORDS = 20;

/** Share of a headline's content words that start with a capital letter. */
export const HEADLINE_CAPITALISED_SHARE = 0.6;

/**
 * A sentence of at most this many words that ends with a colon and names no
 * source is a lead-in to what follows ("This year's winners are:", "There's
 * more:", "What we've learned on the money front:"): N. In eval/polnear-dev
 * and -train every such sentence without a cue is labelled N (the ones with
 * a cue, "He said:", "McCrummen reports:", are A and keep their cue).
 */
export const LEAD_IN_MAX_WORDS = 7;

/** Sentences of at most this many words with no digit and no verb are fragments: N. */
export const FRAGMENT_MAX_WORDS = 3;

/**
 * A paragraph of at most this many words with no finite verb is a label (a
 * run-in subhead, a figure set as its own paragraph), digits or not. Set on
 * eval/polnear-train, whose opinion columns set such lines as paragraphs.
 */
export const SUBHEAD_MAX_WORDS = 6;

/**
 * Raising verbs: "X seems to …", "X appears to …" say how X looks to someone
 * nobody names, so a named X is not the source of the claim (labels.md: "It
 * seems that …" is V where it hides where reported facts came from, U where
 * it is the writer's own inference). On eval/polnear-dev and -train, 12 of the
 * 19 sentences these verbs tied to a named subject are labelled U, and the A
 * ones carry another cue ("appeared to imply", "seemed …, telling the crowd").
 * A vague subject ("many Republicans seem to be hoping") stays V.
 */
export const RAISING_VERBS: readonly string[] = ['seem', 'appear'];

/**
 * Words that open an elliptical verdict rather than a label: "Not exactly
 * press-stopping stuff.", "Hardly a surprise.", "No small feat." A run-in
 * subhead names a topic; a verbless line that opens by negating is the
 * writer's judgement of what came before (labels.md, row U: "a judgement
 * stated as fact"), so the label rule (`SUBHEAD_MAX_WORDS`) leaves it alone.
 * The negators are the closed class of any English grammar; the case that
 * raised it is a USA Today column of eval/polnear-train, labelled U.
 */
export const VERDICT_FRAGMENT_OPENERS: readonly string[] = ['not', 'hardly', 'scarcely', 'never', 'no', 'nothing', 'none', 'nowhere'];

/**
 * A quotation of fewer words than this is a scare quote or a title ("the
 * ‘special operation’"), not speech, so it needs no speaker. Four words is the
 * shortest span the Reuters handbook calls a "partial quote".
 */
export const QUOTE_MIN_WORDS = 4;

/**
 * A phrase in ‘single’ quotation marks shorter than this is taken for a scare
 * quote or a title, not speech (American copy quotes speech in double marks;
 * British copy that quotes in single marks still gets a finding for a full
 * sentence). Two lines of a wire story's average sentence length (~20 words).
 */
export const SINGLE_QUOTE_MIN_WORDS = 10;

/**
 * A quotation this share of a clause (in words) or more is the clause's
 * content: when its speaker is known, the clause is attributed.
 */
export const QUOTE_DOMINANT_SHARE = 0.5;

/**
 * A cue at the end of a sentence with at most this many words after it (", the
 * ministry said on Tuesday.") is a closing attribution tag, which covers every
 * clause before it.
 */
export const TRAILING_TAG_MAX_WORDS = 4;

/**
 * Placeholders a writer leaves for a source to fill: the ones sourcetrace's own
 * fixes insert, and the common newsroom ones (TK, "citation needed").
 * Matched case-insensitively, brackets included.
 */
export const PLACEHOLDERS: readonly string[] = [
  '[source]', '[speaker]', '[who?]', '[who]', '[name]', '[tk]', '[citation needed]', '[citation]', '[attribution]',
  '[by whom?]', '[according to whom?]', '[xx]', '[xxx]',
];

// ─── Genre ──────────────────────────────────────────────────────────────────

/**
 * Opinion: the stance adverbs counted by the genre reader (`GENRE_FEATURES`
 * in genre.ts), words a writer uses to vouch for a claim in their own voice.
 * A general list of English stance adverbs (Biber's "certainty" and
 * "actuality" adverbials), not mined from any corpus; the learned genre
 * model (genre-model.ts) weighs how much their rate says.
 */
export const GENRE_STANCE_ADVERBS: readonly string[] = [
  'clearly', 'obviously', 'simply', 'surely', 'of course', 'indeed', 'certainly', 'perhaps', 'probably',
  'really', 'truly', 'actually', 'frankly', 'no doubt', 'undoubtedly', 'arguably', 'plainly',
];

/**
 * Opinion: the probability of the learned genre model (genre-model.ts) at or
 * above which a draft reads as opinion. 0.5, the model's own decision point:
 * with the voice guard below, on the labelled train articles the genre
 * reader takes 38 of 49 op-eds for opinion and 3 of 91 news and wire
 * articles, on dev (not trained on) 6 of 6 and 2 of 37 (genre-model.ts).
 */
export const GENRE_OPINION_PROBABILITY = 0.5;

/**
 * Opinion: the marks of the writer's own voice per sentence (the `voice`
 * features of genre.ts) below which no draft reads as opinion, whatever the
 * model says: the model also counts the absence of reporting as evidence,
 * and a brief with no "said" in it is not an op-ed for that alone. On the
 * labelled train and dev articles, 4 of the 55 op-eds have fewer (three of
 * them of 2 or 3 sentences), and so does one wire story the model took.
 */
export const GENRE_OPINION_MIN_VOICE = 0.05;

/**
 * Marks of a press release, each tested once on the whole draft: the
 * newswire conventions of PR Newswire, Business Wire and GlobeNewswire
 * releases ("today announced", the "About X" boilerplate, the media contact,
 * a stock ticker, the "###" end mark), and the header and contact line of a
 * release sent without a newswire.
 */
export const PRESS_RELEASE_SIGNALS: readonly RegExp[] = [
  /\b(?:today announced|announced today)\b/i,
  /^About (?:\p{Lu}[\p{L}&.'’-]*\s?){1,6}$/mu,
  /^(?:media|press|investor|news media) (?:contacts?|inquiries|relations)\b/im,
  /\/\s*(?:PRNewswire|PR Newswire|Business Wire|GLOBE NEWSWIRE|GlobeNewswire|ACCESSWIRE|EINPresswire)\s*\//i,
  /\((?:NASDAQ|NYSE|Nasdaq|NYSE American|TSX|LSE|OTCQX|OTC)\s*:\s*[A-Z.]{1,6}\)/,
  /^\s*(?:###|-\s*30\s*-|# # #)\s*$/m,
  // The release's own header and contact line, as government offices and
  // campaigns write them without a newswire ("FOR IMMEDIATE RELEASE",
  // "Contact: Jane Roe, 555-0100"): the AP Stylebook's and PR handbooks'
  // press-release conventions.
  /^[\s*_#>]*(?:for immediate release|embargoed until\b|(?:press|news) release\s*$)/im,
  /^[\s*_#>]*(?:contacts?|press|media)\s*:\s*\S/im,
];

/** How many `PRESS_RELEASE_SIGNALS` make a draft a press release. */
export const GENRE_PRESS_RELEASE_MIN_SIGNALS = 2;

// ─── Continuing reports ─────────────────────────────────────────────────────

/**
 * A poll's or survey's method: who was asked, how many, when, the margin of
 * error. AP and Reuters close poll stories with such a sentence; the
 * eval/polnear-dev labels attribute it to the poll named in it or before it
 * (eval/HARD-CASES.md: "the registered voter sample" after a named poll is A).
 * The phrases are the wire style books' methodology boilerplate.
 */
export const POLL_METHOD_PATTERNS: readonly RegExp[] = [
  /\bmargin of (?:sampling )?error\b/i,
  /\bsampling error\b/i,
  /\b(?:poll|survey|sample|questionnaire)s? (?:of (?:about |more than |nearly |some )?[\d,]+|was conducted|were conducted|was taken|was carried out|surveyed|interviewed|polled|included|is \d|was \d)\b/i,
  /\b(?:adults|voters|people|residents|respondents|households|americans|members) (?:were|was) (?:interviewed|surveyed|polled|contacted|reached)\b/i,
  /\b(?:registered|likely)[- ]voter sample\b/i,
  /\bsample (?:size )?(?:of|is|was) [\d,]+\b/i,
];

/**
 * A poll figure that points back to the poll through who answered it
 * ("Twenty-four percent said …, while 9 percent found …", "More than half of
 * the respondents …", "among voters polled", "In an NBC News/Wall Street
 * Journal poll released Monday, 50 percent …"): eval/HARD-CASES.md, polls, "a
 * poll figure is A when the sentence names the poll or points back to it".
 * A bare figure with a preference verb and no such pointer stays a claim.
 */
export const POLL_POINTER_PATTERNS: readonly RegExp[] = [
  /\brespondents?\b/i,
  /\b(?:those|voters|adults|people|americans|residents|democrats|republicans|independents|students|members|women|men) (?:polled|surveyed|questioned|interviewed|sampled)\b/i,
  /^(?:in|according to) (?:a|an|the|this|that) [^,]{0,80}\b(?:poll|survey)\b[^,]{0,60},/i,
];

/**
 * Subjects that read as a poll's respondents when they "say" something in a
 * draft that has named a poll: a share of a group ("Seventy-four percent of
 * Democratic registered voters", "Half of Vermont Democrats", "Majorities of
 * Democrats in five states") or voters as such ("Democratic voters are more
 * likely to say", "Voters who say …"). eval/HARD-CASES.md, polls:
 * respondents with a speech verb are A; the AP live blogs and poll stories of
 * eval/polnear-train label these A. Tested on the source as written.
 */
export const RESPONDENT_SUBJECT = /(?:\bpercent|\b(?:half|third|thirds|quarter|quarters|majority|plurality|proportion|share)|\bin (?:10|ten))\s+of\b|\b(?:majorities|pluralities)\b|^(?:[\p{L}-]+\s+)?(?:voters|respondents|caucus-?goers|primary voters|likely voters|registered voters)(?:\s+(?:who|saying))?$/iu;

/**
 * Verbs of knowing: with an unnamed group for subject ("Politicians know
 * this", "The Democrats understood this in 2008", "The people finally
 * recognize that …") the writer states the complement as a fact and only
 * credits the group with seeing it, so the group is no source the claim
 * leans on: the sentence is the writer's claim (U), as the PolNeAR dev and
 * train labels read it (know 3 U of 4, understand 2 of 2, learn 2 of 2 not V).
 * Believing, fearing, expecting stay vague attributions ("Many fear …" is V).
 */
export const FACTIVE_COGNITION: readonly string[] = ['know', 'understand', 'realize', 'realise', 'recognize', 'recognise', 'learn'];

/**
 * Modal verbs in a vague cue ("most Republicans can agree on", "the
 * politicians will scoff", "Some students may have thought", "Everyone can
 * see"): what an unnamed group could, will or may say or think is the
 * writer's supposition, not something reported (U). In the PolNeAR dev and
 * train labels 8 of the 9 such V readings were not V.
 */
export const HYPOTHETICAL_CUE = /\b(?:can|could|may|might|will|would|should|must|cannot|can't|can’t|won't|won’t|wouldn't|wouldn’t)\b/i;

/**
 * The one modal shape that still passes a position on to an unnamed group:
 * "Some would argue that …", "critics might say …", "many would contend …"
 * (the stock weasel phrasing of encyclopedic and content-farm copy, named in
 * the Szeged WikiWeasel guidelines; labels.md: "some", "many", "critics" are
 * sources nobody can check). The PolNeAR dev and train labels hold no such
 * sentence; the modal readings they label U are of seeing, agreeing,
 * scoffing and thinking (HYPOTHETICAL_CUE).
 */
export const WEASEL_MODAL = /\b(?:would|might)\s+(?:argue|say|contend|claim|suggest|counter|insist|point out)\b/i;

/** Cue lemmas by which respondents answer a poll (eval/HARD-CASES.md, polls: "said", "agreed", "indicated"). */
export const RESPONDENT_CUES: readonly string[] = ['say', 'tell', 'agree', 'disagree', 'indicate', 'answer', 'respond', 'approve', 'disapprove', 'describe', 'rate'];

/**
 * A poll or survey named in a sentence: a capitalised name before "poll" or
 * "survey" ("The Harbor Gazette/Eastport College poll", "A Quinnipiac
 * University survey").
 */
export const NAMED_POLL = /(?:\p{Lu}[\p{L}\p{N}'’.&-]*(?:\/|\s+))+(?:poll|survey|tracking poll)\b/u;

/**
 * Heads of definite short forms that name a collective, not one body a
 * reader could look up ("the intelligence community", "the media"): they stay
 * vague even after something was named (labels.md: "state media" is V).
 */
export const COLLECTIVE_HEADS: readonly string[] = [
  'community', 'establishment', 'media', 'press', 'public', 'government', 'administration', 'world', 'industry',
  'left', 'right', 'opposition', 'base', 'elite', 'street', 'crowd', 'audience', 'source', 'insider', 'official',
];
