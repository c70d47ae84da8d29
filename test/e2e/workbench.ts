/**
 * The workbench scenario: the packaged extension installed in code-server,
 * driven in headless chromium the way a reporter would use it — open the
 * draft, read the squiggles and the Problems panel, hover, Ctrl+. to fix and
 * save, type, change a setting, read the status bar, open the sourcing report
 * and the outline, and survive a crash of the language server. Every step
 * leaves a screenshot.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './lib/browser';
import { startCodeServer, type CodeServer } from './lib/codeServer';
import { kurskDraft, type E2eTools } from './lib/env';
import { assertLoopbackOnly, processTree } from './lib/procs';
import { CriticalStepFailed, waitFor, type Steps } from './lib/steps';
import { vagueHoverTarget } from '../nvim/run';

/** Options of the workbench scenario. */
export interface WorkbenchOptions {
  tools: E2eTools;
  vsix: string;
  /** A fresh directory for this scenario's server, browser and workspace. */
  runDir: string;
  /** Flip one expectation (a rule id that does not exist) to prove the run can fail. */
  breakExpectation: boolean;
}

const SUITE = 'workbench';
const DRAFT = 'kursk-draft.md';
/** A vague sentence typed into the draft: "reportedly" hides who reported it. */
const TYPED_SENTENCE = 'Officials reportedly said the bridge would reopen in May.';

