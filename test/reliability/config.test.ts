/**
 * Broken configuration, through the CLI process and the spawned language
 * server. test/cli/cli.test.ts already covers, for the CLI, invalid JSON,
 * wrong types, unknown keys, a directory where the file should be and a
 * 100,000-entry list; test/lsp/config.test.ts covers a wrong type and invalid
 * JSON in an in-process server. Here: the same cases against the real server
 * process (a diagnostic in the file that names the key, the defaults in force,
 * the server alive), a word list at the supported limit that must actually
 * work in both front ends, and the files that cannot be read at all. Each
 * broken case is also held, through the CLI, to all three promises at once
 * (file and key named, defaults in force, exit 2), and a directory where the
 * file should be is tried against the server process too.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIST_ENTRIES } from '../../server/src/config';
import { cliPath, ensureBuilt, makeProject, removeProject, runCli } from '../cli/run';
import { fileUri, TestClient } from '../lsp/client';
import { expected } from '../lsp/expected';

const DRAFT = 'Zorblaxers said the plan is doomed. Officials said 40 people had died. Prices rose 12% last year.\n';

/** A word list of `n` distinct made-up terms, with "zorblaxers" (which only the list makes vague) last. */
function terms(n: number): string[] {
  const list = Array.from({ length: n - 1 }, (_, i) => `zq${i.toString(36)} informant`);
  list.push('zorblaxers');
  return list;
}

const projects: string[] = [];
let client: TestClient | undefined;
afterEach(async () => {
  await client?.dispose();
  client = undefined;
  for (const p of projects.splice(0)) removeProject(p);
});
beforeAll(() => ensureBuilt());

function project(files: Record<string, string | Buffer>): string {
  const dir = makeProject(files);
  projects.push(dir);
  return dir;
}

/**
 * Starts the server process on a project with these files, checks that a
 * draft gets the default analysis, and returns the messages the server
 * publishes on `.sourcetrace.json` (its URI names the file).
 */
async function serverConfigMessages(files: Record<string, string>): Promise<string> {
  const dir = project(files);
  client = await TestClient.spawned({ folders: [dir] });
  const uri = fileUri(path.join(dir, 'draft.md'));
  await client.open(uri, DRAFT);
  expect(await client.diagnostics(uri)).toEqual(expected(DRAFT).diagnostics);
  const cfgUri = fileUri(path.join(dir, '.sourcetrace.json'));
  await client.until(() => (client!.published.get(cfgUri)?.at(-1)?.diagnostics.length ?? 0) > 0, 'diagnostics on the configuration file');
  return client.published.get(cfgUri)!.at(-1)!.diagnostics.map((d) => d.message).join('\n');
}

/** Broken files, and the key (dotted path) each message must name ('' for the whole file). */
const BROKEN: { name: string; content: string; key: string }[] = [
  { name: 'invalid JSON', content: '{ "rules": { "vague-attribution": "error", } ', key: '' },
  { name: 'a wrong type', content: '{ "minConfidence": "high" }', key: 'minConfidence' },
  { name: 'a wrong type in a list', content: '{ "vagueTerms": ["ok", 42] }', key: 'vagueTerms' },
  { name: 'an unknown key', content: '{ "vagueTerm": ["zorblaxers"] }', key: 'vagueTerm' },
  { name: 'a list over the limit', content: JSON.stringify({ vagueTerms: terms(100_000) }), key: 'vagueTerms' },
];

describe('broken configuration in the language server process', () => {
  for (const c of BROKEN) {
    it(`${c.name}: a diagnostic in the file names the key, the defaults stay in force, the server keeps serving`, async () => {
      const messages = await serverConfigMessages({ '.sourcetrace.json': c.content });
      if (c.key) expect(messages).toContain(c.key);
      expect(messages).toMatch(/defaults are in force/);
      expect(client?.process?.exitCode).toBeNull();
    });
  }
});

describe('broken configuration in the CLI process', () => {
  // test/cli/cli.test.ts checks the messages; here every case is held to all
  // three promises at once: the file and key named, the defaults in force, exit 2.
  const cases = [...BROKEN, { name: 'a directory where the file should be', content: '', key: '' }];
  for (const c of cases) {
    it(`${c.name}: names the file and the key, checks the draft with the defaults, exits 2`, () => {
      const files: Record<string, string> = { 'draft.md': DRAFT };
      files[c.content === '' ? '.sourcetrace.json/' : '.sourcetrace.json'] = c.content;
      const dir = project(files);
      const r = runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('.sourcetrace.json');
      if (c.key) expect(r.stderr).toContain(c.key);
      const diagnostics = (JSON.parse(r.stdout) as { files: { diagnostics: unknown[] }[] }).files[0]!.diagnostics;
      expect(diagnostics).toEqual(JSON.parse(JSON.stringify(expected(DRAFT).diagnostics)));
    });
  }
});

