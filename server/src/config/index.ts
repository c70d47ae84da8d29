/**
 * Node-side configuration loading: finds the `.sourcetrace.json` that applies
 * to a draft, reads it, validates it with the engine's zod schema and says
 * exactly what is wrong when it cannot be used.
 *
 * The nearest `.sourcetrace.json` in the draft's folder or any folder above it
 * applies (files are not merged); `--config FILE` (the `configFile` option)
 * replaces discovery. A configuration with any problem is not applied at all:
 * the issues are returned and the defaults stay in force. The CLI exits 2 on
 * such issues; the language server reports them and carries on.
 *
 * Never throws for anything found on disk: a directory where the file should
 * be, an unreadable or oversized file, invalid JSON and invalid values all come
 * back as issues that name the file, the key and what was expected.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { parseConfig, resolveConfig, defaultConfig, type Config, type ResolvedConfig } from '../engine/config';
import { buildLineIndex, offsetToPosition } from '../lsp/positions';
import { parseJson } from './json';

/** The name of the project configuration file. */
export const CONFIG_FILE_NAME = '.sourcetrace.json';

/** Largest configuration file read, in bytes. */
export const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

/** Most entries a word list of the configuration may hold. */
export const MAX_LIST_ENTRIES = 10_000;

const LIST_KEYS = ['vagueTerms', 'cuePhrases', 'knownSources', 'ignore'] as const;

/** A problem with a configuration file. */
export interface ConfigFileIssue {
  /** Absolute path of the configuration file. */
  file: string;
  /** Dotted path of the offending key, e.g. `rules.vague-attribution`; empty for the whole file. */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
  /** 1-based line of a JSON syntax error. */
  line?: number;
  /** 1-based column (UTF-16) of a JSON syntax error. */
  column?: number;
}

/** The configuration that applies to one folder. */
export interface LoadedConfig {
  /** Absolute path of the configuration file applied or rejected; undefined when none was found. */
  file?: string;
  /** The configuration as written, when the file was valid. */
  raw?: Config;
  /** The configuration in force: the file's, or the defaults when it has issues or there is none. */
  config: ResolvedConfig;
  /** Problems with the file; when non-empty, `config` holds the defaults. */
  issues: ConfigFileIssue[];
  /**
   * True when the file's `ignore` patterns (.gitignore syntax, relative to the
   * configuration file's folder) exclude `absPath`. Pass `isDir` for folders.
   */
  isIgnored(absPath: string, isDir?: boolean): boolean;
}

/** Options of a {@link ConfigLoader}. */
export interface ConfigLoaderOptions {
  /** A configuration file that replaces discovery (`--config FILE`); relative to `cwd`. */
  configFile?: string;
  /** Base for a relative `configFile`; defaults to `process.cwd()`. */
  cwd?: string;
}

/**
 * Finds and loads configurations, caching the file found per folder and the
 * configuration loaded per file. Call {@link ConfigLoader.clear} when files
 * change (the language server does on a watched-file event).
 */
export class ConfigLoader {
  private readonly override: string | undefined;
  private readonly byFolder = new Map<string, string | null>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly none: LoadedConfig = { config: defaultConfig(), issues: [], isIgnored: () => false };

  constructor(options: ConfigLoaderOptions = {}) {
    this.override = options.configFile === undefined ? undefined : path.resolve(options.cwd ?? process.cwd(), options.configFile);
  }

  /** The configuration for a draft (by its absolute path). */
  forFile(absPath: string): LoadedConfig {
    return this.forFolder(path.dirname(absPath));
  }

  /** The configuration for the drafts of a folder (by its absolute path). */
  forFolder(absDir: string): LoadedConfig {
    const file = this.override ?? this.find(path.resolve(absDir));
    return file ? this.load(file) : this.none;
  }

