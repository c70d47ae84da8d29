/**
 * Unit tests of the attribution stage on small fictional sentences: cue and
 * source spans, source kinds, vagueness, pronoun and short-form resolution,
 * entities, configuration words and quotations.
 */
import { describe, expect, it } from 'vitest';
import { findAttributions, type AttributionResult } from '../../server/src/engine/attribution';
import { resolveConfig, type Config } from '../../server/src/engine/config';
import { parseDirectives } from '../../server/src/engine/directives';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';

function run(text: string, config?: Config): AttributionResult & { text: string } {
  const doc = extractProse(text);
  const sentences = splitSentences(doc);
  return { ...findAttributions(doc, sentences, parseDirectives(doc, sentences), resolveConfig(config)), text };
}

/** The attribution whose cue text is `cue` (the first one when several). */
function att(r: AttributionResult & { text: string }, cue: string) {
  const a = r.attributions.find((x) => x.cue.text === cue);
  if (!a) throw new Error(`no cue "${cue}" in: ${r.attributions.map((x) => `${x.cue.text}→${x.source?.text ?? '∅'}`).join(', ')}`);
  // Spans and texts must agree with the document.
  expect(r.text.slice(a.cue.start, a.cue.end).replace(/\s+/g, ' ')).toBe(a.cue.text);
  if (a.source) expect(r.text.slice(a.source.start, a.source.end).replace(/\s+/g, ' ')).toBe(a.source.text);
  return a;
}

