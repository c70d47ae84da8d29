/**
 * Features for a learned gate over the rules' candidate findings: a small
 * logistic model per rule that would read a candidate `unattributed-claim`
 * or `vague-attribution` finding's claim and decide whether to show it. The
 * rules would still decide what is a candidate and say what the message,
 * range and fixes are; the gate could only drop a candidate.
 *
 * Measured by `scripts/train/gate.ts` and NOT shipped: on the rules of
 * `main` at the time it was measured, 5-fold cross-validation by article
 * and the held-out set showed no gain worth its cost (docs/accuracy.md,
 * "Learned gate"). Kept here, outside the engine, so the experiment can be
 * repeated when the features or the rules change.
 *
 * Features are closed-vocabulary strings read from the claim, its
 * classification details, its deciding and vague attributions, its block and
 * its neighbours in the block (never the text of another block, so the
 * incremental analyzer, which checks one block at a time, would get the same
 * decisions as a full analysis). No corpus words are in the vocabulary: only
 * the engine's own categories, lexicon lemmas, the lexicon's vague head nouns
 * and a short list of function words.
 */
import type { Genre } from '../../server/src/engine/classify/genre';
import type { ClaimDetail } from '../../server/src/engine/classify/types';
import { CUE_VERBS, inflect } from '../../server/src/engine/lexicon';
import { VAGUE_HEADS } from '../../server/src/engine/lexicon/sources';
import type { Attribution, Claim, ProseDocument, Sentence } from '../../server/src/engine/types';

/** The rules the gate decides for, by the label they stand for. */
export type GateTarget = 'U' | 'V';

/** One logistic model: `p = 1 / (1 + e^-(bias + Σ weights[f]))` over the features present. */
export interface GateWeights {
  bias: number;
  weights: Record<string, number>;
}

/** A trained gate: both rules' models and thresholds. */
export interface GateModel {
  /** How the model was produced: command, sets, date, cross-validation figures. */
  about?: unknown;
  /** A candidate is kept when its score is at least this. */
  threshold: Record<GateTarget, number>;
  models: Record<GateTarget, GateWeights>;
}

/** What the gate reads: the parts of a rule context it needs. */
export interface GateInput {
  doc: ProseDocument;
  sentences: readonly Sentence[];
  attributions: readonly (Attribution | undefined)[];
  claims: readonly (Claim | undefined)[];
  details: readonly (ClaimDetail | undefined)[];
  genre?: Genre;
}

/**
 * Function words whose presence as the first word of a sentence the gate may
 * weigh; a closed list (the commonest English sentence openers and
 * pronouns), so that the weights file holds no corpus vocabulary.
 */
const OPENERS = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'i', 'we', 'you',
  'in', 'on', 'at', 'if', 'as', 'there', 'for', 'his', 'her', 'their', 'our', 'my', 'some', 'many', 'most', 'according',
  'after', 'when', 'while', 'since', 'because', 'yet', 'still', 'now', 'then', 'what', 'why', 'how', 'who', 'not', 'no',
]);

const VAGUE_HEAD_SET = new Set(VAGUE_HEADS);

/** Every inflected form of the lexicon's cue verbs, to its sense (speech, cognition, intent, evidence). */
let verbSenses: Map<string, string> | undefined;
function senseOf(word: string): string | undefined {
  if (!verbSenses) {
    verbSenses = new Map();
    for (const v of CUE_VERBS) for (const f of inflect(v.lemma)) if (!verbSenses.has(f)) verbSenses.set(f, v.sense);
  }
  return verbSenses.get(word);
}

