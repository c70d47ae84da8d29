/**
 * Classification: one status per sentence from the attributions found in it,
 * per the editorial standard (`labels.md`). Precedence V > U > A > N:
 *
 * 1. A heading is N, always.
 * 2. V when the sentence leans on a source nobody can check (a vague
 *    attribution from the attribution stage), unless that source is only a
 *    hedge ("reportedly") and the same sentence names who reported it, the
 *    vague words carry a link, the writer marked them with a placeholder
 *    ("reports [who?]"), or they lie inside what a named source is reported as
 *    saying. A vague reading below `minConfidence` decides nothing. A source
 *    slot left empty ("according to [SOURCE]") is neither vague nor
 *    identified: it is reported as incomplete.
 * 3. U when it quotes words nobody in the paragraph is named as saying (a
 *    colon lead-in in the paragraph before, or a speaker tag the splitter set
 *    apart, names the speaker).
 * 4. With identified sources: A when they cover every main clause that asserts
 *    something; U when a coordinated main clause with its own assertion is left
 *    without one (that clause is what the finding points at). Intent verbs
 *    ("wants") and participles of commentary ("…, underscoring …") cover
 *    nothing; closing tags cover everything; "according to" frames and
 *    "said that" complements carry over "and" and "so".
 * 5. With no source at all: N when it is a question, transition, aside and the
 *    like (`nature.ts`), U otherwise, naming the kind of claim.
 *
 * Afterwards every sentence of a multi-sentence quotation takes the status of
 * the sentence that names its speaker, and each identified source learns which
 * claims rest on it.
 */
import type { AttributionResult, FoundAttribution, FoundQuote } from '../attribution';
import type { ResolvedConfig } from '../config';
import type { Directives } from '../directives';
import type { Attribution, Claim, LinkRef, ProseBlock, ProseDocument, Quote, Sentence, SourceEntity, Span } from '../types';
import { OPENING_SUBORDINATORS, POLL_STANDING_HEDGES } from '../lexicon/phrases';
import { CLOSING_MARK, POOL_SIZE, TextPool } from '../text';
import { splitClauses, type Clause } from './clauses';
import { readGenre, type Genre } from './genre';
import { findPlaceholders, isPending, markupSlots, mergeMarkupSources, sentenceAt, type MergedAttributions } from './markup';
import { assertionKinds, describeKinds, hasFiniteVerb, isQuestion, nothingToAttribute } from './nature';
import { clip, lettersAndDigits, matchesAny, normalize, overlaps, tokenize, trimSpan, within, wordCount } from './text';
import type { ClaimDetail, Placeholder } from './types';
import { COLLECTIVE_HEADS, FACTIVE_COGNITION, HYPOTHETICAL_CUE, WEASEL_MODAL, MEDIAL_TAG_CONJUNCTIONS, NAMED_POLL, RESPONDENT_CUES, RESPONDENT_SUBJECT, POLL_METHOD_PATTERNS, POLL_POINTER_PATTERNS, COMMENTARY_PARTICIPLES, CONFIDENCE, QUOTE_DOMINANT_SHARE, QUOTE_MIN_WORDS, SINGLE_QUOTE_MIN_WORDS, SCOPE_CARRYING_CONJUNCTIONS, PLACEHOLDERS, RAISING_VERBS, TRAILING_TAG_MAX_WORDS } from './words';

export type { ClaimDetail, Placeholder, PlaceholderKind } from './types';
export { readGenre, type Genre } from './genre';
export type { AssertionKind } from './words';

/** Everything classification produces: the `Traced` part of an analysis. */
export interface Classified {
  /** Every attribution in document order, markup sources included. */
  attributions: Attribution[];
  /** One claim per sentence, in sentence order. */
  claims: Claim[];
  /** Identified sources, each with the claims resting on it. */
  entities: SourceEntity[];
  /** Quotations, with their speakers where the paragraph names one. */
  quotes: Quote[];
  /** Per claim: what the rules need to report and fix it. */
  details: ClaimDetail[];
}

/** What may stand between a cue and its source for the two to read as one phrase ("noted by observers"). */
const LINKING_GAP = /^[\s,]*(?:by|from|among|in|of|at|to|with)?[\s,]*$/i;

/** Relative pronouns as sources: their cue sits in a relative clause. */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);

/** Source kinds a reader can check. */
const IDENTIFIED = new Set(['person', 'organization', 'document', 'publication', 'link', 'footnote', 'note']);
/** Cues that name their source by markup and so cover the whole sentence. */
const MARKUP_CUES = new Set(['link', 'footnote', 'note']);
/**
 * Cues that name who reported a hedged claim wherever the hedge stands in the
 * sentence ("reportedly …, according to Reuters", a link, a quotation). A
 * speech verb names the reporter only of what it reports, which
 * `withinContent` checks ("the ministry said the ship had reportedly sunk"):
 * in "Christie refers to the candidate, who is supposedly his friend" or "The
 * ministry reportedly said …" nobody is named for the hedged report.
 */
const NAMING_CUES = new Set(['according-to', 'link', 'footnote', 'note', 'quote']);

/** True when an attribution ties a claim to a source a reader can check. */
export function isIdentified(a: Attribution): boolean {
  if (a.vague || isPending(a) || isIntent(a)) return false;
  if (a.source) return a.source.kind !== 'placeholder' && (IDENTIFIED.has(a.source.kind) || a.source.entity !== undefined);
  // A speech verb the attribution stage found no source for, yet did not call
  // vague: its subject is there but out of the stage's reach ("Even China,
  // Pyongyang's only ally, …, said"). Vague subjects are caught as vague.
  return MARKUP_CUES.has(a.cue.kind) || a.cue.kind === 'speech-verb';
}

/**
 * True for a cue of intent ("Trump wants to junk exemptions", "the centre plans
 * to publish"): what someone wants or plans is the writer's claim about them,
 * not something they are reported as saying (labels.md: an attribution ties a
 * claim to a source; the eval dev set labels these U or N).
 */
function isIntent(a: Attribution): boolean {
  return (a as FoundAttribution).sense === 'intent';
}

/** "if", "unless", "whether" right before a source: the clause is a condition. */
const CONDITION_BEFORE = /\b(?:if|unless|whether)\s+$/i;

/**
 * True for a speech verb whose unnamed subject stands in a condition ("If
 * they confirm the deal, …", "… if officials do not respond by Friday"):
 * nothing is reported as said, so it is no vague source of the sentence.
 */
function inCondition(prose: string, s: Sentence, a: Attribution): boolean {
  if (a.cue.kind !== 'speech-verb' || !a.source || (a.source.kind !== 'unresolved' && a.source.kind !== 'vague')) return false;
  if (a.source.start < s.start || a.source.start > a.cue.start) return false;
  return CONDITION_BEFORE.test(prose.slice(Math.max(s.start, a.source.start - 12), a.source.start));
}

/**
 * The words of a vague attribution a finding should point at: cue and source
 * together when they sit side by side ("According to reports", "officials had
 * estimated", "noted by observers"), otherwise the vague source or the cue.
 * `text` is the document.
 */
export function vaguePhrase(a: Attribution, text: string): Span {
  const { cue, source } = a;
  if (!source || source.end <= source.start) return { start: cue.start, end: cue.end };
  const between = source.start >= cue.end ? text.slice(cue.end, source.start) : text.slice(source.end, cue.start);
  if (overlaps(cue, source) || LINKING_GAP.test(between)) return { start: Math.min(cue.start, source.start), end: Math.max(cue.end, source.end) };
  if (source.kind === 'vague' || source.kind === 'unresolved') return { start: source.start, end: source.end };
  return { start: cue.start, end: cue.end };
}

/** What classifying a sentence reads; every index is the document's (a block's context may hold only its own entries). */
export interface SentenceContext {
  doc: ProseDocument;
  attributions: Attribution[];
  bySentence: number[][];
  quotes: Quote[];
  slots: Map<number, Placeholder[]>;
  /** Quotation indexes touching each sentence. */
  quotesBySentence: number[][];
  /** Quotation indexes that have no speaker and are long enough to need one. */
  speakerless: Set<number>;
  /** Findings below this confidence are not shown (config); attributions below it decide nothing. */
  minConfidence: number;
  /**
   * Quotation index → the sentence that names its speaker when that is not the
   * quotation's own: a colon lead-in ("He said:") in the paragraph before, or a
   * speaker tag split off as a sentence of its own ("…?" [SPEAKER] said.).
   */
  leadIns: Map<number, number>;
  /** The links whose text starts in each sentence. */
  linksBySentence: LinkRef[][];
  /** The draft's genre (`genre.ts`): in opinion and press releases a cue of thought is the writer's claim. */
  genre: Genre;
  /** True while classifying when an earlier sentence of the draft has an identified source (the carry's `named`). */
  namedBefore?: boolean;
}

/**
 * What classification carries from one block to the next: the quotations
 * already given a speaker (a repeated quotation needs none again) and the
 * lead-in a block offers a quotation that opens the block after it.
 */
export interface ClassifyCarry {
  /** Normalised texts of the quotations met so far that have a speaker. */
  spoken: Set<string>;
  /** What the previous block offers as a lead-in, when it offers one. */
  lead?: LeadIn;
  /** True once a sentence has named a poll or survey (see `describesPoll`). */
  poll?: boolean;
  /** True once a sentence has an identified source (see `pointsBack`). */
  named?: boolean;
  /**
   * When set (the incremental analyzer sets it for one block at a time, as it
   * sets the discourse state's `access`), every text the block looks up in or
   * adds to `spoken` is noted in it: a later block whose notes hold none of
   * the texts in which two calls' sets differ reads the same from both.
   */
  noted?: Set<string>;
}

