/**
 * The block parser is markdown-it with a few rules and its state replaced for
 * speed (see server/src/engine/markdown/blocks.ts). These tests check that the
 * block structure is still exactly markdown-it's: same containers, same
 * blocks, same line ranges, on random Markdown.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { PARAGRAPH, parseBlocks } from '../../server/src/engine/markdown/blocks';
import { lineStartOffsets } from '../../server/src/engine/text';

const plain = new MarkdownIt('default', { html: true });
plain.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
plain.validateLink = () => true;

/** Block kinds whose tokens both parsers make, with their line ranges. */
const KINDS = new Set(['paragraph_open', 'heading_open', 'blockquote_open', 'bullet_list_open', 'ordered_list_open', 'list_item_open', 'fence', 'code_block', 'html_block', 'hr', 'tr_open']);

function outline(tokens: { type: string; map: [number, number] | null }[]): string[] {
  return tokens.filter((t) => KINDS.has(t.type) || t.type === PARAGRAPH).map((t) => `${t.type === PARAGRAPH ? 'paragraph_open' : t.type} ${t.map?.join('-')}`);
}

function compare(md: string): void {
  const ours = parseBlocks(md, lineStartOffsets(md)).rounds[0]!;
  expect(outline(ours)).toEqual(outline(plain.parse(md, {})));
}

const PIECES = [...' \t\n\r*_-+#>|`~:[]()!<>=.1aB', '\r\n', '    ', '- ', '1. ', '> ', '```', '~~~', '---', '***', '===', '# ', '| a | b |\n|---|---|\n', '<div>', '</div>', '<!-- c -->', '[x]: /u', 'text '];

describe('block structure', () => {
  it('is markdown-it’s on fixed documents', () => {
    compare('# H\n\npara\ngraph\n\n> q\n> > qq\nlazy\n\n- a\n  - b\n\n  c\n1. x\n\n```\ncode\n```\n\n    indented\n\n| a | b |\n|---|---|\n| c | d |\n\n<div>\nx\n</div>\n\nSetext\n---\n');
    compare('  \n\t\n  x\n \t');
  });

  it('is markdown-it’s on random Markdown', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (parts) => compare(parts.join(''))),
      { numRuns: 1000 },
    );
  });
});
