/**
 * `sourcetrace`, the command-line front end. `check` prints the problems of
 * Markdown drafts as text, JSON (design.md's contract) or SARIF 2.1.0; `fix`
 * applies their preferred fixes.
 *
 * Exit codes of `check`: 0 nothing at or above the failing severity was found,
 * 1 something was, 2 the run itself failed (a usage error, a file that could
 * not be read, an operand that matched nothing, or an invalid configuration).
 * `fix` exits 0 or 2.
 *
 * Files are read synchronously, a run with enough text is analysed on worker
 * threads beside the main thread (pool.ts; one large draft is split between
 * two threads by stage, split.ts), and the report is written in a few large
 * pieces as it is made (the JSON report of a 10 MB draft is over 100 MB), so a
 * run over many small files pays no per-file overhead beyond the analysis.
 */
import * as fs from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { version } from '../../../package.json';
import { ConfigLoader, formatConfigIssue, type ConfigFileIssue } from '../config';
import { RULE_IDS } from '../engine/config';
import type { Severity } from '../engine/types';
import { LSP_SEVERITY } from '../lsp/diagnostics';
import { tuneV8 } from '../v8flags';
import { WARM_UP_DRAFT } from '../warmup';
import { checkDraft, checkTargets, draftTransfers, type CheckRequest, type FileResult } from './check';
import { expandOperands } from './files';
import { fixFiles, loadFixPicker } from './fix';
import { serveIfWorker } from './pool';
import { serveIfSplitWorker } from './split';
import { countProblems } from './format/common';
import { jsonChunks } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { ruleCatalog } from './rules';

/** Output formats of `check`. */
export const FORMATS = ['text', 'json', 'sarif'] as const;

/** Values of `--fail-on`. */
export const FAIL_ON = ['error', 'warning', 'info', 'hint', 'none'] as const;

/** The options of `check` after parsing. */
export interface CheckOptions {
  format: (typeof FORMATS)[number];
  failOn: (typeof FAIL_ON)[number];
  config?: string;
  quiet?: boolean;
  color?: boolean;
}

/** What a run writes and how it ends. */
export interface RunOutput {
  /** Standard output: one string, or pieces (text or UTF-8 bytes) written one after another as they are made. */
  stdout: string | Iterable<string | Uint8Array>;
  stderr: string;
  exitCode: number;
}

/** The process environment a run reads from. */
export interface RunEnv {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether standard output is a terminal (colours are on by default only then). */
  isTTY: boolean;
  readStdin: () => Buffer;
}

/** The drafts of a run, checked, with every problem of the run itself. */
interface Collected {
  files: FileResult[];
  /** Operands that matched nothing and drafts that could not be read. */
  errors: string[];
  /** Problems with configuration files, each reported once. */
  configIssues: ConfigFileIssue[];
  /** Lines for standard error: the errors, the configuration problems and skipped files. */
  stderr: string[];
  /** True when the run itself failed (exit code 2). */
  broken: boolean;
}

/** Finds, reads and analyses the drafts named by the operands: the first half of `check` and `fix`. */
async function collect(operands: string[], options: { config?: string; quiet?: boolean }, io: RunEnv, request: CheckRequest): Promise<Collected> {
  const configs = new ConfigLoader({ cwd: io.cwd, ...(options.config !== undefined ? { configFile: options.config } : {}) });
  const expansion = expandOperands(operands.length ? operands : ['.'], io.cwd, configs);
  const checked = await checkTargets(expansion.targets, io.cwd, configs, io.readStdin, request);
  const errors = [...expansion.errors, ...checked.errors];

  // Each configuration file's problems are reported once, however many drafts it covers.
  const configIssues = distinctIssues([
    ...(options.config !== undefined ? configs.forFolder(io.cwd).issues : []),
    ...checked.files.flatMap((f) => f.configIssues),
  ]);
  const frontMatterIssues = checked.files.some((f) => f.analysis.configErrors.length > 0);

  const stderr: string[] = [];
  for (const e of errors) stderr.push(`sourcetrace: ${e}`);
  for (const issue of configIssues) stderr.push(`sourcetrace: ${formatConfigIssue(issue, io.cwd)}`);
  if (!options.quiet) for (const s of expansion.skipped) stderr.push(`sourcetrace: ${s}: skipped, the configuration's "ignore" excludes it`);
  // Nothing to check is an error, unless the configuration deliberately skipped what was named.
  const nothing = expansion.targets.length === 0 && expansion.skipped.length === 0;
  if (nothing && errors.length === 0) stderr.push('sourcetrace: no drafts to check');

  const broken = errors.length > 0 || configIssues.length > 0 || frontMatterIssues || nothing;
  return { files: checked.files, errors, configIssues, stderr, broken };
}

