/**
 * The benchmark's results as data, and their rendering as Markdown tables for
 * the terminal and for docs/performance.md, with each target of the
 * performance issue marked met or missed.
 */
import type { ColdStart, KeystrokeResult, MemoryResult } from './lsp';
import { median } from './proc';
import type { ProfileSummary } from './profile';
import { mbPerSecond, STAGES, type ScalingResult, type StageResult } from './stages';

/** The repeated runs of one tool on one draft. */
export interface Cell {
  /** Wall times of the finished runs, in milliseconds. */
  runs: number[];
  /** CPU times (user + system) of the finished runs, in milliseconds. */
  cpuMs: number[];
  /** Peak RSS of the finished runs, in kilobytes. */
  rssKb: number[];
  /** True when a run hit the timeout (later repetitions are then skipped). */
  timedOut: boolean;
  /** Why a run failed, when it did. */
  failed?: string;
  /** What the tool reported, counted from its output of the first run. */
  findings?: number;
}

/** Everything one benchmark run measured. */
export interface BenchResults {
  meta: {
    date: string;
    node: string;
    cpus: number;
    cpuModel: string;
    os: string;
    commit: string;
    command: string;
    quick: boolean;
    reps: number;
    timeoutS: number;
    /** The 1-minute load average when the run started: a shared machine shows here. */
    loadAverage: number;
    peakRss: 'GNU time' | 'process.resourceUsage';
  };
  process?: {
    sizes: { label: string; bytes: number }[];
    tools: { id: string; label: string }[];
    cells: Record<string, Record<string, Cell>>;
  };
  corpus?: { count: number; bytesEach: number; totalBytes: number; cell: Cell };
  stages?: StageResult[];
  scaling?: ScalingResult[];
  lsp?: {
    cold?: ColdStart & { label: string; runs: number[] };
    keystrokes: (KeystrokeResult & { label: string })[];
    memory: (MemoryResult & { label: string })[];
  };
  profile?: ProfileSummary & { label: string };
  /** When each section was measured (ISO dates): sections of a merged run come from different runs. */
  sections: Record<string, string>;
  /** Sections that could not run, and why. */
  notes: string[];
}

/** "84 ms", "1.27 s". */
export function fmtMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

function fmtMb(kb: number): string {
  return `${Math.round(kb / 1024)} MB`;
}

/** A byte count in KB (MB = 2^20 bytes above 10 MB), as the payload of a publish. */
function fmtKb(bytes: number): string {
  return bytes >= 10 * 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
}

/** The median wall time of a cell, or undefined when it has none. */
export function cellMs(c: Cell | undefined): number | undefined {
  return c && c.runs.length && !c.timedOut && !c.failed ? median(c.runs) : undefined;
}

function fmtCell(c: Cell | undefined, timeoutS: number): string {
  if (!c) return '–';
  if (c.timedOut) return `> ${timeoutS} s`;
  if (c.failed) return `failed: ${c.failed.replace(/\|/g, '/').replace(/\s+/g, ' ').slice(0, 60)}`;
  if (!c.runs.length) return '–';
  const cpu = c.cpuMs?.length ? ` (cpu ${fmtMs(median(c.cpuMs))})` : '';
  const rss = c.rssKb.length ? ` · ${fmtMb(median(c.rssKb))}` : '';
  return `${fmtMs(median(c.runs))}${cpu}${rss}`;
}

/** The median CPU time of a finished cell, or undefined. */
function cellCpu(c: Cell | undefined): number | undefined {
  return c && c.cpuMs?.length && !c.timedOut && !c.failed ? median(c.cpuMs) : undefined;
}

/**
 * `peer / sourcetrace` as "31×", or "> 95×" when the peer timed out (its time
 * is then at least the timeout, wall or CPU alike for a single-threaded peer).
 */
