/**
 * The attribution analysis of one block (paragraph, heading or table cell) as
 * a function of the block and the discourse state carried in from earlier
 * blocks. findAttributions() threads one state through every block.
 *
 * Incremental use (language server): keep `state.clone()` taken before each
 * block. After an edit in block k, take the clone stored before k and call
 * analyzeBlock for k, k+1, … in order; the results equal a full analysis
 * (test/engine/attribution.test.ts checks this). Results carry document
 * offsets, so the results of blocks before k are reused as they are, and
 * entity ids stay stable because ids are given in document order.
 */
import { tokenize, type Token } from '../lexicon/tokens';
import { collapseWhiteSpace } from '../text';
import type { Lexicon } from '../lexicon';
import { DOCUMENT_SHORT_FORM_REACH } from '../lexicon/sources';
import type { Attribution, Cue, FootnoteDef, FootnoteRef, LinkRef, ProseBlock, Quote, Sentence, SourceKind, SourceMention, Span } from '../types';
import { findCues, isBoundaryDot, openingStaffGroup, type FoundCue } from './cues';
import { addHead, addSpan, DiscourseState, lowerBound, entityOf, nameKey, nameRuns, noteName, touchName, type NameRecord } from './discourse';
import { typeName, type NounPhrase } from './np';
import { scanQuotes, type QuoteSpan } from './quotes';
import type { CueSense } from '../lexicon/verbs';

/** An attribution with what the attribution stage knows beyond the contract. */
export interface FoundAttribution extends Attribution {
  /** For verb cues: speech, cognition, intent or evidence (see lexicon/verbs.ts). */
  sense?: CueSense;
  /**
   * For "citing …" and "quoting …", whose `source` is what is cited ("people
   * familiar with the matter"): who cites it, the sentence's speaker ("Bloomberg").
   */
  citer?: SourceMention;
  /**
   * True when a named outlet or person passes on sources it does not name
   * ("Bloomberg, citing people familiar with the matter, reported").
   */
  relaysVague?: boolean;
  /** True when the cue is a speech noun ("Trump's claim"): it frames no reported words after it. */
  nominal?: boolean;
}

/** A quotation with the attribution stage's extra facts. */
export interface FoundQuote extends Quote {
  /** True for ‘single’ quotation marks, often a scare-quoted phrase. */
  single: boolean;
  /** Number of words inside the marks. */
  words: number;
  /** False when the quotation runs to the end of its paragraph unclosed. */
  closed: boolean;
}

/** Everything one block needs from the document. */
export interface BlockInput {
  /** The prose view of the whole document (offsets are document offsets). */
  prose: string;
  block: ProseBlock;
  /** The block's sentences, in order. */
  sentences: readonly Sentence[];
  /** Links, footnote references and source notes that lie in the block. */
  links: readonly LinkRef[];
  footnoteRefs: readonly FootnoteRef[];
  footnoteDefs: readonly FootnoteDef[];
  sourceNotes: readonly { span: Span; text: string; sentence: number }[];
}

/** What one block contributes. `Quote.attribution` indexes `attributions` of this result. */
export interface BlockResult {
  attributions: FoundAttribution[];
  quotes: FoundQuote[];
}

interface NameMention extends Span {
  record: number;
}

/** Analyses one block, reading and extending `state`. */
export function analyzeBlock(input: BlockInput, state: DiscourseState, lex: Lexicon): BlockResult {
  const { prose } = input;
  const attributions: FoundAttribution[] = [];
  const names: NameMention[] = [];
  const sentToks: Token[][] = [];
  const quoteSpans = scanQuotes(prose, input.block.start, input.block.end);
  // Cues inside a closed double quotation are the speaker's words, not the
  // draft's attributions ("“I think,” she said"): one pointer walks the
  // quotations alongside the cues, both in document order.
  let qi = 0;
  const insideQuote = (start: number, end: number): boolean => {
    while (qi < quoteSpans.length && quoteSpans[qi]!.end <= start) qi++;
    const q = quoteSpans[qi];
    return !!q && !q.single && q.closed && q.start < start && end < q.end;
  };
  for (const s of input.sentences) {
    const toks = tokenize(prose, s.start, s.end);
    sentToks.push(toks);
    const found = input.block.kind === 'heading' ? [] : findCues(lex, toks, (from, to) => insideQuote(toks[from]!.start, toks[to - 1]!.end));
    const local = resolveSentence(lex, state, prose, s, toks, found, names);
    // A sentence with no cue whose subject is a named body's unnamed staff
    // ("Researchers at the University of Eastport followed …") leaves that
    // body as the group a later "they" points back to, as a source would.
    // An empty "according to [SOURCE]" a quick fix added counts as no cue, so
    // the fix changes nothing about the next sentence.
    if (local.every((a) => a.source?.kind === 'placeholder')) {
      const staff = openingStaffGroup(lex, toks);
      if (staff) noteStaffGroup(lex, state, prose, toks, staff);
    }
    addMarkup(input, s, input.sentences[sentToks.length]?.start ?? Infinity, local);
    local.sort((a, b) => a.cue.start - b.cue.start);
    attributions.push(...local);
  }
  const quotes = pairQuotes(lex, input, quoteSpans, state, attributions, names, sentToks);
  // Quotation speakers found through a name are added last: put every
  // attribution back in reading order and renumber the quotes' references.
  // Nearly always they are in reading order already, and then nothing moves.
  if (inReadingOrder(attributions)) return { attributions, quotes };
  const order = attributions.map((_, i) => i).sort((a, b) => attributions[a]!.sentence - attributions[b]!.sentence || attributions[a]!.cue.start - attributions[b]!.cue.start || a - b);
  const newIndex = new Array<number>(order.length);
  order.forEach((old, i) => (newIndex[old] = i));
  for (const q of quotes) if (q.attribution !== undefined) q.attribution = newIndex[q.attribution];
  return { attributions: order.map((i) => attributions[i]!), quotes };
}

