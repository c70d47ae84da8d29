/**
 * Sentence-level scoring: one predicted label per labelled sentence, then
 * precision, recall and F1 per class, the share of attributed sentences that
 * get any finding, a confusion matrix and exact matches.
 *
 * A labelled sentence's prediction comes from the findings and claims that
 * overlap its span:
 * - V when a `vague-attribution` finding overlaps it;
 * - otherwise U when an `unattributed-claim` finding overlaps it;
 * - otherwise the status of the claim that overlaps it most, when that status
 *   is A or N;
 * - otherwise `-`: no V or U finding, and no claim that says A or N (the CLI's
 *   JSON without claims, or a V/U claim whose finding was switched off).
 *
 * V and U scores and the A-flagged share depend on findings only, so the engine
 * route and the CLI route give the same figures for them.
 */
import type { Label, LabelledSentence } from './labels';
import type { DocPrediction, PredictedClaim, PredictedFinding } from './predict';

/** A predicted sentence label; `-` means "no V/U finding, A vs N unknown". */
export type Predicted = Label | '-';

/** The rule whose finding makes a sentence predicted V. */
export const VAGUE_RULE = 'vague-attribution';
/** The rule whose finding makes a sentence predicted U. */
export const UNATTRIBUTED_RULE = 'unattributed-claim';

/** One labelled sentence with what was predicted for it. */
export interface ScoredSentence {
  gold: Label;
  /**
   * Whether the engine has a sentence with the same bounds (ignoring
   * surrounding whitespace); undefined when the route does not expose sentences.
   */
  sameBounds?: boolean;
  predicted: Predicted;
  /** True when any finding (of any rule) overlaps the sentence. */
  flagged: boolean;
  /** The findings overlapping the sentence. */
  findings: PredictedFinding[];
  /** The claim overlapping the sentence most, when claims are known. */
  claim?: PredictedClaim;
}

/** Length of the overlap of two half-open ranges (0 when disjoint). */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether a finding touches a sentence. Empty findings (start === end) count
 * when they sit inside the sentence.
 */
function touches(f: { start: number; end: number }, s: { start: number; end: number }): boolean {
  if (f.start === f.end) return f.start >= s.start && f.start < s.end;
  return overlap(f, s) > 0;
}

/** Decides the predicted label of one labelled sentence. */
export function predictSentence(span: { start: number; end: number }, pred: DocPrediction): Omit<ScoredSentence, 'gold'> {
  const findings = pred.findings.filter((f) => touches(f, span));
  let claim: PredictedClaim | undefined;
  let best = 0;
  for (const c of pred.claims ?? []) {
    const o = overlap(c, span);
    if (o > best) {
      best = o;
      claim = c;
    }
  }
  let predicted: Predicted;
  if (findings.some((f) => f.ruleId === VAGUE_RULE)) predicted = 'V';
  else if (findings.some((f) => f.ruleId === UNATTRIBUTED_RULE)) predicted = 'U';
  else if (claim && (claim.status === 'A' || claim.status === 'N')) predicted = claim.status;
  else predicted = '-';
  return claim ? { predicted, flagged: findings.length > 0, findings, claim } : { predicted, flagged: findings.length > 0, findings };
}

/** Scores every labelled sentence of one draft against one prediction. `text` is the draft, for boundary checks. */
export function scoreDoc(sentences: readonly LabelledSentence[], pred: DocPrediction, text?: string): ScoredSentence[] {
  const bounds = pred.sentences && text !== undefined ? new Set(pred.sentences.map((x) => key(trim(text, x)))) : undefined;
  return sentences.map((s) => {
    const span = { start: s.docStart, end: s.docEnd };
    const base = { gold: s.label, ...predictSentence(span, pred) };
    return bounds && text !== undefined ? { ...base, sameBounds: bounds.has(key(trim(text, span))) } : base;
  });
}

function key(r: { start: number; end: number }): string {
  return `${r.start}:${r.end}`;
}

