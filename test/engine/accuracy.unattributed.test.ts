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

/** The source the hover names for the last sentence's claim. */
function lastSource(text: string) {
  const a = analyze(text);
  return a.claims[a.claims.length - 1]!.source;
}

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

describe('a capitalised name closed by a business word is a company a later “the company” points back to (eleventh session)', () => {
  it.each([
    'Pinecrest Logistics will cut 300 jobs. The cuts follow a sharp drop in demand, the company said in a statement.',
    'Harbor Health will close two clinics in May. The cost of running them has doubled since 2020, the company said.',
    'Brightwater Foods recalled 4,000 pounds of sausage on Tuesday. The recall followed three complaints, the company said.',
    'Lumen Therapeutics raised $40 million in March. The money will fund two trials, the firm said.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('the company is the source the hover names', () =>
    expect(lastSource('Pinecrest Logistics will cut 300 jobs. The cuts follow a sharp drop in demand, the company said.')?.kind).toBe('organization'));
  it.each([
    'Maria Lopez will close her bakery in May. The cost of flour has doubled since 2020, the company said.',
    'Samantha Power visited the plant in May. The cost of steel has doubled since 2020, the company said.',
  ])('a person’s name is no company: %s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it.each(['Jordan Banks said the pier was unsafe. He said repairs would take a month.', 'Dana Steel visited the plant. She said it would reopen in May.'])(
    'a person named before stays a person a pronoun points back to: %s → A',
    (s) => expect(statusOfLast(s)).toBe('A'),
  );
  it('fix-all settles', () => {
    const text = 'Pinecrest Logistics will cut 300 jobs. The cuts follow a sharp drop in demand, the company said in a statement.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});

describe('“the researchers” or “its authors” after a named study or a named body’s researchers point back to them (eleventh session)', () => {
  it.each([
    'A 2021 study in the journal Diabetes Care found that coffee lowers the risk of diabetes. The researchers said more work was needed.',
    'A 2021 study in the journal Diabetes Care found that coffee lowers the risk of diabetes. Its authors said more work was needed.',
    'A report by the Eastport Institute found that rents rose 9 percent. The authors urged the city to build more homes.',
    'A report by the Eastport Institute found that rents rose 9 percent. The report’s authors urged the city to build more homes.',
    'Researchers at the University of Eastport followed 5,000 adults for ten years. The researchers found that coffee drinkers lived longer.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('the hover names the study', () => {
    expect(sourceOfLast('A 2021 study in the journal Diabetes Care found that coffee lowers the risk of diabetes. The researchers said more work was needed.')).toBe('The researchers');
    const text = 'A 2021 study in the journal Diabetes Care found that coffee lowers the risk of diabetes. The researchers said more work was needed.';
    expect(lastSource(text)?.antecedent?.text).toBe('A 2021 study in the journal Diabetes Care');
  });
  it.each([
    'A study found that coffee lowers the risk of diabetes. The researchers said more work was needed.',
    'Researchers followed 5,000 adults for ten years. The researchers found that coffee drinkers lived longer.',
    'Coffee may lower the risk of diabetes. The researchers said more work was needed.',
  ])('an unnamed study or bare researchers leave them vague: %s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('fix-all settles', () => {
    const text = 'A study found that coffee helps. The researchers said more work was needed. A report by the Eastport Institute found that rents rose. The authors urged action.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});
