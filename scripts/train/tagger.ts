/**
 * The pieces of the span-tagger experiment (./span-tagger.ts): a sequence
 * tagger over every token of a sentence, an averaged perceptron with BIO tags
 * for PolNeAR cues and sources, decoded greedily left to right with the
 * previous tag as a feature (through a transition table), and the ways its
 * spans combine with the engine's.
 *
 * Features are strings hashed into a table of `2^bits` rows of one weight per
 * tag, so the model is a flat Float32Array. Besides the words around a token
 * (the word, its crude stem and suffixes, shape, two neighbours either side,
 * their closed word classes, word pairs), a token knows whether it stands in
 * a closed double quotation or just after a quotation mark, whether "that", a
 * colon or a quotation mark follows within three tokens, the sense of the
 * rules' verb of that form, and (unless `engine` is false) what the engine
 * made of it: inside one of its cues (and of which kind, learned or not) or
 * sources, and how far the nearest engine cue is on either side.
 *
 * Nothing here reads the corpus: the caller passes texts and gold ranges in.
 */
import { findAttributions } from '../../server/src/engine/attribution';
import { crudeLemma, wordClass } from '../../server/src/engine/attribution/learned';
import type { ResolvedConfig } from '../../server/src/engine/config';
import { parseDirectives } from '../../server/src/engine/directives';
import type { Lexicon } from '../../server/src/engine/lexicon';
import type { Token } from '../../server/src/engine/lexicon/tokens';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import type { Range } from '../eval/spans';
import { epochOrders, quotedTokens } from './common';

/** The tags: outside, first and later token of a cue, first and later token of a source. */
export const TAGS = ['O', 'B-cue', 'I-cue', 'B-source', 'I-source'] as const;
/** The number of tags. */
export const NT = TAGS.length;
/** The tag codes: indexes into `TAGS`. */
export const O = 0;
export const B_CUE = 1;
export const I_CUE = 2;
export const B_SOURCE = 3;
export const I_SOURCE = 4;

/** One attribution of the engine, as the span scorer sees it (scripts/eval/spans.ts). */
export interface EngineAttribution {
  /** The cue's range; none for markup cues (links, footnotes, notes), which PolNeAR never marks. */
  cue?: Range;
  /** The source's range; none when the source names no speaker (hedges, agentless passives, …). */
  source?: Range;
  /** True for a cue only the learned cue model found. */
  learned: boolean;
}

/** One tokenized sentence: its features hashed, its gold tags and the article it belongs to. */
export interface TaggedSentence {
  toks: Token[];
  /** For each token, its feature rows (hashes masked to the table's size). */
  feats: Int32Array[];
  /** For each token, its gold tag (all O when no gold was given). */
  gold: Uint8Array;
}

/** An article read for the tagger: its sentences and the engine's attributions. */
export interface TaggerArticle {
  sentences: TaggedSentence[];
  engine: EngineAttribution[];
  /** Milliseconds spent in the engine (prose, sentences, attribution stage) and in the tagger's features. */
  ms: { engine: number; features: number };
}

/**
 * BIO codes of tokens against ranges: 0 outside every range, 1 for the first
 * token overlapping a range, 2 for a later token overlapping the same range.
 */
export function bio(toks: readonly Token[], ranges: readonly Range[]): Uint8Array {
  const out = new Uint8Array(toks.length);
  const rs = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  let prevRange = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    let hit = -1;
    for (let h = 0; h < rs.length; h++) {
      if (rs[h]!.start >= t.end) break;
      if (rs[h]!.end > t.start) {
        hit = h;
        break;
      }
    }
    if (hit < 0) {
      prevRange = -1;
      continue;
    }
    out[k] = hit === prevRange ? 2 : 1;
    prevRange = hit;
  }
  return out;
}

/** FNV-1a, 32 bits, of a string's UTF-16 code units. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function shape(t: Token | undefined): string {
  if (!t) return '∅';
  if (t.kind === 'quote') return 'Q';
  if (t.kind === 'punct') return t.text;
  if (t.cap) return t.text.length > 1 && t.text === t.text.toUpperCase() ? 'A' : 'C';
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57 ? '9' : 'w';
}

const word = (t: Token | undefined) => (t ? (t.kind === 'word' ? t.lower : shape(t)) : '∅');

/** What the tagger knows of a sentence besides its tokens. */
export interface SentenceContext {
  /** For each token, true when it stands inside a closed double quotation. */
  inQuote: readonly boolean[];
  /** The engine's cues and sources as BIO codes (see `bio`), and each token's engine cue kind ("" outside a cue; a learned cue's kind ends in "L"). */
  engineCue: Uint8Array;
  engineSource: Uint8Array;
  engineKind: readonly string[];
}

