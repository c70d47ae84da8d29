/**
 * The benchmark's typing, replayed in process: opens a draft in an
 * incremental analyzer, types the characters `keystrokes()` types where it
 * types them, and reports per keystroke how many paragraphs were analysed
 * again and how long the analysis and the server's conversion to diagnostics
 * took. No server, no transport: where a keystroke's time goes in the engine.
 *
 *   npx tsx scripts/bench/replay.ts .bench/drafts/draft-100KB-s20261127-v1.md [keystrokes]
 */
import { readFileSync } from 'node:fs';
import { createIncrementalAnalyzer, resolveConfig } from '../../server/src/engine';
import { makeResult } from '../../server/src/lsp/analysis';
import { TYPED, typingOffset } from './lsp';
import { percentile } from './proc';

function main(): void {
  const [file, count] = process.argv.slice(2);
  if (!file) {
    console.error('usage: replay.ts DRAFT [keystrokes]');
    process.exit(2);
  }
  let text = readFileSync(file, 'utf8');
  const n = Number(count ?? 200);
  const config = resolveConfig({}, undefined);
  const inc = createIncrementalAnalyzer({ config });
  inc.analyze(text);
  let offset = typingOffset(text);
  const rows: { analyse: number; cpu: number; convert: number; analysed: number; replayed: number }[] = [];
  for (let k = 0; k < n; k++) {
    text = text.slice(0, offset) + TYPED.charAt(k % TYPED.length) + text.slice(offset);
    offset++;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const analysis = inc.analyze(text);
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    makeResult('file:///draft.md', k + 2, text, analysis, { enabled: true, config, key: '' });
    rows.push({ analyse: t1 - t0, cpu: (c1.user + c1.system) / 1000, convert: performance.now() - t1, analysed: inc.stats.analysed, replayed: inc.stats.replayed ?? 0 });
  }
  const show = (label: string, xs: number[], digits: number) =>
    console.log(`${label.padEnd(22)} p50 ${percentile(xs, 50).toFixed(digits)}  p95 ${percentile(xs, 95).toFixed(digits)}  max ${Math.max(...xs).toFixed(digits)}  mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(digits)}`);
  console.log(`${file}: ${inc.stats.blocks} paragraphs, ${n} keystrokes`);
  show('paragraphs analysed', rows.map((r) => r.analysed), 0);
  show('paragraphs replayed', rows.map((r) => r.replayed), 0);
  show('analysis, ms', rows.map((r) => r.analyse), 1);
  // CPU time (user + system, the garbage collector's threads included): a loaded machine disturbs it far less than wall time.
  show('analysis, ms CPU', rows.map((r) => r.cpu), 1);
  show('diagnostics, ms', rows.map((r) => r.convert), 1);
  console.log(`keystrokes analysing more than 20 paragraphs: ${rows.filter((r) => r.analysed > 20).length}`);
}

main();
