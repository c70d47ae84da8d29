/**
 * The launcher (`dist/server.js`, server/src/launch.ts): it starts the bundled
 * server with the code cache the build made for it, and starts it just the
 * same when the cache is missing or was made from another bundle.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { CODE_CACHE_LOG_ENV } from '../../server/src/codecache';
import { cacheIsOfBundle, ensureBuilt, outputsWithEachCache, repoRoot } from '../cli/run';

describe('the language server launcher', () => {
  it('has a code cache made from the bundle it loads', () => {
    ensureBuilt();
    expect(cacheIsOfBundle('server-main')).toBe(true);
  });

  it('has V8 take the code cache', () => {
    ensureBuilt();
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'server.js'), '--version'], { encoding: 'utf8', env: { ...process.env, [CODE_CACHE_LOG_ENV]: '1' } });
    expect(r.stderr).toContain('sourcetrace: code cache accepted for server-main.js');
  });

  it('starts the server without a cache, and with a cache of another bundle, which it ignores', () => {
    ensureBuilt();
    const outputs = outputsWithEachCache('server', 'server-main', (dir) =>
      execFileSync(process.execPath, [path.join(dir, 'server.js'), '--version'], { encoding: 'utf8' }).trim(),
    );
    expect(outputs).toEqual([version, version, version]);
  });
});