/** True when the attributions are sorted by sentence, then by cue start: the order `analyzeBlock` returns them in. */
function inReadingOrder(list: readonly FoundAttribution[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1]!;
    const b = list[i]!;
    if (a.sentence > b.sentence || (a.sentence === b.sentence && a.cue.start > b.cue.start)) return false;
  }
  return true;
}

function textOf(prose: string, toks: readonly Token[], from: number, to: number): Span & { text: string } {
  const start = toks[from]!.start;
  const end = toks[to - 1]!.end;
  return { start, end, text: collapseWhiteSpace(prose.slice(start, end)) };
}

/** Resolves the cues of one sentence against the discourse state, in reading order. */
function resolveSentence(lex: Lexicon, state: DiscourseState, prose: string, s: Sentence, toks: readonly Token[], found: FoundCue[], names: NameMention[]): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const runs = nameRuns(lex, toks, 0);
  // Events in reading order: name runs outside source phrases, and cues by source position.
  // Name runs inside a source phrase are noted through the phrase. Runs and
  // phrases are both walked in order, so this is linear.
  // A learned cue's phrase is left to the name runs: it changes nothing in the discourse state.
  const phrases = found.filter((f) => f.np && f.np.to > f.np.from && !f.learned).map((f) => f.np!).sort((a, b) => a.from - b.from);
  // Every event has both fields (one undefined), so the events share one object shape.
  type Ev = { at: number; run: { from: number; to: number } | undefined; cue: FoundCue | undefined };
  const events: Ev[] = [];
  let pi = 0;
  let reach = -1;
  for (const r of runs) {
    while (pi < phrases.length && phrases[pi]!.from <= r.from) reach = Math.max(reach, phrases[pi++]!.to);
    if (!(reach >= r.to)) events.push({ at: r.from, run: r, cue: undefined });
  }
  for (const f of found) events.push({ at: f.np && f.np.to > f.np.from ? f.np.from : f.from, run: undefined, cue: f });
  // Name runs come in reading order and do not overlap: with no cue (most
  // sentences) the events are sorted already.
  if (found.length) events.sort((a, b) => a.at - b.at || (a.run ? -1 : 1));
  for (const ev of events) {
    if (ev.run) {
      const titled = ev.run.from > 0 && lex.officeHeads.has(toks[ev.run.from - 1]!.lower);
      const runStart = toks[ev.run.from]!.start;
      const runEnd = toks[ev.run.to - 1]!.end;
      const runText = prose.slice(runStart, runEnd);
      const cacheKey = titled ? `${toks[ev.run.from - 1]!.lower}|${runText}` : runText;
      const cached = state.runCache.get(cacheKey);
      let id: number;
      if (cached) {
        id = cached.record;
        touchName(state, id, { start: runStart + cached.from, end: runStart + cached.to }, cached.recent);
      } else {
        const typed = typeName(lex, toks, ev.run.from, ev.run.to, titled ? ev.run.from - 1 : ev.run.from);
        id = noteName(state, lex, toks, ev.run, typed, prose);
        const nf = typed.name?.from ?? ev.run.from;
        const nt = typed.name?.to ?? ev.run.to;
        const madeRecent = state.record(id).kind !== 'person' || state.recentFromEnd(0) === id;
        state.runCache.set(cacheKey, { record: id, from: toks[nf]!.start - runStart, to: toks[nt - 1]!.end - runStart, recent: madeRecent });
      }
      names.push({ start: runStart, end: runEnd, record: id });
      // "The Washington Post/ABC News poll": the document head after a name is a short form for it.
      const after = toks[ev.run.to];
      if (after && after.kind === 'word' && !after.cap && lex.documentHeads.has(after.lower) && state.record(id).kind !== 'person') addHead(state, state.record(id), after.lower);
      continue;
    }
    const f = ev.cue!;
    const cueSpan = textOf(prose, toks, f.from, f.to);
    const cue: Cue = { start: cueSpan.start, end: cueSpan.end, text: cueSpan.text, kind: f.kind, lemma: f.lemma };
    let source: SourceMention | undefined;
    let vague = false;
    let confidence = f.confidence;
    if (f.np && f.learned) {
      // A learned cue (./learned.ts) names its source as written, unresolved,
      // and leaves the discourse state as the rules' cues made it, so that it
      // cannot move what a later pronoun or short form resolves to.
      if (f.np.to > f.np.from) {
        const span = textOf(prose, toks, f.np.from, f.np.to);
        source = { start: span.start, end: span.end, text: span.text, kind: f.np.kind };
        vague = f.np.vague === true;
      }
    } else if (f.np) {
      const m = resolvePhrase(lex, state, prose, toks, f.np, f.antecedent, names);
      if (m) {
        source = m.mention;
        vague = m.vague;
        confidence = Math.min(confidence, Math.max(0.3, m.confidence + 0.1));
      }
    }
    // A description of a poll or study with nothing named before is no attribution at all.
    if (f.selfDescription && (!source || vague || source.entity === undefined)) continue;
    if (f.kind === 'hedge' || f.kind === 'passive' || f.kind === 'reaction') {
      if (!source || source.kind === 'vague') vague = true;
      if (!source) source = { start: cue.start, end: cue.end, text: cue.text, kind: f.kind };
    }
    const att = attributionOf(s.index, cue, vague, confidence, f, source);
    if (f.citing) (att as FoundAttribution & { citing?: boolean }).citing = true;
    out.push(att);
  }
  // "X said, citing Y" and "X, citing Y, reported": Y is the citing cue's source, X its citer.
  for (let k = 0; k < out.length; k++) {
    const a = out[k] as FoundAttribution & { citing?: boolean };
    if (!a.citing || !a.source) continue;
    let citer: SourceMention | undefined;
    for (let d = 1; d < Math.min(out.length, 9) && !citer; d++) {
      for (const o of [out[k - d], out[k + d]]) {
        if (o && o !== a && o.source && !(o as { citing?: boolean }).citing && (o.cue.kind === 'speech-verb' || o.cue.kind === 'according-to') && o.source.kind !== 'placeholder') {
          citer = o.source;
          break;
        }
      }
    }
    if (citer) a.citer = { start: citer.start, end: citer.end, text: citer.text, kind: citer.kind, ...(citer.entity !== undefined ? { entity: citer.entity } : {}) };
  }
  // A named outlet relaying unnamed people is vague (labels.md).
  const citingVague = out.some((a) => (a as { citing?: boolean }).citing && a.vague);
  for (const a of out) {
    if ((a as { citing?: boolean }).citing) {
      delete (a as { citing?: boolean }).citing;
      continue;
    }
    if (citingVague && !a.vague && a.source) {
      a.vague = true;
      a.relaysVague = true;
    }
  }
  return out;
}

