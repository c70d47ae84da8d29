/**
 * End-to-end status of fictional sentences for the eleventh and twelfth
 * sessions' lanes on unattributed claims and attributed sentences wrongly
 * flagged (docs/accuracy.md, "Eleventh session: … (lane acc-u)" and
 * "Twelfth session: … (lane acc-u)"): shapes of press
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

/** Fix-all on the draft reaches a fixed point and creates nothing new. */
function settles(text: string): void {
  expect(checkFixAll(text, analyze(text))).toBeUndefined();
}

/** One test per draft: the last sentence reads `label` (`note` says why, after the arrow). */
function labelled(label: string, drafts: readonly string[], note = ''): void {
  it.each(drafts)(`%s → ${label}${note}`, (s) => expect(statusOfLast(s)).toBe(label));
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
  labelled('A', ['Dana Holt: The clinic will open in May.', 'Eastport Clinic: We will open in May.'], ' (a name before the colon still speaks)');
  it('fix-all settles', () => settles(RELEASE + 'About Harbor Health: Harbor Health is the leading provider of primary care in Maine.'));
});

describe('a run-in subhead in headline case before a colon is no speaker (twelfth session, lane acc-pr)', () => {
  it.each([
    'The Gap Goes On: The mill has cut a third of its jobs since 2019.',
    'Back To Work: Harbor Health hired 40 nurses in May.',
    'A Town In Trouble: The ferry line lost $2 million last year.',
  ])('%s → U (a capitalised function word inside the run makes it a headline, not a name)', (s) => {
    expect(statusOfLast(s)).toBe('U');
    expect(sourceOfLast(s)).toBeUndefined();
  });
  labelled('A', ['Dana Holt: The clinic will open in May.', 'The White House: The talks will resume in May.', 'Dr. Ben Carson: We will win in May.'], ' (a name before the colon still speaks)');
});

describe('a short paragraph with a plural subject and a present verb is a claim, not a label (twelfth session, lane acc-pr)', () => {
  // labels.md: an unnamed group's state of mind may be V (eval/HARD-CASES.md)
  // or the writer's verdict about the group U; either is a claim, never N.
  it.each([
    'Doctors hate this one simple trick.',
    'Doctors hate this.',
    'Residents want a new bridge.',
    'Investors love the new fund.',
  ])('%s → flagged (U or V), not N', (s) => expect(['U', 'V']).toContain(statusOfLast(s)));
  labelled('N', ['Tips for the road.', 'Lessons from a war.', 'Photos of the week.'], ' (a label still)');
});

describe('a capitalised name closed by a business word is a company a later “the company” points back to (eleventh session)', () => {
  labelled('A', [
    'Pinecrest Logistics will cut 300 jobs. The cuts follow a sharp drop in demand, the company said in a statement.',
    'Harbor Health will close two clinics in May. The cost of running them has doubled since 2020, the company said.',
    'Brightwater Foods recalled 4,000 pounds of sausage on Tuesday. The recall followed three complaints, the company said.',
    'Lumen Therapeutics raised $40 million in March. The money will fund two trials, the firm said.',
  ]);
  it('the company is the source the hover names', () =>
    expect(lastSource('Pinecrest Logistics will cut 300 jobs. The cuts follow a sharp drop in demand, the company said.')?.kind).toBe('organization'));
  labelled('V', [
    'Maria Lopez will close her bakery in May. The cost of flour has doubled since 2020, the company said.',
    'Samantha Power visited the plant in May. The cost of steel has doubled since 2020, the company said.',
  ], ' (a person’s name is no company)');
  labelled('A', ['Jordan Banks said the pier was unsafe. He said repairs would take a month.', 'Dana Steel visited the plant. She said it would reopen in May.'], ' (a person named before stays a person)');
  it('fix-all settles', () => settles('Pinecrest Logistics will cut 300 jobs. The cuts follow a sharp drop in demand, the company said in a statement.'));
});