  /** Forgets every cached lookup and file. */
  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }

  /**
   * The nearest `.sourcetrace.json` at or above `dir`, or null. Anything by
   * that name counts, even a folder: it is reported rather than skipped.
   */
  private find(dir: string): string | null {
    const walked: string[] = [];
    let found: string | null = null;
    for (let d = dir; ; ) {
      const cached = this.byFolder.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      walked.push(d);
      const candidate = path.join(d, CONFIG_FILE_NAME);
      if (exists(candidate)) {
        found = candidate;
        break;
      }
      const parent = path.dirname(d);
      if (parent === d) break;
      d = parent;
    }
    for (const d of walked) this.byFolder.set(d, found);
    return found;
  }

  private load(file: string): LoadedConfig {
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = loadConfigFile(file);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
}

/** Reads, parses and validates one configuration file. Never throws. */
export function loadConfigFile(file: string): LoadedConfig {
  const fail = (issues: ConfigFileIssue[]): LoadedConfig => ({ file, config: defaultConfig(), issues, isIgnored: () => false });
  const whole = (message: string) => fail([{ file, path: '', message }]);

  let text: string;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return whole(`is a directory; expected a JSON file`);
    // A pipe, socket or device would block the read (a FIFO waits for a writer).
    if (!st.isFile()) return whole(`is not a regular file; expected a JSON file`);
    if (st.size > MAX_CONFIG_BYTES) return whole(`is ${formatBytes(st.size)}; a configuration file may be at most ${formatBytes(MAX_CONFIG_BYTES)}`);
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return whole(`cannot be read: ${describeFsError(e)}`);
  }

  const parsed = parseJson(text);
  if (!parsed.ok) {
    const pos = offsetToPosition(buildLineIndex(text), parsed.offset);
    return fail([{ file, path: '', message: `invalid JSON: ${parsed.message}`, line: pos.line + 1, column: pos.character + 1 }]);
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return whole(`expected a JSON object ({ … }) at the top level, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }

  // Refuse huge word lists before validation: they would slow every analysis down.
  const tooLong: ConfigFileIssue[] = [];
  for (const key of LIST_KEYS) {
    const list = (value as Record<string, unknown>)[key];
    if (Array.isArray(list) && list.length > MAX_LIST_ENTRIES) {
      tooLong.push({ file, path: key, message: `has ${list.length} entries; at most ${MAX_LIST_ENTRIES} are supported` });
    }
  }
  if (tooLong.length) return fail(tooLong);

  const result = parseConfig(value);
  if (!result.ok) return fail(result.issues.map((i) => ({ file, path: i.path, message: i.message })));

  const raw = result.config;
  const base = path.dirname(file);
  const ig: Ignore | undefined = raw.ignore?.length ? ignore().add(raw.ignore) : undefined;
  return {
    file,
    raw,
    config: resolveConfig(raw),
    issues: [],
    isIgnored: ig ? (absPath, isDir) => ignoredBy(ig, base, absPath, isDir) : () => false,
  };
}

/**
 * True when an `ignore` instance whose patterns are relative to `base`
 * excludes `absPath`. Paths outside `base` are never excluded.
 */
export function ignoredBy(ig: Ignore, base: string, absPath: string, isDir = false): boolean {
  const rel = relativeInside(base, absPath);
  if (rel === undefined) return false;
  return ig.ignores(isDir ? rel + '/' : rel);
}

/** `absPath` relative to `base` with `/` separators, or undefined when it is not strictly inside `base`. */
export function relativeInside(base: string, absPath: string): string | undefined {
  const rel = path.relative(base, absPath);
  if (!rel || rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/**
 * One line per issue, `FILE:LINE:COL: KEY: MESSAGE` (line and column only for
 * JSON syntax errors), with the file shown relative to `cwd` when inside it.
 */
export function formatConfigIssue(issue: ConfigFileIssue, cwd = process.cwd()): string {
  const shown = relativeInside(cwd, issue.file) ?? issue.file;
  const where = issue.line ? `${shown}:${issue.line}:${issue.column ?? 1}` : shown;
  return `${where}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
}

/** A short human description of a file-system error. */
export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return err?.message ?? String(e);
  }
}

/** A size in bytes as `512 B`, `12.0 KB` or `8.0 MB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
