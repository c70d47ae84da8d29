/**
 * `npm run bench`: sourcetrace against its peers and the floor, the engine
 * stage by stage, and the language server through a real LSP client.
 *
 *   npm run bench                      full run; results into docs/performance.md
 *   npm run bench -- --quick           smoke run: small drafts, one repetition, nothing written
 *   npm run bench -- --sections process,lsp --reps 5 --timeout 60
 *
 * Options:
 *   --quick            small sizes and counts; never writes docs/performance.md
 *   --reps N           repetitions per whole-process measurement (median; default 3)
 *   --timeout S        seconds before a run is killed and reported as "> S s" (default 120)
 *   --sections LIST    any of process,corpus,stages,scaling,lsp,profile (default: all)
 *   --tools LIST       tools for the process section (default: all; see tools.ts)
 *   --sizes LIST       draft sizes for the process section (5KB,100KB,1MB,10MB)
 *   --keystrokes N     keystrokes per keystroke run (default 200)
 *   --budget S         seconds one keystroke run may take before it stops and reports what it has (default 60)
 *   --dir DIR          work folder for drafts, outputs and profiles (default .bench)
 *   --json FILE        also write the raw results as JSON
 *   --no-write         do not update docs/performance.md
 *   --merge            keep the sections not run now from the last run's .bench/results.json
 *
 * Drafts are generated (seeded) into the work folder once and reused. The
 * whole-process runs are interleaved: each repetition runs every size with
 * every tool in turn, so a busy moment on a shared machine hits all tools alike.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DRAFT_SIZES, ensureCorpus, ensureDraft, ensureWordsDraft, generateShape, type SizeLabel } from './generate';
import { coldStarts, keystrokes, memoryWithDraft } from './lsp';
import { hasGnuTime, runMeasured } from './proc';
import { profileRun } from './profile';
import { renderMarkdown, spliceResults, type BenchResults, type Cell, fmtMs } from './report';
import { benchScaling, benchStages } from './stages';
import { countOutput, tools } from './tools';

const ROOT = path.resolve(__dirname, '../..');
const SECTIONS = ['process', 'corpus', 'stages', 'scaling', 'lsp', 'profile'] as const;
type Section = (typeof SECTIONS)[number];
const SEED = 20261127;

/** The parsed command line. */
interface Options {
  quick: boolean;
  reps: number;
  timeoutS: number;
  sections: Set<Section>;
  tools?: string[];
  sizes: SizeLabel[];
  keystrokes: number;
  budgetS: number;
  dir: string;
  json?: string;
  write: boolean;
  merge: boolean;
  /** Where the bundles that are timed are: a production build made at the start. */
  distDir: string;
  /** Where the bundle that is profiled is: a readable development build. */
  profileDistDir: string;
}

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter(Boolean);
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean', default: false },
        reps: { type: 'string' },
        timeout: { type: 'string' },
        sections: { type: 'string' },
        tools: { type: 'string' },
        sizes: { type: 'string' },
        keystrokes: { type: 'string' },
        budget: { type: 'string' },
        dir: { type: 'string' },
        json: { type: 'string' },
        'no-write': { type: 'boolean', default: false },
        merge: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    fail((e as Error).message);
  }
  if (parsed.help) {
    const src = readFileSync(__filename, 'utf8');
    console.log(/\/\*\*([\s\S]*?)\*\//.exec(src)?.[1]?.replace(/^ \* ?/gm, '').trim());
    process.exit(0);
  }
  const quick = parsed.quick ?? false;
  const sections = list(parsed.sections) ?? [...SECTIONS];
  for (const s of sections) if (!(SECTIONS as readonly string[]).includes(s)) fail(`unknown section "${s}" (expected ${SECTIONS.join(', ')})`);
  const sizes = list(parsed.sizes) ?? (quick ? ['5KB'] : Object.keys(DRAFT_SIZES));
  for (const s of sizes) if (!(s in DRAFT_SIZES)) fail(`unknown size "${s}" (expected ${Object.keys(DRAFT_SIZES).join(', ')})`);
  return {
    quick,
    reps: positiveInt(parsed.reps, 'reps', quick ? 1 : 3),
    timeoutS: positiveInt(parsed.timeout, 'timeout', quick ? 30 : 120),
    sections: new Set(sections as Section[]),
    tools: list(parsed.tools),
    sizes: sizes as SizeLabel[],
    keystrokes: positiveInt(parsed.keystrokes, 'keystrokes', quick ? 10 : 200),
    budgetS: positiveInt(parsed.budget, 'budget', quick ? 20 : 60),
    dir: path.resolve(parsed.dir ?? path.join(ROOT, '.bench')),
    json: parsed.json,
    write: !quick && !parsed['no-write'],
    merge: parsed.merge ?? false,
    distDir: path.join(ROOT, 'dist'),
    profileDistDir: path.join(ROOT, 'dist'),
  };
}