/**
 * An attribution with these fields, in the order its keys have always had
 * (`sense`, `nominal`, `learned`, `source` only when present). The usual
 * shapes are made as one literal each, so that every field is in the object:
 * fields added after a literal go to a second array that the attribution
 * keeps (about 6,400 of the 7,000 attributions per MB of the benchmark draft).
 */
function attributionOf(sentence: number, cue: Cue, vague: boolean, confidence: number, f: { sense?: FoundAttribution['sense']; nominal?: boolean; learned?: boolean }, source: SourceMention | undefined): FoundAttribution {
  const { sense } = f;
  if (!f.nominal && !f.learned) {
    if (sense && source) return { sentence, cue, vague, confidence, sense, source };
    if (!sense && source) return { sentence, cue, vague, confidence, source };
    if (sense && !source) return { sentence, cue, vague, confidence, sense };
  }
  const att: FoundAttribution = { sentence, cue, vague, confidence };
  if (sense) att.sense = sense;
  if (f.nominal) att.nominal = true;
  if (f.learned) att.learned = true;
  if (source) att.source = source;
  return att;
}

/**
 * Records a named body's unnamed staff met as a sentence's subject without a
 * cue, and makes it the last group, for a later plural pronoun. The record
 * becomes a source (an entity) only when a later cue resolves to it.
 */
function noteStaffGroup(lex: Lexicon, state: DiscourseState, prose: string, toks: readonly Token[], np: NounPhrase): void {
  const span = textOf(prose, toks, np.from, np.to);
  const head = lastWord(toks, np);
  const rec = recordFor(state, lex, span, 'organization', head ? [head] : []);
  state.lastGroup = { record: rec.id };
}

/** A copy of a mention (without entity or antecedent) with another kind. */
function withKind(m: SourceMention, kind: SourceKind): SourceMention {
  return { start: m.start, end: m.end, text: m.text, kind };
}

interface Resolved {
  mention: SourceMention;
  vague: boolean;
  confidence: number;
}

