/**
 * Reads each draft and analyses it with the configuration that applies to it,
 * ready for a formatter. Findings stay engine findings (offsets) here: only the
 * formats that need LSP diagnostics build them, so the text format of a draft
 * with 100,000 findings allocates no diagnostic objects at all.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { analyze, type Analysis, type Finding, type ResolvedConfig } from '../engine';
import { describeFsError, formatBytes, relativeInside, type ConfigFileIssue, type ConfigLoader } from '../config';
import { LSP_SEVERITY } from '../lsp/diagnostics';
import { buildLineIndex, type LineIndex } from '../lsp/positions';
import type { Target } from './files';
import { jsonFileSection } from './format/json';
import { runAll, takeEarlyWorker, type Job, type Outcome } from './pool';
import { analyzeOnTwoThreads, splitWanted } from './split';
import { tuneV8ForText } from '../v8flags';

/**
 * Largest draft read, in bytes. The engine checks about 1 MB a second, so a
 * draft this size takes half a minute and about 1.5 GB of memory: no news
 * draft comes near it, and a file that does is almost surely something else.
 */
export const MAX_DRAFT_BYTES = 32 * 1024 * 1024;

/** The name standard input is reported under. */
export const STDIN_NAME = '<stdin>';

/**
 * The part of an analysis the CLI reports. When a draft was analysed on a
 * worker thread for the text or SARIF report, or its part of the JSON report
 * was written there (`FileResult.json`), the findings carry no fixes and
 * `claims` and `attributions` are empty: the report needs no more, and less
 * is copied between threads.
 */
export type Reported = Pick<Analysis, 'findings' | 'claims' | 'attributions' | 'configErrors' | 'suppressed'>;

/**
 * What a command needs of each analysis: `all` of it (`fix` applies the
 * findings' fixes), the `findings` for the text and SARIF reports, or `json`:
 * each small draft's part of the JSON report, written where it is analysed.
 */
export type Detail = 'all' | 'findings' | 'json';

/** What the command asks of every draft it checks. */
export interface CheckRequest {
  detail: Detail;
  /** With `--quiet`: report only the findings at or above this LSP severity (1 error … 4 hint). */
  quietThreshold?: number;
}

/**
 * Drafts up to this many UTF-16 code units have their part of the JSON report
 * written as one string where they are analysed; a larger draft's part is
 * written in pieces as the report goes to standard output (a 10 MB draft's is
 * over 100 MB).
 */
const SECTION_MAX = 512 * 1024;

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
  /**
   * This draft's part of the JSON report as UTF-8, when it was written where
   * the draft was analysed (see {@link sectionBytes}).
   */
  json?: Uint8Array;
}

/** The drafts checked and the ones that could not be read. */
export interface CheckResult {
  files: FileResult[];
  /** One message per draft that could not be read. */
  errors: string[];
}

/** One draft to analyse, with what its part of the report needs. */
interface DraftJob extends Job {
  config: ResolvedConfig;
  request: CheckRequest;
  cwd: string;
  path: string;
  configIssues: ConfigFileIssue[];
}

/** What the thread that analysed a draft sends back. */
interface DraftResult {
  analysis: Reported;
  json?: Uint8Array;
}

/**
 * The memory a worker hands over with a draft's result instead of copying
 * it (`pool.ts`): the bytes of its part of the JSON report, which
 * {@link sectionBytes} gives a buffer of their own.
 */
export function draftTransfers(result: DraftResult): ArrayBuffer[] {
  const json = result.json;
  // Only a buffer the bytes fill alone: a view of a larger one (a shared pool) is copied instead.
  return json && json.byteOffset === 0 && json.byteLength === json.buffer.byteLength ? [json.buffer as ArrayBuffer] : [];
}

const utf8 = new TextEncoder();

/**
 * A draft's part of the JSON report, encoded where it is written. Kept as
 * UTF-8 rather than as a string, the thousand parts of a run over many drafts
 * stay out of the JavaScript heap until the report is written: as strings
 * (two-byte, since every message holds curly quotes: about 116 KB for a
 * 5 KB draft) each was copied by the garbage collector from the young
 * generation to the old, and one from a worker was copied again when it was
 * sent. The bytes lie in an `ArrayBuffer` of their own (`TextEncoder`, never
 * a slice of `Buffer`'s shared pool), so a worker hands them over whole.
 */
