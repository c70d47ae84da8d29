/**
 * Word lists for recognising and typing sources, as data.
 *
 * The vague groups follow the editorial standard (labels.md, "V" and
 * "Decisions on hard cases"); the rest are newsroom vocabulary. Every list is
 * lower case and matched word by word, never turned into a regular expression.
 */

/**
 * Head nouns of unnamed groups or unnamed single people. A source headed by one
 * of these is vague unless a named organisation qualifies it ("analysts at Citi
 * Research", "a Rosneft spokesman").
 */
export const VAGUE_HEADS: readonly string[] = [
  'analyst', 'analysts', 'observer', 'observers', 'official', 'officials', 'expert', 'experts',
  'critic', 'critics', 'source', 'sources', 'insider', 'insiders', 'diplomat', 'diplomats',
  'lawmaker', 'lawmakers', 'legislator', 'legislators', 'mp', 'mps', 'lawyer', 'lawyers', 'authorities',
  'people', 'person', 'residents', 'resident', 'witness', 'witnesses', 'commentator', 'commentators',
  'pundit', 'pundits', 'scholar', 'scholars', 'scientist', 'scientists', 'researcher', 'researchers',
  'economist', 'economists', 'activist', 'activists', 'investor', 'investors', 'trader', 'traders',
  'strategist', 'strategists', 'watcher', 'watchers', 'specialist', 'specialists', 'academic', 'academics',
  'historian', 'historians', 'politician', 'politicians', 'leaders', 'voices', 'figures', 'members',
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives', 'aide', 'aides',
  'employee', 'employees', 'staffer', 'staffers', 'officer', 'officers', 'agent', 'agents', 'advisers',
  'advisors', 'adviser', 'advisor', 'correspondent', 'correspondents', 'reporter', 'reporters',
  'journalist', 'journalists', 'reports', 'rumors', 'rumours', 'media', 'press', 'accounts', 'estimates',
  'studies', 'surveys', 'polls', 'polling', 'some', 'many', 'others', 'most', 'several', 'few', 'everyone',
  // Bodies of evidence content-farm copy cites unnamed ("Reviews suggest …", "Tests show …"),
  // which opening a sentence were read as names.
  'reviews', 'tests', 'trials', 'experiments',
  // "…, records show", "Public records show …" (labels.md: unnamed "reports" and
  // their kin are V); "court records", "police reports" name their office
  // (`RECORD_ISSUERS`). Wire copy, eleventh session.
  'records',
  'somebody', 'someone', 'anyone', 'nobody', 'skeptics', 'sceptics', 'supporters',
  'opponents', 'proponents', 'detractors', 'defenders', 'voters', 'americans', 'democrats', 'republicans',
  'conservatives', 'liberals', 'progressives', 'fans', 'users', 'locals', 'veterans', 'doctors',
  'economy-watchers', 'operative', 'operatives', 'campaigners', 'protesters', 'demonstrators',
  // More bare groups as speakers (labels.md: "an unnamed plural or generic group").
  'physicians', 'nurses', 'teachers', 'parents', 'students', 'workers', 'citizens', 'families',
  'advocates', 'groups', 'bloggers', 'commenters', 'netizens', 'viewers', 'readers', 'consumers',
  'customers', 'shoppers', 'patients', 'survivors', 'practitioners', 'clinicians',
  // Unnamed people at a scene (issue 5: "Eyewitnesses described …" → V).
  'eyewitness', 'eyewitnesses', 'onlookers', 'bystanders', 'passersby', 'attendees', 'spectators',
  // Plural people named by trade or part (the brief of issue 5, session 5: "Fishermen" and "Developers and
  // supporters in Congress say" opening a sentence were read as names; eval/HARD-CASES.md → V).
  'developers', 'fishermen', 'farmers', 'miners', 'owners', 'shopkeepers', 'councillors', 'councilors',
  'delegates', 'donors', 'organizers', 'organisers', 'participants', 'mourners', 'worshippers', 'marchers',
  'soldiers', 'troops', 'firefighters', 'employers', 'landlords', 'tenants', 'homeowners', 'drivers',
  'passengers', 'commuters', 'immigrants', 'refugees', 'migrants', 'retirees', 'businesses',
  'executives', 'bankers', 'engineers', 'prosecutors', 'judges', 'lobbyists',
  'backers', 'loyalists', 'allies', 'insurgents', 'rebels', 'militants', 'fighters', 'villagers', 'caucus-goers',
  'speakers',
  // Kin of people in the news ("Relatives of the victims said" opening a
  // sentence was read as a name, A; tenth session).
  'relatives',
  // Bare plural heads of PolNeAR v1.0.0 train `Source` spans that hold no capitalised word after the first
  // (mined by head noun, three or more spans each: "several friends", "some senators", "some of his admirers",
  // "a number of writers", "media outlets", "The moderators", "Federal investigators", "many environmentalists").
  // Not "rivals": a possessive before a listed head reads as the owner's people, and "her rivals" stays vague.
  'friends', 'senators', 'admirers', 'millennials', 'actors', 'writers', 'outlets', 'clerks',
  'networks', 'moderators', 'independents', 'technologists', 'investigators', 'environmentalists', 'editors',
  'rabbis', 'clergy',
  // The unnamed authorities of content-farm and press-release copy (labels.md, V: "experts", "some", "many";
  // the worked example's "experts say"): advice-column and consumer-review groups.
  'reviewers', 'neighbors', 'neighbours', 'nutritionists', 'dietitians', 'dieticians', 'professionals',
  'psychologists', 'psychiatrists', 'therapists', 'dermatologists', 'dentists', 'pediatricians', 'paediatricians',
  'physicists', 'biologists', 'epidemiologists', 'virologists', 'meteorologists', 'forecasters', 'climatologists',
  'subscribers', 'buyers', 'gamers', 'travelers', 'travellers', 'tourists', 'visitors', 'listeners',
  'audiences', 'connoisseurs', 'enthusiasts', 'aficionados', 'purists', 'traditionalists',
  // Whole communities named by faith, origin or persuasion, capitalised wherever they stand (labels.md: an
  // unnamed plural group; eval/polnear-train op-eds: "Jews fear for their safety", "Many African-Americans
  // take the birther controversy personally" → V). A capital does not make them a name.
  'jews', 'muslims', 'christians', 'catholics', 'evangelicals', 'protestants', 'mormons', 'hindus', 'sikhs',
  'buddhists', 'latinos', 'latinas', 'hispanics', 'african-americans', 'blacks', 'whites', 'asians',
  'women', 'men', 'moderates', 'centrists', 'libertarians', 'socialists', 'populists', 'nationalists',
  // One unnamed member of a group defined by its stance (see RELATIONAL_HEADS: "A Clinton ally suggested …",
  // "a Trump supporter said"), and the trade's own word for political insiders ("Politicos call this …").
  'supporter', 'fan', 'detractor', 'defender', 'backer', 'loyalist', 'ally', 'admirer', 'proponent', 'follower',
  'followers', 'foes', 'sympathizers', 'sympathisers', 'devotees', 'politicos',
];