describe('speech verbs', () => {
  it.each([
    ['Maria Lopez said the bridge would reopen in May.', 'said', 'Maria Lopez', 'person'],
    ['The bridge will reopen in May, Maria Lopez said.', 'said', 'Maria Lopez', 'person'],
    ['“The bridge will reopen in May,” said Maria Lopez.', 'said', 'Maria Lopez', 'person'],
    ["''The bridge will reopen in May,'' said Maria Lopez.", 'said', 'Maria Lopez', 'person'],
    ['The Ministry of Transport confirmed that the bridge would reopen.', 'confirmed', 'The Ministry of Transport', 'organization'],
    ['Dr Anna Berg has warned that the dam is unsafe.', 'has warned', 'Dr Anna Berg', 'person'],
    ['Reuters reported that the port had closed.', 'reported', 'Reuters', 'publication'],
    ['The Harbor Gazette reports that the port had closed.', 'reports', 'The Harbor Gazette', 'publication'],
    ['Mayor Tom Reed tweeted that the roads were clear.', 'tweeted', 'Mayor Tom Reed', 'person'],
    ['Tom Reed, the mayor of Eastport, told reporters the roads were clear.', 'told', 'Tom Reed, the mayor of Eastport,', 'person'],
    ['Norcom estimated that sales fell by a third.', 'estimated', 'Norcom', 'person'],
    ['Rep. Ana Ruiz (D-Eastport), a member of the port board, said the cranes were old.', 'said', 'Rep. Ana Ruiz (D-Eastport), a member of the port board,', 'person'],
    ["Tom Reed, who speaks for the dockers' union, told reporters the roads were clear.", 'told', "Tom Reed, who speaks for the dockers' union,", 'person'],
  ])('%s', (text, cue, source, kind) => {
    const a = att(run(text), cue);
    expect(a.cue.kind).toBe('speech-verb');
    expect(a.source?.text).toBe(source);
    expect(a.source?.kind).toBe(kind);
    expect(a.vague).toBe(false);
  });

  it('a name spelt like a member of Object.prototype is a name, not a pronoun', () => {
    const a = att(run('Constructor said the bridge was safe.'), 'said');
    expect(a.source?.text).toBe('Constructor');
    expect(a.source?.kind).toBe('person');
    expect(a.vague).toBe(false);
  });

  it('matches every inflection of a lexicon verb and keeps its lemma and sense', () => {
    for (const form of ['says', 'said', 'saying']) {
      const r = run(`Ana Ruiz ${form === 'saying' ? 'was saying' : form} the plan works.`);
      const a = r.attributions[0]!;
      expect(a.cue.lemma).toBe('say');
      expect(a.sense).toBe('speech');
    }
    expect(att(run('Ana Ruiz believes the plan works.'), 'believes').sense).toBe('cognition');
  });

  it('does not take a noun for a verb', () => {
    const r = run('The report was long. His claims were new. The swing states opened early.');
    // "His claims" is an owned speech noun (a claim about his own statement), never a verb.
    expect(r.attributions.map((a) => [a.cue.text, a.nominal === true])).toEqual([['claims', true]]);
  });

  it('the writer\'s own "to say" and a "say" meaning "for example" report nothing', () => {
    for (const text of ['It is safe to say the ferry will be late.', 'Suffice it to say, the ferry was late.', 'It is too early to say whether the ferry will run.', 'The ferry is no slower than, say, the bus.']) {
      expect(run(text).attributions.filter((a) => a.cue.lemma === 'say')).toEqual([]);
    }
    expect(att(run('Ana Ruiz was quick to say the ferry was late.'), 'was quick to say').source?.text).toBe('Ana Ruiz');
  });

  it('a headline label before a colon is no speaker, a name is', () => {
    for (const text of ['The Latest: ferry service resumes in Eastport.', 'Breaking: Eastport ferry runs again.', 'Contributing: Ana Ruiz.']) {
      expect(run(text).attributions.filter((a) => a.cue.text === ':')).toEqual([]);
    }
    expect(att(run('Ana Ruiz: the ferry will run again in May.'), ':').source?.text).toBe('Ana Ruiz');
    // The full stop of an honorific or an initial is part of the name.
    expect(att(run('Dr. Ana Ruiz: the ferry will run again in May.'), ':').source?.text).toBe('Dr. Ana Ruiz');
    expect(att(run('Ana M. Ruiz: the ferry will run again in May.'), ':').source?.text).toBe('Ana M. Ruiz');
  });

  it('a participle after a comma and a coordinated verb share the subject of their clause', () => {
    expect(att(run('Ana Ruiz has tried to reopen the port, accusing the city of delays.'), 'accusing').source?.text).toBe('Ana Ruiz');
    expect(att(run('Ana Ruiz agreed, but also contended that the port was old.'), 'also contended').source?.text).toBe('Ana Ruiz');
    expect(att(run('Ana Ruiz spoke on Friday, saying the port was old.'), 'saying').source?.text).toBe('Ana Ruiz');
    // Not a place named before the comma, nor the object before "by", nor the quoted words.
    expect(att(run('Ana Ruiz spoke on Tuesday about the crash in Eastport, Maine, arguing that the port was unsafe.'), 'arguing').source?.text).toBe('Ana Ruiz');
    expect(att(run('Ana Ruiz answered the mayor on Tuesday night by saying the port was unsafe.'), 'saying').source?.text).toBe('Ana Ruiz');
    expect(att(run('“The port is unsafe,” Ana Ruiz said, adding that the cranes were old.'), 'adding').source?.text).toBe('Ana Ruiz');
    // The words before the comma are a clause, not an aside of the speaker's.
    expect(att(run('In Eastport, the mayor met residents, saying the port was old.'), 'saying').source?.text ?? '').not.toContain(',');
  });

  it('a subject stops at a sentence end glued to it and at a capitalised article after a noun', () => {
    // "percent.Officials" is a word, a stop and a word: the subject is "Officials" alone.
    expect(att(run('The report by the IMF estimates growth at 2.1 percent.Officials said the talks would resume.'), 'said').source?.text).toBe('Officials');
    // A line with no full stop before the next one: "The report by the IMF" is the subject, not the line before.
    expect(att(run('people familiar with the matter\nThe report by the IMF estimates growth.'), 'estimates').source?.text).toBe('The report by the IMF');
    expect(att(run('the British newspaper The Guardian reported that prices rose.'), 'reported').source?.text).toBe('The Guardian');
    // After a preposition the article stays inside the phrase.
    expect(att(run('Reporters at The Eastport Gazette said the port was old.'), 'said').source?.text).toBe('Reporters at The Eastport Gazette');
  });

  it('a run ending in a cue verb is no head of the asides after it', () => {
    const r = run('The plan, critics say, is doomed.state media reported&amp;Mr. Brown, a spokesman for Acme Corp., declined to comment.');
    expect(att(r, 'declined to comment').source?.text ?? '').not.toContain('critics');
  });

  it('"X declined to comment" is an attribution to X', () => {
    const a = att(run('Norcom declined to comment.'), 'declined to comment');
    expect(a.source?.text).toBe('Norcom');
    expect(a.vague).toBe(false);
  });
});

