/**
 * The CLI's launcher (`dist/cli.js`, server/src/cli/launch.ts): it runs the
 * bundled CLI (`dist/cli-main.js`) with the code cache the build made for it,
 * and runs it just the same, with the same output, when the cache is missing
 * or was made from another bundle.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_CACHE_LOG_ENV } from '../../server/src/codecache';
import { cacheIsOfBundle, ensureBuilt, outputsWithEachCache, repoRoot } from './run';

const draft = path.join(repoRoot, 'examples');

describe('the CLI launcher', () => {
  it('has a code cache made from the bundle it loads', () => {
    ensureBuilt();
    expect(cacheIsOfBundle('cli-main')).toBe(true);
  });

  it('has V8 take the code cache, in the main thread and in a worker', () => {
    ensureBuilt();
    // The cache holds the flags it was written under; V8 refuses it silently under others.
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', draft, '--format', 'json', '--fail-on', 'none'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, [CODE_CACHE_LOG_ENV]: '1', SOURCETRACE_THREADS: '2' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('code cache')).sort()).toEqual([
      'sourcetrace: code cache accepted for cli-main.js',
      'sourcetrace: code cache accepted for cli-main.js (worker)',
    ]);
  });

  it('gives the report of the bundle run directly, with no cache, a cache of another bundle, or the real one', () => {
    ensureBuilt();
    const check = (dir: string, script: string) =>
      execFileSync(process.execPath, [path.join(dir, script), 'check', draft, '--format', 'json', '--fail-on', 'none'], { cwd: repoRoot, encoding: 'utf8' });
    let direct = '';
    const outputs = outputsWithEachCache('cli', 'cli-main', (dir) => {
      direct ||= check(dir, 'cli-main.js');
      return check(dir, 'cli.js');
    });
    expect(JSON.parse(direct).files.length).toBeGreaterThan(1);
    expect(outputs).toEqual([direct, direct, direct]);
  });
});