/**
 * Whole phrases that are vague wherever they stand as a source. Matched as word
 * sequences after the cue ("according to people familiar with the matter").
 */
export const VAGUE_PHRASES: readonly string[] = [
  'people familiar with the matter', 'people familiar with the situation', 'people familiar with the plans',
  'people familiar with the talks', 'people close to', 'sources close to', 'a person familiar with',
  'people with knowledge of', 'a person with knowledge of', 'state media', 'state television',
  'state-run media', 'local media', 'media reports', 'press reports', 'news reports', 'some reports',
  'unconfirmed reports', 'local reports', 'social media', 'informed sources', 'well-placed sources',
  'senior officials', 'government officials', 'western officials', 'intelligence officials',
  'some observers', 'many observers', 'critics', 'the critics', 'the experts', 'the analysts',
  // Insiders whose knowledge is named, not their employer (wire usage; eval/polnear-train: "a source
  // familiar with the FDIC's internal investigation said" → V).
  'a source familiar with', 'sources familiar with', 'an official familiar with', 'officials familiar with',
  'someone familiar with', 'a person close to', 'a source close to', 'people with direct knowledge of',
  'a person with direct knowledge of', 'people briefed on', 'a person briefed on',
  // Insiders named only by whom they are near (content-farm and celebrity copy, labels.md: "sources close to").
  'those close to', 'those familiar with', 'those with knowledge of', 'those in the know', 'people in the know',
  'industry sources', 'industry insiders', 'a family friend', 'a family source', 'a friend of', 'friends of',
];

/**
 * Vague heads that work for whoever names them: "McConnell aides", "a Clinton
 * spokesman", "Exxon Mobil employees" are the named person's or body's staff
 * (labels.md: "a Rosneft spokesman" is A). The other vague heads stay vague
 * after a bare name or place: "Trump fans", "Sanders supporters", "Florida
 * election officials", "Party leaders" are groups the name only describes
 * (eval/HARD-CASES.md, "Who counts as identifiable": "Police officials",
 * "Administration officials" → V; eval/polnear-train's wire copy labels the
 * four examples V). A name's own reports, polls and estimates are its
 * documents and stay with it. A named organisation before any head still identifies
 * ("White House officials", "Pentagon officials" → A).
 */
