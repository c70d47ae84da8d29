/**
 * Helpers for the extension-host suite: finding the extension and its
 * commands, opening the worked example, waiting for diagnostics.
 */
import * as vscode from 'vscode';
import { listProcesses } from '../e2e/lib/procs';

/** The extension's identifier: `publisher.name` from package.json. */
export const EXTENSION_ID = 'sourcetrace.sourcetrace';

/** The worked example's file name inside the test workspace. */
export const DRAFT = 'kursk-draft.md';

/** The rule ids the worked example must produce. */
export const EXPECTED_RULES = ['vague-attribution', 'unattributed-claim'] as const;

/** The installed sourcetrace extension; fails when it is not there. */
export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return ext;
}

/** A command the extension contributes, found by a pattern on its title (so tests follow renames). */
export function contributedCommand(title: RegExp): string {
  const pkg = extension().packageJSON as { contributes?: { commands?: { command: string; title: string }[] } };
  const cmd = pkg.contributes?.commands?.find((c) => title.test(c.title));
  if (!cmd) {
    const all = (pkg.contributes?.commands ?? []).map((c) => `${c.command} (${c.title})`).join(', ');
    throw new Error(`no contributed command titled ${title}; contributed: ${all}`);
  }
  return cmd.command;
}

/** The URI of a file in the first workspace folder. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a workspace file in an editor. */
export async function openDraft(name = DRAFT): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

/** sourcetrace's diagnostics for a document. */
export function sourcetraceDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourcetrace');
}

/** The rule id of a diagnostic (`code` may be a string or `{ value, target }`). */
export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/**
 * Waits until the document's sourcetrace diagnostics satisfy `ok`, listening
 * for diagnostics changes and checking at least every 250 ms. Rejects with
 * what it last saw when `timeoutMs` runs out.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diags = sourcetraceDiagnostics(uri);
      if (ok(diags)) {
        done();
        resolve(diags);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics(() => void check());
    const poll = setInterval(() => void check(), 250);
    const timer = setTimeout(() => {
      done();
      const seen = sourcetraceDiagnostics(uri)
        .map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`)
        .join(', ');
      reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}; diagnostics now: [${seen}]`));
    }, timeoutMs);
    function done() {
      sub.dispose();
      clearInterval(poll);
      clearTimeout(timer);
    }
    check();
  });
}

/** Flattens hover contents to plain text. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/**
 * The pids of language-server processes started by this extension host:
 * node processes whose command line runs sourcetrace's dist/server.js.
 */
export function serverPids(): number[] {
  return listProcesses()
    .filter((p) => p.ppid === process.pid && /dist[/\\]server\.js/.test(p.args))
    .map((p) => p.pid);
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
