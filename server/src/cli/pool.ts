/**
 * Analyses many drafts on several cores.
 *
 * The engine is synchronous and pure, so a run over hundreds of drafts is
 * spread over worker threads that each load the CLI bundle once and analyse
 * batches of drafts sent to them; the main thread reads the files, collects
 * the analyses in order and formats the report.
 *
 * Each worker loads and warms up the engine on its own, and results are copied
 * between threads: measured on a 2-core machine, two workers spent about 40%
 * more CPU than one thread for 300–1,000 small drafts, and were slower in wall
 * time whenever the machine had other work. So threads are used only on
 * machines with at least 4 cores (one core left to the main thread and the
 * rest of the system), for runs big enough to amortise the start-up; small
 * runs and smaller machines stay in-process.
 *
 * The results are the same either way: an analysis is plain data, and
 * `SOURCETRACE_THREADS=1` forces the in-process path (`=N` forces N workers).
 */
import * as os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyze, type Analysis, type ResolvedConfig } from '../engine';

/** One draft to analyse. */
export interface AnalysisJob {
  text: string;
  config: ResolvedConfig;
}

/** Marks a worker started by {@link analyzeAll}. */
const WORKER_TAG = 'sourcetrace-analysis-worker';

/** Below this many drafts, or this many UTF-16 code units in all, threads do not pay off. */
const MIN_JOBS = 48;
const MIN_TOTAL_LENGTH = 192 * 1024;

/** At most this many workers, whatever the machine. */
const MAX_WORKERS = 8;

/** Fewer cores than this, and threads cost more than they save. */
const MIN_CORES = 4;

interface Batch {
  first: number;
  jobs: AnalysisJob[];
}

/**
 * The part of an analysis the CLI reports. Workers send back only this, so
 * that copying results between threads costs as little as it can.
 */
export type Reported = Pick<Analysis, 'findings' | 'claims' | 'attributions' | 'configErrors' | 'suppressed'>;

/** The analysis of one draft, or why there is none. */
export type Outcome = { analysis: Reported } | { error: string };

/**
 * Analyses one draft. The engine promises never to throw; should it break
 * that promise, the one draft is reported rather than the whole run lost.
 */
function analyzeOne(job: AnalysisJob): Outcome {
  try {
    const { findings, claims, attributions, configErrors, suppressed } = analyze(job.text, { config: job.config });
    return { analysis: { findings, claims, attributions, configErrors, suppressed } };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * When this thread is one of our workers, serves analysis batches and returns
 * true; the entry point then does nothing else.
 */
export function serveIfWorker(): boolean {
  if (isMainThread || workerData !== WORKER_TAG || !parentPort) return false;
  const port = parentPort;
  port.on('message', (batch: Batch) => {
    port.postMessage({ first: batch.first, outcomes: batch.jobs.map(analyzeOne) });
  });
  return true;
}

/** How many workers to use for these jobs: 0 means in-process. */
export function workerCount(jobs: readonly AnalysisJob[], env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.SOURCETRACE_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced)) {
    const n = Number(forced);
    return n <= 1 ? 0 : Math.min(n, MAX_WORKERS, jobs.length);
  }
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cores < MIN_CORES || jobs.length < MIN_JOBS) return 0;
  let total = 0;
  for (const j of jobs) total += j.text.length;
  if (total < MIN_TOTAL_LENGTH) return 0;
  return Math.min(cores - 1, MAX_WORKERS, Math.ceil(jobs.length / 16));
}

/**
 * Analyses every job, in order. Uses worker threads when {@link workerCount}
 * says so and the bundle's own file can be started as a worker; if a worker
 * fails, everything is analysed in-process instead.
 */
export async function analyzeAll(jobs: AnalysisJob[], env: NodeJS.ProcessEnv = process.env): Promise<Outcome[]> {
  const inProcess = () => jobs.map(analyzeOne);
  const workers = workerCount(jobs, env);
  const script = typeof __filename === 'string' ? __filename : undefined;
  if (workers === 0 || !script || !script.endsWith('.js')) return inProcess();
  try {
    return await inWorkers(jobs, workers, script);
  } catch {
    return inProcess();
  }
}

function inWorkers(jobs: AnalysisJob[], count: number, script: string): Promise<Outcome[]> {
  const results: Outcome[] = new Array(jobs.length);
  const size = Math.max(1, Math.min(32, Math.ceil(jobs.length / (count * 6))));
  let next = 0;
  let pending = 0;
  const pool: Worker[] = [];
  return new Promise<Outcome[]>((resolve, reject) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(results);
    };
    const feed = (w: Worker) => {
      if (next >= jobs.length) {
        if (pending === 0) finish();
        return;
      }
      const batch: Batch = { first: next, jobs: jobs.slice(next, next + size) };
      next += batch.jobs.length;
      pending++;
      w.postMessage(batch);
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(script, { workerData: WORKER_TAG });
      pool.push(w);
      w.on('message', (m: { first: number; outcomes: Outcome[] }) => {
        pending--;
        for (let k = 0; k < m.outcomes.length; k++) results[m.first + k] = m.outcomes[k]!;
        feed(w);
      });
      w.on('error', finish);
      w.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`analysis worker exited with code ${code}`));
      });
      feed(w);
    }
  });
}
