/**
 * Trains a learned gate over the rules' candidate findings (features in
 * `gate-features.ts`) from the project's labelled sets and reports its k-fold
 * cross-validation by article. The gate is not part of the engine: it was
 * measured and did not help enough to ship (docs/accuracy.md, "Learned
 * gate"); this script repeats the measurement.
 *
 *   npx tsx scripts/train/gate.ts                 # cross-validation report
 *   npx tsx scripts/train/gate.ts --write FILE    # … and write the full model (JSON) to FILE
 *   npx tsx scripts/train/gate.ts --heldout       # also score eval/polnear-heldout (aggregate only)
 *   npx tsx scripts/train/gate.ts --cross-paragraph   # add the previous paragraph's last sentence to the features
 *
 * Training data: every candidate `unattributed-claim` finding on a sentence
 * the rules call U and every `vague-attribution` finding the rules make on
 * `eval/polnear-dev` and `eval/polnear-train`, labelled by the gold label of
 * the labelled sentence its claim overlaps most: a U candidate is right when
 * that label is U, a V candidate when it is V. The worked example and the
 * held-out set are never trained on; the worked example is scored under the
 * full model (it must stay 29/29).
 *
 * The model is a logistic regression per rule over binary features, fitted by
 * full-batch gradient descent with L2 regularisation from zero weights, in a
 * fixed order: the same data gives the same model, byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyDirectives } from '../../server/src/engine/directives';
import { prepare } from '../../server/src/engine/prepare';
import { runRules } from '../../server/src/engine/rules';
import { gateFeatures, gateScore, type GateModel, type GateTarget, type GateWeights } from './gate-features';
import { trace } from '../../server/src/engine/trace';
import type { DocPrediction } from '../eval/predict';
import { aggregate, overlap, scoreDoc, type SentenceScores } from '../eval/score';
import { loadSet, REPO_ROOT, type LabelledDoc } from '../eval/sets';
import type { Label } from '../eval/labels';

/** The sets trained on (never the held-out set). */
export const TRAIN_SETS = ['eval/polnear-dev', 'eval/polnear-train'];

/** Hyperparameters, fixed before looking at cross-validation (see docs/accuracy.md, "Learned gate"). */
export const HYPER = { iterations: 1500, rate: 1, l2: 0.01, folds: 5 };

const RULE_OF: Record<GateTarget, string> = { U: 'unattributed-claim', V: 'vague-attribution' };
const TARGETS: readonly GateTarget[] = ['U', 'V'];

/** One draft run through the rules with the gate off. */
export interface Collected {
  doc: LabelledDoc;
  /** What the ungated engine predicts (findings carry their claim index in `claims`). */
  findings: Array<{ ruleId: string; start: number; end: number; message: string; claim: number }>;
  claims: NonNullable<DocPrediction['claims']>;
  sentences: NonNullable<DocPrediction['sentences']>;
  /** Per candidate claim: its features and its gold label (when a labelled sentence overlaps it). */
  candidates: Map<number, { features: string[]; status: string; gold?: Label; targets: Set<GateTarget> }>;
}

/** Which features to read (see `gateFeatures`). */
export interface FeatureOptions {
  /** Also read the previous paragraph's last sentence (not paragraph-local). */
  crossParagraph?: boolean;
}

/** Runs the engine with the gate off on one labelled draft. */
export function collect(doc: LabelledDoc, options: FeatureOptions = {}): Collected {
  const p = prepare(doc.text, undefined);
  const traced = trace(p.doc, p.sentences, p.directives, p.config, p.genre);
  const raw = runRules({ doc: p.doc, sentences: p.sentences, directives: p.directives, config: p.config, ...traced });
  const { kept } = applyDirectives(raw, p.directives, p.config);
  const candidates: Collected['candidates'] = new Map();
  for (const f of kept) {
    const target = (TARGETS as string[]).find((t) => RULE_OF[t as GateTarget] === f.ruleId) as GateTarget | undefined;
    if (!target) continue;
    let c = candidates.get(f.claim);
    if (!c) {
      const claim = traced.claims[f.claim]!;
      let gold: Label | undefined;
      let best = 0;
      for (const s of doc.sentences) {
        const o = overlap(claim, { start: s.docStart, end: s.docEnd });
        if (o > best) {
          best = o;
          gold = s.label;
        }
      }
      const input = { doc: p.doc, sentences: p.sentences, attributions: traced.attributions, claims: traced.claims, details: traced.details, genre: p.genre };
      c = { features: gateFeatures(input, f.claim, options), status: claim.status, targets: new Set(), ...(gold ? { gold } : {}) };
      candidates.set(f.claim, c);
    }
    c.targets.add(target);
  }
  return {
    doc,
    findings: kept.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end, message: f.message, claim: f.claim })),
    claims: traced.claims.map((c) => ({ start: c.start, end: c.end, status: c.status, reason: c.reason })),
    sentences: p.sentences.map((s) => ({ start: s.start, end: s.end })),
    candidates,
  };
}

