import { describe, expect, it } from 'vitest';
import { DRAFT_SIZES, generateDraft, generateShape, utf8Length } from '../../scripts/bench/generate';

describe('bench draft generator', () => {
  it('gives the same draft for the same seed and size, and another for another seed', () => {
    const a = generateDraft(DRAFT_SIZES['5KB'], 42);
    expect(generateDraft(DRAFT_SIZES['5KB'], 42)).toBe(a);
    expect(generateDraft(DRAFT_SIZES['5KB'], 43)).not.toBe(a);
  });

  it.each(['5KB', '100KB', '1MB'] as const)('reaches %s, overshooting by at most a few KB', (label) => {
    const target = DRAFT_SIZES[label];
    const text = generateDraft(target, 7);
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeGreaterThanOrEqual(target);
    expect(bytes).toBeLessThan(target + 4096);
  });

  it('counts UTF-8 bytes like Buffer does, astral characters included', () => {
    const text = generateDraft(DRAFT_SIZES['100KB'], 3) + 'Zoë “x” — 😮';
    expect(utf8Length(text)).toBe(Buffer.byteLength(text));
  });

  it('writes every Markdown construct and every kind of attribution the engine must handle', () => {
    const text = generateDraft(DRAFT_SIZES['100KB'], 11);
    const expected: [string, RegExp][] = [
      ['title heading', /^# \S/m],
      ['section heading', /^## \S/m],
      ['bullet list', /^[-*] \S/m],
      ['ordered list', /^\d+\. \S/m],
      ['link', /\]\(https:\/\/news\.example\.org\//],
      ['emphasis', /(\*\*|\*|_)[a-z]{4,}\1/],
      ['footnote reference', /\[\^[\w-]+\](?!:)/],
      ['footnote definition', /^\[\^[\w-]+\]: \S/m],
      ['block quote', /^> \S/m],
      ['fenced code', /^```/m],
      ['table', /^\|:--\|--:\|/m],
      ['source note', /<!-- source: /],
      ['curly quotation', /“[^”]+”/],
      ['named speech cue', /, [A-Z][\p{L}’]+ [A-Z][\p{L}’]+ (said|confirmed|announced|warned)\./u],
      ['according to', /According to (the|[A-Z])/],
      ['vague source', /\b(analysts|officials|experts|observers|critics) (said|warned|noted|argued)/],
      ['hedge', /\breportedly\b|\bIt is believed\b/],
      ['placeholder', /\[SOURCE\]/],
      ['number', /\d+(,\d{3})?( per cent|%)?/],
    ];
    const missing = expected.filter(([, re]) => !re.test(text)).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('repeats no paragraph in a 1 MB draft, so nothing can be cached per paragraph', () => {
    const paragraphs = generateDraft(DRAFT_SIZES['1MB'], 5)
      .split('\n\n')
      .filter((p) => p.length > 200);
    expect(paragraphs.length).toBeGreaterThan(1000);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });

  it('makes the pathological shapes the linear-cost check needs', () => {
    const size = 200 * 1024;
    const paragraph = generateShape('single-paragraph', size, 1);
    expect(paragraph.trimEnd()).not.toMatch(/\n/);
    expect(Buffer.byteLength(paragraph)).toBeGreaterThanOrEqual(size);

    const sentence = generateShape('single-sentence', size, 1).trimEnd();
    expect(sentence.slice(0, -1)).not.toMatch(/[.!?]/);
    expect(sentence.endsWith('.')).toBe(true);

    const quotes = generateShape('quotes', 1024 * 1024, 1);
    const marks = quotes.match(/[“”‘’"]/g)?.length ?? 0;
    expect(marks).toBeGreaterThanOrEqual(100_000);
  });
});