export const STAFF_HEADS: readonly string[] = [
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokespeople', 'spokesmen', 'staffer', 'staffers', 'employee', 'employees', 'representative', 'representatives',
  'lawyer', 'lawyers', 'attorney', 'attorneys', 'correspondent', 'correspondents', 'reporter', 'reporters',
  'operative', 'operatives', 'strategist', 'strategists', 'agent', 'agents', 'officer', 'officers',
  'editors', 'writers', 'investigators', 'clerks', 'moderators',
  // Professions a body employs: "Apple engineers said", "Google researchers found",
  // "Goldman analysts expect" (labels.md: "analysts at Citi Research" is A).
  'engineers', 'researchers', 'scientists', 'economists', 'analysts', 'executives', 'physicians', 'doctors',
  // A named body's own output: "the RealClearPolitics polling average", "CNN polls", "Reuters reports".
  'reports', 'media', 'press', 'accounts', 'estimates', 'studies', 'surveys', 'polls', 'polling',
];

/**
 * Heads of groups defined by where they stand towards someone: a name after
 * them says whom they back or fight, not whom they speak for. "Supporters of
 * Donald Trump", "Critics of the Keystone XL pipeline", "Fans of Bradley
 * Cooper's performance", "Allies of Mitch McConnell" are bare groups (V) like
 * "Trump fans" and "Sanders supporters" (eval/HARD-CASES.md, "A bare name or
 * place before a group only describes the group"; eval/polnear-train's UPI
 * story labels "Fans of Bradley Cooper's performance … have taken to social
 * media to complain" V), unlike "analysts at Citi Research" or "Members of
 * the Congressional Black Caucus", whom the name employs or gathers. The
 * singulars are vague heads too ("A Clinton ally suggested …", labelled V in
 * an eval/polnear-train column). Not "opponent" or "rival": a candidate's
 * opponent is one identifiable person ("Clinton's Democratic opponent,
 * Vermont Sen. Bernie Sanders").
 */
export const RELATIONAL_HEADS: readonly string[] = [
  'supporter', 'supporters', 'fan', 'fans', 'critic', 'critics', 'opponents', 'detractor', 'detractors',
  'defender', 'defenders', 'backer', 'backers', 'loyalist', 'loyalists', 'ally', 'allies', 'admirer', 'admirers',
  'friends', 'proponent', 'proponents', 'skeptics', 'sceptics', 'follower', 'followers', 'foes', 'sympathizers',
  'sympathisers', 'devotees',
];

/** Vague phrases whose qualifier names what they know, never whom they work for: vague even with a name after them. */
export const INSIDER_WORDS: readonly string[] = ['familiar', 'close', 'knowledge', 'briefed'];

/**
 * Heads of unnamed groups and unnamed bodies of evidence that can "show",
 * "find" or "demonstrate" something: "studies show", "research shows",
 * "scientists have found", "polls show". With an evidence verb such a subject
 * is a vague source (labels.md, V: "studies", "reports"; eval/HARD-CASES.md:
 * "one study found", "other studies have shown", "independent analyses
 * agree" → V). Groups that find things as an act rather than as a result
 * ("police found the body") are left out on purpose.
 */
export const EVIDENCE_GROUPS: readonly string[] = [
  'study', 'studies', 'research', 'survey', 'surveys', 'poll', 'polls', 'polling', 'data', 'evidence',
  'analysis', 'analyses', 'report', 'reports', 'figures', 'statistics', 'estimates', 'experiments',
  'trials', 'tests', 'findings', 'reviews', 'scientists', 'researchers', 'experts', 'analysts', 'economists',
  'doctors', 'scholars', 'academics', 'science', 'records',
];

/** Words that head a document, study or publication rather than a speaker. */
export const DOCUMENT_HEADS: readonly string[] = [
  'report', 'study', 'survey', 'poll', 'census', 'statement', 'memo', 'memorandum', 'letter', 'document',
  'documents', 'filing', 'analysis', 'paper', 'data', 'figures', 'statistics', 'records', 'record',
  'ruling', 'indictment', 'complaint', 'lawsuit', 'assessment', 'estimate', 'forecast', 'release',
  'transcript', 'audit', 'review', 'investigation', 'inquiry', 'book', 'article', 'editorial', 'op-ed',
  'column', 'blog', 'post', 'tweet', 'video', 'ad', 'advertisement', 'website', 'polls', 'index',
  'bulletin', 'briefing', 'dossier', 'cable', 'email', 'emails', 'testimony', 'research', 'findings',
  'evidence', 'account', 'memoir', 'recollection', 'diary', 'communique', 'communiqué', 'decree', 'order', 'bill', 'law', 'resolution', 'verdict', 'judgment',
  'judgement', 'opinion', 'guidance', 'guidelines', 'manifesto', 'platform', 'budget', 'projection',
  'projections', 'model', 'map', 'chart', 'table', 'database', 'registry', 'register', 'minutes',
  // Parts and copies of a document ("according to excerpts of his speech released by the White House",
  // eval/polnear-train wire copy, A): whose they are is in the qualifier.
  'excerpt', 'excerpts', 'transcripts', 'filings', 'copy', 'copies', 'disclosure', 'disclosures',
];

