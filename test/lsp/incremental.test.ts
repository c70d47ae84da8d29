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
import { TextDocument } from 'vscode-languageserver-textdocument';
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

/** What the edits of the CRLF runs insert: line breaks of both kinds, multi-line text, paragraphs, quotations. */
const CRLF_INSERTS = ['\r\n', '\r\n\r\n', '\n', '\r', 'x', ' said', '. ', 'He said.\r\nShe said "yes."\r\n\r\nOfficials said', '\r\n> “It is over,” he said.\r\n', '\r\n- a list item, according to reports\r\n', 'Mr Brown\r\nsaid it doubled', ''];

/** One change as fractions of the text it applies to. */
const crlfChange = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 40 }), insert: fc.constantFrom(...CRLF_INSERTS) });

/**
 * A notification: one to three changes, each relative to the text the one
 * before it left (as LSP has them), or a burst of typing, one character per
 * notification.
 */
const notification = fc.oneof(
  fc.record({ changes: fc.array(crlfChange, { minLength: 1, maxLength: 3 }) }),
  fc.record({ typed: fc.constantFrom('Officials said it doubled.\r\nAnalysts said', '“We will,” she said\r\n\r\nThe bank said', ' according to reports. '), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

/** Sends the notifications; returns the final text. */
async function sendNotifications(c: TestClient, uri: string, list: ({ changes: { at: number; remove: number; insert: string }[] } | { typed: string; at: number })[]): Promise<string> {
  for (const n of list) {
    if ('typed' in n) {
      let at = Math.floor(n.at * c.docs.get(uri)!.getText().length);
      for (const ch of n.typed) {
        const pos = c.docs.get(uri)!.positionAt(at);
        await c.change(uri, [{ range: { start: pos, end: pos }, text: ch }]);
        at++;
      }
      continue;
    }
    // Each change's positions are taken on the text the changes before it in the notification leave.
    const scratch = TextDocument.create(uri, 'markdown', 0, c.docs.get(uri)!.getText());
    const changes = n.changes.map((e) => {
      const text = scratch.getText();
      const start = Math.floor(e.at * text.length);
      const end = Math.min(text.length, start + e.remove);
      const change = { range: { start: scratch.positionAt(start), end: scratch.positionAt(end) }, text: e.insert };
      TextDocument.update(scratch, [change], scratch.version + 1);
      return change;
    });
    await c.change(uri, changes);
  }
  return c.docs.get(uri)!.getText();
}

/**
 * Random notifications on the worked example with CRLF line breaks; the final
 * diagnostics must equal those of the same text opened fresh in the same
 * server, and a whole-text analysis's.
 */
async function randomCrlfEdits(c: TestClient, numRuns: number, pull: boolean): Promise<void> {
  const base = kursk().replace(/\r?\n/g, '\r\n');
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(notification, { minLength: 1, maxLength: 6 }), async (list) => {
      const uri = `untitled:crlf-${n}.md`;
      const fresh = `untitled:crlf-${n++}-fresh.md`;
      await c.open(uri, base);
      await c.diagnostics(uri);
      const text = await sendNotifications(c, uri, list);
      await c.open(fresh, text);
      const want = await c.diagnostics(fresh);
      expect(want).toEqual(expected(text).diagnostics);
      if (pull) expect(await c.diagnostics(uri)).toEqual(want);
      else {
        // A sentence still open at the end may hold its new findings back for a moment: wait for them.
        const version = c.docs.get(uri)!.version;
        await c.until(() => {
          const last = c.published.get(uri)?.filter((p) => p.version === version).at(-1);
          return last !== undefined && JSON.stringify(last.diagnostics) === JSON.stringify(want);
        }, `diagnostics of ${uri} v${version} equal to a fresh open's`, 30_000);
      }
      await c.close(uri);
      await c.close(fresh);
    }),
    { numRuns },
  );
}

describe('incremental analysis in the server equals a whole-text analysis', () => {
  it('after random multi-change, multi-line notifications with CRLF line breaks, pushed (in-process)', async () => {
    client = await TestClient.inProcess({ server: { typingHoldMs: 0 } });
    await randomCrlfEdits(client, 10, false);
  }, 180_000);

  it('after random multi-change, multi-line notifications with CRLF line breaks, pulled (in-process)', async () => {
    client = await TestClient.inProcess({ pull: true, server: { typingHoldMs: 0 } });
    await randomCrlfEdits(client, 8, true);
  }, 180_000);

  it('after random multi-change, multi-line notifications with CRLF line breaks, pushed by the spawned stdio server', async () => {
    client = await TestClient.spawned();
    await randomCrlfEdits(client, 4, false);
  }, 180_000);

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
