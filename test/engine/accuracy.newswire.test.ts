/**
 * End-to-end status of fictional sentences for the news and wire rules of the
 * fifth session's vague/unattributed lane (docs/accuracy.md, "Fifth session:
 * news and wire"): each case is one pattern of real news or wire copy, written
 * fresh, with the label the standard (labels.md, eval/HARD-CASES.md) gives it.
 * The last sentence of each draft is the one checked; earlier sentences set up
 * the discourse.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { checkFixAll } from '../reliability/drafts';
import { statusOfLast } from '../helpers/status';

describe('a speech act named by its object', () => {
  it.each([
    'Governor Alma Ruiz is drawing sharp contrasts between herself and her rival.',
    'Mayor Tom Becker unleashed withering attacks against the council in Tuesday’s debate.',
    'Senator Dana Holt is trumpeting a positive-only message on the campaign trail.',
    'Dana Holt spoke in Reno. She has been ratcheting up her critique of the airport plan.',
    'Councillor Ray Stone is standing by an accusation he made at the hearing.',
    'Dana Holt is returning to her central campaign themes of safer streets and cheaper housing.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('a reaction to the subject is not the subject’s speech', () => {
    expect(statusOfLast('Mayor Tom Becker drew criticism for closing the library.')).toBe('V');
  });
  it('a subject that cannot speak makes no speech act', () => {
    expect(statusOfLast('The flood renewed calls for a new sea wall.')).toBe('V');
  });
  it('drawing anything but a contrast is no speech act', () => {
    expect(statusOfLast('Senator Dana Holt is drawing large crowds in the final days before the vote.')).toBe('U');
  });
});

describe('a name before a group that does not work for it', () => {
  it.each([
    'Harbor County election officials say the ballots were counted twice.',
    'Becker fans insist the mayor must run again.',
    'Party leaders hope the mayor will tone down his attacks.',
    'Patient advocacy groups note that the clinic closed in May.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it.each([
    'Becker aides acknowledged the vote was close.',
    'Harbor Authority officials said the ferry would resume on Monday.',
    'Pentagon officials said the drill went ahead.',
    'The mayor trails by four points, according to the Harborpoll polling average.',
  ])('%s → A (staff, a named body, a body’s own output)', (s) => expect(statusOfLast(s)).toBe('A'));
});

describe('a document its author gave out', () => {
  it('a document after "according to" with a pronoun author is the author’s', () => {
    expect(statusOfLast('Mayor Tom Becker filed his accounts in May. He owns three ferries, according to new financial documents he submitted.')).toBe('A');
  });
  it('excerpts released by a named office are that office’s document', () => {
    expect(statusOfLast('The mayor will praise the harbour, according to excerpts of his speech released by the Harbor Authority.')).toBe('A');
  });
  it('an unowned document stays vague', () => {
    expect(statusOfLast('The mayor owns three ferries, according to documents.')).toBe('V');
  });
});

describe('"’s" before a participle', () => {
  it('"he’s predicted big wins" is "has predicted": the speaker’s own words', () => {
    expect(statusOfLast('Mayor Tom Becker spoke on Monday. And he’s predicted big wins in the races ahead.')).toBe('A');
  });
  it('a possessive before a participle used as an adjective hides no source', () => {
    expect(statusOfLast('The ferries make up a tiny fraction of Becker’s reported fortune.')).toBe('U');
  });
  it('"’s considered a threat" and "’s expected to" stay agentless passives', () => {
    expect(statusOfLast('Mayor Tom Becker spoke on Monday. He’s considered a threat to the council.')).toBe('V');
    expect(statusOfLast('Mayor Tom Becker spoke on Monday. He’s expected to win.')).toBe('V');
  });
});

describe('reactions that are always someone else’s', () => {
  it.each([
    'Mayor Tom Becker stirred controversy with a remark about the harbour.',
    'Councillor Ray Stone fanned controversy over her remark about the ferry.',
    'His plan drew the immediate ire of some prominent shop owners.',
    'The mayor has resisted calls from some council members to resign.',
    'The mayor sought on Wednesday to ease growing Ruritanian worries about the harbour.',
    'The mayor has been trying to assuage fears within his own party that the ferry will close.',
    'Local radio stations were flooded with calls to cancel the festival.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a named subject who raises questions voices them (A)', () => {
    expect(statusOfLast('Mayor Tom Becker raised questions about the harbour budget.')).toBe('A');
  });
  it('easing something that is not a reaction is an ordinary claim', () => {
    expect(statusOfLast('The council eased parking rules in the old town on Monday.')).toBe('U');
  });
});

describe('more speech acts of a named person in wire copy', () => {
  it.each([
    'Apparently, the harbour police saw the post and removed the banner.',
  ])('sentence-opening "Apparently" hides who made it known: %s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it.each([
    'Mayor Tom Becker spoke at the harbour on Tuesday about the ferry fares.',
    'Mayor Tom Becker has since revised his proposal on the ferry several times.',
    'On the eve of the vote, Mayor Tom Becker eased his defiant tone of recent days.',
    'Mayor Tom Becker also took multiple swipes at his rival.',
    'Councillor Ray Stone could not be immediately reached for comment.',
    'Councillor Ray Stone could not immediately be contacted for comment.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('"apparently" inside a sentence is left to the writer (no hedge finding)', () => {
    expect(statusOfLast('Mayor Tom Becker was apparently referring to the old ferry.')).not.toBe('V');
  });
});

describe('unnamed evidence, reputations and groups joining in', () => {
  it.each([
    'Surveys of shoppers taken as they left the market showed that most wanted the ferry back.',
    'He is best known for his appearances on a late-night quiz show.',
    'The judge is known for speaking her mind on other issues.',
    'Residents and critics alike have piled on.',
    'More council members are chiming in with criticism of the ferry plan.',
    'Other lawmakers joined Becker’s call for an inquiry.',
    'Opponents also persisted in arguments that the harbour plan is too costly.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('"known as" a name is only what something is called', () => {
    expect(statusOfLast('The ferry, known as the Blue Line, stopped running in May.')).toBe('U');
  });
});

describe('plural people named by trade at the start of a sentence', () => {
  it('are a bare group, not a name', () => {
    expect(statusOfLast('Developers and supporters in the council say the ferry has brought money to the harbour.')).toBe('V');
    expect(statusOfLast('Fishermen say the new quay is too short.')).toBe('V');
  });
  it('the receiver of a passive of giving is not a speaker', () => {
    expect(statusOfLast('Mourners were offered two kinds of flowers at the gate.')).toBe('U');
  });
});

describe('a group named through its members', () => {
  it.each([
    'Other unions, including the Harbor Workers Union, have also endorsed the mayor.',
    'Proponents — including the Harbor Authority — say the ferry pays for itself.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('members named only by faith or origin leave the group vague', () => {
    expect(statusOfLast('Many speakers at the service — including Muslims, Christians and Jews — said the loss was painful.')).toBe('V');
  });
});

describe('voices at a scene and races called', () => {
  it.each([
    'At one point, a woman asked for a photo.',
    'The crowd cheered when the mayor arrived.',
    'A few wards have yet to be called.',
    'Hundreds of supporters roared when the third ward was called for Dana Holt.',
  ])('%s → U (an event, no hidden source)', (s) => expect(statusOfLast(s)).toBe('U'));
  it('a named person who asks is still a speaker', () => {
    expect(statusOfLast('Mayor Tom Becker asked the council to approve the ferry budget.')).toBe('A');
  });
  it('a verdict whose judge is hidden stays vague', () => {
    expect(statusOfLast('The plan has been called a waste of money.')).toBe('V');
  });
});

describe('a perception that is a poll’s figure', () => {
  it('"viewed as … by 55 percent of voters" is the figure, not a hidden judge', () => {
    expect(statusOfLast('The mayor has a nine-point edge over her rival, who’s viewed as honest by 55 percent of voters.')).toBe('U');
  });
  it('with no figure in the sentence it stays an agentless verdict', () => {
    expect(statusOfLast('The mayor is widely viewed as the favourite.')).toBe('V');
  });
});

describe('a staff short form after an identified one', () => {
  it('"the spokesman" after "A spokesman for the mayor, Tom Becker," points back (A)', () => {
    expect(statusOfLast('A spokesman for Mayor Tom Becker said the ferry would run. The spokesman refused to say when.')).toBe('A');
  });
  it('after an unidentified "a spokesman" it stays vague', () => {
    expect(statusOfLast('A spokesman said the ferry was late. The spokesman added that fares would rise.')).toBe('V');
  });
});

describe('a reaction nobody owns as the subject', () => {
  it.each([
    'Back home, the reaction has been fierce.',
    'A common refrain is that the ferry will never pay.',
    'The mayor finished second, but the expectations are lower for her in the east.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('an owned fear is its owner’s', () => {
    expect(statusOfLast('Mayor Tom Becker’s fear is that the ferry will close.')).not.toBe('V');
  });
});

describe('a bare group’s portrayal and language', () => {
  it.each([
    'Some painted the closure in grave, nearly apocalyptic, terms.',
    'Other leaders used particularly blunt language to denounce the plan.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a named speaker’s blunt language is attributed', () => {
    expect(statusOfLast('Mayor Tom Becker used blunt language to denounce the plan.')).toBe('A');
  });
});

describe('the speech-object cue and fix-all', () => {
  it('a vague subject of a speech act named by its object is replaced without touching the verb, and fix-all settles', () => {
    const text = 'Since then the two men have been lobbing pointed insults at one another.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
  it('a gerund after a preposition is no speech act of the phrase before it', () => {
    expect(statusOfLast('He has been criticised for years for making dubious claims on-air.')).toBe('V');
    const text = 'He has been pilloried for years for making dubious medical claims on-air.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
  it('"fear that" with no "is" before "that" is no reaction of anyone', () => {
    expect(statusOfLast('It was the greatest show of fear that I have ever seen.')).not.toBe('V');
  });
});
