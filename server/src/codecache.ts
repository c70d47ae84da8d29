/**
 * Loads a bundle with V8's code cache for it: the launchers of the language
 * server (`server/src/launch.ts`) and the CLI (`server/src/cli/launch.ts`)
 * share this.
 *
 * With the cache, V8 neither parses the bundle again nor compiles the
 * functions a first analysis runs. The cache file holds the bundle's SHA-256
 * (32 bytes), then V8's cached data; it is only used when it was made from
 * exactly this bundle and V8 accepts it (same V8 version and flags).
 * Otherwise, or when it is missing, the bundle is compiled as usual. It is
 * written only when the build asks for it, after a training run. The engine's
 * V8 flags (`v8flags.ts`) are set here, before anything is compiled, so that
 * the cache is always written and read under the same flags: V8 rejects a
 * cache made with others.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { tuneV8 } from './v8flags';

/**
 * With this variable set, each load says on standard error whether V8 took
 * the cache (`accepted`), refused it (`rejected`: another V8, or other
 * flags) or there was none for this bundle (`missing`). V8 refuses a cache
 * silently and compiles the bundle instead, so only this shows it.
 */
export const CODE_CACHE_LOG_ENV = 'SOURCETRACE_CODE_CACHE_LOG';

/** V8's cached data for `source`, when the cache file was made from it. */
function cachedDataFor(cacheFile: string, source: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const digest = createHash('sha256').update(source).digest();
  return cache.length > 32 && cache.subarray(0, 32).equals(digest) ? cache.subarray(32) : undefined;
}

/** How to load a bundle. */
export interface LoadOptions {
  /**
   * True for the build's training run: the cache is not read, and when the
   * process exits it is written with every function compiled by then.
   */
  write: boolean;
  /**
   * The module object the bundle runs as. The launcher passes its own when the
   * bundle checks `require.main === module` to know it is the program; by
   * default the bundle gets a module of its own.
   */
  module?: { exports: unknown };
}

/** Runs the bundle `main` (CommonJS) with its code cache `cacheFile`; returns its exports. */
export function loadWithCodeCache(main: string, cacheFile: string, options: LoadOptions): unknown {
  tuneV8();
  const source = fs.readFileSync(main, 'utf8');
  const cachedData = options.write ? undefined : cachedDataFor(cacheFile, source);
  const script = new vm.Script(wrap(source.replace(/^#!/, '//')), { filename: main, ...(cachedData ? { cachedData } : {}) });
  if (options.write) {
    process.once('exit', () => {
      fs.writeFileSync(cacheFile, Buffer.concat([createHash('sha256').update(source).digest(), script.createCachedData()]));
    });
  }
  if (process.env[CODE_CACHE_LOG_ENV] && !options.write) {
    const state = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted';
    process.stderr.write(`sourcetrace: code cache ${state} for ${path.basename(main)}${isMainThread ? '' : ' (worker)'}\n`);
  }
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  const module = options.module ?? { exports: {}, filename: main, id: main, loaded: false, children: [], paths: [] as string[] };
  fn.call(module.exports, module.exports, createRequire(main), module, main, path.dirname(main));
  return module.exports;
}