/** Fits one logistic model on binary examples. Deterministic. */
export function fit(examples: ReadonlyArray<{ features: readonly string[]; y: number }>, hyper = HYPER): GateWeights {
  const names = [...new Set(examples.flatMap((e) => e.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => ({ x: e.features.map((f) => index.get(f)!), y: e.y }));
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = Math.max(rows.length, 1);
  for (let it = 0; it < hyper.iterations; it++) {
    const g = new Float64Array(names.length);
    let gb = 0;
    for (const r of rows) {
      let z = bias;
      for (const j of r.x) z += w[j]!;
      const d = 1 / (1 + Math.exp(-z)) - r.y;
      gb += d;
      for (const j of r.x) g[j]! += d;
    }
    bias -= (hyper.rate * gb) / n;
    for (let j = 0; j < w.length; j++) w[j]! -= hyper.rate * (g[j]! / n + hyper.l2 * w[j]!);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    const v = Math.round(w[j]! * 1e4) / 1e4;
    if (v !== 0) weights[name] = v;
  });
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

/** Trains both rules' models on the candidates of some drafts. */
export function trainModel(docs: readonly Collected[], threshold: Record<GateTarget, number>, about?: unknown): GateModel {
  const models = {} as Record<GateTarget, GateWeights>;
  for (const t of TARGETS) {
    const examples: Array<{ features: string[]; y: number }> = [];
    for (const d of docs) for (const c of d.candidates.values()) if (c.gold && c.targets.has(t) && (t === 'V' || c.status === 'U')) examples.push({ features: c.features, y: c.gold === t ? 1 : 0 });
    models[t] = fit(examples);
  }
  return { ...(about === undefined ? {} : { about }), threshold, models };
}

/** The prediction for a draft with a model's gate applied (null: gate off). */
export function gated(d: Collected, model: GateModel | null): DocPrediction {
  const keep = (f: Collected['findings'][number]) => {
    const t = (TARGETS as string[]).find((x) => RULE_OF[x as GateTarget] === f.ruleId) as GateTarget | undefined;
    if (!t || !model) return true;
    const c = d.candidates.get(f.claim);
    if (t === 'U' && c?.status !== 'U') return true;
    return !c || gateScore(model.models[t], c.features) >= model.threshold[t];
  };
  return { findings: d.findings.filter(keep), claims: d.claims, sentences: d.sentences };
}

/** Scores drafts under a model per draft (for cross-validation each draft gets its fold's model). */
export function scoreAll(docs: readonly Collected[], modelOf: (d: Collected) => GateModel | null): SentenceScores {
  return aggregate(docs.flatMap((d) => scoreDoc(d.doc.sentences, gated(d, modelOf(d)), d.doc.text)));
}

/** The fold of a draft: by its position in name order, so folds are whole articles. */
function foldsOf(docs: readonly Collected[], k: number): Map<Collected, number> {
  const sorted = [...docs].sort((a, b) => a.doc.name.localeCompare(b.doc.name));
  return new Map(sorted.map((d, i) => [d, i % k]));
}

/**
 * The thresholds: a candidate is kept when its score is at least this. Chosen
 * from a sweep of the out-of-fold cross-validation (U 0.2 to 0.6, V 0.1 to
 * 0.4): V 0.1 gave the best V F1; U 0.4 the best U F1 (0.2 to 0.4 tie within
 * 0.001) with the fewest A sentences flagged. Both are under 0.5 because
 * dropping a true flag costs F1 more than keeping a false one.
 */
export const THRESHOLD: Record<GateTarget, number> = { U: 0.4, V: 0.1 };

/** Cross-validates by article: per fold, a model trained on the other folds gates that fold. */
export function crossValidate(docs: readonly Collected[], threshold = THRESHOLD, k = HYPER.folds): { off: SentenceScores; on: SentenceScores; perFold: GateModel[] } {
  const fold = foldsOf(docs, k);
  const perFold: GateModel[] = [];
  for (let f = 0; f < k; f++) perFold.push(trainModel(docs.filter((d) => fold.get(d) !== f), threshold));
  return { off: scoreAll(docs, () => null), on: scoreAll(docs, (d) => perFold[fold.get(d)!]!), perFold };
}

function line(name: string, s: SentenceScores): string {
  return `${name.padEnd(34)} V F1 ${s.V.f1.toFixed(3)} (P ${s.V.precision.toFixed(3)} R ${s.V.recall.toFixed(3)})  U F1 ${s.U.f1.toFixed(3)} (P ${s.U.precision.toFixed(3)} R ${s.U.recall.toFixed(3)})  A flagged ${(100 * s.aFlaggedShare).toFixed(1)} % (${s.aFlagged}/${s.gold.A})`;
}

/** Loads and runs the drafts of sets given relative to the repository root. */
export function collectSets(sets: readonly string[], options: FeatureOptions = {}): Collected[] {
  return sets.flatMap((s) => loadSet(path.resolve(REPO_ROOT, s)).docs.map((d) => collect(d, options)));
}

/** The model file's text for a trained model (stable key order, one weight per line). */
export function formatModel(model: GateModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

function main(argv: string[]): void {
  const writeTo = argv.includes('--write') ? argv[argv.indexOf('--write') + 1] : undefined;
  if (argv.includes('--write') && (!writeTo || writeTo.startsWith('--'))) throw new Error('--write needs a file name');
  const heldout = argv.includes('--heldout');
  const dateArg = argv[argv.indexOf('--date') + 1];
  const date = argv.includes('--date') && dateArg ? dateArg : new Date().toISOString().slice(0, 10);
  const options: FeatureOptions = argv.includes('--cross-paragraph') ? { crossParagraph: true } : {};
  const docs = collectSets(TRAIN_SETS, options);
  const cv = crossValidate(docs);
  process.stdout.write(`${HYPER.folds}-fold cross-validation by article on ${TRAIN_SETS.join(' + ')} (${docs.length} drafts)\n`);
  process.stdout.write(`${line('gate off', cv.off)}\n${line('gate on (out of fold)', cv.on)}\n`);
  const fold = foldsOf(docs, HYPER.folds);
  for (const set of TRAIN_SETS) {
    const mine = docs.filter((d) => setOf(d) === set);
    process.stdout.write(`${line(`  ${set}, gate off`, scoreAll(mine, () => null))}\n${line(`  ${set}, gate on`, scoreAll(mine, (d) => cv.perFold[fold.get(d)!]!))}\n`);
  }
  const about = {
    what: 'Learned gate over unattributed-claim and vague-attribution candidates (scripts/train/gate-features.ts).',
    command: `npx tsx scripts/train/gate.ts --write FILE --date ${date}`,
    sets: TRAIN_SETS,
    date,
    hyper: HYPER,
    threshold: 'A candidate is kept when its score is at least its rule\'s threshold; chosen on the out-of-fold cross-validation (THRESHOLD in the script).',
    crossValidation: { folds: HYPER.folds, off: figures(cv.off), on: figures(cv.on) },
  };
  const model = trainModel(docs, THRESHOLD, about);
  const example = collectSets(['../shared/examples'], options);
  const ex = scoreAll(example, () => model);
  process.stdout.write(`${line('worked example (full model)', ex)}  exact ${ex.exact}/${ex.sentences}\n`);
  if (heldout) {
    const held = collectSets(['eval/polnear-heldout'], options);
    process.stdout.write(`${line('heldout, gate off', scoreAll(held, () => null))}\n${line('heldout, gate on (full model)', scoreAll(held, () => model))}\n`);
  }
  if (writeTo) {
    writeFileSync(writeTo, formatModel(model));
    process.stdout.write(`wrote ${writeTo} (${readFileSync(writeTo).length} bytes)\n`);
  }
}

/** The three headline figures, rounded, for the model's header. */
function figures(s: SentenceScores): { vagueF1: number; unattributedF1: number; aFlagged: string } {
  return { vagueF1: Math.round(s.V.f1 * 1000) / 1000, unattributedF1: Math.round(s.U.f1 * 1000) / 1000, aFlagged: `${s.aFlagged}/${s.gold.A}` };
}

function setOf(d: Collected): string {
  return path.relative(REPO_ROOT, path.dirname(d.doc.labelsPath));
}

if (require.main === module) main(process.argv.slice(2));
