/**
 * The data shapes that flow through the engine, stage by stage:
 *
 *   document text ─► ProseDocument ─► Sentence[] ─► Attribution[] + Claim[] ─► Finding[]
 *
 * Every offset anywhere in the engine is a UTF-16 code unit offset into the
 * original document text, and every range is half-open (`start` inclusive,
 * `end` exclusive). The engine never converts to lines and columns: that is the
 * language server's and the CLI's business (see `server/src/lsp/positions.ts`).
 *
 * This file imports nothing: it is the contract between the stages.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the document. */
export interface Span {
  /** Offset of the first code unit in the range. */
  start: number;
  /** Offset one past the last code unit in the range. */
  end: number;
}

// ─── Stage 1: Markdown to prose ─────────────────────────────────────────────

/**
 * The prose view of a Markdown document.
 *
 * `prose` has exactly the length of `source`. Characters that are prose keep
 * their place; every other character (Markdown markup, code, HTML, link and
 * image targets, front matter, container markers such as `>` and list bullets,
 * heading `#`s) is replaced by a space. Line breaks are kept as they are. So an
 * offset into `prose` *is* an offset into the document: the map from prose
 * back to the document is the identity, and exact by construction.
 */
export interface ProseDocument {
  /** The document text exactly as given. */
  source: string;
  /** Same length as `source`; non-prose characters replaced by spaces. */
  prose: string;
  /**
   * Same length as `source`: 1 where the code unit is prose (or a line break),
   * 0 where it is masked. Tells a space of the draft from a masked one, which
   * `prose` cannot (a space inside a comment is a space in both).
   */
  kept: Uint8Array;
  /** The prose blocks of the document in document order. */
  blocks: ProseBlock[];
  /** Inline links and autolinks whose text lies in prose, in document order. */
  links: LinkRef[];
  /** Footnote references such as `[^1]`, in document order. */
  footnoteRefs: FootnoteRef[];
  /** Footnote definitions such as `[^1]: Ministry statement, 12 Dec.` */
  footnoteDefs: FootnoteDef[];
  /** Every HTML comment, in document order (source notes and directives live here). */
  comments: HtmlComment[];
  /**
   * Every code span of the blocks' inline content, whole (from its opening
   * backtick run to the end of its closing one, over any line breaks and
   * container markers between), in document order: the parser's own pairing
   * of backtick runs, which a fix placing a line inside a paragraph reads (a
   * line inserted inside a code span would be code).
   */
  codeSpans: Span[];
  /** The YAML front matter, when the document starts with one. */
  frontMatter?: FrontMatter;
}

/** What kind of Markdown block a run of prose comes from. */
export type BlockKind = 'paragraph' | 'heading' | 'table-cell';

/** One block of prose: a paragraph, a heading or a table cell. */
export interface ProseBlock extends Span {
  /** Position of this block in `ProseDocument.blocks`. */
  index: number;
  kind: BlockKind;
  /** Heading level 1–6 for headings; 0 otherwise. */
  level: number;
  /** Nesting depth of block quotes around this block (0 = not quoted). */
  quoteDepth: number;
  /** True when the block is (inside) a list item. */
  inList: boolean;
}

/** An inline link `[text](target)`, reference link or autolink. */
export interface LinkRef extends Span {
  /** The range of the link text (for autolinks: the URL itself). */
  text: Span;
  /** The link destination, as written (reference links: resolved when defined). */
  href: string;
}

/** A footnote reference such as `[^1]`. The span covers `[^1]`. */
export interface FootnoteRef extends Span {
  label: string;
}

/** A footnote definition. The span covers the whole definition block. */
export interface FootnoteDef extends Span {
  label: string;
  /** The definition text, trimmed, with its Markdown left as written. */
  text: string;
}

/** An HTML comment `<!-- … -->`. */
export interface HtmlComment extends Span {
  /** The text between `<!--` and `-->`, trimmed. */
  body: string;
}

