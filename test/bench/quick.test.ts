import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../../scripts/bench/report';

const root = path.resolve(__dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'st-bench-test-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

// A smoke run of `npm run bench -- --quick`: it proves the harness drives every
// tool, the engine stages and a real LSP client end to end. It asserts what was
// measured and reported, never how fast: speed is the benchmark's business.
describe('npm run bench -- --quick', () => {
  it('runs every section and reports every tool', { timeout: 240_000 }, () => {
    const json = path.join(work, 'results.json');
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench/main.ts', '--quick', '--timeout', '90', '--dir', work, '--json', json],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(r.stderr).not.toMatch(/bench: .*Error/);
    expect(r.status).toBe(0);
    const results = JSON.parse(readFileSync(json, 'utf8')) as BenchResults;
    expect(results.meta.quick).toBe(true);
    expect(r.stdout).toContain('### Targets');

    // The peers and the floor are devDependencies: they always run, and their output is counted.
    const cells = results.process?.cells ?? {};
    for (const id of ['textlint', 'retext', 'write-good', 'floor']) {
      const cell = cells[id]?.['5KB'];
      expect(cell?.failed, id).toBeUndefined();
      expect(cell?.runs.length, id).toBe(1);
      expect(cell?.findings, id).toBeGreaterThan(0);
    }

    const stages = results.stages?.[0];
    expect(stages?.counts.sentences).toBeGreaterThan(100);
    expect(results.scaling?.map((s) => s.shape)).toEqual(['ordinary', 'single-paragraph', 'single-sentence', 'quotes']);

    // sourcetrace itself needs dist/ (npm test builds it first).
    if (existsSync(path.join(root, 'dist/cli.js'))) {
      expect(cells['sourcetrace']?.['5KB']?.findings).toBeGreaterThan(0);
      expect(results.corpus?.count).toBe(20);
      expect(results.corpus?.cell.findings).toBeGreaterThan(0);
      expect(results.profile?.functions.length).toBeGreaterThan(0);
    }
    if (existsSync(path.join(root, 'dist/server.js'))) {
      expect(results.lsp?.cold?.diagnostics).toBeGreaterThan(0);
      expect(results.lsp?.keystrokes[0]?.keystrokes).toBe(10);
      expect(results.lsp?.memory[0]?.rssKb).toBeGreaterThan(0);
    }
    expect(results.notes.filter((n) => !/not found/.test(n))).toEqual([]);
  });
});