/**
 * Builds the current sources with the project's own build script into a
 * folder of the work folder, never into the shared dist/: the script writes to
 * `dist/` under its working directory, so it runs in a folder of symlinks to
 * the sources. Returns the folder with cli.js and server.js, or undefined when
 * the build failed.
 */
function buildInto(o: Options, name: string, production: boolean): string | undefined {
  const dir = path.join(o.dir, 'build', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['client', 'server', 'node_modules', 'package.json', 'tsconfig.json']) {
    if (existsSync(path.join(ROOT, entry))) symlinkSync(path.join(ROOT, entry), path.join(dir, entry));
  }
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), ...(production ? ['--production'] : [])], { cwd: dir, encoding: 'utf8' });
  const dist = path.join(dir, 'dist');
  if (r.status !== 0 || !existsSync(path.join(dist, 'cli.js'))) {
    log(`bench: ${name} build failed: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ')}`);
    return undefined;
  }
  return dist;
}

/**
 * Prepares what is measured: a production build (minified, as the extension
 * ships it) for the timings and a readable development build for the profile,
 * both of the sources as they are now. When a build fails, the checkout's
 * dist/ stands in, and the report says so.
 */
function prepareBuilds(o: Options, results: BenchResults): void {
  log('bench: building the sources (production for timings, development for the profile)');
  const fallback = path.join(ROOT, 'dist');
  const prod = buildInto(o, 'production', true);
  const dev = o.sections.has('profile') ? buildInto(o, 'development', false) : undefined;
  if (!prod) note(results, 'build', 'the production build failed: dist/ as it was built was measured instead');
  if (o.sections.has('profile') && !dev) note(results, 'build', 'the development build failed: the profile ran on dist/ as it was built');
  o.distDir = prod ?? fallback;
  o.profileDistDir = dev ?? fallback;
}

/** Records why part of a section could not be measured; `section` lets --merge keep notes with their section. */
function note(results: BenchResults, section: Section | 'build', text: string): void {
  results.notes.push(`${section}: ${text}`);
}

/**
 * Lays the sections measured now over an earlier run's results, so a long
 * benchmark can be run in parts (`--sections process --merge`). Each section
 * keeps the date it was measured.
 */
function mergeResults(now: BenchResults, earlier: BenchResults, ran: Set<Section>): BenchResults {
  const out: BenchResults = { ...now, sections: { ...earlier.sections, ...now.sections } };
  for (const s of SECTIONS) {
    if (ran.has(s)) continue;
    (out as unknown as Record<string, unknown>)[s] = (earlier as unknown as Record<string, unknown>)[s];
  }
  const keptEarlier = earlier.notes.filter((n) => SECTIONS.some((s) => !ran.has(s) && n.startsWith(`${s}:`)));
  out.notes = [...keptEarlier, ...now.notes];
  return out;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function gitCommit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? `${sha}+changes` : sha;
  } catch {
    return 'unknown';
  }
}

