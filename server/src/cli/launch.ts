/**
 * The CLI's launcher: `dist/cli.js`, the `sourcetrace` command.
 *
 * It loads the bundled CLI (`dist/cli-main.js`) with V8's code cache for it
 * (`dist/cli-main.cache`, see `../codecache.ts`), so that a run neither
 * parses the bundle nor compiles the functions an analysis and the reports
 * need: on a 5 KB draft, about 80 ms of the 360 ms of CPU a run took without
 * it (docs/performance.md). The bundle runs as this launcher's module, so it
 * knows it is the program. V8 is tuned for the engine first (`../v8flags.ts`),
 * with the flags of a run over little text, under which the build's training
 * run writes the cache: V8 rejects a cache written under other flags.
 * When the command line will likely check many drafts on two threads, the
 * pool's worker is started before the bundle loads (`pool.ts`,
 * `startEarlyWorker`). `--write-code-cache` as the first argument is the
 * build's training run: the bundle checks a sample draft in each format and
 * the cache is written when the process exits.
 */
import * as path from 'node:path';
import { loadWithCodeCache } from '../codecache';
import { tuneV8ForCli } from '../v8flags';
import { startEarlyWorker } from './pool';

const MAIN = path.join(__dirname, 'cli-main.js');
const CACHE = path.join(__dirname, 'cli-main.cache');

tuneV8ForCli();
if (process.argv[2] === '--write-code-cache') {
  const cli = loadWithCodeCache(MAIN, CACHE, { write: true }) as { trainCodeCache: () => Promise<void> };
  void cli.trainCodeCache();
} else {
  // A worker for many drafts loads its bundle beside this one (pool.ts).
  startEarlyWorker(__filename, process.argv.slice(2));
  loadWithCodeCache(MAIN, CACHE, { write: false, module });
}