describe('prepositional cues', () => {
  it('"according to" takes the phrase after it', () => {
    const a = att(run('According to a report by the IMF, growth slowed.'), 'According to');
    expect(a.cue.kind).toBe('according-to');
    expect(a.source?.text).toBe('a report by the IMF');
    expect(a.source?.kind).toBe('document');
    expect(a.vague).toBe(false);
  });

  it('an inverted speaker followed by a place is still the speaker', () => {
    const a = att(run('“It went badly,” said one GOP source in the room.'), 'said');
    expect(a.source?.text).toBe('one GOP source');
    expect(a.vague).toBe(true);
    // A clause after the place is more than a place: no inverted speaker.
    expect(att(run('“It went badly,” said one source in the room that day would recall.'), 'said').source?.text).not.toBe('one source');
  });

  it('"adviser to", "close to" continue the speaker after the cue', () => {
    expect(att(run('“We have work to do,” said a longtime adviser to both mayors, who asked not to be named.'), 'said').source?.text).toBe('a longtime adviser to both mayors');
    expect(att(run('“It was the old trust stuff,” said a person close to the harbor board.'), 'said').source?.text).toBe('a person close to the harbor board');
    expect(att(run('The ferry will run late, according to people close to the harbor board.'), 'according to').source?.text).toBe('people close to the harbor board');
    // A verb or an audience after "to" is no part of the speaker.
    expect(att(run('“We are close,” said a person close to winning the seat.'), 'said').source?.text ?? '').not.toContain('winning');
    expect(att(run('“We will see,” said the spokesman to reporters.'), 'said').source?.text ?? '').not.toContain('reporters');
  });

  it('right after a quotation, the phrase after the verb is its speaker', () => {
    const src = (t: string) => att(run(t), 'said').source?.text;
    // Phrases the type lists do not know as speakers.
    expect(src('“She did not like that,” said a 2008 Ruiz veteran.')).toBe('a 2008 Ruiz veteran');
    expect(src('“Ruiz is bigger than the party,” said one Ruiz confidant.')).toBe('one Ruiz confidant');
    expect(src('“He is a leader,” said the 46-year-old.')).toBe('the 46-year-old');
    expect(src('“It was her speech,” said Tom Antal of the Maine delegation.')).toBe('Tom Antal of the Maine delegation');
    expect(src('"It is too early to tell," said Cuban, who also hosts a show.')).toBe('Cuban');
    // A lower-case opener, whatever the phrase ends in, and a time after it.
    expect(src('“Thanks for coming,” said master of ceremonies Asab Tabchi, a Syrian engineer.')).toBe('master of ceremonies Asab Tabchi');
    expect(src('“It is mainstream now,” said former Gov. Ana Ruiz of New Mexico.')).toContain('former Gov. Ana Ruiz');
    expect(src('“Keep it alive,” said former tech executive Cara Fell during the debate.')).toBe('former tech executive Cara Fell');
    expect(src('“We are anxious,” said officials.')).toBe('officials');
    // Not a date, a preposition, a document's voice, or a quotation after the phrase.
    expect(src('“We are anxious,” said with a smile.')).toBeUndefined();
    expect(att(run('“It is more of the same,” says a narrator.'), 'says').source).toBeUndefined();
    // Only right after a quotation: after a plain comma the type lists still decide.
    expect(src('The port is unsafe, said one Ruiz confidant.')).toBeUndefined();
    // The next quotation is the same speaker's, not the name inside the phrase.
    const r = run('“She did not like that,” said one Ruiz confidant. “She cut the prep time.”');
    expect(r.quotes.map((q) => q.speaker?.text)).toEqual(['one Ruiz confidant', 'one Ruiz confidant']);
  });

  it('a participle right after "issued a statement" is one cue with it', () => {
    const r = run('The Eastport union issued a statement saying it took the action because of safety.');
    expect(r.attributions.map((a) => [a.cue.text, a.source?.text])).toEqual([['issued a statement saying', 'The Eastport union']]);
    // A participle after a comma stays a cue of its own.
    expect(run('The Eastport union issued a statement, saying it took the action.').attributions.map((a) => a.cue.text)).toContain('saying');
  });

  it('a participle takes the subject of a clause whose verb is irregular', () => {
    expect(att(run('Ana Ruiz threw her support behind the mayor on Friday, saying the port was old.'), 'saying').source?.text).toBe('Ana Ruiz');
    expect(att(run('Ana Ruiz met the pilots. She went further on Tuesday, saying the port was unsafe.'), 'saying').source?.text).toBe('She');
    expect(att(run('The harbor board took a vote, saying the cranes were old.'), 'saying').source?.text).toBe('The harbor board');
  });

  it('a dashed aside after a name is read as a comma aside is', () => {
    expect(att(run('Jo Sims — a pilot from Eastport — says the port is unsafe.'), 'says').source?.text).toBe('Jo Sims — a pilot from Eastport —');
    // Not a participle hanging on its clause, nor a phrase opened by a preposition.
    expect(att(run('The vote was close, with Jo Sims — who backed the port — lambasting the plan.'), 'lambasting').source).toBeUndefined();
  });

  it('a date after a bracketed tag is no speaker: the name before the tag is', () => {
    const a = att(run('Sen. Ana Ruiz (D-Maine) on Saturday criticized the port plan.'), 'criticized');
    expect(a.source?.text).toBe('Sen. Ana Ruiz (D-Maine)');
  });

  it('a day after a cue is no inverted speaker', () => {
    expect(att(run('“It went badly,” Ana Ruiz, a harbor pilot, said in an interview Sunday.'), 'said in an interview').source?.text).toContain('Ana Ruiz');
  });

  it('a sentence adverb between commas is no aside: the phrase before it is the subject', () => {
    const a = att(run('Port officials, however, said the ferry was late.'), 'said');
    expect(a.source?.text).toBe('Port officials, however,');
    expect(a.vague).toBe(true);
    expect(att(run('Ana Ruiz, for her part, said the ferry was late.'), 'said').source?.text).toContain('Ana Ruiz');
    expect(att(run('Port officials, for instance, argue that the port is unsafe.'), 'argue').source?.text).toContain('Port officials');
    // A real aside still needs a name before it or an indefinite group.
    expect(att(run('Port officials, in a rare move, said the ferry was late.'), 'said').source).toBeUndefined();
  });

  it('a generational suffix and an ampersand stay inside a speaker and its aside', () => {
    expect(att(run('Tom Brandt Jr. said the ferry was late.'), 'said').source?.text).toBe('Tom Brandt Jr');
    expect(att(run('Tom Brandt Jr., the harbor master, said the ferry was late.'), 'said').source?.text).toContain('Tom Brandt Jr');
    expect(att(run('Ana Ruiz, an analyst at Ruiz & Brandt, wrote that the ferry was late.'), 'wrote').source?.text).toContain('Ana Ruiz');
    // A name in apposition to a role may carry its affiliation.
    const a = att(run('Another pollster, Tom Brandt of Eastport University, said the ferry was late.'), 'said');
    expect(a.source?.text).toContain('Tom Brandt');
    expect(a.vague).toBe(false);
  });

  it('an inverted speaker may open with a lower-case title before the name', () => {
    expect(att(run('“It went badly,” said harbor pilot Ana Ruiz.'), 'said').source?.text).toBe('harbor pilot Ana Ruiz');
    expect(att(run('The port is unsafe, said former Eastport mayor Tom Brandt, who ran the port for years.'), 'said').source?.text).toBe('former Eastport mayor Tom Brandt');
    // A phrase that does not end in the name is no titled speaker: the name is not who spoke.
    expect(att(run('“We won,” said supporters of Ana Ruiz.'), 'said').source?.text).not.toBe('Ana Ruiz');
  });

  it('"said of X" takes its speaker from the left: X is the topic', () => {
    const a = att(run('“It is fiscally responsible,” Leonard Burman, director of the Tax Policy Center, said of Mrs. Clinton’s plan.'), 'said of');
    expect(a.source?.text).toContain('Leonard Burman');
    expect(a.source?.text).not.toContain('Clinton');
  });

  it('"according to reports" is vague', () => {
    const a = att(run('According to reports, the unit left in May.'), 'According to');
    expect(a.source?.text).toBe('reports');
    expect(a.vague).toBe(true);
  });

  it('an unfilled "[SOURCE]" is a placeholder', () => {
    const r = run('According to [SOURCE], the unit left in May.');
    const a = att(r, 'According to');
    expect(a.source?.kind).toBe('placeholder');
    expect(a.source?.text).toBe('[SOURCE]');
    expect(a.vague).toBe(true);
    expect(r.attributions).toHaveLength(1);
  });

  it('"[who?]" after a claim and an empty "according to" are placeholders', () => {
    const who = run('The unit left in May [who?].');
    expect(who.attributions[0]?.source?.kind).toBe('placeholder');
    const empty = att(run('According to , the unit left in May.'), 'According to');
    expect(empty.source?.kind).toBe('placeholder');
  });

  it('"per" is a cue before a name, not before a unit', () => {
    expect(att(run('Prices rose, per the Central Bank of Utopia.'), 'per').source?.text).toBe('the Central Bank of Utopia');
    expect(run('Prices rose 4 per cent per year.').attributions).toEqual([]);
  });

  it('a named outlet citing unnamed people is vague', () => {
    const r = run('Bloomberg, citing people familiar with the matter, reported that talks stalled.');
    const reported = att(r, 'reported');
    expect(reported.source?.text).toBe('Bloomberg');
    expect(reported.vague).toBe(true);
    expect(reported.relaysVague).toBe(true);
    const citing = att(r, 'citing');
    expect(citing.source?.text).toBe('people familiar with the matter');
    expect(citing.citer?.text).toBe('Bloomberg');
    expect(citing.vague).toBe(true);
  });
});