describe('a directory where the configuration file should be, in the language server process', () => {
  it('is reported, the defaults stay in force and the server keeps serving', async () => {
    // The diagnostic is published on the folder's URI: that names the file.
    const messages = await serverConfigMessages({ '.sourcetrace.json/': '' });
    expect(messages).toMatch(/is a directory/);
    expect(messages).toMatch(/defaults are in force/);
    expect(client?.process?.exitCode).toBeNull();
  });
});

describe('a word list at the supported limit works, not only loads', () => {
  const content = JSON.stringify({ vagueTerms: terms(MAX_LIST_ENTRIES) });

  it('in the CLI: the last of its terms is applied', () => {
    const dir = project({ '.sourcetrace.json': content, 'draft.md': DRAFT });
    const withList = runCli(['check', 'draft.md', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(withList.stderr).toBe('');
    expect(withList.code).toBe(0);
    const found = (JSON.parse(withList.stdout) as { files: { diagnostics: { message: string }[] }[] }).files[0]!.diagnostics;
    expect(found.some((d) => d.message.includes('Zorblaxers'))).toBe(true);
    expect(expected(DRAFT).diagnostics.some((d) => d.message.includes('Zorblaxers'))).toBe(false);
  });

  it('in the server: the last of its terms is applied', async () => {
    const dir = project({ '.sourcetrace.json': content });
    client = await TestClient.spawned({ folders: [dir] });
    const uri = fileUri(path.join(dir, 'draft.md'));
    await client.open(uri, DRAFT);
    const want = expected(DRAFT, { vagueTerms: terms(MAX_LIST_ENTRIES) }).diagnostics;
    expect(want.some((d) => d.message.includes('Zorblaxers'))).toBe(true);
    expect(await client.diagnostics(uri)).toEqual(want);
  });
});

describe('a configuration file that cannot be read', () => {
  const asRoot = process.getuid?.() === 0;

  // As root, chmod 000 does not stop a read, so the case cannot be made here;
  // the symbolic-link loop below is the unreadable file that works for root too.
  it.skipIf(asRoot)('chmod 000: the CLI names the file, keeps the defaults and exits 2', () => {
    const dir = project({ '.sourcetrace.json': '{}', 'draft.md': DRAFT });
    fs.chmodSync(path.join(dir, '.sourcetrace.json'), 0o000);
    const r = runCli(['check', 'draft.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.sourcetrace.json: cannot be read');
  });

  it('a symbolic link to itself: the CLI names the file, keeps the defaults and exits 2', () => {
    const dir = project({ 'draft.md': DRAFT });
    fs.symlinkSync('.sourcetrace.json', path.join(dir, '.sourcetrace.json'));
    const r = runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.sourcetrace\.json: cannot be read/);
    const diagnostics = (JSON.parse(r.stdout) as { files: { diagnostics: unknown[] }[] }).files[0]!.diagnostics;
    expect(diagnostics).toEqual(JSON.parse(JSON.stringify(expected(DRAFT).diagnostics)));
  });

  it('a symbolic link to itself: the server reports it on the file and keeps the defaults', async () => {
    const dir = project({});
    fs.symlinkSync('.sourcetrace.json', path.join(dir, '.sourcetrace.json'));
    client = await TestClient.spawned({ folders: [dir] });
    const uri = fileUri(path.join(dir, 'draft.md'));
    await client.open(uri, DRAFT);
    expect(await client.diagnostics(uri)).toEqual(expected(DRAFT).diagnostics);
    const said = () => [...client!.published.values()].flat().flatMap((p) => p.diagnostics.map((d) => String(d.message))).concat(client!.messages);
    await client.until(() => said().some((m) => /cannot be read/.test(m)), 'a message that the file cannot be read');
  });

  // A FIFO passes a size check (0 bytes) and readFileSync would then wait for
  // a writer for ever; the loader refuses anything but a regular file.
  it('a named pipe where the file should be: the CLI reports it instead of waiting for a writer', () => {
    const dir = project({ 'draft.md': DRAFT });
    const mk = spawnSync('mkfifo', [path.join(dir, '.sourcetrace.json')]);
    expect(mk.status).toBe(0);
    const r = spawnSync(process.execPath, [cliPath, 'check', 'draft.md'], { cwd: dir, encoding: 'utf8', timeout: 5_000 });
    expect(r.error, 'the CLI did not return within 5 s').toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('.sourcetrace.json');
  });
});
