/**
 * Protocol abuse through a real client over stdio: the built server
 * (`node dist/server.js --stdio`) spawned as a process and driven by the
 * protocol tests' client (test/lsp/client.ts). test/lsp/protocol.test.ts
 * checks a few malformed requests in process; this file sends every request
 * the server offers with hostile parameters, replays abusive editing, and
 * checks after each that the process is alive, and that its final diagnostics
 * equal a fresh `analyze()` of the final text, converted by the project's own
 * finding→Diagnostic conversion (test/lsp/expected.ts).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ensureBuilt } from '../cli/run';
import { TestClient } from '../lsp/client';
import { expected } from '../lsp/expected';
import { draft } from './drafts';

const NEWS = 'Officials said 40 people had died. “It was chaos,” she said. Prices rose 12% last year, analysts say.\n\n';

/** Every request the server offers that takes a document and (for some) a position or range. */
const POSITION_REQUESTS = ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight'];
const DOCUMENT_REQUESTS = ['textDocument/documentSymbol', 'textDocument/codeLens', 'textDocument/inlayHint', 'textDocument/codeAction', 'textDocument/diagnostic', 'sourcetrace/sourcingReport'];

/** The parameters of a request of `method` for `uri` at `position`. */
function paramsFor(method: string, uri: string, position = { line: 0, character: 0 }): unknown {
  const range = { start: position, end: position };
  switch (method) {
    case 'textDocument/references':
      return { textDocument: { uri }, position, context: { includeDeclaration: true } };
    case 'textDocument/codeAction':
      return { textDocument: { uri }, range, context: { diagnostics: [] } };
    case 'textDocument/inlayHint':
      return { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: position } };
    case 'sourcetrace/sourcingReport':
      return { uri };
    default:
      return { textDocument: { uri }, position };
  }
}

/** What a request got: its result, or the LSP error code it was answered with. */
async function outcome(client: TestClient, method: string, params: unknown): Promise<{ result?: unknown; code?: number }> {
  try {
    return { result: await client.request(method, params) };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'number') throw e;
    return { code };
  }
}

/** True when a result is "nothing": null, an empty list or an empty report. */
function empty(result: unknown): boolean {
  if (result === null || result === undefined) return true;
  if (Array.isArray(result)) return result.length === 0;
  const items = (result as { items?: unknown[] }).items;
  return Array.isArray(items) && items.length === 0;
}

let client: TestClient;
beforeAll(async () => {
  ensureBuilt();
  // The typing hold keeps findings of a sentence being typed back for 1.5 s;
  // the final comparison waits for it rather than switching it off.
  client = await TestClient.spawned();
});
afterAll(async () => {
  await client?.dispose();
});

/** Fails unless the server process is still running and answering. */
async function alive(): Promise<void> {
  expect(client.process!.exitCode).toBeNull();
  expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'untitled:ping.md' } })).toEqual([]);
}

/** Waits until the last diagnostics published for `uri`, at its current version, equal a fresh analysis of the client's copy of the text. */
async function settlesOnFreshAnalysis(uri: string, ms = 20_000): Promise<void> {
  const doc = client.docs.get(uri)!;
  const want = JSON.stringify(expected(doc.getText()).diagnostics);
  const latest = (): Diagnostic[] | undefined => client.published.get(uri)?.filter((p) => p.version === doc.version).at(-1)?.diagnostics;
  try {
    await client.until(() => JSON.stringify(latest()) === want, `diagnostics of ${uri} v${doc.version} equal to a fresh analysis`, ms);
  } catch (e) {
    // Show the difference, not only the time-out.
    expect(latest()).toEqual(expected(doc.getText()).diagnostics);
    throw e;
  }
}

