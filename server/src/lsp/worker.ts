/**
 * Analysis in a worker thread, so that the language server's connection is
 * never blocked by the engine: while a long draft is analysed, the main thread
 * keeps reading changes, requests and cancellations. The engine is pure and its
 * results are plain data, so they cross the thread boundary as they are.
 *
 * The bundled server is its own worker script: `server.ts` calls
 * {@link serveAnalysisRequests} when it is not the main thread.
 */
import { parentPort, Worker } from 'node:worker_threads';
import { analyze, type ResolvedConfig } from '../engine';
import type { Analysis } from '../engine/types';
import { WARM_UP_DRAFT } from '../warmup';
import type { AnalyzeFn } from './analysis';

interface Request {
  id: number;
  text: string;
  config: ResolvedConfig;
}

type Reply = { id: number; analysis: Analysis } | { id: number; error: string };

/**
 * Runs the engine once on a small draft, so that what it builds on first use
 * (the lexicon, compiled patterns, optimised code) is ready before the first
 * real draft arrives.
 */
function warmUp(): void {
  try {
    analyze(WARM_UP_DRAFT);
  } catch {
    // A failure here shows again, and is reported, on the first real analysis.
  }
}

/** The worker side: answers analysis requests until the thread is terminated. */
export function serveAnalysisRequests(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalysisRequests must run in a worker thread');
  warmUp();
  port.on('message', (m: Request) => {
    let reply: Reply;
    try {
      reply = { id: m.id, analysis: analyze(m.text, { config: m.config }) };
    } catch (e) {
      reply = { id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply);
  });
}

/**
 * The main-thread side: one worker, started on first use and started again if
 * it dies (the pending analyses then fail and are retried by the scheduler's
 * next change).
 */
export class AnalysisWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(a: Analysis): void; reject(e: Error): void }>();
  /** Set by {@link release}: stop the worker once its pending analyses are done. */
  private releasing = false;

  /** @param script the worker script: the bundled server itself. */
  constructor(private readonly script: string) {}

  /** Analyses a text in the worker. */
  readonly analyze: AnalyzeFn = (text, config) =>
    new Promise<Analysis>((resolve, reject) => {
      const id = this.nextId++;
      this.releasing = false;
      this.pending.set(id, { resolve, reject });
      this.start().postMessage({ id, text, config } satisfies Request);
    });

  /**
   * Starts the worker now rather than on the first analysis, so that loading
   * the engine overlaps the server's own start-up and handshake.
   */
  prestart(): void {
    this.releasing = false;
    this.start();
  }

  /**
   * Stops the worker once it has no analysis left to finish, giving its heap
   * back (the server calls this when no document is open). The next analysis
   * starts it again.
   */
  release(): void {
    this.releasing = true;
    if (this.pending.size === 0) this.stop();
  }

  /** True while a worker thread is running (or starting). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Stops the worker; pending analyses fail. */
  dispose(): void {
    this.stop();
    this.failAll(new Error('the analysis worker was stopped'));
  }

  private stop(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script);
    // The worker must never keep the server alive after its connection ends.
    w.unref();
    w.on('message', (reply: Reply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.analysis);
      if (this.releasing && this.pending.size === 0) this.stop();
    });
    w.on('error', (e) => this.crashed(w, e));
    w.on('exit', (code) => this.crashed(w, new Error(`the analysis worker exited with code ${code}`)));
    this.worker = w;
    return w;
  }

  private crashed(w: Worker, e: Error): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    this.failAll(e);
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}
