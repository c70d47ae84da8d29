/**
 * Memory given back when documents close (issue 7: "Memory returns near
 * baseline after the documents are closed").
 *
 * The built server is spawned with `node --expose-gc` and a preload
 * (preload/memory.cjs) that, on SIGUSR2, collects garbage and writes down the
 * heap in use and how many worker threads are alive. A real client opens many
 * large drafts, asks for everything the server offers on them, edits them,
 * has the workspace checked (which analyses drafts that are not open in the
 * server's worker thread) and closes them, three times over; after each
 * round the heap must be back near where it was after a first, unmeasured
 * round, and the worker (whose heap this thread's figures do not include)
 * must be stopped. No timing is asserted.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
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
  // Drafts on disk that are never opened, for the workspace check.
  fs.mkdirSync(path.join(dir, 'drafts'));
  for (const i of [1, 2]) fs.writeFileSync(path.join(dir, 'drafts', `story-${i}.md`), generateDraft(20 * 1024, 900 + i));
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

/** One round: three different 150 KB drafts opened, used, edited, a workspace check, all closed. */
async function round(n: number): Promise<{ open: Reading; closed: Reading }> {
  const uris = Array.from({ length: 3 }, (_, i) => `untitled:memory-${n}-${i}.md`);
  for (const [i, uri] of uris.entries()) await client.open(uri, generateDraft(150 * 1024, n * 100 + i));
  for (const uri of uris) {
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.length, uri).toBeGreaterThan(0);
    await useEverything(uri, diagnostics);
    // An edit, so the server holds a second version's analysis for a moment too.
    await client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Officials said it was over. ' }]);
    await client.diagnostics(uri);
  }
  // The drafts on disk are checked in the worker thread.
  const checked = await client.request<{ files: number }>('sourcetrace/checkWorkspace', { folders: [pathToFileURL(path.join(dir, 'drafts')).href] });
  expect(checked.files).toBe(2);
  const open = await measure();
  for (const uri of uris) await client.close(uri);
  // A request after the closes: the server has read them all.
  await client.request('textDocument/documentSymbol', { textDocument: { uri: uris[0] } });
  return { open, closed: await settled() };
}

describe('memory after documents are closed (spawned server, --expose-gc)', () => {
  it('comes back near its baseline heap and stops the analysis worker, round after round', async () => {
    // A first round is not measured: the baseline after it includes what the
    // server loads once for all (optimised code, the lexicon, compiled
    // patterns, the worker's start-up).
    await round(0);
    const baseline = await settled();

    const figures: string[] = [`baseline ${(baseline.heapUsed / MB).toFixed(1)} MB heap, ${Math.round(baseline.rss / MB)} MB RSS`];
    const rounds: { open: Reading; closed: Reading }[] = [];
    for (let n = 1; n <= 3; n++) {
      const { open, closed } = await round(n);
      rounds.push({ open, closed });
      figures.push(
        `round ${n}: open ${(open.heapUsed / MB).toFixed(1)} MB heap, ${Math.round(open.rss / MB)} MB RSS, ${open.workers} worker; ` +
          `closed ${(closed.heapUsed / MB).toFixed(1)} MB heap, ${Math.round(closed.rss / MB)} MB RSS, ${closed.workers} workers`,
      );
    }
    const report = figures.join('\n');
    console.log(report);
    for (const { open, closed } of rounds) {
      // The measurement sees the drafts: with them open the heap is far above the baseline.
      expect(open.heapUsed - baseline.heapUsed, report).toBeGreaterThan(10 * MB);
      // The workspace check started the worker while drafts were open.
      expect(open.workers, report).toBe(1);
      // Closed, it is back within a few MB of the baseline (V8's own
      // bookkeeping moves a little), and the worker's heap is gone with it.
      expect(closed.heapUsed - baseline.heapUsed, report).toBeLessThan(4 * MB);
      expect(closed.external - baseline.external, report).toBeLessThan(4 * MB);
      expect(closed.workers, report).toBe(0);
    }
  }, 600_000);
});
