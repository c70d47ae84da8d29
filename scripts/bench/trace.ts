/**
 * One keystroke's way from the client to the server and back, step by step,
 * over the real stdio wire: the benchmark's typing (`keystrokes()` in
 * lsp.ts: the same draft, place and characters, a real client), with the
 * server traced by a preloaded module (`trace-hook.cjs`, which records the
 * steps the server publishes on its `sourcetrace:lsp` diagnostics channel,
 * its reads and writes and its garbage collections) and the client's reads
 * timed, all on one clock. Prints, per phase, the median, p95 and mean over
 * the keystrokes, so that where the time between a change and its
 * diagnostics goes can be read off (wall time: on a loaded machine the
 * phases include waiting for a core).
 *
 *   npx tsx scripts/bench/trace.ts DRAFT [keystrokes] [--pull] [--uncapped] [--server dist/server.js] [--node-args '--max-semi-space-size=64'] [--dump] [--slowest]
 *
 * `--uncapped` sets `sourcetrace.maxProblems` to 0, so that every diagnostic
 * is published (by default at most 1,000 are).
 * `--node-args` gives the server's node process more arguments (V8 flags
 * such as `--max-semi-space-size=64`, which V8 only takes at start).
 * `--dump` prints every keystroke's events as well. `--slowest` lists the
 * slowest 5 % of the keystrokes, each with its phases, the garbage
 * collections before its diagnostics were sent, and how many paragraphs the
 * engine analysed and replayed for it (the same typing replayed in this
 * process afterwards: those counts do not depend on timing). Build first
 * (`npm run build`): the server is `dist/server.js` unless given.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createIncrementalAnalyzer } from '../../server/src/engine';
import { keystrokes, TYPED, typingOffset, type KeystrokeSample } from './lsp';
import { percentile } from './proc';

const ROOT = path.resolve(__dirname, '../..');

/** [time, what, detail]: the hook's events and the client's reads. */
type Event = [number, string, number | null];