/** The feature strings of token `i`; the engine's templates only when `engine` is true. */
export function tokenFeatures(lex: Lexicon, toks: readonly Token[], ctx: SentenceContext, i: number, engine: boolean): string[] {
  const t = toks[i]!;
  const w = word(t);
  const p1 = word(toks[i - 1]);
  const n1 = word(toks[i + 1]);
  const lem = crudeLemma(w);
  const vf = lex.verbForms.get(t.lower);
  let right = '';
  for (let k = i + 1; k < toks.length && k <= i + 3; k++) {
    if (toks[k]!.lower === 'that') right += 'T';
    if (toks[k]!.text === ':') right += ':';
    if (toks[k]!.kind === 'quote') right += 'Q';
  }
  let quoteLeft = '';
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (toks[k]!.kind === 'quote') quoteLeft = 'Q';
  const p1c = wordClass(toks[i - 1]);
  const n1c = wordClass(toks[i + 1]);
  const sense = vf ? vf.verb.sense : '';
  const f = [
    'b',
    'w=' + w,
    'l=' + lem,
    's2=' + w.slice(-2),
    's3=' + w.slice(-3),
    'sh=' + shape(t),
    'p1=' + p1,
    'p2=' + word(toks[i - 2]),
    'n1=' + n1,
    'n2=' + word(toks[i + 2]),
    'p1c=' + p1c,
    'n1c=' + n1c,
    'p2c=' + wordClass(toks[i - 2]) + '|' + p1c,
    'n2c=' + n1c + '|' + wordClass(toks[i + 2]),
    'p1w=' + p1 + '|' + w,
    'wn1=' + w + '|' + n1,
    'p1cl=' + p1c + '|' + lem,
    'ln1c=' + lem + '|' + n1c,
    'q=' + (ctx.inQuote[i] ? 'in' : '') + quoteLeft + '|' + right,
    'vf=' + sense,
    'vfn=' + sense + '|' + n1c,
    'first=' + (i === 0 ? 1 : 0),
  ];
  if (engine) {
    const ec = ctx.engineCue;
    const es = ctx.engineSource;
    f.push('ec=' + ec[i] + '|' + ctx.engineKind[i], 'ecp=' + (ec[i - 1] ?? 'x') + '|' + (ec[i + 1] ?? 'x'), 'es=' + es[i] + '|' + (es[i - 1] ?? 'x') + '|' + (es[i + 1] ?? 'x'), 'ecw=' + ec[i] + '|' + w);
    // How far the nearest engine cue is on each side, up to 4 (a source sits near its cue).
    let left = 0;
    for (let k = i - 1; k >= 0 && k >= i - 8; k--)
      if (ec[k]) {
        left = i - k;
        break;
      }
    let rightCue = 0;
    for (let k = i + 1; k < toks.length && k <= i + 8; k++)
      if (ec[k]) {
        rightCue = k - i;
        break;
      }
    f.push('dcue=' + Math.min(left, 4) + '|' + Math.min(rightCue, 4), 'dcueC=' + Math.min(rightCue, 4) + '|' + shape(t));
  }
  return f;
}

/** Source kinds and cue kinds the span scorer leaves out (scripts/eval/spans.ts). */
const NOT_A_SOURCE_MENTION = new Set(['hedge', 'passive', 'reaction', 'link', 'footnote', 'note', 'placeholder']);
const NOT_A_LEXICAL_CUE = new Set(['link', 'footnote', 'note']);

/** Options of `readArticle`. */
export interface ReadOptions {
  lex: Lexicon;
  config: ResolvedConfig;
  /** The table has 2^bits rows. */
  bits: number;
  /** Whether tokens see the engine's spans (see `tokenFeatures`). */
  engine: boolean;
}

/**
 * Reads one article for the tagger: runs the engine's attribution stage on it
 * (as scripts/eval/dev-attribution.ts does), tokenizes its sentences and tags
 * them with the gold cues and sources given (a token inside both is a cue).
 */