describe('“the researchers” or “its authors” after a named study or a named body’s researchers point back to them (eleventh session)', () => {
  const study = 'A 2021 study in the journal Diabetes Care found that coffee lowers the risk of diabetes.';
  labelled('A', [
    study + ' The researchers said more work was needed.',
    study + ' Its authors said more work was needed.',
    'A report by the Eastport Institute found that rents rose 9 percent. The authors urged the city to build more homes.',
    'A report by the Eastport Institute found that rents rose 9 percent. The report’s authors urged the city to build more homes.',
    'Researchers at the University of Eastport followed 5,000 adults for ten years. The researchers found that coffee drinkers lived longer.',
  ]);
  it('the hover names the study', () => {
    expect(sourceOfLast(study + ' The researchers said more work was needed.')).toBe('The researchers');
    expect(lastSource(study + ' The researchers said more work was needed.')?.antecedent?.text).toBe('A 2021 study in the journal Diabetes Care');
  });
  labelled('V', [
    'A study found that coffee lowers the risk of diabetes. The researchers said more work was needed.',
    'Researchers followed 5,000 adults for ten years. The researchers found that coffee drinkers lived longer.',
    'Coffee may lower the risk of diabetes. The researchers said more work was needed.',
  ], ' (an unnamed study or bare researchers)');
  it('fix-all settles', () => settles('A study found that coffee helps. The researchers said more work was needed. A report by the Eastport Institute found that rents rose. The authors urged action.'));
});

describe('bare records are a vague source; records of a named office are identified (eleventh session)', () => {
  labelled('V', ['The fine is the largest since 2019, records show.', 'Records show the couple divorced in 2012.', 'Public records show the mayor owns three homes.'], ' (labels.md: unnamed "reports" and their kin)');
  labelled('A', [
    'Court records show the couple divorced in 2012.',
    'The fine is the largest since 2019, court records show.',
    'Police reports say the driver was speeding.',
    'Two men were arrested in May, jail records show.',
  ], ' (eval/HARD-CASES.md: "a police report indicates" → A)');
  it('fix-all settles', () => settles('The fine is the largest since 2019, records show. Police reports say the driver was speeding.'));
});

describe('a document’s publishing participle set off by commas identifies it as without them (eleventh session)', () => {
  labelled('A', [
    'The study, published in the journal Pediatrics, found that children who used screens slept less.',
    'A new study, published in JAMA Pediatrics, found that children who used screens slept less.',
    'The report, released by the Government Accountability Office on Monday, found that the program wasted $2 million.',
    'The survey, conducted by the Eastport Institute, found that 60 percent of renters are behind on rent.',
  ]);
  labelled('V', ['A study, published last year, found that children who used screens slept less.', 'The study, published in March, found that children who used screens slept less.'], ' (nothing named in the aside)');
  it('fix-all settles', () => settles('The study, published in the journal Pediatrics, found that children who used screens slept less. A study, published last year, found the same.'));
});

describe('a typed double hyphen is a dash, as an em dash is (eleventh session)', () => {
  it.each([
    ['EASTPORT, Maine, March 3, 2026 /PRNewswire/ -- Harbor Health today announced the opening of a clinic.', 'Harbor Health'],
    ['EASTPORT, Maine -- Harbor Health today announced the opening of a clinic.', 'Harbor Health'],
    ['Jane Doe -- a nurse at the clinic -- said the wait had doubled.', 'Jane Doe -- a nurse at the clinic --'],
  ])('%s: the source is %s', (text, source) => expect(sourceOfLast(text)).toBe(source));
  labelled('V', ['The critics — mostly fishermen — said the pier was unsafe.', 'The critics -- mostly fishermen -- said the pier was unsafe.'], ' (a bare group before the aside)');
  it('fix-all settles', () => settles('EASTPORT, Maine -- Harbor Health said the clinic would open. Experts said it was overdue -- and costly.'));
});

