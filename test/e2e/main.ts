/**
 * The end-to-end driver, run by `npm run test:e2e` (through scripts/e2e/run.mjs,
 * which builds, packages and bundles first). Runs, in order:
 *   1. workbench: the vsix in code-server, driven in chromium (test/e2e/workbench.ts);
 *   2. host: the extension-host mocha suite through code-server's smoke-test
 *      driver, and through @vscode/test-electron when VSCODE_EXECUTABLE is set;
 *   3. nvim: the language server in Neovim (test/nvim/).
 *
 * Options: `--vsix=PATH` (required for the workbench), `--only=workbench,host,nvim`,
 * `--update-readme-images` (after a passing run, copy the README screenshots of
 * squiggles, hover, quick fix and report to docs/images/).
 * SOURCETRACE_E2E_BREAK=1 flips one expectation in the workbench and host
 * suites to prove that a wrong expectation fails the run.
 *
 * Screenshots go to .e2e/<time>/ in the repository (gitignored); the folder is
 * printed first and kept. On failure the code-server logs are copied there too.
 * Scratch directories (servers, browser profiles, workspaces) are removed.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runHostInCodeServer, runHostInElectron } from './host';
import { loadTools, repoRoot } from './lib/env';
import { Steps } from './lib/steps';
import { runWorkbench } from './workbench';
import { runNvimCheck } from '../nvim/run';

const SUITES = ['workbench', 'host', 'nvim'] as const;

async function main(): Promise<number> {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = (arg('only') ?? SUITES.join(',')).split(',');
  for (const s of only) {
    if (!(SUITES as readonly string[]).includes(s)) throw new Error(`unknown suite "${s}"; expected ${SUITES.join(', ')}`);
  }
  const vsix = arg('vsix');
  const breakExpectation = process.env.SOURCETRACE_E2E_BREAK === '1';
  const tools = loadTools();

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const shotDir = path.join(process.env.SOURCETRACE_E2E_OUT ?? path.join(repoRoot, '.e2e'), stamp);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-e2e-'));
  const steps = new Steps(shotDir);
  console.log(`e2e: screenshots and logs in ${shotDir}`);
  if (breakExpectation) console.log('e2e: SOURCETRACE_E2E_BREAK=1, one expectation is flipped: this run must fail');
  const logs: [string, string | undefined][] = [];
  const t0 = Date.now();
  try {
    if (only.includes('workbench')) {
      console.log('e2e: workbench (code-server + chromium)');
      if (!vsix || !existsSync(vsix)) throw new Error('the workbench suite needs --vsix=PATH of a packaged extension');
      const runDir = path.join(scratch, 'workbench');
      mkdirSync(runDir);
      logs.push(['workbench', await runWorkbench(steps, { tools, vsix, runDir, breakExpectation })]);
    }
    if (only.includes('host')) {
      console.log('e2e: extension-host suite');
      const runDir = path.join(scratch, 'host');
      mkdirSync(runDir);
      logs.push(['host', await runHostInCodeServer(steps, tools, { runDir, breakExpectation })]);
      const electronDir = path.join(scratch, 'host-electron');
      mkdirSync(electronDir);
      await runHostInElectron(steps, { runDir: electronDir, breakExpectation });
    }
    if (only.includes('nvim')) {
      console.log('e2e: neovim');
      const runDir = path.join(scratch, 'nvim');
      mkdirSync(runDir);
      await runNvimCheck(steps, tools, runDir);
    }
  } catch (e) {
    steps.record({ suite: 'e2e', name: 'driver', ok: false, ms: 0, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  } finally {
    if (steps.failed > 0) {
      for (const [name, log] of logs) {
        if (log && existsSync(log)) copyFileSync(log, path.join(shotDir, `code-server-${name}.log`));
      }
    }
    rmSync(scratch, { recursive: true, force: true });
  }
  if (process.argv.includes('--update-readme-images')) {
    // The README's pictures come from a passing run of this scenario.
    if (steps.failed > 0) {
      console.log('e2e: not updating docs/images: the run failed');
    } else {
      const images = path.join(repoRoot, 'docs', 'images');
      mkdirSync(images, { recursive: true });
      for (const name of ['squiggles', 'hover', 'quickfix', 'report']) {
        const from = path.join(shotDir, `readme-${name}.png`);
        if (existsSync(from)) copyFileSync(from, path.join(images, `${name}.png`));
      }
      console.log(`e2e: README screenshots copied to ${images}`);
    }
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  console.log(`e2e: screenshots in ${shotDir}${steps.failed ? ' (with code-server logs)' : ''}; ${secs} s`);
  console.log(`e2e: ${steps.passed} passed, ${steps.failed} failed`);
  return steps.failed > 0 || steps.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