/** Runs `sourcetrace check` with parsed options. */
export async function runCheck(operands: string[], options: CheckOptions, io: RunEnv): Promise<RunOutput> {
  const threshold = options.failOn === 'none' ? 0 : LSP_SEVERITY[options.failOn as Severity];
  const run = await collect(operands, options, io, {
    detail: options.format === 'json' ? 'json' : 'findings',
    ...(options.quiet ? { quietThreshold: threshold } : {}),
  });
  const files: FileResult[] = options.quiet
    ? run.files.map((f) => ({ ...f, findings: f.findings.filter((x) => LSP_SEVERITY[x.severity] <= threshold) }))
    : run.files;
  const failing = run.files.some((f) => f.findings.some((x) => LSP_SEVERITY[x.severity] <= threshold));

  let stdout: RunOutput['stdout'];
  if (options.format === 'json') stdout = jsonChunks(files, io.cwd);
  else if (options.format === 'sarif')
    stdout = formatSarif(files, { cwd: io.cwd, toolVersion: version, rules: ruleCatalog(), errors: run.errors, configIssues: run.configIssues });
  else stdout = formatText(files, countProblems(files), { color: useColor(options.color, io), quiet: !!options.quiet });

  return { stdout, stderr: joinLines(run.stderr), exitCode: run.broken ? 2 : failing ? 1 : 0 };
}

/** The options of `fix` after parsing. */
export interface FixOptions {
  config?: string;
  rule?: string;
  dryRun?: boolean;
}

/**
 * Runs `sourcetrace fix`. When the run has any problem of its own (an operand
 * that matched nothing, an unreadable draft, a broken configuration) nothing
 * is written: with a broken configuration the fixes would follow the defaults
 * rather than the settings the desk chose.
 */
export async function runFix(operands: string[], options: FixOptions, io: RunEnv): Promise<RunOutput> {
  const run = await collect(operands, options, io, { detail: 'all' });
  if (run.broken) {
    run.stderr.push('sourcetrace: nothing was fixed: fix the problems above first');
    return { stdout: '', stderr: joinLines(run.stderr), exitCode: 2 };
  }
  const report = fixFiles(run.files, options, await loadFixPicker());
  const messages = [...report.errors.map((e) => `sourcetrace: ${e}`), ...report.lines];
  // With standard input the fixed text is the output, so the report goes to standard error.
  if (report.stdinText !== undefined) return { stdout: report.stdinText, stderr: joinLines(messages), exitCode: report.errors.length ? 2 : 0 };
  return { stdout: joinLines(report.lines), stderr: joinLines(report.errors.map((e) => `sourcetrace: ${e}`)), exitCode: report.errors.length ? 2 : 0 };
}

function joinLines(lines: string[]): string {
  return lines.length ? lines.join('\n') + '\n' : '';
}

function distinctIssues(issues: ConfigFileIssue[]): ConfigFileIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}\0${i.path}\0${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Colours: `--color`/`--no-color` win; otherwise NO_COLOR (any non-empty
 * value) turns them off, FORCE_COLOR (anything but `0`/`false`) turns them on,
 * and by default they are on only when standard output is a terminal.
 */
export function useColor(flag: boolean | undefined, io: Pick<RunEnv, 'env' | 'isTTY'>): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY && io.env.TERM !== 'dumb';
}

