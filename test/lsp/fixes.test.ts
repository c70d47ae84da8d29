/**
 * Every quick fix of the worked example applied through the wire and the
 * draft re-checked: the finding it fixes is gone. Then fix-all, as a code
 * action and as a command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import type { SourcetraceDiagnostic } from '../../server/src/lsp/diagnostics';
import { buildLineIndex, spanToRange } from '../../server/src/lsp/positions';
import { FIX_ALL_KIND } from '../../server/src/lsp/protocol';
import { TestClient } from './client';
import { expected, kursk, mapOffset } from './expected';

let client: TestClient;
let text: string;
let exp: ReturnType<typeof expected>;

beforeAll(async () => {
  text = kursk();
  exp = expected(text);
  client = await TestClient.inProcess();
});

afterAll(async () => {
  await client.dispose();
});

/** The workspace edit of a code action as plain text edits. */
function editsOf(action: CodeAction): TextEdit[] {
  const dc = action.edit!.documentChanges![0] as { edits: TextEdit[] };
  return dc.edits;
}

let n = 0;
/** Opens a fresh copy of the draft under a new URI and returns its URI and diagnostics. */
async function freshCopy(): Promise<{ uri: string; diagnostics: SourcetraceDiagnostic[] }> {
  const uri = `untitled:kursk-copy-${++n}.md`;
  await client.open(uri, text);
  return { uri, diagnostics: (await client.diagnostics(uri)) as SourcetraceDiagnostic[] };
}

/**
 * True when the same finding (same rule, same message) is still reported over
 * the offset `at` of the new text. A fix may leave a different finding behind
 * (a placeholder to fill, a second vague phrase): that one names something else.
 */
function stillThere(after: Diagnostic[], rule: string, message: string, at: number, afterText: string): boolean {
  const lines = buildLineIndex(afterText);
  return after.some((d) => {
    if (d.code !== rule || d.message !== message) return false;
    const s = lines.lineStarts[d.range.start.line]! + d.range.start.character;
    const e = lines.lineStarts[d.range.end.line]! + d.range.end.character;
    return s <= at && at < e;
  });
}