export function readArticle(text: string, gold: { cues: readonly Range[]; sources: readonly Range[] }, o: ReadOptions): TaggerArticle {
  const t0 = performance.now();
  const doc = extractProse(text);
  const sentences = splitSentences(doc);
  const r = findAttributions(doc, sentences, parseDirectives(doc, sentences), o.config);
  const engineMs = performance.now() - t0;
  const engine: EngineAttribution[] = [];
  const cueKinds: Array<Range & { kind: string }> = [];
  for (const at of r.attributions) {
    // A quotation's carried-over speaker has only the quotation mark as its cue: not scored.
    if (at.cue.kind === 'quote') continue;
    const e: EngineAttribution = { learned: !!at.learned };
    if (!NOT_A_LEXICAL_CUE.has(at.cue.kind)) {
      e.cue = { start: at.cue.start, end: at.cue.end };
      cueKinds.push({ ...e.cue, kind: at.cue.kind + (at.learned ? 'L' : '') });
    }
    if (at.source && !NOT_A_SOURCE_MENTION.has(at.source.kind)) e.source = { start: at.source.start, end: at.source.end };
    engine.push(e);
  }
  const sources = engine.flatMap((e) => (e.source ? [e.source] : []));
  const mask = 2 ** o.bits - 1;
  const out: TaggedSentence[] = [];
  const f0 = performance.now();
  for (const { toks, inQuote } of quotedTokens(doc, sentences)) {
    if (!toks.length) continue;
    const ctx: SentenceContext = {
      inQuote,
      engineCue: bio(toks, cueKinds),
      engineSource: bio(toks, sources),
      engineKind: toks.map((t) => cueKinds.find((c) => c.start < t.end && c.end > t.start)?.kind ?? ''),
    };
    const gc = bio(toks, gold.cues);
    const gs = bio(toks, gold.sources);
    const tags = new Uint8Array(toks.length);
    for (let k = 0; k < toks.length; k++) tags[k] = gc[k] ? gc[k]! : gs[k] ? gs[k]! + 2 : O;
    const feats = toks.map((_, k) => Int32Array.from(tokenFeatures(o.lex, toks, ctx, k, o.engine), (x) => hashFeature(x) & mask));
    out.push({ toks, feats, gold: tags });
  }
  const featureMs = performance.now() - f0;
  return { sentences: out, engine, ms: { engine: engineMs, features: featureMs } };
}

/** A trained tagger: one weight per tag for each of the table's rows, and the transition weights (previous tag or start × tag). */
export interface TaggerModel {
  weights: Float32Array;
  transitions: Float32Array;
}

/** True when `tag` may follow `prev` (`NT` for the sentence's start): a later token of a span only after a token of the same kind. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === I_CUE) return prev === B_CUE || prev === I_CUE;
  if (tag === I_SOURCE) return prev === B_SOURCE || prev === I_SOURCE;
  return true;
}

/**
 * Tags a sentence greedily, left to right: each token takes the allowed tag
 * of highest score (its features' weights, the transition from the previous
 * tag, and `cueBias` added to both cue tags, to trade precision for recall).
 */
export function decode(s: TaggedSentence, m: TaggerModel, cueBias = 0): Uint8Array {
  const out = new Uint8Array(s.toks.length);
  const sc = new Float64Array(NT);
  let prev: number = NT;
  for (let i = 0; i < s.toks.length; i++) {
    sc.fill(0);
    for (const f of s.feats[i]!) for (let t = 0; t < NT; t++) sc[t] += m.weights[f * NT + t]!;
    sc[B_CUE] += cueBias;
    sc[I_CUE] += cueBias;
    let best = O;
    let bestScore = -Infinity;
    for (let t = 0; t < NT; t++) {
      if (!allowed(prev, t)) continue;
      const v = sc[t]! + m.transitions[prev * NT + t]!;
      if (v > bestScore) {
        bestScore = v;
        best = t;
      }
    }
    out[i] = best;
    prev = best;
  }
  return out;
}

/**
 * Trains the tagger: `epochs` passes over the sentences in a fixed
 * pseudo-random order (so a rerun gives the same weights); where the greedy
 * decoding of a sentence departs from its gold tags, the gold tag's weights
 * of that token's features go up by one and the predicted tag's down by one.
 * Returns the averaged weights (each weight's mean over every step).
 */
