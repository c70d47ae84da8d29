// Preloaded (`node --require`) into the language server by
// scripts/bench/trace.ts: records, with times comparable across processes
// (`performance.timeOrigin + performance.now()`), what the server reads from
// stdin, what it writes to stdout, its garbage collections and the steps it
// publishes on the `sourcetrace:lsp` diagnostics channel (server/src/lsp/trace.ts),
// and writes them as JSON to the file named by SOURCETRACE_TRACE_FILE on exit.
'use strict';
const fs = require('node:fs');
const { subscribe } = require('node:diagnostics_channel');
const { PerformanceObserver } = require('node:perf_hooks');

const file = process.env.SOURCETRACE_TRACE_FILE;
if (file) {
  /** [time, what, detail] */
  const events = [];
  const now = () => performance.timeOrigin + performance.now();
  subscribe('sourcetrace:lsp', (e) => events.push([e.at, e.step, e.version ?? e.bytes ?? null]));
  process.stdin.on('data', (b) => events.push([now(), 'read', b.length]));
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const result = write(chunk, ...rest);
    // When the write returned: a pipe is written synchronously, so the bytes are in it (or in the reader's hands).
    events.push([now(), 'written', chunk.length]);
    return result;
  };
  new PerformanceObserver((list) => {
    // A scavenge of the young generation is 'gc'; a full mark-compact (major, or the end of an incremental marking) is 'gc-major'.
    for (const e of list.getEntries()) events.push([performance.timeOrigin + e.startTime, e.detail && e.detail.kind === 1 ? 'gc' : 'gc-major', e.duration]);
  }).observe({ entryTypes: ['gc'] });
  process.on('exit', () => {
    try {
      fs.writeFileSync(file, JSON.stringify(events));
    } catch {
      // Tracing must never change how the server ends.
    }
  });
}
