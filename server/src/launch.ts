/**
 * The language server's launcher: `dist/server.js`, the file editors start.
 *
 * It loads the bundled server (`dist/server-main.js`) with V8's code cache
 * for it (`dist/server-main.cache`, see `codecache.ts`), which the build
 * writes after a training run of the engine. With the cache, V8 neither
 * parses the 850 KB bundle again nor compiles the functions a first analysis
 * runs: a cold start to the first diagnostics costs about a third less CPU.
 * The launcher never writes the cache except when the build asks it to
 * (`--write-code-cache`: the bundle then analyses a sample draft and exits).
 * The loader tunes V8 for the engine first (`v8flags.ts`).
 */
import * as path from 'node:path';
import { loadWithCodeCache } from './codecache';

loadWithCodeCache(path.join(__dirname, 'server-main.js'), path.join(__dirname, 'server-main.cache'), {
  write: process.argv.includes('--write-code-cache'),
});