describe('“the central bank” points back to a central bank whose name holds no “Bank” (eleventh session)', () => {
  labelled('A', [
    'The Federal Reserve raised its key rate on Wednesday. Inflation remains too high, the central bank said.',
    'The Bundesbank raised its forecast on Wednesday. Inflation remains too high, the central bank said.',
    'The European Central Bank raised its key rate on Wednesday. Inflation remains too high, the central bank said.',
  ]);
  labelled('V', [
    'The Eastport Harbor Authority raised its fees on Wednesday. Inflation remains too high, the central bank said.',
    'The Strategic Petroleum Reserve released oil on Wednesday. Inflation remains too high, the central bank said.',
  ], ' (no bank named; a reserve that is no bank)');
  it('fix-all settles', () => settles('The Federal Reserve raised its key rate on Wednesday. Inflation remains too high, the central bank said.'));
});

describe('a figure opening the sentence is no company for “the company said” (twelfth session)', () => {
  labelled('V', [
    'Sales fell 4 percent in May, the company said.',
    'Revenue rose 8 percent to $2 billion, the company said.',
    'Profits doubled last year, the firm said.',
    'Shipments slowed in the second quarter, the company said in a statement.',
  ], ' (labels.md: a short form with no named source before it)');
  labelled('A', [
    'Harbor Health will close two clinics. Sales fell 4 percent in May, the company said.',
    'Zentrix has more than 300 stores worldwide, the company said in its annual report.',
  ]);
  it('“the company” resolves to the company named before', () => {
    const a = analyze('Pinecrest Logistics will cut 300 jobs. Sales fell 4 percent in May, the company said.');
    const src = a.claims[a.claims.length - 1]!.source!;
    expect(src.kind).toBe('organization');
    expect(src.antecedent?.text).toBe('Pinecrest Logistics');
  });
  it('fix-all settles', () => settles('Sales fell 4 percent in May, the company said. Profits doubled, the firm said.'));
});

describe('public schedule facts in wire copy (twelfth session)', () => {
  labelled('N', [
    'A public memorial service is planned Friday in Eastport.',
    'The funeral is planned for Saturday at St. Mary’s Church.',
    'A vigil is planned on Sunday evening outside city hall.',
    'He’s about to kick off an afternoon town hall in Dover.',
    'She’s set to hold a rally in Dover on Tuesday.',
    'They’re about to hold a town hall in Dover.',
  ], ' (labels.md: public schedule facts; a contracted “is” reads as the full one)');
  labelled('U', ['The layoffs are planned for May.', 'A strike is planned.', 'A vigil is planned.'], ' (a plan that is no announced rite, or no day)');
});

describe('a “but” with no comma where the tense breaks opens the writer’s own clause (twelfth session)', () => {
  labelled('U', [
    'Mayor Ana Ruiz has said she would meet the union but no meeting has been arranged.',
    'Dana Holt said she would sign the bill but no vote has been scheduled.',
    'Dana Holt said the plant was safe but it remains closed.',
  ], ' (labels.md: a coordinated main clause with its own unsourced assertion)');
  labelled('A', [
    'Dana Holt said she was happy but the team still had work to do.',
    'Dana Holt said she was happy but that the team has work to do.',
    'Dana Holt says the plant is safe but it remains closed.',
    'Dana Holt said the plant was safe but did not say when it would reopen.',
    '“I would sign it but the votes are not there,” Dana Holt said.',
  ], ' (the past of reported words, “but that”, a present frame, no new subject, a quotation)');
  it('the finding is on the writer’s clause', () => {
    const text = 'Dana Holt said she would sign the bill but no vote has been scheduled.';
    const f = analyze(text).findings.find((x) => x.ruleId === 'unattributed-claim')!;
    expect(text.slice(f.start, f.end)).toBe('no vote has been scheduled.');
  });
  it('fix-all settles', () => settles('Dana Holt said she would sign the bill but no vote has been scheduled.'));
});

