/**
 * Checks many drafts on several cores.
 *
 * The engine is synchronous and pure, so a run over many drafts is shared
 * between the main thread and worker threads. What is done with each draft
 * (`check.ts`: analyse it, and for the JSON report write its part of the
 * report) runs in whichever thread takes the draft. Every thread takes the next
 * draft from one shared counter (`Atomics.add` on a `SharedArrayBuffer`), so
 * the work balances itself whatever the drafts' sizes, and no thread waits
 * for another to hand it work. The jobs (texts, configurations) go to each
 * worker once, in the first message it receives (the first worker may have
 * been started before the drafts were read: `startEarlyWorker`); a worker
 * sends back each result as it is done
 * (handing over the buffers `Transfers` names rather than copying them), and
 * the main thread puts it in its place. The report is made from the
 * results in operand order, so it is the same byte for byte whichever thread
 * checked which draft.
 *
 * Each thread warms up its own copy of the engine (its own JIT): the first
 * hundred small drafts a thread checks cost it about three times what later
 * ones do. So threads are used only for runs with enough text to pay for
 * that, and the main thread analyses too (on a 2-core machine: the main
 * thread and one worker). A worker loads the CLI bundle through the launcher
 * (`dist/cli.js`), so it gets the V8 code cache as the main thread does.
 *
 * A second thread only pays when a core is idle for it: each thread compiles
 * the engine on its own (V8's optimising compiler, on helper threads, took
 * about 2 s of CPU per thread over 1,000 small drafts), so on a machine whose
 * load average is already above its cores plus one, everything stays on the
 * main thread. `SOURCETRACE_THREADS=1` forces the in-process path; `=N`
 * forces N threads in all (the main thread and N − 1 workers), whatever the
 * load. The results are the same either way: the engine is pure, and a
 * result is plain data. (A run of one large draft is split between two
 * threads by stage instead: split.ts.)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker, isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';

/** One draft to check: its text, and whatever else the work needs (plain data). */
export interface Job {
  text: string;
}

/** What is done with each job, in the thread that takes it. */
export type Work<J extends Job, R> = (job: J) => R;

/**
 * The buffers of a result that a worker hands over to the main thread
 * instead of copying them (each is detached in the worker once sent: it must
 * be the result's alone).
 */
export type Transfers<R> = (result: R) => ArrayBuffer[];

/** Marks a worker started by {@link runAll}. */
const WORKER_TAG = 'sourcetrace-analysis-worker';

/**
 * Below this many UTF-16 code units in all, a second thread does not pay:
 * starting a worker and warming up its engine costs about as much CPU as
 * analysing a few hundred kilobytes in an already warm thread.
 */
const MIN_TOTAL_LENGTH = 256 * 1024;

/** At most this many threads, the main thread included, whatever the machine. */
const MAX_THREADS = 8;

/**
 * For tests of a worker that dies: with this variable set to `exit`, the
 * main thread leaves every draft to the workers, and each worker exits (code
 * 70) as it takes its first draft, as a thread killed by the system would.
 * The drafts left are then analysed by the main thread.
 */
export const FAULT_ENV = 'SOURCETRACE_THREAD_FAULT';

/**
 * The result of one job, or why there is none: `error` when the work threw (a
 * bug: the engine promises never to throw), `failed` when the thread doing it
 * stopped.
 */
export type Outcome<R> = { result: R } | { error: string } | { failed: string };

/** What a worker is started with: it then waits for its {@link Assignment}. */
interface WorkerInput {
  tag: typeof WORKER_TAG;
}

/**
 * The work a worker is given, in the first message it receives: a worker
 * may be started before the drafts are read ({@link startEarlyWorker}).
 */
interface Assignment {
  jobs: Job[];
  /**
   * Slot 0: the index of the next draft to take, shared by all threads.
   * Slot `slot`: 1 + the index of the draft this worker is analysing, 0 when none.
   */
  shared: Int32Array;
  slot: number;
  fault?: string;
}

/** What a worker sends: one result, or that it has taken every draft it will. */
type WorkerMessage = { index: number; outcome: Outcome<unknown> } | { done: true };