/** Whole-process timings, interleaved: per repetition, every size with every tool in turn. */
async function processSection(o: Options, results: BenchResults, draftDir: string): Promise<void> {
  const all = tools(ROOT, o.distDir);
  const chosen = o.tools ? all.filter((t) => o.tools?.includes(t.id)) : all;
  for (const id of o.tools ?? []) if (!all.some((t) => t.id === id)) fail(`unknown tool "${id}" (expected ${all.map((t) => t.id).join(', ')})`);
  const runnable = chosen.filter((t) => {
    const why = t.missing();
    if (why) note(results, 'process', `${t.id}: ${why}`);
    return !why;
  });
  const sizes: { label: string; bytes: number; file: string }[] = [];
  for (const label of o.sizes) {
    const file = await ensureDraft(draftDir, label, DRAFT_SIZES[label], SEED);
    sizes.push({ label, bytes: readFileSync(file).length, file });
  }
  const cells: Record<string, Record<string, Cell>> = {};
  for (const t of runnable) cells[t.id] = Object.fromEntries(sizes.map((s) => [s.label, { runs: [], cpuMs: [], rssKb: [], timedOut: false } as Cell]));
  results.process = { sizes: sizes.map(({ label, bytes }) => ({ label, bytes })), tools: runnable.map((t) => ({ id: t.id, label: t.label })), cells };
  const outDir = path.join(o.dir, 'out');
  mkdirSync(outDir, { recursive: true });
  for (let rep = 0; rep < o.reps; rep++) {
    for (const s of sizes) {
      for (const t of runnable) {
        const cell = cells[t.id]?.[s.label] as Cell;
        // A tool that timed out or failed on a size is not run there again: it would only burn the timeout.
        if (cell.timedOut || cell.failed) continue;
        const stdoutFile = path.join(outDir, `${t.id}-${s.label}.out`);
        const run = await runMeasured(t.argv(s.file), { timeoutMs: o.timeoutS * 1000, stdoutFile, scratchDir: outDir, cwd: ROOT });
        if (run.timedOut) cell.timedOut = true;
        else if (run.signal || (t.okCodes && !t.okCodes.includes(run.code ?? -1))) {
          cell.failed = `exit ${run.code ?? run.signal}${run.stderrTail ? `: ${run.stderrTail.split('\n').pop()}` : ''}`;
        } else {
          cell.runs.push(run.wallMs);
          if (run.maxRssKb) cell.rssKb.push(run.maxRssKb);
          if (run.cpuMs !== undefined) cell.cpuMs.push(run.cpuMs);
          if (rep === 0) {
            const n = countOutput(t, stdoutFile);
            if (n !== undefined) cell.findings = n;
          }
        }
        const shown = run.timedOut ? `> ${o.timeoutS} s` : cell.failed && !run.timedOut && !cell.runs.length ? cell.failed : fmtMs(run.wallMs);
        log(`  rep ${rep + 1}/${o.reps} ${s.label.padEnd(5)} ${t.id.padEnd(16)} ${shown}${run.cpuMs !== undefined ? ` (cpu ${fmtMs(run.cpuMs)})` : ''}${run.maxRssKb ? ` · ${Math.round(run.maxRssKb / 1024)} MB` : ''}`);
      }
    }
  }
}

