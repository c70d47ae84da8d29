/**
 * The CLI's launcher: `dist/cli.js`, the `sourcetrace` command.
 *
 * It loads the bundled CLI (`dist/cli-main.js`) with V8's code cache for it
 * (`dist/cli-main.cache`, see `../codecache.ts`), so that a run neither
 * parses the bundle nor compiles the functions an analysis and the reports
 * need: on a 5 KB draft, about 80 ms of the 360 ms of CPU a run took without
 * it (docs/performance.md). The bundle runs as this launcher's module, so it
 * knows it is the program; the loader tunes V8 for the engine first
 * (`../v8flags.ts`). `--write-code-cache` as the first argument is the
 * build's training run: the bundle checks a sample draft in each format and
 * the cache is written when the process exits.
 */
import * as path from 'node:path';
import { loadWithCodeCache } from '../codecache';

const MAIN = path.join(__dirname, 'cli-main.js');
const CACHE = path.join(__dirname, 'cli-main.cache');

if (process.argv[2] === '--write-code-cache') {
  const cli = loadWithCodeCache(MAIN, CACHE, { write: true }) as { trainCodeCache: () => Promise<void> };
  void cli.trainCodeCache();
} else {
  loadWithCodeCache(MAIN, CACHE, { write: false, module });
}
