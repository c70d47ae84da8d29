/**
 * Settings and project configuration over the wire: a settings change and a
 * `.sourcetrace.json` change take effect without a restart, a broken
 * configuration file gets diagnostics of its own while the defaults stay in
 * force, and invalid settings are reported without losing the valid ones.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { MAX_LIVE_CHARS } from '../../server/src/lsp/analysis';
import { CheckWorkspaceRequest } from '../../server/src/lsp/protocol';
import { readSettings } from '../../server/src/lsp/settings';
import { fileUri, TestClient } from './client';
import { expected, kursk } from './expected';

let dir: string;
let client: TestClient;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'st-lsp-config-'));
});

afterEach(async () => {
  await client?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rules = (ds: Diagnostic[]) => new Set(ds.map((d) => d.code));

/** Waits until the draft's latest pushed diagnostics satisfy `pred`. */
async function settled(uri: string, pred: (ds: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
  const latest = () => client.published.get(uri)?.at(-1)?.diagnostics ?? [];
  await client.until(() => pred(latest()), what);
  return latest();
}

describe('settings', () => {
  it('a settings change takes effect without a restart', async () => {
    client = await TestClient.inProcess();
    const uri = fileUri(path.join(dir, 'draft.md'));
    const text = kursk();
    await client.open(uri, text);
    const before = await client.diagnostics(uri);
    expect(rules(before).has('vague-attribution')).toBe(true);

    await client.setSettings({ rules: { 'vague-attribution': 'off' } });
    const off = await settled(uri, (ds) => ds.length > 0 && !rules(ds).has('vague-attribution'), 'vague-attribution switched off');
    expect(off).toEqual(expected(text, { rules: { 'vague-attribution': 'off' } }).diagnostics);
    // The server pulled the new value for the document rather than trusting the notification.
    expect(client.requests.filter((r) => r.method === 'workspace/configuration').length).toBeGreaterThanOrEqual(2);

    await client.setSettings({ rules: { 'vague-attribution': 'error' } });
    const loud = await settled(uri, (ds) => ds.some((d) => d.code === 'vague-attribution' && d.severity === 1), 'vague-attribution as error');
    expect(loud.filter((d) => d.code === 'vague-attribution').length).toBe(before.filter((d) => d.code === 'vague-attribution').length);
  });

  it('sourcetrace.enable: false clears the draft’s diagnostics', async () => {
    client = await TestClient.inProcess({ settings: { enable: false } });
    const uri = fileUri(path.join(dir, 'draft.md'));
    await client.open(uri, kursk());
    expect(await client.diagnostics(uri)).toEqual([]);
    await client.setSettings({ enable: true });
    await settled(uri, (ds) => ds.length > 0, 'diagnostics once enabled');
  });

  it('drops an invalid setting, keeps the valid ones and says which was dropped', async () => {
    const s = readSettings({ rules: { 'vague-attribution': 'loud' }, minConfidence: 0.9, trace: { server: 'off' }, vagueTerms: null });
    expect(s.config).toEqual({ minConfidence: 0.9 });
    expect(s.issues.map((i) => i.path)).toEqual(['rules.vague-attribution']);
    client = await TestClient.inProcess({ settings: { rules: { 'vague-attribution': 'loud' } } });
    const uri = fileUri(path.join(dir, 'draft.md'));
    await client.open(uri, kursk());
    const ds = await client.diagnostics(uri);
    expect(rules(ds).has('vague-attribution')).toBe(true);
    await client.until(() => client.messages.some((m) => m.includes('sourcetrace.rules.vague-attribution')), 'a warning about the setting');
  });
});

describe('sourcetrace.maxProblems', () => {
  // Four vague sources (warnings), then two unattributed figures (made errors below).
  const many = 'Analysts say the bridge will close.\n\nCritics say the plan will fail.\n\n'.repeat(2) + 'The toll rose 40 percent last year.\n\n'.repeat(2);

  it('caps what is published, errors first, with a note; counts, code lens, report and Fix All cover every finding', async () => {
    const rulesSetting = { 'unattributed-claim': 'error' } as const;
    client = await TestClient.inProcess({ settings: { maxProblems: 5, rules: rulesSetting } });
    const uri = 'untitled:many.md';
    await client.open(uri, many);
    const all = expected(many, { rules: rulesSetting }).diagnostics;
    // The errors come last in the server's order, so the cap has to reach past warnings for them.
    expect(all.map((d) => d.severity)).toEqual([2, 2, 2, 2, 1, 1]);
    const ds = await client.diagnostics(uri);
    // Five in all: the note, both errors and the first two warnings, in the server's order.
    expect(ds).toHaveLength(5);
    const [note, ...shown] = ds;
    expect(note!.code).toBe('too-many');
    expect(note!.severity).toBe(3);
    expect(note!.message).toContain('Not showing 2 further problems: sourcetrace.maxProblems is 5.');
    expect(shown).toEqual([all[0], all[1], all[4], all[5]]);
    // What reads the analysis still sees every finding.
    await client.until(() => client.statuses.some((st) => st.uri === uri), 'a status notification');
    expect(client.statuses.filter((st) => st.uri === uri).at(-1)!.counts.findings).toBe(all.length);
    const lenses = await client.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    const { analysis } = expected(many, { rules: rulesSetting });
    expect(lenses[0]!.command!.title).toContain(`${analysis.claims.filter((c) => c.status === 'U').length} unattributed`);
    const fixAll = await client.request<{ edit?: { documentChanges?: { edits: unknown[] }[] } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.sourcetrace'] },
    });
    // Every finding's preferred fix (these overlap nowhere), those of the findings not published included.
    const preferredEdits = all.flatMap((d) => d.data.fixes.filter((f) => f.preferred).flatMap((f) => f.edits));
    expect(fixAll[0]!.edit!.documentChanges![0]!.edits.length).toBe(preferredEdits.length);
  });

  it('0 lifts the cap, a change takes effect without a restart, and an invalid value keeps the default', async () => {
    client = await TestClient.inProcess({ settings: { maxProblems: 0 } });
    const uri = 'untitled:many.md';
    await client.open(uri, many);
    const all = expected(many).diagnostics;
    expect(await client.diagnostics(uri)).toEqual(all);
    await client.setSettings({ maxProblems: 3 });
    const ds = await settled(uri, (d) => d.length === 3, 'three problems published');
    expect(ds.map((d) => d.code)).toEqual(['too-many', all[0]!.code, all[1]!.code]);
    expect(ds.slice(1)).toEqual(all.slice(0, 2));
    await client.setSettings({ maxProblems: -1 });
    await settled(uri, (d) => d.length === all.length, 'the default, which this draft is under');
    await client.until(() => client.messages.some((m) => m.includes('sourcetrace.maxProblems')), 'a warning about the setting');
  });

  it('the workspace check publishes a closed draft within the cap as push does, and counts every finding', async () => {
    fs.writeFileSync(path.join(dir, 'many.md'), many);
    client = await TestClient.inProcess({ folders: [dir], settings: { maxProblems: 3 } });
    const result = await client.request<CheckWorkspaceRequest.Result>(CheckWorkspaceRequest.method, {});
    const all = expected(many).diagnostics;
    expect(result.findings).toBe(all.length);
    const ds = client.published.get(fileUri(path.join(dir, 'many.md')))!.at(-1)!.diagnostics;
    expect(ds.map((d) => d.code)).toEqual(['too-many', all[0]!.code, all[1]!.code]);
    expect(ds[0]!.message).toContain(`Not showing ${all.length - 2} further problems: sourcetrace.maxProblems is 3.`);
    expect(ds.slice(1)).toEqual(all.slice(0, 2));
  });

  it('a pulled report whose note counts a released finding is not answered “unchanged”', async () => {
    // Pull, a held-back finding released past the cap: the same version, the same diagnostics
    // shown, and one more not shown, which the note has to say.
    client = await TestClient.inProcess({ pull: true, settings: { maxProblems: 3 }, server: { typingHoldMs: 150 } });
    const uri = 'untitled:many-pulled.md';
    const text = 'Analysts say the bridge will close.\n\n'.repeat(4);
    await client.open(uri, text);
    const typed = 'Critics say the plan will fail';
    const at = client.docs.get(uri)!.positionAt(text.length);
    await client.change(uri, [{ range: { start: at, end: at }, text: typed }]);
    type Report = { kind: string; resultId?: string; items?: Diagnostic[] };
    const refreshes = () => client.requests.filter((r) => r.method === 'workspace/diagnostic/refresh').length;
    const before = refreshes();
    const held = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    expect(held.items![0]!.message).toContain('Not showing 2 further problems');
    await client.until(() => refreshes() > before, 'a refresh when the held finding is released');
    const released = await client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: held.resultId });
    expect(released.kind).toBe('full');
    expect(released.items!.map((d) => d.range)).toEqual(held.items!.map((d) => d.range));
    expect(released.items![0]!.message).toContain('Not showing 3 further problems');
  });
});

