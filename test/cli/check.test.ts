/**
 * What `checkTargets` (server/src/cli/check.ts) gives each formatter: a
 * draft whose part of the JSON report was written where it was analysed
 * still has its line index, built when it is first asked for.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets } from '../../server/src/cli/check';
import { jsonChunks } from '../../server/src/cli/format/json';
import { ConfigLoader } from '../../server/src/config';
import { buildLineIndex } from '../../server/src/lsp/positions';

describe('checkTargets', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-check-'));
  const texts = ['# One\n\nPrices rose 4% last year.\r\nAnalysts say it will go on.\n', 'Two\n\n"We will win," she said.'];
  const targets = texts.map((text, i) => {
    const absPath = path.join(dir, `d${i}.md`);
    fs.writeFileSync(absPath, text);
    return { kind: 'file' as const, absPath };
  });
  const run = (detail: 'json' | 'findings') => checkTargets(targets, dir, new ConfigLoader({ cwd: dir }), () => Buffer.alloc(0), { detail });

  it('gives every draft its line index, whether its part of the JSON report is written or not', async () => {
    const json = await run('json');
    const findings = await run('findings');
    expect(json.files.map((f) => f.json !== undefined)).toEqual([true, true]);
    expect(findings.files.map((f) => f.json !== undefined)).toEqual([false, false]);
    for (const { files } of [json, findings]) {
      expect(files.map((f) => f.lines)).toEqual(texts.map((t) => buildLineIndex(t)));
      // Asked again, and copied as --quiet copies a draft's result: the same index.
      expect(files.map((f) => ({ ...f }).lines)).toEqual(files.map((f) => f.lines));
    }
  });

  it('writes the report from the written parts as from the analyses', async () => {
    const report = (files: Parameters<typeof jsonChunks>[0]) => Buffer.concat([...jsonChunks(files, dir)]).toString('utf8');
    const json = await run('json');
    const whole = await checkTargets(targets, dir, new ConfigLoader({ cwd: dir }), () => Buffer.alloc(0), { detail: 'all' });
    expect(report(json.files)).toBe(report(whole.files));
    expect(JSON.parse(report(json.files)).files).toHaveLength(2);
  });
});
