/**
 * Runs the built CLI (`dist/cli.js`) as a real process, the way a user or a CI
 * job does, and makes throw-away project folders to run it in.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built CLI. */
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

/** The shared specification folder beside the repository (never copied into it). */
export const sharedRoot = path.resolve(repoRoot, '../shared');

/** What the bundles are built from: a file here newer than the built CLI makes dist/ stale. */
const BUILD_INPUTS = ['server/src', 'client/src', 'scripts/build.mjs', 'package.json'];

/** The newest modification time (ms) of a file or of any file under a folder; 0 when it does not exist. */
function newestMtime(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** True when dist/ is missing or older than a source it is built from. */
function distIsStale(): boolean {
  const built = newestMtime(cliPath);
  return built === 0 || BUILD_INPUTS.some((p) => newestMtime(path.join(repoRoot, p)) > built);
}

/**
 * Builds dist/ when it is missing or older than its sources. `npm test` builds
 * first, so this is for running one file after an edit: a stale bundle spawned
 * beside a test that analyses with the sources reports a difference that is
 * not there. Test files run in parallel workers, so one builds at a time (a
 * lock folder) and the others wait and look again.
 */
export function ensureBuilt(): void {
  if (!distIsStale()) return;
  const lock = path.join(repoRoot, 'dist.build-lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (Date.now() > deadline) throw new Error(`ensureBuilt: ${lock} held for two minutes; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!distIsStale()) return;
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  } finally {
    fs.rmdirSync(lock);
  }
}

/** What a CLI run printed and how it ended. */
export interface CliRun {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  cwd: string;
  /** Standard input. */
  input?: string | Buffer;
  /** Extra environment variables; NO_COLOR and FORCE_COLOR are unset unless given. */
  env?: Record<string, string>;
}

/** Runs `node dist/cli.js ARGS…` and waits for it. */
export function runCli(args: string[], options: RunOptions): CliRun {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** Creates a temporary folder holding `files` (path → content; a path ending in `/` is a folder). */
export function makeProject(files: Record<string, string | Buffer>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-cli-')));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    if (rel.endsWith('/')) {
      fs.mkdirSync(p, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return root;
}

/** Removes a folder made by {@link makeProject}. */
export function removeProject(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

/**
 * Line and UTF-16 character of an offset, computed independently of
 * server/src/lsp/positions.ts so the two can check each other.
 */
export function naivePosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** The offset of an LSP position, computed independently of positions.ts. */
export function naiveOffset(text: string, pos: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) {
    const c = text[i];
    i++;
    if (c === '\r' && text[i] === '\n') i++;
    if (c === '\n' || c === '\r') line++;
  }
  return i + pos.character;
}

/**
 * True when `dist/BUNDLE.cache` was made from `dist/BUNDLE.js`: it starts with
 * the bundle's SHA-256, which the launchers' loader (`server/src/codecache.ts`)
 * compares, and holds V8's data after it.
 */
export function cacheIsOfBundle(bundle: string): boolean {
  const dist = path.join(repoRoot, 'dist');
  const cache = fs.readFileSync(path.join(dist, `${bundle}.cache`));
  const digest = createHash('sha256').update(fs.readFileSync(path.join(dist, `${bundle}.js`), 'utf8')).digest();
  return cache.length > 32 && cache.subarray(0, 32).equals(digest);
}

/**
 * Copies a launcher and its bundle from dist/ to a throw-away folder and runs
 * `run(folder)` three times: with no cache beside the bundle, with a cache of
 * another bundle (a wrong digest and data V8 would reject anyway), and with
 * the real cache. Returns the three outputs, which must all be the same.
 */
export function outputsWithEachCache(launcher: string, bundle: string, run: (dir: string) => string): string[] {
  const dist = path.join(repoRoot, 'dist');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-launch-'));
  try {
    for (const f of [`${launcher}.js`, `${bundle}.js`]) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
    const none = run(dir);
    fs.writeFileSync(path.join(dir, `${bundle}.cache`), Buffer.concat([Buffer.alloc(32, 1), Buffer.from('not a code cache')]));
    const foreign = run(dir);
    fs.copyFileSync(path.join(dist, `${bundle}.cache`), path.join(dir, `${bundle}.cache`));
    return [none, foreign, run(dir)];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
