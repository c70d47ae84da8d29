/**
 * Measures whether a check-worthiness model (is this sentence a checkable
 * factual claim?) trained on ClaimBuster could separate the engine's right
 * `unattributed-claim` findings from its wrong ones. It was measured and does
 * not pay for itself (docs/accuracy.md, "Check-worthiness model"), so the
 * engine does not use it; this script repeats the measurement.
 *
 *   npx tsx scripts/train/checkworthy.ts
 *
 * Data: `../shared/corpora/claimbuster/2.5xNCS.json` (9,674 debate
 * sentences, 1 = check-worthy factual claim), read at run time. Its README
 * gives no split; folds follow its advice (`sentence_id % 4`): folds 1–3
 * train, fold 0 tests. Then the model scores the sentences of
 * `eval/polnear-dev` and `eval/polnear-train` (never the held-out set), and
 * the report gives, among the sentences the engine flags U and among the
 * others, the area under the ROC curve of the score for gold U against gold
 * N and against gold A (0.5: no separation).
 *
 * The model is a logistic regression over word unigrams and bigrams (digits
 * folded to 0) and a length bucket, fitted by stochastic gradient descent in
 * file order from zero weights, so the same data gives the same figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateSet } from '../eval/run';
import { loadSet, SHARED } from '../eval/sets';

/** The sets scored (never the held-out set). */
const SETS = ['eval/polnear-dev', 'eval/polnear-train'];

/** Epochs, learning rate (decayed as rate / (1 + epoch)) and L2 decay, fixed before the measurement. */
const EPOCHS = 8;
const RATE = 0.1;
const DECAY = 1e-4;

/** One ClaimBuster sentence. */
interface Example {
  id: number;
  label: number;
  text: string;
}

/** The features of a sentence: lower-case words and word pairs, digits folded, and a length bucket. */
export function features(text: string): string[] {
  const words = text.toLowerCase().replace(/\d+(?:[.,]\d+)*/g, '0').match(/[a-z0']+|[%$]/g) ?? [];
  const out = new Set<string>();
  words.forEach((w, i) => {
    out.add(w);
    if (i > 0) out.add(`${words[i - 1]}_${w}`);
  });
  out.add(`len${Math.min(6, Math.floor(words.length / 5))}`);
  return [...out];
}

/** A logistic model over binary features. */
export class Logistic {
  private readonly weights = new Map<string, number>();
  private bias = 0;

  /** The probability the model gives to label 1. */
  score(feats: readonly string[]): number {
    let s = this.bias;
    for (const f of feats) s += this.weights.get(f) ?? 0;
    return 1 / (1 + Math.exp(-s));
  }

  /** Fits the model by stochastic gradient descent, in the order given. */
  fit(data: ReadonlyArray<{ feats: readonly string[]; label: number }>): void {
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      const rate = RATE / (1 + epoch);
      for (const { feats, label } of data) {
        const g = label - this.score(feats);
        this.bias += rate * g;
        for (const f of feats) this.weights.set(f, (this.weights.get(f) ?? 0) * (1 - rate * DECAY) + rate * g);
      }
    }
  }
}

/** Area under the ROC curve: how often a positive scores above a negative (ties count half). */
export function auc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return NaN;
  const neg = [...negatives].sort((a, b) => a - b);
  let sum = 0;
  for (const p of positives) {
    let lo = 0;
    let hi = neg.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (neg[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    let eq = lo;
    while (eq < neg.length && neg[eq] === p) eq++;
    sum += lo + (eq - lo) / 2;
  }
  return sum / (positives.length * neg.length);
}

function main(): void {
  const file = path.join(SHARED, 'corpora/claimbuster/2.5xNCS.json');
  const data = (JSON.parse(readFileSync(file, 'utf8')) as Array<{ sentence_id: number; label: number; text: string }>).map(
    (r): Example => ({ id: r.sentence_id, label: r.label, text: r.text }),
  );
  const model = new Logistic();
  model.fit(data.filter((d) => d.id % 4 !== 0).map((d) => ({ feats: features(d.text), label: d.label })));
  const test = data.filter((d) => d.id % 4 === 0).map((d) => ({ s: model.score(features(d.text)), label: d.label }));
  console.log(`ClaimBuster fold 0 (${test.length} sentences): AUC ${auc(test.filter((x) => x.label === 1).map((x) => x.s), test.filter((x) => x.label === 0).map((x) => x.s)).toFixed(3)}`);

  const groups = new Map<string, Record<'U' | 'N' | 'A', number[]>>();
  for (const dir of SETS) {
    const result = evaluateSet(loadSet(dir), { route: 'engine' });
    for (const { doc, scored } of result.perDoc) {
      scored.forEach((sc, i) => {
        const s = doc.sentences[i]!;
        if (s.label === 'V') return;
        const key = sc.predicted === 'U' ? 'flagged U by the engine' : 'not flagged U';
        if (!groups.has(key)) groups.set(key, { U: [], N: [], A: [] });
        groups.get(key)![s.label].push(model.score(features(doc.text.slice(s.docStart, s.docEnd))));
      });
    }
  }
  for (const [key, g] of groups) {
    console.log(`${SETS.join(' + ')}, ${key}: gold U/N/A ${g.U.length}/${g.N.length}/${g.A.length}; AUC U vs N ${auc(g.U, g.N).toFixed(3)}, U vs A ${auc(g.U, g.A).toFixed(3)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main();
