/**
 * `findingRuns` and `findingCount` (server/src/engine/incremental.ts): an
 * incremental analysis's findings as runs of the previous call's (moved) and
 * new ones. Resolved against the previous analysis's findings, the runs must
 * be exactly `analysis.findings`, and every moved run must lie wholly before
 * or wholly after the edit, within its `[start, end]`. Checked on random edit
 * sequences (directives, footnotes and front matter among the snippets), on
 * typing into real drafts and a generated one, and with analyses read only
 * after later edits. A last group checks that typing in a paragraph makes
 * only that paragraph's findings new (work counted, never timed).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { createIncrementalAnalyzer, findingCount, findingRuns, type Analysis, type AnalyzeOptions, type Finding, type FindingRuns } from '../../server/src/engine';
import { draft } from '../reliability/drafts';

const root = path.resolve(__dirname, '../..');

/** The project's examples and the shared example, read at run time. */
function realDrafts(): string[] {
  const out: string[] = [];
  for (const dir of [path.join(root, 'examples'), path.resolve(root, '../shared/examples')]) {
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.md') && f !== 'README.md') out.push(readFileSync(path.join(dir, f), 'utf8'));
  }
  return out;
}

/** Snippets an edit inserts: prose, cues, block markers, suppression comments, footnotes, front matter. */
const SNIPPETS = [
  'a', ' ', '.', ', ', '\n', '\n\n', '"', '“', 'Mr Brown said', ' officials said', ' according to Reuters', 'It is believed that',
  '<!-- source: Reuters -->', '<!-- sourcetrace-disable -->', '<!-- sourcetrace-enable -->', '<!-- sourcetrace-disable-next-line -->\n',
  '<!-- sourcetrace-disable-line unattributed-claim -->', '<!-- sourcetrace-disable-file vague-attribution -->', '[^1]', '\n\n[^1]: Ministry statement\n',
  '---\nsourcetrace:\n  minConfidence: 0.9\n---\n', '\r\n', '[SOURCE]', 'Prices rose 12% last year.',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 60 })),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 3 })),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** True for the edit of the "in this file" suppression fix, which stays at the top of the draft. */
const isFileDisable = (e: { start: number; end: number; newText: string }) => e.start === e.end && e.newText.startsWith('<!-- sourcetrace-disable-file ');

/** A previous finding moved as a moved run says (see `FindingRun`). */
function move(f: Finding, delta: number, claimDelta: number, oldLength: number, newLength: number): Finding {
  return {
    ...f,
    start: f.start + delta,
    end: f.end + delta,
    claim: f.claim + claimDelta,
    fixes: f.fixes.map((fx) => ({
      ...fx,
      edits: fx.edits.map((e) => (e.start === oldLength ? { ...e, start: newLength, end: newLength + (e.end - e.start) } : isFileDisable(e) ? e : { ...e, start: e.start + delta, end: e.end + delta })),
    })),
  };
}

/**
 * Checks the runs of `now` (of `text`) against the previous analysis `was`
 * (of `before`): the runs resolve to `now.findings`, and each moved run lies
 * where it says. Returns how many findings the runs moved.
 */
function checkRuns(runs: FindingRuns, was: Analysis, before: string, now: Analysis, text: string): number {
  expect(runs.previous).toBe(was);
  const resolved: Finding[] = [];
  let moved = 0;
  for (const run of runs.runs) {
    if ('findings' in run) {
      resolved.push(...run.findings);
      continue;
    }
    expect(run.count).toBeGreaterThan(0);
    const { edit } = runs;
    // Wholly before the edit (nothing moved) or wholly after it.
    if (run.end < edit.start) expect(run.delta).toBe(0);
    else {
      expect(run.start).toBeGreaterThanOrEqual(edit.newEnd);
      expect(run.delta).toBe(edit.delta);
    }
    for (const f of was.findings.slice(run.from, run.from + run.count)) {
      const m = move(f, run.delta, run.claimDelta, before.length, text.length);
      const offsets = [m.start, m.end, ...m.fixes.flatMap((fx) => fx.edits.filter((e) => e.start !== text.length && !isFileDisable(e)).flatMap((e) => [e.start, e.end]))];
      for (const x of offsets) {
        expect(x).toBeGreaterThanOrEqual(run.start);
        expect(x).toBeLessThanOrEqual(run.end);
      }
      resolved.push(m);
    }
    moved += run.count;
  }
  expect(runs.count).toBe(resolved.length);
  expect(resolved).toEqual(now.findings);
  return moved;
}

