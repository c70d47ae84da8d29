/**
 * The hidden set is scored through the CLI's JSON output, the project's own
 * figures through the engine in process: both routes must give the same V/U
 * verdict on every labelled sentence.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { REPO_ROOT, SHARED } from '../../scripts/eval/sets';

// dist/ may be older than the engine under test, so the CLI runs from its
// current sources through tsx, exactly as `npm run eval -- --route both --cli`
// would run the bundle.
const cliPath = path.join(REPO_ROOT, 'server/src/cli/main.ts');
// The loader is named by URL because the CLI runs in each set's folder, where `tsx` does not resolve.
const nodeArgs = ['--import', pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href];

const sets = [path.join(SHARED, 'examples'), path.join(REPO_ROOT, 'eval/polnear-dev')];

describe('engine route and CLI JSON route', () => {
  for (const dir of sets) {
    // The CLI runs from source over dozens of drafts; on a shared 2-core machine that can take a while.
    // The engine is imported afresh right before the CLI starts, and a failed
    // attempt is retried, so that an engine file saved between the two routes
    // by someone working in the same tree is not taken for a disagreement (the
    // engine is deterministic: a real disagreement fails every attempt).
    it(`agree on every sentence of ${path.relative(REPO_ROOT, dir)}`, { timeout: 180_000, retry: 2 }, async () => {
      expect(existsSync(dir)).toBe(true);
      vi.resetModules();
      const { evaluateSet, routeDisagreements } = await import('../../scripts/eval/run');
      const { loadSet } = await import('../../scripts/eval/sets');
      const set = loadSet(dir);
      const engine = evaluateSet(set, { route: 'engine' });
      const cli = evaluateSet(set, { route: 'cli', cliPath, nodeArgs });
      expect(routeDisagreements(engine, cli)).toEqual([]);
      expect(cli.scores.V).toEqual(engine.scores.V);
      expect(cli.scores.U).toEqual(engine.scores.U);
      expect(cli.scores.aFlagged).toBe(engine.scores.aFlagged);
      expect(cli.scores.sentences).toBe(set.docs.reduce((n, d) => n + d.sentences.length, 0));
    });
  }
});