/** Function-word signals anywhere in the sentence, each a feature when present. */
const SIGNALS: ReadonlyArray<readonly [string, RegExp]> = [
  ['first-person', /\b(?:I|me|my|mine|we|us|our|ours)\b/],
  ['second-person', /\b(?:you|your)\b/i],
  ['deontic', /\b(?:should|must|ought|need to|needs to)\b/i],
  ['modal', /\b(?:will|would|could|may|might|can)\b/i],
  ['negation', /\b(?:not|never|no)\b|n't\b/i],
  ['digit', /\d/],
  ['percent', /%|\bper ?cent\b/i],
  ['quote-mark', /["“”]/],
  ['starts-quote', /^\s*["“]/],
  ['question', /\?\s*["”’]?\s*$/],
  ['colon', /:/],
  ['dash', /—|–| - /],
  ['parenthesis', /\(/],
];

function bucket(n: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && n > edges[i]!) i++;
  return i;
}

function lemmaOf(a: Attribution): string {
  const l = a.cue.lemma ?? '';
  return /^[a-z][a-z' -]{0,29}$/.test(l) ? l : 'other';
}

/** Adds the features of one attribution under a prefix. */
function attributionFeatures(out: string[], p: string, a: Attribution, s: Sentence): void {
  out.push(`${p}cue:${a.cue.kind}`, `${p}lemma:${lemmaOf(a)}`, `${p}src:${a.source?.kind ?? 'none'}`);
  const src = a.source;
  if (src && (src.start < s.start || src.end > s.end)) out.push(`${p}src-outside`);
  if (src?.antecedent) out.push(`${p}antecedent`);
  if (src) {
    const head = /([a-z-]+)\W*$/i.exec(src.text)?.[1]?.toLowerCase();
    if (head && VAGUE_HEAD_SET.has(head)) out.push(`${p}head:${head}`);
  }
}

/**
 * The features of claim `ci`, a candidate for either gated rule (each rule
 * has its own weights). Deterministic and local to the claim's block.
 */
export function gateFeatures(input: GateInput, ci: number, options: { crossParagraph?: boolean } = {}): string[] {
  const claim = input.claims[ci];
  const detail = input.details[ci];
  const s = claim ? input.sentences[claim.sentence] : undefined;
  if (!claim || !detail || !s) return [];
  const out: string[] = [`status:${claim.status}`, `conf:${Math.round(claim.confidence * 10)}`, `genre:${input.genre ?? 'news'}`];
  for (const k of detail.kinds) out.push(`kind:${k}`);
  out.push(`kinds:${Math.min(detail.kinds.length, 3)}`);
  if (detail.clause) out.push('clause');
  if (detail.otherClauses?.length) out.push('other-clauses');
  if (detail.speakerlessQuote !== undefined) out.push('speakerless-quote');
  if (detail.quotedFrom !== undefined) out.push('quoted-from');
  if (detail.placeholders.length) out.push('placeholder');
  const decider = claim.attribution !== undefined ? input.attributions[claim.attribution] : undefined;
  if (decider) attributionFeatures(out, 'a-', decider, s);
  out.push(`vague:${Math.min(detail.vague.length, 2)}`);
  for (const ai of detail.vague.slice(0, 2)) {
    const a = input.attributions[ai];
    if (a) attributionFeatures(out, 'v-', a, s);
  }
  // The block and the sentence's place in it (a few steps either way at most).
  const block = input.doc.blocks[s.block];
  if (block) {
    out.push(`block:${block.kind}`);
    if (block.inList) out.push('in-list');
    if (block.quoteDepth > 0) out.push('block-quote');
  }
  let before = 0;
  while (before < 8 && input.sentences[s.index - before - 1]?.block === s.block) before++;
  let after = 0;
  while (after < 8 && input.sentences[s.index + after + 1]?.block === s.block) after++;
  out.push(`pos:${before === 0 ? (after === 0 ? 'only' : 'first') : after === 0 ? 'last' : 'middle'}`, `para:${bucket(before + after + 1, [1, 2, 3, 5])}`);
  // Neighbours in the same block: their status and how they are sourced.
  const neighbour = (k: number, p: string) => {
    const c = input.claims[ci + k];
    if (!c) return;
    out.push(`${p}status:${c.status}`);
    const a = c.attribution !== undefined ? input.attributions[c.attribution] : undefined;
    if (a) out.push(`${p}cue:${a.cue.kind}`, `${p}src:${a.source?.kind ?? 'none'}`);
  };
  if (before > 0) neighbour(-1, 'prev-');
  if (after > 0) neighbour(1, 'next-');
  // The previous paragraph's last sentence: what a continuing report leans
  // on. Not paragraph-local, so the engine's incremental analyzer could only
  // use it through the classification carry; measured as an option.
  if (options.crossParagraph) {
    const k = ci - before - 1;
    const c = input.claims[k];
    const ps = c ? input.sentences[c.sentence] : undefined;
    if (c && ps && ps.block !== s.block) {
      out.push(`pp-status:${c.status}`);
      const a = c.attribution !== undefined ? input.attributions[c.attribution] : undefined;
      if (a) out.push(`pp-cue:${a.cue.kind}`, `pp-src:${a.source?.kind ?? 'none'}`);
      if (before === 0) out.push(`pp-status-first:${c.status}`);
      const pb = input.doc.blocks[ps.block];
      if (pb) out.push(`pp-block:${pb.kind}`);
    } else out.push('pp-none');
  }
  // The sentence's words: length, function-word signals, its opener.
  const text = input.doc.prose.slice(s.start, s.end);
  const words = text.toLowerCase().match(/[a-z0-9'’-]+/g) ?? [];
  out.push(`words:${bucket(words.length, [6, 12, 20, 30, 45])}`);
  for (const [name, re] of SIGNALS) if (re.test(text)) out.push(name);
  // Cue verbs the attribution stage did not take as a cue, by sense.
  const senses = new Set<string>();
  for (const w of words) {
    const sense = senseOf(w);
    if (sense) senses.add(sense);
  }
  for (const sense of [...senses].sort()) out.push(`verb:${sense}`);
  const first = words[0];
  out.push(`opener:${first && OPENERS.has(first) ? first : 'other'}`);
  return out;
}

/** Each model's weights as a map, built on first use (a map looks up faster than a large object). */
const maps = new WeakMap<GateWeights, Map<string, number>>();

/** The model's score (0–1) for a list of features. */
export function gateScore(model: GateWeights, features: readonly string[]): number {
  let m = maps.get(model);
  if (!m) {
    m = new Map(Object.entries(model.weights));
    maps.set(model, m);
  }
  let z = model.bias;
  for (const f of features) z += m.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
