/**
 * End-to-end status of fictional sentences for the eleventh session's lane on
 * unattributed claims and attributed sentences wrongly flagged
 * (docs/accuracy.md, "Eleventh session (lane acc-u)"): shapes of press
 * releases, wire and content-farm copy. Each case is written fresh, with the
 * label the standard (labels.md, eval/HARD-CASES.md) gives it. The last
 * sentence of each draft is the one checked; earlier sentences set up the
 * discourse.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { checkFixAll } from '../reliability/drafts';
import { sourceOfLast, statusOfLast } from '../helpers/status';

const RELEASE = 'Harbor Health opens a clinic\n\nEASTPORT, Maine — Harbor Health today announced the opening of a clinic in Eastport.\n\n';

describe('a release’s “About X:” section label is no speaker (eleventh session)', () => {
  it.each([
    RELEASE + 'About Harbor Health: Harbor Health is the leading provider of primary care in Maine.',
    RELEASE + 'About Pinecrest Logistics: Founded in 1998, Pinecrest Logistics moves 40,000 loads a year.',
    'Regarding Harbor Health: the clinic network grew by a third last year.',
  ])('%s → U (the issuer’s own claim)', (s) => {
    expect(statusOfLast(s)).toBe('U');
    expect(sourceOfLast(s)).toBeUndefined();
  });
  it('the same boilerplate under a heading line reads the same', () => {
    expect(statusOfLast(RELEASE + 'About Harbor Health\n\nHarbor Health is the leading provider of primary care in Maine.')).toBe('U');
  });
  it.each(['Dana Holt: The clinic will open in May.', 'Eastport Clinic: We will open in May.'])('a name before the colon still speaks: %s → A', (s) =>
    expect(statusOfLast(s)).toBe('A'),
  );
  it('fix-all settles', () => {
    const text = RELEASE + 'About Harbor Health: Harbor Health is the leading provider of primary care in Maine.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});