/** Runs the scenario; returns the code-server log file for the caller to keep on failure. */
export async function runWorkbench(steps: Steps, opts: WorkbenchOptions): Promise<string | undefined> {
  const workspace = path.join(opts.runDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const draftFile = path.join(workspace, DRAFT);
  copyFileSync(kurskDraft, draftFile);
  const original = readFileSync(draftFile, 'utf8');

  let server: CodeServer | undefined;
  let page: Page | undefined;
  const ctx = { close: async () => {} };
  try {
    await steps.run(
      SUITE,
      'code-server starts on loopback with the vsix installed',
      async () => {
        server = await startCodeServer({ tools: opts.tools, runDir: opts.runDir, workspace, vsix: opts.vsix });
        const listening = assertLoopbackOnly(server.pid);
        console.log(`    code-server pid ${server.pid} listens on ${listening.map((l) => l.local).join(', ')}`);
      },
      { critical: true },
    );
    const browser = await launchBrowser(opts.tools, opts.runDir);
    ctx.close = () => browser.close();
    page = browser.pages()[0] ?? (await browser.newPage());
    const p = page;
    const srv = server!;

    await steps.run(
      SUITE,
      'squiggles appear on the draft',
      async () => {
        await p.goto(`${srv.origin}/?folder=${encodeURIComponent(workspace)}`);
        await p.waitForSelector('.monaco-workbench', { timeout: 60_000 });
        await openFile(p, DRAFT);
        const t0 = Date.now();
        await p.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info', { timeout: 60_000 });
        console.log(`    first squiggle ${((Date.now() - t0) / 1000).toFixed(1)} s after the draft opened`);
        await waitFor('the problem count to settle above zero', async () => (await problemCount(p)) > 0, 30_000);
        await shotAround(p, path.join(steps.shotDir, 'readme-squiggles.png'), ['.part.editor .tabs-container'], 420);
      },
      { page: p, critical: true },
    );

    const rules = ['vague-attribution', 'unattributed-claim', ...(opts.breakExpectation ? ['no-such-rule'] : [])];
    await steps.run(
      SUITE,
      'the Problems panel lists the findings by rule',
      async () => {
        await settle(p);
        const filter = await showProblems(p);
        for (const rule of rules) {
          await filter.fill(rule);
          const rows = await waitFor(
            `Problems rows of ${rule}`,
            async () => {
              const texts = await p.locator('.markers-panel .monaco-list-row').allInnerTexts();
              const hits = texts.filter((t) => t.includes(rule));
              return hits.length > 0 ? hits : undefined;
            },
            opts.breakExpectation && rule === 'no-such-rule' ? 3_000 : 20_000,
          );
          console.log(`    Problems, filtered by ${rule}: ${rows.length} rows shown, e.g. ${JSON.stringify(rows[0]!.split('\n')[0])}`);
          await p.screenshot({ path: path.join(steps.shotDir, `problems-${rule}.png`) });
        }
        await filter.fill('');
      },
      { page: p },
    );

    const target = vagueHoverTarget();
    await steps.run(
      SUITE,
      `hovering "${target.phrase}" shows why it is vague`,
      async () => {
        await settle(p);
        await runCommand(p, 'View: Hide Panel');
        await focusEditor(p);
        await goTo(p, target.line + 1, target.character + 1);
        const cursor = await p.locator('.monaco-editor.focused .cursor').first().boundingBox();
        if (!cursor) throw new Error('no visible cursor');
        await p.mouse.move(cursor.x + 6, cursor.y + cursor.height / 2);
        const hover = p.locator('.monaco-hover:visible').first();
        await hover.waitFor({ timeout: 45_000 });
        const text = await waitFor('hover text about a vague attribution', async () => {
          const t = await hover.innerText();
          return /vague/i.test(t) ? t : undefined;
        });
        console.log(`    hover: ${JSON.stringify(text.slice(0, 160))}`);
        await shotAround(p, path.join(steps.shotDir, 'readme-hover.png'), ['.monaco-hover:visible', '.monaco-editor.focused .cursor']);
      },
      { page: p },
    );

    await steps.run(
      SUITE,
      'Ctrl+. offers quick fixes; applying one changes the text and, after Ctrl+S, the file',
      async () => {
        await settle(p);
        await p.mouse.move(5, 5);
        await p.keyboard.press('Escape');
        await goTo(p, target.line + 1, target.character + 1);
        await p.keyboard.press('Control+.');
        const rows = p.locator('.action-widget .monaco-list-row');
        await rows.first().waitFor({ timeout: 45_000 });
        const titles = await rows.allInnerTexts();
        console.log(`    quick fixes: ${JSON.stringify(titles.map((t) => t.trim()).filter(Boolean))}`);
        await shotAround(p, path.join(steps.shotDir, 'readme-quickfix.png'), ['.action-widget'], 260);
        const index = titles.findIndex((t) => /\[SOURCE\]|\[who\?\]|SOURCE|who\?/.test(t));
        if (index < 0) throw new Error(`no placeholder fix among ${JSON.stringify(titles)}`);
        await rows.nth(index).click();
        await waitFor('the fix to show in the editor', async () => /\[(SOURCE|who\?)\]/.test(await visibleText(p)));
        await p.keyboard.press('Control+S');
        const saved = await waitFor('the file on disk to change', () => {
          const now = readFileSync(draftFile, 'utf8');
          return now !== original ? now : undefined;
        });
        if (!/\[(SOURCE|who\?)\]/.test(saved)) throw new Error('the saved file has no placeholder');
        if (saved.includes(`${target.phrase},`) && !/According to \[SOURCE\]/.test(saved)) {
          throw new Error(`"${target.phrase}" is still in the saved file`);
        }
      },
      { page: p },
    );

    await steps.run(
      SUITE,
      'typing a new vague sentence brings a new warning',
      async () => {
        await settle(p);
        await p.mouse.move(5, 5);
        await p.keyboard.press('Escape');
        await focusEditor(p);
        const before = await problemCount(p);
        await p.keyboard.press('Control+End');
        await p.keyboard.press('Enter');
        await p.keyboard.press('Enter');
        await p.keyboard.type(TYPED_SENTENCE, { delay: 15 });
        const after = await waitFor(`more than ${before} problems`, async () => {
          const n = await problemCount(p);
          return n > before ? n : undefined;
        });
        console.log(`    problems: ${before} → ${after}`);
        await p.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info');
        await p.keyboard.press('Control+S');
        await waitFor('the typed sentence on disk', () => readFileSync(draftFile, 'utf8').includes(TYPED_SENTENCE));
      },
      { page: p },
    );

    await steps.run(
      SUITE,
      'turning vague-attribution off in settings removes its warnings',
      async () => {
        await settle(p);
        const before = await problemCount(p);
        await writeWorkspaceSettings(p, workspace, { 'sourcetrace.rules': { 'vague-attribution': 'off' } });
        await openFile(p, DRAFT);
        const after = await waitFor(`fewer than ${before} problems`, async () => {
          const n = await problemCount(p);
          return n < before ? n : undefined;
        });
        console.log(`    problems: ${before} → ${after}`);
        const filter = await showProblems(p);
        await filter.fill('vague-attribution');
        await waitFor('no vague-attribution row in Problems', async () => {
          const texts = await p.locator('.markers-panel .monaco-list-row').allInnerTexts();
          return !texts.some((t) => t.includes('vague-attribution'));
        });
        await p.screenshot({ path: path.join(steps.shotDir, 'settings-rule-off.png') });
        await filter.fill('');
        // Turn it back on for the steps that follow.
        await runCommand(p, 'View: Hide Panel');
        await writeWorkspaceSettings(p, workspace, {});
        await openFile(p, DRAFT);
        await waitFor('the warnings to come back', async () => (await problemCount(p)) >= before);
      },
      { page: p },
    );

    await steps.run(
      SUITE,
      'the status bar shows the draft’s counts',
      async () => {
        await settle(p);
        await focusEditor(p);
        const item = p.locator('#workbench\\.parts\\.statusbar .statusbar-item[id*="sourcetrace" i]').first();
        await item.waitFor({ timeout: 45_000 });
        const text = await waitFor('counts in the status bar item', async () => {
          const t = (await item.innerText()).trim();
          return /\d/.test(t) ? t : undefined;
        });
        const label = (await item.getAttribute('aria-label')) ?? '';
        console.log(`    status bar: ${JSON.stringify(text)} (${JSON.stringify(label)})`);
        if (!/\d+\s*\/\s*\d+\s+attributed/i.test(text) || !/\d+\s+vague/i.test(text) || !/\d+\s+unattributed/i.test(text)) {
          throw new Error(`the status bar item does not show attributed, vague and unattributed counts: ${JSON.stringify(text)}`);
        }
        // A click on it opens the Problems panel.
        const problems = p.locator('.markers-panel').first();
        if (await problems.isVisible()) await runCommand(p, 'View: Hide Panel');
        await problems.waitFor({ state: 'hidden', timeout: 45_000 }).catch(() => undefined);
        await item.click();
        await problems.waitFor({ state: 'visible', timeout: 45_000 });
      },
      { page: p },
    );

    await steps.run(
      SUITE,
      'the sourcing report opens',
      async () => {
        await settle(p);
        await runCommand(p, 'Sourcing Report');
        await waitFor('the report tab', async () => /sourcing report/i.test(await activeTab(p)));
        const report = p.locator('.editor-group-container.active .monaco-editor .view-lines').first();
        const text = await waitFor('the report table with a status column and vague and attributed claims', async () => {
          const t = await report.innerText();
          return /\|\s*Status\s*\|/i.test(t) && /\|\s*vague\s*\|/i.test(t) && /\|\s*attributed\s*\|/i.test(t) ? t : undefined;
        });
        console.log(`    report: ${JSON.stringify(text.split('\n').slice(0, 3).join(' / ').slice(0, 160))}`);
        await shotAround(p, path.join(steps.shotDir, 'readme-report.png'), ['.editor-group-container.active .tab.active'], 420);
        await runCommand(p, 'View: Close Editor');
      },
      { page: p },
    );

    await steps.run(
      SUITE,
      'the outline lists the sources',
      async () => {
        await settle(p);
        await openFile(p, DRAFT);
        await runCommand(p, 'Explorer: Focus on Outline View');
        const rows = p.locator('.outline-pane .monaco-list-row, [id="outline"] .monaco-list-row');
        await rows.filter({ hasText: /^\s*Sources\s*$/ }).first().waitFor({ timeout: 45_000 });
        const names = await waitFor('sources in the outline', async () => {
          // The tree renders only the rows in view: scroll through it and collect them all.
          const seen = new Set<string>();
          const list = p.locator('.outline-pane .monaco-list, [id="outline"] .monaco-list').first();
          const box = await list.boundingBox();
          for (let i = 0; i < 15 && box; i++) {
            for (const t of await rows.allInnerTexts()) seen.add(t.split('\n')[0]!.trim());
            await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
            await p.mouse.wheel(0, Math.max(60, box.height - 40));
            await p.waitForTimeout(100);
          }
          // A source row carries its kind and how many claims rest on it ("… · 1 claim").
          const sourceRows = [...seen].filter((n) => /\d+\s+claims?\s*$/.test(n));
          return sourceRows.length >= 2 && sourceRows.some((n) => /Ministry of Defen[cs]e/i.test(n)) ? sourceRows : undefined;
        });
        console.log(`    outline sources: ${JSON.stringify(names)}`);
      },
      { page: p },
    );

    await steps.run(
      SUITE,
      'killing the language server: the client restarts it and diagnostics return',
      async () => {
        await settle(p);
        const old = languageServers(srv);
        if (old.length !== 1) throw new Error(`expected one language server, found ${old.length}`);
        process.kill(old[0]!, 'SIGKILL');
        const fresh = await waitFor(
          'a new language server process',
          () => {
            const now = languageServers(srv);
            return now.length === 1 && now[0] !== old[0] ? now : undefined;
          },
          60_000,
        );
        console.log(`    language server pid ${old[0]} killed, restarted as ${fresh[0]}`);
        await openFile(p, DRAFT);
        await focusEditor(p);
        const before = await problemCount(p);
        await p.keyboard.press('Control+End');
        await p.keyboard.press('Enter');
        await p.keyboard.press('Enter');
        await p.keyboard.type('Critics reportedly warned that the ceasefire would not hold.', { delay: 15 });
        await waitFor(`more than ${before} problems from the new server`, async () => (await problemCount(p)) > before, 30_000);
      },
      { page: p },
    );
  } catch (e) {
    if (!(e instanceof CriticalStepFailed)) throw e;
  } finally {
    await ctx.close().catch(() => undefined);
    if (server) {
      const pid = server.pid;
      await steps.run(SUITE, 'code-server and all its processes stop', async () => {
        await server!.stop();
        const left = processTree(pid);
        if (left.length) throw new Error(`left running: ${left.map((x) => `${x.pid} ${x.args}`).join('; ')}`);
      });
    }
  }
  return server?.logFile;
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a user would. */
async function openFile(p: Page, name: string): Promise<void> {
  await p.keyboard.press('Control+P');
  const input = p.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: 45_000 });
  await input.fill(name);
  await p.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 45_000 });
  await p.keyboard.press('Enter');
  await p.waitForSelector(`.tabs-container .tab.active:has-text("${name}")`, { timeout: 45_000 });
  await focusEditor(p);
}

