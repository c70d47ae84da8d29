/**
 * The language server's pure helpers, on hand-made analyses: the source
 * index behind symbols, definition and references; dropping overlapping
 * fixes; and the settings reader.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis, SourceMention } from '../../server/src/engine/types';
import { emptyAnalysis } from '../../server/src/lsp/analysis';
import { nonOverlapping } from '../../server/src/lsp/codeActions';
import { locateKey } from '../../server/src/lsp/configFiles';
import type { DiagnosticFix } from '../../server/src/lsp/diagnostics';
import { mostSevere } from '../../server/src/lsp/diagnostics';
import { escapeMd } from '../../server/src/lsp/hover';
import { claimLabel } from '../../server/src/lsp/navigation';
import { DEFAULT_MAX_PROBLEMS, readSettings } from '../../server/src/lsp/settings';
import { buildSourceIndex, findContaining, mentionAt } from '../../server/src/lsp/sources';

const mention = (start: number, text: string, kind: SourceMention['kind'], extra: Partial<SourceMention> = {}): SourceMention => ({
  start,
  end: start + text.length,
  text,
  kind,
  ...extra,
});

/** "Anna Brown said X. She said Y. Analysts say Z. Officials said W. Analysts agree." */
function sample(): Analysis {
  const a = emptyAnalysis();
  const brown = mention(0, 'Anna Brown', 'person', { entity: 0 });
  const she = mention(20, 'She', 'person', { entity: 0, antecedent: { start: 0, end: 10, text: 'Anna Brown' } });
  const analysts = mention(40, 'Analysts', 'vague');
  const analysts2 = mention(80, 'analysts', 'vague');
  a.entities = [{ id: 0, name: 'Anna Brown', kind: 'person', introduced: { start: 0, end: 10 }, mentions: [{ start: 0, end: 10 }, { start: 20, end: 23 }], claims: [0, 1] }];
  const cue = (start: number, text: string) => ({ start, end: start + text.length, text, kind: 'speech-verb' as const });
  a.attributions = [
    { sentence: 0, cue: cue(11, 'said'), source: brown, vague: false, confidence: 1 },
    { sentence: 1, cue: cue(24, 'said'), source: she, vague: false, confidence: 1 },
    { sentence: 2, cue: cue(49, 'say'), source: analysts, vague: true, confidence: 1 },
    { sentence: 3, cue: cue(89, 'agree'), source: analysts2, vague: true, confidence: 1 },
  ];
  a.claims = [
    { start: 0, end: 18, sentence: 0, status: 'A', source: brown, reason: '', confidence: 1 },
    { start: 20, end: 38, sentence: 1, status: 'A', source: she, reason: '', confidence: 1 },
    { start: 40, end: 58, sentence: 2, status: 'V', source: analysts, reason: '', confidence: 1 },
    { start: 60, end: 78, sentence: 3, status: 'U', reason: '', confidence: 1 },
    { start: 80, end: 98, sentence: 4, status: 'V', source: analysts2, reason: '', confidence: 1 },
  ];
  return a;
}

describe('source index', () => {
  it('groups entity mentions, and vague sources by phrase, with the claims resting on each', () => {
    const index = buildSourceIndex(sample());
    expect(index.sources.map((s) => [s.name, s.category, s.claims, s.mentions.map((m) => m.start)])).toEqual([
      ['Anna Brown', 'named', [0, 1], [0, 20]],
      ['Analysts', 'vague', [2, 4], [40, 80]],
    ]);
    expect(mentionAt(index, 21)?.source).toBe(0);
    expect(mentionAt(index, 48)?.source).toBe(1);
    expect(mentionAt(index, 30)).toBeUndefined();
  });

  it('leaves out the holder of a cue only the learned model found: no claim rests on it', () => {
    const a = sample();
    // "The harbour board is pushing for a terminal.": a stance in PolNeAR's sense, not a source.
    const board = mention(100, 'The harbour board', 'organization');
    a.attributions.push({ sentence: 5, cue: { start: 121, end: 128, text: 'pushing', kind: 'speech-verb' }, source: board, vague: false, confidence: 0.5, learned: true });
    const index = buildSourceIndex(a);
    expect(index.sources.map((s) => s.name)).toEqual(['Anna Brown', 'Analysts']);
    expect(mentionAt(index, 105)).toBeUndefined();
  });

  it('finds the span containing an offset by binary search', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 10, end: 15 },
      { start: 20, end: 25 },
    ];
    expect([0, 5, 7, 12, 25, 26].map((o) => findContaining(spans, o))).toEqual([0, 0, -1, 1, 2, -1]);
  });
});

