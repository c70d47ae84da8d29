import { describe, expect, it } from 'vitest';
import { extractProse } from '../../server/src/engine/markdown';
import { ABBREVIATIONS, SENTENCE_OPENERS, splitSentences } from '../../server/src/engine/sentences';
import { assertInvariants } from './markdown-invariants';

/** The sentences of `md` as text, after checking the invariants. */
function split(md: string): string[] {
  const doc = extractProse(md);
  const sentences = splitSentences(doc);
  assertInvariants(doc, sentences);
  return sentences.map((s) => doc.prose.slice(s.start, s.end));
}

/** Cases where the whole text is one sentence. */
const ONE_SENTENCE = [
  'Mr. Jones and Mrs. Patel met Ms. Okafor and Dr. Reyes in the capital on Monday.',
  'Gen. Marco Ruiz, Lt. Col. Ana Diaz and Sen. Tom Hale toured the base.',
  'Rep. Lisa Wong and Gov. Mark Kent signed the pact with Prof. Ada Lin.',
  '"It is unfair," said Del. Maria Soto of the islands.',
  'The parade passed St. Mark’s Square before noon.',
  'Martin Luther King Jr. Boulevard was closed for the march.',
  'Acme Inc. Chief Executive Jo Park resigned on Friday.',
  'Shares of Delta Corp. and Beta Ltd. rose after the deal with Gamma Co. was announced.',
  'The case Smith vs. Jones reached the court in March.',
  'The U.S. Navy and U.K. officials said the strait was open.',
  'The U.N. Security Council and E.U. ministers will meet in Brussels.',
  'The ceasefire began on Jan. 5 and ended on Feb. 12, before the Aug. 3 talks.',
  'The storm hit on Sept. 11 and again on Dec. 2, officials said.',
  'Resolution No. 5 passed by 12 votes to 3.',
  'The book by J. R. R. Tolkien sold well.',
  'George W. Bush visited the plant in 2003.',
  'The company raised $4.5bn, or 3.14 times its 2019 revenue.',
  'Prices rose 2.5% in the year to March.',
  'Fuel, food, rent, etc. have all risen sharply this year.',
  'The meeting ended at 5 p.m. on Tuesday.',
  'Some samples, e.g. those from the river, were lost.',
  'He paused... and then walked out.',
  '“Is the dam safe?” asked the mayor.',
  '"It is over!" Smith said after the vote.',
  '"Will it hold?" Mayor Diaz asked reporters.',
  'The deal—signed in haste—collapsed within a week.',
  'The route, which runs north–south, reopened.',
  'Police said the suspect (a local man, 34) was arrested.',
  'The report is online at https://example.org/report.pdf and in print.',
];

describe('splitSentences: one sentence', () => {
  for (const text of ONE_SENTENCE) {
    it(text, () => {
      // The prose view, where a URL is masked, as one sentence.
      expect(split(text)).toEqual([extractProse(text).prose]);
    });
  }
});

