/**
 * End-to-end status of fictional sentences for the twelfth session's acc-a
 * lane (docs/accuracy.md, "Twelfth session: … (lane acc-a)"): sentences
 * with nothing to attribute that read as claims ("U over-flagged (gold N)"),
 * and a pronoun that could not point back to a dated document. Each case is
 * written fresh, with the label the standard (labels.md, eval/HARD-CASES.md)
 * gives it; the last sentence of each draft is checked.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { checkFixAll } from '../reliability/drafts';
import { statusOfLast } from '../helpers/status';

const LEAD = 'The council met on Monday.\n\n';
const GAO = 'A report released Tuesday by the Government Accountability Office found that the agency overpaid contractors. It said the agency lacked controls.';

/** Fix-all on a draft of each shape reaches a fixed point and creates nothing new. */
it.each([
  LEAD + 'Here is a map of the road closures. Here is a city that has lost 10,000 jobs since 2019.',
  LEAD + 'He earned his law degree at Harbor University in 1998. Fewer than half of the nurses hold a bachelor’s degree.',
  GAO,
])('fix-all settles: %s', (text) => expect(checkFixAll(text, analyze(text))).toBeUndefined());

describe('“Here is …” pointing at a guide, a text or a video that follows describes the article (twelfth session)', () => {
  it.each([
    'Here’s a quick guide to choosing a running shoe.',
    'Here is the full text of the mayor’s statement:',
    'Here is a (condensed) version of the speech we would like to hear.',
    "Here's a video of the exchange.",
    'Here are the transcripts of both hearings.',
    'Here is a map of the road closures.',
    'Here’s a short explainer on how the levy works:',
  ])('%s → N', (s) => expect(statusOfLast(LEAD + s)).toBe('N'));
  it.each([
    // Not a pointer at the article's own material: a claim about a place or a thing.
    'Here is a city that has lost 10,000 jobs since 2019.',
    // The pointer leads into a claim of its own after the colon.
    'Here is the guide’s verdict: the levy will double by 2030.',
  ])('%s → U', (s) => expect(statusOfLast(LEAD + s)).toBe('U'));
});

describe('a degree line is a bio line (twelfth session)', () => {
  it.each([
    'Jane Roe is a nurse in Eastport.\n\nShe received her Ph.D. from Tufts University.',
    'Dr. Ana Ruiz holds a master’s degree in public health from Eastport College.',
    'He earned his law degree at Harbor University in 1998.',
    'Sam Lee has a bachelor’s degree in nursing.',
  ])('%s → N', (s) => expect(statusOfLast(LEAD + s)).toBe('N'));
  it.each([
    // Something beyond the degree is asserted.
    'She received her Ph.D. from Tufts University after the college changed its rules.',
    'He holds a degree from Harbor University, though the school has no record of it.',
    'Fewer than half of the nurses hold a bachelor’s degree.',
  ])('%s → U', (s) => expect(statusOfLast(LEAD + s)).toBe('U'));
});

describe('a day after a document’s publishing participle dates it and names nobody (twelfth session)', () => {
  it.each([
    GAO,
    'The report, released Tuesday by the GAO, found $2 million in improper payments. It said the agency lacked controls.',
    'The study, published Monday in the journal Pediatrics, found that children slept less. It also found that girls slept least.',
  ])('%s → A (“It” points back to the document)', (s) => expect(statusOfLast(s)).toBe('A'));
  it('the draft’s sources name the office’s report, not a person called Tuesday', () => {
    const a = analyze(GAO);
    expect(a.entities.map((e) => [e.kind, e.name])).toEqual([['document', 'A report released Tuesday by the Government Accountability Office']]);
  });
  it('a report released on a day by nobody named stays vague', () => {
    expect(statusOfLast('A report released Tuesday found that the agency overpaid contractors.')).toBe('V');
  });
});

describe('a two-word date before the subject, with no comma, does not hide the subject of a participle of saying (twelfth session)', () => {
  it.each([
    'Jane Roe has long opposed the project. Last year she voted against its funding, calling it "a boondoggle."',
    'Jane Roe spoke on Monday. This week she resigned, saying she was tired.',
    'Jane Roe spoke on Monday. Last year, she resigned, saying she was tired.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('with no speaker before the participle it stays a claim', () => {
    expect(statusOfLast('Last year the levy rose 4 percent, reaching $300 a home.')).toBe('U');
  });
});

describe('“A company spokesman” after a named company is its staff (twelfth session)', () => {
  it.each([
    'Acme Corp. will lay off 300 workers, the company said Monday. A company spokesman declined to comment further.',
    'Lumen Therapeutics raised $40 million in March. A firm spokeswoman said the money would fund two trials.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('with no organisation just met it names nobody', () => {
    expect(statusOfLast('Jane Smith said prices rose. A company spokesman said sales fell.')).toBe('V');
  });
  it('before a plural the generic word describes a class: a bare group', () => {
    expect(statusOfLast('Acme Corp. will lay off 300 workers. Business leaders said the cuts were overdue.')).toBe('V');
  });
});

describe('a named body’s staff owned through its possessive short form (twelfth session)', () => {
  it.each([
    'The Eastport Policy Institute said rents rose. The institute’s analysts found that wages rose just 3 percent.',
    'The Eastport Teachers Union voted to strike. The union’s leaders said talks had failed.',
  ])('%s → A (as “analysts at the institute”)', (s) => expect(statusOfLast(s)).toBe('A'));
  it('with no such body named it stays vague', () => {
    expect(statusOfLast('Rents rose 14 percent last year. The institute’s analysts found that wages rose just 3 percent.')).toBe('V');
  });
});