/**
 * A lead-in offered by a block: its last sentence ends with a colon and names
 * a speaker ("He said:"), or a quotation opening the block was itself led in.
 * It holds everything the next block reads about the lead-in sentence, so a
 * block can be classified from the carry alone.
 */
export interface LeadIn {
  /** Index of the block that offers the lead-in. */
  block: number;
  /** Index of the lead-in sentence. */
  from: number;
  /** The lead-in sentence's final claim and details. */
  claim: Claim;
  detail: ClaimDetail;
  /** The lead-in sentence's attributions, by their index. */
  attributions: { index: number; attribution: Attribution }[];
}

/** A carry for the first block of a document. */
export function newCarry(): ClassifyCarry {
  return { spoken: new Set() };
}

/** The context of classification: the merged attributions and markup by sentence (index spaces are the document's). */
export function sentenceContext(
  doc: ProseDocument,
  sentences: Sentence[],
  slots: Map<number, Placeholder[]>,
  links: readonly LinkRef[],
  config: ResolvedConfig,
  merged: MergedAttributions,
  quoteRange: { from: number; to: number } = { from: 0, to: merged.quotes.length },
  genre: Genre = 'news',
): SentenceContext {
  const quotesBySentence: number[][] = [];
  const ctx: SentenceContext = {
    doc,
    attributions: merged.attributions,
    bySentence: merged.bySentence,
    quotes: merged.quotes,
    slots,
    quotesBySentence,
    speakerless: new Set(),
    minConfidence: config.minConfidence,
    leadIns: new Map(),
    linksBySentence: [],
    genre,
  };
  for (let qi = quoteRange.from; qi < quoteRange.to; qi++) {
    const q = merged.quotes[qi]!;
    for (let s = Math.max(0, q.firstSentence); s <= Math.min(q.lastSentence, sentences.length - 1); s++) (quotesBySentence[s] ??= []).push(qi);
  }
  for (const link of links) {
    const s = sentenceAt(doc, sentences, link.text.start);
    if (s >= 0) (ctx.linksBySentence[s] ??= []).push(link);
  }
  return ctx;
}

/** Classifies every sentence; see the module comment for the order of the tests. */
export function classify(doc: ProseDocument, sentences: Sentence[], directives: Directives, config: ResolvedConfig, found: AttributionResult, genre: Genre = readGenre(doc, sentences.length)): Classified {
  const merged = mergeMarkupSources(doc, sentences, directives, found);
  const ctx = sentenceContext(doc, sentences, markupSlots(doc, sentences, directives), doc.links, config, merged, undefined, genre);
  const claims: Claim[] = [];
  const details: ClaimDetail[] = [];
  const carry = newCarry();
  let si = 0;
  let qi = 0;
  for (const block of doc.blocks) {
    const s0 = si;
    while (si < sentences.length && sentences[si]!.block === block.index) si++;
    const q0 = qi;
    while (qi < merged.quotes.length && sentences[merged.quotes[qi]!.firstSentence]?.block === block.index) qi++;
    classifyBlock(ctx, sentences, block, { from: s0, to: si }, { from: q0, to: qi }, carry, claims, details);
  }
  const entities = found.entities.map((e) => ({ ...e, mentions: [...e.mentions], claims: [] as number[] }));
  claims.forEach((_, ci) => {
    for (const e of claimEntities(ctx, claims, details, ci)) {
      const entity = entities[e];
      if (entity && !entity.claims.includes(ci)) entity.claims.push(ci);
    }
  });
  return { attributions: merged.attributions, claims, entities, quotes: merged.quotes, details };
}

/** The entities an attributed or vague claim rests on, in the order of its attributions. */
export function claimEntities(ctx: SentenceContext, claims: readonly Claim[], details: readonly ClaimDetail[], ci: number): number[] {
  const c = claims[ci];
  if (!c || (c.status !== 'A' && c.status !== 'V')) return [];
  const from = details[ci]!.quotedFrom ?? ci;
  const out: number[] = [];
  for (const ai of ctx.bySentence[from] ?? []) {
    const e = ctx.attributions[ai]?.source?.entity;
    if (e !== undefined) out.push(e);
  }
  return out;
}

/**
 * Classifies the sentences of one block (`sentenceRange`), whose quotations
 * are `quoteRange`, writing `claims` and `details` at the sentences' indexes,
 * and passes the carry on to the next block. Blocks must be classified in
 * document order, each with the carry the one before left.
 */
export function classifyBlock(
  ctx: SentenceContext,
  sentences: Sentence[],
  block: ProseBlock,
  sentenceRange: { from: number; to: number },
  quoteRange: { from: number; to: number },
  carry: ClassifyCarry,
  claims: Claim[],
  details: ClaimDetail[],
): void {
  const led = findLeadIns(ctx, sentences, quoteRange, carry.lead, block);
  findSpeakerless(ctx, sentences, quoteRange, carry.spoken, carry.noted);
  ctx.namedBefore = carry.named === true;
  for (let i = sentenceRange.from; i < sentenceRange.to; i++) {
    const s = sentences[i]!;
    const { claim, detail } = classifySentence(ctx, s);
    if (!ctx.namedBefore && (ctx.bySentence[i] ?? []).some((ai) => { const a = ctx.attributions[ai]; return a !== undefined && isIdentified(a) && !!a.source; })) ctx.namedBefore = carry.named = true;
    const text = ctx.doc.prose.slice(s.start, s.end);
    const names = namesPoll(ctx, s, text);
    claims[i] = block.kind !== 'heading' && (describesPoll(claim, detail, text, names || carry.poll === true) || answersPoll(ctx, claim, detail, names || carry.poll === true)) ? { ...claim, status: 'A', reason: 'rests on a poll named in the draft (its method, or who answered it)', confidence: CONFIDENCE.nPattern } : claim;
    details[i] = claims[i] === claim ? detail : { ...detail, kinds: [] };
    if (names) carry.poll = true;
  }
  inheritQuoteStatus(ctx, sentences, quoteRange, claims, details);
  if (block.kind === 'paragraph') inheritTranscriptTurn(ctx, sentences, sentenceRange, claims, details);
  carry.lead = offeredLead(ctx, block, sentenceRange, led, carry.lead, claims, details);
}

/** Determiners that do not make "The poll" a named poll. */
const DETERMINERS = /^(?:the|a|an|this|that|its|their|his|her|our|new|latest|recent)$/i;

/**
 * True when a sentence names a poll or survey ("The Harbor Gazette poll
 * found …"), or an identified source of it is one.
 */
function namesPoll(ctx: SentenceContext, s: Sentence, text: string): boolean {
  for (const ai of ctx.bySentence[s.index] ?? []) {
    const a = ctx.attributions[ai];
    if (a && isIdentified(a) && a.source && /\b(?:poll|survey)s?\b/i.test(a.source.text)) return true;
  }
  // The pattern ends on "poll" or "survey": without either, its backtracking over capitalised words is wasted.
  if (!text.includes('poll') && !text.includes('survey')) return false;
  const m = NAMED_POLL.exec(text);
  if (!m) return false;
  return m[0].split(/[\s/]+/).slice(0, -1).some((w) => w && !DETERMINERS.test(w));
}

/**
 * True for an unsourced sentence that gives a poll's method (who was asked,
 * when, the margin of error: `POLL_METHOD_PATTERNS`) or a figure pointing back
 * to it through who answered (`POLL_POINTER_PATTERNS`) once a poll has been
 * named, in the sentence or before it: it comes from the poll's own pages
 * (eval/HARD-CASES.md), so it rests on the poll.
 */
function describesPoll(claim: Claim, detail: ClaimDetail, text: string, pollNamed: boolean): boolean {
  if (!pollNamed || claim.status !== 'U' || detail.vague.length || detail.placeholders.length || detail.pending || detail.speakerlessQuote !== undefined) return false;
  return matchesAny(text, POLL_METHOD_PATTERNS) || matchesAny(text, POLL_POINTER_PATTERNS);
}

/**
 * True for a sentence made vague only by a poll's respondents speaking
 * ("Half of Vermont Democrats said …", "Voters who say …": `RESPONDENT_SUBJECT`
 * with a `RESPONDENT_CUES` verb) once a poll has been named: they are the
 * poll's answers, so the sentence rests on the poll (eval/HARD-CASES.md, polls).
 */
function answersPoll(ctx: SentenceContext, claim: Claim, detail: ClaimDetail, pollNamed: boolean): boolean {
  if (!pollNamed || claim.status !== 'V' || !detail.vague.length || detail.placeholders.length || detail.pending) return false;
  if (detail.clause || detail.otherClauses?.length) return false;
  return detail.vague.every((ai) => {
    const a = ctx.attributions[ai];
    return a !== undefined && a.cue.kind === 'speech-verb' && RESPONDENT_CUES.includes(a.cue.lemma ?? '') && a.source !== undefined && RESPONDENT_SUBJECT.test(a.source.text.trim());
  });
}

