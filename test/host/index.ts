/**
 * Entry point of the extension-host suite, in the shape @vscode/test-electron
 * expects of `extensionTestsPath`: a module exporting `run()`, which resolves
 * when every test passed and rejects otherwise. The same bundle
 * (dist/test/index.js) runs under code-server's smoke-test driver here and
 * under `runTests` of @vscode/test-electron where a desktop VS Code exists.
 *
 * The suites are bundled into this file, so they register their tests through
 * functions called after mocha has installed its `suite`/`test` globals.
 */
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { RESULTS_FILE, type HostTestResult } from './constants';
import { registerSuites } from './suites';

/** Runs the suite; resolves when all tests passed, rejects with the count of failures otherwise. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  // Installs suite(), test(), suiteSetup() … as globals for the bundled suites.
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  registerSuites();
  const results: HostTestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      void writeResults(results).finally(() => {
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration ?? 0 }));
    runner.on('fail', (t, err: Error) =>
      results.push({ title: t.fullTitle(), state: 'failed', ms: t.duration ?? 0, error: err.stack ?? err.message }),
    );
  });
}

/** Writes the results beside the drafts so that a launcher can print them. */
async function writeResults(results: HostTestResult[]): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const uri = vscode.Uri.joinPath(folder.uri, RESULTS_FILE);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(results, null, 2)));
}
