/**
 * Trains the genre model (server/src/engine/classify/genre.ts) and writes it
 * to server/src/engine/classify/genre-model.ts.
 *
 *   npx tsx scripts/train/genre.ts [--l2 0.1] [--iterations 5000] [--dry]
 *
 * The examples are the articles of eval/polnear-train, each with the genre
 * its set.json gives: "opinion" is the positive class, news, wire and
 * partisan-site articles the negative one. Each article is read as the
 * engine reads it (prepare(): prose view, sentences) and turned into the
 * rates of `GENRE_FEATURES`; the rates are scaled by their train standard
 * deviation (not centred; clipped at ±`CLIP`), and a logistic regression
 * with an L2 penalty is fitted by full-batch gradient descent (deterministic:
 * a rerun writes the same file). eval/polnear-dev is only scored, never
 * trained on; eval/polnear-heldout is not read at all.
 *
 * Only feature names and numbers are written: no corpus text.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { countGenre, GENRE_FEATURES, genreOf, genreRates, type GenreCounts, type GenreModel } from '../../server/src/engine/classify/genre';
import { prepare } from '../../server/src/engine/prepare';
import { loadSet, REPO_ROOT } from '../eval/sets';

/** Standardised rates are clipped to ±CLIP: a short draft's rates swing far. */
const CLIP = 4;

const args = process.argv.slice(2);
function num(flag: string, dflt: number): number {
  const i = args.indexOf(flag);
  if (i < 0) return dflt;
  const v = Number(args[i + 1]);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${flag} needs a non-negative number`);
  return v;
}
const l2 = num('--l2', 0.1);
const iterations = num('--iterations', 5000);
const dry = args.includes('--dry');

interface Example {
  name: string;
  opinion: boolean;
  rates: number[];
  counts: GenreCounts;
  sentences: number;
}

/** The examples of a labelled set: each article's feature rates and whether it is opinion. */
function examples(dir: string): Example[] {
  return loadSet(path.join(REPO_ROOT, dir)).docs.map((d) => {
    const p = prepare(d.text, undefined);
    const counts = countGenre(p.doc);
    return { name: d.name, opinion: d.genre === 'opinion', rates: genreRates(counts, p.sentences.length), counts, sentences: p.sentences.length };
  });
}

/** Fits the model on `train`. */
export function fit(train: readonly Example[]): GenreModel {
  const k = GENRE_FEATURES.length;
  // Rates are scaled, not centred: a draft with none of the features sits at
  // the bias, so reading opinion takes evidence of it (a short brief with no
  // "said" in it is not an op-ed for lack of reporting).
  const mean = GENRE_FEATURES.map(() => 0);
  const avg = (i: number) => train.reduce((s, e) => s + e.rates[i]!, 0) / train.length;
  const sd = GENRE_FEATURES.map((_, i) => Math.sqrt(train.reduce((s, e) => s + (e.rates[i]! - avg(i)) ** 2, 0) / train.length) || 1);
  const x = train.map((e) => e.rates.map((v, i) => Math.max(-CLIP, Math.min(CLIP, (v - mean[i]!) / sd[i]!))));
  const w = new Array<number>(k).fill(0);
  let b = 0;
  const rate = 0.5;
  for (let it = 0; it < iterations; it++) {
    const gw = new Array<number>(k).fill(0);
    let gb = 0;
    x.forEach((row, j) => {
      const z = b + row.reduce((s, v, i) => s + v * w[i]!, 0);
      const err = 1 / (1 + Math.exp(-z)) - (train[j]!.opinion ? 1 : 0);
      row.forEach((v, i) => (gw[i]! += err * v));
      gb += err;
    });
    for (let i = 0; i < k; i++) w[i] = w[i]! - rate * (gw[i]! / train.length + l2 * w[i]!);
    b -= (rate * gb) / train.length;
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return { features: GENRE_FEATURES.map((f) => f.name), mean: mean.map(round), sd: sd.map(round), weights: w.map(round), bias: round(b), clip: CLIP };
}

/** Opinion read as opinion, and other articles read as opinion, as genreOf() reads them with `model`. */
function score(model: GenreModel, set: readonly Example[]): string {
  let tp = 0;
  let fp = 0;
  const op = set.filter((e) => e.opinion).length;
  for (const e of set) {
    const yes = genreOf(e.counts, e.sentences, model) === 'opinion';
    if (yes && e.opinion) tp++;
    else if (yes) fp++;
  }
  return `opinion read as opinion ${tp}/${op}, other articles read as opinion ${fp}/${set.length - op}`;
}

const train = examples('eval/polnear-train');
const dev = examples('eval/polnear-dev');
const model = fit(train);
console.log(GENRE_FEATURES.map((f, i) => `${f.name} ${model.weights[i]}`).join(', '), `bias ${model.bias}`);
console.log(`train: ${score(model, train)}`);
console.log(`dev:   ${score(model, dev)}`);
if (!dry) {
  const out = path.join(REPO_ROOT, 'server/src/engine/classify/genre-model.ts');
  const body = `/**
 * The genre model (see genre.ts), written by
 * \`npx tsx scripts/train/genre.ts ${args.filter((a) => a !== '--dry').join(' ')}\`.
 * Do not edit by hand: rerun the script.
 *
 * Provenance: the ${train.length} articles of eval/polnear-train (PolNeAR v1.0.0 train split,
 * ../shared/corpora/polnear; Newell, Margolin & Ruths, LREC 2018) with the
 * genres of eval/polnear-train/set.json, opinion against the rest. A
 * logistic regression (L2 ${l2}, ${iterations} full-batch iterations) over the
 * scaled rates of GENRE_FEATURES (the reading adds the voice guard of genreOf()). Train: ${score(model, train)};
 * eval/polnear-dev (not trained on): ${score(model, dev)}.
 * Only feature names and numbers: no corpus text.
 */
import type { GenreModel } from './genre';

/** The shipped genre model. */
export const GENRE_MODEL: GenreModel = ${JSON.stringify(model)};
`;
  writeFileSync(out, body);
  console.log(`wrote ${path.relative(REPO_ROOT, out)}`);
}
