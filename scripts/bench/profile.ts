/**
 * Where the CLI's time goes: runs `node --cpu-prof dist/cli-main.js check FILE` and
 * sums the V8 CPU profile's self time per function and per source module.
 *
 * dist/cli-main.js (the CLI without its launcher) is an esbuild bundle; esbuild marks the start of each bundled
 * module with a `// path/to/module.ts` comment, so a profile line number in
 * the bundle maps back to the module it came from without a source map.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Self time of one function in the profile. */
export interface HotFunction {
  name: string;
  /** The source module (bundle marker) or script the function is in. */
  module: string;
  /** 1-based line in the bundle or script. */
  line: number;
  selfMs: number;
  /** Share of all sampled time, 0–100. */
  percent: number;
}

/** A summary of one CPU profile. */
export interface ProfileSummary {
  /** Wall time of the profiled run, in milliseconds. */
  wallMs: number;
  /** Total sampled time, in milliseconds. */
  sampledMs: number;
  functions: HotFunction[];
  /** Self time per source module, largest first. */
  modules: { module: string; selfMs: number; percent: number }[];
  /**
   * Inclusive time (the function and everything it calls) of the pipeline
   * stages and the CLI's other phases, in the order of `PHASES`.
   */
  phases: { name: string; totalMs: number; percent: number }[];
  /** The main thread's .cpuprofile file, to open in Chrome DevTools. */
  profileFile: string;
  /** How many threads were profiled (the main thread and any workers). */
  threads: number;
}

/**
 * The functions whose inclusive time tells where a CLI run goes: module
 * loading, the engine's stages, and the output. esbuild may rename a function
 * with a numeric suffix (`analyze2`) when names collide; that still matches.
 */
export const PHASES = [
  'wrapSafe',
  'analyze',
  // A draft split between two threads (cli/split.ts): each thread prepares it, the worker attributes, the main thread does the rest.
  'prepare',
  'attributeBlock',
  'completeBlock',
  'extractProse',
  'splitSentences',
  'parseDirectives',
  'trace',
  'runRules',
  'applyDirectives',
  'toDiagnostic',
  'jsonChunks',
  'formatText',
] as const;

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Maps 0-based bundle lines to the module that starts at or before them. */
function moduleMarkers(bundleFile: string): { line: number; module: string }[] {
  const markers: { line: number; module: string }[] = [];
  let text: string;
  try {
    text = readFileSync(bundleFile, 'utf8');
  } catch {
    return markers;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // The marker is relative to the build's working directory: keep it from the project folder on.
    const m = /^\/\/ (?:\S*\/)?((?:server|client)\/src\/\S+\.[cm]?[jt]s|node_modules\/\S+\.[cm]?[jt]s)$/.exec(lines[i] as string);
    if (m) markers.push({ line: i, module: m[1] as string });
  }
  return markers;
}

function moduleAt(markers: { line: number; module: string }[], line: number): string | undefined {
  let lo = 0;
  let hi = markers.length - 1;
  let found: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = markers[mid] as { line: number; module: string };
    if (m.line <= line) {
      found = m.module;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Sums the self time per function and per module, and the inclusive time per
 * phase, over one or more CPU profiles (a run with worker threads writes one
 * profile per thread; their times add up, so the total may exceed wall time).
 */
export function summariseProfile(profiles: CpuProfile | CpuProfile[], bundleFile: string, top: number): Omit<ProfileSummary, 'wallMs' | 'profileFile' | 'threads'> {
  const markers = moduleMarkers(bundleFile);
  const bundleName = path.basename(bundleFile);
  const byFunction = new Map<string, HotFunction>();
  const byModule = new Map<string, number>();
  const phaseUs = new Map<string, number>();
  let total = 0;
  for (const profile of Array.isArray(profiles) ? profiles : [profiles]) {
    const selfUs = new Map<number, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      const id = profile.samples[i] as number;
      selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
    for (const us of selfUs.values()) total += us;
    for (const node of profile.nodes) {
      const us = selfUs.get(node.id) ?? 0;
      if (!us) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      let module: string;
      if (url.endsWith(bundleName)) module = moduleAt(markers, lineNumber) ?? bundleName;
      else if (url) module = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'node_modules/');
      else module = `(${functionName || 'native'})`;
      const name = functionName || '(anonymous)';
      const key = `${name}\u0000${module}\u0000${lineNumber}`;
      const f = byFunction.get(key) ?? { name, module, line: lineNumber + 1, selfMs: 0, percent: 0 };
      f.selfMs += us / 1000;
      byFunction.set(key, f);
      byModule.set(module, (byModule.get(module) ?? 0) + us / 1000);
    }
    // Inclusive time per phase: each sample counts once for every phase on its stack.
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
    const phaseOf = new Map<number, string | undefined>();
    for (const node of profile.nodes) {
      const base = node.callFrame.functionName.replace(/\d+$/, '');
      phaseOf.set(node.id, (PHASES as readonly string[]).includes(base) ? base : undefined);
    }
    for (const [id, us] of selfUs) {
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const ph = phaseOf.get(n);
        if (ph && !seen.has(ph)) {
          seen.add(ph);
          phaseUs.set(ph, (phaseUs.get(ph) ?? 0) + us);
        }
      }
    }
  }
  const pct = (ms: number): number => (total ? (ms * 100000) / total : 0);
  const phases = PHASES.filter((p) => phaseUs.has(p)).map((name) => {
    const ms = (phaseUs.get(name) ?? 0) / 1000;
    return { name, totalMs: ms, percent: pct(ms) };
  });
  const functions = [...byFunction.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  for (const f of functions) f.percent = pct(f.selfMs);
  const modules = [...byModule.entries()]
    .map(([module, selfMs]) => ({ module, selfMs, percent: pct(selfMs) }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
  return { sampledMs: total / 1000, functions, modules, phases };
}

/**
 * Profiles one run of `node --cpu-prof BUNDLE ARGS…` and summarises it.
 * Throws when the run exceeds `timeoutMs` (a killed process writes no profile).
 */
export function profileRun(bundleFile: string, args: string[], dir: string, timeoutMs: number, top = 15): ProfileSummary {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200', bundleFile, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 16 * 1024 * 1024,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  const wallMs = performance.now() - t;
  if (r.signal) throw new Error(`profiled run ended by ${r.signal} after ${Math.round(wallMs / 1000)} s`);
  // One profile per thread: the main thread's and one per worker, if the CLI used any.
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  if (!files.length) throw new Error(`no CPU profile written (exit ${r.status}): ${r.stderr?.toString().slice(-500)}`);
  const profiles = files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CpuProfile);
  return { wallMs, threads: files.length, profileFile: path.join(dir, files[0] as string), ...summariseProfile(profiles, bundleFile, top) };
}
