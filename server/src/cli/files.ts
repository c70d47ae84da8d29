/**
 * Turns the operands of `sourcetrace check` into the list of drafts to read.
 *
 * - `-` is standard input.
 * - A path that exists is taken as written: a file is checked whatever its
 *   extension (unless the configuration's `ignore` excludes it); a folder is
 *   walked for `*.md` and `*.markdown` files, skipping what `.gitignore` files
 *   and the configuration's `ignore` exclude, and never entering `.git` or
 *   `node_modules`.
 * - Anything else with glob characters is a glob (tinyglobby), filtered the
 *   same way as a folder walk.
 *
 * Files come out in operand order, folders sorted by name, each file once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { describeFsError, ignoredBy, type ConfigLoader } from '../config';

/** Extensions a folder walk picks up. */
export const DRAFT_EXTENSIONS = ['.md', '.markdown'] as const;

/** Folders a walk or glob never enters. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/** One thing to check. */
export type Target = { kind: 'file'; absPath: string } | { kind: 'stdin' };

/** The drafts found and the operands that could not be used. */
export interface Expansion {
  targets: Target[];
  /** One message per unusable operand, e.g. `drafts/x.md: no such file or directory`. */
  errors: string[];
  /** Explicitly named files skipped because the configuration ignores them. */
  skipped: string[];
}

/** Expands the operands of `check` relative to `cwd`. */
export function expandOperands(operands: string[], cwd: string, configs: ConfigLoader): Expansion {
  const out: Expansion = { targets: [], errors: [], skipped: [] };
  const seen = new Set<string>();
  const gitignores = new GitIgnores();
  const add = (absPath: string) => {
    if (seen.has(absPath)) return;
    seen.add(absPath);
    out.targets.push({ kind: 'file', absPath });
  };
  const excluded = (absPath: string, isDir: boolean) =>
    gitignores.isIgnored(absPath, isDir) || configs.forFolder(path.dirname(absPath)).isIgnored(absPath, isDir);

  let stdinSeen = false;
  for (const operand of operands) {
    if (operand === '-') {
      if (!stdinSeen) out.targets.push({ kind: 'stdin' });
      stdinSeen = true;
      continue;
    }
    const abs = path.resolve(cwd, operand);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        out.errors.push(`${operand}: ${describeFsError(e)}`);
        continue;
      }
    }
    if (st?.isDirectory()) {
      const before = out.targets.length;
      walk(abs, gitignores, excluded, add);
      if (out.targets.length === before && !hasDraftsSeen(abs, seen)) out.errors.push(`${operand}: no Markdown files found in this folder`);
    } else if (st) {
      if (configs.forFile(abs).isIgnored(abs)) out.skipped.push(operand);
      else add(abs);
    } else if (isDynamicPattern(operand)) {
      const matches = globSync(operand, {
        cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ['**/node_modules/**', '**/.git/**'],
        expandDirectories: false,
      })
        .map((p) => path.resolve(p))
        .filter((p) => !excluded(p, false))
        .sort(compareNames);
      if (matches.length === 0) out.errors.push(`${operand}: no files match this pattern`);
      for (const m of matches) add(m);
    } else {
      out.errors.push(`${operand}: no such file or directory`);
    }
  }
  return out;
}

/** True when an earlier operand already added drafts from inside `dir`. */
function hasDraftsSeen(dir: string, seen: Set<string>): boolean {
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  for (const p of seen) if (p.startsWith(prefix)) return true;
  return false;
}

/** Walks a folder depth-first in name order, adding every draft not excluded. */
function walk(root: string, gitignores: GitIgnores, excluded: (p: string, isDir: boolean) => boolean, add: (p: string) => void): void {
  gitignores.startAt(root);
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      // An unreadable folder inside a walk is skipped, as git and other linters do.
      continue;
    }
    entries.sort((a, b) => compareNames(a.name, b.name));
    const subdirs: string[] = [];
    for (const e of entries) {
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // Symbolic links to files are followed; links to folders are not, so a walk cannot loop.
        try {
          isFile = fs.statSync(p).isFile();
        } catch {
          isFile = false;
        }
        isDir = false;
      }
      if (isDir) {
        if (!ALWAYS_SKIPPED.has(e.name) && !excluded(p, true)) subdirs.push(p);
      } else if (isFile && isDraftName(e.name) && !excluded(p, false)) {
        add(p);
      }
    }
    // Push in reverse so that folders are visited in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
}

/** True for the file names a folder walk picks up. */
export function isDraftName(name: string): boolean {
  const lower = name.toLowerCase();
  return DRAFT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The `.gitignore` files that apply to a path: those of its folder and of every
 * folder above it up to the root of the git work tree (or, outside a work
 * tree, up to the folder the walk started from).
 */
class GitIgnores {
  private readonly perDir = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string>();
  private readonly walkRoots = new Set<string>();

  /** Notes a folder a walk starts from, the top boundary outside a git work tree. */
  startAt(dir: string): void {
    this.walkRoots.add(dir);
  }

  /** True when a `.gitignore` between the boundary and the path excludes it. */
  isIgnored(absPath: string, isDir: boolean): boolean {
    const parent = path.dirname(absPath);
    const top = this.boundary(parent);
    // Folders from the path's parent up to the boundary, checked top-down.
    const chain: string[] = [];
    for (let d = parent; ; d = path.dirname(d)) {
      chain.push(d);
      if (d === top || path.dirname(d) === d) break;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const dir = chain[i]!;
      const ig = this.load(dir);
      if (ig && ignoredBy(ig, dir, absPath, isDir)) return true;
    }
    return false;
  }

  /** The git work tree root above `dir`, else the nearest walk root above it, else `dir`. */
  private boundary(dir: string): string {
    const cached = this.roots.get(dir);
    if (cached !== undefined) return cached;
    let found = dir;
    let walkRoot: string | undefined;
    for (let d = dir; ; d = path.dirname(d)) {
      if (!walkRoot && this.walkRoots.has(d)) walkRoot = d;
      if (fs.existsSync(path.join(d, '.git'))) {
        found = d;
        walkRoot = undefined;
        break;
      }
      if (path.dirname(d) === d) break;
    }
    const result = walkRoot ?? found;
    this.roots.set(dir, result);
    return result;
  }

  private load(dir: string): Ignore | null {
    let ig = this.perDir.get(dir);
    if (ig === undefined) {
      ig = null;
      try {
        const text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
        ig = ignore().add(text);
      } catch {
        // No .gitignore here (or not readable): nothing to exclude.
      }
      this.perDir.set(dir, ig);
    }
    return ig;
  }
}
