/**
 * The CLI's launcher (`dist/cli.js`, server/src/cli/launch.ts): it runs the
 * bundled CLI (`dist/cli-main.js`) with the code cache the build made for it,
 * and runs it just the same, with the same output, when the cache is missing
 * or was made from another bundle.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot } from './run';

const dist = path.join(repoRoot, 'dist');
const draft = path.join(repoRoot, 'examples');

describe('the CLI launcher', () => {
  it('has a code cache made from the bundle it loads', () => {
    ensureBuilt();
    const cache = fs.readFileSync(path.join(dist, 'cli-main.cache'));
    const digest = createHash('sha256').update(fs.readFileSync(path.join(dist, 'cli-main.js'), 'utf8')).digest();
    expect(cache.subarray(0, 32).equals(digest)).toBe(true);
    expect(cache.length).toBeGreaterThan(32);
  });

  it('gives the report of the bundle run directly, with no cache, a cache of another bundle, or the real one', () => {
    ensureBuilt();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-cli-launch-'));
    try {
      for (const f of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
      const run = (script: string) =>
        execFileSync(process.execPath, [path.join(dir, script), 'check', draft, '--format', 'json', '--fail-on', 'none'], { cwd: repoRoot, encoding: 'utf8' });
      const direct = run('cli-main.js');
      expect(JSON.parse(direct).files.length).toBeGreaterThan(1);
      expect(run('cli.js')).toBe(direct);
      // A cache whose digest is not the bundle's, with data V8 would reject anyway.
      fs.writeFileSync(path.join(dir, 'cli-main.cache'), Buffer.concat([Buffer.alloc(32, 1), Buffer.from('not a code cache')]));
      expect(run('cli.js')).toBe(direct);
      fs.copyFileSync(path.join(dist, 'cli-main.cache'), path.join(dir, 'cli-main.cache'));
      expect(run('cli.js')).toBe(direct);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