describe('a speech verb whose object is an indefinite head of the writer’s claim reports nothing (twelfth session)', () => {
  labelled('U', [
    'Voters will believe anything Dana Holt says.',
    'The council will not undo everything Dana Holt said.',
    'Dana Holt campaigned in Dover on Monday. The council will not undo everything she said.',
  ], ' (what was said is the object of the writer’s claim)');
  labelled('A', [
    'All Dana Holt said was that the plant was safe.',
    'Dana Holt said everything was fine.',
  ], ' (words follow the verb: a report)');
  it('fix-all settles', () => settles('Dana Holt campaigned in Dover on Monday. The council will not undo everything she said.'));
});

describe('after a speech verb in the past, “, but” with a backshifted verb goes on with the reported words (twelfth session)', () => {
  labelled('A', [
    'Dana Holt said that for years critics had predicted the plant would close, but this would not happen.',
    'Dana Holt said the plant was safe, but it could close in May if demand fell.',
    'An Eastport Institute poll found last week that Ruiz would beat Holt 46 to 40 percent, while Vale would beat Holt 52 to 38 percent.',
    'An Eastport Institute poll found last week that Ruiz would beat Holt, though Vale would win by more.',
  ], ' (the sequence of tenses: the speaker’s words)');
  labelled('U', [
    'Dana Holt said the plant was safe, but the city later borrowed $40 million.',
    'Dana Holt said the plant was safe, but it has been closed since May.',
    'Dana Holt says the plant is safe, but it would close in May.',
    'An Eastport Institute poll found last week that Ruiz would beat Holt, while Vale has dropped out of the race.',
  ], ' (the writer’s own tense, or no past frame to shift from)');
  it('fix-all settles', () => settles('Dana Holt said the plant was safe, but it would close in May. Dana Holt said the plant was safe, but it has been closed since May.'));
});

describe('the writer’s account of the piece’s own work describes the article (twelfth session)', () => {
  labelled('N', [
    'We examine the agency’s record on housing, transport and schools.',
    'We discuss the reasons in our March op-ed.',
    'Here, we take a closer look at the budget.',
    'Our project monitors the number of women quoted on three networks.',
  ], ' (labels.md: a pure description of the article itself)');
  labelled('U', [
    'We found that the agency lost $4 million.',
    'We presently have almost 300,000 job openings.',
  ], ' (a finding, a claim of the writer’s)');
});

describe('“add” and “continue” that report nothing (twelfth session)', () => {
  labelled('U', [
    'This simple habit could add years to your life.',
    'The merger adds $2 billion in annual revenue.',
    'The merger adds €2 billion in annual revenue.',
    'The merger adds £300 million to the budget.',
    'Dana Holt could add another job title to her resume.',
    'The articles helped add momentum to the inquiry.',
    'The strike will continue.',
  ], ' (a thing added; going on, not speaking on)');
  labelled('A', [
    'Dana Holt said the plant was safe. She added that inspections would continue.',
    'Dana Holt said the plant was safe. She added the jobs would return.',
    'Dana Holt said the plant was safe. “We will win,” she continued.',
  ]);
  it('“she” in a tag after a modal “continue” points back to the speaker named before, not to the sentence’s first word', () => {
    const a = analyze('Dana Holt said the plant was safe. Inspections would continue, she said.');
    expect(a.claims[1]!.status).toBe('A');
    expect(a.claims[1]!.source?.antecedent?.text).toBe('Dana Holt');
  });
  it('fix-all settles', () => settles('This simple habit could add years to your life. Inspections would continue, she said.'));
});

describe('to boast a thing is to have it (twelfth session)', () => {
  labelled('U', ['The new model boasts a 12-inch screen and a 10-hour battery.', 'The new hotel boasts an outdoor pool.'], ' (the writer’s claim)');
  labelled('A', ['Dana Holt boasted that the plant was safe.', 'Dana Holt boasted of the plant’s record.', 'Dana Holt boasts about the plant’s record.', '“We won,” Dana Holt boasted.']);
});