describe('vague sources', () => {
  it.each([
    ['Analysts said the deal was weak.', 'Analysts'],
    ['Officials had estimated that it would take decades.', 'Officials'],
    ['A US official said the talks had stalled.', 'A US official'],
    ['Sources close to the talks said a deal was near.', 'Sources close to the talks'],
    ['Critics argue the law is too broad.', 'Critics'],
  ])('%s', (text, source) => {
    const a = r1(text);
    expect(a.source?.text).toBe(source);
    expect(a.vague).toBe(true);
    expect(a.source?.kind).toBe('vague');
  });

  it.each([
    ['A Norcom spokesman said the plant would close.', 'A Norcom spokesman'],
    ['Analysts at Citi Research said the deal was weak.', 'Analysts at Citi Research'],
  ])('a named organisation speaking through staff is identified: %s', (text, source) => {
    const a = r1(text);
    expect(a.source?.text).toBe(source);
    expect(a.vague).toBe(false);
    expect(a.source?.kind).toBe('organization');
  });

  function r1(text: string) {
    const r = run(text);
    expect(r.attributions.length).toBeGreaterThan(0);
    return r.attributions[0]!;
  }
});

describe('speech nouns', () => {
  it('a speech noun owned by a name is a cue of its own', () => {
    expect(att(run("Bob Lee's comments about the port were false."), 'comments').source?.text).toBe('Bob Lee');
  });

  it('a conjunction opening the sentence is no part of the owner', () => {
    expect(att(run("And Ana Ruiz's comments about the port were false."), 'comments').source?.text).toBe('Ana Ruiz');
  });

  it('a stance in the passive is the agent\'s', () => {
    expect(att(run('The ferry plan is supported by the Eastport Harbor Board.'), 'is supported').source?.text).toBe('the Eastport Harbor Board');
  });

  it('a speech noun inside what someone is reported to say is part of it, not a cue', () => {
    const r = run("Ana Ruiz said Bob Lee's comments about the port were false.");
    expect(r.attributions.map((a) => a.cue.text)).toEqual(['said']);
  });
});