describe('overlapping fixes', () => {
  const fix = (title: string, ...edits: [number, number, string][]): DiagnosticFix => ({
    title,
    kind: 'replace',
    edits: edits.map(([start, end, newText]) => ({ start, end, newText })),
  });

  it('keeps the first of two overlapping fixes whole and sorts the edits', () => {
    const edits = nonOverlapping([fix('a', [10, 20, 'A']), fix('b', [15, 25, 'B'], [40, 40, 'b']), fix('c', [30, 30, 'C']), fix('d', [0, 5, 'D'])]);
    expect(edits.map((e) => e.newText)).toEqual(['D', 'A', 'C']);
  });

  it('treats two insertions at one place as overlapping, and touching ranges as not', () => {
    const edits = nonOverlapping([fix('a', [10, 10, 'A']), fix('b', [10, 10, 'B']), fix('c', [10, 12, 'C']), fix('d', [5, 10, 'D'])]);
    expect(edits.map((e) => e.newText)).toEqual(['D', 'A']);
  });
});

describe('mostSevere', () => {
  it('keeps errors first, then warnings, information and hints, each in list order, the list order kept', () => {
    const list = [2, 4, 1, 3, 2, 1, 2, undefined, 4].map((severity, i) => ({ severity: severity as 1 | 2 | 3 | 4 | undefined, i }));
    const ids = (room: number) => mostSevere(list, room).shown.map((d) => d.i);
    expect(ids(9)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(mostSevere(list, 9).shown).toBe(list);
    expect(ids(0)).toEqual([]);
    expect(ids(1)).toEqual([2]);
    expect(ids(2)).toEqual([2, 5]);
    // An absent severity is an error, as vscode-languageclient reads it.
    expect(ids(3)).toEqual([2, 5, 7]);
    expect(ids(4)).toEqual([0, 2, 5, 7]);
    expect(ids(6)).toEqual([0, 2, 4, 5, 6, 7]);
    expect(ids(7)).toEqual([0, 2, 3, 4, 5, 6, 7]);
    expect(ids(8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(mostSevere(list, 3).omitted).toBe(6);
    expect(mostSevere(list, -2)).toEqual({ shown: [], omitted: 9 });
  });
});

describe('small helpers', () => {
  it('locates a dotted key in JSON text', () => {
    const text = '{\n  "rules": {\n    "vague-attribution": "loud"\n  }\n}';
    const span = locateKey(text, 'rules.vague-attribution')!;
    expect(text.slice(span.start, span.end)).toBe('"vague-attribution"');
    expect(text.slice(locateKey(text, 'rules.nope')!.start).startsWith('"rules"')).toBe(true);
  });

  it('escapes Markdown in draft text and shortens claims at a word boundary', () => {
    expect(escapeMd('a | b *c* [d]\n e')).toBe('a \\| b \\*c\\* \\[d\\] e');
    const label = claimLabel('word '.repeat(40), 30);
    expect(label.length).toBeLessThanOrEqual(31);
    expect(label.endsWith('word…')).toBe(true);
  });

  it('reads settings: nulls are unset, trace and enable are the editor’s', () => {
    expect(readSettings(undefined)).toEqual({ enable: true, maxProblems: DEFAULT_MAX_PROBLEMS, config: {}, issues: [] });
    expect(readSettings({ enable: false, maxProblems: 20, trace: { server: 'verbose' }, knownSources: ['the Agency', null] })).toEqual({
      enable: false,
      maxProblems: 20,
      config: { knownSources: ['the Agency'] },
      issues: [],
    });
    const bad = readSettings({ maxProblems: 2.5, minConfidence: 0.9 });
    expect([bad.maxProblems, bad.config, bad.issues.map((i) => i.path)]).toEqual([DEFAULT_MAX_PROBLEMS, { minConfidence: 0.9 }, ['maxProblems']]);
    expect(readSettings('nonsense').issues.map((i) => i.message)).toEqual(['expected an object of settings']);
  });
});
