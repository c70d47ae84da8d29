/**
 * Trains the learned cue model (server/src/engine/attribution/learned.ts) on
 * the PolNeAR train split and writes it to
 * server/src/engine/lexicon/cue-model.ts.
 *
 *   npx tsx scripts/train/cue-model.ts [--epochs 8] [--threshold 0] [--min-cue 5] [--min-rate 0.04] [--prune 0.3] [--min-fires 1] [--min-feat 1] [--dev] [--dry]
 *
 * 1. The vocabulary: every word token of the train texts is counted, and so
 *    is every word token inside a gold `Cue` span. Words inside a cue at
 *    least `--min-cue` times and at a rate of at least `--min-rate` are the
 *    words the model scores (with both counts, so the file doubles as a cue
 *    lexicon with its precision: in-cue count / count).
 * 2. The instances: each vocabulary word that no cue of the hand-written
 *    rules covers and no closed double quotation holds, labelled by whether
 *    it lies inside a gold cue.
 * 3. Features seen fewer than `--min-feat` times among the instances are
 *    dropped, then an averaged perceptron over the features of `cueFeatures`, `--epochs`
 *    passes in a fixed pseudo-random order (so a rerun writes the same file);
 *    weights below `--prune` in absolute value are dropped to keep the file small.
 *
 * The threshold was chosen on PolNeAR dev
 * (`npx tsx scripts/eval/dev-attribution.ts`, `npm run eval` for the sentence
 * labels); see docs/accuracy.md. Only word forms, feature names and numbers are
 * written: no corpus sentence is copied into the project. `--dry` prints the
 * training figures and writes nothing; `--dev` also scores the candidate
 * words of PolNeAR dev at a few thresholds.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { candidateSubject, opensReport, ruleCues, subjectClass } from '../../server/src/engine/attribution/cues';
import { CUE_TEMPLATES, cueFeatures, type CueModel } from '../../server/src/engine/attribution/learned';
import { buildLexicon } from '../../server/src/engine/lexicon';
import type { Token } from '../../server/src/engine/lexicon/tokens';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import { loadPolnear, type Range } from '../eval/spans';
import { epochOrders, quotedTokens } from './common';

const args = process.argv.slice(2);
const num = (flag: string, dflt: number) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const EPOCHS = num('--epochs', 8);
const THRESHOLD = num('--threshold', 0);
const MIN_CUE = num('--min-cue', 5);
const MIN_RATE = num('--min-rate', 0.04);
const PRUNE = num('--prune', 0.3);
const MIN_FIRES = num('--min-fires', 1);
const DRY = args.includes('--dry');
const MIN_FEAT = num('--min-feat', 1);

const repo = path.resolve(__dirname, '../..');
const root = path.resolve(repo, '../shared/corpora/polnear');
const out = path.join(repo, 'server/src/engine/lexicon/cue-model.ts');
const lex = buildLexicon({});

/** One sentence of train, tokenized, with the token ranges inside closed double quotations. */
interface Sent {
  toks: Token[];
  inQuote: boolean[];
  gold: boolean[];
}

/** True for each token overlapping one of the sorted gold ranges. */
function marks(toks: readonly Token[], gold: readonly Range[]): boolean[] {
  const m = new Array<boolean>(toks.length).fill(false);
  let g = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    while (g < gold.length && gold[g]!.end <= t.start) g++;
    for (let h = g; h < gold.length && gold[h]!.start < t.end; h++) if (gold[h]!.end > t.start) m[k] = true;
  }
  return m;
}

/** The sentences of one split, tokenized, with their gold cue marks. */
function readSplit(split: 'train' | 'dev'): { sents: Sent[]; articles: number } {
  console.log(`reading PolNeAR ${split} …`);
  const articles = loadPolnear(root, split, (p) => console.log(`  skipped ${path.basename(p)} (annotation does not parse)`));
  const out: Sent[] = [];
  for (const a of articles) {
    const gold = [...a.gold.cues].sort((x, y) => x.start - y.start);
    const doc = extractProse(a.text);
    for (const { toks, inQuote } of quotedTokens(doc, splitSentences(doc))) out.push({ toks, inQuote, gold: marks(toks, gold) });
  }
  return { sents: out, articles: articles.length };
}