describe('speech verbs inside reported words', () => {
  it('a second speaker inside what the first one says is part of it, not a cue', () => {
    const cues = (t: string) => run(t).attributions.map((a) => a.cue.text);
    expect(cues('Ana Ruiz said Bob Lee promised a new ferry.')).toEqual(['said']);
    expect(cues('The Harbor Gazette reported that the mayor told the board the port would close.')).toEqual(['reported']);
    expect(cues('Ana Ruiz says the delay came after Bob Lee announced the closure.')).toEqual(['says']);
  });

  it('a comma, a colon or a coordinator before the second speaker keeps its cue', () => {
    const cues = (t: string) => run(t).attributions.map((a) => a.cue.text);
    expect(cues('Ana Ruiz said the port would close, and Bob Lee said it would not.')).toEqual(['said', 'said']);
    expect(cues('What Ana Ruiz says about the port and what Bob Lee says about it differ.')).toEqual(['says', 'says']);
    expect(cues('The union claimed the strike but harbor officials have said they doubt it.')).toContain('have said');
  });
});

describe('words that look like a cue verb and are not one', () => {
  const cues = (t: string) => run(t).attributions.map((a) => a.cue.text);

  it.each([
    // A name after "the", a number or a quantity modifies a plural noun.
    'After the Eastport attacks, the harbor reopened.',
    'Ferry officials released 1,200 Lopez emails on Friday.',
    'The board read thousands of Lopez emails last week.',
    // A bare "back" after going or bringing, or with no object, is the adverb.
    'The harbor reviews came back clear.',
    'The ferry rule dates back to 1938.',
    'The new levy will not bring the ferry jobs back.',
    'Back in the day the port was busy.',
    // "appear" placing someone somewhere is showing up, not seeming.
    'Ana Ruiz appeared on Harbor Radio on Sunday.',
    'Bob Lee will appear before the ferry board.',
    // Seizing on a remark or seizing land reports nothing said.
    'Ana Ruiz seized on the remark to attack the ferry plan.',
    'The harbor police seized the ferry on Monday.',
    // A comparison, a target, the noun "support", finding oneself or a way.
    'Ferry fares rose 4 percent compared with last year.',
    'A new ad aimed at ferry riders ran on Monday.',
    'The ferry plan has strong support from riders.',
    'The harbor board has found itself at the center of the row.',
    'The harbor board found ways to cut the fares.',
    // The terms of speaking, not what was said.
    'One harbor official spoke on condition of anonymity.',
    'One harbor official spoke on the phone with the mayor.',
    'Ana Ruiz spoke on behalf of the ferry riders.',
    // Each sense of the table of cue verbs that report nothing (SILENT_SENSES).
    'Mayor Ana Ruiz added to her lead on Tuesday.',
    'Ana Ruiz leads with 40 pledged delegates.',
    'The harbor board declared a state of emergency.',
    'The harbor board declared a curfew on Monday.',
    'The harbor board found a way to cut the fares.',
    'Ana Ruiz will find it difficult to cut the fares.',
    'Ana Ruiz appeared with the mayor on Monday.',
    'Ferry fares rose 4 percent compared to last year.',
    // Authorship in the passive, which the passive's own checks settle.
    'The ferry report was written by the harbor board.',
  ])('no cue: %s', (text) => {
    expect(cues(text)).toEqual([]);
  });

  it.each([
    ['Ana Ruiz attacks the ferry plan.', 'attacks', 'Ana Ruiz'],
    ['The Harbor Gazette reports that the port had closed.', 'reports', 'The Harbor Gazette'],
    ['The Pentagon plans to close the base.', 'plans', 'The Pentagon'],
    ['Most harbor workers back Ana Ruiz.', 'back', 'Most harbor workers'],
    ['They will not back Ana Ruiz.', 'will not back', 'They'],
    ['Ana Ruiz appears to favor the ferry plan.', 'appears', 'Ana Ruiz'],
    ['The two mayors appeared at odds over the ferry.', 'appeared', 'The two mayors'],
    ['Ana Ruiz compared the ferry plan to a trap.', 'compared', 'Ana Ruiz'],
    ['Ana Ruiz spoke on the ferry plan for an hour.', 'spoke on', 'Ana Ruiz'],
    // The same verbs before other words than those of their silent senses.
    ['Mayor Ana Ruiz added that the ferry would run.', 'added', 'Mayor Ana Ruiz'],
    ['Ana Ruiz pledged to cut the fares.', 'pledged', 'Ana Ruiz'],
    ['The harbor board declared that the port was safe.', 'declared', 'The harbor board'],
    ['The harbor board found that the fares were too high.', 'found', 'The harbor board'],
    ['Studies have linked ferry fumes to asthma.', 'have linked', 'Studies'],
    ['Ana Ruiz appears on track to win the vote.', 'appears', 'Ana Ruiz'],
  ])('the verb keeps its cue and subject: %s', (text, cue, source) => {
    expect(att(run(text), cue).source?.text).toBe(source);
  });
});

