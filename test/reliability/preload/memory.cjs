/**
 * A `--require` preload for the memory test (memory.test.ts), for a server
 * started with `node --expose-gc`: on SIGUSR2 the process collects garbage
 * and appends one JSON line to the file named by ST_MEMORY with its heap in
 * use, its resident set and how many worker threads it has alive. It changes
 * nothing else the process does.
 */
'use strict';
const fs = require('node:fs');
const threads = require('node:worker_threads');
const out = process.env.ST_MEMORY;
if (out && threads.isMainThread && typeof global.gc === 'function') {
  let alive = 0;
  // Count worker threads as they start and exit: the server's analysis
  // worker has a heap of its own, which this thread's figures do not show.
  const Base = threads.Worker;
  threads.Worker = class CountedWorker extends Base {
    constructor(...args) {
      super(...args);
      alive++;
      this.once('exit', () => alive--);
    }
  };
  process.on('SIGUSR2', () => {
    // Several full collections: one can leave garbage that a finaliser frees.
    for (let i = 0; i < 3; i++) global.gc();
    const m = process.memoryUsage();
    fs.appendFileSync(out, JSON.stringify({ heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, rss: m.rss, workers: alive }) + '\n');
  });
}
