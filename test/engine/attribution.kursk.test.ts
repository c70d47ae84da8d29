/**
 * The attribution stage on the worked example of the editorial standard: for
 * every labelled sentence of the Kursk draft, the attributions found must fit
 * the label. A sentence labelled A has an identified attribution whose source
 * overlaps the labelled phrase; a V sentence has a vague one whose cue or
 * source overlaps the labelled phrase (each part of "reportedly | has been
 * noted" separately); U and N sentences have no cue-word attribution.
 *
 * The draft and its labels are read at run time from the shared folder beside
 * the repository (never copied into the project).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../server/src/engine/attribution';
import { defaultConfig } from '../../server/src/engine/config';
import { parseDirectives } from '../../server/src/engine/directives';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import type { Span } from '../../server/src/engine/types';

const shared = path.resolve(__dirname, '../../../shared/examples');
const text = readFileSync(path.join(shared, 'kursk-draft.md'), 'utf8');
const tsv = readFileSync(path.join(shared, 'kursk-draft.labels.tsv'), 'utf8');

const lineStarts = [0];
for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);

interface Row {
  n: number;
  label: 'A' | 'V' | 'U' | 'N';
  start: number;
  end: number;
  /** Where each part of the labelled phrase is in the document. */
  phrases: Span[];
}

const rows: Row[] = tsv
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => {
    const [n, label, line, start, end, phrase = ''] = l.split('\t');
    const from = lineStarts[Number(line)]! + Number(start);
    const to = lineStarts[Number(line)]! + Number(end);
    const sentence = text.slice(from, to);
    const phrases = phrase
      .split(' | ')
      .filter((p) => p)
      .map((p) => {
        const at = sentence.indexOf(p);
        return { start: from + at, end: from + at + p.length };
      });
    return { n: Number(n), label: label as Row['label'], start: from, end: to, phrases };
  });

const doc = extractProse(text);
const sentences = splitSentences(doc);
const result = findAttributions(doc, sentences, parseDirectives(doc, sentences), defaultConfig());

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const CUE_WORDS = new Set(['speech-verb', 'according-to', 'hedge', 'passive', 'reaction']);

function attributionsIn(row: Row) {
  return result.attributions.filter((a) => a.cue.start >= row.start && a.cue.end <= row.end);
}

describe('attribution on the Kursk draft', () => {
  it('reads all 29 labelled sentences', () => {
    expect(rows).toHaveLength(29);
    for (const r of rows) for (const p of r.phrases) expect(p.start).toBeGreaterThanOrEqual(r.start);
  });

  it.each(rows.filter((r) => r.label === 'A').map((r) => [r.n, r] as const))('sentence %i (A) has an identified source on the labelled phrase', (_n, row) => {
    const found = attributionsIn(row).filter((a) => !a.vague && a.source && CUE_WORDS.has(a.cue.kind));
    expect(found.some((a) => row.phrases.some((p) => overlaps(a.source!, p)))).toBe(true);
  });

  it.each(rows.filter((r) => r.label === 'V').map((r) => [r.n, r] as const))('sentence %i (V) has a vague attribution on each labelled phrase', (_n, row) => {
    const vague = attributionsIn(row).filter((a) => a.vague);
    for (const p of row.phrases) expect(vague.some((a) => overlaps(a.cue, p) || (a.source && overlaps(a.source, p)))).toBe(true);
  });

  it.each(rows.filter((r) => r.label === 'U' || r.label === 'N').map((r) => [r.n, r] as const))('sentence %i (U/N) has no cue-word attribution', (_n, row) => {
    expect(attributionsIn(row).filter((a) => CUE_WORDS.has(a.cue.kind))).toEqual([]);
  });

  it('resolves "the North Korean leader" to the leader named before it', () => {
    const row = rows.find((r) => r.n === 4)!;
    const a = attributionsIn(row).find((x) => x.cue.kind === 'according-to')!;
    expect(a.source?.antecedent).toBeDefined();
    expect(result.entities[a.source!.entity!]!.kind).toBe('person');
  });

  it('pairs the single-quoted phrase with a named speaker in its paragraph', () => {
    const phraseQuotes = result.quotes.filter((q) => q.single);
    expect(phraseQuotes.length).toBeGreaterThan(0);
    for (const q of phraseQuotes) expect(q.speaker).toBeDefined();
  });
});
