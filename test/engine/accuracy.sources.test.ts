/**
 * End-to-end status of fictional sentences for the eighth session's lane on
 * sentence labels (docs/accuracy.md, "Eighth session: sources the engine
 * did not see"): records whose issuing office is named by a modifier,
 * a dated subject that is no person, "per" before a document, and a named
 * body's unnamed staff met as a subject before a plural pronoun speaks. Each
 * case is written fresh, with the label the standard (labels.md,
 * eval/HARD-CASES.md) gives it. The last sentence of each draft is the one
 * checked; earlier sentences set up the discourse.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { checkFixAll } from '../reliability/drafts';
import { sourceOfLast, statusOfLast } from '../helpers/status';

describe('a record whose office is named by its modifier is identifiable', () => {
  it.each([
    'A police report indicates the van was travelling at 90 mph.',
    'A court document says the harbour board owed $4 million.',
    'According to a court filing, the ferry operator missed three payments.',
    'An autopsy report says the sailor died of a heart attack.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it.each([
    'A report says the harbour board owed $4 million.',
    'According to internal documents, the ferry operator missed three payments.',
  ])('%s → V (whose record it is stays unsaid)', (s) => expect(statusOfLast(s)).toBe('V'));
});

describe('a plural document word before an evidence verb is its subject, not a gerund’s object', () => {
  it.each([
    'The ferry lost money in May, fundraising documents show.',
    'The ferry lost money in May, tax records show.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('a gerund’s object stays a noun', () => {
    expect(statusOfLast('The harbour board spent May making dubious safety claims.')).toBe('U');
  });
});

describe('a date between a document and its verb is no speaker', () => {
  it('"A court document filed Thursday says" has the document as its source, not the day', () => {
    const text = 'A court document filed Thursday says the harbour board owed $4 million.';
    expect(sourceOfLast(text)).toMatch(/^A court document/);
    expect(statusOfLast(text)).toBe('A');
  });
  it('an unnamed report with a date stays vague', () => {
    expect(statusOfLast('A memo sent Friday says the ferry will stop running.')).toBe('V');
  });
});

describe('"per" before a document is a source cue', () => {
  it.each([
    'Ferry fares rose 12 percent last year, per a 2023 audit by the State Comptroller.',
    'Ferry fares rose 12 percent last year, per the Harbour Gazette.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('an unnamed study after "per" is vague', () => {
    expect(statusOfLast('Ferry riders sleep less, per a recent federal study.')).toBe('V');
  });
  it('a rate stays a rate', () => {
    expect(statusOfLast('The ferry costs $20 per a day of parking.')).toBe('U');
  });
});

describe('a named body’s unnamed staff opening a sentence is what a later "they" points back to', () => {
  it.each([
    'Researchers at the University of Eastport followed 5,000 ferry riders for ten years. They found that walking lowered blood pressure.',
    'Engineers from Northgate Bank tested the ticket app in March. They said it failed twice.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('bare researchers leave "they" vague', () => {
    expect(statusOfLast('Researchers followed 5,000 ferry riders for ten years. They found that walking lowered blood pressure.')).toBe('V');
  });
  it('a fix of the sentences creates nothing new', () => {
    const text = 'Researchers at the University of Eastport followed 5,000 ferry riders. They found that walking helped. Experts said it was new.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});

describe('a named document qualified at length before a speech verb', () => {
  it.each([
    'But a 30-page safety review released by the Harbour Authority last month reveals how often the ferries broke down.',
    'The Harbour Board’s statement then declares “the matter is closed.”',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it.each([
    'Captains should provide evidence for their complaints and not wave around vague words like “maybe”, the mayor told reporters.',
  ])('%s → A (the speaker is the named one, not a document)', (s) => expect(statusOfLast(s)).toBe('A'));
  it('an unnamed review qualified at length stays vague', () => {
    expect(statusOfLast('But a 30-page safety review released last month reveals how often the ferries broke down.')).toBe('V');
  });
});

describe('the agent after an "as" complement is who judged', () => {
  it('a named outlet → A', () => {
    expect(statusOfLast('The ferry line was praised as a model of safety by the Harbour Gazette.')).toBe('A');
  });
  it('a bare group → V', () => {
    expect(statusOfLast('The ferry line was described as a death trap by critics.')).toBe('V');
  });
  it('no agent → V', () => {
    expect(statusOfLast('The ferry line is seen as a model of safety.')).toBe('V');
  });
});

describe('a date after an appositive does not hide the subject', () => {
  it.each([
    'Northgate Bank, a lender based in Eastport, today announced a new savings tool.',
    'Dana Holt, the bank’s chief executive, on Tuesday said the tool would be free.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
});

describe('a time closing the clause before “and” ends a main clause, no part of the speaker (twelfth session, lane acc-pr)', () => {
  it.each([
    'The mill closed in 2019 and Dana Holt said the town never recovered.',
    'The mill closed in May and Dana Holt said the town never recovered.',
    'The mill closed last year and Dana Holt said the town never recovered.',
  ])('%s → U (the first clause is the writer’s), the cue’s source Dana Holt', (s) => {
    expect(statusOfLast(s)).toBe('U');
    expect(analyze(s).attributions.map((a) => a.source?.text)).toEqual(['Dana Holt']);
  });
  it('the speaker’s own “and” clause after a time stays A (“said the mill closed in 2019 and that …”)', () =>
    expect(statusOfLast('Dana Holt said the mill closed in 2019 and that the town never recovered.')).toBe('A'));
  it('a month that is a name still joins (“Theresa May and Boris Johnson”)', () =>
    expect(sourceOfLast('Theresa May and Boris Johnson said the deal was dead.')).toBe('Theresa May and Boris Johnson'));
});

describe('goods a company offers are no speech', () => {
  it.each([
    'The bank offers personal and business banking services.',
    'The app offers a free trial for new customers.',
    // Twelfth session (lane acc-pr): what is offered is priced or counted, so it is a thing.
    'The clinic offers free screenings on Saturdays.',
    'The ferry line offers discounted crossings to students.',
    'The bakery offers 20 percent off all bread on Mondays.',
    'The harbour board offered three berths to the fishing fleet.',
    'The town offered $5,000 to anyone who found the dog.',
  ])('%s → U', (s) => expect(statusOfLast(s)).toBe('U'));
  it.each([
    'Mayor Tom Becker offered his condolences to the families.',
    'Mayor Tom Becker offered to lend the ferry board his own boat.',
    'Mayor Tom Becker offered condolences to the families.',
    'Mayor Tom Becker offered no explanation for the delay.',
    'Mayor Tom Becker offered to resign.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
});

describe('received opinion nobody is named for is vague', () => {
  it.each([
    'Reviews suggest the ticket app crashes often.',
    'Tests show the harbour water is safe.',
    'There is widespread agreement that the ferries are too old.',
    'There is a growing consensus among scientists that green tea protects the liver.',
    'The prevailing view is that the ferry line will close.',
    'It is commonly accepted that green tea protects the liver.',
    'The harbour board has always had the reputation of hiring its friends.',
    'The town has a reputation for rude drivers.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it.each([
    'There is a growing consensus among members of the Harbour Board that the ferry should close.',
  ])('%s → A (the group is named)', (s) => expect(statusOfLast(s)).toBe('A'));
  it.each([
    'The mayor met the harbour board on Friday. But there was more agreement that the ferry should close.',
    'There is an agreement between the two ferry lines.',
    'The reputation of the ferry line suffered after the crash.',
  ])('%s → U (an event, a contract, a reputation’s fate)', (s) => expect(statusOfLast(s)).toBe('U'));
});

describe('a verdict pronounced by a named body', () => {
  it('"deemed" with a named subject is its statement, in an op-ed too', () => {
    expect(statusOfLast('I think the ferry board failed us. In June, the Harbour Bar Association completed its review of the judge and deemed him “well qualified.”')).toBe('A');
  });
});

describe('a named body’s professionals speak for it', () => {
  it.each([
    'Northgate engineers said the ticket app overheats.',
    'Eastport University researchers found that walking lowered blood pressure.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it.each(['Engineers said the ticket app overheats.', 'Some researchers found that walking lowered blood pressure.'])('%s → V (nobody named)', (s) =>
    expect(statusOfLast(s)).toBe('V'));
});

describe('an agentless verdict in an aside is vague', () => {
  it.each([
    'Cheap fuel, seen as a boon for ferry riders, has hurt the harbour’s oil firms.',
    'Turmeric, widely regarded as a superfood, is sold in every harbour shop.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a participle of its own clause is no aside', () => {
    expect(statusOfLast('The ferry, which I had seen as a child, sank in May.')).not.toBe('V');
  });
});

describe('a position put on an unnamed group under "would" or "might"', () => {
  it.each(['Some would argue that the ferry is too slow.', 'Critics might say the harbour board wasted the grant.'])('%s → V', (s) =>
    expect(statusOfLast(s)).toBe('V'));
  it.each(['Most ferry riders can agree on one thing: the boats are old.', 'The councillors will scoff at the plan.'])('%s → U (the writer’s supposition)', (s) =>
    expect(statusOfLast(s)).toBe('U'));
  it('a fix of the sentence creates nothing new', () => {
    const text = 'Some would argue that the ferry is too slow. Critics might say it is late.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});

describe('a passive of putting words out names the words, not the speaker', () => {
  it.each(['The ferry report was released on Tuesday.', 'The harbour study was published last year.'])('%s → U (an event; the document is not its own source)', (s) =>
    expect(statusOfLast(s)).toBe('U'));
  it('the named journal that published the words is their source', () => {
    expect(statusOfLast('The findings were published in the Harbour Journal of Medicine.')).toBe('A');
  });
  it('a date after "published in" is no journal', () => {
    expect(statusOfLast('The harbour study was published in March.')).toBe('U');
  });
});