/** The lead-in a block offers the next one (see `findLeadIns`). */
function offeredLead(
  ctx: SentenceContext,
  block: ProseBlock,
  sentenceRange: { from: number; to: number },
  led: number | undefined,
  incoming: LeadIn | undefined,
  claims: Claim[],
  details: ClaimDetail[],
): LeadIn | undefined {
  if (block.kind === 'heading') return undefined;
  let from = led;
  if (from === undefined) {
    const last = sentenceRange.to - 1;
    if (last < sentenceRange.from || !ctx.doc.prose.slice(block.start, block.end).trimEnd().endsWith(':')) return undefined;
    if (!(ctx.bySentence[last] ?? []).some((i) => ctx.attributions[i] && !isPending(ctx.attributions[i]!))) return undefined;
    from = last;
  }
  if (incoming && incoming.from === from) return { ...incoming, block: block.index };
  return {
    block: block.index,
    from,
    claim: claims[from]!,
    detail: details[from]!,
    attributions: (ctx.bySentence[from] ?? []).map((index) => ({ index, attribution: ctx.attributions[index]! })),
  };
}

/** Quotations that need a speaker and have none (labels.md: "a quotation with no speaker anywhere in the paragraph"). */
function findSpeakerless(ctx: SentenceContext, sentences: Sentence[], quoteRange: { from: number; to: number }, spoken: Set<string>, noted: Set<string> | undefined): void {
  for (let qi = quoteRange.from; qi < quoteRange.to; qi++) {
    const q = ctx.quotes[qi]!;
    const text = lettersAndDigits(normalize(ctx.doc.prose.slice(q.start, q.end)));
    if (q.speaker || q.attribution !== undefined || ctx.leadIns.has(qi)) {
      noted?.add(text);
      spoken.add(text);
      continue;
    }
    if (wordCount(text) < QUOTE_MIN_WORDS) continue;
    noted?.add(text);
    if (spoken.has(text)) continue;
    if ((q as Partial<FoundQuote>).single && wordCount(text) < SINGLE_QUOTE_MIN_WORDS) continue;
    if (namedInQuote(ctx, sentences, q)) continue;
    ctx.speakerless.add(qi);
  }
}

/** True when a sentence of the quotation has an identified source or a slot left to fill. */
function namedInQuote(ctx: SentenceContext, sentences: Sentence[], q: Quote): boolean {
  for (let s = q.firstSentence; s <= q.lastSentence; s++) {
    const sentence = sentences[s];
    if (!sentence) continue;
    const indexes = ctx.bySentence[s] ?? [];
    if (indexes.some((i) => { const a = ctx.attributions[i]; return a !== undefined && isIdentified(a); })) return true;
    if (findPlaceholders(ctx.doc, sentence, ctx.attributions, indexes, ctx.slots).length) return true;
  }
  return false;
}

/**
 * The claim of sentence `s`. Its keys are set one by one, always in the same
 * order (`source`, `cue` and `attribution` only when given), not spread in:
 * V8 copies an object spread that is not the first part of a literal through
 * the runtime, about ten times the cost of setting the fields, and every
 * sentence makes a claim. A source, cue or attribution given as undefined is
 * left out.
 */
function claimOf(s: Sentence, fields: Omit<Claim, 'start' | 'end' | 'sentence'>): Claim {
  const { status, source, cue, attribution, confidence } = fields;
  const reason = reasons.share(fields.reason);
  // The two usual shapes (a source, cue and attribution, or none of them) as
  // one literal each, so that every field is in the object itself: fields
  // added after a literal go to a second array that the claim keeps.
  if (source && cue && attribution !== undefined) return { start: s.start, end: s.end, sentence: s.index, status, source, cue, attribution, reason, confidence };
  if (!source && !cue && attribution === undefined) return { start: s.start, end: s.end, sentence: s.index, status, reason, confidence };
  const claim = { start: s.start, end: s.end, sentence: s.index, status } as Claim;
  if (source) claim.source = source;
  if (cue) claim.cue = cue;
  if (attribution !== undefined) claim.attribution = attribution;
  claim.reason = reason;
  claim.confidence = confidence;
  return claim;
}

/** Claims' reasons: 2,619 distinct ones among the 16,777 claims of the 1 MB benchmark draft, most made by a template. */
const reasons = new TextPool(POOL_SIZE);

function emptyDetail(placeholders: Placeholder[]): ClaimDetail {
  return { kinds: [], vague: [], placeholders, pending: false };
}

function classifySentence(ctx: SentenceContext, s: Sentence): { claim: Claim; detail: ClaimDetail } {
  const { doc, attributions } = ctx;
  const block = doc.blocks[s.block];
  const indexes = ctx.bySentence[s.index] ?? [];
  const placeholders = findPlaceholders(doc, s, attributions, indexes, ctx.slots);
  const detail = emptyDetail(placeholders);
  if (block?.kind === 'heading') {
    return { claim: claimOf(s, { status: 'N', reason: 'a heading: nothing to attribute', confidence: CONFIDENCE.structural }), detail };
  }
  const text = doc.prose.slice(s.start, s.end);
  // Most sentences have no attribution the standard counts (see `atts`), no
  // placeholder and no quotation: every test below then finds nothing (no
  // vague or identified source, no speakerless or spoken quotation), so they
  // go straight to N or U without building its lists.
  if (!placeholders.length && !ctx.quotesBySentence[s.index]?.length && !indexes.some((i) => countsAsAttribution(attributions[i]))) return withoutSource(doc.prose, s, block, text, detail);
  const atts = indexes.map((i) => ({ i, a: attributions[i]! })).filter((x) => countsAsAttribution(x.a));
  // A vague reading the attribution stage gives less than even odds is no
  // evidence of vagueness; a speech verb is still an attribution, though.
  const weak = (a: Attribution) => a.vague && (a.confidence ?? CONFIDENCE.attributionDefault) < ctx.minConfidence;
  // "[SPEAKER] said": a cue whose only source is a placeholder beside it is pending, not attributed.
  const besidePlaceholder = (a: Attribution) =>
    !a.source &&
    placeholders.some((p) => (p.end <= a.cue.start && LINKING_GAP.test(doc.source.slice(p.end, a.cue.start))) || (p.start >= a.cue.end && LINKING_GAP.test(doc.source.slice(a.cue.end, p.start))));
  const back = (a: Attribution) => pointsBack(ctx, a);
  const identified = atts.filter((x) => (isIdentified(x.a) || back(x.a) || (weak(x.a) && x.a.cue.kind === 'speech-verb')) && !besidePlaceholder(x.a) && !writersReading(ctx, s, x.a));
  const named = identified.filter((x) => !x.a.vague || back(x.a));

  // V: a source nobody can check.
  const vague = atts.filter(
    (x) =>
      x.a.vague &&
      !back(x.a) &&
      !weak(x.a) &&
      !isIntent(x.a) &&
      !inCondition(doc.prose, s, x.a) &&
      !pollPremise(ctx, x.a) &&
      !writersInference(ctx, x.a) &&
      !narratedInOpinion(ctx, x.a) &&
      !noneSpoke(x.a) &&
      !askedInQuestion(doc.prose, text, s.start, x.a) &&
      !knownToGroup(x.a) &&
      !((x.a.cue.kind === 'speech-verb' || x.a.cue.kind === 'reaction') && HYPOTHETICAL_CUE.test(x.a.cue.text) && !WEASEL_MODAL.test(x.a.cue.text)) &&
      !silentGroup(doc.prose, x.a) &&
      !agreedToAct(doc.prose, x.a) &&
      !isPending(x.a) &&
      !neutralised(doc, x.a, named.map((y) => y.a), placeholders, ctx.linksBySentence[s.index] ?? []) &&
      !named.some((y) => y.a.source !== undefined && withinContent(doc.prose, s, x.a, y.a)),
  );
  if (vague.length) {
    // "Bloomberg, citing informed sources, said": the outlet is vague only
    // through the sources it relays, which are reported; it is not reported again.
    const relays = (x: { a: Attribution }) => (x.a as FoundAttribution).relaysVague === true;
    const reported = vague.some((x) => !relays(x)) ? vague.filter((x) => !relays(x)) : vague;
    detail.vague = reported.map((x) => x.i);
    // A main clause with no source beside the vague one ("Analysts say the
    // plan will fail; unemployment fell to 3.9 percent.") is reported too: the
    // sentence stays V, and the clause would surface as U once the vague
    // source is replaced by a placeholder to fill.
    // Sources left to fill ("…, according to [SOURCE]") cover what they would
    // cover once filled, as they do in a sentence with no vague source.
    const waiting = atts.filter((x) => !reported.includes(x) && (isPending(x.a) || besidePlaceholder(x.a) || markedToFill(doc, x.a, placeholders))).map((x) => x.a);
    const bare = unsourcedClauses(ctx, s, text, block?.kind ?? 'paragraph', identified.map((x) => x.a), [...reported.map((x) => x.a), ...waiting], placeholders);
    if (bare.length) {
      detail.clause = bare[0];
      detail.kinds = assertionKinds(doc.prose.slice(bare[0]!.start, bare[0]!.end));
      if (bare.length > 1) detail.otherClauses = bare.slice(1);
    }
    const first = reported[0]!.a;
    const phrase = vaguePhrase(first, doc.source);
    return {
      claim: claimOf(s, {
        status: 'V',
        source: first.source,
        cue: first.cue,
        attribution: reported[0]!.i,
        reason: `leans on a source nobody can check: “${clip(doc.source.slice(phrase.start, phrase.end))}”`,
        confidence: first.confidence ?? CONFIDENCE.attributionDefault,
      }),
      detail,
    };
  }

  // U: a quotation with no speaker.
  const speakerless = (ctx.quotesBySentence[s.index] ?? []).find((qi) => ctx.speakerless.has(qi));
  if (speakerless !== undefined) {
    detail.speakerlessQuote = speakerless;
    detail.kinds = ['event'];
    return { claim: claimOf(s, { status: 'U', reason: 'quotes words nobody in the paragraph is named as saying', confidence: CONFIDENCE.speakerlessQuote }), detail };
  }

  // A, or U for a main clause left without a source.
  // The quotations touching this sentence, in document order. A cue inside the
  // sentence can only lie in one of these, so no look-up scans the whole draft.
  const sentenceQuotes = (ctx.quotesBySentence[s.index] ?? []).map((qi) => ctx.quotes[qi]!);
  const spokenQuotes = sentenceQuotes.filter(isSpoken);
  if (identified.length || placeholders.length || spokenQuotes.length) {
    const clauses = splitClauses(text, s.start, sentenceQuotes);
    const covered = clauses.map(() => false);
    const pending = clauses.map(() => false);
    for (const { a } of identified) cover(doc, s, text, clauses, a, sentenceQuotes, covered);
    for (const q of spokenQuotes) markDominant(doc, clauses, q, covered);
    // An opening subordinate clause modifies the main claim: attributed with it.
    if (clauses[0]?.subordinator && covered.slice(1).some(Boolean)) covered[0] = true;
    // A vague source marked "[who?]" waits to be filled as a placeholder does,
    // and covers what it covered before the mark.
    markPending(ctx, s, text, clauses, sentenceQuotes, atts.filter((x) => isPending(x.a) || besidePlaceholder(x.a) || markedToFill(doc, x.a, placeholders)).map((x) => x.a), placeholders, pending);
    // ... and one whose main claim's source is left to fill waits with it.
    if (clauses[0]?.subordinator && !covered[0] && pending.slice(1).some(Boolean)) pending[0] = true;
    const anyCovered = covered.some(Boolean);
    if (anyCovered || pending.some(Boolean)) {
      const uncovered = clauses.filter((c, k) => !covered[k] && !pending[k] && asserts(doc, c, block?.kind ?? 'paragraph'));
      if (uncovered.length) {
        const clause = trimSpan(doc.prose, uncovered[0]!);
        const clauseText = doc.prose.slice(clause.start, clause.end);
        detail.kinds = assertionKinds(clauseText);
        if (clauses.length > 1) detail.clause = clause;
        // Every uncovered clause is reported, not only the first: fixing one
        // must not be what reveals the next.
        if (uncovered.length > 1) detail.otherClauses = uncovered.slice(1).map((c) => trimSpan(doc.prose, c));
        return {
          claim: claimOf(s, {
            status: 'U',
            reason: clauses.length > 1 ? `the clause “${clip(clauseText)}” names no source for ${describeKinds(detail.kinds)}` : `names no source for ${describeKinds(detail.kinds)}`,
            confidence: anyCovered ? CONFIDENCE.uncoveredClause : CONFIDENCE.unsourcedKnownKind,
          }),
          detail,
        };
      }
      if (anyCovered) {
        // "The mayor, who called the plan “a disaster”, said …": a cue inside
        // another's source phrase describes that source; the outer one decides.
        const inSource = (x: { a: Attribution }) => identified.some((y) => y.a !== x.a && y.a.source !== undefined && y.a.source.start <= x.a.cue.start && x.a.cue.end <= y.a.source.end);
        const decider = identified.find((x) => x.a.cue.kind !== 'quote' && !inSource(x)) ?? identified.find((x) => x.a.cue.kind !== 'quote') ?? identified[0];
        const quoteAtt = spokenQuotes.find((q) => q.attribution !== undefined)?.attribution;
        const ai = decider?.i ?? quoteAtt;
        const a = ai === undefined ? undefined : attributions[ai];
        const source = a?.source ?? spokenQuotes[0]?.speaker;
        return {
          claim: claimOf(s, {
            status: 'A',
            source,
            cue: a?.cue,
            attribution: ai,
            reason: source ? `attributed to ${clip(source.text)}` : 'attributed',
            confidence: a?.confidence ?? CONFIDENCE.attributionDefault,
          }),
          detail,
        };
      }
      detail.pending = true;
      detail.kinds = assertionKinds(text);
      return { claim: claimOf(s, { status: 'U', reason: `the source is left to fill in (${clip(placeholders[0]?.text ?? '')})`, confidence: CONFIDENCE.placeholder }), detail };
    }
  }

  return withoutSource(doc.prose, s, block, text, detail);
}