function fmtRatio(num: Cell | undefined, den: Cell | undefined, timeoutS: number, metric: (c: Cell | undefined) => number | undefined = cellMs): string {
  const d = metric(den);
  if (d === undefined || !num) return '–';
  if (num.timedOut) return metric === cellMs ? `> ${Math.floor((timeoutS * 1000) / d)}×` : '–';
  const n = metric(num);
  if (n === undefined) return '–';
  const r = n / d;
  return r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`;
}

function table(head: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const sep = head.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '--:' : ':--'));
  return [head, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** One target of the performance issue and whether the run met it. */
interface Target {
  what: string;
  target: string;
  measured: string;
  met: boolean | undefined;
}

function targets(r: BenchResults): Target[] {
  const t: Target[] = [];
  const cells = r.process?.cells;
  const st10 = cells?.['sourcetrace']?.['10MB'];
  const st10ms = cellMs(st10);
  t.push({ what: '10 MB draft, CLI, whole process', target: '≤ 1 s', measured: st10 ? fmtCell(st10, r.meta.timeoutS) : 'not measured', met: st10ms === undefined ? undefined : st10ms <= 1000 });
  for (const [peer, want] of [['textlint', 25], ['retext', 75]] as const) {
    const p = cells?.[peer]?.['10MB'];
    const pm = p?.timedOut ? r.meta.timeoutS * 1000 : cellMs(p);
    const ratio = pm !== undefined && st10ms !== undefined ? pm / st10ms : undefined;
    t.push({
      what: `10 MB: faster than ${peer}, same run`,
      target: `≥ ${want}×`,
      measured: ratio === undefined ? 'not measured' : `${p?.timedOut ? '> ' : ''}${ratio.toFixed(1)}×`,
      met: ratio === undefined ? undefined : ratio >= want,
    });
  }
  for (const [label, limit] of [['10k words', 10], ['100KB', 10], ['1MB', 30]] as const) {
    // The worse of push and pull over stdio (the target's transport) with the default settings: an editor may use either.
    const k = r.lsp?.keystrokes.filter((x) => x.label === label && x.transport !== 'ipc' && !x.settings).sort((a, b) => b.p95 - a.p95)[0];
    t.push({
      what: `keystroke → diagnostics p95, ${label === '10k words' ? '10,000-word draft' : label.replace('KB', ' KB').replace('MB', ' MB')}`,
      target: `≤ ${limit} ms`,
      measured: k ? `${fmtMs(k.p95)} (${k.mode})` : 'not measured',
      met: k ? k.p95 <= limit : undefined,
    });
  }
  const cold = r.lsp?.cold;
  t.push({ what: 'cold start to first diagnostics, 5 KB', target: '≤ 300 ms', measured: cold && cold.label === '5KB' ? fmtMs(cold.firstDiagnosticsMs) : 'not measured', met: cold && cold.label === '5KB' ? cold.firstDiagnosticsMs <= 300 : undefined });
  const mem10 = r.lsp?.memory.find((x) => x.label === '10MB');
  // A server that answered 10 MB with one note instead of an analysis has not shown its memory with the draft analysed.
  const refused = mem10 !== undefined && mem10.complete && mem10.firstMessage !== undefined;
  const analysed = r.lsp?.memory.filter((x) => x.label !== '10MB' && x.complete && x.firstMessage === undefined).pop();
  t.push({
    what: 'server RSS with a 10 MB draft open',
    target: '≤ 150 MB',
    measured: mem10
      ? `${fmtMb(mem10.rssKb)} (peak ${fmtMb(mem10.peakRssKb)})${mem10.complete ? '' : `, still analysing after ${r.meta.timeoutS} s`}${
          refused ? `, but the server did not analyse it${analysed ? `; with ${analysed.label} analysed: ${fmtMb(analysed.rssKb)}` : ''}` : ''
        }`
      : 'not measured',
    // A server that has not finished (or declined) has not shown its memory with the draft analysed: only a miss counts.
    met: mem10 ? (mem10.complete && !refused ? mem10.rssKb <= 150 * 1024 : mem10.peakRssKb > 150 * 1024 || (analysed && analysed.rssKb > 150 * 1024) ? false : undefined) : undefined,
  });
  const corpus = r.corpus;
  const cm = cellMs(corpus?.cell);
  const full = corpus?.count === 1000;
  t.push({ what: '1,000 drafts of 5 KB, one CLI call', target: '≤ 3 s', measured: corpus && full ? fmtCell(corpus.cell, r.meta.timeoutS) : 'not measured', met: full && cm !== undefined ? cm <= 3000 : undefined });
  return t;
}

/** When the server answered a draft with one or two diagnostics, what the first said (a refusal shows here). */
function declined(m: MemoryResult): string {
  return m.firstMessage ? `; ${m.diagnostics} diagnostic${m.diagnostics === 1 ? '' : 's'}: “${m.firstMessage.replace(/\|/g, '/').slice(0, 140)}”` : '';
}

/** Renders the results as Markdown. */
export function renderMarkdown(r: BenchResults): string {
  const out: string[] = [];
  const m = r.meta;
  out.push(`Measured ${m.date} on ${m.cpus} × ${m.cpuModel}, Node ${m.node}, ${m.os}, commit \`${m.commit}\`; load average ${m.loadAverage.toFixed(2)} at the start.`);
  out.push('');
  const dates = [...new Set(Object.values(r.sections))];
  if (dates.length > 1) {
    out.push(`Merged from ${dates.length} runs: ${Object.entries(r.sections).map(([s, d]) => `${s} ${d}`).join(', ')}; the machine above and the command below are those of the last.`);
    out.push('');
  }
  out.push(`Command: \`${m.command}\`${m.quick ? ' (quick smoke run: small drafts, figures are not comparable with the targets)' : ''}. Whole-process figures are the median of ${m.reps} interleaved runs, with a timeout of ${m.timeoutS} s per run; peak RSS from ${m.peakRss}.`);
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push(table(['what', 'target', 'measured', 'met'], targets(r).map((t) => [t.what, t.target, t.measured, t.met === undefined ? '–' : t.met ? 'yes' : '**no**']), ['l', 'l', 'r', 'l']));
  out.push('');
  if (r.process) {
    const p = r.process;
    out.push('### Whole process: median wall time (CPU time) · peak RSS');
    out.push('');
    const head = ['tool', ...p.sizes.map((s) => s.label.replace('KB', ' KB').replace('MB', ' MB'))];
    const rows = p.tools.map((t) => [t.id, ...p.sizes.map((s) => fmtCell(p.cells[t.id]?.[s.label], m.timeoutS))]);
    out.push(table(head, rows));
    out.push('');
    const st = p.cells['sourcetrace'] ?? {};
    const ratioRows = (metric: (c: Cell | undefined) => number | undefined): string[][] => {
      const rows: string[][] = [];
      for (const t of p.tools) {
        if (t.id === 'sourcetrace') continue;
        const c = p.cells[t.id] ?? {};
        const cells = (a: Record<string, Cell>, b: Record<string, Cell>): string[] => p.sizes.map((s) => fmtRatio(a[s.label], b[s.label], m.timeoutS, metric));
        if (t.id === 'floor') rows.push(['sourcetrace / floor', ...cells(st, c)]);
        else if (t.id === 'sourcetrace-text') rows.push(['text / json output', ...cells(c, st)]);
        else rows.push([`${t.id} / sourcetrace`, ...cells(c, st)]);
      }
      return rows;
    };
    if (p.cells['sourcetrace'] && p.tools.length > 1) {
      out.push('Ratios of wall time (how many times faster sourcetrace is than each peer; how many times the floor it takes):');
      out.push('');
      out.push(table(['ratio', ...head.slice(1)], ratioRows(cellMs)));
      out.push('');
      if (Object.values(st).some((c) => c.cpuMs?.length)) {
        out.push('The same ratios on CPU time (user + system), which a loaded machine disturbs far less than wall time:');
        out.push('');
        out.push(table(['ratio', ...head.slice(1)], ratioRows(cellCpu)));
        out.push('');
      }
    }
    const counted = p.tools
      .map((t) => `${t.id} ${p.sizes.map((s) => p.cells[t.id]?.[s.label]?.findings ?? '–').join(' / ')}`)
      .join('; ');
    out.push(`What each tool reported (per size, from its output; they check different things, so this only shows each did the work): ${counted}.`);
    out.push('');
    out.push('Sizes: ' + p.sizes.map((s) => `${s.label} = ${s.bytes.toLocaleString('en')} bytes`).join(', ') + '.');
    out.push('');
  }
  if (r.corpus) {
    const c = r.corpus;
    out.push(`### Many small drafts`);
    out.push('');
    out.push(`${c.count.toLocaleString('en')} drafts of about ${Math.round(c.bytesEach / 1024)} KB (${(c.totalBytes / 1024 / 1024).toFixed(1)} MB in all), one \`sourcetrace check DIR --format json\`: **${fmtCell(c.cell, m.timeoutS)}**${c.cell.findings !== undefined ? `, ${c.cell.findings.toLocaleString('en')} diagnostics` : ''}.`);
    out.push('');
  }
  if (r.stages?.length) {
    out.push('### Engine throughput per stage (in process, median, MB/s; MB = 2^20 bytes)');
    out.push('');
    const head = ['draft', ...STAGES, 'pipeline', 'analyze()', 'analyze() on CPU time'];
    const rows = r.stages.map((s) => [
      `${s.label} (${s.counts.sentences.toLocaleString('en')} sentences, ${s.counts.findings.toLocaleString('en')} findings; ${s.reps} run${s.reps === 1 ? '' : 's'})`,
      ...STAGES.map((st) => `${fmtRate(mbPerSecond(s.bytes, s.ms[st]))} (${fmtMs(s.ms[st])})`),
      `${fmtRate(mbPerSecond(s.bytes, s.totalMs))} (${fmtMs(s.totalMs)})`,
      `${fmtRate(mbPerSecond(s.bytes, s.analyzeMs))} (${fmtMs(s.analyzeMs)})`,
      s.analyzeCpuMs === undefined ? '–' : `${fmtRate(mbPerSecond(s.bytes, s.analyzeCpuMs))} (cpu ${fmtMs(s.analyzeCpuMs)})`,
    ]);
    out.push(table(head, rows));
    out.push('');
  }
  if (r.scaling?.length) {
    out.push('### Linear cost: pipeline time at 10× the size');
    out.push('');
    out.push('Growth is (time ratio) / (size ratio): 1 is linear, 10 would be quadratic. The worst stage is the one whose own time grew the most.');
    out.push('');
    out.push(
      table(
        ['shape', 'small', 'large', 'growth', 'worst stage'],
        r.scaling.map((s) => [
          s.shape,
          `${fmtMs(s.smallMs)} for ${Math.round(s.smallBytes / 1024)} KB`,
          `${fmtMs(s.largeMs)} for ${Math.round(s.largeBytes / 1024)} KB`,
          `${s.growth.toFixed(2)}`,
          s.worstStage.growth ? `${s.worstStage.stage} ${s.worstStage.growth.toFixed(2)}` : '–',
        ]),
      ),
    );
    out.push('');
  }
  if (r.lsp) {
    const l = r.lsp;
    out.push('### Language server, through an LSP client over stdio');
    out.push('');
    const rows: string[][] = [];
    if (l.cold) rows.push([`cold start, ${l.cold.label}: spawn → initialize answered`, fmtMs(l.cold.initializeMs)], [`cold start, ${l.cold.label}: spawn → first diagnostics (median of ${l.cold.runs.length})`, fmtMs(l.cold.firstDiagnosticsMs)]);
    for (const k of l.keystrokes) {
      const n = k.keystrokes < k.requested ? `${k.keystrokes} of ${k.requested} (time budget reached)` : `${k.keystrokes}`;
      const over = k.transport === 'ipc' ? ' over Node IPC (--node-ipc, as VS Code starts it)' : '';
      const set = k.settings ? `, settings ${JSON.stringify(k.settings)}` : '';
      // Results of runs before the count was kept have none; over IPC no bytes are counted.
      const what = [k.published === undefined ? '' : `${k.published.toLocaleString('en')} diagnostics`, k.openBytes ? `${fmtKb(k.openBytes)} received` : ''].filter(Boolean).join(', ');
      rows.push([`keystrokes mid-draft, ${k.label}, ${k.mode} diagnostics${over}${set}, ${k.sync} sync, ${n}: p50 / p95 / max`, `${fmtMs(k.p50)} / ${fmtMs(k.p95)} / ${fmtMs(k.max)}`]);
      rows.push([`open ${k.label} → first diagnostics (${k.mode}${over ? ', IPC' : ''}${set})${what ? `; ${what}` : ''}`, fmtMs(k.openMs)]);
    }
    for (const m of l.memory) {
      rows.push([`server RSS with ${m.label} open, ${m.complete ? 'after its diagnostics' : `no diagnostics after ${r.meta.timeoutS} s`} (peak)`, `${fmtMb(m.rssKb)} (${fmtMb(m.peakRssKb)})`]);
      rows.push([`open ${m.label} → first diagnostics${m.complete ? ` (${m.diagnostics.toLocaleString('en')})` : ''}${declined(m)}`, m.complete ? fmtMs(m.openMs) : `> ${r.meta.timeoutS} s`]);
    }
    out.push(table(['measurement', 'value'], rows));
    out.push('');
  }
  if (r.profile) {
    const p = r.profile;
    out.push(`### Where the time goes: CPU profile of the CLI on ${p.label}`);
    out.push('');
    out.push(`\`node --cpu-prof dist/cli-main.js check DRAFT --format json\`: ${fmtMs(p.wallMs)} wall, ${fmtMs(p.sampledMs)} sampled${p.threads > 1 ? ` over ${p.threads} threads (main and workers, added up)` : ''}. Inclusive time of the phases (module loading is \`wrapSafe\`; the stages run inside \`analyze\`, or, for a draft split between two threads, inside \`prepare\` on both, \`attributeBlock\` on the worker and \`completeBlock\` on the main thread):`);
    out.push('');
    out.push(table(['phase', 'total', '%'], p.phases.map((x) => [`\`${x.name}\``, fmtMs(x.totalMs), x.percent.toFixed(1)])));
    out.push('');
    out.push('Self time by module:');
    out.push('');
    out.push(table(['module', 'self', '%'], p.modules.slice(0, 10).map((x) => [x.module, fmtMs(x.selfMs), x.percent.toFixed(1)])));
    out.push('');
    out.push('Hottest functions (self time):');
    out.push('');
    out.push(table(['function', 'module:line', 'self', '%'], p.functions.map((f) => [`\`${f.name}\``, `${f.module}:${f.line}`, fmtMs(f.selfMs), f.percent.toFixed(1)])));
    out.push('');
  }
  if (r.notes.length) {
    out.push('### Not measured');
    out.push('');
    for (const n of r.notes) out.push(`- ${n}`);
    out.push('');
  }
  return out.join('\n');
}

function fmtRate(mbps: number): string {
  return mbps >= 100 ? `${Math.round(mbps)}` : mbps >= 10 ? mbps.toFixed(1) : mbps.toFixed(2);
}

/** The markers around the generated part of docs/performance.md. */
export const RESULTS_START = '<!-- bench:results:start (generated by `npm run bench`; do not edit by hand) -->';
export const RESULTS_END = '<!-- bench:results:end -->';

/** Puts `results` between the markers of `doc`, or appends them with the markers when absent. */
export function spliceResults(doc: string, results: string): string {
  const block = `${RESULTS_START}\n\n${results.trim()}\n\n${RESULTS_END}`;
  const a = doc.indexOf(RESULTS_START);
  const b = doc.indexOf(RESULTS_END);
  if (a >= 0 && b > a) return doc.slice(0, a) + block + doc.slice(b + RESULTS_END.length);
  return `${doc.trimEnd()}\n\n${block}\n`;
}
