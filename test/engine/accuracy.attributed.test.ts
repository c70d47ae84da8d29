/**
 * End-to-end status of fictional sentences for the tenth session's lane on
 * attributed sentences (docs/accuracy.md, "Tenth session (acc-a)"): shapes
 * of wire copy, local news and press releases where an attributed sentence
 * was flagged, or an unsourced one was read as needing no source. Each case
 * is written fresh, with the label the standard (labels.md,
 * eval/HARD-CASES.md) gives it. The last sentence of each draft is the one
 * checked; earlier sentences set up the discourse.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { checkFixAll } from '../reliability/drafts';
import { sourceOfLast, statusOfLast } from '../helpers/status';

describe('a title naming a body before a person’s name leaves a person a pronoun can point back to', () => {
  it.each([
    'Senate Majority Leader Ruth Calder called the harbour bill a disaster. She said it would fail.',
    'Harbour Board Chair Tomas Reyes called the ferry plan rushed. He said the board would vote again.',
    'Council member Raj Patel called the bridge plan “rushed.” He said the city should have sought bids first.',
    'Eastport School Board member Jo Kim opposed the plan. She said it was too costly.',
    'White House press secretary Dana Holt called the talks useful. She said they would resume in May.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('the body stays the source when no person is named after its title', () => {
    expect(statusOfLast('The Senate Ethics Committee said the inquiry was over. It said no charges would follow.')).toBe('A');
    expect(sourceOfLast('The Senate Ethics Committee said the inquiry was over.')).toBe('The Senate Ethics Committee');
  });
  it('an organisation whose name ends in capitalised words after a title is no person', () => {
    expect(statusOfLast('The President’s Council Foundation said the grants would end. It said the fund was empty.')).toBe('A');
  });
  it.each([
    'Senate Majority Leader Ruth Calder called the harbour bill a disaster. She said it would fail.',
    'Council member Raj Patel called the bridge plan “rushed.” He said the city should have sought bids first.',
  ])('fix-all settles: %s', (text) => expect(checkFixAll(text, analyze(text))).toBeUndefined());
});

describe('a short paragraph with a short regular past tense is a claim, not a label', () => {
  it.each(['Texas sued the agency on Monday.', 'Police used tear gas.', 'Two ferry workers died.', 'The mayor eyed a second term.'])('%s → U', (s) =>
    expect(statusOfLast(s)).toBe('U'),
  );
  it.each(['Cold War memory gap.', 'A good deed.', 'Seed money.'])('%s → N (a label)', (s) => expect(statusOfLast(s)).toBe('N'));
  it.each(['Texas sued the agency on Monday.', 'Police used tear gas.'])('fix-all settles: %s', (text) => expect(checkFixAll(text, analyze(text))).toBeUndefined());
});

describe('a named clinic, museum or district is an organisation its short form points back to', () => {
  it.each([
    'The Eastport Clinic recommends no more than two cups a day. Too much caffeine can cause insomnia, the clinic notes.',
    'Lincoln High School closed early on Friday. Pipes burst overnight, the school said.',
    'The Harbor Museum reopened its east wing. Attendance doubled in May, the museum said.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('an unnamed clinic is still no one in particular', () => {
    expect(statusOfLast('Too much caffeine can cause insomnia, the clinic said.')).not.toBe('A');
  });
});

describe('a group noun that closes a capitalised name is an organisation, not a bare group', () => {
  it.each([
    'Northwind Traders said it would cut 200 jobs.',
    'The Union of Concerned Ferrymen said the pier is unsafe.',
    'The Eastport Harbor Pilots said the channel was too shallow.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('a later generic short form points back to it', () => {
    expect(statusOfLast('Northwind Traders said it would cut 200 jobs. Demand has fallen, the company said.')).toBe('A');
  });
  it.each(['Traders said the ferry shares fell.', 'House Democrats said the harbour bill would fail.', 'Syrian Rebels said the town fell.', 'Eastport traders said the ferry shares fell.'])(
    '%s → V (a bare group)',
    (s) => expect(statusOfLast(s)).toBe('V'),
  );
  it.each(['Northwind Traders said it would cut 200 jobs. Demand has fallen, the company said.', 'The Eastport Clinic recommends two cups a day. Caffeine can cause insomnia, the clinic notes.'])(
    'fix-all settles: %s',
    (text) => expect(checkFixAll(text, analyze(text))).toBeUndefined(),
  );
});

describe('a document whose modifier is a short form of an organisation named before is that organisation’s', () => {
  it.each([
    'The Transportation Department fined Coastal Air on Thursday. The airline stranded passengers 12 times, according to a department consent order.',
    'Acme Corp. opened a ferry terminal in May. It will employ 600 people, according to company projections.',
    'Northgate Bank cut 300 jobs last year. Its profit fell by half, according to bank filings.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it.each([
    'Prices rose 5 percent, according to company projections.',
    'The ferry stranded passengers 12 times, according to a department consent order.',
    'Jane Okafor spoke on Monday. Prices rose 5 percent, according to company projections.',
  ])('%s → V (no organisation named)', (s) => expect(statusOfLast(s)).toBe('V'));
  it.each([
    'Acme Corp. opened a ferry terminal in May. It will employ 600 people, according to company projections.',
    'Prices rose 5 percent, according to company projections.',
  ])('fix-all settles: %s', (text) => expect(checkFixAll(text, analyze(text))).toBeUndefined());
});

describe('"in The …" after a document names where it appeared, not a place', () => {
  it.each(['A study in The Lancet found that green tea lowers blood pressure.', 'An essay in The Atlantic argued that ferries are the future.'])('%s → A', (s) =>
    expect(statusOfLast(s)).toBe('A'),
  );
  it.each(['A poll in The Hague found that ferries are popular.', 'A study in Iowa found that green tea lowers blood pressure.'])('%s → V (a place)', (s) =>
    expect(statusOfLast(s)).toBe('V'),
  );
  it('fix-all settles', () => {
    const text = 'A study in The Lancet found that green tea lowers blood pressure. Researchers said more work was needed.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});
