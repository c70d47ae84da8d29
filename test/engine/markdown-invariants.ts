/**
 * Invariants every prose view must satisfy, whatever the input: shared by the
 * markdown, hostile-input and sentence tests.
 */
import { expect } from 'vitest';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import type { ProseDocument, Sentence, Span } from '../../server/src/engine/types';

function inBounds(s: Span, n: number): void {
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeLessThanOrEqual(n);
  expect(s.start).toBeLessThanOrEqual(s.end);
}

/** Checks the contract of `ProseDocument` (and of the sentences) on `doc`. */
export function assertInvariants(doc: ProseDocument, sentences: Sentence[] = splitSentences(doc)): void {
  const { source, prose } = doc;
  const n = source.length;
  expect(prose.length).toBe(n);
  // Every code unit is kept or blanked; line breaks always stay.
  let bad = -1;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    const p = prose.charCodeAt(i);
    if (c === 10 || c === 13 ? p !== c : p !== c && p !== 32) {
      bad = i;
      break;
    }
  }
  expect(bad).toBe(-1);
  let prevEnd = 0;
  doc.blocks.forEach((b, i) => {
    expect(b.index).toBe(i);
    inBounds(b, n);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = b.end;
  });
  for (const l of doc.links) {
    inBounds(l, n);
    inBounds(l.text, n);
  }
  for (const s of [...doc.comments, ...doc.footnoteRefs, ...doc.footnoteDefs]) inBounds(s, n);
  prevEnd = 0;
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    const b = doc.blocks[s.block]!;
    expect(s.start).toBeGreaterThanOrEqual(b.start);
    expect(s.end).toBeLessThanOrEqual(b.end);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(/\s/.test(prose[s.start]!)).toBe(false);
    expect(/\s/.test(prose[s.end - 1]!)).toBe(false);
    prevEnd = s.end;
  });
}

/** Extracts the prose of `source`, checks the invariants and returns the document. */
export function prose(source: string): ProseDocument {
  const doc = extractProse(source);
  assertInvariants(doc);
  return doc;
}

/** The text of each block, read from the prose view. */
export function blockTexts(doc: ProseDocument): string[] {
  return doc.blocks.map((b) => doc.prose.slice(b.start, b.end));
}
