/**
 * The worked example of the editorial standard: the sentences of the Kursk
 * draft must be exactly its 29 labelled spans (plus the heading, a block of
 * its own). The draft and its labels are read at run time from ../shared,
 * beside the repository, and never copied into it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import { lineStartOffsets } from '../../server/src/engine/text';
import { assertInvariants } from './markdown-invariants';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const examples = path.resolve(repoRoot, '../shared/examples');

describe('kursk-draft.md', () => {
  const text = readFileSync(path.join(examples, 'kursk-draft.md'), 'utf8');
  const rows = readFileSync(path.join(examples, 'kursk-draft.labels.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
  const starts = lineStartOffsets(text);
  const labelled = rows.map(([n, , line, start, end]) => ({ n: Number(n), start: starts[Number(line)]! + Number(start), end: starts[Number(line)]! + Number(end) }));
  const doc = extractProse(text);
  const sentences = splitSentences(doc);

  it('has 29 labelled sentences', () => {
    expect(labelled).toHaveLength(29);
  });

  it('keeps the invariants', () => {
    assertInvariants(doc, sentences);
  });

  it('finds exactly the labelled spans, besides the heading', () => {
    const body = sentences.filter((s) => doc.blocks[s.block]!.kind !== 'heading');
    expect(body.map((s) => [s.start, s.end])).toEqual(labelled.map((l) => [l.start, l.end]));
    expect(body.every((s) => !s.open)).toBe(true);
  });

  it('reads the title as one heading sentence', () => {
    const headings = sentences.filter((s) => doc.blocks[s.block]!.kind === 'heading');
    expect(headings).toHaveLength(1);
    expect(doc.prose.slice(headings[0]!.start, headings[0]!.end)).toBe(text.slice(2, text.indexOf('\n')));
  });
});
