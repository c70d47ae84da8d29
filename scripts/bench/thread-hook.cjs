/**
 * Preload for `threads.ts` (through NODE_OPTIONS=--require): each thread
 * that runs JavaScript (the main thread and every worker thread, which
 * inherits the preload) appends its OS thread id and its role to the file
 * named by BENCH_THREADS_FILE, so that the sampler can tell a worker from
 * V8's helper threads, which Node names alike.
 */
'use strict';
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.BENCH_THREADS_FILE;
if (file) {
  try {
    const tid = fs.readlinkSync('/proc/thread-self').split('/').pop();
    fs.appendFileSync(file, `${tid} ${isMainThread ? 'main' : 'worker'}\n`);
  } catch {
    // Not Linux, or no /proc: the sampler then labels threads by their start.
  }
}