/**
 * True for an attribution classification reads: a cue only the learned model
 * found is PolNeAR's wider notion of an attribution (a stance, a plan, a
 * feeling), not the standard's, and labels nothing.
 */
function countsAsAttribution(a: Attribution | undefined): a is Attribution {
  return !!a && !(a as FoundAttribution).learned;
}

/**
 * The claim of a sentence no source speaks for (none found, or none that
 * covers it): N when there is nothing to attribute (`nature.ts`), else U,
 * naming the kinds of claim. `detail` is the sentence's, its kinds still empty.
 */
function withoutSource(prose: string, s: Sentence, block: ProseBlock | undefined, text: string, detail: ClaimDetail): { claim: Claim; detail: ClaimDetail } {
  const alone = !!block && prose.slice(block.start, block.end).trim() === text.trim();
  const why = nothingToAttribute(text, block?.kind ?? 'paragraph', alone);
  if (why) return { claim: claimOf(s, { status: 'N', reason: `nothing to attribute: ${why}`, confidence: why === 'a question' ? CONFIDENCE.structural : CONFIDENCE.nPattern }), detail };
  detail.kinds = assertionKinds(text);
  const verb = hasFiniteVerb(text);
  const known = detail.kinds.some((k) => k !== 'event');
  return {
    claim: claimOf(s, {
      status: 'U',
      reason: `names no source for ${describeKinds(detail.kinds)}`,
      confidence: !verb ? CONFIDENCE.unsourcedFragment : known ? CONFIDENCE.unsourcedKnownKind : CONFIDENCE.unsourcedEvent,
    }),
    detail,
  };
}

/**
 * Marks the clauses whose source is left to fill: the clause of each slot, and
 * what a pending attribution ("according to [SOURCE]", "[SOURCE] said") would
 * cover once filled in, read as `cover` reads an identified one (a closing
 * tag covers the sentence, "according to" carries over "and").
 */
function markPending(ctx: SentenceContext, s: Sentence, text: string, clauses: Clause[], quotes: Quote[], pendingAtts: Attribution[], placeholders: Placeholder[], pending: boolean[]): void {
  for (const p of placeholders) {
    if (p.kind === 'empty-note' || p.kind === 'empty-footnote') pending.fill(true);
    // A clause starts at its first word, so "; [SOURCE] said" begins inside the placeholder: overlap counts.
    else clauses.forEach((c, k) => (p.end > c.start && p.start <= c.end ? (pending[k] = true) : undefined));
  }
  for (const a of pendingAtts) cover(ctx.doc, s, text, clauses, a, quotes, pending);
  // A quotation whose speaker is a placeholder ("“…,” [SPEAKER] said") waits for it.
  for (const q of quotes) if (q.speaker?.kind === 'placeholder') markDominant(ctx.doc, clauses, q, pending);
}

/** True when a quotation has a speaker (named or vague), not a placeholder for one. */
function isSpoken(q: Quote): boolean {
  return (!!q.speaker || q.attribution !== undefined) && q.speaker?.kind !== 'placeholder';
}

/**
 * In a V sentence, the main clauses that assert something and have no
 * source at all: not covered by a named source or a spoken quotation, not
 * left to fill, and not covered by the vague attributions (read as if each
 * were a placeholder to fill, which is what its fix makes of it). `vague`
 * also holds the attributions already left to fill, read the same way.
 */
function unsourcedClauses(ctx: SentenceContext, s: Sentence, text: string, kind: 'paragraph' | 'heading' | 'table-cell', identified: Attribution[], vague: Attribution[], placeholders: Placeholder[]): Span[] {
  const { doc } = ctx;
  const sentenceQuotes = (ctx.quotesBySentence[s.index] ?? []).map((qi) => ctx.quotes[qi]!);
  const clauses = splitClauses(text, s.start, sentenceQuotes);
  if (clauses.length < 2) return [];
  const covered = clauses.map(() => false);
  const pending = clauses.map(() => false);
  for (const a of identified) cover(doc, s, text, clauses, a, sentenceQuotes, covered);
  // A quotation whose speaker is "According to reports" loses it once that
  // becomes "According to [SOURCE]", which speaks for no quotation: it covers
  // nothing here either, so its clause is reported now, not after the fix.
  const losesSpeaker = (q: Quote) => {
    const a = q.attribution === undefined ? undefined : ctx.attributions[q.attribution];
    return a !== undefined && a.cue.kind === 'according-to' && vague.includes(a);
  };
  for (const q of sentenceQuotes) if (isSpoken(q) && !losesSpeaker(q)) markDominant(doc, clauses, q, covered);
  const slots = vague.filter((a) => a.vague).map((a): Placeholder => ({ ...vaguePhrase(a, doc.source), kind: 'token', text: '' }));
  markPending(ctx, s, text, clauses, sentenceQuotes, vague, [...placeholders, ...slots], pending);
  const done = clauses.map((_, k) => covered[k] || pending[k]);
  // An opening subordinate clause modifies the main claim: sourced with it.
  if (clauses[0]?.subordinator && done.slice(1).some(Boolean)) done[0] = true;
  return clauses.filter((c, k) => !done[k] && asserts(doc, c, kind)).map((c) => trimSpan(doc.prose, c));
}

