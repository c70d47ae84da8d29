/**
 * A small step runner for the end-to-end scenario: each step is named, timed,
 * counted as passed or failed, and (in the workbench) leaves a screenshot.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** The outcome of one step. */
export interface StepResult {
  suite: string;
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  /** Screenshot taken after the step, relative to the shot folder. */
  shot?: string;
}

/** Something that can be screenshotted (a playwright Page). */
export interface Shootable {
  screenshot(opts: { path: string }): Promise<unknown>;
}

/** Collects step results across suites and prints them as they finish. */
export class Steps {
  readonly results: StepResult[] = [];
  private seq = 0;

  constructor(readonly shotDir: string) {
    mkdirSync(shotDir, { recursive: true });
  }

  /**
   * Runs one step. A failure is recorded, not thrown, unless `critical` is set
   * (later steps depend on it). The page, when given, is screenshotted after
   * the step whether it passed or not.
   */
  async run(
    suite: string,
    name: string,
    fn: () => Promise<void>,
    opts: { page?: Shootable; critical?: boolean } = {},
  ): Promise<boolean> {
    const t0 = Date.now();
    const result: StepResult = { suite, name, ok: true, ms: 0 };
    try {
      await fn();
    } catch (e) {
      result.ok = false;
      result.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    }
    result.ms = Date.now() - t0;
    if (opts.page) {
      const file = `${String(++this.seq).padStart(2, '0')}-${suite}-${slug(name)}${result.ok ? '' : '-FAILED'}.png`;
      try {
        await opts.page.screenshot({ path: path.join(this.shotDir, file) });
        result.shot = file;
      } catch {
        // The page may be gone after a crash; the failure itself is what matters.
      }
    }
    this.results.push(result);
    const mark = result.ok ? 'ok  ' : 'FAIL';
    console.log(`  ${mark} ${suite}: ${name} (${(result.ms / 1000).toFixed(1)} s)${result.shot ? ` [${result.shot}]` : ''}`);
    if (!result.ok) console.log(indent(result.error ?? '', 8));
    if (!result.ok && opts.critical) throw new CriticalStepFailed(`${suite}: ${name}`);
    return result.ok;
  }

  /** Records a result that was measured elsewhere (an extension-host test). */
  record(result: StepResult): void {
    this.results.push(result);
    const mark = result.ok ? 'ok  ' : 'FAIL';
    console.log(`  ${mark} ${result.suite}: ${result.name} (${(result.ms / 1000).toFixed(1)} s)`);
    if (!result.ok) console.log(indent(result.error ?? '', 8));
  }

  /** Records a step that could not run because an earlier one failed. */
  skipped(suite: string, name: string, why: string): void {
    this.results.push({ suite, name, ok: false, ms: 0, error: `not run: ${why}` });
    console.log(`  FAIL ${suite}: ${name} (not run: ${why})`);
  }

  get failed(): number {
    return this.results.filter((r) => !r.ok).length;
  }

  get passed(): number {
    return this.results.filter((r) => r.ok).length;
  }
}

/** Thrown by a critical step so that the rest of its suite is skipped. */
export class CriticalStepFailed extends Error {}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}

function indent(s: string, n: number): string {
  const pad = ' '.repeat(n);
  return s
    .split('\n')
    .slice(0, 12)
    .map((l) => pad + l)
    .join('\n');
}

/**
 * Polls `probe` until it returns a truthy value, and returns that value.
 * Throws with `what` and the last value seen when `timeoutMs` runs out.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 45_000,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined | null | false;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline) {
      const detail = lastErr instanceof Error ? lastErr.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
