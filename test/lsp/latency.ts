/**
 * Measures keystroke → diagnostics latency through the LSP wire, as an
 * editor sees it: a ~10,000-word draft (the worked example repeated) is open
 * in the test client; each keystroke is one incremental `didChange`, and the
 * time runs until the `publishDiagnostics` of that version arrives.
 *
 *   npx tsx test/lsp/latency.ts [--words 10000] [--keys 40] [--spawn | --cached-engine]
 *
 * Not a test (no timed assertions in tests): the formal figure is in
 * `npm run bench`. `--spawn` measures the bundled server over stdio instead of
 * the in-process server over streams. `--cached-engine` replaces the engine
 * with one that returns a precomputed analysis at once, so what is left is the
 * server's and the wire's own share of the latency.
 */
import { analyze } from '../../server/src/engine';
import type { AnalyzeFn } from '../../server/src/lsp/analysis';
import { TestClient } from './client';
import { kursk } from './expected';

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

async function main(): Promise<void> {
  const words = arg('--words', 10_000);
  const keys = arg('--keys', 40);
  const base = kursk();
  const perCopy = base.split(/\s+/).filter(Boolean).length;
  const text = Array.from({ length: Math.ceil(words / perCopy) }, () => base).join('\n\n');
  let client: TestClient;
  if (process.argv.includes('--spawn')) client = await TestClient.spawned();
  else if (process.argv.includes('--cached-engine')) {
    const precomputed = analyze(text);
    const instant: AnalyzeFn = async () => precomputed;
    client = await TestClient.inProcess({ server: { analyze: instant } });
  } else client = await TestClient.inProcess();
  const uri = 'untitled:latency.md';
  let t0 = performance.now();
  await client.open(uri, text);
  await client.diagnostics(uri);
  const open = performance.now() - t0;

  // Type at the end of the middle paragraph, a word at a time, as a writer would.
  const doc = () => client.docs.get(uri)!;
  const middle = text.indexOf('.\n', Math.floor(text.length / 2));
  const typed = ' And then some more words were added to it';
  const times: number[] = [];
  for (let i = 0; i < keys; i++) {
    const ch = typed[i % typed.length]!;
    const at = doc().positionAt(middle + i);
    t0 = performance.now();
    const version = await client.change(uri, [{ range: { start: at, end: at }, text: ch }]);
    await client.until(() => client.published.get(uri)?.some((p) => p.version === version) ?? false, `v${version}`, 60_000);
    times.push(performance.now() - t0);
  }
  await client.dispose();
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  const count = text.split(/\s+/).filter(Boolean).length;
  console.log(`${count} words, ${text.length} characters; open → diagnostics ${open.toFixed(0)} ms`);
  console.log(`keystroke → diagnostics over ${keys} keystrokes: median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${q(1)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