/** Builds the command line interface; `onResult` receives the output of the command run. */
export function buildProgram(io: RunEnv, onResult: (out: RunOutput) => void): Command {
  const program = new Command('sourcetrace')
    .description('Traces the sources of claims in Markdown news drafts.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('check')
    .description('check Markdown drafts for vague attribution, unattributed claims and quotes with no speaker')
    .argument('[paths...]', 'files, folders or globs to check; "-" reads standard input (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .addOption(
      new Option('--fail-on <severity>', 'exit with 1 when a problem at or above this severity is found').choices(FAIL_ON).default('warning'),
    )
    .option('-c, --config <file>', 'use this configuration file instead of the nearest .sourcetrace.json')
    .option('-q, --quiet', 'report only the problems that fail the run (see --fail-on) and print no summary')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output (also NO_COLOR=1)')
    .addHelpText(
      'after',
      `
Folders are searched for *.md and *.markdown files; .gitignore files and the
"ignore" patterns of the configuration are respected. A file named explicitly
is checked whatever its extension.

Exit codes: 0 no problem at or above --fail-on, 1 at least one, 2 usage error,
unreadable file, no files matched, or invalid configuration.

Examples:
  sourcetrace check drafts/
  sourcetrace check "stories/**/*.md" --format sarif > sourcetrace.sarif
  cat draft.md | sourcetrace check - --format json`,
    )
    .exitOverride()
    .action(async (paths: string[], opts: CheckOptions) => onResult(await runCheck(paths, opts, io)));

  program
    .command('fix')
    .description('apply the preferred fix of every finding and write the drafts back (fixes leave placeholders such as [SOURCE] to fill)')
    .argument('[paths...]', 'files, folders or globs to fix; "-" reads standard input and prints the fixed draft (default: the current folder)')
    .option('-c, --config <file>', 'use this configuration file instead of the nearest .sourcetrace.json')
    .addOption(new Option('-r, --rule <id>', 'only fix findings of this rule').choices(RULE_IDS))
    .option('-n, --dry-run', 'report what would be fixed without writing anything')
    .addHelpText(
      'after',
      `
Fixes whose edits overlap are left for a second run. Nothing is written when a
file cannot be read or the configuration is invalid (exit code 2).`,
    )
    .exitOverride()
    .action(async (paths: string[], opts: FixOptions) => onResult(await runFix(paths, opts, io)));

  return program;
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: RunEnv, write: (stdout: string | Uint8Array, stderr: string) => void): Promise<number> {
  let result: RunOutput | undefined;
  const program = buildProgram(io, (out) => (result = out));
  program.configureOutput({
    writeOut: (s) => write(s, ''),
    writeErr: (s) => write('', s),
  });
  if (argv.length === 0) {
    write('', program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  if (!result) return 0;
  if (typeof result.stdout === 'string') write(result.stdout, result.stderr);
  else {
    for (const piece of result.stdout) write(piece, '');
    write('', result.stderr);
  }
  return result.exitCode;
}

/**
 * The build's training run for the CLI's code cache (`launch.ts`): checks a
 * sample draft from standard input in each output format, the output thrown
 * away, so that the cache holds the code a real run compiles.
 */
export async function trainCodeCache(): Promise<void> {
  const io: RunEnv = { cwd: process.cwd(), env: {}, isTTY: false, readStdin: () => Buffer.from(WARM_UP_DRAFT, 'utf8') };
  for (const format of FORMATS) await main(['check', '-', '--format', format], io, () => {});
}

function isMain(): boolean {
  return typeof require !== 'undefined' && require.main === module;
}

if (serveIfWorker(checkDraft, draftTransfers) || serveIfSplitWorker()) {
  // A worker thread of the analysis pool (it has checked every draft left to it), or the attribution half of one large draft.
} else if (isMain()) {
  // The launcher has done this already; the bundle may also be run directly.
  tuneV8();
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // A closed pipe (`sourcetrace check | head`) is not an error worth a stack trace.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(
    process.argv.slice(2),
    { cwd: process.cwd(), env: process.env, isTTY: !!process.stdout.isTTY, readStdin: () => fs.readFileSync(0) },
    (out, err) => {
      if (out) process.stdout.write(out);
      if (err) process.stderr.write(err);
    },
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`sourcetrace: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