/** 1,000 small drafts checked by one CLI call. */
async function corpusSection(o: Options, results: BenchResults): Promise<void> {
  const st = tools(ROOT, o.distDir).find((t) => t.id === 'sourcetrace');
  const why = st?.missing();
  if (!st || why) {
    note(results, 'corpus', `${why}`);
    return;
  }
  const count = o.quick ? 20 : 1000;
  const bytesEach = DRAFT_SIZES['5KB'];
  log(`corpus: ${count} drafts of 5 KB`);
  // Outside the repository: the CLI honours .gitignore, and the work folder is ignored.
  const folder = await ensureCorpus(path.join(os.tmpdir(), 'sourcetrace-bench'), count, bytesEach, SEED);
  let totalBytes = 0;
  for (let i = 0; i < count; i++) totalBytes += readFileSync(path.join(folder, `draft-${String(i).padStart(4, '0')}.md`)).length;
  const cell: Cell = { runs: [], cpuMs: [], rssKb: [], timedOut: false };
  const outDir = path.join(o.dir, 'out');
  mkdirSync(outDir, { recursive: true });
  for (let rep = 0; rep < o.reps && !cell.timedOut && !cell.failed; rep++) {
    const stdoutFile = path.join(outDir, 'corpus.out');
    const run = await runMeasured(st.argv(folder), { timeoutMs: o.timeoutS * 1000, stdoutFile, scratchDir: outDir, cwd: ROOT });
    if (run.timedOut) cell.timedOut = true;
    else if (run.code !== 0 && run.code !== 1) cell.failed = `exit ${run.code ?? run.signal}: ${run.stderrTail.split('\n').pop() ?? ''}`;
    else {
      cell.runs.push(run.wallMs);
      if (run.maxRssKb) cell.rssKb.push(run.maxRssKb);
      if (run.cpuMs !== undefined) cell.cpuMs.push(run.cpuMs);
      if (rep === 0) cell.findings = countOutput(st, stdoutFile);
    }
    log(`  rep ${rep + 1}/${o.reps} ${run.timedOut ? `> ${o.timeoutS} s` : fmtMs(run.wallMs)}${cell.failed ? ` ${cell.failed}` : ''}`);
  }
  results.corpus = { count, bytesEach, totalBytes, cell };
}

/** In-process throughput per stage. */
async function stagesSection(o: Options, results: BenchResults, draftDir: string): Promise<void> {
  const labels: SizeLabel[] = o.quick ? ['100KB'] : ['1MB', '10MB'];
  results.stages = [];
  for (const label of labels) {
    const file = await ensureDraft(draftDir, label, DRAFT_SIZES[label], SEED);
    const text = readFileSync(file, 'utf8');
    const bytes = Buffer.byteLength(text);
    // Predict from the previous size; past the timeout, the run is not worth its minutes.
    const prev = results.stages[results.stages.length - 1];
    const expectMs = prev ? (prev.totalMs * bytes) / prev.bytes : 0;
    if (expectMs > o.timeoutS * 1000) {
      note(results, 'stages', `${label} skipped, expected to take about ${fmtMs(expectMs)} (${prev?.label} took ${fmtMs(prev?.totalMs ?? 0)})`);
      continue;
    }
    log(`stages: ${label}`);
    results.stages.push(benchStages(label, text, bytes, o.reps, { expectMs }));
  }
}

/** The linear-cost check: pathological shapes at a small size and ten times that. */
function scalingSection(o: Options, results: BenchResults): void {
  const small = o.quick ? 10 * 1024 : 100 * 1024;
  results.scaling = [];
  for (const shape of ['ordinary', 'single-paragraph', 'single-sentence', 'quotes'] as const) {
    log(`scaling: ${shape}`);
    results.scaling.push(benchScaling(shape, generateShape(shape, small, SEED), generateShape(shape, small * 10, SEED + 1), o.reps));
  }
}