/** Turns a source phrase into a mention: names become entities, pronouns and short forms are resolved. */
function resolvePhrase(lex: Lexicon, state: DiscourseState, prose: string, toks: readonly Token[], np: NounPhrase, antecedent: NounPhrase | undefined, names: NameMention[]): Resolved | undefined {
  if (np.from > np.to) return undefined;
  if (np.from === np.to) {
    // An empty "according to": the span is where the source should be.
    const at = toks[np.from]?.start ?? toks[np.from - 1]?.end ?? 0;
    return { mention: { start: at, end: at, text: '', kind: 'placeholder' }, vague: true, confidence: np.confidence };
  }
  const span = textOf(prose, toks, np.from, np.to);
  const mention: SourceMention = { start: span.start, end: span.end, text: span.text, kind: np.kind };
  const finish = (rec: NameRecord, conf: number): Resolved => {
    mention.entity = entityOf(state, rec.id, span);
    mention.kind = rec.kind;
    return { mention, vague: false, confidence: conf };
  };
  if (np.kind === 'placeholder') return { mention, vague: true, confidence: np.confidence };
  if (np.respondents) {
    // Poll respondents ("63 percent said") speak for the last poll or study named, if any.
    const last = state.lastThing !== undefined ? state.record(state.lastThing) : undefined;
    if (last && (last.kind === 'document' || last.kind === 'publication' || last.kind === 'organization')) {
      mention.antecedent = { start: last.first.start, end: last.first.end, text: last.name };
      mention.entity = entityOf(state, last.id, span);
    }
    return { mention, vague: false, confidence: np.confidence };
  }
  if (np.pronoun) {
    const p = np.pronoun;
    if (p === 'self') return { mention: withKind(mention, 'person'), vague: false, confidence: 0.5 };
    if (p === 'relative') {
      if (!antecedent) return { mention: withKind(mention, 'unresolved'), vague: true, confidence: 0.4 };
      const a = resolvePhrase(lex, state, prose, toks, antecedent, undefined, names);
      if (!a) return { mention: withKind(mention, 'unresolved'), vague: true, confidence: 0.4 };
      const r = withKind(mention, a.mention.kind);
      r.antecedent = { start: a.mention.start, end: a.mention.end, text: a.mention.text };
      if (a.mention.entity !== undefined) {
        r.entity = a.mention.entity;
        const e = state.entities[a.mention.entity]!;
        addSpan(e.mentions, span);
      }
      return { mention: r, vague: a.vague, confidence: a.confidence };
    }
    if (p === 'male' || p === 'female') {
      for (let k = 0, rec = state.recentPerson(0); rec; rec = state.recentPerson(++k)) {
        if (rec.gender && rec.gender !== p) continue;
        if (!rec.gender) rec.gender = p;
        mention.antecedent = { start: rec.first.start, end: rec.first.end, text: rec.name };
        return finish(rec, 0.85);
      }
      return { mention: withKind(mention, 'unresolved'), vague: true, confidence: 0.7 };
    }
    if (p === 'plural') {
      const g = state.lastGroup;
      if (g?.record !== undefined) {
        const rec = state.record(g.record);
        mention.antecedent = { start: rec.first.start, end: rec.first.end, text: rec.name };
        return finish(rec, 0.7);
      }
      if (g?.vague) {
        const m = withKind(mention, 'vague');
        m.antecedent = { start: g.vague.start, end: g.vague.end, text: g.vague.text };
        return { mention: m, vague: true, confidence: 0.7 };
      }
      return { mention: withKind(mention, 'unresolved'), vague: true, confidence: 0.7 };
    }
    if (state.lastThing !== undefined) {
      const rec = state.record(state.lastThing);
      mention.antecedent = { start: rec.first.start, end: rec.first.end, text: rec.name };
      return finish(rec, 0.7);
    }
    return { mention: withKind(mention, 'unresolved'), vague: true, confidence: 0.6 };
  }
  if (np.shortForm) {
    const ids = state.byHead.get(np.shortForm) ?? [];
    let pick: number | undefined;
    if (np.kind === 'person') pick = ids.length === 1 ? ids[0] : undefined;
    else pick = ids[ids.length - 1];
    // "the spokesman said" after "A spokesman for Prime Minister David
    // Cameron said": a staff role identified earlier is who the short form
    // means (labels.md: a short form that points back to a source named
    // earlier is A); after an unidentified "a spokesman" nothing was
    // recorded, so it stays vague ("the source added" → V).
    if (np.kind === 'vague') pick = staffAntecedent(lex, np.shortForm, ids);
    if (pick === undefined && np.kind !== 'vague' && np.kind !== 'person') pick = nearbyHolder(lex, state, np.shortForm, span.start, names);
    if (pick !== undefined) {
      const rec = state.record(pick);
      mention.antecedent = { start: rec.first.start, end: rec.first.end, text: rec.name };
      return finish(rec, 0.8);
    }
    // "Marco Rubio lost the vote. His campaign said …": a body or staff
    // owned through "his" or "her" speaks for the person the pronoun points
    // at, as "Rubio's campaign" does (labels.md: a named person speaking
    // through unnamed staff is A), when no body of that name was met before.
    const owner = toks[np.from]?.lower === 'his' ? 'male' : toks[np.from]?.lower === 'her' ? 'female' : undefined;
    if (owner && np.kind === 'organization') {
      for (let k = 0, rec = state.recentPerson(0); rec; rec = state.recentPerson(++k)) {
        if (rec.gender && rec.gender !== owner) continue;
        mention.antecedent = { start: rec.first.start, end: rec.first.end, text: rec.name };
        return finish(rec, 0.75);
      }
    }
    const fb = np.fallback ?? { kind: np.kind, vague: np.vague };
    mention.kind = fb.kind;
    if (!fb.vague && fb.kind !== 'unresolved') {
      // An identifiable office or self-identifying body ("the White House"): a new source.
      const rec = recordFor(state, lex, span, fb.kind, [np.shortForm]);
      return finish(rec, np.confidence);
    }
    return { mention, vague: true, confidence: np.confidence };
  }
  if (np.vague && np.qualifierHead) {
    // "A spokesperson for the bank" after "Northgate Bank": the bank's staff speak for it.
    const ids = state.byHead.get(np.qualifierHead);
    const id = ids?.length ? ids[ids.length - 1] : np.kind === 'document' || np.qualifierLast ? lastOrganization(lex, state, np.qualifierHead) : nearbyHolder(lex, state, np.qualifierHead, span.start, names);
    const rec = id === undefined ? undefined : state.record(id);
    if (rec && rec.kind !== 'person') {
      const r = finish(rec, np.confidence);
      r.mention.kind = 'organization';
      r.mention.antecedent = { start: rec.first.start, end: rec.first.end, text: rec.name };
      return r;
    }
  }
  // "The researchers said …", "Its authors urged …" right after "A 2021
  // study in the journal Diabetes Care found …" or "Researchers at the
  // University of Eastport followed …": the definite plural points back to
  // the named study's authors or to those researchers (eval/HARD-CASES.md:
  // "the researchers tallied" after they are named → A).
  const authors = np.vague && np.kind === 'vague' ? authorsAntecedent(state, toks, np, span.start) : undefined;
  if (authors !== undefined) {
    const rec = state.record(authors);
    mention.antecedent = { start: rec.first.start, end: rec.first.end, text: rec.name };
    return finish(rec, 0.75);
  }
  // "Aides said …", "A campaign aide later clarified …" after a named
  // person: aides are always someone's, and with no owner written they are
  // the person the story is about, as "His campaign said" is (labels.md: a
  // named person speaking through unnamed staff is A; eval/polnear-train
  // labels both shapes A). With nobody named before they stay vague.
  if (np.vague && np.kind === 'vague' && bareAides(lex, toks, np)) {
    const rec = state.recentPerson(0);
    if (rec) {
      mention.antecedent = { start: rec.first.start, end: rec.first.end, text: rec.name };
      return finish(rec, 0.7);
    }
  }
  if (np.vague) {
    const plural = np.kind === 'vague';
    if (plural) state.lastGroup = { vague: span };
    return { mention, vague: true, confidence: np.confidence };
  }
  // A named or otherwise identified source.
  let rec: NameRecord;
  if (np.name && (np.kind === 'person' || np.kind === 'publication' || (np.kind === 'organization' && np.name.to - np.name.from >= 1 && np.to - np.from === np.name.to - np.name.from + (toks[np.from]?.lower === 'the' ? 1 : 0)))) {
    const typed = typeName(lex, toks, np.name.from, np.name.to, np.from);
    if (np.kind === 'publication') typed.kind = 'publication';
    // "Northwind Traders": a name closed by a group noun was read as an organisation's (np.ts, `closesCapitalisedName`).
    else if (np.kind === 'organization' && typed.kind === 'person' && lex.vagueHeads.has(toks[np.name.to - 1]!.lower)) typed.kind = 'organization';
    const id = noteName(state, lex, toks, { from: np.name.from, to: np.name.to }, typed, prose, { source: true });
    rec = state.record(id);
    names.push({ start: toks[np.name.from]!.start, end: toks[np.name.to - 1]!.end, record: id });
  } else {
    const heads: string[] = [];
    const headTok = lastWord(toks, np);
    if (headTok) heads.push(headTok);
    // "A spokesman for Prime Minister David Cameron": the staff role is a head a later "the spokesman" can use.
    const staff = staffHeadOf(lex, toks, np);
    if (staff && !heads.includes(staff)) heads.push(staff);
    rec = recordFor(state, lex, span, np.kind, heads);
    names.push({ start: span.start, end: span.end, record: rec.id });
  }
  // "Mr. Grassley and Mr. Leahy say …": a group of named people is what a later "they" points at.
  if (rec.kind === 'organization' || rec.kind === 'publication' || hasAnd(toks, np.from, np.to)) state.lastGroup = { record: rec.id };
  if (rec.kind !== 'person') state.lastThing = rec.id;
  return finish(rec, np.confidence);
}