describe('quick fixes, applied and re-checked', () => {
  it('each fix of each finding makes its finding go away', async () => {
    const cases = exp.analysis.findings.flatMap((f, fi) => f.fixes.map((fix, xi) => ({ f, fi, fix, xi })));
    expect(cases.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const { f, fi, fix } of cases) {
      const { uri, diagnostics } = await freshCopy();
      const d = diagnostics[fi]!;
      expect(d.data.ruleId).toBe(f.ruleId);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      });
      const action = actions.find((a) => a.title === fix.title);
      expect(action, fix.title).toBeDefined();
      // The action's edits are the fix's edits, at the fix's places.
      expect(editsOf(action!)).toEqual(fix.edits.map((e) => ({ range: spanToRange(exp.lines, e), newText: e.newText })));
      await client.applyEdits(uri, editsOf(action!));
      const after = await client.diagnostics(uri);
      const afterText = client.docs.get(uri)!.getText();
      const at = mapOffset(f.start, fix.edits);
      if (stillThere(after, f.ruleId, f.message, at, afterText)) failures.push(`${f.ruleId} at ${f.start} after “${fix.title}”: ${afterText.slice(at - 40, at + 60)}`);
      await client.close(uri);
    }
    expect(failures).toEqual([]);
    // About a hundred fixes, each applied to a fresh copy and re-analysed: slow on a busy 2-core machine.
  }, 180_000);

  it('source.fixAll.sourcetrace applies every preferred fix, dropping overlaps', async () => {
    const { uri, diagnostics } = await freshCopy();
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: [FIX_ALL_KIND] },
    });
    expect(actions.map((a) => a.kind)).toEqual([FIX_ALL_KIND]);
    const edits = editsOf(actions[0]!);
    const fixable = diagnostics.filter((d) => d.data.fixes.some((f) => f.preferred));
    expect(fixable.length).toBeGreaterThan(0);
    expect(edits.length).toBeGreaterThan(0);
    // No two edits overlap, and they are in document order.
    for (let i = 1; i < edits.length; i++) {
      const a = edits[i - 1]!.range.end;
      const b = edits[i]!.range.start;
      expect(a.line < b.line || (a.line === b.line && a.character <= b.character)).toBe(true);
    }
    await client.applyEdits(uri, edits);
    const after = (await client.diagnostics(uri)) as SourcetraceDiagnostic[];
    const afterFixable = after.filter((d) => d.data.fixes.some((f) => f.preferred));
    expect(afterFixable.length).toBeLessThan(fixable.length);
    await client.close(uri);
  });

  it('fix-all of one rule only touches that rule’s findings', async () => {
    const { uri, diagnostics } = await freshCopy();
    const rule = diagnostics.find((d) => d.data.fixes.some((f) => f.preferred))!.data.ruleId;
    const count = (ds: SourcetraceDiagnostic[], r: string) => ds.filter((d) => d.data.ruleId === r).length;
    const first = diagnostics.find((d) => d.data.ruleId === rule)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: first.range,
      context: { diagnostics: [first], only: ['quickfix'] },
    });
    const all = actions.find((a) => a.title.startsWith('Fix all '));
    if (count(diagnostics, rule) > 1) {
      expect(all).toBeDefined();
      await client.applyEdits(uri, editsOf(all!));
      const after = (await client.diagnostics(uri)) as SourcetraceDiagnostic[];
      expect(count(after, rule)).toBeLessThan(count(diagnostics, rule));
    } else {
      expect(all).toBeUndefined();
    }
    await client.close(uri);
  });

  it('the fix-all command asks the client to apply the edit, then re-checks', async () => {
    const { uri, diagnostics } = await freshCopy();
    const before = diagnostics.filter((d) => d.data.fixes.some((f) => f.preferred)).length;
    const res = await client.request<{ applied: boolean; edits: number }>('workspace/executeCommand', {
      command: 'sourcetrace.server.fixAll',
      arguments: [uri],
    });
    expect(res.applied).toBe(true);
    expect(res.edits).toBeGreaterThan(0);
    expect(client.docs.get(uri)!.version).toBe(2);
    const after = (await client.diagnostics(uri)) as SourcetraceDiagnostic[];
    expect(after.filter((d) => d.data.fixes.some((f) => f.preferred)).length).toBeLessThan(before);
    await client.close(uri);
  });

  it('applies a footnote fix of a diagnostic published before edits elsewhere: its reference in place, its definition at the new end', async () => {
    const { uri, diagnostics } = await freshCopy();
    // A claim with a footnote fix, below the lead paragraph.
    const d = diagnostics.find((x) => x.range.start.line > 2 && x.data.fixes.some((f) => f.edits.some((e) => e.anchor === 'end')))!;
    expect(d).toBeDefined();
    const footnote = d.data.fixes.find((f) => f.edits.some((e) => e.anchor === 'end'))!;
    // Words typed on the first line, on the line above the claim, and a paragraph added at the end: no line of the claim moves.
    const doc = client.docs.get(uri)!;
    const above = { line: d.range.start.line - 2, character: 0 };
    await client.change(uri, [{ range: { start: above, end: above }, text: 'Late on Tuesday, ' }]);
    await client.change(uri, [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'Updated: ' }]);
    const end = doc.positionAt(doc.getText().length);
    await client.change(uri, [{ range: { start: end, end }, text: '\nThe talks ended on Friday, the ministry said.\n' }]);
    const after = (await client.diagnostics(uri)) as SourcetraceDiagnostic[];
    // The diagnostic as it was published before the edits still names a current finding.
    expect(after.some((x) => JSON.stringify(x) === JSON.stringify(d))).toBe(true);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    const action = actions.find((a) => a.title === footnote.title)!;
    expect(action).toBeDefined();
    // Exactly the engine's fix for the text as it is now.
    const now = doc.getText();
    const nowExp = expected(now);
    const finding = nowExp.analysis.findings.find((f) => JSON.stringify(spanToRange(nowExp.lines, f)) === JSON.stringify(d.range) && f.ruleId === d.code)!;
    const engineFix = finding.fixes.find((f) => f.title === footnote.title)!;
    expect(engineFix.edits.at(-1)!.start).toBe(now.length);
    expect(editsOf(action)).toEqual(engineFix.edits.map((e) => ({ range: spanToRange(nowExp.lines, e), newText: e.newText })));
    await client.applyEdits(uri, editsOf(action));
    const fixed = client.docs.get(uri)!.getText();
    expect(fixed.endsWith(engineFix.edits.at(-1)!.newText)).toBe(true);
    const at = mapOffset(finding.start, engineFix.edits);
    expect(stillThere(await client.diagnostics(uri), finding.ruleId, finding.message, at, fixed)).toBe(false);
    await client.close(uri);
  });

  it('offers no fixes for a diagnostic that is no longer current', async () => {
    const { uri, diagnostics } = await freshCopy();
    const d = diagnostics[0]!;
    const stale = { ...d, range: { start: { line: 999, character: 0 }, end: { line: 999, character: 5 } } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: stale.range,
      context: { diagnostics: [stale], only: ['quickfix'] },
    });
    expect(actions).toEqual([]);
    await client.close(uri);
  });
});