/**
 * True for a bare group that did not speak ("Lawmakers have not said when …",
 * "not everyone agrees"): no claim rests on them, so the sentence is judged
 * on its own (eval/HARD-CASES.md: a claim about a bare group's silence is U).
 */
function silentGroup(prose: string, a: Attribution): boolean {
  if (a.cue.kind !== 'speech-verb' || a.source?.kind !== 'vague') return false;
  if (a.cue.lemma === 'comment' || NEGATED_CUE.test(a.cue.text)) return true;
  return /\bnot\s+$/i.test(prose.slice(Math.max(0, a.source.start - 5), a.source.start));
}

/**
 * True for a bare group agreeing to do something ("years after many European
 * countries agreed to share a single currency"): an act committed to, not a
 * view passed on (eval/polnear-dev, U). A named subject's agreement is its
 * statement (A), and agreeing to a thing or that something is so stays a view.
 */
function agreedToAct(prose: string, a: Attribution): boolean {
  return a.cue.kind === 'speech-verb' && a.cue.lemma === 'agree' && a.source?.kind === 'vague' && AGREED_TO_VERB.test(prose.slice(a.cue.end, a.cue.end + 40));
}

/** "to" and a verb after "agreed" ("agreed to share"), not a determiner or pronoun ("agreed to the plan"). */
const AGREED_TO_VERB = /^\s+to\s+(?!(?:the|a|an|this|that|these|those|it|them|him|her|his|their|its|our|my|your|some|any|all|each|every|such)\b)\p{Ll}+\b/u;