/** Language-server latency and memory through a real client. */
async function lspSection(o: Options, results: BenchResults, draftDir: string): Promise<void> {
  const server = path.join(o.distDir, 'server.js');
  if (!existsSync(server)) {
    note(results, 'lsp', 'no server.js (the build failed and dist/ is empty)');
    return;
  }
  const timeoutMs = o.timeoutS * 1000;
  const lsp: NonNullable<BenchResults['lsp']> = { keystrokes: [], memory: [] };
  results.lsp = lsp;
  const attempt = async (what: string, f: () => Promise<void>): Promise<void> => {
    try {
      await f();
    } catch (e) {
      note(results, 'lsp', `${what}: ${(e as Error).message.split('\n')[0]}`);
      log(`  ${what} failed: ${(e as Error).message}`);
    }
  };
  const draft = (label: SizeLabel): Promise<string> => ensureDraft(draftDir, label, DRAFT_SIZES[label], SEED);
  await attempt('cold start', async () => {
    log('lsp: cold start on 5 KB');
    lsp.cold = { label: '5KB', ...(await coldStarts(server, ROOT, await draft('5KB'), Math.max(o.reps, 3), timeoutMs)) };
  });
  // Issue 3 names a 10,000-word draft; issue 6 names 100 KB and 1 MB.
  const typed: [string, () => Promise<string>][] = o.quick
    ? [['5KB', () => draft('5KB')]]
    : [['10k words', () => ensureWordsDraft(draftDir, 10_000, SEED)], ['100KB', () => draft('100KB')], ['1MB', () => draft('1MB')]];
  for (const [label, file_] of typed) {
    for (const pull of [false, true]) {
      const mode = pull ? 'pull' : 'push';
      await attempt(`keystrokes ${label} ${mode}`, async () => {
        log(`lsp: ${o.keystrokes} keystrokes in ${label}, ${mode} diagnostics`);
        const file = await file_();
        const r = await keystrokes({ serverPath: server, rootDir: ROOT, file, count: o.keystrokes, timeoutMs, budgetMs: o.budgetS * 1000, pull });
        log(`  p50 ${fmtMs(r.p50)}, p95 ${fmtMs(r.p95)}, max ${fmtMs(r.max)} over ${r.keystrokes} keystrokes`);
        lsp.keystrokes.push({ label, ...r });
      });
    }
  }
  // sourcetrace.maxProblems caps what is published (by default at 1,000, VS Code's own limit per
  // file): only the 1 MB draft has more findings, so it is also typed into with no cap.
  if (!o.quick) {
    await attempt('keystrokes 1MB push uncapped', async () => {
      log(`lsp: ${o.keystrokes} keystrokes in 1MB, push diagnostics, sourcetrace.maxProblems 0 (no cap)`);
      const r = await keystrokes({ serverPath: server, rootDir: ROOT, file: await draft('1MB'), count: o.keystrokes, timeoutMs, budgetMs: o.budgetS * 1000, settings: { maxProblems: 0 } });
      log(`  p50 ${fmtMs(r.p50)}, p95 ${fmtMs(r.p95)}, max ${fmtMs(r.max)} over ${r.keystrokes} keystrokes`);
      lsp.keystrokes.push({ label: '1MB', ...r });
    });
  }
  // The VS Code client starts the server with --node-ipc, where Node serialises every message
  // (JSON.stringify) instead of the server's stdio writer: one row to compare with stdio's.
  if (!o.quick) {
    await attempt('keystrokes 100KB push over IPC', async () => {
      log(`lsp: ${o.keystrokes} keystrokes in 100KB, push diagnostics over Node IPC`);
      const r = await keystrokes({ serverPath: server, rootDir: ROOT, file: await draft('100KB'), count: o.keystrokes, timeoutMs, budgetMs: o.budgetS * 1000, transport: 'ipc' });
      log(`  p50 ${fmtMs(r.p50)}, p95 ${fmtMs(r.p95)}, max ${fmtMs(r.max)} over ${r.keystrokes} keystrokes`);
      lsp.keystrokes.push({ label: '100KB', ...r });
    });
  }
  // The 10 MB draft is the target; 1 MB shows the memory of a draft the server surely analyses
  // (a server may decline to check very long drafts as you type, and say so in one diagnostic).
  for (const memLabel of (o.quick ? ['100KB'] : ['10MB', '1MB']) as SizeLabel[]) {
    await attempt(`memory ${memLabel}`, async () => {
      log(`lsp: memory with ${memLabel} open`);
      lsp.memory.push({ label: memLabel, ...(await memoryWithDraft(server, ROOT, await draft(memLabel), timeoutMs)) });
    });
  }
}

