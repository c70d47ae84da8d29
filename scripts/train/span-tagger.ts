/**
 * The span-tagger experiment (measured, not shipped; docs/accuracy.md,
 * "Ninth session: spans"): trains the sequence tagger of ./tagger.ts on the
 * PolNeAR train split and scores its cue and source spans on dev, alone and
 * combined with the engine's, at a few prunings of its weights and biases
 * towards cues. Writes nothing.
 *
 *   npx tsx scripts/train/span-tagger.ts [--epochs 5] [--bits 20] [--no-engine] [--limit N] [--diff]
 *
 * `--no-engine` trains without the features of the engine's own spans;
 * `--limit N` reads only the first N articles of each split (a quick run);
 * `--diff` prints, for the engineer's eyes, the dev gold sources the best
 * combination finds and the engine misses, and the reverse.
 *
 * The corpus is read at run time from ../shared/corpora/polnear beside the
 * repository; nothing from it is copied into the project.
 */
import path from 'node:path';
import { defaultConfig } from '../../server/src/engine/config';
import { buildLexicon } from '../../server/src/engine/lexicon';
import { loadPolnear, matchSpans, type PolnearArticle, type Range, type Split } from '../eval/spans';
import { B_CUE, B_SOURCE, combine, decode, prune, readArticle, spansOf, train, type Combination, type EngineAttribution, type TaggedSentence, type TaggerArticle, type TaggerModel } from './tagger';

const args = process.argv.slice(2);
const num = (flag: string, dflt: number) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const EPOCHS = num('--epochs', 5);
const BITS = num('--bits', 20);
const LIMIT = num('--limit', 0);
const ENGINE = !args.includes('--no-engine');

const repo = path.resolve(__dirname, '../..');
const root = path.resolve(repo, '../shared/corpora/polnear');
const options = { lex: buildLexicon({}), config: defaultConfig(), bits: BITS, engine: ENGINE };

function read(split: Split): { articles: PolnearArticle[]; read: TaggerArticle[] } {
  let articles = loadPolnear(root, split, (p) => console.log(`  skipped ${path.basename(p)} (annotation does not parse)`));
  if (LIMIT) articles = articles.slice(0, LIMIT);
  const t0 = performance.now();
  const out = articles.map((a) => readArticle(a.text, a.gold, options));
  const sum = (k: 'engine' | 'features') => (out.reduce((n, a) => n + a.ms[k], 0) / 1000).toFixed(1);
  console.log(`${split}: ${articles.length} articles, ${out.reduce((n, a) => n + a.sentences.length, 0)} sentences read in ${((performance.now() - t0) / 1000).toFixed(1)} s (engine ${sum('engine')} s, tagger features ${sum('features')} s)`);
  return { articles, read: out };
}

const trainSet = read('train');
const dev = read('dev');
const t0 = performance.now();
const full = train(
  trainSet.read.flatMap((a) => a.sentences),
  BITS,
  EPOCHS,
  (e, errors) => console.log(`epoch ${e}: ${errors} token errors (${((performance.now() - t0) / 1000).toFixed(0)} s)`),
);

/** The tagger's spans of every dev article. */
function tagDev(m: TaggerModel, cueBias: number): Array<{ cues: Range[]; sources: Range[] }> {
  const d0 = performance.now();
  const out = dev.read.map((a) => {
    const cues: Range[] = [];
    const sources: Range[] = [];
    for (const s of a.sentences as TaggedSentence[]) {
      const tags = decode(s, m, cueBias);
      cues.push(...spansOf(s.toks, tags, B_CUE));
      sources.push(...spansOf(s.toks, tags, B_SOURCE));
    }
    return { cues, sources };
  });
  decodeMs = performance.now() - d0;
  return out;
}
let decodeMs = 0;

/** Dev overlap scores (and exact F1) of the spans `pick` gives for each article, as `npm run eval` counts them. */
function score(name: string, pick: (engine: readonly EngineAttribution[], ai: number) => { cues: Range[]; sources: Range[] }): void {
  const tot = { cues: [0, 0, 0, 0], sources: [0, 0, 0, 0] };
  dev.articles.forEach((a, ai) => {
    const outsideDiscard = (r: Range) => !a.gold.discard.some((d) => r.start >= d.start && r.end <= d.end);
    const p = pick(dev.read[ai]!.engine, ai);
    for (const which of ['cues', 'sources'] as const) {
      const uniq = [...new Map(p[which].filter(outsideDiscard).map((r) => [`${r.start}:${r.end}`, r])).values()];
      const m = matchSpans(a.gold[which], uniq);
      const t = tot[which];
      t[0] += m.gold;
      t[1] += m.predicted;
      t[2] += m.overlap;
      t[3] += m.exact;
    }
  });
  const f = (t: number[]) => {
    const p = t[2]! / t[1]!;
    const r = t[2]! / t[0]!;
    return `P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${((2 * p * r) / (p + r)).toFixed(4)} (exact ${((2 * t[3]!) / (t[0]! + t[1]!)).toFixed(4)})`;
  };
  console.log(`${name.padEnd(38)} cue ${f(tot.cues)} | source ${f(tot.sources)}`);
}

const none = { cues: [], sources: [] };
score('engine', (e) => combine(e, none, { keepLearned: true, addSources: false }));
score('rules only (no learned cues)', (e) => combine(e, none, { keepLearned: false, addSources: false }));
const combinations: Array<[string, Combination]> = [
  ['learned kept', { keepLearned: true, addSources: false }],
  ['learned kept, + sources', { keepLearned: true, addSources: true }],
  ['learned dropped', { keepLearned: false, addSources: false }],
  ['learned dropped, + sources', { keepLearned: false, addSources: true }],
];
for (const min of [0, 1, 2, 4, 8]) {
  const { model, kept } = prune(full, min);
  console.log(`-- weights of |w| ≥ ${min}: ${kept} kept`);
  for (const bias of [0, 25]) {
    const tagged = tagDev(model, bias);
    if (min === 0 && bias === 0) console.log(`decoding dev: ${(decodeMs / 1000).toFixed(1)} s`);
    score(`tagger alone, cue bias ${bias}`, (_, ai) => tagged[ai]!);
    for (const [name, c] of combinations) score(`${name}, cue bias ${bias}`, (e, ai) => combine(e, tagged[ai]!, c));
  }
}

if (args.includes('--diff')) {
  // Printed from the corpus for the engineer's eyes only; never written to the project.
  const tagged = tagDev(prune(full, 2).model, 25);
  const key = (r: Range) => `${r.start}:${r.end}`;
  let gained = 0;
  let lost = 0;
  dev.articles.forEach((a, ai) => {
    const e = dev.read[ai]!.engine;
    const before = new Set(matchSpans(a.gold.sources, combine(e, none, { keepLearned: true, addSources: false }).sources).missed.map(key));
    const after = new Set(matchSpans(a.gold.sources, combine(e, tagged[ai]!, { keepLearned: false, addSources: true }).sources).missed.map(key));
    for (const g of a.gold.sources) {
      const mark = before.has(key(g)) && !after.has(key(g)) ? '+' : !before.has(key(g)) && after.has(key(g)) ? '-' : '';
      if (!mark) continue;
      mark === '+' ? gained++ : lost++;
      console.log(`${mark} ${(a.text.slice(Math.max(0, g.start - 90), g.start) + '⟦' + a.text.slice(g.start, g.end) + '⟧' + a.text.slice(g.end, g.end + 60)).replace(/\s+/g, ' ')}`);
    }
  });
  console.log(`dev gold sources found by the tagger's combination and missed by the engine: ${gained}; the reverse: ${lost}`);
}
