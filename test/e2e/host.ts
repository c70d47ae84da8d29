/**
 * The two launchers of the extension-host suite (dist/test/index.js, built
 * from test/host/): the same tests, run the way @vscode/test-electron runs
 * them — the extension loaded from the repository as `extensionDevelopmentPath`,
 * the suite as `extensionTestsPath`, an exit code at the end.
 *
 * - In code-server, through its smoke-test driver: the payload in the URL
 *   names both paths and the workbench calls `window.codeAutomationExit(code)`
 *   when `run()` settles. This works on these machines.
 * - In a desktop VS Code through @vscode/test-electron's `runTests`, when
 *   VSCODE_EXECUTABLE names one (it cannot be downloaded here).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/browser';
import { startCodeServer, type CodeServer } from './lib/codeServer';
import { kurskDraft, repoRoot, type E2eTools } from './lib/env';
import { assertLoopbackOnly, processTree } from './lib/procs';
import type { Steps } from './lib/steps';
import { BREAK_MARKER, RESULTS_FILE, type HostTestResult } from '../host/constants';

/** Options shared by both launchers. */
export interface HostOptions {
  /** A fresh directory for this launcher's server, browser and workspace. */
  runDir: string;
  /** Flip one expectation in the suite to prove the run can fail. */
  breakExpectation: boolean;
}

/** The bundled suite. */
const testsBundle = () => path.join(repoRoot, 'dist', 'test', 'index.js');

/** Makes a workspace with the worked example (and the break marker when asked). */
function makeWorkspace(opts: HostOptions): string {
  const workspace = path.join(opts.runDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  copyFileSync(kurskDraft, path.join(workspace, 'kursk-draft.md'));
  if (opts.breakExpectation) writeFileSync(path.join(workspace, BREAK_MARKER), 'expect a rule that does not exist\n');
  return workspace;
}

/** Turns the suite's results file into steps of `suite`; returns false when there is none. */
function recordResults(steps: Steps, suite: string, workspace: string): boolean {
  const file = path.join(workspace, RESULTS_FILE);
  if (!existsSync(file)) return false;
  const results = JSON.parse(readFileSync(file, 'utf8')) as HostTestResult[];
  for (const r of results) {
    steps.record({ suite, name: r.title, ok: r.state === 'passed', ms: r.ms, ...(r.error ? { error: r.error } : {}) });
  }
  return results.length > 0;
}

/** Runs the suite in code-server through the smoke-test driver. Returns the server log. */
export async function runHostInCodeServer(steps: Steps, tools: E2eTools, opts: HostOptions): Promise<string | undefined> {
  const suite = 'host(code-server)';
  const workspace = makeWorkspace(opts);
  let server: CodeServer | undefined;
  let exitCode: number | undefined;
  const consoleLines: string[] = [];
  await steps.run(suite, 'the suite runs in the extension host and reports an exit code', async () => {
    if (!existsSync(testsBundle())) throw new Error(`${testsBundle()} is missing: run scripts/e2e/bundle.mjs`);
    server = await startCodeServer({ tools, runDir: opts.runDir, workspace, smokeTestDriver: true });
    assertLoopbackOnly(server.pid);
    const browser = await launchBrowser(tools, opts.runDir);
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      page.on('console', (m) => consoleLines.push(m.text()));
      const exited = new Promise<number>((resolve) => {
        void page.exposeFunction('codeAutomationExit', (code: number) => {
          resolve(code);
          return Promise.resolve();
        });
      });
      const remote = (p: string) => `vscode-remote://127.0.0.1:${server!.port}${p}`;
      const payload = [
        ['extensionDevelopmentPath', remote(repoRoot)],
        ['extensionTestsPath', remote(testsBundle())],
      ];
      await page.goto(
        `${server!.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
      );
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the extension-host suite did not finish within 5 minutes')), 300_000);
      });
      try {
        exitCode = await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
      await page.screenshot({ path: path.join(steps.shotDir, 'host-code-server-end.png') }).catch(() => undefined);
    } finally {
      await browser.close();
      const pid = server.pid;
      await server.stop();
      const outlived = processTree(pid);
      if (outlived.length) throw new Error(`code-server processes outlived the stop: ${outlived.map((p) => `${p.pid} (${p.args})`).join(', ')}`);
    }
    if (!recordResults(steps, suite, workspace)) {
      const tail = consoleLines.slice(-40).join('\n');
      throw new Error(`the suite wrote no results (exit code ${exitCode}); browser console:\n${tail}`);
    }
    if (exitCode !== 0) throw new Error(`codeAutomationExit(${exitCode})`);
  });
  return server?.logFile;
}

/**
 * Runs the suite in a desktop VS Code with @vscode/test-electron when
 * VSCODE_EXECUTABLE names one; otherwise says why it is skipped.
 */
export async function runHostInElectron(steps: Steps, opts: HostOptions): Promise<void> {
  const suite = 'host(test-electron)';
  const executable = process.env.VSCODE_EXECUTABLE;
  if (!executable) {
    console.log(
      `  skip ${suite}: VSCODE_EXECUTABLE is not set (a desktop VS Code cannot be downloaded on this machine; ` +
        'set VSCODE_EXECUTABLE=/path/to/code to run the same suite with @vscode/test-electron)',
    );
    return;
  }
  const workspace = makeWorkspace(opts);
  await steps.run(suite, `the suite passes in ${executable}`, async () => {
    const { runTests } = await import('@vscode/test-electron');
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsBundle(),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(opts.runDir, 'electron-user-data')}`,
        `--extensions-dir=${path.join(opts.runDir, 'electron-extensions')}`,
      ],
    });
    const recorded = recordResults(steps, suite, workspace);
    if (code !== 0) throw new Error(`runTests exited with ${code}`);
    if (!recorded) throw new Error('the suite wrote no results: did VS Code run the extension tests?');
  });
}