/** Shrinks a span so that it neither starts nor ends with whitespace. */
function trim(text: string, r: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Precision, recall and F1 of one class, with their counts. */
export interface ClassScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts; a ratio with a zero denominator is 0 (and F1 then 0). */
export function prf(tp: number, fp: number, fn: number): ClassScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** All sentence-level figures of a set. */
export interface SentenceScores {
  sentences: number;
  /** Gold counts per label. */
  gold: Record<Label, number>;
  V: ClassScore;
  U: ClassScore;
  /** A sentences that got any finding, and their share of all A sentences. */
  aFlagged: number;
  aFlaggedShare: number;
  /** confusion[gold][predicted]. */
  confusion: Record<Label, Record<Predicted, number>>;
  /** Sentences whose prediction equals the gold label (`-` counts as equal to A and N). */
  exact: number;
  /** True when every sentence had a claim (so A and N were told apart). */
  claimsKnown: boolean;
  /** Labelled sentences whose bounds the engine's sentence splitter reproduces, when known. */
  sameBounds?: number;
}

const PREDICTED: readonly Predicted[] = ['V', 'U', 'A', 'N', '-'];

/** Aggregates scored sentences into the figures of a set. */
export function aggregate(scored: readonly ScoredSentence[]): SentenceScores {
  const gold: Record<Label, number> = { A: 0, V: 0, U: 0, N: 0 };
  const row = () => Object.fromEntries(PREDICTED.map((p) => [p, 0])) as Record<Predicted, number>;
  const confusion: Record<Label, Record<Predicted, number>> = { V: row(), U: row(), A: row(), N: row() };
  let aFlagged = 0;
  let exact = 0;
  let claimsKnown = true;
  const counts = { V: { tp: 0, fp: 0, fn: 0 }, U: { tp: 0, fp: 0, fn: 0 } };
  for (const s of scored) {
    gold[s.gold]++;
    confusion[s.gold][s.predicted]++;
    if (s.gold === 'A' && s.flagged) aFlagged++;
    if (s.predicted === s.gold || (s.predicted === '-' && (s.gold === 'A' || s.gold === 'N'))) exact++;
    if (!s.claim) claimsKnown = false;
    for (const k of ['V', 'U'] as const) {
      if (s.predicted === k && s.gold === k) counts[k].tp++;
      else if (s.predicted === k) counts[k].fp++;
      else if (s.gold === k) counts[k].fn++;
    }
  }
  return {
    sentences: scored.length,
    gold,
    V: prf(counts.V.tp, counts.V.fp, counts.V.fn),
    U: prf(counts.U.tp, counts.U.fp, counts.U.fn),
    aFlagged,
    aFlaggedShare: gold.A === 0 ? 0 : aFlagged / gold.A,
    confusion,
    exact,
    claimsKnown: claimsKnown && scored.length > 0,
    ...(scored.length > 0 && scored.every((s) => s.sameBounds !== undefined) ? { sameBounds: scored.filter((s) => s.sameBounds).length } : {}),
  };
}

/** A small deterministic PRNG (mulberry32), so that intervals do not change from run to run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 95 % percentile bootstrap interval for a figure computed from scored
 * drafts, resampling whole drafts (sentences of one article are not
 * independent). Deterministic: the same input gives the same interval.
 */
export function bootstrapInterval(
  perDoc: ReadonlyArray<readonly ScoredSentence[]>,
  figure: (s: SentenceScores) => number,
  resamples = 1000,
  seed = 20161108,
): [number, number] {
  if (perDoc.length === 0) return [0, 0];
  const rand = mulberry32(seed);
  const values: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample: ScoredSentence[] = [];
    for (let i = 0; i < perDoc.length; i++) sample.push(...perDoc[Math.floor(rand() * perDoc.length)]!);
    values.push(figure(aggregate(sample)));
  }
  values.sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!;
  return [at(0.025), at(0.975)];
}
