/**
 * How the server behaves as an LSP peer: pull diagnostics, incremental sync,
 * superseded work, a sentence still being typed, malformed requests, the
 * workspace check with progress, and inlay hints on resolved pronouns.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/engine';
import type { AnalyzeFn } from '../../server/src/lsp/analysis';
import { CheckWorkspaceRequest } from '../../server/src/lsp/protocol';
import { fileUri, TestClient } from './client';
import { expected, kursk } from './expected';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.dispose();
  client = undefined;
});

describe('diagnostics', () => {
  it('are pulled when the client supports it, and equal what push would publish', async () => {
    client = await TestClient.inProcess({ pull: true });
    expect(client.initializeResult!.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false, workspaceDiagnostics: false });
    const uri = 'untitled:pull.md';
    const text = kursk();
    await client.open(uri, text);
    expect(await client.diagnostics(uri)).toEqual(expected(text).diagnostics);
    // Nothing is pushed to a pull client.
    expect(client.published.get(uri)).toBeUndefined();
  });

  it('a second pull of an unchanged draft is answered “unchanged”', async () => {
    client = await TestClient.inProcess({ pull: true });
    const uri = 'untitled:pull-unchanged.md';
    await client.open(uri, kursk());
    type Report = { kind: string; resultId?: string; items?: unknown[] };
    const first = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    expect(first.kind).toBe('full');
    expect(first.resultId).toBeDefined();
    const second = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    expect(second).toEqual({ kind: 'unchanged', resultId: first.resultId });
    // After an edit the report is full again.
    const at = client.docs.get(uri)!.positionAt(0);
    await client.change(uri, [{ range: { start: at, end: at }, text: '# Title\n\n' }]);
    const third = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    expect(third.kind).toBe('full');
    expect(third.resultId).not.toBe(first.resultId);
  });

  it('a pull client is asked to pull again when settings change', async () => {
    client = await TestClient.inProcess({ pull: true });
    const uri = 'untitled:pull-refresh.md';
    await client.open(uri, kursk());
    await client.diagnostics(uri);
    await client.setSettings({ rules: { 'vague-attribution': 'off' } });
    await client.until(() => client!.requests.some((r) => r.method === 'workspace/diagnostic/refresh'), 'diagnostic refresh');
    expect((await client.diagnostics(uri)).some((d) => d.code === 'vague-attribution')).toBe(false);
  });

  it('follow incremental changes, and only the latest version is published', async () => {
    client = await TestClient.inProcess();
    const uri = 'untitled:typing.md';
    const text = kursk();
    await client.open(uri, text);
    await client.diagnostics(uri);
    // Type a new paragraph character by character without waiting.
    const addition = '\n\nAccording to reports, the bridge was closed.';
    const end = client.docs.get(uri)!.positionAt(text.length);
    let version = 1;
    for (let i = 0; i < addition.length; i++) {
      const ch = addition[i]!;
      const at = client.docs.get(uri)!.positionAt(text.length + i);
      version = await client.change(uri, [{ range: { start: at, end: at }, text: ch }]);
    }
    expect(end.line).toBeGreaterThan(0);
    const final = await client.diagnostics(uri);
    expect(final).toEqual(expected(text + addition).diagnostics);
    const versions = client.published.get(uri)!.map((p) => p.version!);
    // Published in order, never an older version after a newer one, ending with the last.
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(version);
    // Dozens of analyses of the draft: slow on a busy 2-core machine.
  }, 120_000);

  it('hold back new findings in a sentence still being typed until the writer pauses', async () => {
    client = await TestClient.inProcess({ server: { typingHoldMs: 150 } });
    const uri = 'untitled:hold.md';
    const text = 'The bridge closed in May, the mayor said.\n';
    await client.open(uri, text);
    const before = await client.diagnostics(uri);
    const typed = 'According to reports, the toll will double';
    const at = client.docs.get(uri)!.positionAt(text.length);
    await client.change(uri, [{ range: { start: at, end: at }, text: typed }]);
    const full = expected(text + typed).diagnostics;
    const inTyped = full.filter((d) => d.range.start.line === 1);
    expect(inTyped.length).toBeGreaterThan(0);
    // First what is not being typed…
    const first = await client.diagnostics(uri);
    expect(first.filter((d) => d.range.start.line === 1)).toEqual([]);
    expect(first).toEqual(before.filter((d) => d.range.start.line === 0));
    // …then, after the pause, everything.
    await client.until(() => (client!.published.get(uri)?.at(-1)?.diagnostics.length ?? 0) === full.length, 'held findings released');
    expect(client.published.get(uri)!.at(-1)!.diagnostics).toEqual(full);
  });

  it('a sentence that ends is checked at once', async () => {
    client = await TestClient.inProcess({ server: { typingHoldMs: 60_000 } });
    const uri = 'untitled:ended.md';
    const text = 'The bridge closed in May, the mayor said.\n';
    await client.open(uri, text);
    await client.diagnostics(uri);
    const typed = 'According to reports, the toll will double.';
    const at = client.docs.get(uri)!.positionAt(text.length);
    await client.change(uri, [{ range: { start: at, end: at }, text: typed }]);
    expect(await client.diagnostics(uri)).toEqual(expected(text + typed).diagnostics);
  });

  it('are cleared when a document closes', async () => {
    client = await TestClient.inProcess();
    const uri = 'untitled:closing.md';
    await client.open(uri, kursk());
    expect((await client.diagnostics(uri)).length).toBeGreaterThan(0);
    await client.close(uri);
    await client.until(() => client!.published.get(uri)?.at(-1)?.diagnostics.length === 0, 'cleared diagnostics');
  });
});

describe('a failing engine', () => {
  it('is retried once (a dead worker is restarted), and the failure is logged', async () => {
    let calls = 0;
    const flaky: AnalyzeFn = async (text, config) => {
      if (++calls === 1) throw new Error('the analysis worker exited with code 1');
      return analyze(text, { config });
    };
    client = await TestClient.inProcess({ server: { analyze: flaky } });
    const uri = 'untitled:flaky.md';
    await client.open(uri, kursk());
    expect(await client.diagnostics(uri)).toEqual(expected(kursk()).diagnostics);
    expect(client.messages.some((m) => m.includes('analysis of untitled:flaky.md failed'))).toBe(true);
  });

  it('that always throws leaves the draft without findings and the server serving', async () => {
    const broken: AnalyzeFn = async () => {
      throw new Error('engine bug');
    };
    client = await TestClient.inProcess({ server: { analyze: broken } });
    const uri = 'untitled:broken.md';
    await client.open(uri, kursk());
    expect(await client.diagnostics(uri)).toEqual([]);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
  });
});

describe('malformed requests', () => {
  it('get LSP errors and the server keeps serving', async () => {
    client = await TestClient.inProcess();
    const uri = 'untitled:robust.md';
    await client.open(uri, kursk());
    const code = async (method: string, params: unknown) => {
      try {
        await client!.request(method, params);
        return 'no error';
      } catch (e) {
        return (e as { code: number }).code;
      }
    };
    expect(await code('textDocument/hover', {})).toBe(-32602);
    expect(await code('textDocument/hover', { textDocument: { uri } })).toBe(-32602);
    expect(await code('textDocument/hover', { textDocument: { uri }, position: { line: 'x' } })).toBe(-32602);
    expect(await code('textDocument/codeAction', { textDocument: { uri }, range: null })).toBe(-32602);
    expect(await code('workspace/executeCommand', { command: 'sourcetrace.nope' })).toBe(-32602);
    expect(await code('workspace/executeCommand', { command: 'sourcetrace.server.fixAll', arguments: [42] })).toBe(-32602);
    expect(await code('sourcetrace/sourcingReport', { uri: 'untitled:not-open.md' })).toBe(-32602);
    expect(await code('sourcetrace/noSuchRequest', {})).toBe(-32601);
    // Changes to documents that are not open, positions far outside the text: ignored or clamped.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'untitled:ghost.md', version: 2 }, contentChanges: [{ text: 'x' }] });
    const far = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1e9, character: 1e9 } });
    expect(far === null || typeof far === 'object').toBe(true);
    // Malformed notifications are ignored: they cannot be answered with an error.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:bad.md', languageId: 'markdown', version: 1, text: null } });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 99 },
      contentChanges: [{ range: { start: { line: 'a' }, end: null }, text: 5 }],
    });
    await client.connection.sendNotification('textDocument/didClose', {});
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: null });
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'untitled:bad.md' } })).toEqual([]);
    // A document that is not open has no answers, but no error either.
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: 'untitled:ghost.md' } })).toEqual([]);
    // Still alive and answering.
    expect((await client.diagnostics(uri)).length).toBeGreaterThan(0);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.length).toBeGreaterThan(0);
  });
});

describe('check all drafts in the workspace', () => {
  it('analyses every draft, publishes their diagnostics and reports progress', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'st-lsp-ws-'));
    try {
      fs.mkdirSync(path.join(dir, 'drafts'));
      fs.mkdirSync(path.join(dir, 'skipped'));
      fs.writeFileSync(path.join(dir, 'drafts/a.md'), kursk());
      fs.writeFileSync(path.join(dir, 'drafts/b.md'), '# Notes\n\nWhat happens next?\n');
      fs.writeFileSync(path.join(dir, 'skipped/c.md'), kursk());
      fs.writeFileSync(path.join(dir, 'drafts/not-a-draft.txt'), kursk());
      fs.writeFileSync(path.join(dir, '.sourcetrace.json'), JSON.stringify({ ignore: ['skipped/'] }));
      client = await TestClient.inProcess({ folders: [dir] });
      const result = await client.request<CheckWorkspaceRequest.Result>(CheckWorkspaceRequest.method, { workDoneToken: 'check-1' });
      const a = fileUri(path.join(dir, 'drafts/a.md'));
      const expectedA = expected(kursk()).diagnostics;
      expect(result).toEqual({ files: 2, findings: expectedA.length, withFindings: [{ uri: a, findings: expectedA.length }], cancelled: false });
      expect(client.published.get(a)!.at(-1)!.diagnostics).toEqual(expectedA);
      expect(client.published.get(fileUri(path.join(dir, 'skipped/c.md')))).toBeUndefined();
      const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
      expect(kinds[0]).toBe('begin');
      expect(kinds.at(-1)).toBe('end');
      expect(kinds.filter((k) => k === 'report')).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('check all drafts in the workspace, with a pull client', () => {
  it('clears what it pushed for a draft once the draft is opened and pulled', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'st-lsp-ws-pull-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.md'), kursk());
      client = await TestClient.inProcess({ folders: [dir], pull: true });
      const result = await client.request<CheckWorkspaceRequest.Result>(CheckWorkspaceRequest.method, {});
      expect(result.files).toBe(1);
      const a = fileUri(path.join(dir, 'a.md'));
      expect(client.published.get(a)!.at(-1)!.diagnostics.length).toBe(result.findings);
      await client.open(a, kursk());
      await client.until(() => client!.published.get(a)!.at(-1)!.diagnostics.length === 0, 'pushed diagnostics cleared');
      expect(await client.diagnostics(a)).toEqual(expected(kursk()).diagnostics);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('inlay hints', () => {
  it('show whom a resolved pronoun points to', async () => {
    client = await TestClient.inProcess();
    const uri = 'untitled:pronoun.md';
    const text = 'Mayor Anna Brown said the bridge would close in May. She said it would reopen in June.\n';
    await client.open(uri, text);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
    });
    const she = text.indexOf('She');
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatchObject({ position: { line: 0, character: she + 3 }, label: '‹Anna Brown›', paddingLeft: true });
    expect(String(hints[0]!.tooltip)).toContain('“She” refers to Anna Brown');
    // A range that does not reach the pronoun has no hints.
    const none = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } },
    });
    expect(none).toEqual([]);
  });
});