/** Plural heads that, after "the", "its" or "their", can mean a study's authors or researchers named before. */
const AUTHOR_HEADS = new Set(['researchers', 'authors', 'co-authors', 'coauthors', 'scientists']);

/**
 * The record a definite plural of researchers or authors ("the researchers",
 * "its authors", "their authors") stands for: the one group recorded with
 * that head ("Researchers at the University of Eastport"), else the last
 * identified document cited as a source within `DOCUMENT_SHORT_FORM_REACH`
 * (the study's authors). An unnamed study ("A study found") records no
 * document, so the short form stays vague.
 */
function authorsAntecedent(state: DiscourseState, toks: readonly Token[], np: NounPhrase, at: number): number | undefined {
  if (np.to - np.from !== 2) return undefined;
  const det = toks[np.from]!.lower;
  const head = toks[np.from + 1]!.lower;
  if ((det !== 'the' && det !== 'its' && det !== 'their') || !AUTHOR_HEADS.has(head)) return undefined;
  const ids = state.byHead.get(head);
  if (ids?.length === 1) return ids[0];
  const last = state.lastThing === undefined ? undefined : state.record(state.lastThing);
  if (!last || last.kind !== 'document' || last.entity === undefined) return undefined;
  const recent = last.mentions[last.mentions.length - 1];
  return recent && at - recent.start <= DOCUMENT_SHORT_FORM_REACH ? last.id : undefined;
}

/** Heads of a person's own staff, whose owner is the person the story is about when none is written. */
const AIDE_HEADS: ReadonlySet<string> = new Set(['aide', 'aides']);
/** Words that may stand before a bare aide without naming whose ("a campaign aide", "two senior aides"). */
const AIDE_MODIFIERS: ReadonlySet<string> = new Set(['campaign', 'senior', 'top', 'close', 'longtime', 'former', 'other', 'another', 'one', 'two', 'three', 'several']);

/** True for "aides", "a campaign aide", "two senior aides": a staff head with no owner, name or qualifier. */
function bareAides(lex: Lexicon, toks: readonly Token[], np: NounPhrase): boolean {
  if (!AIDE_HEADS.has(toks[np.to - 1]!.lower)) return false;
  for (let k = np.from; k < np.to - 1; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || (!AIDE_MODIFIERS.has(t.lower) && !lex.indefinites.has(t.lower))) return false;
  }
  return true;
}

/**
 * The organisation a generic short form modifying a document stands for
 * ("company projections" after "Acme Corp."): the last organisation met, as
 * for "the company said"; never a bare name guessed to be one.
 */
function lastOrganization(lex: Lexicon, state: DiscourseState, head: string): number | undefined {
  if (!lex.genericOrgShortForms.has(head)) return undefined;
  const last = state.lastThing === undefined ? undefined : state.record(state.lastThing);
  return last?.kind === 'organization' ? last.id : undefined;
}

/**
 * The record a short form with no record of its own head stands for: any
 * organisation just named for a generic head ("the company" after "Acme
 * Corp."); for a document head ("the report", "the poll") the last document
 * named, or the organisation or publication cited as a source within
 * `DOCUMENT_SHORT_FORM_REACH` before it, whose document it is.
 */
function nearbyHolder(lex: Lexicon, state: DiscourseState, head: string, at: number, names: readonly NameMention[]): number | undefined {
  if (lex.genericOrgShortForms.has(head)) {
    // "Starbucks has 30,000 stores, the company said": a bare name earlier in
    // the paragraph, typed as a person for want of an organisation word, is
    // the organisation the short form stands for.
    for (let k = names.length - 1; k >= 0 && k >= names.length - 4; k--) {
      const rec = state.record(names[k]!.record);
      if (names[k]!.end > at) continue;
      if (rec.kind === 'organization') return rec.id;
      // "Sales fell 4 percent, the company said": a figure is no company.
      if (rec.kind === 'person' && !rec.gender && !rec.titles.length && !rec.name.includes(' ') && !lex.measureNouns.has(rec.name.toLowerCase())) {
        rec.kind = 'organization';
        return rec.id;
      }
    }
    // Else the last organisation met, as for a document's short form.
    return lastOrganization(lex, state, head);
  }
  const last = state.lastThing === undefined ? undefined : state.record(state.lastThing);
  if (!last) return undefined;
  if (!lex.documentHeads.has(head)) return undefined;
  if (last.kind === 'document') return last.id;
  const recent = last.mentions[last.mentions.length - 1];
  const near = !!recent && at - recent.start <= DOCUMENT_SHORT_FORM_REACH;
  // Only a body already cited as a source: "the analysis" after a party merely named stays vague.
  return near && last.entity !== undefined && (last.kind === 'organization' || last.kind === 'publication') ? last.id : undefined;
}