/**
 * Titles of offices. "The president", "the North Korean leader": a definite
 * title points at an identifiable office holder (labels.md, worked example).
 */
export const OFFICE_TITLES: readonly string[] = [
  'president', 'leader', 'minister', 'prime minister', 'premier', 'chancellor', 'king', 'queen',
  'pope', 'governor', 'mayor', 'secretary', 'chairman', 'chairwoman', 'chair', 'ceo', 'chief',
  'director', 'commissioner', 'ambassador', 'envoy', 'senator', 'congressman', 'congresswoman',
  'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'judge', 'justice', 'general', 'commander',
  'candidate', 'nominee', 'founder', 'owner', 'head', 'editor', 'author', 'prosecutor', 'attorney',
  'sheriff', 'coach', 'emperor', 'prince', 'princess', 'dictator', 'monarch', 'vice president',
  'foreign minister', 'defense minister', 'defence minister', 'secretary of state', 'attorney general',
  'front-runner', 'frontrunner', 'incumbent', 'challenger', 'billionaire', 'businessman', 'mogul',
  // A role held against or beside one named person is one person too: "Clinton's
  // Democratic opponent, Vermont Sen. Bernie Sanders, also praised …", "his
  // rival said" (eval/polnear-train wire copy, labelled A; read from the
  // attributed sentences the engine flagged U for want of a subject).
  'opponent', 'rival', 'successor', 'predecessor', 'counterpart',
  // Heads of a school or a college ("The dean of Columbia's Graduate School of
  // Journalism has published a letter …", eval/polnear-train, A).
  'dean', 'provost',
];