describe('hedges, passives and reactions', () => {
  it.each([
    ['The unit reportedly left in May.', 'reportedly', 'hedge'],
    ['The unit allegedly left in May.', 'allegedly', 'hedge'],
    ['It is believed that the unit left in May.', 'It is believed', 'hedge'],
    ['The general is said to be ill.', 'is said to', 'hedge'],
    ['The method has been documented in earlier wars.', 'has been documented', 'passive'],
    ['Its speed has been noted as a model.', 'has been noted', 'passive'],
    ['The mayor is considered a moderate.', 'is considered', 'passive'],
    ['The mission has raised questions about the plan.', 'has raised questions', 'reaction'],
    ['This raises concerns about safety.', 'raises concerns', 'reaction'],
  ])('%s', (text, cue, kind) => {
    const a = att(run(text), cue);
    expect(a.cue.kind).toBe(kind);
    expect(a.vague).toBe(true);
  });

  it('an agentless event is not a passive attribution', () => {
    expect(run('The judge was confirmed by the Senate in May.').attributions.filter((a) => a.cue.kind === 'passive')).toEqual([]);
  });

  it('a passive with a named agent names its source', () => {
    const a = att(run('The abuses have been documented by Amnesty International.'), 'have been documented');
    expect(a.source?.text).toBe('Amnesty International');
    expect(a.vague).toBe(false);
  });

  it('a reaction from a vague group points at the group', () => {
    const a = att(run('The timeline has drawn attention from analysts and observers worldwide.'), 'has drawn attention');
    expect(a.cue.kind).toBe('reaction');
    expect(a.source?.text).toBe('analysts and observers worldwide');
    expect(a.vague).toBe(true);
  });

  it('a reaction voiced by a named person is that person speaking', () => {
    const a = att(run('Senator Jane Holt raised concerns about the budget.'), 'raised concerns');
    expect(a.source?.text).toBe('Senator Jane Holt');
    expect(a.vague).toBe(false);
  });
});

