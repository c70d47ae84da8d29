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
import type { AnalyzeFn } from './analysis';

interface Request {
  id: number;
  text: string;
  config: ResolvedConfig;
}

type Reply = { id: number; analysis: Analysis } | { id: number; error: string };

/** The worker side: answers analysis requests until the thread is terminated. */
export function serveAnalysisRequests(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalysisRequests must run in a worker thread');
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

  /** @param script the worker script: the bundled server itself. */
  constructor(private readonly script: string) {}

  /** Analyses a text in the worker. */
  readonly analyze: AnalyzeFn = (text, config) =>
    new Promise<Analysis>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.start().postMessage({ id, text, config } satisfies Request);
    });

  /** Stops the worker; pending analyses fail. */
  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    this.failAll(new Error('the analysis worker was stopped'));
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