/** A negated cue: "have not said", "didn't confirm", "never explained". */
const NEGATED_CUE = /\b(?:not|never|n['’]t)\b|n['’]t\b/i;

/** A definite short form: "the report", "The actress", "the conservative-leaning newspaper", "her campaign". */
const DEFINITE_SHORT_FORM = /^(?:the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+$/iu;

/**
 * True for a definite short form the attribution stage could not tie to a
 * name ("The party says …", "the statement said") in a draft that has named
 * a source before it: the standard calls a short form vague only when no
 * named source comes before it (labels.md), and in the eval sets three in
 * four such short forms do point back to something named (docs/accuracy.md).
 * Plural heads (groups) and collectives stay vague.
 */
function pointsBack(ctx: SentenceContext, a: Attribution): boolean {
  if (!ctx.namedBefore || !a.vague || a.source?.kind !== 'unresolved' || !SHORT_FORM_CUES.has(a.cue.kind)) return false;
  // A quoted modifier is one of the words ("her “clawback” plan").
  const text = a.source.text.replace(/["“”]/g, '').trim();
  if (!DEFINITE_SHORT_FORM.test(text)) return false;
  const head = normalize(text.split(/\s+/).pop() ?? '');
  return !/(?:[^su]s|ies)$/.test(head) && !COLLECTIVE_HEADS.includes(head);
}

/** Cues through which a short form speaks. */
const SHORT_FORM_CUES = new Set(['speech-verb', 'according-to']);

/** An unnamed group credited with knowing something (`FACTIVE_COGNITION`): the writer's claim, no vague source. */
function knownToGroup(a: Attribution): boolean {
  return (a as FoundAttribution).sense === 'cognition' && FACTIVE_COGNITION.includes(a.cue.lemma ?? '') && (a.source?.kind === 'vague' || a.source?.kind === 'unresolved');
}

/** Hedge phrases that are an unnamed group speaking or believing ("many believe", "some say"). */
const GROUP_HEDGE = /^(?:some|many)\s/i;

/** "in the polls" and its kin (`POLL_STANDING_HEDGES`). */
const POLL_STANDING = new Set(POLL_STANDING_HEDGES);

/**
 * True for a standing "in the polls" in an opinion piece or a press release:
 * the writer's premise, a claim of their own, not a vague source
 * (eval/HARD-CASES.md, polls: V in news, U in an op-ed's premise).
 */
function pollPremise(ctx: SentenceContext, a: Attribution): boolean {
  return ctx.genre !== 'news' && a.cue.kind === 'hedge' && POLL_STANDING.has(a.cue.lemma ?? '');
}

/** The impersonal hedges of seeming: "it seems", "it would appear". */
const SEEMING_HEDGE = /^it\s+(?:would\s+)?(?:seems?|appears?)$/i;

/**
 * True for "it seems …", "it would appear …" in an opinion piece: the
 * columnist's own inference, a claim (labels.md: "It seems that …" is U
 * where it is the writer's own inference; the op-eds of eval/polnear-dev and
 * eval/polnear-train label every such sentence U). In news it stays a hedge
 * on where a reported fact came from.
 */
function writersInference(ctx: SentenceContext, a: Attribution): boolean {
  return ctx.genre === 'opinion' && a.cue.kind === 'hedge' && SEEMING_HEDGE.test(a.cue.text);
}

/** A source that is nobody: "nobody", "no one", "none of …", "no serious calls". */
const NEGATIVE_SOURCE = /^(?:the \p{L}+ )?(?:nobody|no one|no-one|none|no)\b/iu;

/**
 * True for a vague attribution whose source is nobody ("Nobody asked about
 * …", "the question nobody asked", "there have been no serious calls to …"):
 * no unnamed group is passed on as saying anything, so the sentence leans on
 * no source; it is the writer's claim (U). Every such reading in the dev and
 * train sets was labelled U, none V.
 */
function noneSpoke(a: Attribution): boolean {
  return a.cue.kind === 'speech-verb' && !!a.source && NEGATIVE_SOURCE.test(a.source.text.trim());
}

/** Words that open a direct question: wh-words and auxiliaries put first. */
const QUESTION_OPENER = /^(?:what|why|how|who|whom|which|when|where|do|does|did|can|could|will|would|should|shall|is|are|was|were|has|have|had|may|might|must)$/i;

/** The auxiliary right before a subject in an inverted question ("can they file", "Did they talk"). */
const INVERTED_AUXILIARY = /\b(?:do|does|did|can|could|will|would|should|shall|is|are|was|were|has|have|had|may|might)(?:n['’]t)?\s+$/i;

/**
 * True for a vague cue inside the writer's own direct question: the sentence
 * opens with a wh-word or an auxiliary ("What political news is the world
 * talking about?"), or the source follows an inverted auxiliary ("…, can
 * they file a lawsuit?", "A reporter asked: Did they talk about …?"). A
 * question asks whether somebody said something; it passes nothing on
 * (labels.md: a question is N). A statement that only ends in a question
 * ("Many thought that …: were they too conservative?") keeps its source.
 */
function askedInQuestion(prose: string, text: string, sentenceStart: number, a: Attribution): boolean {
  if (!isQuestion(text)) return false;
  const first = /\p{L}+/u.exec(text)?.[0] ?? '';
  if (QUESTION_OPENER.test(first)) return true;
  const at = a.source?.start ?? a.cue.start;
  return INVERTED_AUXILIARY.test(prose.slice(Math.max(sentenceStart, at - 12), at));
}

/** A cue that is one word in "-ing": a participle or gerund with no auxiliary ("saying", not "is saying"). */
const BARE_ING = /^\p{L}{3,}ing$/u;

/**
 * True for a vague speech cue in a bare participle or gerund in an opinion
 * piece ("a puppet saying what people want to hear", "it means admitting
 * that …", "by telling the chairman …", "lineups discussing the remark"):
 * the columnist describing people or proposing acts, not passing on what an
 * unnamed group said, so the sentence is the writer's claim (U). In the
 * PolNeAR dev and train op-eds every such cue labelled was U, N or A, none V
 * (eval/HARD-CASES.md, opinion); in news, "with critics saying …" does
 * report an unnamed group, so news keeps the vague reading.
 */
function narratedInOpinion(ctx: SentenceContext, a: Attribution): boolean {
  return ctx.genre === 'opinion' && a.cue.kind === 'speech-verb' && (a as FoundAttribution).sense === 'speech' && BARE_ING.test(a.cue.text);
}

/**
 * True for a cue of thought ("Trump knows …", "he doesn't even believe it",
 * "the company expects …") in an opinion piece or a press release: there it
 * is the writer's (or the issuer's) own reading of a mind, not something the
 * person is reported as saying (eval/HARD-CASES.md: an op-ed's judgement of
 * what someone believes is U; labels.md: the issuer is no source for its own
 * sentences). In news the same words report a named person's stated mind.
 * Also true, in any genre, for the readings named in the body (a raising
 * verb's subject, a prescribed act, a columnist's bare participle).
 */
function writersReading(ctx: SentenceContext, s: Sentence, a: Attribution): boolean {
  // "Christie appears to be embracing his duties", "Sanders seemed to be of
  // two minds": the subject of a raising verb is not who judged; the reading
  // is the writer's, in any genre (see `RAISING_VERBS`).
  if (a.cue.kind === 'speech-verb' && RAISING_VERBS.includes(a.cue.lemma ?? '') && !a.vague) return true;
  if (prescribed(ctx, s, a)) return true;
  // "could end this by telling the council …" in an op-ed: a bare participle
  // of speech with no subject of its own is the columnist proposing an act
  // (see `narratedInOpinion`), not a report from someone out of reach.
  if (!a.source && narratedInOpinion(ctx, a)) return true;
  return ctx.genre !== 'news' && (a as FoundAttribution).sense === 'cognition';
}

/** A modal of obligation or possibility right before a cue, adverbs allowed between ("should formally ask", "must also acknowledge"). */
const MODAL_BEFORE = /\b(?:should|must|ought to|can|could|would|might|may)(?:\s+(?:not|also|either|still|just|only|then|formally|reasonably|\p{L}+ly))*\s+$/iu;

/**
 * True for a source's speech act under a modal in an opinion piece (a named
 * source or a short form pointing back to one: "The council must reject …")
 * ("the Committee should formally ask …", "Israel must also acknowledge
 * …", "Sanders can either lead them …"): the columnist prescribing or
 * supposing an act, which reports nothing the source said (the writer's
 * claim, U: eval/HARD-CASES.md, opinion; labels.md, a prediction or
 * judgement stated as fact).
 */
function prescribed(ctx: SentenceContext, s: Sentence, a: Attribution): boolean {
  // Gated on opinion: in wire copy "X could say" is mostly a reported
  // possibility (dev+train: ungated, train A flagged 14.0 -> 14.3 %).
  if (ctx.genre !== 'opinion') return false;
  if (a.cue.kind !== 'speech-verb') return false;
  if (HYPOTHETICAL_CUE.test(a.cue.text)) return true;
  // Only the sentence is read: a block's classification depends on nothing outside it but the carry.
  return a.cue.start > s.start && MODAL_BEFORE.test(ctx.doc.prose.slice(Math.max(s.start, a.cue.start - 40), a.cue.start));
}

/**
 * True when a vague attribution does not make the sentence V: a hedge whose
 * reporter the sentence names, or vague words that carry a link.
 */
function neutralised(doc: ProseDocument, a: Attribution, identified: Attribution[], placeholders: Placeholder[], links: LinkRef[]): boolean {
  // "many believe", "some say" are unnamed groups, not a hedge on a report a named source could make good.
  const hedge = (a.cue.kind === 'hedge' || a.source?.kind === 'hedge') && !GROUP_HEDGE.test(a.cue.text);
  if (hedge && identified.some((b) => NAMING_CUES.has(b.cue.kind) && (b.source !== undefined || MARKUP_CUES.has(b.cue.kind)))) return true;
  if (markedToFill(doc, a, placeholders)) return true;
  const phrase = vaguePhrase(a, doc.source);
  return links.some((l) => overlaps(l.text, phrase));
}

/** "According to reports [who?]": the writer has marked a vague source to fill in. */
function markedToFill(doc: ProseDocument, a: Attribution, placeholders: Placeholder[]): boolean {
  if (!a.vague || placeholders.length === 0) return false;
  const phrase = vaguePhrase(a, doc.source);
  return placeholders.some((p) => overlaps(p, phrase) || (p.start >= phrase.end && LINKING_GAP.test(doc.source.slice(phrase.end, p.start))));
}

/**
 * True when a vague attribution lies inside what a named source is reported
 * as saying ("Brunner said many of the examples critics point to …"): the
 * claim rests on the named source. A vague source cited *for* the report
 * ("Bloomberg, citing informed sources, reported …") is never inside it.
 */
function withinContent(prose: string, s: Sentence, vague: Attribution, by: Attribution): boolean {
  if (vague.cue.kind === 'according-to' || MARKUP_CUES.has(by.cue.kind) || (by as FoundAttribution).nominal) return false;
  // "Trump tweeted an image …, prompting outrage": a reaction in a participle
  // is the writer's comment on the report, never part of it.
  if (vague.cue.kind === 'reaction' && /^\S+ing\b/i.test(vague.cue.text)) return false;
  const v = vaguePhrase(vague, '');
  if (by.cue.kind === 'according-to') {
    const frame = by.source ? { start: Math.min(by.cue.start, by.source.start), end: Math.max(by.cue.end, by.source.end) } : by.cue;
    return !overlaps(v, frame) && !(v.start >= frame.end && NEW_CLAUSE_BEFORE.test(prose.slice(frame.end, v.start)));
  }
  if (by.cue.kind === 'quote') return false;
  const src = by.source && within(by.source, s) ? by.source : undefined;
  // The reported words run from the sentence start to a closing tag ("…, X
  // said."), or from the cue to the end of its clause ("X said …").
  if (isTrailingTag(s, prose.slice(s.start, s.end), by)) {
    const tag = Math.min(by.cue.start, src?.start ?? by.cue.start);
    return v.end <= tag && !CONTRAST.test(prose.slice(v.end, tag));
  }
  // "When Trump attacked a judge …, Hispanic Americans were outraged": what
  // a speaker in an opening subordinate clause says ends at its comma.
  if (src && src.end <= by.cue.start && OPENING_SUBORDINATE.test(prose.slice(s.start, src.start)) && prose.slice(by.cue.end, v.start).includes(',')) return false;
  // "X has wondered whether …, engaging in what analysts described as …": a
  // participle clause after the reported words is the writer's account of
  // the act, not the speaker's words, unless its group is a definite one the
  // sentence may have named ("…, amounting to what the senators said was …").
  if (src && src.end <= by.cue.start && WRITERS_PARTICIPLE.test(prose.slice(by.cue.end, v.start)) && !DEFINITE.test(vague.source?.text ?? '')) return false;
  if (src && src.end <= by.cue.start) return v.start >= by.cue.end && !CONTRAST.test(prose.slice(by.cue.end, v.start)) && !NEW_CLAUSE_BEFORE.test(prose.slice(by.cue.end, v.start));
  return v.end <= Math.min(by.cue.start, src?.start ?? by.cue.start) && !CONTRAST.test(prose.slice(v.end, by.cue.start));
}

/** A sentence opening with a subordinate clause, up to its speaker: "When ", "After …, as ". */
const OPENING_SUBORDINATE = new RegExp(`^\\W*(?:${OPENING_SUBORDINATORS.join('|')})\\s[^,]*$`, 'i');

/** A comma and a participle (an adverb may come first) between a speaker's cue and a vague phrase: the writer's clause. */
const WRITERS_PARTICIPLE = /,\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\s/u;

/** A definite phrase ("the senators"). */
const DEFINITE = /^the\s/i;

/** Where the writer takes the word back from a reported speaker: ";" or a contrasting conjunction. */
const CONTRAST = /;|,\s+(?:but|yet|while|whereas|although|though)\s/i;

/**
 * A vague source that opens a coordinated clause of its own after the named
 * speaker's ("Obama emphasized that A, and human rights groups warned that B",
 * "what Trump says … and how experts say …"): the writer adds a second
 * report, not words of the first speaker (labels.md: V wins over A in one
 * sentence). Tested on the text between the named cue and the vague phrase.
 */
const NEW_CLAUSE_BEFORE = /\b(?:and|but|yet)\s+(?:(?:how|what|why|whether|when|where)\s+)?$/i;

/** True when a clause asserts something on its own (not a fragment, not an N pattern). */
function asserts(doc: ProseDocument, clause: Clause, kind: 'paragraph' | 'heading' | 'table-cell'): boolean {
  const text = doc.prose.slice(clause.start, clause.end);
  return tokenize(text).length >= 3 && hasFiniteVerb(text) && !nothingToAttribute(text, kind);
}

/** A quotation of spoken words closes with its own comma or sentence mark ("…,”", "…!”"), unlike a quoted title or phrase. */
const SPOKEN_CLOSE = /[,.!?…]\s*["”’']+$/;

/** What may stand between a quotation and its tag's speaker: nothing, or one verb of speaking or manner ("beamed", "laughs"). */
const TAG_VERB_GAP = /^\s*(?:\p{Ll}+(?:ed|s)\s+)?$/u;

/** Marks the clauses an identified attribution covers; `quotes` are those touching the sentence. */
function cover(doc: ProseDocument, s: Sentence, text: string, clauses: Clause[], a: Attribution, quotes: Quote[], covered: boolean[]): void {
  if (MARKUP_CUES.has(a.cue.kind)) {
    covered.fill(true);
    return;
  }
  if (a.cue.kind === 'quote') {
    const q = quotes.find((x) => overlaps(x, a.cue) || within(a.cue, x));
    if (q) {
      markDominant(doc, clauses, q, covered);
      // "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who
      // …": a speaker named right after the closing mark, with at most the
      // tag's verb between, is the quotation's tag however long the name and
      // its aside are; the clause holding both is the speaker's.
      if (a.source && within(a.source, s) && a.source.start >= q.end && SPOKEN_CLOSE.test(doc.prose.slice(q.start, q.end)) && TAG_VERB_GAP.test(doc.prose.slice(q.end, a.source.start))) {
        clauses.forEach((c, k) => {
          if (c.start < a.source!.end && c.end > q.start) covered[k] = true;
        });
      }
      return;
    }
  }
  if (isCommentary(doc.prose, a)) return;
  if (objectOfClaim(doc.prose, s, a)) return;
  // "Obama has had a frosty relationship with McConnell, who in 2010 said …":
  // a cue in a relative clause attributes that clause only; the main claim
  // stays the writer's (labels.md: an unsourced main claim with an
  // attribution inside a relative clause is U).
  if (a.source && RELATIVE_PRONOUNS.has(a.source.text.toLowerCase()) && a.source.start > s.start) return;
  // "The attack came a day after President Z urged …": a cue whose speaker
  // stands in a trailing subordinate clause attributes that clause only; the
  // main claim before it stays the writer's (eval/HARD-CASES.md: a main clause
  // followed by an attributed subordinate clause is U).
  // When the splitter made that clause one of its own ("Park said the bridge
  // was closed, while Obama said the road was open"), the speaker in it still
  // covers it: it was reported unsourced (an eval/polnear-train op-ed, "…,
  // while Obama offered his own condolences …", labelled A).
  if (a.source && within(a.source, s) && inTrailingSubordinate(text.slice(0, a.source.start - s.start))) {
    // A condition ("…, if he simply seizes the chance") reports nothing said.
    const own = clauses.findIndex((c, k) => k > 0 && a.source!.start >= c.start && a.source!.start < c.end);
    const joint = own > 0 ? clauses[own]!.joint : undefined;
    if (joint !== undefined && !CONDITIONAL_JOINTS.has(joint)) covered[own] = true;
    return;
  }
  const anchors = [a.cue.start, ...(a.source && within(a.source, s) ? [a.source.start] : [])];
  const home = clauses.findIndex((c) => anchors.some((p) => p >= c.start && p < Math.max(c.end, c.start + 1)));
  clauses.forEach((c, k) => {
    if (anchors.some((p) => p >= c.start && p <= c.end)) covered[k] = true;
  });
  // A closing tag (", the ministry said.") and an opening frame ("As Reuters
  // reported, …") cover the whole sentence.
  if (isTrailingTag(s, text, a) || (home === 0 && clauses[0]?.subordinator === 'as' && clauses.length > 1)) {
    covered.fill(true);
    return;
  }
  // "According to X, A, and B" and "A, according to X, and B": the framing
  // phrase carries over "and", not over the writer's ";" or ", but".
  // A that-complement ("told them that A, and B, so C") carries over "and" and
  // "so" the same way: the reported words go on.
  const thatComplement = a.cue.kind === 'speech-verb' && /^\s+(?:\S+\s+){0,2}?that\b/i.test(doc.prose.slice(a.cue.end, a.cue.end + 40));
  if (home >= 0 && (a.cue.kind === 'according-to' || thatComplement)) {
    for (let k = home + 1; k < clauses.length && SCOPE_CARRYING_CONJUNCTIONS.includes(clauses[k]!.joint ?? ''); k++) covered[k] = true;
  }
  // "Carter said that A, but this would not happen", "A poll found that A
  // would win, while B would …": after a speech verb in the past, a clause
  // joined by "but", "while" and their kin (`BACKSHIFT_JOINTS`) whose verb
  // is backshifted ("would", "could") goes on with the reported words; the
  // writer's own clause keeps its tense ("…, but no meeting has been
  // arranged"; see `splitClauses`).
  if (home >= 0 && a.cue.kind === 'speech-verb' && PAST_CUE.test(a.cue.text)) {
    for (let k = home + 1; k < clauses.length && BACKSHIFT_JOINTS.has(clauses[k]!.joint ?? '') && BACKSHIFTED_CLAUSE.test(doc.prose.slice(clauses[k]!.start, clauses[k]!.end)); k++) covered[k] = true;
  }
  // A tag set between reported words ("A, the agency said, and B") carries on
  // to the clauses the writer joins to them (`MEDIAL_TAG_CONJUNCTIONS`).
  if (home >= 0 && a.cue.kind === 'speech-verb' && isMedialTag(s, text, a)) {
    for (let k = home + 1; k < clauses.length && MEDIAL_TAG_CONJUNCTIONS.includes(clauses[k]!.joint ?? ''); k++) covered[k] = true;
  }
}

/** Joints after which a backshifted clause goes on with the reported words. */
const BACKSHIFT_JOINTS = new Set(['but', 'while', 'whereas', 'though', 'although', 'and']);

/** A speech verb in the past: "said", "has told", "warned". */
const PAST_CUE = /(?:said|told|wrote|found|thought|felt|knew|\p{L}ed)$/iu;

/** A clause whose subject (one to three words) is followed by a backshifted modal: "this would not happen". */
const BACKSHIFTED_CLAUSE = /^\s*(?:[\p{L}'’-]+\s+){1,3}(?:would|could)\b/iu;

/** True for a speech tag after reported words and a comma ("A, the agency said, …", "“A,” she said, …"). */
function isMedialTag(s: Sentence, text: string, a: Attribution): boolean {
  if (!a.source || !within(a.source, s)) return false;
  const start = Math.min(a.cue.start, a.source.start);
  const before = text.slice(0, start - s.start).trimEnd();
  return wordCount(before) >= 2 && /,["”’]?$/.test(before);
}

/** A subordinator (temporal, causal or conditional) after a main clause of three words or more, with no comma or dash after it. */
const TRAILING_SUBORDINATE = /^(?:[^,;:—–"“]*?\s)?\S+\s+\S+\s+\S+.*?\s(?:after|before|when|because|since|while|until|whereas|if|unless)\s+[^,;:—–]*$/i;

/** A subordinator between white space: what {@link TRAILING_SUBORDINATE} needs after the last comma or dash. */
const SUBORDINATOR = /\s(?:after|before|when|because|since|while|until|whereas|if|unless)\s/i;

/** Joints of a clause that states a condition, not a fact: its speech verb reports nothing. */
const CONDITIONAL_JOINTS = new Set(['if', 'unless', 'whether']);

/** True when `before` (the sentence up to a source) ends inside a trailing subordinate clause. */
function inTrailingSubordinate(before: string): boolean {
  if (before.length >= 400) return false;
  // The subordinator and all after it come after the last , ; : — or –: without one there,
  // the full pattern's backtracking over the sentence's words would find nothing.
  const tail = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf('–')) + 1;
  return SUBORDINATOR.test(tail ? before.slice(tail) : before) && TRAILING_SUBORDINATE.test(before);
}

/** An indefinite head a speech verb's clause can modify, its object left out ("anything he says"). */
const GAP_HEAD = /\b(?:anything|everything|nothing|something|whatever|all)\s+$/i;

/** The same head at the front of the source phrase, where the subject walk took it in ("anything Dana Holt"). */
const GAP_HEAD_IN_SOURCE = /(?:^|\s)(?:anything|everything|nothing|something|whatever)\s+\S/i;

/**
 * True for a speech verb in a relative clause of an indefinite head, with no
 * words of its own after it ("Voters will believe anything Dana Holt says.",
 * "The council will not undo everything she said."): what was said is the
 * head, an object of the writer's claim; nothing is reported, so the cue
 * attributes nothing (twelfth session; two such opinion sentences in
 * eval/polnear-train, both U). "All he said was that …" goes on after the
 * verb and is not read so.
 */
function objectOfClaim(prose: string, s: Sentence, a: Attribution): boolean {
  if (a.cue.kind !== 'speech-verb' || !a.source || !within(a.source, s) || a.source.end > a.cue.start) return false;
  if (!GAP_HEAD.test(prose.slice(Math.max(s.start, a.source.start - 12), a.source.start)) && !GAP_HEAD_IN_SOURCE.test(prose.slice(a.source.start, a.source.end))) return false;
  return /^\s*(?:[.,;:!?)—–]|$)/.test(prose.slice(a.cue.end, Math.min(s.end, a.cue.end + 4)));
}

/**
 * True for a participle of commentary after a comma with a noun phrase for
 * object ("…, underscoring the importance of …"): the writer's gloss, which
 * attributes nothing (see `COMMENTARY_PARTICIPLES`).
 */
function isCommentary(prose: string, a: Attribution): boolean {
  const first = normalize(a.cue.text.trim()).split(/\s+/)[0] ?? '';
  if (!COMMENTARY_PARTICIPLES.includes(first)) return false;
  if (!/,\s*$/.test(prose.slice(Math.max(0, a.cue.start - 3), a.cue.start))) return false;
  return !/^\s*(?:that\b|["“‘:])/i.test(prose.slice(a.cue.end, a.cue.end + 8));
}

/** Marks the clauses a quotation with a known speaker is most of. */
function markDominant(doc: ProseDocument, clauses: Clause[], q: Quote, covered: boolean[]): void {
  clauses.forEach((c, k) => {
    const inside = { start: Math.max(c.start, q.start), end: Math.min(c.end, q.end) };
    if (inside.end <= inside.start) return;
    const quoted = wordCount(doc.prose.slice(inside.start, inside.end));
    const all = wordCount(doc.prose.slice(c.start, c.end));
    if (all > 0 && quoted / all >= QUOTE_DOMINANT_SHARE) covered[k] = true;
  });
}

/**
 * "according to", "by", "among" or "from" right before a placeholder: the
 * frame of a source left to fill, the words the fixes of a vague source put
 * before it ("…, according to [SOURCE]", "has been documented by [SOURCE]",
 * "has raised questions among [SOURCE]").
 */
const PENDING_FRAME = new RegExp(`\\b(?:according\\s+to|by|among|from)(?=\\s*(?:${PLACEHOLDERS.map((p) => p.replace(/[[\]?]/g, '\\$&')).join('|')}))`, 'gi');

/** `text` with every placeholder (`PLACEHOLDERS`, any case) taken out. */
function withoutPlaceholders(text: string): string {
  if (!text.includes('[')) return text;
  let out = text;
  const lower = normalize(text);
  for (const p of PLACEHOLDERS) {
    for (let i = lower.indexOf(p); i !== -1; i = lower.indexOf(p, i + p.length)) out = out.slice(0, i) + ' '.repeat(p.length) + out.slice(i + p.length);
  }
  return out;
}

/**
 * The end of the words before a closing tag: a comma, colon or dash, or a
 * quotation mark. A comma before closing marks is the one a fix adding a tag
 * leaves there ("fell,*", "fell,)": `appendBeforePunctuation` moves it in
 * front of any closing quotes, brackets or emphasis), so it ends them too.
 * A combining mark goes with the character before it, as it does for the
 * fix (`endParts`): "over,\"\u0301" ends in a quotation mark.
 */
const BEFORE_TRAILING_TAG = new RegExp(`(?:[,:—–]|["”’']|,\\p{M}*(?:${CLOSING_MARK.source}\\p{M}*)+)\\p{M}*$`, 'u');

/** ", the ministry said on Tuesday." or ", according to the ministry.": a tag closing the sentence. */
function isTrailingTag(s: Sentence, text: string, a: Attribution): boolean {
  const start = Math.min(a.cue.start, a.source && within(a.source, s) ? a.source.start : a.cue.start);
  const end = Math.max(a.cue.end, a.source && within(a.source, s) ? a.source.end : a.cue.end);
  // A placeholder after the cue ("she said [who?]", the mark a fix leaves) is
  // no word of the sentence: the tag stays a tag once it is marked.
  // Nor is the frame before one (", according to [SOURCE]", where the fix
  // of a hedge puts it, or "has raised questions among [SOURCE]"): the frame
  // of a source left to fill adds no word the sentence did not have, so a
  // fix there leaves a tag a tag.
  const after = withoutPlaceholders(text.slice(end - s.start).replace(PENDING_FRAME, (m) => ' '.repeat(m.length)));
  // Nor is one before the cue ("…,” [SOURCE] said"): it stands where the
  // source stood, so the fix that puts it there leaves a tag a tag.
  const before = withoutPlaceholders(text.slice(0, start - s.start)).trimEnd();
  return wordCount(after) <= TRAILING_TAG_MAX_WORDS && BEFORE_TRAILING_TAG.test(before);
}

/**
 * Quotations introduced by a colon lead-in in the paragraph before them ("He
 * said:", "The New York Times reports:"), and the quotation paragraphs that
 * continue them, by quotation index → the lead-in sentence, added to
 * `ctx.leadIns` for the quotations of one block. The lead-in must carry an
 * attribution (named or vague), and the quotation must open its paragraph.
 * Wire and web copy set long quotations as their own paragraphs this way; the
 * speaker is named once, before the colon. `lead` is what the block before
 * offers (see `offeredLead`). Returns the lead-in sentence of a quotation
 * opening this block, which the block passes on to the next.
 */
function findLeadIns(ctx: SentenceContext, sentences: Sentence[], quoteRange: { from: number; to: number }, lead: LeadIn | undefined, block: ProseBlock): number | undefined {
  const { doc } = ctx;
  let led: number | undefined;
  for (let qi = quoteRange.from; qi < quoteRange.to; qi++) {
    const q = ctx.quotes[qi]!;
    if (q.speaker || q.attribution !== undefined || !lead) continue;
    if (doc.prose.slice(block.start, q.start).trim() !== '') continue;
    ctx.leadIns.set(qi, lead.from);
    led = lead.from;
  }
  // A speaker tag the sentence splitter set apart: `"Why?" [SPEAKER] asked.`
  for (let qi = quoteRange.from; qi < quoteRange.to; qi++) {
    const q = ctx.quotes[qi]!;
    if (q.speaker || q.attribution !== undefined || ctx.leadIns.has(qi)) continue;
    const next = sentences[q.lastSentence + 1];
    const last = sentences[q.lastSentence];
    if (!next || !last || next.block !== last.block || doc.prose.slice(q.end, next.start).trim() !== '') continue;
    if (wordCount(doc.prose.slice(next.start, next.end)) > TRAILING_TAG_MAX_WORDS + 2) continue;
    const indexes = ctx.bySentence[next.index] ?? [];
    // The tag must be one: a speech verb, or a placeholder token such as "[SPEAKER]" opening it.
    const tagged =
      indexes.some((i) => ctx.attributions[i]?.cue.kind === 'speech-verb') ||
      findPlaceholders(doc, next, ctx.attributions, indexes, ctx.slots).some((p) => p.kind === 'token' && doc.prose.slice(next.start, p.start).trim() === '');
    if (tagged) ctx.leadIns.set(qi, next.index);
  }
  return led;
}

/** True when an attribution's cue and source both lie outside a quotation. */
function outside(a: Attribution | undefined, q: Span): boolean {
  if (!a) return false;
  const spans = a.source ? [a.cue, a.source] : [a.cue];
  return spans.every((x) => x.end <= q.start || x.start >= q.end);
}

/**
 * A transcript's turn: a paragraph that opens with a speaker's label and a
 * colon ("BENENSON: Senator Sanders doesn't get to decide …. If he does
 * that, then we'll talk about debates.") is that speaker's words to its end,
 * a quotation set off without marks. Every later sentence of the paragraph
 * that names no source of its own takes the status of the labelled one, as
 * the sentences of a quotation do (labels.md notes; eval/HARD-CASES.md: a
 * block quotation without marks after a lead-in is the lead-in's). The
 * engine read only the labelled sentence as the speaker's; on the dev and
 * train sets the later sentences of such turns are labelled A ten times in
 * ten (an interview transcript in eval/polnear-train).
 */
function inheritTranscriptTurn(ctx: SentenceContext, sentences: Sentence[], range: { from: number; to: number }, claims: Claim[], details: ClaimDetail[]): void {
  if (range.to - range.from < 2) return;
  const first = sentences[range.from]!;
  const model = claims[range.from];
  if (model?.status !== 'A') return;
  // "NAME:" opening the sentence: the source first, the colon right after it
  // (not a lead-in's colon after a subject and a verb, "She told the crowd: “…”").
  const prose = ctx.doc.prose;
  const labelled = (ctx.bySentence[range.from] ?? []).some((ai) => {
    const a = ctx.attributions[ai];
    return a !== undefined && a.cue.kind === 'speech-verb' && a.cue.text === ':' && !!a.source && a.source.end <= a.cue.start && prose.slice(first.start, a.source.start).trim() === '' && prose.slice(a.source.end, a.cue.start).trim() === '';
  });
  if (!labelled) return;
  for (let k = range.from + 1; k < range.to; k++) {
    const d = details[k]!;
    // A sentence with a vague source or a placeholder of its own keeps it (and its finding).
    if (claims[k]!.status !== 'U' || d.vague.length > 0 || d.placeholders.length > 0) continue;
    takeStatusOf(claims, details, k, range.from, 'part of a transcript turn');
  }
}

/**
 * Sentence `k` takes the status of sentence `from`, whose words it continues
 * (a quotation, a transcript turn), keeping its own span and placeholders. The
 * vague phrase is reported once, on the sentence that has it.
 */
function takeStatusOf(claims: Claim[], details: ClaimDetail[], k: number, from: number, why: string): void {
  const model = claims[from]!;
  const { start, end, sentence } = claims[k]!;
  claims[k] = { ...model, start, end, sentence, reason: `${why}: ${model.reason}` };
  details[k] = { ...details[from]!, clause: undefined, otherClauses: undefined, vague: [], placeholders: details[k]!.placeholders, quotedFrom: from };
}

/**
 * Every sentence of a multi-sentence quotation takes the status of the
 * sentence that names its speaker (labels.md notes).
 */
function inheritQuoteStatus(ctx: SentenceContext, sentences: Sentence[], quoteRange: { from: number; to: number }, claims: Claim[], details: ClaimDetail[]): void {
  for (let qi = quoteRange.from; qi < quoteRange.to; qi++) {
    const q = ctx.quotes[qi]!;
    const leadIn = q.attribution === undefined && !q.speaker ? ctx.leadIns.get(qi) : undefined;
    if ((q.lastSentence <= q.firstSentence && leadIn === undefined) || ctx.speakerless.has(qi)) continue;
    let from = q.attribution !== undefined ? ctx.attributions[q.attribution]?.sentence : leadIn;
    if (from === undefined) {
      for (let k = q.firstSentence; k <= q.lastSentence && from === undefined; k++) {
        // The speaking kinds the attribution stage pairs quotations with; here
        // also with a source left to fill ("According to [SOURCE], …"), so
        // the quotation reads the same once its vague speaker is replaced.
        if ((ctx.bySentence[k] ?? []).some((i) => { const kind = ctx.attributions[i]?.cue.kind; return kind === 'speech-verb' || kind === 'according-to'; })) from = k;
      }
    }
    if (from === undefined || !claims[from]) continue;
    for (let k = Math.max(0, q.firstSentence); k <= Math.min(q.lastSentence, sentences.length - 1); k++) {
      if (k === from) continue;
      // A sentence that only runs into the quotation ("The ministry said 40
      // died."It was chaos.") keeps a vague source of its own outside it, or
      // one left to fill ("[SOURCE] said 40 died."…): that source is the
      // sentence's, and is reported on it. Both count, so that a fix turning
      // the one into the other does not hand the sentence to the quotation.
      // A quotation never closed runs to the end of its block by guess: there
      // the sentence's own sources win wherever they are.
      const d = details[k]!;
      const open = (q as Partial<FoundQuote>).closed === false;
      if (d.vague.some((ai) => open || outside(ctx.attributions[ai], q)) || d.placeholders.some((p) => open || p.end <= q.start || p.start >= q.end)) continue;
      takeStatusOf(claims, details, k, from, 'part of a quotation');
    }
  }
}