const train = readSplit('train');
const sents = train.sents;
const articles = { length: train.articles };

// 1. Vocabulary with counts.
const seen = new Map<string, number>();
const inCue = new Map<string, number>();
for (const s of sents) {
  s.toks.forEach((t, k) => {
    if (t.kind !== 'word') return;
    seen.set(t.lower, (seen.get(t.lower) ?? 0) + 1);
    if (s.gold[k]) inCue.set(t.lower, (inCue.get(t.lower) ?? 0) + 1);
  });
}
// Auxiliaries, adverbs of time and day names sit inside cues of several words
// ("has long argued", "said on Friday") but are never a cue of their own:
// scoring them would cost time for nothing.
const NEVER_ALONE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'did', 'does', 'do', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'also', 'already', 'later', 'once', 'often', 'long', 'still', 'not', 'never', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const vocabulary: Record<string, [number, number]> = {};
for (const [w, c] of [...inCue].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  const n = seen.get(w)!;
  if (c >= MIN_CUE && c / n >= MIN_RATE && !NEVER_ALONE.has(w)) vocabulary[w] = [c, n];
}
console.log(`${sents.length} sentences; vocabulary ${Object.keys(vocabulary).length} words`);

// 2. Instances.
interface Inst {
  word: string;
  feats: string[];
  y: 1 | -1;
}
/** The candidate words of some sentences with their features and gold labels. */
function instancesOf(ss: readonly Sent[]): Inst[] {
  const insts: Inst[] = [];
  for (const s of ss) {
    const rules = ruleCues(lex, s.toks);
    let spoke = false;
    let ri = 0;
    let coveredTo = 0;
    for (let i = 0; i < s.toks.length; i++) {
      while (ri < rules.length && rules[ri]!.from <= i) {
        const f = rules[ri++]!;
        if (opensReport(f)) spoke = true;
        coveredTo = Math.max(coveredTo, f.to);
      }
      const t = s.toks[i]!;
      if (i < coveredTo || t.kind !== 'word' || !vocabulary[t.lower] || s.inQuote[i]) continue;
      // Template and value make the feature's key: "p1=the".
      insts.push({ word: t.lower, feats: cueFeatures(s.toks, i, spoke, subjectClass(candidateSubject(lex, s.toks, i).np)).map((v, k) => `${CUE_TEMPLATES[k]}=${v}`), y: s.gold[i] ? 1 : -1 });
    }
  }
  return insts;
}
const insts = instancesOf(sents);
// Features seen fewer than `--min-feat` times in train are dropped before
// training: a feature seen once or twice is memorised, not learned.
if (MIN_FEAT > 1) {
  const featCount = new Map<string, number>();
  for (const x of insts) for (const f of x.feats) featCount.set(f, (featCount.get(f) ?? 0) + 1);
  for (const x of insts) x.feats = x.feats.filter((f) => featCount.get(f)! >= MIN_FEAT);
}
console.log(`instances: ${insts.length} candidate words (${insts.filter((x) => x.y === 1).length} inside a gold cue)`);

// 3. Averaged perceptron with lazy averaging.
const w = new Map<string, number>();
const total = new Map<string, number>();
const stamp = new Map<string, number>();
let step = 0;
const nextOrder = epochOrders(insts.length);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = nextOrder();
  let errors = 0;
  for (const idx of order) {
    step++;
    const x = insts[idx]!;
    let s = 0;
    for (const f of x.feats) s += w.get(f) ?? 0;
    if (s * x.y > 0) continue;
    errors++;
    for (const f of x.feats) {
      const cur = w.get(f) ?? 0;
      total.set(f, (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0)));
      stamp.set(f, step);
      w.set(f, cur + x.y);
    }
  }
  console.log(`epoch ${epoch + 1}: ${errors} updates`);
}
const weights: Record<string, number> = {};
let kept = 0;
for (const [f, cur] of w) {
  const avg = (total.get(f)! + cur * (step - stamp.get(f)!)) / step;
  if (Math.abs(avg) < PRUNE) continue;
  weights[f] = Math.round(avg * 1000) / 1000;
  kept++;
}
console.log(`${w.size} features, ${kept} kept (|weight| ≥ ${PRUNE})`);

