/**
 * One large draft checked on two threads: a worker runs the attribution
 * stage through the draft, block by block, and posts the results in batches;
 * the main thread classifies and checks each batch as it arrives and makes
 * the report (`engine/pipeline.ts` says why the work is cut this way). Each
 * thread prepares the draft itself (the prose view, sentences, directives),
 * at the same time, so nothing large is copied between them: only the
 * attribution stage's results, and the source entities at the end.
 *
 * The analysis is `analyze(text)` byte for byte, so the report is the one a
 * single thread makes. A worker that cannot start or that stops costs only
 * time: the main thread then analyses the draft on its own.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { BlockResult } from '../engine/attribution';
import type { Analysis, ResolvedConfig, SourceEntity } from '../engine';
import { createAssembler, createAttributor, type Assembler } from '../engine/pipeline';
import { FAULT_ENV, forcedThreads, workerScript } from './pool';

/** Marks a worker started by {@link analyzeOnTwoThreads}. */
const SPLIT_TAG = 'sourcetrace-attribution-worker';

/** The worker posts its results about every this many code units of draft. */
const BATCH_LENGTH = 64 * 1024;

/** What the attribution worker is started with. */
interface SplitInput {
  tag: typeof SPLIT_TAG;
  text: string;
  config: ResolvedConfig;
  /** For tests (`SOURCETRACE_THREAD_FAULT=exit`, as in pool.ts): the worker exits with code 70 before its first result. */
  fault?: string;
}

/** What the attribution worker posts: the next blocks' results, then the source entities. */
type SplitMessage = { found: BlockResult[] } | { entities: SourceEntity[] };

function isSplitInput(data: unknown): data is SplitInput {
  return typeof data === 'object' && data !== null && (data as { tag?: unknown }).tag === SPLIT_TAG;
}

/**
 * When this thread is an attribution worker, runs the attribution stage over
 * its draft, posting the results as it goes, and returns true; the entry
 * point then does nothing else.
 */
export function serveIfSplitWorker(): boolean {
  if (isMainThread || !parentPort || !isSplitInput(workerData)) return false;
  const port = parentPort;
  const { text, config, fault } = workerData;
  if (fault === 'exit') process.exit(70);
  const attributor = createAttributor(text, { config });
  const n = attributor.blocks;
  for (let from = 0; from < n; ) {
    const limit = (from > 0 ? attributor.blockEnd(from - 1) : 0) + BATCH_LENGTH;
    let to = from + 1;
    while (to < n && attributor.blockEnd(to) <= limit) to++;
    port.postMessage({ found: attributor.attribute(to) } satisfies SplitMessage);
    from = to;
  }
  port.postMessage({ entities: attributor.entities } satisfies SplitMessage);
  return true;
}

/**
 * True when one draft is to be split between two threads: only when
 * `SOURCETRACE_THREADS` asks for 2 or more. It is not chosen by itself: on
 * the benchmark's machine (2 cores, idle) the 10 MB draft took 8.2–8.6 s on
 * one thread and 8.8–9.0 s on two, with 10 s of CPU against 13–14 s and peak
 * memory 470–520 MB against 700–740 MB (1 MB: 1.5–1.6 s against 1.9 s): the
 * second thread prepares the draft again and warms up its own engine, and
 * V8's helper threads (compiler, garbage collector) then have no idle core.
 * It may pay on a machine with more cores; measure there before asking for it.
 */
export function splitWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return (forcedThreads(env) ?? 0) >= 2;
}

/**
 * The analysis of one draft made on two threads, or undefined when the
 * worker could not start or stopped before it was done (the caller then
 * analyses the draft itself). Throws what the engine throws on this thread.
 */
export function analyzeOnTwoThreads(text: string, config: ResolvedConfig, env: NodeJS.ProcessEnv = process.env): Promise<Analysis | undefined> {
  const script = workerScript();
  if (!script) return Promise.resolve(undefined);
  const fault = env[FAULT_ENV];
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: { tag: SPLIT_TAG, text, config, ...(fault ? { fault } : {}) } satisfies SplitInput });
  } catch {
    return Promise.resolve(undefined);
  }
  // The worker starts and prepares the draft while this thread prepares it too.
  let assembler: Assembler;
  try {
    assembler = createAssembler(text, { config });
  } catch (e) {
    // The worker's work would go nowhere, and it would keep the process alive until done.
    void worker.terminate();
    throw e;
  }
  return new Promise<Analysis | undefined>((resolve, reject) => {
    let settled = false;
    const settle = (run: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      run();
    };
    worker.on('message', (m: SplitMessage) => {
      if (settled) return;
      try {
        if ('found' in m) assembler.add(m.found);
        else {
          const analysis = assembler.finish(m.entities);
          settle(() => resolve(analysis));
        }
      } catch (e) {
        settle(() => reject(e));
      }
    });
    worker.on('error', () => settle(() => resolve(undefined)));
    worker.on('exit', () => settle(() => resolve(undefined)));
  });
}