/** The YAML front matter block at the top of a draft. */
export interface FrontMatter extends Span {
  /** The parsed mapping; undefined when the YAML is invalid or not a mapping. */
  data?: Record<string, unknown>;
  /** A message describing why the YAML could not be read. */
  error?: string;
}

// ─── Stage 2: sentences ─────────────────────────────────────────────────────

/** A sentence of prose. Its text is `prose.slice(start, end)`. */
export interface Sentence extends Span {
  /** Position of this sentence in the document's sentence list. */
  index: number;
  /** Index of the `ProseBlock` it belongs to. */
  block: number;
  /**
   * True when the sentence has no end punctuation yet: the last sentence of a
   * block still being typed, or a fragment such as a heading or table cell.
   */
  open: boolean;
}

// ─── Stage 3: attribution ───────────────────────────────────────────────────

/** How an attribution is signalled in the text. */
export type CueKind =
  | 'speech-verb' // "said", "confirmed", "told reporters"
  | 'according-to' // "according to", "citing", "in a statement"
  | 'hedge' // "reportedly", "allegedly", "it is believed"
  | 'passive' // agentless passive that hides who judged: "has been noted"
  | 'reaction' // agentless reaction: "has raised questions"
  | 'link' // a Markdown link on the claim
  | 'footnote' // a footnote reference on the claim
  | 'note' // a `<!-- source: … -->` note after the sentence
  | 'quote'; // a quotation with its speaker

/** The words (or markup) that signal an attribution. */
export interface Cue extends Span {
  /** The cue as written, e.g. "confirmed", "according to". */
  text: string;
  kind: CueKind;
  /** The lexicon entry that matched, e.g. "confirm" for "confirmed". */
  lemma?: string;
}

/** What kind of source a mention is. */
export type SourceKind =
  | 'person' // "Kim Jong-un", "Mr Brown"
  | 'organization' // "the Russian Ministry of Defense", "a Rosneft spokesman"
  | 'document' // "a report by the IMF", "the 2023 census"
  | 'publication' // "Reuters", "The Central News Agency of Korea"
  | 'link' // a Markdown link
  | 'footnote' // a footnote
  | 'note' // a source note in an HTML comment
  | 'vague' // "analysts", "officials", "reports", "state media"
  | 'hedge' // "reportedly", "it is believed"
  | 'passive' // "has been documented"
  | 'reaction' // "has raised questions"
  | 'placeholder' // "[SOURCE]" left to fill
  | 'unresolved'; // a pronoun or short form with nothing named before it

/** A source as mentioned in one place of the draft. */
export interface SourceMention extends Span {
  /** The mention as written: "the ministry", "he", "Reuters". */
  text: string;
  kind: SourceKind;
  /** Index into `Analysis.entities` when the mention is (or resolves to) an identified source. */
  entity?: number;
  /** For pronouns and short forms: the earlier mention they resolve to. */
  antecedent?: Span & { text: string };
}

/** One attribution: a cue and, when there is one, its source. */
export interface Attribution {
  /** Index of the sentence the cue is in. */
  sentence: number;
  cue: Cue;
  source?: SourceMention;
  /** True when the source cannot be checked by a reader (see labels.md, "V"). */
  vague: boolean;
  /** 0–1: how sure the engine is that this is an attribution. */
  confidence: number;
  /**
   * True when only the learned cue model found the cue (attribution/learned.ts):
   * an attribution in PolNeAR's wide sense (a stance, a plan, a feeling), which
   * labels no sentence, speaks for no quotation and so never has a claim resting
   * on it.
   */
  learned?: boolean;
}

/**
 * A claim status, as in the editorial standard (`labels.md`):
 * A attributed, V vague attribution, U unattributed claim, N nothing to attribute.
 */
export type ClaimStatus = 'A' | 'V' | 'U' | 'N';