export function train(sents: readonly TaggedSentence[], bits: number, epochs: number, onEpoch?: (epoch: number, errors: number) => void): TaggerModel {
  const size = 2 ** bits * NT;
  const w = new Float32Array(size);
  const u = new Float32Array(size);
  const tr = new Float32Array((NT + 1) * NT);
  const tru = new Float32Array((NT + 1) * NT);
  const current: TaggerModel = { weights: w, transitions: tr };
  let c = 1;
  const nextOrder = epochOrders(sents.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = nextOrder();
    let errors = 0;
    for (const idx of order) {
      const s = sents[idx]!;
      const pred = decode(s, current);
      let prevP: number = NT;
      let prevG: number = NT;
      for (let i = 0; i < s.toks.length; i++) {
        const p = pred[i]!;
        const g = s.gold[i]!;
        // A token tagged right after a wrong previous tag still updates the transitions.
        if (p !== g || prevP !== prevG) {
          if (p !== g) errors++;
          for (const f of s.feats[i]!) {
            w[f * NT + g] += 1;
            u[f * NT + g] += c;
            w[f * NT + p] -= 1;
            u[f * NT + p] -= c;
          }
          tr[prevG * NT + g] += 1;
          tru[prevG * NT + g] += c;
          tr[prevP * NT + p] -= 1;
          tru[prevP * NT + p] -= c;
        }
        prevP = p;
        prevG = g;
      }
      c++;
    }
    onEpoch?.(epoch + 1, errors);
  }
  // The averaged weight is w − u / c: the mean of the weight's values over the c steps.
  const weights = new Float32Array(size);
  for (let k = 0; k < size; k++) weights[k] = w[k]! - u[k]! / c;
  const transitions = new Float32Array(tr.length);
  for (let k = 0; k < tr.length; k++) transitions[k] = tr[k]! - tru[k]! / c;
  return { weights, transitions };
}

/** A copy of a model with the weights below `min` in absolute value set to 0, and how many are left. */
export function prune(m: TaggerModel, min: number): { model: TaggerModel; kept: number } {
  let kept = 0;
  const weights = m.weights.map((x) => (Math.abs(x) >= min ? x : 0));
  for (const x of weights) if (x) kept++;
  return { model: { weights, transitions: m.transitions }, kept };
}

/** The spans of a tag sequence in document offsets: cue spans (`begin` = B_CUE) or source spans (`begin` = B_SOURCE). */
export function spansOf(toks: readonly Token[], tags: Uint8Array, begin: typeof B_CUE | typeof B_SOURCE): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (tags[i] === begin) out.push({ start: toks[i]!.start, end: toks[i]!.end });
    else if (tags[i] === begin + 1 && out.length) out[out.length - 1]!.end = toks[i]!.end;
  }
  return out;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** How the engine's and the tagger's spans combine (see `combine`). */
export interface Combination {
  /** Keep the engine's learned cues (and their sources), or only the rules' attributions. */
  keepLearned: boolean;
  /** Add the tagger's sources that overlap no kept source, within 200 code units of an added cue. */
  addSources: boolean;
}

/**
 * The spans of one article under a combination: the engine's attributions
 * (less its learned ones unless kept), plus every tagger cue that overlaps no
 * kept cue, plus (with `addSources`) the tagger's sources near those added cues.
 */
export function combine(engine: readonly EngineAttribution[], tagger: { cues: readonly Range[]; sources: readonly Range[] }, c: Combination): { cues: Range[]; sources: Range[] } {
  const kept = engine.filter((a) => !a.learned || c.keepLearned);
  const cues = kept.flatMap((a) => (a.cue ? [a.cue] : []));
  const sources = kept.flatMap((a) => (a.source ? [a.source] : []));
  const added = tagger.cues.filter((t) => !cues.some((x) => overlaps(x, t)));
  const near = (s: Range) => added.some((x) => Math.abs(x.start - s.end) < 200 || Math.abs(s.start - x.end) < 200);
  const moreSources = c.addSources ? tagger.sources.filter((s) => !sources.some((x) => overlaps(x, s)) && near(s)) : [];
  return { cues: [...cues, ...added], sources: [...sources, ...moreSources] };
}
