/**
 * Protocol tests over the real LSP wire (an in-process server on two
 * PassThrough streams): the worked example draft opened in a test client, and
 * every feature asked for as an editor would.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CodeLens, DocumentHighlight, DocumentSymbol, Hover, InlayHint, Location } from 'vscode-languageserver-protocol';
import { countsLine } from '../../server/src/lsp/annotations';
import { countClaims } from '../../server/src/lsp/analysis';
import type { SourcetraceDiagnostic } from '../../server/src/lsp/diagnostics';
import { offsetToPosition } from '../../server/src/lsp/positions';
import { FIX_ALL_KIND, SourcingReportRequest } from '../../server/src/lsp/protocol';
import { sourceLabel } from '../../server/src/lsp/navigation';
import { buildSourceIndex } from '../../server/src/lsp/sources';
import { ROOT, TestClient } from './client';
import { expected, kursk } from './expected';

const URI = 'file:///drafts/kursk-draft.md';
let client: TestClient;
let text: string;
let exp: ReturnType<typeof expected>;

beforeAll(async () => {
  text = kursk();
  exp = expected(text);
  client = await TestClient.inProcess({ initializationOptions: { reportCommand: 'sourcetrace.showSourcingReport' } });
  await client.open(URI, text);
});

afterAll(async () => {
  await client.dispose();
});

const pos = (offset: number) => offsetToPosition(exp.lines, offset);

describe('the worked example over the wire', () => {
  it('announces the features it serves', () => {
    const caps = client.initializeResult!.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps).toMatchObject({
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      codeLensProvider: {},
      inlayHintProvider: {},
    });
    expect((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds).toContain(FIX_ALL_KIND);
    // This client did not announce pull diagnostics, so they are pushed.
    expect(caps.diagnosticProvider).toBeUndefined();
  });

  it('publishes exactly the engine’s findings as diagnostics', async () => {
    const diagnostics = await client.diagnostics(URI);
    expect(exp.diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics).toEqual(exp.diagnostics);
    for (const d of diagnostics) {
      expect(d.source).toBe('sourcetrace');
      expect(text.slice(exp.lines.lineStarts[d.range.start.line]! + d.range.start.character).length).toBeGreaterThan(0);
    }
  });

  it('sends the claim counts for the status bar', async () => {
    await client.until(() => client.statuses.some((s) => s.uri === URI && s.version === 1), 'status');
    const status = client.statuses.filter((s) => s.uri === URI).pop()!;
    expect(status.counts).toEqual(countClaims(exp.analysis));
    expect(status.counts.claims).toBe(status.counts.attributed + status.counts.vague + status.counts.unattributed);
  });

  it('shows the counts in a code lens at the top that opens the report', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
    expect(lenses).toHaveLength(1);
    expect(lenses[0]!.range.start).toEqual({ line: 0, character: 0 });
    expect(lenses[0]!.command!.title).toBe(countsLine(countClaims(exp.analysis)));
    expect(lenses[0]!.command!.title).toMatch(/^\d+ claims · \d+ attributed · \d+ vague · \d+ unattributed$/);
    expect(lenses[0]!.command).toMatchObject({ command: 'sourcetrace.showSourcingReport', arguments: [URI] });
  });

  it('explains a finding on hover: what, why, how, and the rule doc', async () => {
    for (const f of exp.analysis.findings) {
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: pos(f.start) });
      const md = (hover.contents as { value: string }).value;
      expect(md).toContain(f.message);
      expect(md).toContain(`\`${f.ruleId}\``);
      expect(md).toContain('*Why it matters:*');
      expect(md).toContain('*How to fix:*');
      expect(md).toContain(`docs/rules/${f.ruleId}.md`);
    }
  });

  it('names the traced source, its kind and its claims on hover over a source', async () => {
    const index = buildSourceIndex(exp.analysis);
    const named = index.sources.filter((s) => s.category === 'named' && s.claims.length > 0);
    expect(named.length).toBeGreaterThan(0);
    for (const s of named) {
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: pos(s.introduced.start) });
      const md = (hover.contents as { value: string }).value;
      expect(md).toContain('**Source:**');
      expect(md).toMatch(new RegExp(`${s.claims.length} claims? rests? on it`));
    }
  });

  it('says nothing on hover where there is nothing to say', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 0 } });
    expect(hover).toBeNull();
  });

  it('lists the sources with the claims under each as document symbols', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    const index = buildSourceIndex(exp.analysis);
    const unattributed = exp.analysis.claims.filter((c) => c.status === 'U').length;
    expect(symbols).toHaveLength(index.sources.length + (unattributed ? 1 : 0));
    for (const s of index.sources) {
      const sym = symbols.find((x) => x.selectionRange.start.line === pos(s.introduced.start).line && x.selectionRange.start.character === pos(s.introduced.start).character && x.name === sourceLabel(s.name));
      expect(sym, s.name).toBeDefined();
      expect(sym!.children).toHaveLength(s.claims.length);
    }
    const none = symbols.find((x) => x.name === 'No source')!;
    expect(none.children).toHaveLength(unattributed);
    // Every selection range lies inside its symbol's range, as VS Code requires.
    for (const x of symbols) {
      expect(x.range.start.line <= x.selectionRange.start.line).toBe(true);
      expect(x.range.end.line >= x.selectionRange.end.line).toBe(true);
    }
  });

  it('goes from a mention to where its source is introduced, and finds the claims resting on it', async () => {
    const index = buildSourceIndex(exp.analysis);
    const s = index.sources.find((x) => x.mentions.length > 1 && x.claims.length > 0) ?? index.sources.find((x) => x.claims.length > 0)!;
    expect(s).toBeDefined();
    const at = s.mentions[s.mentions.length - 1]!;
    const def = await client.request<Location>('textDocument/definition', { textDocument: { uri: URI }, position: pos(at.start) });
    expect(def).toEqual({ uri: URI, range: { start: pos(s.introduced.start), end: pos(s.introduced.end) } });

    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: URI },
      position: pos(at.start),
      context: { includeDeclaration: false },
    });
    expect(refs.map((r) => r.range)).toEqual(s.claims.map((i) => ({ start: pos(exp.analysis.claims[i]!.start), end: pos(exp.analysis.claims[i]!.end) })));

    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: URI }, position: pos(at.start) });
    expect(highlights.map((h) => h.range.start)).toEqual(s.mentions.map((m) => pos(m.start)));
  });

  it('has no definition where no source is mentioned', async () => {
    const def = await client.request<Location | null>('textDocument/definition', { textDocument: { uri: URI }, position: { line: 1, character: 0 } });
    expect(def).toBeNull();
  });

  it('answers inlay hints for every resolved pronoun or short form, with whom it points to', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: pos(text.length) },
    });
    const resolved = [...exp.analysis.attributions.map((a) => a.source), ...exp.analysis.claims.map((c) => c.source)].filter((m) => m?.antecedent);
    const ends = new Set(resolved.map((m) => m!.end));
    expect(hints.length).toBeLessThanOrEqual(ends.size);
    for (const h of hints) expect(h.label).toMatch(/^‹.+›$/);
  });

  it('returns the sourcing report as a Markdown table with a row per claim', async () => {
    const r = await client.request<SourcingReportRequest.Result>(SourcingReportRequest.method, { uri: URI });
    const claims = exp.analysis.claims.filter((c) => c.status !== 'N');
    expect(r.counts).toEqual(countClaims(exp.analysis));
    expect(r.markdown).toContain('# Sourcing report: kursk-draft.md');
    expect(r.markdown).toContain(countsLine(r.counts));
    expect(r.markdown).toContain('| # | Line | Status | Source | Cue | Claim |');
    const rows = r.markdown.split('\n').filter((l) => /^\| \d+ \| \d+ \|/.test(l));
    expect(rows).toHaveLength(claims.length);
    rows.forEach((row) => expect(row.split(' | ').length).toBeGreaterThanOrEqual(6));
  });

  it('offers each finding’s fixes, fix-all of its rule and its documentation as quick fixes', async () => {
    const diagnostics = (await client.diagnostics(URI)) as SourcetraceDiagnostic[];
    for (const d of diagnostics) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: URI },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      });
      const titles = actions.map((a) => a.title);
      for (const f of d.data.fixes) expect(titles).toContain(f.title);
      expect(titles).toContain(`Open the documentation of ${d.code}`);
      const preferred = diagnostics.filter((x) => x.code === d.code && x.data.fixes.some((f) => f.preferred)).length;
      if (preferred > 1) expect(titles.some((t) => t.startsWith('Fix all ') && t.endsWith(`(${preferred})`))).toBe(true);
      expect(actions.every((a) => a.kind === 'quickfix')).toBe(true);
    }
  });

  it('opens a rule’s documentation through the client', async () => {
    await client.request('workspace/executeCommand', { command: 'sourcetrace.server.openRuleDoc', arguments: ['vague-attribution'] });
    const shown = client.requests.filter((r) => r.method === 'window/showDocument').pop();
    // The page shipped in docs/rules/ opens in the editor.
    expect(shown?.params).toMatchObject({ takeFocus: true });
    expect((shown!.params as { uri: string }).uri).toBe(pathToFileURL(path.join(ROOT, 'docs/rules/vague-attribution.md')).href);
  });
});