describe('resolution and entities', () => {
  it('resolves "he" to the last person named', () => {
    const r = run('John Brown runs the port. He said the cranes were old.');
    const a = att(r, 'said');
    expect(a.source?.text).toBe('He');
    expect(a.source?.antecedent?.text).toBe('John Brown');
    expect(a.vague).toBe(false);
    expect(r.entities[a.source!.entity!]!.name).toBe('John Brown');
  });

  it('resolves a surname and an honorific to the full name', () => {
    const r = run('John Brown said the port was busy.\n\nMr. Brown added that it was safe. Brown also said it was cheap.');
    const ids = r.attributions.map((a) => a.source?.entity);
    expect(new Set(ids).size).toBe(1);
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0]!.name).toBe('John Brown');
    expect(r.entities[0]!.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('resolves "the ministry" to the ministry named earlier', () => {
    const r = run('The Utopian Ministry of Defense confirmed the drill.\n\nThe ministry said it would end on Friday.');
    const a = att(r, 'said');
    expect(a.source?.antecedent?.text).toContain('Ministry of Defense');
    expect(a.vague).toBe(false);
    expect(a.source?.entity).toBe(att(r, 'confirmed').source?.entity);
  });

  it('resolves "the report" to the report named earlier, and is vague without one', () => {
    const named = run('A report by the IMF found that debt rose. The report said growth would slow.');
    expect(att(named, 'said').vague).toBe(false);
    expect(att(named, 'said').source?.antecedent?.text).toBe('A report by the IMF');
    const unnamed = run('The report said growth would slow.');
    expect(att(unnamed, 'said').vague).toBe(true);
  });

  it('"They also said" with nobody before it is unresolved', () => {
    const a = att(run('They also said the price would rise.'), 'also said');
    expect(a.source?.kind).toBe('unresolved');
    expect(a.vague).toBe(true);
  });

  it('a descriptive title resolves to the office holder named earlier', () => {
    const r = run('Utopian leader Kim Sol opened the bridge.\n\nAccording to the Utopian leader, the bridge cost little.');
    const a = att(r, 'According to');
    expect(a.vague).toBe(false);
    expect(a.source?.antecedent?.text).toBe('Kim Sol');
  });

  it('"who" takes the phrase before the comma', () => {
    const a = att(run('The plan came from Ana Ruiz, who said it would work.'), 'said');
    expect(a.source?.text).toBe('who');
    expect(a.source?.antecedent?.text).toBe('Ana Ruiz');
    expect(a.vague).toBe(false);
  });

  it('leaves entity claims empty for classification', () => {
    const r = run('Ana Ruiz said the plan works.');
    expect(r.entities[0]!.claims).toEqual([]);
  });
});

describe('markup sources', () => {
  it('a link in the sentence is its source', () => {
    const r = run('Exports fell by a third [last year](https://example.org/stats).');
    const a = r.attributions.find((x) => x.cue.kind === 'link');
    expect(a?.source?.kind).toBe('link');
    expect(a?.vague).toBe(false);
  });

  it('a footnote reference is its source', () => {
    const r = run('Exports fell by a third.[^1]\n\n[^1]: Trade office, 2024 figures.\n');
    const a = r.attributions.find((x) => x.cue.kind === 'footnote');
    expect(a?.source?.kind).toBe('footnote');
  });
});

describe('source notes', () => {
  it('a source note in an HTML comment after the sentence is its source', () => {
    const r = run('Exports fell by a third last year. <!-- source: Trade office figures, 2024 -->\n');
    const a = r.attributions.find((x) => x.cue.kind === 'note');
    expect(a?.source?.kind).toBe('note');
    expect(a?.source?.text).toContain('Trade office');
    expect(a?.vague).toBe(false);
  });
});

describe('configuration', () => {
  it('a user cue verb matches every inflection', () => {
    for (const form of ['posited', 'posits']) {
      const r = run(`Ana Ruiz ${form} that the plan works.`, { cuePhrases: ['posit'] });
      expect(r.attributions[0]?.cue.lemma).toBe('posit');
      expect(r.attributions[0]?.source?.text).toBe('Ana Ruiz');
    }
  });

  it('a user cue phrase of several words is a cue', () => {
    const r = run('Ana Ruiz wrote in a memo that the plan works.', { cuePhrases: ['wrote in a memo'] });
    expect(att(r, 'wrote in a memo').source?.text).toBe('Ana Ruiz');
  });

  it('a user vague term makes its source vague', () => {
    const r = run('Several insiders-in-chief said the plan works.', { vagueTerms: ['insiders-in-chief'] });
    expect(r.attributions[0]?.vague).toBe(true);
  });

  it('a known source is identified', () => {
    const r = run('The Agency said the plan works.', { knownSources: ['the Agency'] });
    expect(r.attributions[0]?.vague).toBe(false);
    expect(r.attributions[0]?.source?.kind).toBe('organization');
  });

  it('treats configuration words as words, not patterns', () => {
    const r = run('Ana Ruiz said (.*)+ works.', { cuePhrases: ['(.*)+'], vagueTerms: ['[a-z]+'], knownSources: ['.*'] });
    expect(r.attributions.map((a) => a.cue.text)).toContain('said');
  });
});

describe('quotations', () => {
  it('pairs a quotation with the speaker after it', () => {
    const r = run('“The cranes are old,” Ana Ruiz said.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker?.text).toBe('Ana Ruiz');
    expect(r.attributions[r.quotes[0]!.attribution!]!.cue.text).toBe('said');
  });

  it('pairs a quotation with the speaker before it, across a colon', () => {
    const r = run('Ana Ruiz said: "The cranes are old."');
    expect(r.quotes[0]!.speaker?.text).toBe('Ana Ruiz');
  });

  it('spans several sentences', () => {
    const r = run('“The cranes are old. They will be replaced. It will take a year,” Ana Ruiz said.');
    const q = r.quotes[0]!;
    expect(q.lastSentence - q.firstSentence).toBe(2);
    expect(q.speaker?.text).toBe('Ana Ruiz');
  });

  it('resolves a pronoun speaker', () => {
    const r = run('Ana Ruiz runs the port. “The cranes are old,” she said.');
    expect(r.quotes[0]!.speaker?.antecedent?.text).toBe('Ana Ruiz');
  });

  it('has no speaker when nobody in the paragraph is named', () => {
    const r = run('The port is busy. “The cranes are old.”');
    expect(r.quotes[0]!.speaker).toBeUndefined();
  });

  it('does not mistake apostrophes for single quotation marks', () => {
    const r = run('Utopia’s port and the city’s cranes are old, the mayor’s aide said.');
    expect(r.quotes).toEqual([]);
  });

  it('a dash and a name on the line after a quotation sign it, even split off as a sentence', () => {
    const r = run('“The ferry is late every single day.” ― Nora Pell\n“The new timetable made it worse.” ― Ivo Marsh.\n');
    const dashes = r.attributions.filter((a) => a.cue.text === '―');
    expect(dashes.map((a) => a.source?.text)).toEqual(['Nora Pell', 'Ivo Marsh']);
    expect(r.quotes.map((q) => q.speaker?.text)).toEqual(['Nora Pell', 'Ivo Marsh']);
    // A dash opening a sentence of ordinary words signs nothing.
    expect(run('― Nora Pell went home early that day.').attributions.filter((a) => a.cue.text === '―')).toEqual([]);
  });

  it('ignores cues inside a quotation', () => {
    const r = run('“I think the cranes are old,” Ana Ruiz said.');
    expect(r.attributions.map((a) => a.cue.text)).toEqual(['said']);
  });

  it('reads two apostrophes as a double quotation mark', () => {
    const r = run("''I think the cranes are old,'' Ana Ruiz said.");
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker?.text).toBe('Ana Ruiz');
    expect(r.attributions.map((a) => a.cue.text)).toEqual(['said']);
    // One apostrophe is still an apostrophe.
    expect(run("The ports' cranes are old, Ana Ruiz said.").quotes).toEqual([]);
  });
});

describe('robustness', () => {
  it('handles 50,000 quotation marks in one sentence', () => {
    const r = run('"port" and "crane" and '.repeat(25_000));
    expect(r.quotes).toHaveLength(50_000);
  });

  it('handles one sentence with thousands of names and cues', () => {
    // "and" before "Bob Lee told" keeps it a cue of its own (without it, it would be part of what Ana Ruiz said).
    const r = run('Ana Ruiz said that and Bob Lee told Reuters that, according to analysts, '.repeat(5_000));
    expect(r.attributions).toHaveLength(15_000);
    expect(r.entities.length).toBeGreaterThanOrEqual(2);
  });

  it('handles an unbalanced straight quotation mark in every phrase', () => {
    const r = run('" port and crane '.repeat(10_000));
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(r.quotes.every((q) => q.end > q.start)).toBe(true);
  });

  it('never throws on empty, markup-only or odd input', () => {
    for (const text of ['', '   ', '#', '> ', '[', '[]', '“', '‘’', 'said', 'According to', 'according to.', '\u0000\uffff', 'Mr. . . said']) {
      expect(() => run(text)).not.toThrow();
    }
  });

  it('keeps entity mentions sorted and inside the document', () => {
    const r = run('Ana Ruiz said the port was busy. Later, Ruiz added that cranes were old.\n\nShe said more. Ms. Ruiz confirmed it.');
    for (const e of r.entities) {
      const starts = e.mentions.map((m) => m.start);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(r.text.length);
    }
  });
});

describe('incremental analysis', () => {
  it('re-analysing from a cloned state gives the same result as a full analysis', async () => {
    const { analyzeBlock, DiscourseState } = await import('../../server/src/engine/attribution');
    const { buildLexicon } = await import('../../server/src/engine/lexicon');
    const text = 'John Brown runs the port.\n\nHe said the cranes were old.\n\nThe Port Authority confirmed it. The authority said more.';
    const doc = extractProse(text);
    const sentences = splitSentences(doc);
    const lex = buildLexicon({});
    const input = (b: number) => ({
      prose: doc.prose,
      block: doc.blocks[b]!,
      sentences: sentences.filter((s) => s.block === b),
      links: [],
      footnoteRefs: [],
      footnoteDefs: [],
      sourceNotes: [],
    });
    const state = new DiscourseState();
    analyzeBlock(input(0), state, lex);
    const snapshot = state.clone();
    const full = [analyzeBlock(input(1), state, lex), analyzeBlock(input(2), state, lex)];
    const again = [analyzeBlock(input(1), snapshot, lex), analyzeBlock(input(2), snapshot, lex)];
    expect(again).toEqual(full);
    expect(snapshot.entities).toEqual(state.entities);
    expect(full[0]!.attributions[0]!.source?.antecedent?.text).toBe('John Brown');
  });
});