describe('the language server over stdio, abused', () => {
  it('answers requests for documents never opened with an empty result or an LSP error', async () => {
    const ghost = 'file:///nowhere/never-opened.md';
    for (const method of [...POSITION_REQUESTS, ...DOCUMENT_REQUESTS]) {
      const r = await outcome(client, method, paramsFor(method, ghost));
      if (r.code === undefined) expect(empty(r.result), `${method} on a document never opened`).toBe(true);
      else expect(r.code, method).toBeLessThan(0);
    }
    await alive();
  });

  it('answers positions past the end of the text, negative and fractional ones, without an error', async () => {
    const uri = 'untitled:positions.md';
    await client.open(uri, NEWS);
    await client.diagnostics(uri);
    for (const position of [
      { line: 1e9, character: 1e9 },
      { line: 0, character: 1e9 },
      { line: 2 ** 31 - 1, character: 0 },
      { line: 3, character: 5 },
    ]) {
      for (const method of POSITION_REQUESTS) {
        const r = await outcome(client, method, paramsFor(method, uri, position));
        expect(r.code, `${method} at ${JSON.stringify(position)}`).toBeUndefined();
      }
      for (const method of ['textDocument/codeAction', 'textDocument/inlayHint']) {
        const r = await outcome(client, method, paramsFor(method, uri, position));
        expect(r.code, `${method} to ${JSON.stringify(position)}`).toBeUndefined();
      }
    }
    for (const position of [{ line: -1, character: -1 }, { line: 0.5, character: 1.5 }]) {
      for (const method of POSITION_REQUESTS) {
        const r = await outcome(client, method, paramsFor(method, uri, position));
        // Not a valid LSP position: an invalid-params error, or a clamped answer.
        if (r.code !== undefined) expect(r.code).toBe(-32602);
      }
    }
    await alive();
  });

  it('answers malformed parameters of every request with invalid-params, and keeps serving', async () => {
    const uri = 'untitled:malformed.md';
    await client.open(uri, NEWS);
    const bad: unknown[] = [null, 42, 'text', [], {}, { textDocument: null }, { textDocument: { uri: 7 } }, { textDocument: { uri }, position: 'start' }, { textDocument: { uri }, position: { line: {}, character: [] } }, { textDocument: { uri }, range: { start: null } }];
    for (const method of [...POSITION_REQUESTS, ...DOCUMENT_REQUESTS, 'workspace/executeCommand', 'sourcetrace/checkWorkspace']) {
      for (const params of bad) {
        const r = await outcome(client, method, params);
        if (r.code !== undefined) expect([-32602, -32600, -32603], `${method} ${JSON.stringify(params)} → ${r.code}`).toContain(r.code);
        else expect(empty(r.result) || typeof r.result === 'object', `${method} ${JSON.stringify(params)}`).toBe(true);
      }
    }
    const unknown = await outcome(client, 'sourcetrace/noSuchRequest', {});
    expect(unknown.code).toBe(-32601);
    await alive();
    await settlesOnFreshAnalysis(uri);
  });

  // A stale change would overwrite newer text and leave the server's copy of
  // the draft different from the editor's: open v1, change to v2 "B", then a
  // change marked v1 "C"; the server must keep analysing "B".
  it('ignores a change whose version goes backwards, and ends on the analysis of the text it holds', async () => {
    const uri = 'untitled:versions.md';
    await client.open(uri, NEWS);
    await client.change(uri, [{ text: NEWS + 'The mayor said so.' }]);
    await client.change(uri, [{ text: NEWS + 'The mayor said so. Experts warn.' }]);
    // A stale change (version 2 again, then 1) that the server must not apply.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Stale text, reportedly.' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: 'Older text.' }] });
    const v = await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Now: ' }]);
    expect(v).toBe(4);
    await alive();
    await settlesOnFreshAnalysis(uri, 5_000);
  });

  it('clamps edits whose ranges lie beyond the end of the text, as the client does', async () => {
    const uri = 'untitled:beyond.md';
    await client.open(uri, NEWS);
    await client.change(uri, [{ range: { start: { line: 500, character: 0 }, end: { line: 900, character: 9 } }, text: 'Appended, officials said.' }]);
    await client.change(uri, [{ range: { start: { line: 0, character: 1e6 }, end: { line: 1e6, character: 1e6 } }, text: ' Cut.' }]);
    await client.change(uri, [{ range: { start: { line: 3, character: 2 }, end: { line: 0, character: 4 } }, text: 'Reversed range' }]);
    await alive();
    await settlesOnFreshAnalysis(uri);
  });

  it('survives rapid open and close of the same document, and ends on a fresh analysis', async () => {
    const uri = 'untitled:flicker.md';
    for (let i = 0; i < 200; i++) {
      await client.open(uri, `${NEWS}Round ${i}, sources said.`);
      await client.close(uri);
    }
    await client.open(uri, NEWS + 'Final, officials said.');
    await alive();
    await settlesOnFreshAnalysis(uri);
  });

  it('takes 1,000 edits in a second and publishes the analysis of the final text', async () => {
    const uri = 'untitled:storm.md';
    await client.open(uri, NEWS.repeat(5));
    const words = ['Officials said ', '“', '”', 'reportedly ', '42% ', '\n\n', '. ', 'the mayor told reporters ', '😀', '\r\n'];
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const sends: Promise<number>[] = [];
    for (let i = 0; i < 1000; i++) {
      const doc = client.docs.get(uri)!;
      const len = doc.getText().length;
      const a = rand(len + 1);
      const b = Math.min(len, a + (rand(4) === 0 ? rand(12) : 0));
      // Never split a surrogate pair: an editor does not either.
      const text = doc.getText();
      const safe = (o: number) => (o > 0 && o < len && /[\udc00-\udfff]/.test(text[o]!) && /[\ud800-\udbff]/.test(text[o - 1]!) ? o - 1 : o);
      sends.push(client.change(uri, [{ range: { start: doc.positionAt(safe(a)), end: doc.positionAt(safe(b)) }, text: words[rand(words.length)]! }]));
    }
    await Promise.all(sends);
    expect(client.docs.get(uri)!.version).toBe(1001);
    await alive();
    await settlesOnFreshAnalysis(uri);
  });
});