function sectionBytes(section: string): Uint8Array {
  return utf8.encode(section);
}

/**
 * Analyses one draft and keeps what the command needs of it: the work each
 * thread of the pool does (`pool.ts`; `main.ts` starts workers with it).
 */
export function checkDraft(job: DraftJob): DraftResult {
  return reportOf(job, analyze(job.text, { config: job.config }));
}

/** What the command needs of one draft's analysis (see {@link checkDraft}). */
function reportOf(job: DraftJob, whole: Analysis): DraftResult {
  const { findings, claims, attributions, configErrors, suppressed } = whole;
  const analysis: Reported = { findings, claims, attributions, configErrors, suppressed };
  const { detail, quietThreshold } = job.request;
  if (detail === 'all') return { analysis };
  // Only what the report reads crosses to the main thread.
  const slim = (): Reported => ({ findings: findings.map((x) => ({ ...x, fixes: [] })), claims: [], attributions: [], configErrors, suppressed });
  if (detail === 'json' && job.text.length <= SECTION_MAX) {
    const sorted = byPosition(findings);
    const shown = quietThreshold === undefined ? sorted : sorted.filter((x) => LSP_SEVERITY[x.severity] <= quietThreshold);
    const file: FileResult = {
      path: job.path,
      text: job.text,
      bom: false,
      validUtf8: true,
      lines: buildLineIndex(job.text),
      analysis,
      findings: shown,
      configIssues: job.configIssues,
    };
    return { analysis: slim(), json: sectionBytes(jsonFileSection(file, job.cwd)) };
  }
  return { analysis: detail === 'findings' && !isMainThread ? slim() : analysis };
}

/**
 * Reads and analyses every target (on several threads when there are many).
 * Never throws for a file that cannot be read.
 */
export async function checkTargets(
  targets: Target[],
  cwd: string,
  configs: ConfigLoader,
  readStdin: () => Buffer,
  request: CheckRequest = { detail: 'all' },
): Promise<CheckResult> {
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
  const jobs = read.map((r): DraftJob => ({ text: r.text, config: r.config, request, cwd, path: r.path, configIssues: r.configIssues }));
  let total = 0;
  for (const j of jobs) total += j.text.length;
  tuneV8ForText(total);
  const split = jobs.length === 1 && splitWanted();
  // One draft split by stage has a worker of its own: a pool's worker started early is not needed.
  if (split) void takeEarlyWorker()?.terminate();
  const outcomes = split ? [await checkOnTwoThreads(jobs[0]!)] : await runAll(jobs, checkDraft);
  const files: FileResult[] = [];
  read.forEach(({ config: _config, ...r }, i) => {
    const outcome = outcomes[i]!;
    if ('error' in outcome) {
      errors.push(`${r.path}: could not be analysed (a bug in sourcetrace; please report it): ${outcome.error}`);
      return;
    }
    if ('failed' in outcome) {
      errors.push(`${r.path}: could not be analysed: ${outcome.failed}`);
      return;
    }
    const { analysis, json } = outcome.result;
    const file = { ...r, analysis, findings: byPosition(analysis.findings) };
    files.push(json !== undefined ? withLinesOnDemand({ ...file, json }) : { ...file, lines: buildLineIndex(r.text) });
  });
  return { files, errors };
}

/**
 * A draft whose part of the JSON report is written already: the report
 * reads none of its lines, so its line index is built only if something
 * asks for it. The main thread builds the results after the last draft is
 * checked, so the 1,000 small drafts' line indexes (15–35 ms of CPU) were
 * time when no other thread had work.
 */
function withLinesOnDemand(file: Omit<FileResult, 'lines'>): FileResult {
  let lines: LineIndex | undefined;
  return Object.defineProperty(file, 'lines', { get: () => (lines ??= buildLineIndex(file.text)), enumerable: true, configurable: true }) as FileResult;
}

/**
 * Checks one draft on two threads (split.ts); when the worker could not
 * help, on this thread alone. An engine failure is reported as `runAll`
 * reports one.
 */
async function checkOnTwoThreads(job: DraftJob): Promise<Outcome<DraftResult>> {
  try {
    const analysis = await analyzeOnTwoThreads(job.text, job.config);
    return { result: analysis ? reportOf(job, analysis) : checkDraft(job) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
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
