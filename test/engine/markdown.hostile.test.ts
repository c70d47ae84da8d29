/**
 * Hostile inputs: huge, deep, degenerate or malformed documents. For each, the
 * prose stage and the sentence splitter must not throw and must keep their
 * invariants (same length, line breaks kept, blocks and sentences within
 * bounds and in order). These tests also guard against quadratic behaviour:
 * a quadratic scan of these inputs would run for minutes and time out.
 */
import { describe, expect, it } from 'vitest';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import { parseDirectives } from '../../server/src/engine/directives';
import { assertInvariants, blockTexts } from './markdown-invariants';

/** Runs the prose stages on `md` and checks every invariant. */
function check(md: string) {
  const doc = extractProse(md);
  const sentences = splitSentences(doc);
  assertInvariants(doc, sentences);
  parseDirectives(doc, sentences);
  return { doc, sentences };
}

describe('hostile inputs', () => {
  it('a 10 MB single line', () => {
    const md = 'The ministry said the unit returned. '.repeat(Math.ceil((10 * 1024 * 1024) / 37));
    const { doc, sentences } = check(md);
    expect(doc.blocks).toHaveLength(1);
    expect(sentences.length).toBeGreaterThan(250_000);
  });

  it('10,000 nested block quotes on one line', () => {
    const { doc } = check('> '.repeat(10_000) + 'deep text.\n\nAfter.');
    expect(blockTexts(doc)).toContain('After.');
  });

  it('10,000 nested block quotes, one per line', () => {
    const lines: string[] = [];
    for (let i = 1; i <= 10_000; i++) lines.push('>'.repeat(Math.min(i, 300)) + ' level ' + i);
    check(lines.join('\n'));
  });

  it('10,000 nested list items', () => {
    const { doc } = check('- '.repeat(10_000) + 'deep item.\n\nAfter.');
    expect(blockTexts(doc)).toContain('After.');
    check('1. '.repeat(10_000) + 'x');
    check('> - '.repeat(5_000) + 'x');
  });

  it('a 1 MB sentence', () => {
    const md = 'word '.repeat(200_000) + 'end.';
    const { sentences } = check(md);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatchObject({ start: 0, end: md.length, open: false });
  });

  it('100,000 paragraphs without end punctuation, then one period', () => {
    const { sentences } = check('A line with no end\n\n'.repeat(100_000) + 'Finally.');
    expect(sentences).toHaveLength(100_001);
    expect(sentences.filter((s) => !s.open)).toHaveLength(1);
  });

  it('50,000 quotation marks', () => {
    check('"'.repeat(50_000));
    check('“a.” '.repeat(50_000));
    check('"It is." '.repeat(50_000));
  });

  it('unclosed fences and unclosed constructs', () => {
    check('```\n' + 'code line\n'.repeat(10_000));
    check('Text `' + 'a'.repeat(100_000));
    check('<!-- ' + 'a '.repeat(100_000));
    check('Text <!-- ' + 'a '.repeat(100_000));
    check('[' + 'a'.repeat(100_000));
  });

  it('a 5,000-column table', () => {
    const head = '|' + Array.from({ length: 5_000 }, (_, i) => ` c${i} `).join('|') + '|';
    const delim = '|' + '---|'.repeat(5_000);
    const row = '|' + Array.from({ length: 5_000 }, (_, i) => ` v${i} `).join('|') + '|';
    const { doc } = check([head, delim, row, row].join('\n'));
    expect(doc.blocks).toHaveLength(15_000);
    expect(doc.blocks.every((b) => b.kind === 'table-cell')).toBe(true);
  });

  it('lone surrogates, NUL, BOM, CRLF and lone CR', () => {
    check('\uD800 lone high. \uDC00 lone low. 😀 pair.');
    check('*\uD800*[\uDC00](\uD800) `\uDC00`');
    check('\u0000\u0000 text \u0000.\n\n> \u0000');
    check('\uFEFF\uFEFF text.');
    check('\uFEFF');
    check('a\r\n\r\n> b\r\n> c\r\rd\r');
    check('\r\r\r\n\n\r');
    check('');
  });

  // Degenerate inline markup in bulk, one test per pattern.
  const n = 50_000;
  const ticks = Array.from({ length: 399 }, (_, i) => '`'.repeat(i + 1)).join(' x ');
  const bulk: [string, string][] = [
    ...['[a](', '[a](x(', '[a]("', '[a](<', '<a x="', "<a x='y' ", '<a ', '<http:', '_a_ *b* ', '![[', '<!--', '<!--->', '&amp', '[^', 'https://', 'www.a(', '`a` ', '*a ', 'a* ', '**a* ', '[*a ', '~a~~ '].map(
      (unit): [string, string] => [`${JSON.stringify(unit)} × ${n}`, unit.repeat(n)],
    ),
    ...['*', '[', ']', '[]', '&', '\\'].map((unit): [string, string] => [`${JSON.stringify(unit)} × ${4 * n}`, unit.repeat(4 * n)]),
    ['backtick runs of every length up to 399', ticks],
    ['200,000 stars around one letter', '*'.repeat(100_000) + 'a' + '*'.repeat(100_000)],
  ];
  for (const [name, md] of bulk) {
    it(`degenerate inline markup: ${name}`, () => {
      check(md);
    });
  }

  it('many reference definitions and links to them', () => {
    const defs = Array.from({ length: 10_000 }, (_, i) => `[r${i}]: https://e.org/${i}`).join('\n');
    const text = Array.from({ length: 10_000 }, (_, i) => `[t][r${i}]`).join(' ');
    const { doc } = check(text + '\n\n' + defs);
    expect(doc.links).toHaveLength(10_000);
  });

  it('many footnote definitions and HTML blocks', () => {
    check(Array.from({ length: 10_000 }, (_, i) => `[^${i}]: note ${i}\n    more`).join('\n'));
    check('<div>\n'.repeat(10_000));
    check('<!-- a -->\n'.repeat(10_000));
  });

  it('many front-matter-like fences', () => {
    check('---\n'.repeat(10_000));
    const { doc } = check('---\n' + 'key: value\n'.repeat(20_000) + '---\nBody.');
    expect(doc.frontMatter?.error).toMatch(/too long/);
    expect(blockTexts(doc)).toEqual(['Body.']);
    check('---\n' + '&a [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n---\n');
  });
});
