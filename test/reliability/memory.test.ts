/**
 * Memory given back when documents close (issue 7: "Memory returns near
 * baseline after the documents are closed").
 *
 * The built server is spawned with `node --expose-gc` and a preload
 * (preload/memory.cjs) that, on SIGUSR2, collects garbage and writes down the
 * heap in use and how many worker threads are alive. A real client opens many
 * large drafts, asks for everything the server offers on them, edits them and
 * closes them, three times over; after each round the heap must be back near
 * where it was before the first, and the analysis worker (whose heap this
 * thread's figures do not include) must be stopped. No timing is asserted.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { generateDraft } from '../../scripts/bench/generate';
import { ensureBuilt, repoRoot } from '../cli/run';
import { TestClient } from '../lsp/client';

const PRELOAD = path.join(repoRoot, 'test/reliability/preload/memory.cjs');
const MB = 2 ** 20;

/** One reading of the preload: after garbage collection, in bytes. */
interface Reading {
  heapUsed: number;
  /** Memory outside the heap that JavaScript objects hold (buffers). */
  external: number;
  rss: number;
  workers: number;
}

let dir: string;
let file: string;
let client: TestClient;

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-memory-'));
  file = path.join(dir, 'readings.jsonl');
  // Pull diagnostics: the client asks and the server answers once the
  // analysis is done, however long a loaded machine takes.
  client = await TestClient.spawned({ pull: true, nodeArgs: ['--expose-gc', '--require', PRELOAD], env: { ST_MEMORY: file } });
});

afterAll(async () => {
  await client?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Asks the server's preload for a reading and waits for it. */
async function measure(): Promise<Reading> {
  const lines = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
  const before = lines().length;
  client.process!.kill('SIGUSR2');
  for (;;) {
    const now = lines();
    if (now.length > before) return JSON.parse(now[now.length - 1]!) as Reading;
    if (client.process!.exitCode !== null) throw new Error('the server exited');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * A reading once the worker thread has had the chance to exit: stopping it
 * is asynchronous, so read again a few times while one is still alive.
 */
async function settled(): Promise<Reading> {
  let r = await measure();
  for (let i = 0; i < 50 && r.workers > 0; i++) {
    await new Promise((res) => setTimeout(res, 100));
    r = await measure();
  }
  return r;
}

/** Everything the server offers on a document, so that every cache it has is filled. */
async function useEverything(uri: string, diagnostics: Diagnostic[]): Promise<void> {
  const first = diagnostics[0];
  const at = first?.range.start ?? { line: 0, character: 0 };
  const doc = { textDocument: { uri } };
  await client.request('textDocument/hover', { ...doc, position: at });
  await client.request('textDocument/documentSymbol', doc);
  await client.request('textDocument/definition', { ...doc, position: at });
  await client.request('textDocument/references', { ...doc, position: at, context: { includeDeclaration: true } });
  await client.request('textDocument/documentHighlight', { ...doc, position: at });
  await client.request('textDocument/codeLens', doc);
  await client.request('textDocument/inlayHint', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } } });
  await client.request('textDocument/codeAction', { ...doc, range: first?.range ?? { start: at, end: at }, context: { diagnostics: first ? [first] : [] } });
  await client.request('sourcetrace/sourcingReport', { uri });
}

describe('memory after documents are closed (spawned server, --expose-gc)', () => {
  it('comes back near its baseline heap and stops the analysis worker, round after round', async () => {
    // Warm up first, so the baseline includes what any first draft loads
    // once for all (code, the lexicon, compiled patterns).
    const warm = 'untitled:warm-up.md';
    await client.open(warm, generateDraft(5 * 1024, 7));
    await useEverything(warm, await client.diagnostics(warm));
    await client.close(warm);
    const baseline = await settled();

    const figures: string[] = [`baseline ${(baseline.heapUsed / MB).toFixed(1)} MB heap, ${Math.round(baseline.rss / MB)} MB RSS`];
    const rounds: { open: Reading; closed: Reading }[] = [];
    for (let round = 1; round <= 3; round++) {
      // Four drafts of 200 KB, each different, 800 KB of text in all.
      const uris = Array.from({ length: 4 }, (_, i) => `untitled:memory-${round}-${i}.md`);
      for (const [i, uri] of uris.entries()) await client.open(uri, generateDraft(200 * 1024, round * 100 + i));
      for (const uri of uris) {
        const diagnostics = await client.diagnostics(uri);
        expect(diagnostics.length, uri).toBeGreaterThan(0);
        await useEverything(uri, diagnostics);
        // An edit, so the server holds a second version's analysis for a moment too.
        await client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Officials said it was over. ' }]);
        await client.diagnostics(uri);
      }
      const open = await measure();
      for (const uri of uris) await client.close(uri);
      // A request after the closes: the server has read them all.
      await client.request('textDocument/documentSymbol', { textDocument: { uri: uris[0] } });
      const closed = await settled();
      rounds.push({ open, closed });
      figures.push(
        `round ${round}: open ${(open.heapUsed / MB).toFixed(1)} MB heap, ${Math.round(open.rss / MB)} MB RSS, ${open.workers} worker; ` +
          `closed ${(closed.heapUsed / MB).toFixed(1)} MB heap, ${Math.round(closed.rss / MB)} MB RSS, ${closed.workers} workers`,
      );
    }
    const report = figures.join('\n');
    console.log(report);
    for (const { open, closed } of rounds) {
      // The measurement sees the drafts: with them open the heap is far above the baseline.
      expect(open.heapUsed - baseline.heapUsed, report).toBeGreaterThan(10 * MB);
      expect(open.workers, report).toBe(1);
      // Closed, it is back within a few MB of the baseline (V8's own
      // bookkeeping moves a little), and the worker's heap is gone with it.
      expect(closed.heapUsed - baseline.heapUsed, report).toBeLessThan(4 * MB);
      expect(closed.external - baseline.external, report).toBeLessThan(4 * MB);
      expect(closed.workers, report).toBe(0);
    }
  }, 600_000);
});
