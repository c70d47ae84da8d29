/**
 * Reads each draft and analyses it with the configuration that applies to it,
 * ready for a formatter. Findings stay engine findings (offsets) here: only the
 * formats that need LSP diagnostics build them, so the text format of a draft
 * with 100,000 findings allocates no diagnostic objects at all.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, ResolvedConfig } from '../engine';
import { describeFsError, formatBytes, relativeInside, type ConfigFileIssue, type ConfigLoader } from '../config';
import { buildLineIndex, type LineIndex } from '../lsp/positions';
import type { Target } from './files';
import { analyzeAll, type Reported } from './pool';

/**
 * Largest draft read, in bytes. The engine checks about 1 MB a second, so a
 * draft this size takes half a minute and about 1.5 GB of memory: no news
 * draft comes near it, and a file that does is almost surely something else.
 */
export const MAX_DRAFT_BYTES = 32 * 1024 * 1024;

/** The name standard input is reported under. */
export const STDIN_NAME = '<stdin>';

/** Everything the formatters need about one checked draft. */
export interface FileResult {
  /** The path as shown: relative to the working folder with `/` separators, or `<stdin>`. */
  path: string;
  /** Absolute path on disk; undefined for standard input. */
  absPath?: string;
  /** The text that was analysed (a leading byte order mark removed). */
  text: string;
  /** True when the file started with a UTF-8 byte order mark. */
  bom: boolean;
  /** False when the bytes were not valid UTF-8 (and `text` has U+FFFD in their place). */
  validUtf8: boolean;
  lines: LineIndex;
  /** What the engine found (the parts of its analysis the CLI reports). */
  analysis: Reported;
  /** The findings to report, in document order (for `--quiet`, only those that fail the run). */
  findings: Finding[];
  /** Problems with the configuration file that applies to this draft (defaults were used). */
  configIssues: ConfigFileIssue[];
}

/** The drafts checked and the ones that could not be read. */
export interface CheckResult {
  files: FileResult[];
  /** One message per draft that could not be read. */
  errors: string[];
}

/**
 * Reads and analyses every target (on several threads when there are many).
 * Never throws for a file that cannot be read.
 */
export async function checkTargets(targets: Target[], cwd: string, configs: ConfigLoader, readStdin: () => Buffer): Promise<CheckResult> {
  const errors: string[] = [];
  const read: (Omit<FileResult, 'lines' | 'analysis' | 'findings'> & { config: ResolvedConfig })[] = [];
  for (const t of targets) {
    const shown = t.kind === 'stdin' ? STDIN_NAME : displayPath(cwd, t.absPath);
    let bytes: Buffer;
    try {
      if (t.kind === 'stdin') bytes = readStdin();
      else {
        const size = fs.statSync(t.absPath).size;
        if (size > MAX_DRAFT_BYTES) {
          errors.push(`${shown}: is ${formatBytes(size)}; drafts larger than ${formatBytes(MAX_DRAFT_BYTES)} are not checked`);
          continue;
        }
        bytes = fs.readFileSync(t.absPath);
      }
    } catch (e) {
      errors.push(`${shown}: cannot be read: ${describeFsError(e)}`);
      continue;
    }
    const { text, bom, validUtf8 } = decode(bytes);
    const loaded = t.kind === 'stdin' ? configs.forFolder(cwd) : configs.forFile(t.absPath);
    read.push({
      path: shown,
      ...(t.kind === 'file' ? { absPath: t.absPath } : {}),
      text,
      bom,
      validUtf8,
      config: loaded.config,
      configIssues: loaded.issues,
    });
  }
  const outcomes = await analyzeAll(read.map((r) => ({ text: r.text, config: r.config })));
  const files: FileResult[] = [];
  read.forEach(({ config: _config, ...r }, i) => {
    const outcome = outcomes[i]!;
    if ('error' in outcome) {
      errors.push(`${r.path}: could not be analysed (a bug in sourcetrace; please report it): ${outcome.error}`);
      return;
    }
    const analysis = outcome.analysis;
    files.push({ ...r, lines: buildLineIndex(r.text), analysis, findings: byPosition(analysis.findings) });
  });
  return { files, errors };
}

/**
 * Findings in document order (the engine gives them in rule order); a stable
 * sort keeps the registry order among findings at the same place.
 */
function byPosition(findings: Finding[]): Finding[] {
  let sorted = true;
  for (let i = 1; i < findings.length && sorted; i++) sorted = findings[i - 1]!.start <= findings[i]!.start;
  return sorted ? findings : [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A path relative to `cwd` with `/` separators; absolute when outside `cwd`. */
export function displayPath(cwd: string, absPath: string): string {
  return relativeInside(cwd, absPath) ?? absPath.split(path.sep).join('/');
}

/**
 * Decodes a draft as UTF-8 (invalid bytes become U+FFFD, so binary files are
 * checked as text without failing) and drops a leading byte order mark, as
 * editors do.
 */
export function decode(bytes: Buffer): { text: string; bom: boolean; validUtf8: boolean } {
  const decoded = bytes.toString('utf8');
  const bom = decoded.charCodeAt(0) === 0xfeff;
  // Only a text with a replacement character can have lost bytes: check those alone.
  const validUtf8 = !decoded.includes('\ufffd') || Buffer.from(decoded, 'utf8').equals(bytes);
  return { text: bom ? decoded.slice(1) : decoded, bom, validUtf8 };
}
