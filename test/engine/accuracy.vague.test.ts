/**
 * End-to-end status of fictional sentences for the vague-attribution rules
 * added against the errors of eval/polnear-dev and eval/polnear-train
 * (docs/accuracy.md, "Fourth session"): each case is one pattern of real
 * news, written fresh, with the label the standard (labels.md,
 * eval/HARD-CASES.md) gives it. The last sentence of each draft is the one
 * checked; earlier sentences set up the discourse. The other accuracy rules
 * are pinned in accuracy.rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { checkFixAll } from '../reliability/drafts';
import { sourceOfLast, statusOfLast } from '../helpers/status';

describe('reactions nobody owns', () => {
  it.each([
    'As the crowds arrive, there are fears the festival will spread the flu.',
    'There have been growing calls for the harbour master to resign.',
    'The audit was published amid growing concern about the state of the bridges.',
    'Speculation is mounting that the mayor will not run again.',
    'Questions remain about who paid for the renovation.',
    'Last spring the council came under withering criticism for closing the library.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('an existential with no reaction noun, or an event noun, is an ordinary claim', () => {
    expect(statusOfLast('There is no doubt that the bridge needs repairs.')).toBe('U');
    expect(statusOfLast('There were protests outside the town hall on Monday.')).toBe('U');
  });
  it('a reaction whose owner follows it is not vague', () => {
    expect(statusOfLast('The plan was shelved amid concerns from the Harbor Authority about its cost.')).toBe('A');
  });
});

describe('unnamed polls', () => {
  it.each([
    'Exit polls taken in Ohio found that most voters want a new stadium.',
    'Recent polls in Ohio and Michigan have shown the mayor’s lead shrinking.',
    'New polls released Sunday showed the senator gaining ground.',
    'The former governor has been stuck in single digits in the polls for months.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a named pollster is a source', () => {
    expect(statusOfLast('A Harbor Gazette poll released Sunday showed the senator gaining ground.')).toBe('A');
  });
  it('"is assured of" a count is a certainty, not hearsay', () => {
    expect(statusOfLast('With 90 delegates at stake, the senator is assured of winning at least 40.')).toBe('U');
  });
});

describe('unnamed people at a scene and public verdicts', () => {
  it.each([
    'Eyewitnesses described a loud bang before the roof of the depot fell in.',
    'Social media users were quick to mock the new logo.',
    'Critics panned the mayor’s speech as empty.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a named speaker who retweets is attributed', () => {
    expect(statusOfLast('Mayor Dana Reyes retweeted a video of the flooded square on Monday.')).toBe('A');
  });
});

describe('a second, vague report joined to a named one', () => {
  it('"X said …, and [group] warned …" is V (V wins over A)', () => {
    expect(statusOfLast('The mayor said the repairs were finished, and residents warned that the pipes still leak.')).toBe('V');
  });
  it('a vague group inside what the named speaker said stays A', () => {
    expect(statusOfLast('The mayor said many of the complaints critics point to are out of date.')).toBe('A');
  });
});

describe('poll respondents speaking after a named poll', () => {
  it.each([
    'The Harbor Gazette poll surveyed 800 adults. Half of island Democrats said they want a new ferry.',
    'The Harbor Gazette poll surveyed 800 adults. Seventy-four percent of registered voters say they like the mayor.',
    'The Harbor Gazette poll surveyed 800 adults. Voters who say the economy matters most were evenly divided.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('with no poll named, a group saying something stays vague', () => {
    expect(statusOfLast('The council met on Monday. Seventy-four percent of registered voters say they like the mayor.')).toBe('V');
  });
});

describe('an unnamed group credited with knowing', () => {
  it('"Politicians know …" is the writer’s claim, not a vague source', () => {
    expect(statusOfLast('Politicians know this and take advantage of it.')).toBe('U');
    expect(statusOfLast('The Democrats understood this in 2008.')).toBe('U');
  });
  it('believing and fearing stay vague', () => {
    expect(statusOfLast('Many fear the new port will ruin the bay.')).toBe('V');
  });
});

describe('the results of a named count', () => {
  it('"according to early results of the exit poll conducted by X" names its source', () => {
    expect(statusOfLast('According to early results of the exit poll conducted by Harbor Research for the Gazette, the mayor led among women.')).toBe('A');
  });
  it('a proportion of voters saying something rests on the poll named before', () => {
    expect(statusOfLast('The Harbor Gazette poll surveyed 800 adults. The proportion of primary voters saying they want a new ferry is as high as three-quarters.')).toBe('A');
  });
});

describe('how an unnamed group is said to feel', () => {
  it.each([
    'Residents are furious.',
    'But despite the vote, some councillors are concerned that the pier could close.',
    'The more radical backers of the plan were already skeptical of the mayor’s promise.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a named person’s feelings, a split, a relative clause are no vague source', () => {
    expect(statusOfLast('Mayor Ellen Park was furious about the vote.')).toBe('U');
    expect(statusOfLast('The voters are split on the question.')).toBe('U');
    expect(statusOfLast('He courted supporters who are deeply skeptical of the harbour board.')).toBe('U');
  });
});

describe('vague sources that a named one does not cover', () => {
  it('an insider whose knowledge is named stays vague', () => {
    expect(statusOfLast('A source familiar with the Harbor Authority’s inquiry said the files were deleted.')).toBe('V');
  });
  it('a reaction in a participle after a named report is the writer’s comment', () => {
    expect(statusOfLast('Mayor Ellen Park tweeted a photo of the flooded pier on Saturday, prompting outrage.')).toBe('V');
  });
  it('"many believe" is a group, not a hedge a named source makes good', () => {
    expect(statusOfLast('The ferry plan failed, as described by Mayor Ellen Park, and many believe the harbour board is to blame.')).toBe('V');
  });
});

describe('what an unnamed group could or will say, and who judged', () => {
  it('a modal cue with an unnamed group is the writer’s supposition', () => {
    expect(statusOfLast('Everyone can see the pier is falling apart.')).toBe('U');
    expect(statusOfLast('Even though the councillors will scoff at the notion, the ferry could pay for itself.')).toBe('U');
  });
  it.each([
    'The harbour fees - deemed too high by fishermen - were cut in March.',
    'The remarks were interpreted by some as a threat to the harbour board.',
    'The board chose a floating pier, an option seen by engineers as the cheapest.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
});

describe('what a speaker in an opening subordinate clause says ends at its comma', () => {
  it('"After X said …, [group] warned …" is V', () => {
    expect(statusOfLast('After Mayor Ellen Park said the pier was safe, engineers warned that it could collapse.')).toBe('V');
  });
  it('a vague group inside the named speaker’s words stays A', () => {
    expect(statusOfLast('When Mayor Ellen Park spoke on Friday, she said residents were outraged.')).toBe('A');
  });
});

describe('the vague sources of content-farm copy and press releases (sixth session)', () => {
  it('a verb that is also a noun is a verb after a plural group or "they"', () => {
    expect(statusOfLast('Many users report that the battery of the tablet drains quickly.')).toBe('V');
    expect(statusOfLast('Experts estimate that 10,000 jobs could be lost at the port.')).toBe('V');
    expect(statusOfLast('Mayor Ellen Park and her deputy spoke on Monday. They forecast a loss of $3 million for the ferry line.')).toBe('A');
  });
  it('after a determiner or a possessive the same word stays a noun', () => {
    expect(statusOfLast('The harbour board released an estimate of the repair bill on Monday.')).toBe('U');
  });
  it.each([
    'Unconfirmed reports say the harbour master is ill.',
    'Scientific studies have proven that the tonic works.',
    'Medical professionals warn that the pills can be dangerous.',
    'Leading economists predict a slowdown at the port next year.',
  ])('a sentence-opening adjective describes its group: %s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a sentence-opening name of the same shape before a verb stays a name', () => {
    expect(statusOfLast('Bryant told reporters the vote on the pier was fair.')).toBe('A');
  });
  it.each([
    'By most accounts, the harbour festival drew 50,000 people.',
    'By one estimate, the scheme cost the town $10 million.',
    'According to legend, the lake under the castle has no bottom.',
    'Conventional wisdom holds that incumbent mayors win re-election.',
    'Word is that the bakery on Pier Street will close by summer.',
  ])('accounts, estimates and received wisdom nobody owns: %s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it.each([
    'The painting in the town hall is widely assumed to be a forgery.',
    'The castle is supposed to have been built by the Romans.',
    'The pie recipe is sometimes attributed to a French chef.',
  ])('doxastic passives (Szeged WikiWeasel): %s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('"is supposed to" of an obligation or a plan is an ordinary claim', () => {
    expect(statusOfLast('The new bridge is supposed to open in May.')).toBe('U');
  });
  it.each([
    'Environmentalists warn that the dam will ruin the river.',
    'Reviewers have praised the soundtrack of the harbour film.',
    'Those close to the couple say they are happy in the new house.',
    'Customers rave about the new flavour of the harbour bakery.',
  ])('groups and insiders nobody can check: %s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a named speaker who floats an idea or gushes is attributed; a liquid that gushes reports nothing', () => {
    expect(statusOfLast('Mayor Ellen Park floated the notion on Sunday of closing the pier to cars.')).toBe('A');
    expect(statusOfLast('Mayor Ellen Park gushed about the new ferry on Sunday.')).toBe('A');
    expect(statusOfLast('On Monday, water gushed from the broken main on Pier Street for six hours.')).toBe('U');
  });
});

describe('findings and rankings whose authors or judges are unnamed (sixth session)', () => {
  it('"linked X to Y" is a finding: vague with unnamed research, attributed with a named study', () => {
    expect(statusOfLast('Research has linked green tea to a lower risk of stroke.')).toBe('V');
    expect(statusOfLast('A Harbor University study linked green tea to a lower risk of stroke.')).toBe('A');
    expect(statusOfLast('The new road will link the two towns by 2027.')).toBe('U');
  });
  it('a ranking in the passive hides who ranked', () => {
    expect(statusOfLast('The firm was recently named one of the fastest-growing companies in Ohio.')).toBe('V');
    expect(statusOfLast('Acme has been ranked among the best employers in Ohio.')).toBe('V');
  });
  it('an active naming is an ordinary claim, and an appointment is not vague (a bio line)', () => {
    expect(statusOfLast('The mayor named one of the suspects on Monday.')).toBe('U');
    expect(statusOfLast('Dana Whitfield was named chief executive of the port in 2019.')).toBe('N');
  });
});

describe('whom a hedge hides (sixth session)', () => {
  it('a speech verb names the reporter only of what it reports', () => {
    // The hedge lies outside what Park said: nobody is named for the report that she said it.
    expect(statusOfLast('Mayor Ellen Park reportedly told aides that the ferry would be sold.')).toBe('V');
    expect(statusOfLast('Apparently, Mayor Ellen Park and the harbour police saw the post and closed the pier.')).toBe('V');
    // Inside what she said, or with "according to", the hedge is hers or the outlet's.
    expect(statusOfLast('Mayor Ellen Park said the ferry had reportedly been sold to a buyer in Maine.')).toBe('A');
    expect(statusOfLast('The ferry was reportedly sold to a buyer in Maine, according to the Harbor Gazette.')).toBe('A');
  });
  it('"it seems" in an opinion piece is the columnist’s inference; in news it hides a source', () => {
    const opEd = 'I have lived in Eastport for thirty years. We deserve better from our leaders. Why should we accept this? The council must change course. ';
    expect(statusOfLast(opEd + 'Although this is no exact science, it seems the council has far too many committees.')).toBe('U');
    expect(statusOfLast('The ferry company closed its office on Monday. It seems the owners have left the country.')).toBe('V');
  });
});

describe('communities named by faith, origin or persuasion (sixth session)', () => {
  it.each([
    'In Lyon and Marseille, Jews fear for their safety on the trams.',
    'Many Muslims worry that the ban on the harbour mosque will be extended.',
    'Catholics have voiced concern about the new licensing law.',
    'Women in the harbour district say they feel unsafe at night.',
  ])('a capitalised community is a bare group, not a name: %s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a named body of the community is a source', () => {
    expect(statusOfLast('The Catholic Archdiocese of Eastport said the law would close two schools.')).toBe('A');
  });
});

describe('what a speaker in an opening subordinate clause says ends at its comma (sixth session)', () => {
  it('a group’s feeling after the clause is not inside the reported words', () => {
    expect(statusOfLast('When the senator attacked the harbour judge, Portuguese Americans were outraged.')).toBe('V');
  });
  it('a feeling inside what a main-clause speaker says stays theirs', () => {
    expect(statusOfLast('Mayor Ellen Park said that many residents were outraged by the fees.')).toBe('A');
  });
});

describe('every opening subordinator cuts a speaker’s words at its comma (one list, seventh session)', () => {
  // The attribution stage and the classifier read one list of opening
  // subordinators (lexicon/phrases.ts OPENING_SUBORDINATORS); they used to
  // hold two that disagreed on "as", "until", "whenever", "unless", "whereas".
  it.each([
    'Until Mayor Ellen Park said the pier was safe, engineers warned that it could collapse.',
    'Whereas Mayor Ellen Park said the pier was safe, engineers warned that it could collapse.',
    'Whenever Mayor Ellen Park says the pier is safe, engineers warn that it could collapse.',
    'As the senator attacked the harbour judge, Portuguese Americans were outraged.',
    'Until the senator attacked the harbour judge, Portuguese Americans were outraged.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a speaker in the main clause still owns the group inside the words', () => {
    expect(statusOfLast('As the storm passed, Mayor Ellen Park said residents were outraged.')).toBe('A');
  });
});

describe('groups defined by where they stand towards someone (seventh session)', () => {
  it.each([
    'Supporters of Mayor Dana Reyes said the harbour plan was rushed.',
    'Critics of Governor Ellen Park said the ferry subsidy would fail.',
    'EASTPORT, May 3 (UPI) — Fans of Lena Moor’s performance in Harbor Lights have taken to social media to complain about the casting.',
    'A Reyes ally suggested the mayor would drop the toll plan after the vote.',
    'A Park supporter said the governor had been misquoted.',
    'Politicos call this the slow-walk strategy.',
  ])('the name says whom they back or fight, not whom they speak for: %s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a body’s own staff and members, and a body named "Friends of the …", are sources', () => {
    expect(statusOfLast('Analysts at Harbor Capital said the ferry deal was off.')).toBe('A');
    expect(statusOfLast('Members of the Eastport Harbour Caucus said the remarks were offensive.')).toBe('A');
    expect(statusOfLast('Friends of the Harbour said the plan would ruin the waterfront.')).toBe('A');
    expect(statusOfLast('A Reyes spokesman said the toll plan was dead.')).toBe('A');
  });
});

describe('passives that name their source or hide none (seventh session)', () => {
  it('words attributed to a named person are theirs; a cause attributed to something hides its judge', () => {
    expect(statusOfLast('The statement was attributed to Dr. Lena Moor, the mayor’s physician.')).toBe('A');
    expect(statusOfLast('The drop in crime has been attributed to the new street lights.')).toBe('V');
  });
  it('an indictment is an event, not a statement by the person charged', () => {
    expect(statusOfLast('The protester was later charged with assault.')).toBe('U');
    expect(statusOfLast('Two harbour officials were charged with fraud on Monday.')).toBe('U');
  });
  it('"as well as" after a passive joins more of its subject', () => {
    expect(statusOfLast('To date, 14 fishermen were admitted as well as 29 others who gave no trade.')).toBe('U');
  });
  it('a gerund after "into" is what someone was led to do, not a report', () => {
    expect(statusOfLast('The mayor is manipulating his loyal followers into believing the ferry is safe.')).toBe('U');
  });
});

describe('questions, acts of state and compounds are no vague reports (seventh session)', () => {
  it.each([
    'What harbour news is the town talking about on the ferry this week?',
    'A reporter asked: Did they talk about the toll on the bridge?',
    'Why do experts say the pier is unsafe?',
  ])('a cue inside the writer’s own question passes nothing on: %s → N', (s) => expect(statusOfLast(s)).toBe('N'));
  it('a statement that only ends in a question keeps its vague source', () => {
    expect(statusOfLast('Many thought after the flood that the council would resign: was it too slow?')).toBe('V');
    expect(statusOfLast('Experts say the pier is unsafe, but who will pay for it?')).toBe('V');
  });
  it('"declared war" is an act of state; "declared that" is a statement', () => {
    expect(statusOfLast('The island’s authorities declared war on the smugglers, leading to a long conflict.')).toBe('U');
    expect(statusOfLast('Officials declared that the pier was safe.')).toBe('V');
  });
  it('"raise interest rates" is monetary policy, not an agentless reaction', () => {
    expect(statusOfLast('When the governor walks to the board room to raise interest rates, the markets will listen.')).toBe('U');
    expect(statusOfLast('The ruling has sparked interest among investors.')).toBe('V');
  });
  it('a group named by its members in apposition, joined by "and", is identified', () => {
    expect(statusOfLast('Two harbour engineers, Jane Doe and John Roe, found that the pier was unsafe.')).toBe('A');
    expect(statusOfLast('Several residents, young and old, said the pier was unsafe.')).toBe('V');
  });
});

describe('a noun in "-ing" that shows something is a subject, not a gerund (seventh session)', () => {
  it('"Exit polling shows …" is an unnamed poll; "for making … claims" keeps its noun', () => {
    expect(statusOfLast('Exit polling shows the senator won 60% of women in Ohio.')).toBe('V');
    expect(statusOfLast('The clinic was fined last year for making dubious medical claims.')).toBe('U');
  });
});

describe('a speaker in a clause of its own after "while" covers that clause (seventh session)', () => {
  it('two named speakers contrasted by "while" leave nothing unsourced', () => {
    expect(statusOfLast('Mayor Ellen Park said the bridge was closed, while Governor Dana Reyes said the road was open.')).toBe('A');
  });
  it('the main clause before it stays the writer’s, and a condition reports nothing', () => {
    expect(statusOfLast('The bridge was closed on Monday, while Governor Dana Reyes said the road was open.')).toBe('U');
    expect(statusOfLast('If he chooses, the governor can sound calm, if he simply seizes the chance to do so.')).toBe('U');
  });
});

describe('pressure nobody owns, a pronoun’s backers, and reactions that did not happen (seventh session)', () => {
  it.each([
    'The mayor is facing pressure to turn her poll numbers into votes.',
    'Despite the loss, his supporters are optimistic that he will win the runoff.',
    'Her critics say the ferry plan is too costly.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a pronoun’s own staff still speak for the person', () => {
    expect(statusOfLast('Mayor Ellen Park lost the vote. Her aides said the plan was ready.')).toBe('A');
  });
  it('a reaction under a modal is the writer’s supposition; one that happened is vague', () => {
    expect(statusOfLast('He would likely have faced pressure from party leaders to drop out.')).toBe('U');
    expect(statusOfLast('The toll plan could raise questions among investors.')).toBe('U');
    expect(statusOfLast('The toll plan has raised questions among investors.')).toBe('V');
  });
});

describe('a share of the readers is a bare group, not the pronoun (seventh session)', () => {
  it('"Many of you have noted …" → V', () => {
    expect(statusOfLast('Many of you have noted the difference between the two ferry plans.')).toBe('V');
  });
  it('a pronoun right before its verb is still the subject', () => {
    expect(statusOfLast('Mayor Ellen Park visited the pier. When she returned she said the pier was safe.')).toBe('A');
  });
});

describe('a group opening the next clause is no word of the phrase before it (eighth session, fuzz)', () => {
  it('"according to [the ferry survey](…) Many believe …" does not read "survey Many" as a named source', () => {
    const text = 'According to [the ferry survey](https://example.org/s) Many believe the toll is too high; others disagree.';
    const analysis = analyze(text);
    const phrases = analysis.attributions.map((a) => (a.source ? text.slice(a.source.start, a.source.end) : ''));
    expect(phrases.some((p) => /Many/.test(p) && /survey/.test(p))).toBe(false);
    const vague = analysis.findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => text.slice(f.start, f.end));
    expect(vague.some((v) => v.startsWith('others'))).toBe(true);
  });
});

describe('a verb of beginning or going on before the cue is part of the verb phrase (tenth session)', () => {
  it.each([
    'As the vote nears, more councillors have begun urging the mayor to step aside.',
    'Residents kept saying the ferry was unsafe.',
    'Analysts began to warn that the harbour would silt up.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a named speaker is still attributed', () => {
    expect(statusOfLast('Harbour master Jo Reyes has started telling skippers to stay in port.')).toBe('A');
  });
  it('the source is the subject, not the verb of beginning', () => {
    expect(sourceOfLast('More councillors have begun urging the mayor to step aside.')).toBe('More councillors');
  });
});

describe('a verb in -s needs a singular subject (tenth session)', () => {
  it.each([
    'The ferry deal came after more ambiguous remarks from the board last spring.',
    'The mayor has tried to win over skippers with promises to dredge the harbour.',
  ])('%s: the noun in -s is no cue, so the sentence is no vague report', (s) => expect(statusOfLast(s)).toBe('U'));
  it('a singular subject keeps the verb', () => {
    expect(statusOfLast('The Harbour Board claims the ferry lost money.')).toBe('A');
  });
});

describe('a share of a group named before the comma (tenth session)', () => {
  it('"…, many of whom say" after a bare group is V', () => {
    expect(statusOfLast('The plan angered ferry riders, many of whom say the fares are too high.')).toBe('V');
  });
  it('after a named body the share speaks for it', () => {
    expect(statusOfLast('The plan angered the Harbour Pilots Association, most of whose members said the fares are too high.')).not.toBe('U');
  });
});

describe('the object of a negated verb of stopping speaks (tenth session)', () => {
  it('"that hasn’t stopped pundits from speculating" is V', () => {
    expect(statusOfLast('The mayor has said nothing about a second term, but that hasn’t stopped local pundits from speculating.')).toBe('V');
  });
});

describe('a feeling stirred in an unnamed group (tenth session)', () => {
  it.each([
    'The harbour master also angered local skippers with his remarks on fees.',
    'Mayor Reyes stunned councillors by skipping the vote.',
    'The new fares have offended commuters, students, and others.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it.each([
    'The new fares angered Mayor Dana Reyes.',
    'The vote was marred by disappointed ferry riders booing from the gallery.',
    'Ferry riders alienated by the fares stayed home.',
  ])('%s: a named object, or a participle that is an adjective, makes no vague source', (s) => expect(statusOfLast(s)).not.toBe('V'));
});

describe('a nationality before a state body identifies it (tenth session)', () => {
  it.each([
    'The Ruritanian government said the ferry talks had failed.',
    'The Turkish foreign ministry said the ferry talks had failed.',
    'The U.S. military said the strike hit a fuel depot.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it.each([
    'Ruritanian officials said the ferry talks had failed.',
    'The Ruritanian company said the ferry talks had failed.',
  ])('%s: a bare group, or a body that is no state’s, stays vague', (s) => expect(statusOfLast(s)).toBe('V'));
});

describe('admission into a place is no confession (tenth session)', () => {
  it.each([
    'The driver was admitted to the hospital on Monday.',
    'Most refugees admitted to the United States last year were children.',
    'Every student admitted through the new program received a laptop.',
  ])('%s → U', (s) => expect(statusOfLast(s)).toBe('U'));
  it.each([
    'Mayor Dana Reyes admitted to misleading the council.',
    'Mayor Dana Reyes admitted to the council that the ferry lost money.',
    'Mayor Dana Reyes has admitted to the charges.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
});

describe('the writer’s own exhortation reports nothing (tenth session)', () => {
  it('"let us praise" is no vague source', () => {
    expect(statusOfLast('So let us praise the ferry crews.')).not.toBe('V');
  });
});

describe('a nationality or party before a reaction names who reacted (tenth session)', () => {
  it('"has renewed Republican calls" after a named report is V', () => {
    expect(statusOfLast('The Harbor Gazette’s review of the mayor’s meetings has renewed Republican calls for an inquiry.')).toBe('V');
  });
  it('a named subject renewing calls itself is attributed', () => {
    expect(statusOfLast('Mayor Dana Reyes renewed calls for a new bridge.')).toBe('A');
  });
});

describe('supposing in the passive, and taking on with an object (tenth session)', () => {
  it.each([
    'Ferry crossings are often assumed to be safer than flights.',
    'It would be assumed that the pier collapsed in the storm.',
    'The missing skipper is presumed to have drowned.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('an unnamed group supposing "that …" stays vague', () => {
    expect(statusOfLast('Many residents assumed that the ferry ran all night.')).toBe('V');
  });
  it('"assumed a new role" is no supposition, so no vague source', () => {
    expect(statusOfLast('She has assumed a new role as harbour counsellor.')).not.toBe('V');
  });
});

describe('kin opening a sentence are a bare group, not a name (tenth session)', () => {
  it('"Relatives of the crew said" is V', () => {
    expect(statusOfLast('Relatives of the crew said the ferry was overloaded.')).toBe('V');
  });
  it('a named person’s relatives speak for the family', () => {
    expect(statusOfLast('Captain Jo Reyes was rescued on Monday. His relatives said he was unhurt.')).toBe('A');
  });
});

describe('a vague source in the writer’s participle clause after a named speaker (eleventh session)', () => {
  it.each([
    'The mayor has repeatedly questioned the count, engaging in what analysts described as a pressure campaign.',
    'Mayor Dana Reyes said the ferry was late again, leaving what critics called a hole in the timetable.',
  ])('%s → V', (s) => expect(statusOfLast(s)).toBe('V'));
  it('a speech participle of the same speaker still carries the words', () => {
    expect(statusOfLast('The mayor said the plan would fail, adding that analysts expect long delays.')).toBe('A');
  });
  it('a definite group after the participle may be the speakers themselves', () => {
    expect(statusOfLast('Councillors Reyes and Okafor said the fares rose too fast, amounting to what the councillors said was a tax.')).toBe('A');
  });
  it('a vague group inside the reported words stays A', () => {
    expect(statusOfLast('The mayor said many of the complaints critics point to are out of date.')).toBe('A');
  });
});

describe('the authors of a study named before (eleventh session)', () => {
  it.each([
    'A study by the Harbor Institute found that ferries run late. The authors said the delays cost millions.',
    'A report released by the Harbor Institute on Monday found that ferries run late. Its authors urged the council to act.',
  ])('%s → A', (s) => expect(statusOfLast(s)).toBe('A'));
  it('the authors point back to the study', () => {
    expect(sourceOfLast('A study by the Harbor Institute found that ferries run late. The authors said the delays cost millions.')).toBe('The authors');
    const text = 'A study by the Harbor Institute found that ferries run late. The authors said the delays cost millions.';
    const a = analyze(text);
    expect(a.claims[a.claims.length - 1]!.source?.antecedent?.text).toBe('A study by the Harbor Institute');
  });
  it.each([
    'A new study found that ferries run late. The authors said the delays cost millions.',
    'The authors said the delays cost millions.',
  ])('%s: with no study named the authors stay vague', (s) => expect(statusOfLast(s)).toBe('V'));
});

describe('a collective or an amount before "of" says how many, the group after it who (eleventh session)', () => {
  // A named body after the group identifies it (A); a bare group stays vague (V).
  it.each([
    ['A number of studies show that ferry fumes harm children.', 'V'],
    ['Dozens of studies show that ferry fumes harm children.', 'V'],
    ['A wealth of evidence shows that ferry fumes harm children.', 'V'],
    ['A team of researchers found that ferry fumes harm children.', 'V'],
    ['A growing number of experts say that ferry fumes harm children.', 'V'],
    ['A team of researchers from Harbor University found that ferry fumes harm children.', 'A'],
    ['A series of reports by the Harbor Institute found that ferries run late.', 'A'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
  it('the group is the source the hover names', () => {
    expect(sourceOfLast('A number of studies show that ferry fumes harm children.')).toBe('A number of studies');
  });
  it('a counted group that speaks of nothing is no source', () => {
    expect(statusOfLast('A number of ferries ran late on Monday.')).toBe('U');
  });
});

describe('reactions caught, voiced or beginning to arise with nobody named (eleventh session)', () => {
  it.each([
    ['The harbour master caught flak from both sides when he raised the fees.', 'V'],
    ['The questions began to arise after an interview with the Harbor Gazette.', 'V'],
    ['Concerns have been raised about the cost of the new pier.', 'V'],
    ['Serious doubts were voiced about the ferry timetable.', 'V'],
    ['The warehouse caught fire on Monday.', 'U'],
    ['The harbour master caught criticism from the Harbor Board.', 'A'],
    ['Concerns were raised by Mayor Dana Reyes about the vote.', 'U'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('a figure given as nobody’s estimate (eleventh session)', () => {
  it.each([
    ['An estimated 5,000 people use the ferry every day.', 'V'],
    ['The storm sank an estimated 40 boats.', 'V'],
    ['The pier serves the estimated 20,000 islanders who commute.', 'V'],
    ['The new pier will cost an estimated $2 million.', 'V'],
    ['An estimated 40 boats sank in the storm, according to the Harbor Police.', 'A'],
    ['The Harbor Police said an estimated 40 boats sank in the storm.', 'A'],
    ['The estimated cost of the pier rose in March.', 'U'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('agentless verdicts: a fact that turns out, a second participle that shares its auxiliary (eleventh session)', () => {
  it.each([
    ['Now it turns out that the harbour board asked the pilots to stay silent.', 'V'],
    ['It turns out that the ferry was never inspected.', 'V'],
    ['The Harbor Gazette reported that it turns out that the ferry was never inspected.', 'A'],
    ['The ferry turned out to be safe.', 'U'],
    ['Voters may turn to Reyes, who is already widely known and seen as the strongest candidate.', 'V'],
    ['Reyes is praised and criticized by the Harbor Board.', 'A'],
    ['The pier was built and opened in 1990.', 'U'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('a modal of likelihood before "be expected" is the writer’s prediction (eleventh session)', () => {
  it.each([
    ['If Reyes wins, the losing side could be expected to take the case to the Supreme Court.', 'U'],
    ['The losing side is expected by analysts to appeal.', 'V'],
    ['The ferry is expected to arrive late.', 'V'],
    ['Fares will be expected to rise.', 'V'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('a double hyphen sets off an aside as a dash does (eleventh session)', () => {
  it.each([
    ['Reyes -- co-author of The Harbor Book, a history of the port -- said the pier was unsafe.', 'A'],
    ['Reyes — co-author of The Harbor Book, a history of the port — said the pier was unsafe.', 'A'],
    ['The critics -- mostly fishermen -- said the pier was unsafe.', 'V'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
  it('the speaker is the name before the aside', () => {
    expect(sourceOfLast('Reyes -- co-author of The Harbor Book, a history of the port -- said the pier was unsafe.')).toMatch(/^Reyes/);
  });
});

describe('a bare group agreeing to act commits to an act, it passes on no view (eleventh session)', () => {
  it.each([
    ['Years after many island towns agreed to share a single ferry, the service is failing.', 'U'],
    ['Many residents agreed to the plan.', 'V'],
    ['Many residents agreed that the ferry was late.', 'V'],
    ['Mayor Dana Reyes agreed to pay more for the ferry.', 'A'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('a body’s short form before its staff or leaders says whose they are (eleventh session)', () => {
  it.each([
    ['The Harbor Ferry Committee said on Monday that fares would fall. Top committee leaders told reporters that fares would rise.', 'A'],
    ['Top committee leaders told reporters that fares would rise.', 'V'],
    ['Profits fell on Monday, and top company engineers said the drop was temporary.', 'V'],
    ['The Harbor Party said fares would fall. Party leaders said fares would rise.', 'V'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('fix-all stays idempotent on the tenth session’s vague shapes', () => {
  it.each([
    'More councillors have begun urging the mayor to step aside. Residents kept saying the ferry was unsafe.',
    'The plan angered ferry riders, many of whom say the fares are too high.',
    'The mayor has said nothing, but that hasn’t stopped local pundits from speculating.',
    'The deal came after more ambiguous remarks last spring. Analysts began to warn that the harbour would silt up.',
    'The new fares have offended commuters, students, and others. Mayor Reyes stunned councillors by skipping the vote.',
    'The review has renewed Republican calls for an inquiry. Ferry crossings are often assumed to be safer than flights.',
    'A number of studies show that ferry fumes harm children. A study by the Harbor Institute found delays. The authors said so.',
    'The mayor has repeatedly questioned the count, engaging in what analysts described as a pressure campaign.',
    'The harbour master caught flak from both sides. Concerns have been raised about the cost. The questions began to arise.',
    'An estimated 5,000 people use the ferry. The new pier will cost an estimated $2 million.',
    'It turns out that the ferry was never inspected. Reyes is already widely known and seen as the strongest candidate.',
  ])('%s', (text) => expect(checkFixAll(text, analyze(text))).toBeUndefined());
});

describe('a passive with a contracted negation hides who expects, as "is not" does (twelfth session)', () => {
  it.each([
    ['Mayor Dana Reyes isn’t expected to attend the gala.', 'V'],
    ["Mayor Dana Reyes isn't expected to attend the gala.", 'V'],
    ['Mayor Dana Reyes, a regular in recent years, isn’t expected to attend the gala.', 'V'],
    ['The ferries weren’t expected to run on Sunday.', 'V'],
    ['The pier wasn’t considered safe.', 'V'],
    ['The ferry isn’t expected by the Harbor Board to run on Sunday.', 'A'],
    ['The pier isn’t open on Sundays.', 'U'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('a reduced passive of expecting with "to" hides who expects, as "widely seen as" does (twelfth session)', () => {
  it.each([
    ['Widely expected to be the top donor, Reyes said on Friday that she may wait until the spring primaries to decide.', 'V'],
    ['Courted by most of the candidates and widely expected to be the top donor, Reyes said on Friday that she may wait until the spring primaries to decide.', 'V'],
    ['Reyes, widely expected to win, said on Friday that she may wait.', 'V'],
    ['Expected to draw large crowds, the fair opens on Friday.', 'V'],
    ['The fair, thought to be the oldest in Maine, opens on Friday.', 'V'],
    ['Reyes, widely seen as the favourite, said on Friday that she may wait.', 'V'],
    ['The widely expected fare rise came on Friday.', 'U'],
    ['Reyes expected to win, her aide said on Friday.', 'A'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
  it('the speaker after the aside is still the source of her own words', () => {
    expect(statusOfLast('Reyes, expected to win, said on Friday that she may wait. She said the fares would fall.')).toBe('A');
  });
});

/** The source of the first attribution of `text` whose cue holds `cueWord`. */
function sourceOfCue(text: string, cueWord: string) {
  return analyze(text).attributions.find((x) => x.cue.text.includes(cueWord))?.source;
}

