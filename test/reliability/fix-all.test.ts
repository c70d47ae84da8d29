/**
 * Fix-all on real drafts: the bundled examples, the shared worked example and
 * the PolNeAR dev texts (read at run time from ../shared). The random drafts of
 * engine.property.test.ts find the corner cases; these show that on real news
 * copy one round of preferred fixes leaves nothing for a second round, both
 * in process (`fixAllEdits`, as the language server computes it) and through
 * the CLI's `fix` command.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { ensureBuilt, makeProject, removeProject, repoRoot, runCli, sharedRoot } from '../cli/run';
import { checkFixAll } from './drafts';

/** The Markdown and text files of a folder, by name; none when it is missing. */
function draftsIn(dir: string, ext: RegExp): [string, string][] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
}

const EXAMPLES = draftsIn(path.join(repoRoot, 'examples'), /\.md$/);
const SHARED = draftsIn(path.join(sharedRoot, 'examples'), /\.md$/);
const POLNEAR = draftsIn(path.join(sharedRoot, 'corpora/polnear/data/dev/text'), /\.txt$/);

describe('fix-all on real drafts, in process', () => {
  it('has drafts to check', () => {
    expect(EXAMPLES.length).toBeGreaterThan(5);
    expect(SHARED.length + POLNEAR.length).toBeGreaterThan(0);
  });

  const all = [...EXAMPLES, ...SHARED, ...POLNEAR].map(([name, text]) => ({ name, text }));
  it.each(all)('settles in one round: $name', ({ text }) => {
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});

describe('fix-all on real drafts, through the CLI', () => {
  beforeAll(() => ensureBuilt());

  it('a second `sourcetrace fix` changes nothing', () => {
    const drafts = [...EXAMPLES, ...SHARED].filter(([, text]) => text.length > 0);
    const files = Object.fromEntries(drafts.map(([name, text]) => [name, text]));
    const cwd = makeProject(files);
    try {
      const first = runCli(['fix', ...Object.keys(files)], { cwd });
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/fixed \d+ problems?/);
      const once = Object.keys(files).map((f) => fs.readFileSync(path.join(cwd, f), 'utf8'));
      const second = runCli(['fix', ...Object.keys(files)], { cwd });
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toMatch(/^Nothing to fix in \d+ files?\.$/m);
      expect(Object.keys(files).map((f) => fs.readFileSync(path.join(cwd, f), 'utf8'))).toEqual(once);
    } finally {
      removeProject(cwd);
    }
  });
});
