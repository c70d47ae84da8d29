/**
 * The bundled server as editors start it: `node dist/server.js --stdio` in its
 * own process, spoken to over its stdin and stdout. `npm test` builds dist/
 * first; run alone, this builds it when it is missing.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { ensureBuilt } from '../cli/run';
import { ROOT, TestClient } from './client';
import { expected, kursk } from './expected';

const SERVER = path.join(ROOT, 'dist/server.js');
let client: TestClient;

beforeAll(async () => {
  ensureBuilt();
  client = await TestClient.spawned();
});

afterAll(async () => {
  await client?.dispose();
});

describe('sourcetrace-language-server --stdio', () => {
  it('publishes the worked example’s diagnostics', async () => {
    const text = kursk();
    const uri = 'file:///drafts/kursk-draft.md';
    await client.open(uri, text);
    const exp = expected(text);
    expect(await client.diagnostics(uri)).toEqual(exp.diagnostics);
    const f = exp.analysis.findings[0]!;
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: exp.diagnostics[0]!.range.start,
    });
    expect((hover.contents as { value: string }).value).toContain(f.message);
    expect(client.initializeResult!.serverInfo).toMatchObject({ name: 'sourcetrace-language-server' });
  });

  it('answers a malformed request with an error and keeps running', async () => {
    await expect(client.request('textDocument/definition', { textDocument: {} })).rejects.toMatchObject({ code: -32602 });
    expect(client.process!.exitCode).toBeNull();
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///drafts/kursk-draft.md' } });
    expect(symbols.length).toBeGreaterThan(0);
  });

  it('shuts down cleanly on shutdown and exit', async () => {
    const proc = client.process!;
    await client.dispose();
    expect(proc.exitCode).toBe(0);
  });
});

describe('the command line', () => {
  it('prints usage and exits 2 without a transport', () => {
    const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: sourcetrace-language-server --stdio');
  });

  it('prints its version', () => {
    const r = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
