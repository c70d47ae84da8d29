/**
 * In-process engine throughput, stage by stage.
 *
 * Runs the pipeline of `analyze()` (server/src/engine/index.ts) one stage at a
 * time on the same draft, several times after a warm-up, and reports the
 * median time and throughput of each stage. Also checks the engine's promise of
 * linear cost: the pathological shapes (one huge paragraph, one huge sentence,
 * prose dense with quotation marks) must cost about 10× at 10× the size, like
 * ordinary text.
 */
import { resolveConfig } from '../../server/src/engine/config';
import { applyDirectives, parseDirectives } from '../../server/src/engine/directives';
import { analyze } from '../../server/src/engine/index';
import { extractProse } from '../../server/src/engine/markdown';
import { runRules } from '../../server/src/engine/rules';
import { splitSentences } from '../../server/src/engine/sentences';
import { trace } from '../../server/src/engine/trace';
import { median } from './proc';

/** The stages timed, in pipeline order. */
export const STAGES = ['extractProse', 'splitSentences', 'parseDirectives', 'trace', 'runRules', 'applyDirectives'] as const;
/** One of `STAGES`. */
export type Stage = (typeof STAGES)[number];

/** The timings of the pipeline on one draft. */
export interface StageResult {
  /** Label of the draft, e.g. "10MB". */
  label: string;
  /** Size of the draft in bytes of UTF-8. */
  bytes: number;
  /** Measured runs behind the medians (after one warm-up run). */
  reps: number;
  /** Median milliseconds per stage. */
  ms: Record<Stage, number>;
  /** Median milliseconds of the whole pipeline, stage by stage (the sum per run). */
  totalMs: number;
  /** Median milliseconds of one `analyze()` call, for comparison with the sum. */
  analyzeMs: number;
  /**
   * Median CPU milliseconds (user + system) of the process during one
   * `analyze()` call: what a loaded machine disturbs far less than wall time.
   * Absent in results written before it was measured.
   */
  analyzeCpuMs?: number;
  /** What the pipeline found, so a reader can see it did real work. */
  counts: { sentences: number; attributions: number; claims: number; findings: number };
}

function now(): number {
  return performance.now();
}

/** Runs the pipeline stage by stage once, returning each stage's time and the counts. */
function runOnce(text: string): { ms: Record<Stage, number>; counts: StageResult['counts'] } {
  const config = resolveConfig();
  const t0 = now();
  const doc = extractProse(text);
  const t1 = now();
  const sentences = splitSentences(doc);
  const t2 = now();
  const directives = parseDirectives(doc, sentences);
  const t3 = now();
  const traced = trace(doc, sentences, directives, config);
  const t4 = now();
  const findings = runRules({ doc, sentences, directives, config, ...traced });
  const t5 = now();
  const { kept } = applyDirectives(findings, directives, config);
  const t6 = now();
  return {
    ms: {
      extractProse: t1 - t0,
      splitSentences: t2 - t1,
      parseDirectives: t3 - t2,
      trace: t4 - t3,
      runRules: t5 - t4,
      applyDirectives: t6 - t5,
    },
    counts: {
      sentences: sentences.length,
      attributions: traced.attributions.length,
      claims: traced.claims.length,
      findings: kept.length,
    },
  };
}

/** How much effort `benchStages` spends on a draft. */
export interface StageBenchOptions {
  /** Runs above this many milliseconds count as slow: one measured run, no more. */
  slowMs?: number;
  /** The expected pipeline time, when known from a smaller draft: above `slowMs`, the warm-up is skipped too. */
  expectMs?: number;
}

/**
 * Times every stage of the pipeline on `text`: one warm-up run, then `reps`
 * measured runs. A slow pipeline (a slow engine on a big draft) gets a single
 * measured run, and no warm-up when it is expected to be slow, so that it
 * cannot hold the benchmark for many minutes; multi-second runs gain nothing
 * from warming up anyway.
 */
export function benchStages(label: string, text: string, bytes: number, reps: number, opts: StageBenchOptions = {}): StageResult {
  const slowMs = opts.slowMs ?? 5000;
  let measured = 1;
  if ((opts.expectMs ?? 0) <= slowMs) {
    const t = now();
    runOnce(text);
    measured = now() - t > slowMs ? 1 : reps;
  }
  const runs: ReturnType<typeof runOnce>[] = [];
  const analyzeTimes: number[] = [];
  const analyzeCpu: number[] = [];
  for (let i = 0; i < measured; i++) {
    runs.push(runOnce(text));
    const c0 = process.cpuUsage();
    const t0 = now();
    analyze(text);
    analyzeTimes.push(now() - t0);
    const c = process.cpuUsage(c0);
    analyzeCpu.push((c.user + c.system) / 1000);
  }
  const ms = {} as Record<Stage, number>;
  for (const s of STAGES) ms[s] = median(runs.map((r) => r.ms[s]));
  const totalMs = median(runs.map((r) => STAGES.reduce((sum, s) => sum + r.ms[s], 0)));
  return { label, bytes, reps: measured, ms, totalMs, analyzeMs: median(analyzeTimes), analyzeCpuMs: median(analyzeCpu), counts: (runs[0] ?? runOnce(text)).counts };
}

/** The cost of one draft shape at a small and a ten-times larger size. */
export interface ScalingResult {
  shape: string;
  smallBytes: number;
  largeBytes: number;
  smallMs: number;
  largeMs: number;
  /** `largeMs / smallMs` divided by `largeBytes / smallBytes`: about 1 when linear. */
  growth: number;
  /** The stage whose time grew the most, with its own growth factor. */
  worstStage: { stage: Stage; growth: number };
}

/**
 * Measures how the pipeline's cost grows from `small` to `large` for one
 * shape of draft. A growth near 1 is linear; near 10 at 10× the size is
 * quadratic.
 */
export function benchScaling(shape: string, small: string, large: string, reps: number): ScalingResult {
  const bs = Buffer.byteLength(small);
  const bl = Buffer.byteLength(large);
  const sizeRatio = bl / bs;
  const a = benchStages(`${shape}-small`, small, bs, reps);
  const b = benchStages(`${shape}-large`, large, bl, reps, { expectMs: a.totalMs * sizeRatio });
  let worst: { stage: Stage; growth: number } = { stage: 'extractProse', growth: 0 };
  for (const s of STAGES) {
    // Stages that take well under a millisecond are all noise; leave them out.
    if (b.ms[s] < 2) continue;
    const g = b.ms[s] / Math.max(a.ms[s], 0.05) / sizeRatio;
    if (g > worst.growth) worst = { stage: s, growth: g };
  }
  return {
    shape,
    smallBytes: bs,
    largeBytes: bl,
    smallMs: a.totalMs,
    largeMs: b.totalMs,
    growth: b.totalMs / Math.max(a.totalMs, 0.05) / sizeRatio,
    worstStage: worst,
  };
}

/** Throughput in MB/s (MB = 2^20 bytes) of `bytes` processed in `ms`. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1024 / 1024 / (Math.max(ms, 0.001) / 1000);
}
