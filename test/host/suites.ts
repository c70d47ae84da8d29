/// <reference types="mocha" />
/**
 * The extension-host tests: the installed extension in a real VS Code, seen
 * through the `vscode` API only (diagnostics, hover and code action providers,
 * document symbols, code lenses, settings, the extension's own commands).
 * The launcher puts a copy of the worked example in the workspace folder.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { BREAK_MARKER } from './constants';
import {
  EXPECTED_RULES,
  contributedCommand,
  extension,
  hoverText,
  openDraft,
  ruleOf,
  serverPids,
  sleep,
  sourcetraceDiagnostics,
  waitForDiagnostics,
  workspaceFile,
} from './helpers';


/** The vague phrase the tests hover and fix: a labelled V of the worked example. */
const VAGUE_PHRASE = 'According to reports';

/** Registers every suite with mocha's globals. Called by index.ts after `pre-require`. */
export function registerSuites(): void {
  suite('sourcetrace in the extension host', () => {
    let editor: vscode.TextEditor;
    let uri: vscode.Uri;

    /** The position just inside the vague phrase in the current text. */
    const vaguePosition = () => {
      const offset = editor.document.getText().indexOf(VAGUE_PHRASE);
      assert.ok(offset >= 0, `"${VAGUE_PHRASE}" is not in the draft`);
      return editor.document.positionAt(offset + 3);
    };

    suiteSetup(async () => {
      editor = await openDraft();
      uri = editor.document.uri;
    });

    test('activates on a Markdown draft', async () => {
      const ext = extension();
      await ext.activate();
      assert.equal(ext.isActive, true);
    });

    test('publishes diagnostics for the worked example, by rule', async () => {
      const flip = await vscode.workspace.fs.stat(workspaceFile(BREAK_MARKER)).then(
        () => true,
        () => false,
      );
      const expected = flip ? [...EXPECTED_RULES, 'no-such-rule'] : [...EXPECTED_RULES];
      const diags = await waitForDiagnostics(
        uri,
        (ds) => expected.every((r) => ds.some((d) => ruleOf(d) === r)),
        `diagnostics of rules ${expected.join(', ')}`,
        flip ? 5_000 : 30_000,
      );
      for (const d of diags) {
        assert.equal(d.source, 'sourcetrace');
        assert.ok(d.message.length > 0, 'every diagnostic has a message');
      }
      const pos = vaguePosition();
      assert.ok(
        diags.some((d) => ruleOf(d) === 'vague-attribution' && d.range.contains(pos)),
        `a vague-attribution diagnostic covers "${VAGUE_PHRASE}"`,
      );
    });

    test('hover on a vague attribution explains it', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, vaguePosition());
      const text = hoverText(hovers);
      assert.match(text, /vague/i, `hover text: ${text}`);
    });

    test('the code lens counts the claims', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
      const titles = lenses.map((l) => l.command?.title ?? '');
      assert.ok(
        titles.some((t) => /\d+\s+claims?/i.test(t)),
        `a code lens reads like "29 claims · …"; lenses: ${JSON.stringify(titles)}`,
      );
    });

    test('document symbols list the sources', async () => {
      const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
        'vscode.executeDocumentSymbolProvider',
        uri,
      );
      const all: vscode.DocumentSymbol[] = [];
      const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation) => {
        if ('children' in s) {
          all.push(s);
          s.children.forEach(walk);
        }
      };
      symbols.forEach(walk);
      // A source symbol names the source and says how many claims rest on it.
      const sources = all.filter((s) => /\d+\s+claims?$/.test(s.detail));
      const names = sources.map((s) => `${s.name} (${s.detail})`);
      assert.ok(sources.length >= 2, `at least two traced sources; got ${JSON.stringify(names)}`);
      const ministry = sources.find((s) => /Ministry of Defen[cs]e/i.test(s.name));
      assert.ok(ministry, `the Russian Ministry of Defense is a source; got ${JSON.stringify(names)}`);
      assert.ok(ministry.children.length >= 1, 'a claim rests on the ministry');
    });

    test('a quick fix replaces the vague phrase; saved to disk; re-checked', async () => {
      const pos = vaguePosition();
      const diag = sourcetraceDiagnostics(uri).find((d) => ruleOf(d) === 'vague-attribution' && d.range.contains(pos));
      assert.ok(diag, 'the vague-attribution diagnostic is there');
      // A request carries the diagnostics VS Code holds for the range at that
      // moment, and the server offers actions only for diagnostics it still
      // has. Once in CI the first request got no action at all (not even the
      // rule's documentation link, which every diagnostic of ours gets): the
      // request carried none. It did not happen again in 30 local runs, so
      // ask again for a few seconds, as a user would press Ctrl+. again.
      const silences = (titles: string[]) => titles.some((t) => /disable|ignore/i.test(t));
      let actions: (vscode.CodeAction | vscode.Command)[] = [];
      let asked = 0;
      const deadline = Date.now() + 10_000;
      do {
        if (asked++ > 0) await sleep(250);
        actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
          'vscode.executeCodeActionProvider',
          uri,
          diag.range,
          vscode.CodeActionKind.QuickFix.value,
        );
      } while (!silences(actions.map((a) => a.title)) && Date.now() < deadline);
      const fixes = actions.filter((a): a is vscode.CodeAction => 'edit' in a && a.edit !== undefined);
      const titles = actions.map((a) => a.title);
      assert.ok(
        silences(titles),
        `an action to silence the rule is offered; actions: ${JSON.stringify(titles)}; asked ${asked} times; ${sourcetraceDiagnostics(uri).length} diagnostics now`,
      );
      const fix = fixes.find((a) => /SOURCE|who\?/.test(a.title) || editText(a.edit!).some((t) => /\[(SOURCE|who\?)\]/.test(t)));
      assert.ok(fix, `a placeholder fix is offered; actions: ${JSON.stringify(titles)}`);
      const before = editor.document.getText();
      assert.equal(await vscode.workspace.applyEdit(fix.edit!), true, 'the edit applies');
      const after = editor.document.getText();
      assert.notEqual(after, before);
      assert.match(after, /\[(SOURCE|who\?)\]/);
      assert.equal(await editor.document.save(), true, 'the draft saves');
      assert.equal(readFileSync(uri.fsPath, 'utf8'), after, 'the file on disk has the fix');
      const line = diag.range.start.line;
      const start = diag.range.start.character;
      await waitForDiagnostics(
        uri,
        (ds) => !ds.some((d) => ruleOf(d) === 'vague-attribution' && d.range.start.line === line && d.range.start.character === start),
        'the fixed vague attribution to go away',
      );
    });

    test('typing a new vague sentence brings a new warning', async () => {
      const doc = editor.document;
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      const ok = await editor.edit((b) => b.insert(end, '\n\nOfficials reportedly said the bridge would reopen in May.'));
      assert.equal(ok, true);
      const line = doc.lineCount - 1;
      await waitForDiagnostics(
        uri,
        (ds) => ds.some((d) => ruleOf(d) === 'vague-attribution' && d.range.start.line === line),
        `a vague-attribution on the new line ${line}`,
      );
    });

    test('turning a rule off in settings removes its warnings, turning it on brings them back', async () => {
      const config = vscode.workspace.getConfiguration('sourcetrace', uri);
      const has = (ds: vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === 'vague-attribution');
      await waitForDiagnostics(uri, has, 'vague-attribution before the change');
      await config.update('rules', { 'vague-attribution': 'off' }, vscode.ConfigurationTarget.Workspace);
      try {
        const left = await waitForDiagnostics(uri, (ds) => !has(ds) && ds.length > 0, 'vague-attribution to disappear');
        assert.ok(left.some((d) => ruleOf(d) === 'unattributed-claim'), 'other rules still report');
      } finally {
        await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitForDiagnostics(uri, has, 'vague-attribution to come back');
    });

    test('the sourcing report command opens a report of the claims', async () => {
      const command = contributedCommand(/sourcing report/i);
      const before = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      await vscode.commands.executeCommand(command);
      const report = await poll('a new document holding the sourcing report', () =>
        vscode.workspace.textDocuments.find((d) => !before.has(d.uri.toString()) && /\|.*\|/.test(d.getText())),
      );
      assert.match(report.getText(), /Ministry of Defen[cs]e/i, 'the report names a traced source');
      await vscode.window.showTextDocument(editor.document);
    });

    test('the language server comes back after it is killed', async () => {
      const before = await poll('one running language server', () => {
        const p = serverPids();
        return p.length === 1 ? p : undefined;
      });
      process.kill(before[0]!, 'SIGKILL');
      const after = await poll('a new language server', () => {
        const p = serverPids();
        return p.length === 1 && p[0] !== before[0] ? p : undefined;
      });
      assert.notEqual(after[0], before[0]);
      const doc = editor.document;
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      await editor.edit((b) => b.insert(end, '\n\nAnalysts say the talks have stalled, according to sources.'));
      const line = doc.lineCount - 1;
      await waitForDiagnostics(
        uri,
        (ds) => ds.some((d) => ruleOf(d) === 'vague-attribution' && d.range.start.line === line),
        'diagnostics from the restarted server',
      );
    });

    test('the restart command restarts the server and diagnostics return', async () => {
      const command = contributedCommand(/restart/i);
      const before = serverPids();
      await vscode.commands.executeCommand(command);
      await poll('a restarted language server', () => {
        const p = serverPids();
        return p.length === 1 && !before.includes(p[0]!) ? p : undefined;
      });
      await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === 'vague-attribution'), 'diagnostics after restart');
    });
  });
}

/** The texts a workspace edit inserts or replaces with. */
function editText(edit: vscode.WorkspaceEdit): string[] {
  return edit.entries().flatMap(([, edits]) => edits.map((e) => e.newText));
}

/** Polls `probe` every 200 ms until it returns a value; rejects after `timeoutMs`. */
async function poll<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(200);
  }
}
