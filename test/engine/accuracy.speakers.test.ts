/**
 * End-to-end status of fictional sentences for the ninth session's lane on
 * sentence labels (docs/accuracy.md, "Ninth session: speakers the engine
 * misread"): the shapes wire copy, press releases and content-farm copy use
 * to name or hide who spoke, where the engine found the wrong source or
 * none. Each case is written fresh, with the label the standard (labels.md,
 * eval/HARD-CASES.md) gives it. The last sentence of each draft is the one
 * checked; earlier sentences set up the discourse.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { checkFixAll } from '../reliability/drafts';
import { sourceOfLast, statusOfLast } from '../helpers/status';

describe('a document described by its publishing participle is the subject of the later verb', () => {
  it.each([
    'A study published in The Lancet found that green tea lowers blood pressure.',
    'A survey published in the Eastport Medical Journal found that ferry riders sleep less.',
    'A letter posted on the Harbour Board website said the ferry lost money.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('the source is the whole document phrase, not the participle’s subject', () => {
    expect(sourceOfLast('A study published in The Lancet found that green tea lowers blood pressure.')).toBe('A study published in The Lancet');
  });
  it.each([
    'A study published last year found that green tea lowers blood pressure.',
    'A study published in March found that green tea lowers blood pressure.',
    'A letter posted online said the ferry lost money.',
  ])('%s → V (no venue or author named)', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a person who published something is still its source', () => {
    expect(statusOfLast('Mayor Jane Okafor published a letter on Monday.')).toBe('A');
  });
});

describe('one unnamed employee of a named body speaks for it', () => {
  it.each([
    'A producer for Harbour Studios told reporters that the ferry will close.',
    'An engineer at Northgate Labs said the ticket app failed twice.',
    'A lawyer with Okafor & Reed said the ferry will close.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it.each([
    'A woman at the Harbour Board meeting said the ferry will close.',
    'A student at Eastport University said the ferry will close.',
    'A board member said the ferry will close.',
  ])('%s → V (nobody’s staff, or no body named)', (s) => expect(statusOfLast(s)).toBe('V'));
});

describe('an unnamed speaker after an inverted speech verb is the speaker', () => {
  it.each([
    'The ferry will close in May, said a board member.',
    '“It is over,” said one commuter.',
    '“It is over,” said a woman who lives near the pier.',
    '“It is over,” said the woman.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a definite short form after a named source points back, as in subject position', () => {
    expect(statusOfLast('Jane Okafor said the ferry was late again. “It is over,” said the woman.')).toBe('A');
  });
  it('the narrator of a named ad speaks its words', () => {
    expect(statusOfLast('The Harbour Board released an ad on Monday. “The ferry is the future,” says a narrator.')).toBe('A');
  });
  it('a named inverted speaker is unchanged', () => {
    expect(sourceOfLast('“It is over,” said Jane Okafor, a spokeswoman for the Harbour Board.')).toBe('Jane Okafor, a spokeswoman for the Harbour Board');
  });
});

describe('a relative clause between a subject and its cue is part of the subject', () => {
  it.each([
    'A person who asked not to be named said the ferry would close.',
    'A board member who declined to be named said the ferry will close.',
    'A woman who lives near the pier said the ferry will close.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('the source is the subject with its clause, not the clause’s last words', () => {
    expect(sourceOfLast('A woman who lives near the pier said the ferry will close.')).toBe('A woman who lives near the pier');
  });
  it('named staff with a relative clause stay identified', () => {
    expect(statusOfLast('Harbour Board engineers who inspected the hull said the ferry is unsafe.')).toBe('A');
  });
  it('a cue joined to the clause’s own verb belongs to the clause', () => {
    expect(statusOfLast('Jane Okafor knows the mayor, a man who speaks and tweets his mind freely.')).not.toBe('V');
  });
});

describe('a count before "of" picks members of the group after it', () => {
  it.each([
    'One of the doctors called the ferry a death trap.',
    'Two of the engineers said the hull was cracked.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('members of a named body’s staff are identified', () => {
    expect(statusOfLast('Two of Mayor Okafor’s aides said the ferry will close.')).toBe('A');
  });
  it('a count of things is no speaker', () => {
    expect(statusOfLast('One of the reasons for the closure is cost.')).toBe('U');
  });
});

describe('a place before a body’s professionals says where they are, not whose; a person’s name says whose', () => {
  it.each([
    'Florida doctors said the ferry is unsafe.',
    'New York engineers said the hull was cracked.',
    'California researchers found that ferry riders sleep less.',
    'A New York lawyer said the ferry will close.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it.each([
    'A top Jane Okafor adviser says the ferry will close.',
    'Northgate engineers said the hull was cracked.',
    'Texas Instruments engineers said the chip failed.',
    'Florida Department of Health doctors said the ferry is unsafe.',
  ])('%s → A (a body’s staff)', (s) => expect(statusOfLast(s)).toBe('A'));
});

describe('a short quotation inside a comma aside does not end the speaker search', () => {
  it.each([
    ['The mayor, who called the plan “a disaster” last week, said the ferry will close.', 'The mayor, who called the plan “a disaster” last week,'],
    ['Jane Okafor, who called the plan "a disaster," said the ferry will close.', 'Jane Okafor, who called the plan "a disaster,"'],
    ['Jane Okafor, who runs the “Save Our Ferry” group, said the ferry will close.', 'Jane Okafor, who runs the “Save Our Ferry” group,'],
  ])('%s names the subject, not the aside’s “who”', (text, source) => {
    expect(sourceOfLast(text)).toBe(source);
    expect(statusOfLast(text)).toBe('A');
  });
  it('a quotation closed before the inverted verb is still the speaker’s words', () => {
    expect(sourceOfLast('“It is over,” said Mayor Jane Okafor.')).toBe('Mayor Jane Okafor');
  });
});

describe('a speaker named right after a quotation is its tag, however long the name', () => {
  it.each([
    '“This is fantastic!” beamed Jane Okafor of Eastport, Maine, who came early to see the new ferry.',
    '“This is fantastic,” laughed Jane Okafor of the Harbour Board.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('a quoted title before a place is no tag', () => {
    expect(statusOfLast('The “Ferry First” plan won in Eastport by a wide margin.')).toBe('U');
  });
});

describe('fix-all stays idempotent on the new shapes', () => {
  it.each([
    'The ferry will close in May, said a board member. A study published in The Lancet found that tea helps.',
    'A person who asked not to be named said the ferry would close. One of the doctors called it a death trap.',
    '“It is over,” said a woman who lives near the pier. A producer for Harbour Studios said so too.',
    'Florida doctors said the ferry is unsafe. Northgate engineers agreed.',
    'Officials, who called the plan “a disaster,” said the ferry will close. The mayor, who called it “a joke” on Monday, said so too.',
    '“This is fantastic!” beamed Jane Okafor of Eastport, Maine, who came early. Experts said it was new.',
  ])('%s', (text) => expect(checkFixAll(text, analyze(text))).toBeUndefined());
});

describe('a document phrase opening a sentence does not run over a glued sentence end', () => {
  it.each([
    'The report says growth rose at home.She told reporters the plan was late.',
    'The review estimates growth at 2 percent.She told reporters the plan was late.',
  ])('%s: the source of "told" is "She"', (text) => {
    const told = analyze(text).attributions.find((a) => a.cue.text === 'told');
    expect(told?.source?.text).toBe('She');
  });
});
