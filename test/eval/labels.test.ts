import { describe, expect, it } from 'vitest';
import { formatLabels, parseLabels, placeLabels, LabelFileError } from '../../scripts/eval/labels';

const HEADER = 'n\tlabel\tline\tstart\tend\tphrase\tsentence';

describe('parseLabels', () => {
  it('reads rows with and without the optional phrase and sentence columns', () => {
    const rows = parseLabels(`${HEADER}\n1\tA\t0\t0\t9\tThe mayor\tThe mayor said so.\n2\tU\t2\t3\t10\t\t\n`);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ n: 1, label: 'A', line: 0, start: 0, end: 9, phrase: 'The mayor', sentence: 'The mayor said so.', fileLine: 2 });
    expect(rows[1]).toMatchObject({ n: 2, label: 'U', line: 2, start: 3, end: 10, phrase: '', sentence: '' });
  });

  it('rejects a bad header, a bad label and a bad number with file and line', () => {
    expect(() => parseLabels('n\tlabel\tstart\n', 'x.tsv')).toThrow(/x\.tsv:1: header/);
    expect(() => parseLabels(`${HEADER}\n1\tX\t0\t0\t4\n`, 'x.tsv')).toThrow(/x\.tsv:2: label must be one of/);
    expect(() => parseLabels(`${HEADER}\n1\tA\t0\t-1\t4\n`, 'x.tsv')).toThrow(LabelFileError);
    expect(() => parseLabels(`${HEADER}\n1\tA\t0\t5\t5\n`, 'x.tsv')).toThrow(/end \(5\) must be greater than start/);
  });

  it('round-trips through formatLabels', () => {
    const text = `${HEADER}\n1\tV\t4\t0\t12\t\t\n2\tN\t4\t13\t20\t\t\n`;
    expect(formatLabels(parseLabels(text))).toBe(text);
  });
});

describe('placeLabels', () => {
  it('maps line and UTF-16 character to document offsets, CRLF and astral characters included', () => {
    // "😀" is two UTF-16 code units, so "b" on line 1 sits at character 3; the first line ends with CRLF.
    const text = 'first line\r\n😀 b c\nthird';
    const placed = placeLabels(text, parseLabels(`${HEADER}\n1\tN\t1\t3\t6\t\tb c\n`));
    expect(placed[0]).toMatchObject({ docStart: 15, docEnd: 18 });
    expect(text.slice(15, 18)).toBe('b c');
  });

  it('places rows in the document and checks the sentence column against it', () => {
    const text = '# Title\n\nOne claim here. Another one.\n';
    const rows = parseLabels(`${HEADER}\n1\tU\t2\t0\t15\t\tOne claim here.\n2\tU\t2\t16\t28\t\t\n`);
    const placed = placeLabels(text, rows);
    expect(placed.map((p) => text.slice(p.docStart, p.docEnd))).toEqual(['One claim here.', 'Another one.']);
    const wrong = parseLabels(`${HEADER}\n1\tU\t2\t0\t15\t\tSomething else.\n`);
    expect(() => placeLabels(text, wrong, 'w.tsv')).toThrow(/w\.tsv:2: .*does not match/);
    const past = parseLabels(`${HEADER}\n1\tU\t2\t0\t99\t\t\n`);
    expect(() => placeLabels(text, past, 'p.tsv')).toThrow(/past the end of line 2/);
  });
});