/** Honorifics and titles written before a name. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'gen', 'general', 'sen', 'senator', 'rep',
  'representative', 'gov', 'governor', 'president', 'pres', 'vice', 'prime', 'minister', 'secretary',
  'sec', 'col', 'colonel', 'lt', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral', 'sgt', 'sir',
  'dame', 'lord', 'lady', 'judge', 'justice', 'mayor', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'pope', 'rev', 'reverend', 'father', 'sister', 'brother', 'rabbi', 'imam', 'sheikh',
  'ambassador', 'commissioner', 'chairman', 'ceo', 'chief', 'director', 'speaker', 'leader', 'attorney',
];

/** Honorifics that tell the gender of the person named after them. */
export const MALE_HONORIFICS: readonly string[] = ['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother'];
export const FEMALE_HONORIFICS: readonly string[] = ['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'sister'];

/** Last words that make a capitalised name an organisation. */
export const ORG_WORDS: readonly string[] = [
  'ministry', 'department', 'agency', 'council', 'committee', 'commission', 'bank', 'fund', 'corp',
  'corporation', 'inc', 'ltd', 'llc', 'plc', 'group', 'party', 'university', 'institute', 'foundation',
  'association', 'office', 'house', 'court', 'police', 'army', 'navy', 'campaign', 'center', 'centre',
  'organization', 'organisation', 'union', 'service', 'services', 'authority', 'administration', 'board',
  'bureau', 'company', 'co', 'network', 'government', 'parliament', 'congress', 'senate', 'assembly',
  'kremlin', 'pentagon', 'federation', 'league', 'alliance', 'coalition', 'society', 'club', 'school',
  'college', 'hospital', 'command', 'forces', 'force', 'guard', 'regiment', 'brigade', 'division',
  'secretariat', 'cabinet', 'embassy', 'consulate', 'mission', 'trust', 'partners', 'capital', 'holdings',
  'industries', 'airlines', 'motors', 'labs', 'laboratory', 'project', 'initiative', 'watch', 'tank',
  'nations', 'tribunal', 'prosecutor', 'ministries', 'exchange', 'reserve', 'treasury',
  // Health, school and public-service bodies that health and local copy quote
  // ("The Mayo Clinic recommends …; …, the clinic notes"): invented probe
  // drafts of content-farm and local copy, tenth session.
  'clinic', 'museum', 'library', 'district', 'utility', 'airline',
  'fbi', 'cia', 'nsa', 'un', 'eu', 'nato', 'imf', 'who', 'opec', 'ecb', 'fed', 'gop', 'dnc', 'rnc',
];

/**
 * Words that close a company's name ("Pinecrest Logistics", "Harbor Health",
 * "Lumen Therapeutics") but are no organisation word on their own: a phrase
 * of two or more capitalised words ending in one is an organisation, so that
 * a later "the company said" points back to it (it was typed a person, and
 * the short form was vague). Only as the last word of a longer name, since
 * most open sentences as common nouns ("Health officials said", "Energy
 * prices rose"). Words that are also common surnames ("Power", "Banks",
 * "Mills", "Price", "Steel") are left out; invented probe drafts of press
 * releases and business copy, eleventh session.
 */
export const BUSINESS_NAME_WORDS: readonly string[] = [
  'health', 'healthcare', 'foods', 'logistics', 'energy', 'systems', 'solutions', 'technologies',
  'pharmaceuticals', 'pharma', 'therapeutics', 'biosciences', 'biotech', 'brands', 'entertainment',
  'communications', 'networks', 'enterprises', 'ventures', 'properties', 'resources', 'insurance',
  'financial', 'software', 'robotics', 'analytics', 'consulting', 'airways', 'chemicals', 'stores',
  'restaurants', 'hotels', 'resorts', 'studios', 'pictures', 'telecom', 'wireless', 'bancorp',
  'brewing', 'apparel', 'automotive', 'aerospace', 'semiconductor', 'distributors', 'utilities',
  'outfitters', 'supermarkets', 'pharmacy', 'media',
];

/**
 * Figures a business reports, which open its sentences capitalised ("Sales
 * fell 4 percent in May, the company said."): never the company a later
 * "the company" or "the firm" stands for, though a one-word capitalised name
 * typed as a person is (`nearbyHolder` in attribution/block.ts; labels.md: a
 * short form with no named source before it is V). Invented business copy,
 * twelfth session.
 */
export const MEASURE_NOUNS: readonly string[] = [
  'sales', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'income', 'losses', 'margins',
  'shares', 'prices', 'costs', 'demand', 'output', 'production', 'exports', 'imports', 'orders',
  'shipments', 'deliveries', 'bookings', 'subscriptions', 'subscribers', 'volumes', 'inventories',
  'spending', 'wages', 'payrolls', 'employment', 'unemployment', 'inflation', 'growth', 'turnover',
  'traffic', 'ridership', 'enrollment', 'attendance', 'rents', 'dividends', 'debt',
];

/**
 * Organisation nouns that, after "the", stand for an organisation named
 * earlier ("the ministry" after "the Russian Ministry of Defense").
 */
export const ORG_SHORT_FORMS: readonly string[] = [
  'ministry', 'department', 'agency', 'council', 'committee', 'commission', 'bank', 'fund', 'company',
  'firm', 'group', 'party', 'university', 'institute', 'foundation', 'association', 'office', 'court',
  'police', 'army', 'campaign', 'center', 'centre', 'organization', 'organisation', 'union', 'service',
  'authority', 'administration', 'board', 'bureau', 'network', 'government', 'parliament', 'regime',
  'military', 'embassy', 'newspaper', 'paper', 'outlet', 'broadcaster', 'channel', 'website',
  'magazine', 'station', 'team', 'club', 'coalition', 'alliance', 'federation', 'league',
  'tribunal', 'cabinet', 'senate', 'congress', 'assembly', 'secretariat', 'lab', 'laboratory', 'startup',
  'insurer', 'lender', 'regulator', 'watchdog', 'charity', 'prosecutor', 'prosecutors',
  'business', 'corporation', 'retailer', 'carrier', 'nonprofit', 'maker', 'manufacturer', 'publisher',
  // Named in full as organisations (`ORG_WORDS`), then by their head alone.
  'clinic', 'hospital', 'school', 'college', 'museum', 'library', 'district', 'utility', 'airline',
];

/**
 * Short forms that can stand for any organisation named just before, whatever
 * its name ("the company" after "Acme Corp.", "the firm" after "Helix
 * Partners"): newsroom usage. Specific heads ("the bank", "the ministry")
 * must match a word of the name instead (see `ORG_SHORT_FORMS`).
 */
export const GENERIC_ORG_SHORT_FORMS: readonly string[] = [
  'company', 'firm', 'group', 'organization', 'organisation', 'business', 'corporation', 'outfit',
  'conglomerate', 'maker', 'retailer', 'carrier', 'startup', 'nonprofit', 'charity', 'body', 'agency',
  'lender', 'insurer', 'operator', 'chain', 'brand', 'manufacturer', 'producer', 'developer', 'publisher',
];

/**
 * Modifiers that name the office a record comes from, so that the record is
 * identifiable without a name: "a police report", "a court document",
 * "court filings", "autopsy results", "tax records". eval/HARD-CASES.md
 * decides "a police report indicates" about a named city's incident → A (an
 * identifiable agency's document), and eval/polnear-train labels "A court
 * document filed Thursday says …" and "fundraising documents show" A. Not
 * "medical" or "internal": whose records those are is not implied.
 */
export const RECORD_ISSUERS: readonly string[] = [
  'court', 'police', 'autopsy', 'coroner', "coroner's", 'tax', 'property', 'fundraising', 'arrest',
  'jail', 'prison', 'probate', 'bankruptcy', 'divorce', 'land', 'voting', 'campaign-finance',
];

/**
 * How far back (UTF-16 code units) a document short form ("the report", "the
 * poll") may reach for the organisation or publication whose document it is,
 * when no document of that name was met: about two short news paragraphs.
 * Chosen by hand against eval/polnear-dev (see docs/accuracy.md); beyond it
 * a short form with nothing named stays vague (labels.md notes).
 */
export const DOCUMENT_SHORT_FORM_REACH = 800;

/** Organisations identifiable from "the" alone, with no earlier mention. */
export const SELF_IDENTIFYING: readonly string[] = [
  'white house', 'kremlin', 'pentagon', 'vatican', 'state department', 'justice department',
  'government', 'fed', 'federal reserve', 'supreme court', 'senate', 'congress', 'house',
];

/** News outlets and agencies: publications, whatever the sentence does with them. */
export const PUBLICATIONS: readonly string[] = [
  'reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'bloomberg', 'cnn', 'bbc',
  'fox news', 'nbc', 'nbc news', 'cbs', 'cbs news', 'abc', 'abc news', 'msnbc', 'npr', 'pbs',
  'new york times', 'washington post', 'wall street journal', 'guardian', 'financial times',
  'politico', 'axios', 'tass', 'interfax', 'ria novosti', 'xinhua', 'yonhap', 'kcna', 'al jazeera',
  'economist', 'le monde', 'der spiegel', 'spiegel', 'usa today', 'los angeles times', 'new york post',
  'huffington post', 'huffpost', 'breitbart', 'breitbart news', 'daily beast', 'the hill', 'vox',
  'buzzfeed', 'buzzfeed news', 'time', 'newsweek', 'the atlantic', 'new yorker', 'forbes', 'cnbc',
  'sky news', 'telegraph', 'daily mail', 'the times', 'the sun', 'independent', 'el país', 'el pais',
  'nikkei', 'kyodo', 'anadolu', 'dpa', 'ansa', 'efe', 'pravda', 'izvestia', 'kommersant', 'vedomosti',
  'rt', 'sputnik', 'global times', "people's daily", 'south china morning post', 'haaretz',
  'times of israel', 'jerusalem post', 'politifact', 'factcheck.org', 'snopes', 'gallup', 'pew',
  'pew research center', 'quinnipiac', 'rasmussen', 'ipsos', 'yougov', 'real clear politics',
  'realclearpolitics', 'drudge report', 'mic.com', 'western journalism', 'the post',
  'the journal', 'central news agency', 'yomiuri', 'asahi', 'mainichi', 'le figaro', 'bild',
];

/** Last words that make a capitalised name a publication. */
export const PUBLICATION_WORDS: readonly string[] = [
  'times', 'post', 'news', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'press', 'radio',
  'tv', 'television', 'broadcasting', 'magazine', 'review', 'daily', 'weekly', 'monitor', 'chronicle',
  'observer', 'guardian', 'standard', 'express', 'mirror', 'star', 'examiner', 'inquirer', 'courier',
  'agency', 'wire', 'report', 'insider', 'beast', 'today', 'online', 'digest', 'bulletin', 'dispatch',
];

/**
 * The US states, one word each (the last word of a two-word name: "New
 * York", "North Carolina"), with the countries and capitals of
 * `PLACE_SPEAKERS` the places a name before a body's professionals can be.
 * A place before staff says where they are, not whom they work for:
 * "Florida doctors said", "California researchers found" are bare groups
 * (V) like "Florida election officials", while "Apple engineers said" are
 * a body's staff (`STAFF_HEADS`; the eighth session noticed "Florida
 * doctors said" read A).
 */
export const US_STATES: readonly string[] = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine',
  'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska',
  'nevada', 'hampshire', 'jersey', 'mexico', 'york', 'carolina', 'dakota', 'ohio', 'oklahoma', 'oregon',
  'pennsylvania', 'rhode', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'wisconsin', 'wyoming',
];

