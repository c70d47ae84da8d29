/**
 * Collecting the young generation while the server waits for the next
 * keystroke, rather than in the middle of one.
 *
 * Every keystroke allocates (the engine about 1.4–2.5 MB on a 10,000-word or
 * 100 KB draft, the server a few hundred KB more), and V8 collects its young
 * generation (a scavenge) when the space for new objects is full, which is
 * wherever the keystroke that fills it happens to be: in the analysis, the
 * diagnostics or their encoding. Measured over the benchmark's typing, about
 * one keystroke in eight met a scavenge, and those keystrokes were among
 * the slowest (docs/performance.md, "The tenth session's `runs` lane").
 *
 * After the server has sent what a change asked for and nothing is queued,
 * {@link YoungCollector.quiet} compares the room left in the young generation
 * (before V8 would schedule a scavenge itself) with what the last few busy
 * spells allocated. When the next one would not fit, it collects now (`gc({ type: 'minor' })`), so that the scavenge falls
 * in the pause between keystrokes. A scavenge's cost follows what survives,
 * not what was allocated, and between keystrokes that is only what the
 * server keeps; no more scavenges run than V8 would have run itself, only
 * earlier. Nothing the server computes changes: only when memory is
 * reclaimed.
 *
 * The collector needs V8's `gc` function, which a process gets from
 * `--expose-gc`; {@link minorCollection} sets that flag at run time, takes
 * the function from a new context and unsets the flag again. Where that fails (another engine, a V8
 * that does not take the flag), there is no collector and V8 collects as it
 * always does.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { trace } from './trace';

/** The young generation's room, as `v8.getHeapSpaceStatistics()` reports its `new_space`. */
export interface YoungSpace {
  /** Bytes in use (objects allocated since the last scavenge, and those that survived it). */
  used: number;
  /** Bytes that can still be allocated before V8 must scavenge. */
  available: number;
}

/** How many busy spells' allocations {@link CollectionPlanner} remembers. */
const SPELLS = 8;

/**
 * The share of the young generation's capacity that V8 lets fill before it
 * schedules a scavenge as a task of its own (V8's `ScavengeJob`, 80 %), which
 * runs at the next turn of the event loop: inside a keystroke's sliced
 * analysis as readily as between keystrokes.
 */
const V8_SCAVENGE_TASK_AT = 0.8;

/** Margin over the most a recent busy spell allocated: spells vary (a keystroke that analyses later paragraphs again allocates more). */
const MARGIN = 1.25;

/**
 * Decides, at each quiet point, whether to collect the young generation now.
 * Pure bookkeeping over the figures it is given, so that the decision can be
 * tested without a collector.
 */
export class CollectionPlanner {
  /** Bytes allocated in the last busy spells (between two quiet points with no scavenge between them). */
  private readonly spells: number[] = [];
  /** The space's use at the last quiet point, after any collection made there. */
  private last: number | undefined;

  /**
   * Records the space at a quiet point and says whether to collect now: when
   * the room left before V8 would scavenge of its own accord is less than the
   * most any recent busy spell allocated (with a margin), so that the next
   * one would probably meet a scavenge.
   */
  due(space: YoungSpace): boolean {
    // Use that grew since the last quiet point is what the busy spell allocated; use
    // that shrank means V8 scavenged during it, and the spell's allocation is unknown.
    if (this.last !== undefined && space.used >= this.last) {
      this.spells.push(space.used - this.last);
      if (this.spells.length > SPELLS) this.spells.shift();
    }
    this.last = space.used;
    let most = 0;
    for (const x of this.spells) if (x > most) most = x;
    if (most === 0) return false;
    const room = space.available - (1 - V8_SCAVENGE_TASK_AT) * (space.used + space.available);
    return room < most * MARGIN;
  }

  /** Records the space after a collection made at the quiet point. */
  collected(space: YoungSpace): void {
    this.last = space.used;
  }
}

/** Collects the young generation at quiet points when the next busy spell would fill it. */
export class YoungCollector {
  private readonly planner = new CollectionPlanner();
  /** Quiet points so far, and the collections made at them (for tests and benchmarks). */
  readonly counts = { quiet: 0, collected: 0 };

  /**
   * @param collect collects the young generation (V8's `gc({ type: 'minor' })`).
   * @param space the young generation's room now.
   */
  constructor(
    private readonly collect: () => void,
    private readonly space: () => YoungSpace = youngSpace,
  ) {}

  /** Called when the server has answered every change and nothing is queued. */
  quiet(): void {
    this.counts.quiet++;
    trace('quiet');
    if (!this.planner.due(this.space())) return;
    this.collect();
    this.counts.collected++;
    trace('collected');
    this.planner.collected(this.space());
  }
}

/** The young generation's room in this process (`new_space`), or zero room when V8 does not report it. */
export function youngSpace(): YoungSpace {
  for (const s of v8.getHeapSpaceStatistics()) {
    if (s.space_name === 'new_space') return { used: s.space_used_size, available: s.space_available_size };
  }
  return { used: 0, available: 0 };
}

/**
 * A collection of this process's young generation (V8's
 * `gc({ type: 'minor' })`), or undefined when V8's `gc` function cannot be
 * had (see the module comment). Sets `--expose-gc` for as long as it takes
 * to make one context with the function, then unsets it: V8's flags are the
 * process's, and a code cache is only accepted under the flags it was made
 * with (the analysis worker loads its bundle with one, after this ran).
 */
export function minorCollection(): (() => void) | undefined {
  try {
    // A process started with `--expose-gc` has the function already, and keeps the flag.
    let gc: unknown = (globalThis as { gc?: unknown }).gc;
    if (typeof gc !== 'function') {
      v8.setFlagsFromString('--expose-gc');
      try {
        gc = vm.runInNewContext('gc');
      } finally {
        v8.setFlagsFromString('--no-expose-gc');
      }
    }
    if (typeof gc !== 'function') return undefined;
    const collect = gc as (options: { type: 'minor' }) => void;
    return () => collect({ type: 'minor' });
  } catch {
    return undefined;
  }
}

/** A collector for this process, or undefined when it cannot collect (see {@link minorCollection}). */
export function youngCollector(): YoungCollector | undefined {
  const collect = minorCollection();
  return collect && new YoungCollector(collect);
}