describe('splitSentences: boundaries', () => {
  it('splits at periods, question and exclamation marks', () => {
    expect(split('The port closed. Ships waited offshore! Will it reopen? Nobody knows.')).toEqual([
      'The port closed.',
      'Ships waited offshore!',
      'Will it reopen?',
      'Nobody knows.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(split('He said: "We are leaving." The troops left. (They did so at dawn.) “It was quiet.” It was.')).toEqual([
      'He said: "We are leaving."',
      'The troops left.',
      '(They did so at dawn.)',
      '“It was quiet.”',
      'It was.',
    ]);
    expect(split('The leader praised the ‘victory.’ The unit returned.')).toEqual(['The leader praised the ‘victory.’', 'The unit returned.']);
  });

  it('splits the sentences of a quotation spanning several', () => {
    expect(split('“The dam is safe. We checked it twice,” the engineer said. Residents were unconvinced.')).toEqual([
      '“The dam is safe.',
      'We checked it twice,” the engineer said.',
      'Residents were unconvinced.',
    ]);
  });

  it('lets "etc." and corporate suffixes end a sentence before a usual opener', () => {
    expect(split('They sold grain, oil, etc. The profits were large.')).toEqual(['They sold grain, oil, etc.', 'The profits were large.']);
    expect(split('The plant belongs to Acme Inc. It employs 300 people.')).toEqual(['The plant belongs to Acme Inc.', 'It employs 300 people.']);
    expect(split('Sanctions were imposed by the U.S. The ministry protested.')).toEqual(['Sanctions were imposed by the U.S.', 'The ministry protested.']);
  });

  it('keeps a wire dateline with a state abbreviation whole, and lets the state end a sentence before an opener', () => {
    expect(split('HARBORTON, Ky. (AP) — The ferry was late again.')).toEqual(['HARBORTON, Ky. (AP) — The ferry was late again.']);
    expect(split('BAYVIEW, N.H. (AP) — The ferry was late again.')).toEqual(['BAYVIEW, N.H. (AP) — The ferry was late again.']);
    expect(split('She grew up in Harborton, Ky. The ferry was late.')).toEqual(['She grew up in Harborton, Ky.', 'The ferry was late.']);
  });

  it('ends a sentence after an initial when a usual opener follows', () => {
    expect(split('They called it Plan B. The plan failed.')).toEqual(['They called it Plan B.', 'The plan failed.']);
  });

  it('splits after an ellipsis followed by a capital', () => {
    expect(split('The line went dead... Then the lights went out.')).toEqual(['The line went dead...', 'Then the lights went out.']);
    expect(split('The line went dead… Then the lights went out.')).toEqual(['The line went dead…', 'Then the lights went out.']);
  });

  it('keeps an elided quotation together', () => {
    expect(split('“It worries them. … Democratic groups, too.” Then silence.')).toEqual(['“It worries them. … Democratic groups, too.”', 'Then silence.']);
    expect(split('“He looked calm ... He came across as strong.”')).toEqual(['“He looked calm ... He came across as strong.”']);
  });

  it('splits before a brand written with an inner capital', () => {
    expect(split('Sales of the phone fell. iPhone demand rose in May.')).toEqual(['Sales of the phone fell.', 'iPhone demand rose in May.']);
  });

  it('splits before a number and before a quotation', () => {
    expect(split('Turnout fell in 2019. 2020 was worse. "We lost," he said.')).toEqual(['Turnout fell in 2019.', '2020 was worse.', '"We lost," he said.']);
  });

  it('ends "No." and month abbreviations before a usual opener', () => {
    expect(split('The vote was held in Sept. The bill passed.')).toEqual(['The vote was held in Sept.', 'The bill passed.']);
    expect(split('Would he quit? No. Donors stayed loyal.')).toEqual(['Would he quit?', 'No.', 'Donors stayed loyal.']);
  });

  it('treats a soft line break as whitespace', () => {
    expect(split('The unit left\nKursk in August. It returned\nin December.')).toEqual(['The unit left\nKursk in August.', 'It returned\nin December.']);
    expect(split('Officials met Mr.\nSmith on Monday.')).toEqual(['Officials met Mr.\nSmith on Monday.']);
  });

  it('does not split on a period without whitespace after it', () => {
    expect(split('Visit example.com today.Then leave.')).toEqual(['Visit example.com today.Then leave.']);
  });

  it('does not split where only markup the prose view masks follows the period', () => {
    // The masked markup renders as nothing, so these are run together just as
    // "rose.She said" is; a boundary needs white space in the document.
    for (const md of ['Prices rose.\\[SOURCE] said so.', '***Prices rose.”**She said so.', 'Prices rose.[^1]She said so.', 'Prices rose.<!-- x -->She said so.']) {
      expect(split(md)).toHaveLength(1);
    }
    // White space anywhere between the period and the next word is a boundary.
    expect(split('**Prices rose.** She said so.')).toHaveLength(2);
    expect(split('Prices rose. **She said so.**')).toHaveLength(2);
    expect(split('> Prices rose.\n> She said so.')).toHaveLength(2);
    expect(split('Prices rose.[^1] <!-- x -->She said so.')).toHaveLength(2);
    // An HTML line break renders as one: white space.
    expect(split('Prices rose.<br>She said so.')).toHaveLength(2);
    expect(split('Prices rose.<BR />She said so.')).toHaveLength(2);
    expect(split('Prices rose.<b >She said so.</b>')).toHaveLength(1);
  });

  it('does not end a sentence at an editor\'s mark in brackets', () => {
    expect(split('She told [who?] ReportersPrices rose.')).toHaveLength(1);
    expect(split('The mayor [sic!] Officials said so.')).toHaveLength(1);
    // A bracketed question of several words still ends where it closes.
    expect(split('They asked [is it over?] Nobody knew.')).toHaveLength(2);
  });

  it('handles sentences across inline markup', () => {
    expect(split('The *ministry* said so.[^1] [Reuters](https://r.com) confirmed it. <!-- source: x --> Done.')).toEqual([
      'The  ministry  said so.',
      'Reuters' + ' '.repeat('](https://r.com) '.length) + 'confirmed it.',
      'Done.',
    ]);
  });

  it('never splits across blocks, and keeps block indexes', () => {
    const doc = extractProse('First paragraph\n\nSecond one. Two.\n\n> Quoted.');
    const sentences = splitSentences(doc);
    expect(sentences.map((s) => [s.block, doc.prose.slice(s.start, s.end)])).toEqual([
      [0, 'First paragraph'],
      [1, 'Second one.'],
      [1, 'Two.'],
      [2, 'Quoted.'],
    ]);
  });
});

describe('splitSentences: open sentences, headings and cells', () => {
  it('marks a sentence without end punctuation as open', () => {
    const doc = extractProse('The unit returned. It was being typed');
    expect(splitSentences(doc).map((s) => s.open)).toEqual([false, true]);
  });

  it('is not open when a closing quote follows the period', () => {
    expect(splitSentences(extractProse('He said, “We won.”'))[0]!.open).toBe(false);
  });

  it('keeps a heading as one sentence, open without punctuation', () => {
    const doc = extractProse('# Troops return. Ministry confirms\n\nBody text.');
    const sentences = splitSentences(doc);
    expect(sentences.map((s) => [doc.prose.slice(s.start, s.end), s.open])).toEqual([
      ['Troops return. Ministry confirms', true],
      ['Body text.', false],
    ]);
  });

  it('keeps each table cell as one sentence', () => {
    const doc = extractProse('| Claim | Source |\n|---|---|\n| Troops left. They came back. | MoD |\n');
    expect(splitSentences(doc).map((s) => doc.prose.slice(s.start, s.end))).toEqual(['Claim', 'Source', 'Troops left. They came back.', 'MoD']);
  });

  it('returns nothing for a document without prose', () => {
    expect(splitSentences(extractProse('```\ncode\n```\n<!-- note -->'))).toEqual([]);
  });
});

describe('abbreviation data', () => {
  it('lists the abbreviations without their final period and openers capitalised', () => {
    for (const key of Object.keys(ABBREVIATIONS)) expect(key.endsWith('.')).toBe(false);
    for (const w of SENTENCE_OPENERS) expect(w[0]).toBe(w[0]!.toUpperCase());
  });
});