/**
 * Capitalised modifiers that do not identify anybody: countries, regions,
 * nationalities, parties as adjectives ("a US official", "Western diplomats").
 */
export const GENTILICS: readonly string[] = [
  'us', 'u.s', 'u.s.', 'usa', 'american', 'uk', 'british', 'english', 'scottish', 'welsh', 'irish',
  'russian', 'ukrainian', 'chinese', 'japanese', 'korean', 'north', 'south', 'east', 'west', 'western',
  'eastern', 'northern', 'southern', 'european', 'eu', 'french', 'german', 'italian', 'spanish',
  'portuguese', 'dutch', 'belgian', 'swiss', 'austrian', 'polish', 'czech', 'hungarian', 'romanian',
  'bulgarian', 'greek', 'turkish', 'israeli', 'palestinian', 'iranian', 'iraqi', 'syrian', 'lebanese',
  'saudi', 'egyptian', 'jordanian', 'emirati', 'qatari', 'yemeni', 'afghan', 'pakistani', 'indian',
  'bangladeshi', 'sri', 'lankan', 'nepali', 'thai', 'vietnamese', 'cambodian', 'malaysian', 'indonesian',
  'filipino', 'australian', 'canadian', 'mexican', 'brazilian', 'argentine', 'argentinian', 'chilean',
  'colombian', 'venezuelan', 'peruvian', 'cuban', 'african', 'nigerian', 'kenyan', 'ethiopian',
  'sudanese', 'somali', 'libyan', 'tunisian', 'algerian', 'moroccan', 'arab', 'asian', 'latin',
  'belarusian', 'georgian', 'armenian', 'azerbaijani', 'kazakh', 'uzbek', 'serbian', 'croatian',
  'bosnian', 'kosovar', 'albanian', 'swedish', 'norwegian', 'danish', 'finnish', 'estonian', 'latvian',
  'lithuanian', 'moldovan', 'taiwanese', 'tibetan', 'mongolian', 'dprk', 'nk', 'federal', 'state',
  'local', 'regional', 'national', 'international', 'foreign', 'global', 'senior', 'top', 'high-ranking',
  'former', 'current', 'democratic', 'republican', 'conservative', 'liberal', 'labour', 'tory', 'gop',
  'administration', 'government', 'military', 'intelligence', 'defense', 'defence',
  'security', 'police', 'health', 'industry', 'trade', 'financial', 'market', 'ukraine', 'russia', 'china', 'japan', 'korea', 'iran', 'iraq', 'syria', 'israel',
  'germany', 'france', 'britain', 'india', 'pakistan', 'america', 'europe', 'moscow', 'kyiv', 'kiev',
  'beijing', 'washington', 'london', 'paris', 'berlin', 'tokyo', 'seoul', 'pyongyang', 'tehran',
  // Capitalised modifiers of bare groups that name no one ("World leaders", "Central European
  // leaders", "E.U. leaders" → V in eval/HARD-CASES.md; community words as in "Many African-Americans").
  'world', 'central', 'e.u', 'e.u.', 'african-american', 'hispanic', 'latino', 'black', 'white', 'muslim',
  'christian', 'jewish', 'catholic', 'evangelical', 'arab-american', 'asian-american',
];

