/**
 * The launcher (`dist/server.js`, server/src/launch.ts): it starts the bundled
 * server with the code cache the build made for it, and starts it just the
 * same when the cache is missing or was made from another bundle.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { ensureBuilt } from '../cli/run';
import { ROOT } from './client';

const dist = path.join(ROOT, 'dist');

describe('the language server launcher', () => {
  it('has a code cache made from the bundle it loads', () => {
    ensureBuilt();
    const cache = fs.readFileSync(path.join(dist, 'server-main.cache'));
    const digest = createHash('sha256').update(fs.readFileSync(path.join(dist, 'server-main.js'), 'utf8')).digest();
    expect(cache.subarray(0, 32).equals(digest)).toBe(true);
    expect(cache.length).toBeGreaterThan(32);
  });

  it('starts the server without a cache, and with a cache of another bundle, which it ignores', () => {
    ensureBuilt();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-launch-'));
    try {
      for (const f of ['server.js', 'server-main.js']) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
      const run = () => execFileSync(process.execPath, [path.join(dir, 'server.js'), '--version'], { encoding: 'utf8' }).trim();
      expect(run()).toBe(version);
      // A cache whose digest is not the bundle's, with data V8 would reject anyway.
      fs.writeFileSync(path.join(dir, 'server-main.cache'), Buffer.concat([Buffer.alloc(32, 1), Buffer.from('not a code cache')]));
      expect(run()).toBe(version);
      // The real cache for this bundle, copied along: the same answer.
      fs.copyFileSync(path.join(dist, 'server-main.cache'), path.join(dir, 'server-main.cache'));
      expect(run()).toBe(version);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