describe('random edit sequences (in-process server, same client)', () => {
  it('after any sequence of incremental edits, the published diagnostics equal a fresh analysis of the final text', async () => {
    // In process and with no typing hold, so each run takes milliseconds; the
    // spawned server above covers the same path over stdio.
    const local = await TestClient.inProcess({ server: { typingHoldMs: 0 } });
    let run = 0;
    try {
      const edit = fc.record({ from: fc.nat(), len: fc.nat({ max: 40 }), text: draft(4), full: fc.boolean() });
      await fc.assert(
        fc.asyncProperty(draft(20), fc.array(edit, { minLength: 1, maxLength: 25 }), async (initial, edits) => {
          const uri = `untitled:random-${run++}.md`;
          await local.open(uri, initial);
          for (const e of edits) {
            const doc = local.docs.get(uri)!;
            const text = doc.getText();
            // Editors never split a surrogate pair; keep offsets on code point boundaries.
            const snap = (o: number) => (o > 0 && o < text.length && /[\udc00-\udfff]/.test(text[o]!) && /[\ud800-\udbff]/.test(text[o - 1]!) ? o - 1 : o);
            const start = snap(text.length ? e.from % (text.length + 1) : 0);
            const end = snap(Math.min(text.length, start + e.len));
            if (e.full) await local.change(uri, [{ text: e.text }]);
            else await local.change(uri, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: e.text }]);
          }
          const finalText = local.docs.get(uri)!.getText();
          // Findings only: directive and front-matter problems are published beside them.
          const findings = (await local.diagnostics(uri)).filter((d) => d.data);
          expect(findings).toEqual(expected(finalText).diagnostics);
          await local.close(uri);
        }),
        { numRuns: 100 },
      );
    } finally {
      await local.dispose();
    }
  });
});