/** A CPU profile of the CLI on the largest draft, or the next smaller one when that exceeds the timeout. */
async function profileSection(o: Options, results: BenchResults, draftDir: string): Promise<void> {
  // dist/cli.js is a launcher; the bundle with the module markers the profile is mapped by is cli-main.js.
  const bundle = path.join(o.profileDistDir, 'cli-main.js');
  const cli = existsSync(bundle) ? bundle : path.join(o.profileDistDir, 'cli.js');
  if (!existsSync(cli)) {
    note(results, 'profile', 'no cli.js to profile (the build failed and dist/ is empty)');
    return;
  }
  // When the CLI could not finish 10 MB within the timeout, neither can its profile.
  const slow10 = results.process?.cells['sourcetrace']?.['10MB']?.timedOut === true;
  if (slow10) note(results, 'profile', '10 MB skipped, the CLI did not finish it within the timeout; profiled 1 MB');
  const labels: SizeLabel[] = o.quick ? ['100KB'] : slow10 ? ['1MB'] : ['10MB', '1MB'];
  for (const label of labels) {
    log(`profile: CLI on ${label}`);
    const file = await ensureDraft(draftDir, label, DRAFT_SIZES[label], SEED);
    try {
      results.profile = { label, ...profileRun(cli, ['check', file, '--format', 'json'], path.join(o.dir, 'profile'), o.timeoutS * 1000) };
      return;
    } catch (e) {
      note(results, 'profile', `on ${label}: ${(e as Error).message}`);
    }
  }
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const draftDir = path.join(o.dir, 'drafts');
  mkdirSync(draftDir, { recursive: true });
  const cpus = os.cpus();
  // What nproc says: the CPUs this process may use, not every CPU of the host.
  const nproc = os.availableParallelism();
  let results: BenchResults = {
    meta: {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      node: process.versions.node,
      cpus: nproc,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      os: `${os.type()} ${os.release()}`,
      commit: gitCommit(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      quick: o.quick,
      reps: o.reps,
      timeoutS: o.timeoutS,
      loadAverage: os.loadavg()[0] ?? 0,
      peakRss: hasGnuTime() ? 'GNU time' : 'process.resourceUsage',
    },
    sections: {},
    notes: [],
  };
  prepareBuilds(o, results);
  log(`bench: ${[...o.sections].join(', ')}; ${o.reps} rep(s), timeout ${o.timeoutS} s, work folder ${path.relative(ROOT, o.dir) || '.'}`);
  if (o.sections.has('process')) await processSection(o, results, draftDir);
  if (o.sections.has('corpus')) await corpusSection(o, results);
  if (o.sections.has('stages')) await stagesSection(o, results, draftDir);
  if (o.sections.has('scaling')) scalingSection(o, results);
  if (o.sections.has('lsp')) await lspSection(o, results, draftDir);
  if (o.sections.has('profile')) await profileSection(o, results, draftDir);
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  for (const s of o.sections) results.sections[s] = now;
  const last = path.join(o.dir, 'results.json');
  if (o.merge && existsSync(last)) results = mergeResults(results, JSON.parse(readFileSync(last, 'utf8')) as BenchResults, o.sections);
  const md = renderMarkdown(results);
  console.log(md);
  writeFileSync(path.join(o.dir, 'results.md'), md);
  writeFileSync(path.join(o.dir, 'results.json'), JSON.stringify(results, null, 2));
  if (o.json) writeFileSync(o.json, JSON.stringify(results, null, 2));
  if (o.write) {
    const doc = path.join(ROOT, 'docs/performance.md');
    writeFileSync(doc, spliceResults(existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n', md));
    log(`bench: results written to ${path.relative(ROOT, doc)}`);
  }
}

main().catch((e: unknown) => {
  console.error(`bench: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