function hasAnd(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.lower === 'and' && !toks[k]!.cap) return true;
  return false;
}

function lastWord(toks: readonly Token[], np: NounPhrase): string | undefined {
  for (let i = np.to - 1; i >= np.from; i--) {
    const t = toks[i]!;
    if (t.kind === 'word' && !t.cap && t.text !== "'s") {
      // The head of "a report by the IMF" is "report": stop at the qualifier.
      let h = t.lower;
      for (let k = np.from; k < np.to; k++) {
        const w = toks[k]!.lower;
        if (w === 'by' || w === 'of' || w === 'from' || w === 'at' || w === 'for' || w === ',') {
          const prev = toks[k - 1];
          if (prev && prev.kind === 'word') h = prev.lower;
          break;
        }
      }
      return h;
    }
  }
  return undefined;
}

/** The first lower-case staff head of a phrase ("spokesman" in "A spokesman for …"), if any. */
function staffHeadOf(lex: Lexicon, toks: readonly Token[], np: NounPhrase): string | undefined {
  for (let k = np.from; k < np.to; k++) {
    const w = toks[k]!;
    if (w.kind === 'word' && !w.cap && lex.staffHeads.has(w.lower)) return w.lower;
  }
  return undefined;
}

/**
 * The record a definite staff short form ("the spokesman") stands for: the
 * one identified source with that head ("A spokesman for Prime Minister
 * David Cameron", "White House spokesman Josh Earnest"; labels.md: a short
 * form that points back to a named source is A). With two such sources the
 * short form is ambiguous and stays vague; with none ("a spokesman said …
 * the spokesman added") nothing was recorded and it stays vague too. Not
 * seen: an unidentified "a spokesman" between an identified one and the
 * short form, which this reads as the identified one (the discourse state
 * keeps no unidentified mentions).
 */
function staffAntecedent(lex: Lexicon, head: string, ids: readonly number[]): number | undefined {
  return lex.staffHeads.has(head) && ids.length === 1 ? ids[0] : undefined;
}

/** Finds or creates the record of an identified source that is not a plain name. */
function recordFor(state: DiscourseState, _lex: Lexicon, span: Span & { text: string }, kind: SourceKind, heads: string[]): NameRecord {
  const key = nameKey(span.text.replace(/^(a|an|one)\s+/i, ''));
  let id = state.byKey.get(key);
  if (id === undefined) {
    id = state.records.length;
    state.records.push({ id, name: span.text, kind, first: { start: span.start, end: span.end, text: span.text }, mentions: [{ start: span.start, end: span.end }], titles: [], heads: [] });
    state.byKey.set(key, id);
  }
  const rec = state.record(id);
  addSpan(rec.mentions, span);
  for (const h of heads) {
    if (!rec.heads.includes(h)) rec.heads.push(h);
    const list = state.byHead.get(h);
    if (!list) state.byHead.set(h, [id]);
    else if (!list.includes(id)) list.push(id);
  }
  if (kind === 'person') {
    state.moveToRecent(id, false);
  }
  return rec;
}

/** Links, footnote references and source notes in the sentence are attributions too. */
function addMarkup(input: BlockInput, s: Sentence, nextStart: number, out: FoundAttribution[]): void {
  for (const l of input.links) {
    if (l.text.start < s.start || l.text.start >= s.end) continue;
    // A bare URL made a link ("visit www.acme.com") has no prose text: it names its target.
    const text = input.prose.slice(l.text.start, l.text.end).trim() || l.href;
    out.push({ sentence: s.index, cue: { start: l.start, end: l.end, text, kind: 'link' }, source: { start: l.text.start, end: l.text.end, text, kind: 'link' }, vague: false, confidence: 0.9 });
  }
  for (const f of input.footnoteRefs) {
    if (f.start < s.start || f.start >= nextStart) continue;
    const def = input.footnoteDefs.find((d) => d.label === f.label);
    out.push({ sentence: s.index, cue: { start: f.start, end: f.end, text: `[^${f.label}]`, kind: 'footnote' }, source: { start: f.start, end: f.end, text: def?.text ?? f.label, kind: 'footnote' }, vague: false, confidence: def ? 0.9 : 0.6 });
  }
  for (const n of input.sourceNotes) {
    if (n.sentence !== s.index) continue;
    out.push({ sentence: s.index, cue: { start: n.span.start, end: n.span.end, text: n.text, kind: 'note' }, source: { start: n.span.start, end: n.span.end, text: n.text, kind: 'note' }, vague: false, confidence: 0.95 });
  }
}

const SPEAKING_KINDS = new Set(['speech-verb', 'according-to']);

/**
 * Only closing quotation marks (and spaces): the end of a quotation with none
 * of its words. Curly marks only: a straight '"' opening a sentence may be the
 * next quotation's opening mark that the scanner paired as a closing one.
 */
const CLOSING_MARKS_ONLY = /^[\s”’»]*$/;

