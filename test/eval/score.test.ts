import { describe, expect, it } from 'vitest';
import type { LabelledSentence, Label } from '../../scripts/eval/labels';
import type { DocPrediction } from '../../scripts/eval/predict';
import { aggregate, predictSentence, prf, scoreDoc } from '../../scripts/eval/score';
import { causeOf } from '../../scripts/eval/causes';

/** Ten-character sentences laid end to end: sentence i covers [10i, 10i+9). */
function sentences(labels: Label[]): LabelledSentence[] {
  return labels.map((label, i) => ({ n: i + 1, label, line: 0, start: i * 10, end: i * 10 + 9, phrase: '', sentence: '', fileLine: i + 2, docStart: i * 10, docEnd: i * 10 + 9 }));
}
const finding = (ruleId: string, start: number, end: number) => ({ ruleId, start, end, message: '' });

describe('prf', () => {
  it('computes precision, recall and F1 from counts', () => {
    // 3 true positives, 1 false positive, 2 false negatives: P = 3/4, R = 3/5, F1 = 2PR/(P+R) = 0.9/1.35 = 2/3.
    const s = prf(3, 1, 2);
    expect(s.precision).toBe(0.75);
    expect(s.recall).toBe(0.6);
    expect(s.f1).toBeCloseTo(2 / 3, 12);
  });
  it('is 0, not NaN, when nothing is predicted or gold', () => {
    expect(prf(0, 0, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('predictSentence', () => {
  const span = { start: 10, end: 19 };
  it('prefers a vague finding over an unattributed one, and both over claims', () => {
    const pred: DocPrediction = {
      findings: [finding('unattributed-claim', 10, 19), finding('vague-attribution', 12, 15)],
      claims: [{ start: 10, end: 19, status: 'A', reason: '' }],
    };
    expect(predictSentence(span, pred)).toMatchObject({ predicted: 'V', flagged: true });
  });
  it('takes A or N from the claim that overlaps most when there is no V/U finding', () => {
    const pred: DocPrediction = {
      findings: [],
      claims: [
        { start: 0, end: 11, status: 'N', reason: '' },
        { start: 11, end: 19, status: 'A', reason: '' },
      ],
    };
    expect(predictSentence(span, pred).predicted).toBe('A');
  });
  it('is "-" without claims, and a finding that only touches the boundary does not count', () => {
    const pred: DocPrediction = { findings: [finding('unattributed-claim', 0, 10), finding('vague-attribution', 19, 25)] };
    expect(predictSentence(span, pred)).toMatchObject({ predicted: '-', flagged: false });
  });
  it('counts other rules as flagging without changing the label', () => {
    const pred: DocPrediction = { findings: [finding('incomplete-attribution', 11, 13)], claims: [{ start: 10, end: 19, status: 'A', reason: '' }] };
    expect(predictSentence(span, pred)).toMatchObject({ predicted: 'A', flagged: true });
  });
});

describe('aggregate', () => {
  it('matches a hand-computed synthetic case', () => {
    // Gold:      V  V  U  U  U  A  A  A  A  N
    // Predicted: V  U  U  U  V  A  U  -  A  U   (via findings and claims below)
    const gold: Label[] = ['V', 'V', 'U', 'U', 'U', 'A', 'A', 'A', 'A', 'N'];
    const pred: DocPrediction = {
      findings: [
        finding('vague-attribution', 0, 5),
        finding('unattributed-claim', 10, 19),
        finding('unattributed-claim', 20, 29),
        finding('unattributed-claim', 30, 39),
        finding('vague-attribution', 40, 43),
        finding('unattributed-claim', 60, 69),
        finding('unattributed-claim', 90, 99),
      ],
      claims: [
        { start: 50, end: 59, status: 'A', reason: '' },
        { start: 80, end: 89, status: 'A', reason: '' },
      ],
    };
    const s = aggregate(scoreDoc(sentences(gold), pred));
    // V: tp 1 (s0), fp 1 (s4), fn 1 (s1) → P = R = F1 = 0.5.
    expect(s.V).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    // U: tp 2 (s2, s3), fp 3 (s1, s6, s9), fn 1 (s4) → P = 2/5, R = 2/3, F1 = 2·(0.4·2/3)/(0.4+2/3) = 0.5.
    expect(s.U.tp).toBe(2);
    expect(s.U.fp).toBe(3);
    expect(s.U.fn).toBe(1);
    expect(s.U.precision).toBeCloseTo(0.4, 12);
    expect(s.U.recall).toBeCloseTo(2 / 3, 12);
    expect(s.U.f1).toBeCloseTo(0.5, 12);
    // A: 4 sentences, one flagged (s6) → 25 %.
    expect(s.aFlagged).toBe(1);
    expect(s.aFlaggedShare).toBe(0.25);
    expect(s.confusion.V).toMatchObject({ V: 1, U: 1 });
    expect(s.confusion.U).toMatchObject({ U: 2, V: 1 });
    expect(s.confusion.A).toMatchObject({ A: 2, U: 1, '-': 1 });
    expect(s.confusion.N).toMatchObject({ U: 1 });
    // Exact: s0, s2, s3, s5, s7 ("-" matches A), s8 → 6.
    expect(s.exact).toBe(6);
    expect(s.claimsKnown).toBe(false);
    expect(s.gold).toEqual({ V: 2, U: 3, A: 4, N: 1 });
  });
});

describe('sentence bounds', () => {
  it('counts labelled sentences whose bounds the engine reproduces, ignoring surrounding whitespace', () => {
    const text = 'One two.  Three four. Five.';
    const labelled = [
      { n: 1, label: 'U' as Label, line: 0, start: 0, end: 8, phrase: '', sentence: '', fileLine: 2, docStart: 0, docEnd: 8 },
      { n: 2, label: 'U' as Label, line: 0, start: 10, end: 21, phrase: '', sentence: '', fileLine: 3, docStart: 10, docEnd: 21 },
      { n: 3, label: 'N' as Label, line: 0, start: 22, end: 27, phrase: '', sentence: '', fileLine: 4, docStart: 22, docEnd: 27 },
    ];
    // The engine took "One two." with trailing spaces (same bounds once trimmed) and ran the last two together.
    const scored = scoreDoc(labelled, { findings: [], sentences: [{ start: 0, end: 10 }, { start: 10, end: 27 }] }, text);
    expect(scored.map((s) => s.sameBounds)).toEqual([true, false, false]);
    expect(aggregate(scored).sameBounds).toBe(1);
    // Without engine sentences (the CLI route) the figure is unknown, not zero.
    expect(aggregate(scoreDoc(labelled, { findings: [] }, text)).sameBounds).toBeUndefined();
  });
});

describe('causeOf', () => {
  const base = { flagged: false, findings: [] };
  it('names the feature of a missed vague sentence', () => {
    expect(causeOf({ ...base, gold: 'V', predicted: 'U' }, 'The plan reportedly cost millions.')).toBe('V missed (→U): hedge adverb');
    expect(causeOf({ ...base, gold: 'V', predicted: 'U' }, 'The move has raised questions in Congress.')).toBe('V missed (→U): agentless reaction');
  });
  it('names questions among N sentences flagged U', () => {
    expect(causeOf({ ...base, gold: 'N', predicted: 'U' }, 'What happens next?')).toBe('U over-flagged (gold N): question');
  });
  it('names an unresolved pronoun among A sentences flagged U', () => {
    expect(causeOf({ ...base, gold: 'A', predicted: 'U' }, 'He said the vote was rigged.')).toBe('A flagged U: pronoun or short form not resolved');
  });
  it('uses the paragraph to tell quote continuations and colon lead-ins apart', async () => {
    const { contextOf } = await import('../../scripts/eval/run');
    const text = 'Intro line.\n\nThe mayor continued:\n\n"Taxes will fall. Jobs will come."\n\n"We will build," she said. "Roads first."\n';
    const at = (sentence: string) => {
      const start = text.indexOf(sentence);
      return contextOf(text, start, start + sentence.length);
    };
    const ctx = at('"Taxes will fall.');
    expect(ctx.paragraph.trim()).toBe('Jobs will come."');
    expect(ctx.previousParagraph).toBe('The mayor continued:');
    const aU = { ...base, gold: 'A' as const, predicted: 'U' as const };
    expect(causeOf(aU, 'Jobs will come."', undefined, at('Jobs will come."'))).toBe('A flagged U: block quotation after a colon lead-in ("He said:")');
    expect(causeOf(aU, '"Roads first."', undefined, at('"Roads first."'))).toBe('A flagged U: quotation or list continued in a paragraph that names the speaker');
  });

  it('is undefined for a right answer', () => {
    expect(causeOf({ ...base, gold: 'U', predicted: 'U' }, 'Prices rose 4 percent.')).toBeUndefined();
  });
});

describe('parseCliJson', () => {
  it('reads diagnostics and claims of the documented JSON shape back into document offsets', async () => {
    const { parseCliJson } = await import('../../scripts/eval/predict');
    const text = 'Title\n\nPrices rose. Officials said so.\n';
    const range = (l: number, a: number, b: number) => ({ start: { line: l, character: a }, end: { line: l, character: b } });
    const json = JSON.stringify({
      version: 1,
      files: [
        {
          path: 'd.md',
          diagnostics: [{ range: range(2, 13, 22), severity: 2, code: 'vague-attribution', source: 'sourcetrace', message: 'vague' }],
          claims: [
            { range: range(2, 0, 12), status: 'U', reason: 'number', source: null, cue: null },
            { range: range(2, 13, 31), status: 'V', reason: 'vague', source: { text: 'Officials', kind: 'vague' }, cue: { text: 'said' } },
          ],
        },
      ],
    });
    const preds = parseCliJson(json, new Map([['/x/d.md', text]]), '/x');
    const p = preds.get('/x/d.md')!;
    expect(p.findings).toEqual([{ ruleId: 'vague-attribution', start: 20, end: 29, message: 'vague' }]);
    expect(text.slice(20, 29)).toBe('Officials');
    expect(p.claims).toEqual([
      { start: 7, end: 19, status: 'U', reason: 'number' },
      { start: 20, end: 38, status: 'V', reason: 'vague', cue: 'said', source: 'Officials', sourceKind: 'vague' },
    ]);
    expect(() => parseCliJson('{"files": 3}', new Map(), '/x')).toThrow(/no "files" array/);
    expect(() => parseCliJson('not json', new Map(), '/x')).toThrow(/not JSON/);
  });
});

describe('bootstrapInterval', () => {
  it('is deterministic, zero-width when every draft scores the same, and brackets the estimate otherwise', async () => {
    const { bootstrapInterval } = await import('../../scripts/eval/score');
    const base = { flagged: false, findings: [] };
    const right = [{ ...base, gold: 'V' as Label, predicted: 'V' as const }, { ...base, gold: 'A' as Label, predicted: 'A' as const }];
    const wrong = [{ ...base, gold: 'V' as Label, predicted: 'U' as const }, { ...base, gold: 'A' as Label, predicted: 'V' as const }];
    const f1 = (s: ReturnType<typeof aggregate>) => s.V.f1;
    expect(bootstrapInterval([right, right, right], f1)).toEqual([1, 1]);
    const mixed = [right, wrong, right, wrong];
    const a = bootstrapInterval(mixed, f1);
    expect(bootstrapInterval(mixed, f1)).toEqual(a);
    const estimate = aggregate(mixed.flat()).V.f1;
    expect(a[0]).toBeLessThanOrEqual(estimate);
    expect(a[1]).toBeGreaterThanOrEqual(estimate);
    expect(a[0]).toBeLessThan(a[1]);
  });
});