/** Analyses `text`, then each text of `edits` in turn, checking runs and counts; returns how many versions had runs. */
function walk(texts: string[], options: AnalyzeOptions = {}, readLater = false): { withRuns: number; moved: number; total: number } {
  const inc = createIncrementalAnalyzer(options);
  let was = inc.analyze(texts[0]!);
  let before = texts[0]!;
  // The count is known before the findings are read; the first analysis is a whole one and has no runs.
  expect(findingRuns(was)).toBeUndefined();
  expect(findingCount(was)).toBe(was.findings.length);
  const pending: [FindingRuns, Analysis, string, Analysis, string][] = [];
  let withRuns = 0;
  let moved = 0;
  let total = 0;
  for (const text of texts.slice(1)) {
    const now = inc.analyze(text);
    const count = findingCount(now);
    // An unchanged text gives the previous call's analysis itself, whose runs are of the call before.
    const runs = now === was ? undefined : findingRuns(now);
    if (runs) {
      withRuns++;
      if (readLater) pending.push([runs, was, before, now, text]);
      else moved += checkRuns(runs, was, before, now, text);
    }
    expect(count).toBe(now.findings.length);
    total += count;
    was = now;
    before = text;
  }
  // Each analysis stays that of its own text, whenever its findings are read.
  for (const p of pending.reverse()) moved += checkRuns(...p);
  return { withRuns, moved, total };
}