describe('bare aides after a named person are that person’s staff (twelfth session)', () => {
  it.each([
    ['Governor Dana Reyes spoke in Portland on Monday. Aides said she will sign the ferry bill next week.', 'A'],
    ['Governor Dana Reyes toured the pier on Monday. A campaign aide later said that she had misspoken.', 'A'],
    ['Governor Dana Reyes toured the pier on Monday. Two senior aides said the bill would pass.', 'A'],
    ['Aides said the ferry bill will be signed next week.', 'V'],
    ['The Harbor Board met on Monday. Aides said the ferry bill will pass.', 'V'],
    ['Governor Dana Reyes spoke on Monday. Officials said the ferry bill will pass.', 'V'],
    ['Governor Dana Reyes spoke on Monday. Some analysts and aides said the ferry bill will pass.', 'V'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
  it('the hover names the person whose aides they are', () => {
    expect(sourceOfCue('Governor Dana Reyes spoke in Portland on Monday. Aides said she will sign the ferry bill next week.', 'said')?.antecedent?.text).toBe('Dana Reyes');
  });
});

describe('a relative pronoun after a comma is its clause’s subject, and "which" stands for no people (twelfth session)', () => {
  it.each([
    ['The campaign against the bill has also included members of the Maine government, which has strongly denied any role in the fire.', 'U'],
    ['The bill was opposed by the Harbor Port Authority, which has strongly denied any role in the fire.', 'U'],
    ['The plan angered members of the fishing community, which has strongly denied any role in the fire.', 'V'],
    ['The ferry plan has angered commuters, many of whom say the fares are too high.', 'V'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
  it('the relative pronoun, not the clause before it, is the source', () => {
    const denied = sourceOfCue('The bill was opposed by the Harbor Port Authority, which has strongly denied any role in the fire.', 'denied');
    expect(denied?.text).toBe('which');
    expect(denied?.antecedent?.text).toMatch(/Harbor Port Authority/);
  });
});

describe('an -s form after an adjective of judging is a plural noun (twelfth session)', () => {
  it.each([
    ['Both candidates will now be targets for the mayor’s false claims that he fought the ferry cuts.', 'U'],
    ['Her record stands against the years of empty promises by the council.', 'U'],
    ['Voters are tired of bogus claims about the ferry.', 'U'],
    ['Critics say the ferry is unsafe.', 'V'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('a capitalised word after a dateline’s dash opens the phrase: an unnamed report stays vague (twelfth session)', () => {
  it.each([
    ['PORTLAND, Maine (AP) — A news report published Wednesday said the mayor used a personal email account.', 'V'],
    ['The Harbor Institute spoke on Monday. A report published Wednesday said fares would rise.', 'V'],
    ['A report by the Harbor Institute said fares would rise. The report said the ferry was late.', 'A'],
    ['PORTLAND, Maine (AP) — The Harbor Institute said fares would rise. The report said the ferry was late.', 'A'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('a run-in all-caps subhead names no source and holds no cue (twelfth session)', () => {
  it.each([
    ['QUESTIONABLE FERRY CLAIMS — For years, the mayor has been dogged by charges that she hid the ferry’s safety record.', 'V'],
    ['SAFETY WARNINGS IGNORED — The ferry sailed twice last winter without a safety inspection.', 'U'],
    ['EVEN THE MAYOR’S BOSS THINKS SHE IS WRONG — The head of the Harbor Board said as much in an email.', 'A'],
    ['NATO said on Monday that the ferry was safe.', 'A'],
    ['The FBI and the CIA said on Monday that the ferry was safe.', 'A'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('figures framed by exit polls nobody named (twelfth session)', () => {
  it.each([
    ['In four of five towns where exit polls were conducted Tuesday, ferry riders were more likely to back the mayor.', 'V'],
    ['Older voters made up half of the turnout in three towns where entrance or exit polls were conducted.', 'V'],
    ['The exit polls were conducted by Harbor Research for the Harbor Gazette.', 'U'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('a crowd responding with chants or applause says nothing (twelfth session)', () => {
  it.each([
    ['Supporters of the mayor responded with chants of “Four more years” until she spoke again.', 'U'],
    ['The crowd responded with loud applause.', 'U'],
    ['Supporters of the mayor responded with a statement calling the vote unfair.', 'V'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('testimony and praise in consumer copy (twelfth session)', () => {
  it.each([
    ['Many users swear by the app.', 'V'],
    ['Many users vouch for the app.', 'V'],
    ['Some users swear that the tea melts fat.', 'V'],
    ['Dr. Ana Ruiz swears by the app.', 'A'],
    ['The blender has garnered rave reviews.', 'V'],
    ['The cream has earned praise from users.', 'V'],
    ['The film won acclaim at the festival.', 'V'],
    ['Mayor Dana Reyes was sworn in on Monday.', 'N'],
    ['The Harbor Party won the election.', 'U'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('a group, coalition or chorus of people before "of" is a bare group (twelfth session)', () => {
  it.each([
    ['A coalition of politicians and legal scholars has vouched for the judge.', 'V'],
    ['A group of doctors sent a letter to the hospital on Monday, calling for her dismissal.', 'V'],
    ['A growing chorus of economists warns that fares will rise.', 'V'],
    ['A group of researchers from Harbor University found that ferry fumes harm children.', 'A'],
    ['A group of doctors treated the victims.', 'U'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('what an unnamed group has heard is hearsay (twelfth session)', () => {
  it.each([
    ['Many Americans have heard by now that 20 ferries sink each year.', 'V'],
    ['Residents had heard that the ferry would stop running.', 'V'],
    ['Residents heard a loud bang on Monday night.', 'U'],
    ['The court heard the case on Monday.', 'U'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('"swore" and "sworn" are forms of "swear" (twelfth session)', () => {
  it.each([
    ['Some users swore that the tea melts fat.', 'V'],
    ['The mayor was sworn in on Monday.', 'U'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});

describe('a document sent "to" someone still names its author after "from" or "by" (twelfth session)', () => {
  it.each([
    ['The ferry sank, according to a letter to the council from the chairman of the Harbor Board.', 'A'],
    ['The ferry sank, according to a memo sent to staff by the Harbor Board.', 'A'],
    ['The ferry sank, according to a letter to the council.', 'V'],
    ['The ferry sank, according to a memo sent to staff.', 'V'],
  ])('%s → %s', (s, label) => expect(statusOfLast(s)).toBe(label));
});
