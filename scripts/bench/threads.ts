/**
 * Where a process's CPU time goes, thread by thread (Linux only): runs a
 * command with its output to /dev/null, reads `/proc/PID/task/TID/stat` of
 * each of its threads every 10 ms, and prints each thread's CPU time (user +
 * system, as last seen: a thread's last 10 ms can be missed), grouped as the
 * main thread, the worker threads that ran JavaScript (analysis workers), and
 * the threads Node starts with the process (V8's platform threads, which run
 * the optimising compiler and the garbage collector's background work, and
 * libuv's); and the process's own total from `/proc/PID/stat` as last seen.
 *
 *   npx tsx scripts/bench/threads.ts -- node dist/cli.js check DIR --format json
 *   SOURCETRACE_THREADS=1 npx tsx scripts/bench/threads.ts -- node --always-sparkplug dist/cli.js check DIR --format json
 *
 * Node 20 names V8's platform threads after the process, as it does a worker
 * thread, so the threads that run JavaScript say who they are: a preload
 * (`thread-hook.cjs`, through NODE_OPTIONS; worker threads inherit it)
 * writes each one's OS thread id and role to a file. Every other thread is a
 * helper: V8's platform threads (the optimising compiler, the garbage
 * collector's background work) and libuv's.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Clock ticks per second of `/proc` times (`getconf CLK_TCK`; 100 on Linux). */
const TICKS = 100;

/** A thread of the run: its name and the CPU ticks last read for it. */
interface ThreadSeen {
  tid: number;
  name: string;
  ticks: number;
}

/** Fields after the parenthesised name of a `stat` line: field N of proc(5) is at index N − 3. */
function fieldsOf(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

const HOOK = path.join(__dirname, 'thread-hook.cjs');

/** user + system ticks from a `stat` line (fields 14 and 15). */
function ticksOf(stat: string): number {
  const rest = fieldsOf(stat);
  return Number(rest[11]) + Number(rest[12]);
}

function sample(pid: number, seen: Map<number, ThreadSeen>): number | undefined {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  for (const t of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
      const tid = Number(t);
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const known = seen.get(tid);
      const ticks = ticksOf(stat);
      if (known) known.ticks = Math.max(known.ticks, ticks);
      else seen.set(tid, { tid, name, ticks });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  try {
    return ticksOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

function main(): void {
  const dash = process.argv.indexOf('--');
  const command = dash >= 0 ? process.argv.slice(dash + 1) : [];
  if (command.length === 0) {
    console.error('usage: threads.ts -- COMMAND [ARGS…]');
    process.exit(2);
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-threads-'));
  const rolesFile = path.join(scratch, 'roles');
  const env = { ...process.env, BENCH_THREADS_FILE: rolesFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${HOOK}`.trim() };
  const t0 = performance.now();
  const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env });
  const pid = child.pid!;
  const seen = new Map<number, ThreadSeen>();
  let total = 0;
  const timer = setInterval(() => {
    total = sample(pid, seen) ?? total;
  }, 10);
  child.on('exit', (code) => {
    clearInterval(timer);
    const wall = performance.now() - t0;
    const threads = [...seen.values()].sort((a, b) => a.tid - b.tid);
    const roles = new Map<number, string>();
    try {
      for (const line of readFileSync(rolesFile, 'utf8').trim().split('\n')) {
        const [tid, role] = line.split(' ');
        roles.set(Number(tid), role!);
      }
    } catch {
      // No thread ran the preload (not a Node command).
    }
    rmSync(scratch, { recursive: true, force: true });
    const group = (t: ThreadSeen): string => roles.get(t.tid) ?? 'helpers';
    const groups = new Map<string, { ms: number; count: number }>();
    for (const t of threads) {
      const g = groups.get(group(t)) ?? { ms: 0, count: 0 };
      g.ms += (t.ticks * 1000) / TICKS;
      g.count++;
      groups.set(group(t), g);
    }
    console.log(`exit ${code}, wall ${wall.toFixed(0)} ms, process CPU as last seen ${((total * 1000) / TICKS).toFixed(0)} ms`);
    for (const [name, g] of groups) console.log(`  ${name.padEnd(12)} ${String(g.count).padStart(3)} thread(s) ${g.ms.toFixed(0).padStart(7)} ms`);
    for (const t of threads) if (t.ticks > 0) console.log(`    ${String(t.tid).padStart(8)} ${group(t).padEnd(8)} ${t.name.padEnd(16)} ${((t.ticks * 1000) / TICKS).toFixed(0).padStart(7)} ms`);
  });
}

main();
