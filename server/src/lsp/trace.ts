/**
 * Where a keystroke is in the server, for a benchmark that traces it: each
 * step (the change applied, the analysis started and ended, the result made,
 * the diagnostics sent, a publish encoded) is published on a Node
 * diagnostics channel, `sourcetrace:lsp`, with the time it happened. Nothing
 * is made when no one subscribes (the usual case: the check is one property
 * read). `scripts/bench/trace.ts` subscribes from a preloaded module and
 * lines the steps up with what the client saw.
 */
import { channel } from 'node:diagnostics_channel';

/** One step of a keystroke's way through the server. */
export interface TraceEvent {
  /** What just happened (`published`: the diagnostics are handed to the writer, which encodes and writes them; `quiet`: nothing is queued; `collected`: the young generation was collected then, see collector.ts). */
  step: 'change' | 'analysis-start' | 'analysis-slice' | 'analysis-end' | 'result' | 'published' | 'encode-start' | 'encode-end' | 'quiet' | 'collected';
  /** `performance.timeOrigin + performance.now()` when it happened: milliseconds, comparable across processes. */
  at: number;
  uri?: string;
  version?: number;
  /** Bytes, for an encoded message. */
  bytes?: number;
}

/** The channel the steps are published on. */
export const TRACE_CHANNEL = 'sourcetrace:lsp';

const steps = channel(TRACE_CHANNEL);

/** Publishes a step when someone listens. */
export function trace(step: TraceEvent['step'], uri?: string, version?: number, bytes?: number): void {
  if (!steps.hasSubscribers) return;
  const event: TraceEvent = { step, at: performance.timeOrigin + performance.now() };
  if (uri !== undefined) event.uri = uri;
  if (version !== undefined) event.version = version;
  if (bytes !== undefined) event.bytes = bytes;
  steps.publish(event);
}
