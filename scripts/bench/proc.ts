/**
 * Whole-process measurement: runs one command, times it from spawn to exit and
 * reads its peak resident set size, with a timeout that kills the whole process
 * group.
 *
 * Peak RSS and CPU time (user + system) come from GNU time
 * (`/usr/bin/time -f '%M %U %S'`) when the machine has it. Without it, every
 * command the benchmark runs is a Node process, so a small preload
 * (`rss-hook.cjs`, through NODE_OPTIONS) writes them from
 * `process.resourceUsage()` on exit instead. CPU time moves far less than wall
 * time when others load the machine, so it is reported beside it.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** The outcome of one run of a command. */
export interface ProcessRun {
  /** Wall-clock time from spawn to exit, in milliseconds. */
  wallMs: number;
  /** Peak resident set size in kilobytes, when it could be read. */
  maxRssKb?: number;
  /** CPU time, user plus system, in milliseconds, when it could be read. */
  cpuMs?: number;
  /** Exit code; null when the process was killed by a signal. */
  code: number | null;
  /** The signal that ended the process, if any. */
  signal: NodeJS.Signals | null;
  /** True when the run was killed because it exceeded the timeout. */
  timedOut: boolean;
  /** The last lines of standard error, for reporting failures. */
  stderrTail: string;
}

/** Options for `runMeasured`. */
export interface RunOptions {
  /** Kill the run after this many milliseconds. */
  timeoutMs: number;
  /** Where standard output goes; `/dev/null` when not given. */
  stdoutFile?: string;
  /** A scratch folder for the RSS report file. */
  scratchDir: string;
  cwd?: string;
}

const GNU_TIME = '/usr/bin/time';
const RSS_HOOK = path.join(__dirname, 'rss-hook.cjs');
let runCounter = 0;

/** True when GNU time is available to report peak RSS. */
export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Runs `argv` once and measures it. Never throws for a failing command: the run records it. */
export async function runMeasured(argv: string[], opts: RunOptions): Promise<ProcessRun> {
  const rssFile = path.join(opts.scratchDir, `rss-${process.pid}-${runCounter++}.txt`);
  const gnu = hasGnuTime();
  const cmd = gnu ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, ...argv] : argv;
  const env = gnu
    ? process.env
    : { ...process.env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --require ${RSS_HOOK}`.trim(), BENCH_RSS_FILE: rssFile };
  const out = openSync(opts.stdoutFile ?? '/dev/null', 'w');
  const stderr: Buffer[] = [];
  let stderrBytes = 0;
  const started = process.hrtime.bigint();
  const child = spawn(cmd[0] as string, cmd.slice(1), {
    cwd: opts.cwd,
    env,
    stdio: ['ignore', out, 'pipe'],
    // Its own process group, so a timeout can kill the command and its children.
    detached: true,
  });
  child.stderr?.on('data', (b: Buffer) => {
    // Keep only the tail: a failing peer can print megabytes.
    stderr.push(b);
    stderrBytes += b.length;
    while (stderrBytes > 8192 && stderr.length > 1) stderrBytes -= (stderr.shift() as Buffer).length;
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // The group is already gone.
    }
  }, opts.timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.on('error', () => resolve([127, null]));
    child.on('close', (c, s) => resolve([c, s]));
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  clearTimeout(timer);
  closeSync(out);
  let maxRssKb: number | undefined;
  let cpuMs: number | undefined;
  try {
    const text = await readFile(rssFile, 'utf8');
    // GNU time writes "Command exited with non-zero status N" before its line.
    const [rss, user, sys] = (text.trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (rss !== undefined && Number.isFinite(rss) && rss > 0) maxRssKb = rss;
    if (user !== undefined && sys !== undefined && Number.isFinite(user + sys)) cpuMs = (user + sys) * 1000;
  } catch {
    // No report: the process was killed before it could write one.
  }
  await rm(rssFile, { force: true });
  let stderrTail = Buffer.concat(stderr).toString('utf8').trim().split('\n').slice(-5).join('\n');
  // GNU time reports a non-zero exit on stderr too; that is not the command's own message.
  stderrTail = stderrTail.replace(/^Command (exited with non-zero status|terminated by signal) \d+$/gm, '').trim();
  // Under GNU time a killed command shows up as an exit status of 128 + signal.
  return { wallMs, maxRssKb: timedOut ? undefined : maxRssKb, cpuMs: timedOut ? undefined : cpuMs, code: timedOut ? null : code, signal: timedOut ? 'SIGKILL' : signal, timedOut, stderrTail };
}

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The `p`-th percentile (0–100) of a non-empty list, nearest-rank. */
export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1] as number;
}