/** Pairs every quotation of the block with the attribution that names its speaker. */
function pairQuotes(lex: Lexicon, input: BlockInput, spans: readonly QuoteSpan[], state: DiscourseState, atts: FoundAttribution[], names: NameMention[], sentToks: Token[][]): FoundQuote[] {
  const { prose, sentences } = input;
  const out: FoundQuote[] = [];
  // Everything below serves the quotations: a block with none (most of them)
  // pairs nothing and changes nothing.
  if (spans.length === 0) return out;
  // A bare placeholder right before a speech verb with no source of its own ("[SOURCE] said").
  const speaksFor = (k: number): boolean => {
    const a = atts[k]!;
    const verb = atts[k + 1];
    return a.cue.lemma === 'placeholder' && !!verb && verb.sentence === a.sentence && verb.cue.kind === 'speech-verb' && !verb.source && prose.slice(a.cue.end, verb.cue.start).trim() === '';
  };
  // The attribution that speaks when `k` does: the speech verb of "[SOURCE]
  // said" stands for its placeholder.
  const speakerAt = (k: number): number => (!atts[k]!.source && k > 0 && speaksFor(k - 1) ? k - 1 : k);
  // Whether attribution `at` can speak for a quotation. A placeholder
  // standing as the subject ("[SOURCE] said", what the fix of a vague
  // speaker leaves) is the speaker's slot: the quotation is paired with it,
  // and classification reads it as a source to fill, so replacing a vague
  // speaker does not hand the quotation to another. Other placeholders
  // ("according to [SOURCE]", "by [SOURCE]") speak for no quotation.
  // "According to reports" speaks for none, as "according to [SOURCE]", its
  // fix, does not: a quotation paired with it lost its speaker to the next
  // one near once the fix was made, and what that speaker covers changed
  // with it.
  const canSpeak = (at: number): boolean => {
    const a = atts[at]!;
    if (!SPEAKING_KINDS.has(a.cue.kind) || a.learned || !a.source) return false;
    if (a.source.kind === 'placeholder') return speaksFor(at);
    return !(a.cue.kind === 'according-to' && a.vague);
  };
  // Each sentence's attributions that can speak for a quotation, in cue
  // order: only a few of them each way are looked at, and attributions that
  // speak for none (a hedge, a passive, "[who?]", "according to [SOURCE]")
  // take no place among them, so a fix that adds one ("Reportedly [who?]"),
  // or splits "The ministry said" into "[SOURCE]" and "said", does not push
  // the speaker out of reach. "[SOURCE] said" is one candidate, its verb.
  const bySent = new Map<number, number[]>();
  atts.forEach((a0, k) => {
    if (speaksFor(k) || !canSpeak(speakerAt(k))) return;
    const l = bySent.get(a0.sentence);
    if (l) l.push(k);
    else bySent.set(a0.sentence, [k]);
  });
  const countInside = (list: number[], from: number, q: Span): number => {
    let n = 0;
    for (let k = from; k < list.length && n < 64 && atts[list[k]!]!.cue.start < q.end; k++) n++;
    return n;
  };
  const sortedNames = [...names].sort((a, b) => a.start - b.start);
  // "Prices rose …", "Shares fell …": a capitalised plural opening a sentence,
  // seen nowhere before, is a common noun read as a name; it speaks for no
  // quotation. (A surname ending in -s, "Sanders", is most often named in
  // full first, and then it is no first mention.)
  const pluralOpener = (n: NameMention): boolean => {
    const word = prose.slice(n.start, n.end);
    if (!/^\p{Lu}\p{Ll}+[^su]s$/u.test(word) || state.record(n.record).first.start !== n.start) return false;
    let k = n.start;
    while (k > input.block.start && /["“‘'(\[*_\s]/.test(prose[k - 1]!)) k--;
    if (k > input.block.start && !/[.!?…"”’)]/.test(prose[k - 1]!)) return false;
    return /^\s+\p{Ll}/u.test(prose.slice(n.end, n.end + 3));
  };
  // Identified speakers of the paragraph, by cue position: "“…,” he said. “…”"
  // gives the second quotation the speaker of the first.
  const speakers = atts
    .map((_, k) => k)
    .filter((k) => {
      const a = atts[k]!;
      return SPEAKING_KINDS.has(a.cue.kind) && !a.learned && !!a.source && !a.vague && a.source.kind !== 'placeholder' && a.source.kind !== 'unresolved';
    })
    .sort((x, y) => atts[x]!.cue.start - atts[y]!.cue.start);
  // The sentence ends inside each sentence that the splitter did not split
  // at ("had died.It is believed", "close.Unemployment"): the offsets of
  // their marks, by sentence, in order, found on first need.
  const innerEnds: (number[] | undefined)[] = [];
  const endsBetween = (local: number, from: number, to: number): number => {
    let ends = innerEnds[local];
    if (!ends) {
      ends = [];
      const st = sentToks[local]!;
      for (let m = 0; m < st.length - 1; m++) {
        const x = st[m]!;
        const next = st[m + 1]!;
        if (x.kind === 'punct' && (x.text === '!' || x.text === '?' || (x.text === '.' && isBoundaryDot(lex, st, m))) && !(next.kind === 'word' && !next.cap)) ends.push(x.start);
      }
      innerEnds[local] = ends;
    }
    const e = ends;
    return lowerBound(e.length, (mid) => e[mid]! < to) - lowerBound(e.length, (mid) => e[mid]! < from);
  };
  let si = 0;
  for (const q of spans) {
    while (si < sentences.length - 1 && sentences[si]!.end <= q.start) si++;
    // The last sentence the quotation's words reach: a closing mark alone at
    // the start of the next sentence ("…had died.\r\n’ According to …", a
    // line break before the mark) does not put the quotation in that
    // sentence, and that sentence's cues speak for it no more than they would
    // with the mark on the line before. A comma right after the mark
    // ("…had died. ”, she said.", the tag the speaker fix adds) continues the
    // quotation's sentence, so that sentence's tag does speak for it.
    let sj = si;
    const tagged = /^[^\S\n]*,/.test(prose.slice(q.end, q.end + 8));
    while (sj < sentences.length - 1 && sentences[sj + 1]!.start < q.end && (tagged || !CLOSING_MARKS_ONLY.test(prose.slice(sentences[sj + 1]!.start, q.end)))) sj++;
    const first = sentences[si];
    const last = sentences[sj];
    if (!first || !last) continue;
    // Words inside the marks: a binary search to the first token, then only
    // the quotation's own tokens (quotations do not overlap, so this is linear).
    let words = 0;
    for (let k = si; k <= sj; k++) {
      const st = sentToks[k]!;
      const lo = lowerBound(st.length, (mid) => st[mid]!.start < q.start);
      for (let m = lo; m < st.length && st[m]!.end <= q.end; m++) if (st[m]!.kind === 'word') words++;
    }
    const quote: FoundQuote = { start: q.start, end: q.end, firstSentence: first.index, lastSentence: last.index, single: q.single, words, closed: q.closed };
    // The nearest speaking cue outside the marks in the sentences the quotation
    // touches. Only a few neighbours of the quotation's position in each
    // sentence are looked at, so many quotations in one sentence stay linear.
    // Near is first by the sentence ends between cue and quotation (glued
    // sentences the splitter left whole), then by characters: the words a
    // fix adds between ("It is believed by [SOURCE] that …") add no sentence
    // end, so they no longer hand the quotation to a cue on its other side,
    // whose sentence then read differently (fuzz seed 9931, case 41553).
    let best = -1;
    let bestEnds = Infinity;
    let bestDist = Infinity;
    for (let sIdx = first.index; sIdx <= last.index; sIdx++) {
      const list = bySent.get(sIdx);
      if (!list) continue;
      const lo = lowerBound(list.length, (mid) => atts[list[mid]!]!.cue.start < q.start);
      for (let k = Math.max(0, lo - 3); k < Math.min(list.length, lo + 3 + countInside(list, lo, q)); k++) {
        const at = speakerAt(list[k]!);
        // `bySent` holds only attributions that can speak (`canSpeak`).
        const a = atts[at]!;
        // A subject placeholder is measured by its speech verb, as the vague
        // subject it replaced was ("The ministry said" is measured by "said").
        const cue = a.source?.kind === 'placeholder' ? atts[at + 1]!.cue : a.cue;
        if (cue.start >= q.start && cue.end <= q.end) continue;
        // A signature dash signs the quotation before it, never one after it.
        if (a.cue.lemma === '―' && cue.end <= q.start) continue;
        const after = cue.start >= q.end;
        const dist = after ? cue.start - q.end : q.start - cue.end;
        const local = sIdx - first.index + si;
        const ends = after ? endsBetween(local, q.end, cue.start) : endsBetween(local, cue.end, q.start);
        if (ends < bestEnds || (ends === bestEnds && dist < bestDist)) {
          best = at;
          bestEnds = ends;
          bestDist = dist;
        }
      }
    }
    // "“…” ― Nora Pell" with the signature split off as the next sentence.
    if (best < 0) {
      const next = bySent.get(last.index + 1);
      const k = next?.find((x) => atts[x]!.cue.lemma === '―');
      if (k !== undefined && atts[k]!.source && prose.slice(q.end, atts[k]!.cue.start).trim() === '') best = k;
    }
    // "Smith said:" in the sentence before.
    if (best < 0 && si > 0) {
      const prev = sentences[si - 1]!;
      const endsColon = prose.slice(prev.start, prev.end).trimEnd().endsWith(':');
      if (endsColon) {
        for (let k = atts.length - 1; k >= 0; k--) {
          const a = atts[k]!;
          if (a.sentence === prev.index && SPEAKING_KINDS.has(a.cue.kind) && !a.learned && a.source) {
            best = k;
            break;
          }
        }
      }
    }
    if (best < 0 && speakers.length) {
      // The nearest identified speaker of the paragraph, the one before the quotation first.
      const lo = lowerBound(speakers.length, (mid) => atts[speakers[mid]!]!.cue.start < q.start);
      const k = lo > 0 ? speakers[lo - 1]! : speakers[lo];
      const src = k === undefined ? undefined : atts[k]!.source;
      if (src) {
        atts.push({ sentence: first.index, cue: { start: q.start, end: q.start + 1, text: prose[q.start]!, kind: 'quote' }, source: { ...src }, vague: false, confidence: 0.5 });
        best = atts.length - 1;
      }
    }
    if (best < 0) {
      // A name elsewhere in the paragraph is the speaker (labels.md: a quotation is
      // unattributed only when nobody in its paragraph can have said it).
      const lo = lowerBound(sortedNames.length, (mid) => sortedNames[mid]!.end <= q.start);
      // A few names each way are looked at, so many quotations stay linear.
      let b = lo - 1;
      while (b >= Math.max(0, lo - 8) && pluralOpener(sortedNames[b]!)) b--;
      let pick: NameMention | undefined = b >= Math.max(0, lo - 8) ? sortedNames[b] : undefined;
      if (!pick) {
        let k = lo;
        while (k < sortedNames.length && sortedNames[k]!.start < q.end) k++;
        const stop = k + 8;
        while (k < Math.min(sortedNames.length, stop) && pluralOpener(sortedNames[k]!)) k++;
        pick = k < stop ? sortedNames[k] : undefined;
      }
      if (pick) {
        const rec = state.record(pick.record);
        const mention: SourceMention = { start: pick.start, end: pick.end, text: prose.slice(pick.start, pick.end), kind: rec.kind, entity: entityOf(state, rec.id, pick) };
        atts.push({ sentence: first.index, cue: { start: q.start, end: q.start + 1, text: prose[q.start]!, kind: 'quote' }, source: mention, vague: false, confidence: 0.5 });
        best = atts.length - 1;
      }
    }
    if (best >= 0) {
      quote.attribution = best;
      quote.speaker = atts[best]!.source!;
    }
    out.push(quote);
  }
  return out;
}