/** Runs the work on one job; should it throw, the one draft is reported rather than the whole run lost. */
function runOne<J extends Job, R>(work: Work<J, R>, job: J): Outcome<R> {
  try {
    return { result: work(job) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function isWorkerInput(data: unknown): data is WorkerInput {
  return typeof data === 'object' && data !== null && (data as { tag?: unknown }).tag === WORKER_TAG;
}

/**
 * When this thread is one of our workers, does the work on jobs until none is
 * left and returns true; the entry point then does nothing else. The main
 * thread passes the same work to {@link runAll}.
 */
export function serveIfWorker<J extends Job, R>(work: Work<J, R>, transfers?: Transfers<R>): boolean {
  if (isMainThread || !parentPort || !isWorkerInput(workerData)) return false;
  const port = parentPort;
  port.once('message', (assignment: Assignment) => serve(port, assignment, work, transfers));
  return true;
}

/** Does the work on jobs until none is left (see {@link serveIfWorker}). */
function serve<J extends Job, R>(port: MessagePort, { jobs, shared, slot, fault }: Assignment, work: Work<J, R>, transfers?: Transfers<R>): void {
  for (;;) {
    const index = Atomics.add(shared, 0, 1);
    if (index >= jobs.length) break;
    Atomics.store(shared, slot, index + 1);
    if (fault === 'exit') process.exit(70);
    const outcome = runOne(work, jobs[index] as J);
    port.postMessage({ index, outcome } satisfies WorkerMessage, transfers && 'result' in outcome ? transfers(outcome.result) : undefined);
    Atomics.store(shared, slot, 0);
  }
  port.postMessage({ done: true } satisfies WorkerMessage);
}

/** The machine a run is on: its cores and its load average over the last minute. */
export interface Machine {
  cores: number;
  load: number;
}

function thisMachine(): Machine {
  return { cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length, load: os.loadavg()[0] ?? 0 };
}

/**
 * How many cores a run may keep busy: all of them, or 1 when the machine
 * already has more runnable work than cores (as `make -l` judges), so that no
 * core is idle for a second thread: it would only add its own warm-up to the
 * machine's work.
 */
export function idleCores(machine: Machine = thisMachine()): number {
  const { cores, load } = machine;
  return cores < 2 || load >= cores + 1 ? 1 : cores;
}

/** The number of threads `SOURCETRACE_THREADS` asks for, when it is set to a whole number (split.ts reads it too). */
export function forcedThreads(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const forced = env.SOURCETRACE_THREADS;
  return forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : undefined;
}

/** How many threads to do these jobs on, the main thread included: 1 means in-process only. */
export function threadCount(jobs: readonly Job[], env: NodeJS.ProcessEnv = process.env, machine: Machine = thisMachine()): number {
  if (jobs.length < 2) return 1;
  const forced = forcedThreads(env);
  if (forced !== undefined) return Math.max(1, Math.min(forced, MAX_THREADS, jobs.length));
  const cores = idleCores(machine);
  if (cores < 2) return 1;
  let total = 0;
  for (const j of jobs) total += j.text.length;
  if (total < MIN_TOTAL_LENGTH) return 1;
  // A thread per core, but none that would get less than its share of warm-up's worth of text.
  return Math.max(1, Math.min(cores, MAX_THREADS, jobs.length, Math.floor(total / MIN_TOTAL_LENGTH)));
}

/**
 * The file a worker is started from: the launcher (`dist/cli.js`) when the
 * bundle was loaded through it, so the worker gets the code cache too; the
 * bundle itself when it was run directly. Undefined when this code is not
 * running as a bundle (tests through tsx), where workers cannot be started.
 */
export function workerScript(): string | undefined {
  const self = typeof module === 'object' && module !== null && typeof module.filename === 'string' ? module.filename : undefined;
  const file = self ?? (typeof __filename === 'string' ? __filename : undefined);
  return file && file.endsWith('.js') ? file : undefined;
}

/** Where the launcher leaves a worker it started early, for {@link runAll} to take (both bundles share `globalThis`). */
const EARLY = Symbol.for('sourcetrace.cli.earlyWorker');

/**
 * The options of `check` that take a value, so that the value is not taken
 * for an operand. Written out because this runs before the bundle (and
 * commander) loads; test/cli/pool.test.ts holds it to `buildProgram`'s
 * definition, so a new option with a value cannot be missed here.
 */
export const CHECK_VALUE_OPTIONS: ReadonlySet<string> = new Set(['-f', '--format', '--fail-on', '-c', '--config']);

/**
 * Whether a command line will likely check many drafts on more than one
 * thread: `check` of a folder, a glob, several operands or the current
 * folder, with a core idle for a second thread (as {@link threadCount}
 * judges; `SOURCETRACE_THREADS=1` says no). Only a guess, made before the
 * drafts are found: {@link runAll} decides.
 */
export function earlyWorkerWanted(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, machine: Machine = thisMachine(), isFolder: (p: string) => boolean = folderExists): boolean {
  if (argv[0] !== 'check') return false;
  const forced = forcedThreads(env);
  if (forced !== undefined ? forced < 2 : idleCores(machine) < 2) return false;
  const operands: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (CHECK_VALUE_OPTIONS.has(a)) i++;
    else if (a === '-' || !a.startsWith('-')) operands.push(a);
  }
  if (operands.includes('-')) return false;
  return operands.length !== 1 || /[*?[{]/.test(operands[0]!) || isFolder(operands[0]!);
}

function folderExists(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Starts a worker of the pool before the CLI's bundle is loaded, when the
 * command line will likely use one ({@link earlyWorkerWanted}): it loads the
 * bundle and its code cache on another core while the main thread loads
 * its own, finds and reads the drafts, and then waits for its jobs. Without
 * it, a worker was started only once every draft was read, and its first
 * draft came about 150 ms of CPU after the main thread's. The worker does
 * not keep the process alive until {@link runAll} takes it; a run that
 * needs none ends it.
 */
export function startEarlyWorker(script: string, argv: readonly string[]): void {
  if (!isMainThread || !earlyWorkerWanted(argv)) return;
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: { tag: WORKER_TAG } satisfies WorkerInput });
  } catch {
    return;
  }
  worker.unref();
  const early: EarlyWorker = { worker, stopped: false };
  worker.once('exit', () => (early.stopped = true));
  // An error is followed by 'exit'; without a listener it would be thrown in the main thread.
  worker.on('error', () => {});
  (globalThis as { [EARLY]?: EarlyWorker })[EARLY] = early;
}

/** A worker started by {@link startEarlyWorker}, and whether it has stopped since. */
interface EarlyWorker {
  worker: Worker;
  stopped: boolean;
}

/** The worker the launcher started early, if it is still running; it is then the caller's. */
export function takeEarlyWorker(): Worker | undefined {
  const holder = globalThis as { [EARLY]?: EarlyWorker };
  const early = holder[EARLY];
  delete holder[EARLY];
  return early && !early.stopped ? early.worker : undefined;
}

/**
 * Does the work on every job and returns the outcomes in the jobs' order. Uses
 * worker threads beside the main thread when {@link threadCount} says so. A
 * worker that cannot start costs nothing but the time: the other threads take
 * its share. A worker that stops while checking a draft (killed, out of
 * memory) leaves that draft with a `failed` outcome naming why; the drafts it
 * had not taken are checked by the other threads.
 */
export async function runAll<J extends Job, R>(jobs: J[], work: Work<J, R>, env: NodeJS.ProcessEnv = process.env): Promise<Outcome<R>[]> {
  const threads = threadCount(jobs, env);
  const script = workerScript();
  const early = takeEarlyWorker();
  if (threads <= 1 || !script) {
    if (early) void early.terminate();
    return jobs.map((job) => runOne(work, job));
  }

  const outcomes: (Outcome<R> | undefined)[] = new Array(jobs.length);
  const shared = new Int32Array(new SharedArrayBuffer(4 * threads));
  const fault = env[FAULT_ENV];
  const finished: Promise<void>[] = [];
  for (let slot = 1; slot < threads; slot++) {
    let worker: Worker;
    if (slot === 1 && early) {
      worker = early;
      worker.ref();
    } else {
      try {
        worker = new Worker(script, { workerData: { tag: WORKER_TAG } satisfies WorkerInput });
      } catch {
        continue;
      }
    }
    finished.push(watch(worker, slot, shared, outcomes));
    worker.postMessage({ jobs, shared, slot, ...(fault ? { fault } : {}) } satisfies Assignment);
  }

  // The main thread takes drafts from the same counter until none is left.
  while (!fault) {
    const index = Atomics.add(shared, 0, 1);
    if (index >= jobs.length) break;
    outcomes[index] = runOne(work, jobs[index]!);
  }
  await Promise.all(finished);

  // Drafts a stopped worker had taken but not sent back (its last message lost with it).
  const result: Outcome<R>[] = new Array(jobs.length);
  for (let i = 0; i < jobs.length; i++) result[i] = outcomes[i] ?? runOne(work, jobs[i]!);
  return result;
}

/**
 * Collects a worker's results; settles when it has taken its last draft and
 * sent every result, or when it stops. Never rejects.
 */
function watch<R>(worker: Worker, slot: number, shared: Int32Array, outcomes: (Outcome<R> | undefined)[]): Promise<void> {
  return new Promise<void>((resolve) => {
    let reason: string | undefined;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      // The draft the worker was analysing when it stopped is reported, not retried:
      // the same draft might stop the main thread too.
      const current = Atomics.exchange(shared, slot, 0) - 1;
      if (current >= 0 && outcomes[current] === undefined) outcomes[current] = { failed: `the analysis thread stopped while checking it (${reason ?? 'no reason given'})` };
      resolve();
    };
    worker.on('message', (m: WorkerMessage) => {
      if ('done' in m) {
        settled = true;
        resolve();
        void worker.terminate();
      } else outcomes[m.index] = m.outcome as Outcome<R>;
    });
    worker.on('error', (e) => {
      reason = e instanceof Error ? e.message : String(e);
    });
    worker.on('exit', (code) => {
      if (settled) return;
      reason ??= `exit code ${code}`;
      settle();
    });
  });
}
