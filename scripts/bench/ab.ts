/**
 * Interleaved A/B runs of whole commands: each repetition runs every variant
 * once, in turn (the order rotating from one repetition to the next), so a
 * busy moment of a shared machine hits all of them alike. Prints each run's
 * wall time, CPU time (user + system) and peak RSS, the load average before
 * and after, and per variant the median and the runs; with `--cmp`, fails when
 * the variants' standard outputs differ (each run's output is compared with
 * the first run's).
 *
 *   npx tsx scripts/bench/ab.ts --reps 3 --cmp -- \
 *     base node dist/cli.js check DIR --format json --- \
 *     sparkplug node --always-sparkplug dist/cli.js check DIR --format json
 *
 * A variant is a label and a command, variants are separated by `---`; an
 * environment variable is set with `env NAME=VALUE` before the command.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, runMeasured } from './proc';

/** One command under test. */
interface Variant {
  label: string;
  argv: string[];
  wall: number[];
  cpu: number[];
  rss: number[];
}

function parse(args: string[]): { reps: number; cmp: boolean; timeoutS: number; variants: Variant[] } {
  const dash = args.indexOf('--');
  const options = dash >= 0 ? args.slice(0, dash) : args;
  const rest = dash >= 0 ? args.slice(dash + 1) : [];
  const value = (name: string, fallback: number) => {
    const i = options.indexOf(name);
    return i >= 0 ? Number(options[i + 1]) : fallback;
  };
  const variants: Variant[] = [];
  let current: string[] = [];
  for (const a of [...rest, '---']) {
    if (a !== '---') current.push(a);
    else if (current.length) {
      if (current.length < 2) throw new Error(`variant "${current[0]}" has no command`);
      variants.push({ label: current[0]!, argv: current.slice(1), wall: [], cpu: [], rss: [] });
      current = [];
    }
  }
  return { reps: value('--reps', 3), cmp: options.includes('--cmp'), timeoutS: value('--timeout', 300), variants };
}

async function main(): Promise<void> {
  const { reps, cmp, timeoutS, variants } = parse(process.argv.slice(2));
  if (variants.length === 0 || !(reps >= 1)) {
    console.error('usage: ab.ts [--reps N] [--cmp] [--timeout S] -- LABEL COMMAND… [--- LABEL COMMAND…]…');
    process.exit(2);
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-ab-'));
  const loads = [os.loadavg()[0]!];
  let firstDigest: string | undefined;
  let differs = false;
  console.log(`${new Date().toISOString()} load average ${loads[0]!.toFixed(2)}`);
  for (let r = 0; r < reps; r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + r) % variants.length]!;
      const stdoutFile = path.join(scratch, 'out');
      const run = await runMeasured(v.argv, { timeoutMs: timeoutS * 1000, stdoutFile, scratchDir: scratch });
      v.wall.push(run.wallMs);
      if (run.cpuMs !== undefined) v.cpu.push(run.cpuMs);
      if (run.maxRssKb !== undefined) v.rss.push(run.maxRssKb / 1024);
      let note = '';
      if (cmp) {
        const digest = createHash('sha256').update(readFileSync(stdoutFile)).digest('hex');
        firstDigest ??= digest;
        if (digest !== firstDigest) {
          differs = true;
          note = '  OUTPUT DIFFERS';
        }
      }
      const load = os.loadavg()[0]!;
      loads.push(load);
      console.log(
        `rep ${r + 1} ${v.label.padEnd(14)} wall ${(run.wallMs / 1000).toFixed(2)} s  cpu ${run.cpuMs === undefined ? '?' : (run.cpuMs / 1000).toFixed(2)} s  rss ${run.maxRssKb === undefined ? '?' : (run.maxRssKb / 1024).toFixed(0)} MB  exit ${run.code}  load ${load.toFixed(1)}${note}`,
      );
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  console.log(`${new Date().toISOString()} load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during the runs`);
  const list = (xs: number[], digits: number) => xs.map((x) => x.toFixed(digits)).join(' / ');
  for (const v of variants) {
    const s = (xs: number[]) => (xs.length ? median(xs) : NaN);
    console.log(
      `${v.label.padEnd(14)} median wall ${(s(v.wall) / 1000).toFixed(2)} s (${list(v.wall.map((x) => x / 1000), 2)}), cpu ${(s(v.cpu) / 1000).toFixed(2)} s (${list(v.cpu.map((x) => x / 1000), 2)}), rss ${s(v.rss).toFixed(0)} MB`,
    );
  }
  if (differs) {
    console.error('ab: the outputs differ');
    process.exitCode = 1;
  }
}

void main();