/**
 * Runs a command from the command palette (F1) by its title: types the title,
 * then clicks the row whose label matches it best (exactly, then by prefix,
 * then by containment), so that a recently used command above it is not run
 * by mistake.
 */
async function runCommand(p: Page, title: string): Promise<void> {
  await p.keyboard.press('F1');
  const input = p.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: 45_000 });
  await input.fill(`>${title}`);
  const rows = p.locator('.quick-input-list .monaco-list-row');
  const want = title.toLowerCase();
  const index = await waitFor(`the command "${title}" in the palette`, async () => {
    const labels = (await rows.allInnerTexts()).map((t) => (t.split('\n')[0] ?? '').trim().toLowerCase());
    const exact = labels.findIndex((l) => l === want);
    if (exact >= 0) return exact + 1;
    const prefix = labels.findIndex((l) => l.startsWith(want));
    if (prefix >= 0) return prefix + 1;
    const contains = labels.findIndex((l) => l.includes(want));
    return contains >= 0 ? contains + 1 : undefined;
  }, 15_000);
  await rows.nth(index - 1).click();
  await input.waitFor({ state: 'hidden', timeout: 45_000 });
}

/** The resource name of the active tab of the active editor group. */
async function activeTab(p: Page): Promise<string> {
  return (await p.locator('.editor-group-container.active .tab.active').first().getAttribute('data-resource-name')) ?? '';
}

