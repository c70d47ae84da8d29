/**
 * The language server analyses open drafts incrementally (lsp/analysis.ts,
 * engine/incremental.ts). Over the real protocol, after any sequence of
 * incremental changes, sent without waiting as a fast typist's editor sends
 * them, the diagnostics of the final version must equal those of a fresh
 * whole-text analysis: pushed and pulled, in-process and from the spawned
 * stdio server.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/run';
import { TestClient } from './client';
import { expected, kursk } from './expected';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.dispose();
  client = undefined;
});
beforeAll(() => ensureBuilt());

/** What an edit inserts: prose, names, quotation marks, paragraph breaks, block markers, directives. */
const INSERTS = ['a', ' ', '.', '\n', '\n\n', '"', '“', 'Mr Brown said', ' officials said', ' according to reports', '<!-- sourcetrace-disable-line -->', '\n# ', '\n> ', '[^9]', ''];

/** One edit as offsets into the current text: the fractions pick where and how far. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 12 }), insert: fc.constantFrom(...INSERTS) });

/** Sends the edits one `didChange` each, as ranges, without waiting for diagnostics; returns the final text. */
async function sendEdits(c: TestClient, uri: string, edits: { at: number; remove: number; insert: string }[]): Promise<string> {
  for (const e of edits) {
    const doc = c.docs.get(uri)!;
    const text = doc.getText();
    const start = Math.floor(e.at * text.length);
    const end = Math.min(text.length, start + e.remove);
    await c.change(uri, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: e.insert }]);
  }
  return c.docs.get(uri)!.getText();
}

/** Random edit sequences on the worked example, each in a document of its own; the final diagnostics must equal a whole-text analysis's. */
async function randomEdits(pull: boolean, numRuns: number): Promise<void> {
  client = await TestClient.inProcess({ pull, server: { typingHoldMs: 0 } });
  const c = client;
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
      const uri = `untitled:random-${n++}.md`;
      await c.open(uri, kursk());
      await c.diagnostics(uri);
      const text = await sendEdits(c, uri, edits);
      expect(await c.diagnostics(uri)).toEqual(expected(text).diagnostics);
      await c.close(uri);
    }),
    { numRuns },
  );
}

describe('incremental analysis in the server equals a whole-text analysis', () => {
  it('after random edit sequences, pushed (in-process)', () => randomEdits(false, 12), 180_000);

  it('after random edit sequences, pulled (in-process)', () => randomEdits(true, 8), 180_000);

  it('when typing a paragraph character by character into the spawned stdio server', async () => {
    client = await TestClient.spawned();
    const uri = 'untitled:spawned-typing.md';
    const base = kursk();
    await client.open(uri, base);
    await client.diagnostics(uri);
    const at = base.indexOf('\n\n', base.length >> 1);
    const typed = ' Officials said: "It is over." Mr Brown said it doubled.\n\nAnalysts said prices rose';
    const doc = client.docs.get(uri)!;
    for (let i = 0; i < typed.length; i++) {
      const pos = doc.positionAt(at + i);
      await client.change(uri, [{ range: { start: pos, end: pos }, text: typed[i]! }]);
    }
    const text = client.docs.get(uri)!.getText();
    expect(text).toBe(base.slice(0, at) + typed + base.slice(at));
    // The last sentence is still open: wait past the typing hold for its findings.
    await client.until(() => {
      const last = client!.published.get(uri)?.at(-1);
      return last?.version === doc.version && last.diagnostics.length === expected(text).diagnostics.length;
    }, 'diagnostics of the final version', 30_000);
    expect(client.published.get(uri)!.at(-1)!.diagnostics).toEqual(expected(text).diagnostics);
  }, 120_000);
});
