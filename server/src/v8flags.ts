/**
 * V8 settings the CLI and the language server run the engine with (set by
 * `codecache.ts` before either launcher's bundle is loaded, and by the CLI
 * bundle itself when it is run directly).
 *
 * `--no-turbo-inline-array-builtins`: V8's optimising compiler inlines array
 * methods (`map`, `filter`, `some`, `find`) into the functions that call
 * them, specialised to the kinds of arrays seen so far. The classifier's
 * per-sentence functions meet arrays of several kinds (empty, numbers,
 * objects), so that code was thrown away and recompiled again and again:
 * `classifySentence`, one of the largest functions, was optimised 8 times
 * over 400 small drafts, each compile taking hundreds of milliseconds of CPU,
 * and ran unoptimised in between. Without the inlining it is optimised once
 * (33 deoptimisations → 1): `analyze()` on the 1 MB draft takes about 20% less
 * CPU and the 1,000 small drafts about 22% less (docs/performance.md). The
 * results are the same: the flag only changes how V8 compiles, not what the
 * code computes.
 *
 * `--regexp-tier-up-ticks=100`: V8 runs a regular expression in its
 * bytecode interpreter the first time and compiles it to machine code from
 * the next run on (the default is one tick). The engine's word lists hold
 * about 80 regular expressions, many with `\p{L}` classes that are costly to
 * compile; on a cold start over a 5 KB draft, compiling them was about
 * 90 ms of the 330 ms to the first diagnostics (a CPU profile of the
 * server), and the code cache cannot hold compiled regular expressions.
 * Compiled after 100 runs instead, a pattern a short draft runs a few times
 * is never compiled, and a long draft's patterns are compiled soon enough to
 * cost nothing measurable. `check` of a 5 KB draft, 12 alternating runs:
 * median 330 → 300 ms CPU; the 1 MB draft unchanged within the noise; cold
 * start of the server on 5 KB, 15 alternating runs: median 463 → 434 ms, min
 * 322 → 288 ms. The matches are the same: only where the pattern runs changes.
 *
 * `--no-regexp-peephole-optimization`: before it runs a regular expression
 * in the interpreter, V8 rewrites the bytecode it compiled for it with a
 * peephole optimiser, which for the word lists' long alternations costs more
 * than it saves over the few runs a pattern gets before it is compiled to
 * machine code (the optimiser only touches the interpreter's bytecode, never
 * machine code). Without it, the first runs of the 142 patterns a 5 KB draft
 * uses cost 29 instead of 54 ms of CPU (median of 9 fresh processes, each
 * pattern on the input it first met). Alternating production builds, 27 Nov,
 * load 8–12: `check` of the 5 KB draft median 270 → 240 ms CPU (12 runs
 * each), server cold start to the first diagnostics on 5 KB median 310 →
 * 270 ms CPU (12 each), `check` of the 1 MB draft unchanged within the noise
 * (3.36 → 3.12 s CPU, 6 each). The results are the same (snapshot of 100
 * drafts).
 *
 * Applied only on V8 11 (Node 20), where it was measured; another V8 may not
 * know the flag (and would print a warning) or may not need it.
 *
 * `--no-turbo-inlining`, for a CLI run with little text to check (see
 * {@link tuneV8ForText}): the optimising compiler then compiles each function
 * on its own instead of inlining its callees into it. The engine's large
 * per-sentence functions (`typePhrase`, `resolveSentence`,
 * `classifySentence`, `pairQuotes`) took 300–500 ms of compiler CPU each
 * with inlining, and a run over a few megabytes spends more CPU compiling
 * than the inlined code saves; over ten megabytes the inlined code pays for
 * its compile. Whole-process CPU time (user + system), production builds,
 * alternating runs at a load of 13–14 (28 Nov): `check --format json` of the
 * 1 MB draft 3.20 / 3.30 / 3.46 / 3.60 → 3.05 / 2.99 / 2.93 / 2.92 s with
 * the flag on the command line, and 3.37 / 3.32 / 3.19 → 2.88 / 3.10 / 2.88 s
 * with this function; the 10 MB draft 14.27 / 14.58 → 15.03 / 14.65 s (so
 * inlining stays on there); the 1,000 drafts of 5 KB (5.1 MB, two threads)
 * 10.27 / 10.97 / 11.82 → 9.94 / 10.34 / 11.10 s, then 11.35 / 12.71 →
 * 11.88 / 12.74 s: about even at that size, where the threshold lies. In
 * process, `analyze()` over the 1,000 drafts on one thread: the main
 * thread's own CPU time 0–3% more, the process's 5–8% less: what is saved
 * is the compiler's background work, which on two busy cores competes with
 * the analysis.
 */