describe('the draft’s own settings and size', () => {
  it('a bad sourcetrace: key in the front matter is reported on the front matter, the rest still checked', async () => {
    client = await TestClient.inProcess();
    const uri = 'untitled:front-matter.md';
    const text = '---\nsourcetrace:\n  rules:\n    vague-attribution: loud\n---\n\nAnalysts say the bridge will close.\n';
    await client.open(uri, text);
    const ds = await client.diagnostics(uri);
    const config = ds.filter((d) => d.code === 'config');
    expect(config).toHaveLength(1);
    expect(config[0]!.message).toContain('sourcetrace.rules.vague-attribution');
    expect(config[0]!.range.start.line).toBe(0);
    expect(ds.filter((d) => d.code !== 'config')).toEqual(expected(text).diagnostics);
  });

  it('a document too long to check as you type gets one note instead of findings', async () => {
    client = await TestClient.inProcess();
    const uri = 'untitled:huge.md';
    const para = 'Analysts say the bridge will close. Officials reportedly agreed.\n\n';
    await client.open(uri, para.repeat(Math.ceil(MAX_LIVE_CHARS / para.length) + 1));
    const ds = await client.diagnostics(uri);
    expect(ds.map((d) => [d.code, d.severity])).toEqual([['too-long', 3]]);
    // It says the draft was not checked, and how to check it.
    expect(ds[0]!.message).toMatch(/^Not checked: this draft has [\d,]+ characters, more than the 2,000,000 .* sourcetrace check FILE/);
    // The status the client shows says so too, instead of counts of zero that read as a clean draft.
    await client.until(() => client.statuses.some((s) => s.uri === uri), "a status notification");
    const status = client.statuses.filter((s) => s.uri === uri).at(-1)!;
    expect(status.notChecked).toBe('too-long');
  });

  it('a checked document says nothing about being unchecked in its status', async () => {
    client = await TestClient.inProcess();
    const uri = 'untitled:small.md';
    await client.open(uri, 'Analysts say the bridge will close.\n');
    await client.diagnostics(uri);
    await client.until(() => client.statuses.some((s) => s.uri === uri), "a status notification");
    const status = client.statuses.filter((s) => s.uri === uri).at(-1)!;
    expect(status.notChecked).toBeUndefined();
    expect(status.counts.vague).toBe(1);
  });
});