/** Opens the Problems panel and returns its filter box. */
async function showProblems(p: Page) {
  await runCommand(p, 'Focus on Problems View');
  await p.waitForSelector('.markers-panel .monaco-list-row', { timeout: 45_000 });
  const filter = p.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
  await filter.waitFor({ timeout: 45_000 });
  return filter;
}

/**
 * Replaces the workspace settings as a user would: "Preferences: Open
 * Workspace Settings (JSON)", select all, type the new JSON, save, close.
 */
async function writeWorkspaceSettings(p: Page, workspace: string, settings: Record<string, unknown>): Promise<void> {
  await runCommand(p, 'Preferences: Open Workspace Settings (JSON)');
  // VS Code 1.139 opens settings.json in a modal editor over the workbench.
  const editor = p.locator('.monaco-editor[data-uri$="/.vscode/settings.json"]').first();
  await editor.waitFor({ timeout: 45_000 });
  await editor.locator('.view-lines').click();
  await p.locator('.monaco-editor.focused[data-uri$="/.vscode/settings.json"]').waitFor({ timeout: 45_000 });
  await p.keyboard.press('Control+A');
  await editor.locator('.selected-text').first().waitFor({ timeout: 45_000 });
  // One line, typed with auto-closing off (see QUIET_SETTINGS).
  const typed = JSON.stringify(settings);
  await p.keyboard.type(typed, { delay: 10 });
  await p.keyboard.press('Control+S');
  const file = path.join(workspace, '.vscode', 'settings.json');
  // Compared as text: the file VS Code creates may already parse to the same
  // value ("{}"), and only the exact typed text proves that the save happened.
  await waitFor('settings.json to be saved', () => {
    try {
      return readFileSync(file, 'utf8').trim() === typed;
    } catch {
      return false;
    }
  });
  // The command palette does not open over the modal editor; Escape closes it.
  // The file can be on disk a moment before the editor stops counting itself
  // dirty; should VS Code then ask whether to save, the answer is Save.
  await p.keyboard.press('Escape');
  await waitFor('the settings editor to close', async () => {
    // The dialog's buttons are links with role "button", not <button>s.
    const dialog = p.locator('.monaco-dialog-box');
    if (await dialog.count()) {
      const save = dialog.getByRole('button', { name: 'Save', exact: true });
      if (await save.count()) await save.first().click();
      else await p.keyboard.press('Enter'); // Save is the dialog's default button.
    }
    return (await editor.count()) === 0;
  });
  if (readFileSync(file, 'utf8').trim() !== typed) throw new Error('settings.json changed while its editor closed');
}