import * as v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';

/** The flags measured on one V8 major version. */
interface MeasuredFlags {
  /** Set in every process (see {@link tuneV8}). */
  always: string;
  /** Set for a CLI run with less than {@link NO_INLINING_BELOW} of text (see {@link tuneV8ForText}). */
  littleText: string;
}

/**
 * The flags, by the V8 major version they were measured on: both kinds live
 * here, so that measuring a new V8 means adding one entry.
 */
const FLAGS: Readonly<Record<number, MeasuredFlags>> = {
  11: {
    always: '--no-turbo-inline-array-builtins --regexp-tier-up-ticks=100 --no-regexp-peephole-optimization',
    littleText: '--no-turbo-inlining',
  },
};

/** The flags measured on this V8 (`process.versions.v8`, e.g. `11.3.244.8-node.33`), if any. */
function measuredOn(v8Version: string): MeasuredFlags | undefined {
  return FLAGS[Number(v8Version.split('.')[0])];
}

/** The text (UTF-16 code units, all drafts together) below which a CLI run compiles without inlining. */
export const NO_INLINING_BELOW = 6 * 1024 * 1024;

/** The flags for a run that checks this much text, when this V8 is one they were measured on. */
export function flagsForText(totalLength: number, v8Version: string = process.versions.v8): string | undefined {
  return totalLength < NO_INLINING_BELOW ? measuredOn(v8Version)?.littleText : undefined;
}

/** The flags set in every process on this V8, when it is one they were measured on. */
export function flagsForProcess(v8Version: string = process.versions.v8): string | undefined {
  return measuredOn(v8Version)?.always;
}

/**
 * The flags that undo `flags` (boolean flags only: `--no-x` becomes `--x`
 * and `--x` becomes `--no-x`), so that each is back at its default.
 */
export function negated(flags: string): string {
  return flags
    .split(/\s+/)
    .filter(Boolean)
    .map((f) => (f.startsWith('--no-') ? `--${f.slice(5)}` : `--no-${f.slice(2)}`))
    .join(' ');
}

/**
 * Sets or unsets the flags that depend on how much text a CLI run checks
 * (see the module comment). Call it on the main thread before the engine
 * runs and before any worker starts: V8's flags are the process's, and each
 * compile reads them when it starts.
 *
 * The CLI's launcher sets the flags for little text before it loads the
 * bundle ({@link tuneV8ForCli}), because V8 accepts a code cache only under
 * the flags it was written with, and the build's training run, which writes
 * the CLI's cache, checks a short draft. A run with more text turns them
 * off again here: its main thread has its cache by then, and only the
 * workers it starts after this compile the bundle without one.
 */
export function tuneV8ForText(totalLength: number): void {
  if (!isMainThread) return;
  const little = flagsForText(0);
  if (!little) return;
  v8.setFlagsFromString(flagsForText(totalLength) ?? negated(little));
}

/**
 * Sets the flags of a CLI run before the CLI's bundle loads: those of every
 * process and those of a run with little text, the usual run (see
 * {@link tuneV8ForText}, which settles them once the drafts are read).
 */
export function tuneV8ForCli(): void {
  tuneV8();
  tuneV8ForText(0);
}

/** Sets the V8 flags above, when this V8 is one they were measured on. Call it before the engine runs. */
export function tuneV8(): void {
  // Flags are the process's: the main thread has set them before any worker starts.
  if (!isMainThread) return;
  const flags = flagsForProcess();
  if (flags) v8.setFlagsFromString(flags);
}
