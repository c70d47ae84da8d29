/**
 * End-to-end status of fictional sentences for the sixth session's lane on
 * unattributed claims (docs/accuracy.md, "Sixth session: narrated speech
 * acts"): attributed narration that names a speech act without a plain
 * speech verb, and speakers named in apposition to a role. Each case is one
 * pattern of real news copy, written fresh, with the label the standard
 * (labels.md, eval/HARD-CASES.md) gives it. The last sentence of each draft
 * is the one checked; earlier sentences set up the discourse. The describe
 * blocks marked "seventh session" pin that session's changes of the same
 * lane (docs/accuracy.md, "Seventh session: unattributed claims").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { checkFixAll } from '../reliability/drafts';
import { statusOfLast } from '../helpers/status';

describe('a speech act named by its object (nouns of mention, words and ideas)', () => {
  it.each([
    'Mayor Tom Becker notably made no mention of the ferry contract.',
    'Governor Alma Ruiz avoided all mention of her primary challenger.',
    'Her deputy, Ray Stone, struck a similar tune.',
    'Councillor Ray Stone floated the notion of a toll on the bridge.',
    'Dana Holt has also toyed with the idea of a harbour tax.',
    'Mayor Tom Becker launched into a lament for the closed shipyards.',
    'Governor Alma Ruiz offered her condolences to the families.',
    'Becker drew the analogy during a speech to dock workers.',
    'Becker has had kinder words for the harbour board.',
    'Harbor Secretary Ray Stone sent out a statement reassuring ferry riders.',
    'The dean of the harbour college has published a letter disputing the report.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it.each([
    'Mayor Tom Becker struck a deal with the dock workers’ union.',
    'The storm struck the harbour on Tuesday.',
    'The flood floated the boats off their moorings.',
    'Mayor Tom Becker has a case against the ferry board.',
  ])('%s → U (the object is no speech)', (s) => expect(statusOfLast(s)).toBe('U'));
});

describe('a role named by the person who holds it', () => {
  it.each([
    'Becker’s Democratic opponent, state Sen. Alma Ruiz, also praised the plan.',
    'Dana Holt spoke in Reno. Her campaign manager, Tom Reyes, said the plan would pass.',
    'The campaign manager, Tom Reyes, said the plan would pass.',
    'Governor Alma Ruiz spoke in Reno. Her opponent praised the plan.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('a group of rivals stays vague', () => {
    expect(statusOfLast('Governor Alma Ruiz spoke in Reno. Her rivals praised the plan.')).toBe('V');
  });
  it('a fix of the sentence creates nothing new', () => {
    const text = 'Her campaign manager, Tom Reyes, said the plan would pass. Officials said it would fail.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});

describe('going on to a speech act', () => {
  it.each([
    'Mayor Tom Becker went on to discuss the ferry budget.',
    'Governor Alma Ruiz spoke for an hour. She went on to mention the closed shipyards.',
    'Councillor Ray Stone then proceeded to criticize the harbour board.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('going on to anything but a speech act is no cue', () => {
    expect(statusOfLast('Mayor Tom Becker went on to win the race by four points.')).toBe('U');
  });
});

describe('verbs of saying by manner', () => {
  it.each([
    'Mayor Tom Becker has intimated that the ferry will close.',
    'Mayor Dana Holt’s campaign protested that the debate date was unfair.',
    'The mayor gushed about the new harbour.',
    'Becker mused that the bridge might never open.',
    'The governor alluded to a deal with the union.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('a protest that is a demonstration reports no words', () => {
    expect(statusOfLast('Dock workers protested the new schedule outside city hall.')).not.toBe('A');
  });
});

describe('filing: a legal act, or a document', () => {
  it('filing something is a cue, with the filer as its source', () => {
    expect(analyze('The harbour board filed a lawsuit against the ferry company.').attributions.map((a) => [a.cue.text, a.source?.text])).toEqual([['filed', 'The harbour board']]);
  });
  it.each([
    'A court document filed Thursday says that the ferry contract was void.',
    'The harbour board keeps its case files in the basement.',
    'Dock workers were filing into the hall before the vote.',
  ])('%s: no "file" cue', (s) => {
    expect(analyze(s).attributions.map((a) => a.cue.text.toLowerCase())).not.toContainEqual(expect.stringMatching(/fil/));
  });
});

describe('maintaining: claiming, or keeping', () => {
  it.each([
    'Mayor Dana Holt has maintained that the ferry never ran at a loss.',
    'Mayor Dana Holt maintained she had never seen the harbour contract.',
    '“The ferry never ran at a loss,” Mayor Dana Holt maintained.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it.each([
    'Mayor Dana Holt maintains a wide lead over her rival among dock workers.',
    'Mayor Dana Holt has maintained support among harbour voters since the spring.',
  ])('%s: with an object, maintaining is keeping, no cue', (s) => {
    expect(analyze(s).attributions.map((a) => a.cue.text)).toEqual([]);
  });
});

describe('a named poll framing a figure', () => {
  it.each([
    'In an ABC News/Harbor Times Poll released Sunday, three of four residents opposed the toll.',
    'In a Harborpoll survey conducted last week, 60 percent backed the mayor.',
    'The mayor’s approval rating in the latest Harbor Times-WXYZ News Poll stands at 53 percent.',
    'Support for the toll in the new Harborpoll survey fell to 31 percent.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it.each([
    'The mayor’s approval rating in the latest poll stands at 53 percent.',
    'The mayor’s approval rating fell to 41 percent after the vote.',
  ])('%s → U (no named poll)', (s) => expect(statusOfLast(s)).toBe('U'));
  it('a definite short form frames the figure only when a poll was named before', () => {
    expect(statusOfLast('A Harborpoll survey released Sunday found the mayor ahead. Just 13 percent of residents in the citywide survey backed the toll.')).toBe('A');
    expect(statusOfLast('Just 13 percent of residents in the citywide survey backed the toll.')).toBe('U');
  });
  it('a fix of a framed sentence creates nothing new', () => {
    const text = 'In a Harborpoll survey conducted last week, 60 percent backed the mayor. Observers say the toll is unpopular.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});

describe('a body or staff owned through "his" or "her"', () => {
  it.each([
    'Mayor Tom Becker lost the vote on Tuesday. His campaign said the count was unfair.',
    'Governor Alma Ruiz left the hearing early. Her office said she had another meeting.',
  ])('%s → A (the person the pronoun points at speaks through them)', (s) => expect(statusOfLast(s)).toBe('A'));
  it('with nobody named before, the owner stays unknown', () => {
    expect(statusOfLast('The vote was close. His campaign said the count was unfair.')).toBe('V');
  });
});

describe('a quoted modifier inside a relayed source (seventh session)', () => {
  it.each([
    'Senator Ana Ruiz unveiled a trade plan on Monday. According to her “clawback” plan, firms that move abroad must repay any aid they received.',
    'Senator Ana Ruiz unveiled a trade plan on Monday. According to her "clawback" plan, firms that move abroad must repay any aid they received.',
  ])('%s → A, as without the marks', (s) => expect(statusOfLast(s)).toBe('A'));
  it('the source phrase holds the quoted word and the noun after it', () => {
    const a = analyze('Senator Ana Ruiz unveiled a trade plan. According to her “clawback” plan, firms must repay their aid.');
    expect(a.attributions.find((x) => x.cue.kind === 'according-to')?.source?.text).toBe('her “clawback” plan');
  });
  it('a quotation that ends the phrase is no modifier', () => {
    const a = analyze('According to the mayor, the plan is “a disaster”.');
    expect(a.attributions.find((x) => x.cue.kind === 'according-to')?.source?.text).toBe('the mayor');
  });
});

describe('a transcript turn is its speaker’s to the end of the paragraph (seventh session)', () => {
  const turn = 'The mayor’s spokesman spoke to Harbor Radio on Tuesday.\n\nMORALES: The mayor does not get to set the schedule. Particularly when he is running a negative campaign. ';
  it.each([
    'If he does that, then we will talk about the ferry.',
    'The pier is the oldest in the state.',
  ])('%s → A after "NAME:" opened the paragraph', (s) => expect(statusOfLast(turn + s)).toBe('A'));
  it('a vague source of the sentence’s own stays vague', () => {
    expect(statusOfLast(turn + 'Experts say the pier will not last.')).toBe('V');
  });
  it('a label in an earlier paragraph does not reach the next one', () => {
    expect(statusOfLast(turn + '\n\nThe pier is the oldest in the state.')).toBe('U');
  });
  it('a colon after a subject and other words opens no turn', () => {
    expect(statusOfLast('Mayor Ana Ruiz had one message for the crowd: patience. The pier is the oldest in the state.')).toBe('U');
  });
  it('a colon opening a quotation after a subject and other words opens no turn either', () => {
    // The lead-in's colon is a speech cue whose source starts the paragraph, but
    // no speaker's label: the writer's sentence after the quotation is not hers.
    expect(statusOfLast('Mayor Ana Ruiz addressed the crowd: “We will rebuild.” The pier is the oldest in the state.')).toBe('U');
  });
  it('fix-all settles on a turn with a vague sentence in it', () => {
    const text = turn + 'Experts say the pier will not last. The pier is the oldest in the state.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});

describe('a date between a subject and a verb that is also a noun (seventh session)', () => {
  it.each([
    'A 46-page analysis released by the Department of Transport last month reveals how fast the bridges are failing.',
    'A report released by the Department of Transport on Monday shows that the bridges are failing.',
    'The Harbor Authority Tuesday reports that two cranes failed.',
  ])('%s → A, as with the date elsewhere', (s) => expect(statusOfLast(s)).toBe('A'));
  it('a time word modifying a noun makes no subject of the words before it', () => {
    expect(statusOfLast('On the Harbor Radio and Eastport TV morning shows, about one in three guests were women.')).toBe('U');
  });
});

describe('the writer’s own account with a relative "that" in it (seventh session)', () => {
  it('a relative clause embeds no claim: the aside stays N', () => {
    expect(statusOfLast('Typically, I drive my son to the harbour on Sundays and help him pick a boat that is within his budget.')).toBe('N');
  });
  it('a complement clause with its own subject still does', () => {
    expect(statusOfLast('I learned that Mayor Park was paid twice.')).toBe('U');
  });
  it('"I don’t think" frames the writer’s verdict on someone else', () => {
    expect(statusOfLast('But I don’t think the mayor’s charm is the only thing that keeps him in office.')).toBe('U');
  });
});

describe('singing quoted words gives them to the singer (seventh session)', () => {
  it.each([
    'Mayor Ana Ruiz sings Tom Park’s “Harbour Lights” to the crowd.',
    'In his song Harbour Lights, Tom Park sings, "Nobody leaves this town."',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('singing with no quotation reports no words', () => {
    expect(statusOfLast('Mayor Ana Ruiz, who sang at church every week, was elected in 2019.')).toBe('U');
  });
  it('an unnamed crowd singing is part of the scene, as its chants are', () => {
    expect(statusOfLast('Some in the crowd sang “Happy Birthday” to the mayor.')).toBe('U');
  });
});

describe('what a person found, through a pronoun (seventh session)', () => {
  it('"She found that …" after a named person is hers', () => {
    expect(statusOfLast('Inspector Ana Ruiz visited the pier on Monday. She found that the planks were rotten.')).toBe('A');
  });
  it('finding oneself somewhere reports nothing', () => {
    expect(statusOfLast('Tom Park lost his job in May. He found himself on the street again.')).toBe('U');
  });
  it('what a person demonstrated is a deed, not a finding', () => {
    expect(statusOfLast('Mayor Ana Ruiz spoke on Monday. She is likely to keep up her visits to the port, as she has demonstrated this year.')).toBe('U');
  });
});