/**
 * Countries, blocs and capitals that speak for their governments when they
 * stand alone as a subject ("France and Germany unveiled a proposal", "Moscow
 * said", "South Korea accused"): eval/HARD-CASES.md, "Countries and
 * governments as speakers are A". Before a noun they are only modifiers
 * (`GENTILICS`: "Russian officials", "Ukraine officials").
 */
export const PLACE_SPEAKERS: readonly string[] = [
  'us', 'u.s', 'u.s.', 'usa', 'america', 'uk', 'britain', 'eu', 'e.u', 'e.u.', 'europe', 'russia', 'ukraine',
  'china', 'japan', 'korea', 'iran', 'iraq', 'syria', 'israel', 'germany', 'france', 'india', 'pakistan',
  'dprk', 'turkey', 'egypt', 'canada', 'mexico', 'brazil', 'italy', 'spain', 'poland', 'australia',
  'afghanistan', 'lebanon', 'jordan', 'qatar', 'yemen', 'libya', 'nigeria', 'kenya', 'ethiopia', 'venezuela',
  'cuba', 'taiwan', 'vietnam', 'indonesia', 'philippines', 'belarus', 'hungary', 'greece', 'sweden',
  'norway', 'finland', 'denmark', 'netherlands', 'belgium', 'austria', 'switzerland', 'moscow', 'kyiv',
  'kiev', 'beijing', 'washington', 'london', 'paris', 'berlin', 'tokyo', 'seoul', 'pyongyang', 'tehran',
  'ankara', 'cairo', 'riyadh', 'brussels', 'taipei', 'delhi', 'islamabad', 'kabul', 'baghdad', 'damascus',
];

/** Pronouns that can stand as a source, with what they can point back to. */
export const PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'plural' | 'thing' | 'relative' | 'self'>> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'thing',
  who: 'relative',
  which: 'relative',
  that: 'relative',
  i: 'self',
  we: 'self',
  you: 'self',
};

/** Determiners and quantifiers that open a noun phrase. */
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'one', 'two', 'three', 'four', 'five', 'some', 'many', 'several', 'few', 'most', 'all', 'both', 'each',
  'another', 'other', 'any', 'no', 'numerous', 'various', 'certain', 'multiple', 'dozens', 'hundreds',
];

