/**
 * The CLI's JSON report alone, in process: analyses a draft once, then writes
 * its report (`jsonChunks`, every piece encoded, none kept) round after round
 * and prints the CPU time of each. With `--against MODULE` (a copy of an
 * older `cli/format/json.ts`, or any module exporting `jsonChunks`) the two
 * writers alternate round by round, so a busy moment of a shared machine hits
 * both alike, and the run fails if their bytes differ (compared in the first
 * round, whose hashing is timed with it; later rounds hash nothing).
 * `--no-cmp` skips that comparison, for a variant that writes other bytes on
 * purpose (a writer with one step left out, to see what the step costs).
 *
 *   npx tsx scripts/bench/jsonreport.ts .bench/drafts/draft-1MB-s20261127-v1.md [rounds] [--against .scratch/json-old.ts] [--no-cmp]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/engine';
import type { FileResult } from '../../server/src/cli/check';
import { jsonChunks } from '../../server/src/cli/format/json';
import { buildLineIndex } from '../../server/src/lsp/positions';

/** A writer of the JSON report, as `cli/format/json.ts` exports it. */
type Writer = (files: FileResult[], cwd: string) => Iterable<Uint8Array>;

/** CPU milliseconds (user + system, the garbage collector's threads included), wall milliseconds, bytes and their digest of one report. */
function writeOnce(write: Writer, files: FileResult[], verify: boolean): { cpu: number; wall: number; bytes: number; digest: string } {
  const hash = verify ? createHash('sha256') : undefined;
  let bytes = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const piece of write(files, '/')) {
    bytes += piece.length;
    hash?.update(piece);
  }
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall, bytes, digest: hash?.digest('hex') ?? '' };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const noCmp = args.includes('--no-cmp');
  if (noCmp) args.splice(args.indexOf('--no-cmp'), 1);
  const against = args.indexOf('--against');
  const otherPath = against >= 0 ? args.splice(against, 2)[1] : undefined;
  const [file, count] = args;
  if (!file || (against >= 0 && !otherPath)) {
    console.error('usage: jsonreport.ts DRAFT [rounds] [--against MODULE] [--no-cmp]');
    process.exit(2);
  }
  const rounds = Number(count ?? 8);
  const text = readFileSync(file, 'utf8');
  const analysis = analyze(text);
  const findings = [...analysis.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const files: FileResult[] = [{ path: path.basename(file), text, bom: false, validUtf8: true, lines: buildLineIndex(text), analysis, findings, configIssues: [] }];
  const writers: [string, Writer][] = [['this', jsonChunks]];
  if (otherPath) {
    const other = (await import(path.resolve(otherPath))) as { jsonChunks: Writer };
    writers.push(['against', other.jsonChunks]);
  }
  const cpu = new Map<string, number[]>(writers.map(([name]) => [name, []]));
  console.log(`${file}: ${findings.length} findings, ${analysis.claims.length} claims, ${analysis.attributions.length} attributions`);
  for (let r = 0; r < rounds; r++) {
    // Alternate which writer goes first, so neither always runs after the other's garbage.
    const order = r % 2 ? [...writers].reverse() : writers;
    const seen: string[] = [];
    for (const [name, write] of order) {
      const m = writeOnce(write, files, r === 0);
      cpu.get(name)!.push(m.cpu);
      seen.push(m.digest);
      console.log(`round ${r + 1} ${name.padEnd(8)} ${m.cpu.toFixed(1).padStart(8)} ms CPU ${m.wall.toFixed(1).padStart(8)} ms wall  ${m.bytes} bytes`);
    }
    if (!noCmp && seen.some((d) => d !== seen[0])) {
      console.error('the writers wrote different bytes');
      process.exit(1);
    }
  }
  for (const [name, xs] of cpu) {
    const sorted = [...xs].sort((a, b) => a - b);
    console.log(`${name.padEnd(8)} CPU ms: min ${sorted[0]!.toFixed(1)}, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)}, first ${xs[0]!.toFixed(1)}`);
  }
}

void main();
