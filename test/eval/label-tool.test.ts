import { describe, expect, it } from 'vitest';
import { finish, propose, proposeSentences } from '../../scripts/eval/label-tool';
import { placeLabels } from '../../scripts/eval/labels';

describe('proposeSentences', () => {
  it('splits at end punctuation before a capital and keeps abbreviations and initials together', () => {
    const line = 'Sen. Lindsey Graham said on Sept. 28 that U.S. growth slowed. “It is bad,” he said. Is it? Yes.';
    const parts = proposeSentences(line).map((s) => line.slice(s.start, s.end));
    expect(parts).toEqual(['Sen. Lindsey Graham said on Sept. 28 that U.S. growth slowed.', '“It is bad,” he said.', 'Is it?', 'Yes.']);
  });
});

describe('propose and finish', () => {
  const text = 'Headline\n\nThe mayor said taxes rise. Critics disagree.\n\nIs it fair?\n';

  it('proposes one line per sentence after the headline, a blank line per paragraph', () => {
    expect(propose(text)).toBe('?\tThe mayor said taxes rise.\n?\tCritics disagree.\n\n?\tIs it fair?\n');
  });

  it('turns a labelled work file into offsets only, which place back onto the same sentences', () => {
    const rows = finish(text, 'A\tThe mayor said taxes rise.\nV\tCritics disagree.\n\nN\tIs it fair?\n');
    expect(rows.map((r) => [r.label, r.line, r.start, r.end, r.phrase, r.sentence])).toEqual([
      ['A', 2, 0, 26, '', ''],
      ['V', 2, 27, 44, '', ''],
      ['N', 4, 0, 11, '', ''],
    ]);
    expect(placeLabels(text, rows).map((p) => text.slice(p.docStart, p.docEnd))).toEqual(['The mayor said taxes rise.', 'Critics disagree.', 'Is it fair?']);
  });

  it('refuses a missing label, skipped prose and text left at the end', () => {
    expect(() => finish(text, '?\tThe mayor said taxes rise.\n')).toThrow(/expected LABEL/);
    expect(() => finish(text, 'V\tCritics disagree.\n')).toThrow(/would be skipped/);
    expect(() => finish(text, 'A\tThe mayor said taxes rise.\nV\tCritics disagree.\n')).toThrow(/left unlabelled/);
  });
});
