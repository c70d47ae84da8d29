/** The `check()` notation itself: parsing and rendering expectations under the text. */
import { describe, expect, it } from 'vitest';
import { applyFix, parseAnnotated, renderAnnotated } from '../../helpers/check';

describe('parseAnnotated', () => {
  it('removes expectation lines and maps carets to offsets of the cleaned text', () => {
    const { text, expected } = parseAnnotated(`
First line.
According to reports, it fell.
^^^^^^^^^^^^^^^^^^^^ vague-attribution
                      ^^^^^^^^ unattributed-claim
`);
    expect(text).toBe('First line.\nAccording to reports, it fell.\n');
    expect(expected).toEqual([
      { ruleId: 'vague-attribution', start: 12, end: 32 },
      { ruleId: 'unattributed-claim', start: 34, end: 42 },
    ]);
  });

  it('joins caret runs of one rule across a line break', () => {
    const { text, expected } = parseAnnotated('It fell\n   ^^^^ unattributed-claim\non Monday.\n^^^^^^^^^^ unattributed-claim\n');
    expect(text).toBe('It fell\non Monday.\n');
    expect(expected).toEqual([{ ruleId: 'unattributed-claim', start: 3, end: 18 }]);
  });

  it('keeps CRLF line breaks of the text', () => {
    expect(parseAnnotated('A.\r\n^ x\r\nB.\r\n').text).toBe('A.\r\nB.\r\n');
  });

  it('rejects carets past the end of the line', () => {
    expect(() => parseAnnotated('Hi.\n^^^^^^ vague-attribution\n')).toThrow(/runs past the end/);
  });

  it('renders what it parses', () => {
    const annotated = 'It fell.\n^^^^^^^^ unattributed-claim\n';
    const { text, expected } = parseAnnotated(annotated);
    expect(renderAnnotated(text, expected)).toBe(annotated);
  });
});

describe('applyFix', () => {
  it('applies sorted edits and refuses overlapping ones', () => {
    expect(applyFix('abcdef', { title: 't', kind: 'replace', edits: [{ start: 1, end: 2, newText: 'X' }, { start: 4, end: 4, newText: 'Y' }] })).toBe('aXcdYef');
    expect(() => applyFix('abcdef', { title: 't', kind: 'replace', edits: [{ start: 1, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }] })).toThrow(/overlap/);
  });
});