/** The phases of one keystroke, in milliseconds, and what the phase is. */
const PHASES = [
  ['sent → read by the server', 'the client writes the change, the server wakes and reads it'],
  ['read → change applied', 'the library parses and dispatches the notification; the document is updated'],
  ['change → analysis starts', 'the scheduler queues the analysis for a later turn of the event loop'],
  ['analysis', 'the engine (in slices, the connection read between them)'],
  ['analysis → result', 'the findings read (an incremental analysis makes them then) and their diagnostics made'],
  ['result → published', 'what to show (held back in a sentence being typed), handed to the writer'],
  ['published → encoded', 'encoding the message (the stdio writer encodes and writes in the call that sends it)'],
  ['encoded → client has it all', 'written to the pipe and read by the client'],
  ['client parse', 'from the last byte to the parsed message at the client'],
  ['total', 'the keystroke’s latency as the benchmark measures it'],
  ['garbage collection', 'the server’s collections within the keystroke (part of the phases above)'],
  ['of which major', 'full collections (mark-compact, and the steps that end an incremental marking)'],
  ['GC before the send', 'collections that started before the diagnostics were encoded (the rest ran while the client read them, e.g. at the server’s quiet point)'],
] as const;

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return false;
    args.splice(i, 1);
    return true;
  };
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const pull = flag('--pull');
  const dump = flag('--dump');
  const slowest = flag('--slowest');
  const uncapped = flag('--uncapped');
  const server = path.resolve(option('--server') ?? path.join(ROOT, 'dist/server.js'));
  const nodeArgs = option('--node-args')?.split(/\s+/).filter(Boolean) ?? [];
  const [file, count] = args;
  if (!file) {
    console.error('usage: trace.ts DRAFT [keystrokes] [--pull] [--uncapped] [--server dist/server.js] [--node-args ARGS] [--dump] [--slowest]');
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcetrace-trace-'));
  const traceFile = path.join(dir, 'server.json');
  const client: Event[] = [];
  void keystrokes({
    serverPath: server,
    rootDir: ROOT,
    file,
    count: Number(count ?? 100),
    timeoutMs: 60_000,
    budgetMs: 600_000,
    pull,
    ...(uncapped ? { settings: { maxProblems: 0 } } : {}),
    samples: true,
    nodeArgs: [...nodeArgs, '--require', path.join(__dirname, 'trace-hook.cjs')],
    env: { SOURCETRACE_TRACE_FILE: traceFile },
    opened: (s) => s.child.stdout?.on('data', (b: Buffer) => client.push([performance.timeOrigin + performance.now(), 'client-read', b.length])),
  })
    .then((r) => {
      const serverEvents = JSON.parse(readFileSync(traceFile, 'utf8')) as Event[];
      rmSync(dir, { recursive: true, force: true });
      const rows = report(r.samples ?? [], [...serverEvents, ...client].sort((a, b) => a[0] - b[0]), dump);
      if (slowest) reportSlowest(rows, paragraphCounts(file, rows.length));
      console.log(`${path.basename(file)}, ${r.mode}, ${r.keystrokes} keystrokes, ${r.published} diagnostics and ${(r.openBytes / 1024).toFixed(0)} KB per publish: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (wall time)`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}

/** One keystroke's phases (milliseconds, by the names of `PHASES`; a phase whose ends were not seen is absent). */
type KeystrokeRow = Partial<Record<(typeof PHASES)[number][0], number>>;

/** Splits the events by keystroke, prints the phases and returns each keystroke's. */
function report(samples: KeystrokeSample[], events: Event[], dump: boolean): KeystrokeRow[] {
  const rows: Record<string, number[]> = Object.fromEntries(PHASES.map(([name]) => [name, []]));
  const each: KeystrokeRow[] = [];
  for (const k of samples) {
    const mine = events.filter((e) => e[0] >= k.sentAt && e[0] <= k.arrivedAt);
    const at = (what: string, after = k.sentAt, version?: number) => mine.find((e) => e[1] === what && e[0] >= after && (version === undefined || e[2] === version))?.[0];
    const read = at('read');
    const change = at('change', k.sentAt, k.version);
    const start = at('analysis-start', k.sentAt, k.version);
    const end = at('analysis-end', k.sentAt, k.version);
    const result = at('result', k.sentAt, k.version);
    const published = at('published', k.sentAt, k.version);
    const encoded = published === undefined ? undefined : at('encode-end', published);
    const lastRead = mine.filter((e) => e[1] === 'client-read').pop()?.[0];
    const row: KeystrokeRow = {};
    each.push(row);
    const put = (name: (typeof PHASES)[number][0], from: number | undefined, to: number | undefined) => {
      if (from !== undefined && to !== undefined) {
        rows[name]!.push(to - from);
        row[name] = to - from;
      }
    };
    put('sent → read by the server', k.sentAt, read);
    put('read → change applied', read, change);
    put('change → analysis starts', change, start);
    put('analysis', start, end);
    put('analysis → result', end, result);
    put('result → published', result, published);
    put('published → encoded', published, encoded);
    put('encoded → client has it all', encoded, lastRead);
    put('client parse', lastRead, k.arrivedAt);
    const gcTime = (list: Event[]) => list.reduce((sum, e) => sum + (e[2] ?? 0), 0);
    const gcs = mine.filter((e) => e[1] === 'gc' || e[1] === 'gc-major');
    const sent = encoded ?? published ?? k.arrivedAt;
    put('total', k.sentAt, k.arrivedAt);
    put('garbage collection', 0, gcTime(gcs));
    put('of which major', 0, gcTime(gcs.filter((e) => e[1] === 'gc-major')));
    put('GC before the send', 0, gcTime(gcs.filter((e) => e[0] <= sent)));
    if (dump) {
      console.log(`— version ${k.version}`);
      for (const e of mine) console.log(`${(e[0] - k.sentAt).toFixed(2).padStart(9)}  ${e[1]}${e[2] === null ? '' : ` ${typeof e[2] === 'number' && e[1].startsWith('gc') ? e[2].toFixed(2) : e[2]}`}`);
      console.log(`${(k.arrivedAt - k.sentAt).toFixed(2).padStart(9)}  client has the diagnostics`);
    }
  }
  const total = rows['total']!;
  const meanOf = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  console.log(`${'phase (ms, wall)'.padEnd(30)} ${'n'.padStart(4)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'mean'.padStart(8)}  share of the mean total`);
  for (const [name, what] of PHASES) {
    const xs = rows[name]!;
    const mean = meanOf(xs);
    const share = name === 'total' ? '' : `${((100 * mean) / meanOf(total)).toFixed(0)} %`;
    console.log(`${name.padEnd(30)} ${String(xs.length).padStart(4)} ${percentile(xs, 50).toFixed(2).padStart(8)} ${percentile(xs, 95).toFixed(2).padStart(8)} ${mean.toFixed(2).padStart(8)}  ${share.padStart(5)}  ${what}`);
  }
  return each;
}

/** Per keystroke of the benchmark's typing into `file`: the paragraphs the engine analysed and those whose logs it replayed (in process, no server). */
function paragraphCounts(file: string, n: number): { analysed: number; replayed: number }[] {
  let text = readFileSync(file, 'utf8');
  const inc = createIncrementalAnalyzer();
  inc.analyze(text);
  let offset = typingOffset(text);
  const out: { analysed: number; replayed: number }[] = [];
  for (let k = 0; k < n; k++) {
    text = text.slice(0, offset) + TYPED.charAt(k % TYPED.length) + text.slice(offset);
    offset++;
    inc.analyze(text);
    out.push({ analysed: inc.stats.analysed, replayed: inc.stats.replayed ?? 0 });
  }
  return out;
}

/** Prints the slowest 5 % of the keystrokes (at least one), and what they have in common. */
function reportSlowest(rows: KeystrokeRow[], counts: { analysed: number; replayed: number }[]): void {
  const order = rows.map((_, k) => k).sort((a, b) => (rows[b]!.total ?? 0) - (rows[a]!.total ?? 0));
  const top = order.slice(0, Math.max(1, Math.round(rows.length / 20)));
  const more = (k: number) => (counts[k]?.analysed ?? 0) > 1;
  const gc = (k: number) => (rows[k]!['GC before the send'] ?? 0) > 0;
  const all = rows.length;
  console.log(`\nslowest ${top.length} of ${all} keystrokes (ms, wall): ${top.filter(more).length} analysed later paragraphs again (${rows.filter((_, k) => more(k)).length} of all), ${top.filter(gc).length} met a collection before the send (${rows.filter((_, k) => gc(k)).length} of all)`);
  const cell = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(1)).padStart(7);
  console.log(`${'keystroke'.padEnd(10)} ${'total'.padStart(7)} ${'read'.padStart(7)} ${'analysis'.padStart(8)} ${'GC sent'.padStart(7)} ${'wire'.padStart(7)} ${'parse'.padStart(7)}  paragraphs analysed / replayed`);
  for (const k of top) {
    const r = rows[k]!;
    console.log(`${String(k + 1).padEnd(10)} ${cell(r.total)} ${cell(r['sent → read by the server'])} ${cell(r.analysis).padStart(8)} ${cell(r['GC before the send'])} ${cell(r['encoded → client has it all'])} ${cell(r['client parse'])}  ${counts[k]?.analysed ?? '–'} / ${counts[k]?.replayed ?? '–'}`);
  }
}

main();
