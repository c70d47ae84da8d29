/**
 * Findings keep their fixes packed (packed.ts) and make them again when
 * `fixes` is read. This holds that a packed finding reads, serialises, spreads
 * and compares as the plain finding it stands for, that moving one moves its
 * edits as the plain one's would be moved, and that it keeps fewer objects.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Finding, type Fix } from '../../server/src/engine';
import { movedFinding, packedFinding, someEdit } from '../../server/src/engine/packed';

const FIELDS = { start: 10, end: 30, ruleId: 'unattributed-claim' as const, message: 'Unattributed claim.', severity: 'warning' as const, confidence: 0.8, claim: 2 };
const SHARED: Fix = { title: 'Ignore unattributed-claim in this file', kind: 'insert', edits: [{ start: 0, end: 0, newText: '<!-- sourcetrace-disable-file unattributed-claim -->\n' }] };
const FIXES: Fix[] = [
  { title: 'Add “according to [SOURCE]”', kind: 'insert', edits: [{ start: 29, end: 29, newText: ', according to [SOURCE]' }], preferred: true },
  { title: 'Add footnote [^1] with a source to fill', kind: 'insert', edits: [{ start: 29, end: 29, newText: '[^1]' }, { start: 90, end: 90, newText: '\n[^1]: [SOURCE]\n' }] },
  { title: 'Replace it', kind: 'replace', edits: [{ start: 10, end: 14, newText: 'x' }], preferred: false },
  { title: 'Remove it', kind: 'remove', edits: [{ start: 12, end: 13, newText: '' }] },
  SHARED,
];
const own = (): Fix[] => [...structuredClone(FIXES.slice(0, 4)), SHARED];
const plain = (): Finding => ({ ...FIELDS, fixes: own() });
const packed = (): Finding => packedFinding(FIELDS, own(), undefined, (fix) => fix === SHARED);

describe('a packed finding', () => {
  it('reads, serialises, spreads and clones as the plain finding', () => {
    const f = packed();
    expect(f.fixes).toEqual(FIXES);
    expect(f).toStrictEqual(plain());
    expect(JSON.stringify(f)).toBe(JSON.stringify(plain()));
    expect(Object.keys(f)).toEqual(Object.keys(plain()));
    expect({ ...f }).toStrictEqual(plain());
    expect(structuredClone(f)).toStrictEqual(plain());
    // A fix kept as it is stays the same object; the others are made anew on each read.
    expect(f.fixes[4]).toBe(SHARED);
    expect(f.fixes[0]).not.toBe(f.fixes[0]);
    expect('preferred' in f.fixes[1]!).toBe(false);
  });

  it('takes an assigned list of fixes as a plain property does', () => {
    const f = packed();
    const mine: Fix[] = [];
    f.fixes = mine;
    expect(f.fixes).toBe(mine);
    expect(JSON.stringify(f)).toBe(JSON.stringify({ ...FIELDS, fixes: [] }));
    expect(someEdit(f, () => true)).toBe(false);
  });

  it('lists its edits without making its fixes', () => {
    const seen: number[] = [];
    someEdit(packed(), (start, end) => (seen.push(start, end), false));
    const all = FIXES.flatMap((fix) => fix.edits.flatMap((e) => [e.start, e.end]));
    expect(seen).toEqual(all);
    expect(someEdit(packed(), (start) => start === 90)).toBe(true);
  });

  it('moves as the plain finding moves', () => {
    const by = (d: number) => (e: { start: number; end: number; newText: string }) => (e.start === 0 ? undefined : { start: e.start + d, end: e.end + d, newText: e.newText });
    for (const f of [packed(), plain()]) {
      expect(movedFinding(f, 10, 30, 2, () => undefined)).toBe(f);
      const moved = movedFinding(f, 15, 35, 3, by(5));
      expect(moved).toStrictEqual({
        ...FIELDS,
        start: 15,
        end: 35,
        claim: 3,
        fixes: FIXES.map((fix) => (fix === SHARED ? SHARED : { ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + 5, end: e.end + 5 })) })),
      });
      expect(moved.fixes[4]).toBe(SHARED);
      // The finding moved from is as it was.
      expect(f).toStrictEqual(plain());
    }
  });
});

describe("an analysis's findings", () => {
  it('carry the fixes the rules made, and serialise as plain data', () => {
    const text = 'Analysts said the bridge collapsed.\n\n"It fell," he noted.\n\nThe toll doubled last year.\n';
    const a = analyze(text);
    expect(a.findings.length).toBeGreaterThan(1);
    const round = JSON.parse(JSON.stringify(a)) as typeof a;
    expect(a).toEqual(round);
    for (const f of a.findings) expect(f.fixes.length).toBeGreaterThan(0);
  });
});