describe('the findings of an incremental analysis as runs of the previous ones', () => {
  it('resolve to its findings after any sequence of random edits (directives, footnotes, front matter among them)', () => {
    fc.assert(
      fc.property(draft(30), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (start, edits, readLater) => {
        const texts = [start];
        for (const e of edits) texts.push(apply(texts[texts.length - 1]!, e));
        walk(texts, {}, readLater);
      }),
      { numRuns: 150 },
    );
  });

  it('resolve to its findings when typing and deleting in one place', () => {
    fc.assert(
      fc.property(draft(30), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.record({ insert: fc.constantFrom(...SNIPPETS, 'x', 'Z'), back: fc.boolean() }), { minLength: 1, maxLength: 12 }), (start, where, steps) => {
        const texts = [start];
        let at = Math.floor(where * start.length);
        for (const s of steps) {
          const t = texts[texts.length - 1]!;
          if (s.back && at > 0) {
            texts.push(t.slice(0, at - 1) + t.slice(at));
            at--;
          } else {
            texts.push(t.slice(0, at) + s.insert + t.slice(at));
            at += s.insert.length;
          }
        }
        walk(texts);
      }),
      { numRuns: 100 },
    );
  });

  it('resolve to its findings when typing into the real drafts, under the default configuration and one with rules off', () => {
    for (const text of realDrafts()) {
      const starts = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index! + 2)].filter((_, i) => i % 4 === 1);
      for (const at of starts) {
        const typed = ' Officials said "no".';
        const texts = [text];
        for (let i = 1; i <= typed.length; i++) texts.push(text.slice(0, at) + typed.slice(0, i) + text.slice(at));
        walk(texts);
        walk(texts, { config: { rules: { 'unattributed-claim': 'off' }, minConfidence: 0.75 } });
      }
    }
  });

  it('resolve to its findings when the paragraphs after the edit come back from the analysis before the previous one', () => {
    // Typing in front of a name that later paragraphs read glues each word onto it and cuts it off again (see
    // incremental.recall.test.ts): the later paragraphs' results alternate, and those taken back may have other
    // findings than the previous call's ("The bank said" points back to no source in one state and not the other).
    const names = ['James Tanaka', 'Maria Lopez', 'The Central Bank of Kenya', 'the Ministry of Finance'];
    const again = ['The bank said prices rose 5%.', 'They said prices rose 5%.', 'He said prices rose 5%.', 'The ministry said it.', 'Prices rose 5%, Tanaka said.'];
    const paragraph = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom('The weather was mild.', 'Prices rose 12% last year.', 'Officials met on Monday.') },
      { weight: 1, arbitrary: fc.constantFrom(...names).map((p) => `The region was quiet. ${p} announced a plan on Monday.`) },
      { weight: 2, arbitrary: fc.constantFrom(...again) },
    );
    const typed = fc.array(fc.constantFrom('s', 'a', 'O', ' ', ' ', 'said ', 'Officials said ', '. '), { minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 4, maxLength: 14 }), fc.nat(), typed, fc.boolean(), (ps, which, inserts, readLater) => {
        const text = ps.join('\n\n') + '\n';
        const named = names.map((nm) => text.indexOf(nm)).filter((i) => i >= 0);
        let at = named.length ? named[which % named.length]! : 0;
        const texts = [text];
        for (const s of inserts) {
          const t = texts[texts.length - 1]!;
          texts.push(t.slice(0, at) + s + t.slice(at));
          at += s.length;
        }
        walk(texts, {}, readLater);
      }),
      { numRuns: 150 },
    );
    // 23-27 s at a load of 15 on two cores.
  }, 120_000);

  it('resolve to its findings when a paragraph taken back has other findings than the previous call (Alt.since)', () => {
    // Typing "Officials said " and "s" in front of James Tanaka: on the last keystroke a paragraph taken back
    // has the findings of the analysis before the previous one, not the previous one's, so the runs must count
    // it as analysed afresh (`Alt.since`). With that left out of the runs this fails; the property above found
    // it after 89 runs of 1,500 (seed -1717209735, shrunk), so at its 150 it may miss it.
    const ps = ['The region was quiet. James Tanaka announced a plan on Monday.', 'The region was quiet. the Ministry of Finance announced a plan on Monday.', 'He said prices rose 5%.', 'The weather was mild.'];
    let at = ps[0]!.indexOf('James Tanaka');
    const texts = [ps.join('\n\n') + '\n'];
    for (const s of ['Officials said ', 's', 'Officials said ', 's']) {
      const t = texts[texts.length - 1]!;
      texts.push(t.slice(0, at) + s + t.slice(at));
      at += s.length;
    }
    walk(texts);
  });

  it('move every finding but those of the paragraph typed in, and the count needs no findings made', () => {
    const text = generateDraft(24 * 1024, 7);
    const at = text.indexOf('. ', text.length >> 1) + 2;
    const typed = 'Analysts said the figure doubled. ';
    const texts = [text];
    for (let i = 1; i <= typed.length; i++) texts.push(text.slice(0, at) + typed.slice(0, i) + text.slice(at));
    const { withRuns, moved, total } = walk(texts);
    // Every keystroke has runs, and nearly all of its findings are moved ones.
    expect(withRuns).toBe(typed.length);
    expect(moved / total).toBeGreaterThan(0.9);
  });

  it('are undefined after a change of the suppression comments that moves a region, and after a whole analysis', () => {
    const text = 'Officials said prices rose.\n\nPrices rose 12% last year.\n\n<!-- sourcetrace-disable unattributed-claim -->\n\nProfits fell 3%.\n';
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    // Typing inside the comment turns it into an unknown directive: the region is gone.
    const broken = text.replace('sourcetrace-disable ', 'sourcetrace-disablex ');
    const a = inc.analyze(broken);
    expect(findingRuns(a)).toBeUndefined();
    expect(findingCount(a)).toBe(a.findings.length);
    // Front matter is in the document key: everything is analysed again.
    const b = inc.analyze('---\nsourcetrace:\n  minConfidence: 0.9\n---\n' + broken);
    expect(findingRuns(b)).toBeUndefined();
    expect(findingCount(b)).toBe(b.findings.length);
  });
});
