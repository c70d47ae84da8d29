/**
 * Invariants every prose view must satisfy, whatever the input: shared by the
 * markdown, hostile-input and sentence tests. The checks run in plain code and
 * end in one assertion listing every violation, so that they stay cheap on
 * documents with hundreds of thousands of sentences.
 */
import { expect } from 'vitest';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import type { ProseDocument, Sentence, Span } from '../../server/src/engine/types';

const WS = /\s/;

/** Lists the violations of the `ProseDocument` contract (and of the sentences') in `doc`. */
export function invariantViolations(doc: ProseDocument, sentences: Sentence[]): string[] {
  const { source, prose } = doc;
  const n = source.length;
  const errors: string[] = [];
  const bounds = (what: string, s: Span): void => {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= n)) errors.push(`${what} out of bounds: ${s.start}-${s.end}`);
  };
  if (prose.length !== n) errors.push(`prose length ${prose.length} != source length ${n}`);
  for (let i = 0; i < n && errors.length < 10; i++) {
    const c = source.charCodeAt(i);
    const p = prose.charCodeAt(i);
    if (c === 10 || c === 13 ? p !== c : p !== c && p !== 32) errors.push(`code unit ${i} changed: ${c} -> ${p}`);
  }
  let prevEnd = 0;
  doc.blocks.forEach((b, i) => {
    if (b.index !== i) errors.push(`block ${i} has index ${b.index}`);
    bounds(`block ${i}`, b);
    if (b.end <= b.start) errors.push(`block ${i} is empty`);
    if (b.start < prevEnd) errors.push(`block ${i} overlaps the one before`);
    prevEnd = b.end;
  });
  doc.links.forEach((l, i) => {
    bounds(`link ${i}`, l);
    bounds(`link text ${i}`, l.text);
  });
  [...doc.comments, ...doc.footnoteRefs, ...doc.footnoteDefs].forEach((s, i) => bounds(`record ${i}`, s));
  doc.comments.forEach((c, i) => {
    const text = source.slice(c.start, c.end);
    if (!text.startsWith('<!--') || (!text.endsWith('-->') && text !== '<!-->')) errors.push(`comment ${i} is not a comment: ${JSON.stringify(text.slice(0, 40))}`);
  });
  // Code spans: in order, apart, each opened and closed by backtick runs of one length, all masked.
  prevEnd = 0;
  doc.codeSpans.forEach((c, i) => {
    bounds(`code span ${i}`, c);
    if (c.start < prevEnd) errors.push(`code span ${i} overlaps the one before`);
    prevEnd = c.end;
    let open = c.start;
    while (source.charCodeAt(open) === 96) open++;
    let close = c.end;
    while (close > open && source.charCodeAt(close - 1) === 96) close--;
    if (open === c.start || open - c.start !== c.end - close) errors.push(`code span ${i} is not a code span: ${JSON.stringify(source.slice(c.start, c.start + 40))}`);
    if (doc.kept.subarray(c.start, c.end).some((k, j) => k === 1 && source.charCodeAt(c.start + j) !== 10 && source.charCodeAt(c.start + j) !== 13)) errors.push(`code span ${i} is not masked`);
  });
  doc.footnoteRefs.forEach((f, i) => {
    if (source.slice(f.start, f.end) !== `[^${f.label}]`) errors.push(`footnote reference ${i} does not match its label`);
  });
  doc.blocks.forEach((b, i) => {
    if (WS.test(prose[b.start] ?? '') || WS.test(prose[b.end - 1] ?? '')) errors.push(`block ${i} is not trimmed`);
  });
  prevEnd = 0;
  sentences.forEach((s, i) => {
    const b = doc.blocks[s.block];
    if (s.index !== i) errors.push(`sentence ${i} has index ${s.index}`);
    if (!b || s.start < b.start || s.end > b.end) errors.push(`sentence ${i} outside its block`);
    if (s.end <= s.start) errors.push(`sentence ${i} is empty`);
    if (s.start < prevEnd) errors.push(`sentence ${i} overlaps the one before`);
    if (WS.test(prose[s.start] ?? '') || WS.test(prose[s.end - 1] ?? '')) errors.push(`sentence ${i} is not trimmed`);
    prevEnd = s.end;
  });
  return errors.slice(0, 20);
}

/** Asserts that `doc` and its sentences keep every invariant. */
export function assertInvariants(doc: ProseDocument, sentences: Sentence[] = splitSentences(doc)): void {
  expect(invariantViolations(doc, sentences)).toEqual([]);
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
