import { describe, expect, it } from 'vitest';
import { codePointToUtf16, parseBrat } from '../../scripts/eval/brat';
import { chooseAnnotation, matchSpans, predictedSpans, spanScores } from '../../scripts/eval/spans';

describe('parseBrat', () => {
  const ann = [
    'T1\tSource 0 9\tThe mayor',
    'T2\tCue 10 14\tsaid',
    'T3\tContent 15 30;35 40\ttaxes will rise',
    'T4\tAttribution 10 14\tsaid',
    'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
    '#1\tAnnotatorNotes T1\ta note',
    '',
  ].join('\n');

  it('reads spans, discontinuous fragments and events', () => {
    const doc = parseBrat(ann);
    expect(doc.spans.get('T1')).toEqual({ id: 'T1', label: 'Source', fragments: [{ start: 0, end: 9 }], text: 'The mayor' });
    expect(doc.spans.get('T3')!.fragments).toEqual([
      { start: 15, end: 30 },
      { start: 35, end: 40 },
    ]);
    expect(doc.events).toEqual([{ id: 'E1', type: 'Attribution', anchor: 'T4', args: { Source: 'T1', Cue: 'T2', Content: 'T3' } }]);
  });

  it('reports malformed lines and dangling references with the file name', () => {
    expect(() => parseBrat('T1\tCue ten 14\tsaid', 'a.ann')).toThrow(/a\.ann:1: span T1 has a bad fragment/);
    expect(() => parseBrat('T1\tCue 14 10\tsaid', 'a.ann')).toThrow(/ends before it starts/);
    expect(() => parseBrat('E1\tAttribution:T9 Cue:T2', 'a.ann')).toThrow(/refers to T9/);
  });
});

describe('codePointToUtf16', () => {
  it('is the identity without astral characters and shifts after them', () => {
    expect(codePointToUtf16('plain text')(5)).toBe(5);
    // "a😀b": code points a=0, 😀=1, b=2; in UTF-16 b is at 3.
    const f = codePointToUtf16('a😀b');
    expect(f(1)).toBe(1);
    expect(f(2)).toBe(3);
  });
});

describe('chooseAnnotation', () => {
  it('picks the first annotator id and ignores other articles sharing a prefix', () => {
    const files = ['art_x_b2.ann', 'art_a9.ann', 'art_ff.ann', 'art_x_00.ann'];
    expect(chooseAnnotation('art', files)).toBe('art_a9.ann');
    expect(chooseAnnotation('art_x', files)).toBe('art_x_00.ann');
    expect(chooseAnnotation('none', files)).toBeUndefined();
  });
});

describe('matchSpans', () => {
  it('counts exact and one-to-one overlap matches', () => {
    const gold = [{ start: 0, end: 9 }, { start: 20, end: 24 }, { start: 40, end: 50 }];
    // Exact on [0,9); [21,30) overlaps [20,24); [22,23) also overlaps it but the gold span is already taken; [60,62) matches nothing.
    const pred = [{ start: 0, end: 9 }, { start: 21, end: 30 }, { start: 22, end: 23 }, { start: 60, end: 62 }];
    const m = matchSpans(gold, pred);
    expect(m).toMatchObject({ gold: 3, predicted: 4, exact: 1, overlap: 2 });
    expect(m.missed).toEqual([{ start: 40, end: 50 }]);
    expect(m.spurious).toEqual([{ start: 22, end: 23 }, { start: 60, end: 62 }]);
    const s = spanScores(m);
    // Exact: P = 1/4, R = 1/3; overlap: P = 2/4, R = 2/3, F1 = 2·(1/2·2/3)/(1/2+2/3) = 4/7.
    expect(s.exact.precision).toBe(0.25);
    expect(s.exact.recall).toBeCloseTo(1 / 3, 12);
    expect(s.overlap.f1).toBeCloseTo(4 / 7, 12);
  });
});

describe('predictedSpans', () => {
  it('keeps word cues and named or vague sources, drops link cues, hedge sources and quotation-mark attributions, dedupes', () => {
    const cue = (start: number, end: number, kind: string) => ({ start, end, text: '', kind }) as never;
    const src = (start: number, end: number, kind: string) => ({ start, end, text: '', kind }) as never;
    const a = {
      attributions: [
        { sentence: 0, cue: cue(10, 14, 'speech-verb'), source: src(0, 9, 'person'), vague: false, confidence: 1 },
        { sentence: 0, cue: cue(10, 14, 'speech-verb'), source: src(0, 9, 'person'), vague: false, confidence: 1 },
        { sentence: 1, cue: cue(30, 40, 'hedge'), source: src(30, 40, 'hedge'), vague: true, confidence: 1 },
        { sentence: 2, cue: cue(50, 60, 'link'), source: src(50, 60, 'link'), vague: false, confidence: 1 },
        { sentence: 3, cue: cue(70, 71, 'quote'), source: src(80, 88, 'person'), vague: false, confidence: 1 },
      ],
    };
    expect(predictedSpans(a)).toEqual({ cues: [{ start: 10, end: 14 }, { start: 30, end: 40 }], sources: [{ start: 0, end: 9 }] });
  });
});