// Training-set fit, for the record (the figures that count are PolNeAR dev's).
let tp = 0;
let fp = 0;
let fn = 0;
for (const x of insts) {
  let sc = 0;
  for (const f of x.feats) sc += weights[f] ?? 0;
  if (sc > THRESHOLD && x.y === 1) tp++;
  else if (sc > THRESHOLD) fp++;
  else if (x.y === 1) fn++;
}
console.log(`train fit (score > ${THRESHOLD}): P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}`);

// `--dev`: the same candidate words of PolNeAR dev, scored at a few
// thresholds, to compare feature sets without running the engine (the span
// figures that count come from `npm run eval`).
if (args.includes('--dev')) {
  const dev = instancesOf(readSplit('dev').sents);
  const positives = dev.filter((x) => x.y === 1).length;
  console.log(`dev: ${dev.length} candidate words (${positives} inside a gold cue)`);
  const scores = dev.map((x) => x.feats.reduce((sc, f) => sc + (weights[f] ?? 0), 0));
  for (const th of [-2, -1, 0, 1, 2, 4]) {
    let dtp = 0;
    let dfp = 0;
    dev.forEach((x, k) => {
      if (scores[k]! > th) x.y === 1 ? dtp++ : dfp++;
    });
    const p = dtp / (dtp + dfp);
    const r = dtp / positives;
    console.log(`  dev score > ${th}: added ${dtp + dfp}, P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} net ${dtp - dfp}`);
  }
}

// Words the model never scores above the threshold on train are left out of
// the shipped vocabulary: the engine would score them for nothing.
const fires = new Map<string, number>();
const offered = new Map<string, number>();
for (const x of insts) {
  let sc = 0;
  for (const f of x.feats) sc += weights[f] ?? 0;
  offered.set(x.word, (offered.get(x.word) ?? 0) + 1);
  if (sc > THRESHOLD) fires.set(x.word, (fires.get(x.word) ?? 0) + 1);
}
if (args.includes('--stats')) for (const [wd, n] of [...offered].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${wd}: offered ${n}, added ${fires.get(wd) ?? 0}`);
for (const word of Object.keys(vocabulary)) if ((fires.get(word) ?? 0) < MIN_FIRES) delete vocabulary[word];
console.log(`vocabulary shipped: ${Object.keys(vocabulary).length} words that the model adds at least ${MIN_FIRES} time(s) on train`);

const nested: Record<string, Record<string, number>> = {};
for (const [key, value] of Object.entries(weights)) {
  const eq = key.indexOf('=');
  (nested[key.slice(0, eq)] ??= {})[key.slice(eq + 1)] = value;
}
const data: CueModel = { vocabulary, weights: nested, threshold: THRESHOLD };
const body = `/**
 * The learned cue model (see ../attribution/learned.ts), written by
 * \`npx tsx scripts/train/cue-model.ts ${args.filter((a) => a !== '--dry').join(' ')}\`.
 * Do not edit by hand: rerun the script.
 *
 * Provenance: the PolNeAR v1.0.0 train split (../shared/corpora/polnear,
 * data/train: ${articles.length} articles, one annotation each; Newell,
 * Margolin & Ruths, LREC 2018). \`vocabulary\` maps a lower-case word to
 * [word tokens inside a gold Cue span, word tokens in all] over train, so its
 * ratio is the word's precision as a cue; words with at least ${MIN_CUE} cue
 * tokens and a ratio of at least ${MIN_RATE} are trained on, and those the
 * model adds at least ${MIN_FIRES} time(s) on train are kept. \`weights\` are the
 * averaged perceptron weights (${EPOCHS} epochs) of the features of
 * cueFeatures(), those of absolute value ≥ ${PRUNE}. \`threshold\` was chosen
 * on PolNeAR dev. Only word forms, feature names and numbers: no corpus text.
 */
import type { CueModel } from '../attribution/learned';

/** The shipped cue model. */
export const CUE_MODEL: CueModel = ${JSON.stringify(data)};
`;
if (DRY) console.log(`(dry run: ${body.length} bytes not written)`);
else {
  writeFileSync(out, body);
  console.log(`wrote ${path.relative(repo, out)} (${(body.length / 1024).toFixed(0)} KB)`);
}