/** The verdict on one sentence. */
export interface Claim extends Span {
  /** Index of the sentence this claim is. */
  sentence: number;
  status: ClaimStatus;
  /** The source the claim was traced to (for A, and the vague source for V). */
  source?: SourceMention;
  /** The cue that ties the claim to its source. */
  cue?: Cue;
  /** Index into `Analysis.attributions` of the deciding attribution. */
  attribution?: number;
  /** A short, human-readable reason for the status ("names no source for a number"). */
  reason: string;
  /** 0–1: how sure the engine is of the status. */
  confidence: number;
}

/** A source the draft relies on, with every mention and every claim resting on it. */
export interface SourceEntity {
  /** Position of this entity in `Analysis.entities`. */
  id: number;
  /** Canonical name: the fullest mention ("the Russian Ministry of Defense"). */
  name: string;
  kind: SourceKind;
  /** The first mention, where the source is introduced. */
  introduced: Span;
  /** Every mention of the source, including resolved pronouns and short forms. */
  mentions: Span[];
  /** Indexes into `Analysis.claims` of the claims resting on this source. */
  claims: number[];
}

// ─── Stage 4: findings ──────────────────────────────────────────────────────

/** The rule ids. These are a public contract (see design.md). */
export type RuleId = 'vague-attribution' | 'unattributed-claim' | 'incomplete-attribution' | 'unattributed-quote';

/** How loudly a finding is shown. Maps to LSP severities 1–4 in the server. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One replacement of a range of the document. Insertions have `start === end`. */
export interface TextEdit extends Span {
  newText: string;
}

/** A fix for a finding, carried as data so that code actions need no state. */
export interface Fix {
  /** The title shown in the editor's quick-fix menu. */
  title: string;
  kind: 'replace' | 'insert' | 'remove';
  /** Non-overlapping edits, sorted by offset. */
  edits: TextEdit[];
  /** True for the one fix that fix-all applies. */
  preferred?: boolean;
}

/** Something an editor must look at. */
export interface Finding extends Span {
  ruleId: RuleId;
  /** What is wrong and how to fix it, in newsroom language. */
  message: string;
  severity: Severity;
  /** 0–1: how sure the engine is. */
  confidence: number;
  /** Index into `Analysis.claims` of the claim the finding is about. */
  claim: number;
  fixes: Fix[];
}

/**
 * Everything the engine knows about one document.
 *
 * An analysis from the incremental analyzer (incremental.ts) makes its
 * `findings`, `suppressed`, `claims`, `attributions` and `entities` when
 * they are first read: they are own, enumerable accessor properties that turn
 * into plain data then, so the object reads, spreads, serialises and
 * compares exactly as a plain one, and an earlier call's analysis stays that
 * of its own text whenever it is read.
 */
export interface Analysis {
  findings: Finding[];
  sentences: Sentence[];
  /** One claim per sentence, in sentence order: `claims[i].sentence === i`. */
  claims: Claim[];
  attributions: Attribution[];
  entities: SourceEntity[];
  /** Problems with in-document configuration (front matter), reported but never thrown. */
  configErrors: ConfigIssue[];
  /** How many findings were removed by suppression comments. */
  suppressed: number;
}

/** A configuration problem: where, which key, what was expected. */
export interface ConfigIssue {
  /** Dotted path of the offending key, e.g. `rules.vague-attribution`; empty for the whole file. */
  path: string;
  message: string;
  /** Where in the document the problem is, for front matter. */
  span?: Span;
}

/** A quotation: text in quotation marks, possibly over several sentences. */
export interface Quote extends Span {
  /** Index of the first and last sentence the quotation touches. */
  firstSentence: number;
  lastSentence: number;
  /** The speaker, when one is named in the paragraph (directly or through a resolved pronoun). */
  speaker?: SourceMention;
  /** Index into the attributions of the attribution that names the speaker. */
  attribution?: number;
}