/** Determiners that make a singular noun phrase indefinite (so unnamed). */
export const INDEFINITES: readonly string[] = [
  'a', 'an', 'one', 'some', 'many', 'several', 'few', 'numerous', 'various', 'certain', 'multiple',
  'another', 'other', 'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'any', 'most', 'all',
];

/**
 * Words that are not names when they open a sentence with a capital: function
 * words and frequent sentence openers. Checked only for the first word of a
 * sentence (or of a quotation); everywhere else a capital marks a name.
 */
export const COMMON_OPENERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'still',
  'however', 'meanwhile', 'instead', 'indeed', 'then', 'later', 'earlier', 'previously', 'now', 'today',
  'yesterday', 'also', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'as', 'after', 'before',
  'since', 'while', 'when', 'where', 'why', 'how', 'what', 'who', 'which', 'if', 'although', 'though',
  'because', 'despite', 'during', 'under', 'over', 'about', 'according', 'some', 'many', 'most', 'all',
  'both', 'each', 'every', 'several', 'few', 'one', 'two', 'three', 'no', 'not', 'only', 'even', 'just',
  'more', 'less', 'other', 'another', 'such', 'much', 'any', 'last', 'next', 'first', 'new', 'asked',
  'speaking', 'separately', 'overall', 'finally', 'moreover', 'furthermore', 'additionally', 'thus',
  'hence', 'therefore', 'nevertheless', 'nonetheless', 'already', 'again', 'once', 'perhaps',
  'maybe', 'clearly', 'certainly', 'critics', 'analysts', 'officials', 'experts', 'observers', 'sources',
  'reports', 'people', 'nobody', 'everyone', 'someone', 'unlike', 'like', 'among', 'between',
  'against', 'without', 'within', 'through', 'into', 'upon', 'amid', 'following', 'given', 'until',
  'unless', 'whether', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'let', 'let\'s', 'yes', 'well', 'oh',
  // Adjectives of unnamed polls at the head of a sentence ("Exit polls taken in
  // …", "Recent polls in …": V in the PolNeAR train and dev labels), never names.
  'recent', 'latest', 'exit', 'entrance', 'early', 'social',
  // Adjectives of unnamed authorities in content-farm copy ("Leading economists predict …", "Top doctors say …").
  'leading', 'top', 'prominent', 'renowned', 'respected',
];

/**
 * Words that end a subject when walking left from a cue: conjunctions and
 * subordinators that start a new clause.
 */
export const CLAUSE_BOUNDARY_WORDS: readonly string[] = [
  'that', 'because', 'while', 'when', 'whereas', 'although', 'though', 'if', 'but', 'or', 'so', 'as',
  'after', 'before', 'since', 'until', 'unless', 'where', 'why', 'how', 'what', 'whether', 'than',
  'once', 'whom', 'whose', 'yet', 'nor', 'whatever', 'whenever', 'wherever',
];

/** Adverbs and conjunctions dropped from the front of a subject ("But Smith said"). */
export const SUBJECT_OPENERS: readonly string[] = [
  'but', 'and', 'so', 'yet', 'still', 'now', 'also', 'however', 'meanwhile', 'instead', 'indeed', 'then',
  'later', 'earlier', 'previously', 'today', 'yesterday', 'separately', 'finally', 'moreover',
  'furthermore', 'additionally', 'thus', 'hence', 'therefore', 'nevertheless', 'nonetheless', 'again',
  'once', 'perhaps', 'clearly', 'even', 'only', 'recently', 'last', 'too', 'in', 'turn', 'for', 'example',
  'instance', 'at', 'least', 'first', 'second', 'third', 'ultimately', 'eventually', 'subsequently',
];

/** Words allowed between a subject and its verb, folded into the cue ("has also said"). */
export const CUE_PREFIX_WORDS: readonly string[] = [
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would',
  'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'did', 'does', 'do', 'not', "n't", 'never',
  'also', 'later', 'earlier', 'previously', 'then', 'now', 'once', 'twice', 'often', 'first', 'already', 'even',
  'still', 'just', 'further', 'again', 'long', 'since', 'ever', 'always', 'repeatedly', 'recently',
  "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "isn't", "aren't",
  "wasn't", "weren't", "can't", "couldn't", "'s", "'ve", "'d", "'ll", "'re",
];

/** Lower-case words that may join capitalised words inside one name ("Ministry of Defense"). */
export const NAME_CONNECTORS: readonly string[] = ['of', 'the', 'de', 'del', 'da', 'van', 'von', 'der', 'al', 'bin', 'le', 'la', 'du', 'for', 'and', '&'];