describe('.sourcetrace.json', () => {
  it('is found for the draft and a change to it takes effect without a restart', async () => {
    const cfg = path.join(dir, '.sourcetrace.json');
    fs.writeFileSync(cfg, JSON.stringify({ rules: { 'unattributed-claim': 'off' } }));
    client = await TestClient.inProcess({ folders: [dir] });
    // The server asked to be told about config file changes.
    await client.until(
      () => client.requests.some((r) => r.method === 'client/registerCapability' && JSON.stringify(r.params).includes('.sourcetrace.json')),
      'file watcher registration',
    );
    const uri = fileUri(path.join(dir, 'draft.md'));
    await client.open(uri, kursk());
    const first = await client.diagnostics(uri);
    expect(rules(first).has('unattributed-claim')).toBe(false);
    expect(first.length).toBeGreaterThan(0);

    fs.writeFileSync(cfg, JSON.stringify({ rules: { 'unattributed-claim': 'warning', 'vague-attribution': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(cfg), type: 2 }] });
    const ds = await settled(uri, (d) => rules(d).has('unattributed-claim') && !rules(d).has('vague-attribution'), 'the new config in force');
    expect(ds.length).toBeGreaterThan(0);
  });

  it('a broken file gets diagnostics in the file, and the defaults stay in force', async () => {
    const cfg = path.join(dir, '.sourcetrace.json');
    fs.writeFileSync(cfg, '{\n  "rules": {\n    "vague-attribution": "loud"\n  }\n}\n');
    client = await TestClient.inProcess({ folders: [dir] });
    const uri = fileUri(path.join(dir, 'draft.md'));
    const text = kursk();
    await client.open(uri, text);
    expect(await client.diagnostics(uri)).toEqual(expected(text).diagnostics);
    const cfgUri = fileUri(cfg);
    await client.until(() => (client.published.get(cfgUri)?.at(-1)?.diagnostics.length ?? 0) > 0, 'config file diagnostics');
    const [d] = client.published.get(cfgUri)!.at(-1)!.diagnostics;
    expect(d!.message).toContain('rules.vague-attribution');
    expect(d!.message).toContain('defaults are in force');
    // Pointed at the offending key, on line 3.
    expect(d!.range.start.line).toBe(2);

    // Invalid JSON: the error is at the syntax error.
    fs.writeFileSync(cfg, '{ "rules": { ,} }');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 2 }] });
    await client.until(() => /invalid JSON/.test(String(client.published.get(cfgUri)?.at(-1)?.diagnostics[0]?.message ?? '')), 'JSON syntax diagnostic');

    // Fixed: its diagnostics are cleared and the file is in force.
    fs.writeFileSync(cfg, JSON.stringify({ rules: { 'vague-attribution': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 2 }] });
    await settled(uri, (ds) => ds.length > 0 && !rules(ds).has('vague-attribution'), 'the fixed config in force');
    await client.until(() => client.published.get(cfgUri)?.at(-1)?.diagnostics.length === 0, 'config diagnostics cleared');
  });

  it('the project file wins over editor settings', async () => {
    fs.writeFileSync(path.join(dir, '.sourcetrace.json'), JSON.stringify({ rules: { 'vague-attribution': 'off' } }));
    client = await TestClient.inProcess({ folders: [dir], settings: { rules: { 'vague-attribution': 'error' } } });
    const uri = fileUri(path.join(dir, 'draft.md'));
    await client.open(uri, kursk());
    expect(rules(await client.diagnostics(uri)).has('vague-attribution')).toBe(false);
  });
});
