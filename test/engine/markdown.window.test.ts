/**
 * The windowed re-parse of the prose view (`reparseProse` in
 * server/src/engine/markdown.ts) must give exactly what a parse of the whole
 * new text gives, or nothing (the caller then parses it all). Checked on
 * random drafts under random edits, the edits that reach far (fences, HTML
 * blocks, front matter, link reference and footnote definitions, lists, block
 * quotes, setext underlines, CRLF and lone CR, lone surrogates), and on
 * typing into a generated draft, where most keystrokes must take the window.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { editRange } from '../../server/src/engine/incremental';
import { parseProse, reparseProse, type ProseParse } from '../../server/src/engine/markdown';
import { draft } from '../reliability/drafts';

/** What an edit inserts: prose, and every construct whose reach goes past its own line. */
const SNIPPETS = [
  'a', 'Z', ' ', '.', '\n', '\n\n', '\r', '\r\n', '\r\n\r\n', '\ud800', '\udc00', '😀', '\t', '    ', '\n    code\n',
  '```', '\n```\n', '~~~', '\n~~~js\n', '<div>', '</div>', '\n<div>\n', '<!--', '-->', '\n<!-- note -->\n', '<script>', '</script>', '<pre>', '<?', '?>', '<![CDATA[', ']]>',
  '- ', '\n- ', '* ', '\n+ ', '1. ', '\n2) ', '> ', '\n> ', '\n>> ', '# ', '\n## ', '\n---\n', '\n===\n', '---', '===', '***',
  '[a]: /x', '\n[a]: https://example.com\n', '[a]', '[x][a]', '[^1]', '\n[^1]: a note\n', '\n| a | b |\n|---|---|\n| c | d |\n', '|',
  '---\ntitle: x\n---\n', '\ufeff', '\\', '*', '**', '_', '`', '<br>', 'Officials said the plan failed.',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 60 })),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 3 }), fc.constant('')),
});

/** Applies the edits one by one, re-parsing by windows where possible; checks every step. Returns how many steps took a window. */
function check(start: string, edits: { at: number; remove: number; insert: string }[]): number {
  let text = start;
  let parse: ProseParse = parseProse(text);
  let windows = 0;
  for (const e of edits) {
    const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
    const next = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
    const full = parseProse(next);
    const win = reparseProse(parse, next, editRange(text, next));
    if (win) {
      windows++;
      expect(win.doc, `after inserting ${JSON.stringify(e.insert)} at ${at}`).toEqual(full.doc);
      expect(win.lineStarts).toEqual(full.lineStarts);
      expect([...win.cover]).toEqual([...full.cover]);
      expect(win.bodyStart).toBe(full.bodyStart);
      expect(win.references).toEqual(full.references);
    }
    text = next;
    // Go on from the window's result when there is one, so errors would pile up.
    parse = win ?? full;
  }
  return windows;
}

describe('a windowed re-parse equals a parse of the whole text', () => {
  it('after any sequence of random edits to a random draft', () => {
    fc.assert(
      fc.property(draft(40), fc.array(edit, { minLength: 1, maxLength: 10 }), (start, edits) => {
        check(start, edits);
      }),
      { numRuns: 300 },
    );
  });

  it('after random edits to drafts made of many short blocks of every kind', () => {
    const block = fc.constantFrom(
      'Officials said the plan failed.', '- one\n- two', '1. first\n2. second', '> quoted\n> more', '```\ncode\n```', '    indented', '<div>\nhtml\n</div>',
      '<!-- source: Reuters -->', '# Heading', 'Title\n===', 'Under\n---', '| a | b |\n|---|---|\n| c | d |', '[^1]: note', '[a]: https://example.com', 'See [x][a].',
      'Text with a lazy\ncontinuation', '* item\n\n  continued', '<script>\nx\n\ny\n</script>', '***',
    );
    const doc = fc.tuple(fc.boolean(), fc.array(block, { minLength: 10, maxLength: 40 }), fc.constantFrom('\n', '\r\n')).map(([fm, blocks, eol]) =>
      ((fm ? '---\ntitle: x\n---\n' : '') + blocks.join('\n\n') + '\n').replace(/\n/g, eol),
    );
    const totals = { windows: 0, edits: 0 };
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 10 }), (start, edits) => {
        totals.windows += check(start, edits);
        totals.edits += edits.length;
      }),
      { numRuns: 300 },
    );
    // Enough of the edits took a window for the comparison to mean something.
    expect(totals.windows).toBeGreaterThan(totals.edits / 10);
  });

  it('when typing into a generated draft, mostly by windows', () => {
    let text = generateDraft(12 * 1024, 7);
    let at = text.indexOf('. ', text.length >> 1) + 2;
    const typed = 'Officials said: "No." ```\n- item\n> x\n\n';
    const edits: { at: number; remove: number; insert: string }[] = [];
    for (const ch of typed) {
      edits.push({ at: at / (text.length + 1) + 1e-9, remove: 0, insert: ch });
      text = text.slice(0, at) + ch + text.slice(at);
      at++;
    }
    const windows = check(generateDraft(12 * 1024, 7), edits);
    expect(windows).toBeGreaterThan(typed.length / 2);
  });
});