/**
 * Brings the workbench back to a known state before a step: no quick input,
 * hover or widget open, and no modal editor over the workbench.
 */
async function settle(p: Page): Promise<void> {
  await p.mouse.move(5, 5);
  await p.keyboard.press('Escape');
  await p.keyboard.press('Escape');
  await waitFor('no modal editor over the workbench', async () => (await p.locator('.modal-editor-part').count()) === 0, 10_000);
}

/** Gives the active editor the keyboard focus. */
async function focusEditor(p: Page): Promise<void> {
  await p.keyboard.press('Escape');
  await runCommand(p, 'View: Focus Active Editor Group');
  await p.waitForSelector('.monaco-editor.focused', { timeout: 45_000 });
}

/** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G). */
async function goTo(p: Page, line: number, column: number): Promise<void> {
  await p.keyboard.press('Control+G');
  const input = p.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: 45_000 });
  // Go to Line is Quick Open with the ":" prefix.
  await input.fill(`:${line}:${column}`);
  await p.keyboard.press('Enter');
  await p.waitForSelector('.monaco-editor.focused', { timeout: 45_000 });
}

/** The text of the editor lines on screen. */
async function visibleText(p: Page): Promise<string> {
  return p.locator('.monaco-editor .view-lines').first().innerText();
}

/** The number of problems the workbench's status bar shows (errors + warnings + infos). */
async function problemCount(p: Page): Promise<number> {
  const text = await p.locator('#status\\.problems').first().innerText();
  return (text.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
}

/**
 * A small screenshot for the README: the union of the boxes of `selectors`,
 * widened to the editor's text column and at least `minHeight` tall, clipped
 * to the page.
 */
async function shotAround(p: Page, file: string, selectors: string[], minHeight = 0): Promise<void> {
  const boxes = [];
  for (const sel of selectors) {
    const box = await p.locator(sel).first().boundingBox({ timeout: 2_000 }).catch(() => null);
    if (box) boxes.push(box);
  }
  const editor = await p.locator('.part.editor').first().boundingBox();
  if (!boxes.length || !editor) return;
  const viewport = p.viewportSize() ?? { width: 1400, height: 900 };
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - 40);
  const bottom = Math.min(viewport.height, Math.max(Math.max(...boxes.map((b) => b.y + b.height)) + 40, top + minHeight));
  const left = Math.max(0, editor.x);
  const right = Math.min(viewport.width, Math.max(editor.x + Math.min(editor.width, 960), ...boxes.map((b) => b.x + b.width + 20)));
  await p.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
}

/** Pids of sourcetrace language servers under this code-server. */
function languageServers(srv: CodeServer): number[] {
  return processTree(srv.pid)
    .filter((x) => x.args.includes(srv.extensionsDir) && /dist[/\\]server\.js/.test(x.args))
    .map((x) => x.pid);
}
