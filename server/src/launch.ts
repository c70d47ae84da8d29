/**
 * The language server's launcher: `dist/server.js`, the file editors start.
 *
 * It loads the bundled server (`dist/server-main.js`) with V8's code cache
 * for it (`dist/server-main.cache`), which the build writes after a training
 * run of the engine. With the cache, V8 neither parses the 850 KB bundle
 * again nor compiles the functions a first analysis runs: a cold start to
 * the first diagnostics costs about a third less CPU. The cache is only used
 * when it was made from exactly this bundle (its SHA-256 is stored with it)
 * and V8 accepts it (same V8 version and flags); otherwise, or when it is
 * missing, the bundle is compiled as usual. The launcher never writes the
 * cache except when the build asks it to (`--write-code-cache`).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** The bundled server, next to this launcher. */
const MAIN = path.join(__dirname, 'server-main.js');
/** Its code cache: the bundle's SHA-256 (32 bytes), then V8's cached data. */
const CACHE = path.join(__dirname, 'server-main.cache');

/** V8's cached data for `source`, when the cache file was made from it. */
function cachedDataFor(source: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const digest = createHash('sha256').update(source).digest();
  return cache.length > 32 && cache.subarray(0, 32).equals(digest) ? cache.subarray(32) : undefined;
}

function launch(): void {
  const source = fs.readFileSync(MAIN, 'utf8');
  const writeCache = process.argv.includes('--write-code-cache');
  const script = new vm.Script(wrap(source.replace(/^#!/, '//')), {
    filename: MAIN,
    cachedData: writeCache ? undefined : cachedDataFor(source),
  });
  if (writeCache) {
    // The build's training run: the bundle analyses a sample draft and exits;
    // the cache then holds every function that took.
    process.once('exit', () => {
      fs.writeFileSync(CACHE, Buffer.concat([createHash('sha256').update(source).digest(), script.createCachedData()]));
    });
  }
  const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  const module = { exports: {}, filename: MAIN, id: MAIN, loaded: false, children: [], paths: [] as string[] };
  fn.call(module.exports, module.exports, createRequire(MAIN), module, MAIN, path.dirname(MAIN));
  module.loaded = true;
}

launch();
