/**
 * Quick PolNeAR scorer for the attribution stage alone: cue and source F1,
 * exact and overlap, on one split (dev by default), with samples of misses
 * and false alarms for error analysis. It runs only the stages the
 * attribution finder needs (prose, sentences, directives, attributions), so
 * it does not depend on classification, and reuses the corpus loader and the
 * span matcher of `npm run eval` (./spans.ts), so the figures agree with it.
 *
 *   npx tsx scripts/eval/dev-attribution.ts [dev|train|test] [--errors N] [--kind cue|source]
 *   npx tsx scripts/eval/dev-attribution.ts [dev|train|test] --speed MB
 *
 * `--speed MB` instead times the attribution stage alone on a large draft made
 * by repeating the split's articles up to MB megabytes: CPU time of a cold and
 * of a warm run (prose and sentences are built before the clock starts).
 *
 * The corpus is read at run time from ../shared/corpora/polnear beside the
 * repository; nothing from it is copied into the project.
 */
import path from 'node:path';
import { findAttributions } from '../../server/src/engine/attribution';
import { defaultConfig } from '../../server/src/engine/config';
import { parseDirectives } from '../../server/src/engine/directives';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import { loadPolnear, scorePolnear, type Range, type Split } from './spans';

const args = process.argv.slice(2);
const split = (args.find((a) => a === 'dev' || a === 'train' || a === 'test') ?? 'dev') as Split;
const errIdx = args.indexOf('--errors');
const nErrors = errIdx >= 0 ? Number(args[errIdx + 1] ?? 20) : 0;
const kindIdx = args.indexOf('--kind');
const kind = kindIdx >= 0 ? args[kindIdx + 1] : undefined;

const root = path.resolve(__dirname, '../../../shared/corpora/polnear');
// An article whose annotation does not parse (one train file) is skipped and named, not fatal.
const skipped: string[] = [];
const articles = loadPolnear(root, split, (annPath) => skipped.push(path.basename(annPath)));
if (skipped.length) console.log(`skipped ${skipped.length} article(s) whose annotation does not parse: ${skipped.join(', ')}`);
const config = defaultConfig();
const speedIdx = args.indexOf('--speed');
if (speedIdx >= 0) {
  const mb = Number(args[speedIdx + 1] ?? 10);
  const unit = articles.map((a) => a.text).join('\n\n');
  let big = unit;
  while (big.length < mb * 1e6) big += '\n\n' + unit;
  big = big.slice(0, mb * 1e6);
  const doc = extractProse(big);
  const sentences = splitSentences(doc);
  const directives = parseDirectives(doc, sentences);
  for (const run of ['cold', 'warm']) {
    const c0 = process.cpuUsage();
    const r = findAttributions(doc, sentences, directives, config);
    const u = process.cpuUsage(c0);
    const cpuMs = (u.user + u.system) / 1000;
    console.log(`attribution stage, ${run}: ${(big.length / 1e6).toFixed(1)} MB, ${sentences.length} sentences, ${r.attributions.length} attributions in ${cpuMs.toFixed(0)} ms CPU = ${(big.length / 1e6 / (cpuMs / 1000)).toFixed(1)} MB/s`);
  }
  process.exit(0);
}
let ms = 0;
let bytes = 0;
const scores = scorePolnear(articles, split, (text) => {
  const t0 = performance.now();
  const doc = extractProse(text);
  const sentences = splitSentences(doc);
  const r = findAttributions(doc, sentences, parseDirectives(doc, sentences), config);
  ms += performance.now() - t0;
  bytes += text.length;
  // A quotation's speaker found only through a name in the paragraph has no
  // lexical cue; PolNeAR marks none, so it is not scored.
  return { attributions: r.attributions.filter((a) => a.cue.kind !== 'quote') };
});

const pct = (x: number) => (100 * x).toFixed(1);
const line = (name: string, s: typeof scores.cue) =>
  `${name.padEnd(7)} gold ${String(s.gold).padStart(5)} pred ${String(s.predicted).padStart(5)}  exact P/R/F1 ${pct(s.exactScore.precision)}/${pct(s.exactScore.recall)}/${pct(s.exactScore.f1)}  overlap P/R/F1 ${pct(s.overlapScore.precision)}/${pct(s.overlapScore.recall)}/${pct(s.overlapScore.f1)}`;
console.log(`PolNeAR ${split}: ${scores.articles} articles, ${(bytes / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms (prose + sentences + attribution)`);
console.log(line('cue', scores.cue));
console.log(line('source', scores.source));

if (nErrors > 0) {
  const show = (label: string, pick: (r: (typeof scores.perArticle)[number]) => Range[]) => {
    console.log(`\n── ${label}`);
    let n = 0;
    for (const r of scores.perArticle) {
      for (const span of pick(r)) {
        if (n++ >= nErrors) return;
        const t = r.article.text;
        const ctx = (t.slice(Math.max(0, span.start - 60), span.start) + '⟦' + t.slice(span.start, span.end) + '⟧' + t.slice(span.end, span.end + 40)).replace(/\s+/g, ' ');
        console.log(`  ${ctx}`);
      }
    }
  };
  // Error samples are printed from the corpus for the engineer's eyes only; they are never written to the project.
  if (kind !== 'source') {
    show('cue misses', (r) => r.cues.missed);
    show('cue false alarms', (r) => r.cues.spurious);
  }
  if (kind !== 'cue') {
    show('source misses', (r) => r.sources.missed);
    show('source false alarms', (r) => r.sources.spurious);
  }
}
