/**
 * Property tests of the whole engine pipeline on random news-like drafts
 * (generator in `drafts.ts`, shared with `npm run fuzz`, which runs the same
 * properties 100,000 times). Bounded to a few seconds each; the prose stage's
 * own properties live in test/engine/markdown.property.test.ts.
 *
 * A property the engine does not have yet would be marked `it.fails` with
 * a pinned seed and the minimal counterexample fast-check shrank it to, and
 * listed in docs/reliability.md; none is now. Every counterexample found so
 * far is kept below as a regression test, next to its cause.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import type { Finding } from '../../server/src/engine/types';
import { allFixes, applyEdits, checkFix, checkFixAll, draft, rangeViolations } from './drafts';

/** Checks every fix whose title matches `title` on one draft; returns the first problem. */
function fixProblem(text: string, title: RegExp): string | undefined {
  const a = analyze(text);
  for (const { finding, fix } of allFixes(a)) {
    if (!title.test(fix.title)) continue;
    const problem = checkFix(text, a, finding, fix);
    if (problem) return problem;
  }
  return undefined;
}

/** Asserts, on random drafts, that every fix whose title matches `title` has the fix property. */
function everyFixHolds(title: RegExp, runs: { numRuns: number; seed?: number }): void {
  fc.assert(
    fc.property(draft(), (text) => {
      expect(fixProblem(text, title)).toBeUndefined();
    }),
    runs,
  );
}

/** Fix titles by family: the engine's fixes are offered under these titles. */
const REPLACE_OR_MARK = /^(Replace|Mark) /;
const IGNORE_IN_FILE = /^Ignore .* in this file$/;
const IGNORE_ON_LINE = /^Ignore .* on this line$/;
const ADD_ATTRIBUTION = /^Add /;
const SAY_WHO = /^Say /;

/** True when a finding `which` picks is offered "Ignore … on this line". */
function lineFixOffered(text: string, which: (f: Finding) => boolean): boolean {
  return analyze(text).findings.filter(which).flatMap((f) => f.fixes).some((x) => IGNORE_ON_LINE.test(x.title));
}

/** Every "Ignore … on this line" fix holds, and the findings after the first line (there are some) are offered only the file-wide one. */
function expectOnlyFileWideAfterFirstLine(text: string): void {
  expect(fixProblem(text, IGNORE_ON_LINE)).toBeUndefined();
  const later = analyze(text).findings.filter((f) => f.start > text.indexOf('\n'));
  expect(later.length).toBeGreaterThan(0);
  expect(later.flatMap((f) => f.fixes).some((x) => IGNORE_ON_LINE.test(x.title))).toBe(false);
  expect(later.every((f) => f.fixes.some((x) => IGNORE_IN_FILE.test(x.title)))).toBe(true);
}

describe('analyze() on random news-like drafts', () => {
  it('never throws, and every range lies inside the document without splitting a surrogate pair', () => {
    fc.assert(
      fc.property(draft(), (text) => {
        expect(rangeViolations(text, analyze(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: two runs give deep-equal analyses', () => {
    fc.assert(
      fc.property(draft(), (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 150 },
    );
  });

  // A fresh seed each run (fast-check prints it on failure); `npm run fuzz`
  // explores the same properties on 100,000 drafts.
  it('"Replace …" and "Mark … with [who?]" fixes leave the rest of the text alone and do not bring their finding back', () => {
    everyFixHolds(REPLACE_OR_MARK, { numRuns: 120 });
  });

  it('"Say by whom" and "Say who" fixes leave the rest of the text alone and do not bring their finding back', () => {
    everyFixHolds(SAY_WHO, { numRuns: 300 });
  });

  it('"Ignore … in this file" fixes suppress their finding', () => {
    everyFixHolds(IGNORE_IN_FILE, { numRuns: 80 });
  });
});

describe('fixed counterexamples (regression tests)', () => {
  it('"Ignore … on this line" fixes suppress their finding', () => {
    everyFixHolds(IGNORE_ON_LINE, { numRuns: 400 });
  });

  it('"Ignore … on this line" after a lone CR line break suppresses the sentence after it', () => {
    // The fix once looked for the line start with lastIndexOf("\n"), so after
    // a lone CR (a line break in LSP and in the engine) the comment landed at
    // the start of the previous line and suppressed that line instead.
    expect(fixProblem('Hi.\rThe ministry said 40 people had died.', IGNORE_ON_LINE)).toBeUndefined();
  });

  it('"Ignore … on this line" covers a footnote reference or source note after its sentence, on a later line', () => {
    // Found by npm run fuzz (seed 4242, case 9148): the comment goes before the
    // line the sentence starts on, and the finding on the empty footnote
    // "[^1]" (or the empty note) lay after the sentence, on the next line. The
    // suppression now covers what follows the sentence and belongs to it.
    expect(fixProblem('--\n.[^1]', IGNORE_ON_LINE)).toBeUndefined();
    expect(fixProblem('Prices rose 12% last year.\n[^1] More.\n\n[^1]: ', IGNORE_ON_LINE)).toBeUndefined();
    expect(fixProblem('Prices rose\n12% last year.\n<!-- source: -->\nMore.', IGNORE_ON_LINE)).toBeUndefined();
  });

  it('"Ignore … on this line" is not offered where a literal "<!--" earlier in the paragraph would swallow it', () => {
    // Npm run fuzz, seed 202, case 11133: the directive's "-->" closed the
    // comment an unclosed "<!--" on the line before opens, so the directive
    // became that comment's tail and suppressed nothing. The line has no
    // place for one; the file-wide fix is still offered.
    const text = 'The ministry said on Monday that 40 people had died.<!--\r\n\t"It was chaos. Nobody was in charge.\tThe bridge collapsed at 4 a.m., killing three.Experts warn the virus could spread.';
    expectOnlyFileWideAfterFirstLine(text);
    // A comment closed before the line leaves the line its fix.
    const closed = text.replace('<!--', '<!-- x -->');
    expect(lineFixOffered(closed, (f) => f.start > closed.indexOf('\n'))).toBe(true);
  });

  it('"Ignore … on this line" is not offered on a lazy continuation line of a block quote', () => {
    // Npm run fuzz, seed 777, case 37873: the comment line before a line that
    // continues a quoted paragraph without its ">" ended the quote, so the
    // lines after were read outside it, where "===" underlines a heading: the
    // sentence split and its second half kept the finding. A ">" before the
    // comment would not keep them inside either; the file-wide fix is offered.
    const text = '> The ministry said on Monday that 40 people had died.\n[SPEAKER] said: "It is over."```\n===\nSome say it was inevitable; others disagree.Some say it was inevitable; others disagree.';
    expectOnlyFileWideAfterFirstLine(text);
    // The quote's own first line keeps its fix.
    expect(lineFixOffered(text, (f) => f.start < text.indexOf('\n'))).toBe(true);
  });

  it('"Ignore … on this line" is not offered on a line whose ">" marks are text', () => {
    // Random drafts (seed 15, path 2723:2:0:0:1:14): "\t> > 1." after a
    // paragraph line continues the paragraph, so its ">" marks are text, and
    // a comment line with them was paragraph text too, not a directive.
    const text = 'The ministry said on Monday that 40 people had died.\r\t> > 1. ';
    expect(fixProblem(text, IGNORE_ON_LINE)).toBeUndefined();
    expect(lineFixOffered(text, (f) => f.start > text.indexOf('\r'))).toBe(false);
    // A real quote keeps its fix on every line.
    expect(lineFixOffered('> > Officials said 40 died.\n> > Prices rose 12%.', (f) => f.start > 20)).toBe(true);
  });

  it('"Ignore … on this line" is not offered on a lazy continuation line of a list item', () => {
    // Npm run fuzz, seed 7, case 676: so with a line that continues a list
    // item's paragraph indented less than the item's text: the comment line
    // ended the list, and the "===" after it, paragraph text inside the item,
    // underlined a heading outside it, which split the sentence. The case
    // had "died.Mr. Brown", split at "Mr." until the splitter read the title
    // in a glued word (seed 10013, case 11802): one sentence from the item's
    // first line since, so the space puts "Mr. Brown, …" on the lazy line again.
    const text = '* ===\nThe ministry said on Monday that 40 people had died. Mr. Brown, a spokesman for Acme Corp., declined to comment.(\n===\nAccording to [SOURCE], 7 million were displaced.According to [SOURCE], 7 million were displaced.';
    expect(fixProblem(text, IGNORE_ON_LINE)).toBeUndefined();
    // The placeholders are in the sentence "Brown, … displaced.", which starts on the lazy line.
    expect(lineFixOffered(text, (f) => f.start > text.indexOf('According'))).toBe(false);
    // The item's first line keeps its fix.
    expect(lineFixOffered(text, (f) => f.start < text.indexOf('Mr.'))).toBe(true);
    // A line indented to the item's text is inside the item and keeps its fix.
    const indented = text.replace('\nThe ministry', '\n  The ministry').replace('\n===\nAccording', '\n  ===\n  According');
    expect(fixProblem(indented, IGNORE_ON_LINE)).toBeUndefined();
    expect(lineFixOffered(indented, (f) => f.start > indented.indexOf('According'))).toBe(true);
  });
});

describe('fix-all (regression tests)', () => {
  it('fix-all settles, and once it has taken every preferred fix a second fix-all changes nothing', () => {
    fc.assert(
      fc.property(draft(), (text) => {
        expect(checkFixAll(text, analyze(text))).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  // Each was a shrunk counterexample of the property above (npm run fuzz, seed 4242).
  it.each([
    // A second vague source in the sentence surfaced after the first was fixed:
    // "disagree" after a speech verb was read as part of what was said, even
    // past the ";" where the writer takes the word back.
    'She told reporters<!-- sourcetrace-disable-file unattributed-claim -->Some say it was inevitable; others disagree.',
    'a senior officialSome say it was inevitable; others disagree.',
    // "; [SOURCE] told reporters" was read as unsourced: the placeholder starts
    // before the clause's first word.
    ';She told reporters',
    // A V sentence with a second, unsourced main clause: the clause is now
    // reported with the vague source, not only once that is replaced.
    'Analysts say the plan will fail; unemployment fell to 3.9 percent.',
    'Some say it was inevitable; others disagree.Unemployment fell to 3.9 percent, the lowest since 1969.',
    // A sentence that runs into a quotation kept the quotation's status and
    // hid its own vague source until the quotation's speaker was replaced.
    'The ministry said on Monday that 40 people had died."It was chaos. Nobody was in charge.”The ministry said on Monday that 40 people had died.',
    // A quotation paired with "According to reports" lost its speaker once the
    // source became "[SOURCE]".
    'According to reports, the company lost $3.2 billion in 2023."It was chaos. Nobody was in charge.',
    // "Reportedly" was taken for a person's name and made the quotation's
    // speaker; once the fix removed it, "she said" was reported.
    'Reportedly, the CEO resigned.    "We will not back down," she said.\u0301',
    // A combining mark after a full stop was joined to the word before it
    // ("questions.́"), hiding the cue until a fix separated them.
    'The decision has raised questions.\u0301',
    // "Reportedly" after a control character was taken for a name too.
    '“Nobody knew.”\u0000Reportedly, the CEO resigned.',
    // Only the first unsourced clause of a sentence with a vague source was reported.
    'Some say it was inevitable; others disagree.“This is a disaster,” said Maria Lopez, the mayor of Springfield.Some say it was inevitable; others disagree.Unemployment fell to 3.9 percent, the lowest since 1969.',
    // A capital "[SOURCE]" after a full stop and a small letter split one
    // sentence in two; the placeholder keeps the small letter there.
    'Prices rose 12% last year.  a senior officialThe ministry said on Monday that 40 people had died.',
    'The ministry said on Monday that 40 people had died.<!-- source: Reuters, 3 March -->a senior officialThe ministry said on Monday that 40 people had died.',
    // The replacement of a vague source swallowed a suppression comment.
    '1,000,000<!-- sourcetrace-disable-file unattributed-claim -->Officials said the talks would resume.Some say it was inevitable; others disagree.The bridge collapsed at 4 a.m., killing three.',
    // ", according to [SOURCE]" went after a trailing backslash, outside the sentence.
    'The bridge collapsed at 4 a.m., killing three.\\',
    // "[SOURCE] said" was measured from the placeholder, "The ministry said"
    // from its verb: the quotation went to another speaker after the fix.
    'The ministry said on Monday that 40 people had died."It was chaos. Nobody was in charge."<!--“This is a disaster,” said Maria Lopez, the mayor of Springfield.Some say it was inevitable; others disagree.Unemployment fell to 3.9 percent, the lowest since 1969.',
    // "[SOURCE] disagrees" was no cue, unlike "others disagree" and "[SOURCE] says".
    'Some say it was inevitable; others disagree."It was chaos. Nobody was in charge.“This is a disaster,” said Maria Lopez, the mayor of Springfield.Some say it was inevitable; others disagree.Unemployment fell to 3.9 percent, the lowest since 1969.',
    // "she said.Experts" (two sentences glued) was replaced whole, deleting
    // "said"; and "[who?]" after a closing tag made it too long to be one.
    'Analysts and observers worldwide have raised concerns.According to reports, the company lost $3.2 billion in 2023.;"We will not back down," she said.Experts warn the virus could spread.',
    // A hedge moved to ", according to [SOURCE]" at the end of a sentence that
    // ends inside a closed quotation: only the mark is offered there.
    'Reportedly, the CEO resigned."It was chaos. Nobody was in charge.[SPEAKER] said: "It is over."The ministry said on Monday that 40 people had died.',
    // ", according to [SOURCE]" landed inside a closed quotation: the speaker's words, no attribution.
    'Some say it was inevitable; others disagree.according to\u0000𠀀"It was chaos. Nobody was in charge."===\nThe bridge collapsed at 4 a.m., killing three.',
    // Npm run fuzz, seed 202, case 8527: "[SOURCE] said" after "according
    // to[^1]" is the placeholder the "according to" took, no cue of its own, so
    // "said" reported nothing and "state media reported" inside it surfaced.
    'according to[^1]Sources familiar with the matter said the deal was done.state media reported',
    // Seed 202, case 6378: ", according to [SOURCE]" where "Reportedly" stood
    // made the words after "she said" one too many for a closing tag, and
    // "Officials said" before it was no longer read as her words.
    'Mr. Brown, a spokesman for Acme Corp., declined to comment.\n\nOfficials said the talks would resume."We will not back down," she said.&#35;Reportedly, the CEO resigned.',
    // Seed 202, case 4933: "Reportedly [who?]" counted as a cue speaking for
    // the sentence, so the colon before "“Nobody knew.”" no longer named "the
    // CEO", and "The ministry" pointed back to nobody.
    'Reportedly, the CEO resigned.:“Nobody knew.”The ministry said on Monday that 40 people had died.“The ministry said on Monday that 40 people had died.Mr. Brown, a spokesman for Acme Corp., declined to comment."It was chaos. Nobody was in charge.',
    // Seed 101, cases 1396 and 9996: the same frame after a glued tag ("state
    // media reported") where a second "Reportedly" stood; the first
    // "Reportedly", read as the tag's words, surfaced as a hedge after the fix.
    'Reportedly, the CEO resigned.state media reported\u0000Reportedly, the CEO resigned.',
    // Case 4194: as in case 6378, "Sources familiar with the matter said"
    // before "she said" surfaced once the frame followed the tag.
    '“This is a disaster,” said Maria Lopez, the mayor of Springfield.\n\nSources familiar with the matter said the deal was done."We will not back down," she said.===\nReportedly, the CEO resigned.',
    // Case 9305: as in case 4933, with "[SPEAKER] said:" before the colon:
    // "Reportedly [who?]" took "the CEO" away as the colon's speaker, and
    // "The ministry said" after it, no longer read as the CEO's words, surfaced.
    'Reportedly, the CEO resigned.[SPEAKER] said: "It is over."The ministry said on Monday that 40 people had died."It was chaos. Nobody was in charge."It was chaos. Nobody was in charge.',
    // Written from seed 7, case 2047, without its "[SPEAKER] said": the
    // source a fix gives a reaction or a passive ("among [SOURCE]", "by
    // [SOURCE]") made it an earlier cue with a phrase, so the colon no longer
    // named "the CEO", and "Reportedly", read as the CEO's words before,
    // surfaced. A vague phrase or a placeholder now counts as none, as no
    // phrase does.
    'Reportedly, the CEO resigned; the decision has raised questions: “Nobody knew.”',
    'Reportedly, the CEO resigned; the homes have been destroyed, it has been documented: “Nobody knew.”',
    // Seed 7, case 1384 and seed 101, case 446: the same cause as case 6378,
    // with what the tag had covered being a vague source ("others disagree")
    // or an earlier hedge ("Reportedly, the CEO resigned.The decision has
    // raised questions."), which surfaced as vague after the first round.
    '🇺🇦The ministry said on Monday that 40 people had died.Some say it was inevitable; others disagree."We will not back down," she said.\u0000Reportedly, the CEO resigned.',
    'Reportedly, the CEO resigned.The decision has raised questions.\u0000Reportedly, the CEO resigned.',
    // Seed 7, case 2047: the colon of "[SPEAKER] said:" made the sentence's
    // subject the quotation's speaker while no earlier cue had a phrase, and
    // "Reportedly" was read as that speaker's words; once "have raised
    // concerns" became "… among [SOURCE]" it had one, the colon spoke no more
    // and the hedge surfaced. A colon right after a speech verb is the verb's.
    'Reportedly, the CEO resigned.👩‍👩‍👧according toAnalysts and observers worldwide have raised concerns.[SPEAKER] said: "It is over."',
    // Seed 101, case 309: the cause 94d6d01 fixed ("[SOURCE] reported" after
    // "according to", whose phrase it is, reports what follows, so "He added"
    // inside it is no vague source of its own after the fix).
    'according to<!-- source: Reuters, 3 March -->saidstate media reported He added that the figures were wrong.',
    // Seed 20261128, case 30130: "people familiar with the matter- said"
    // reports what follows, so "Sources … said" inside it is no cue of its
    // own; "[SOURCE]- said", the fix, did not, since only a placeholder right
    // before the verb was read as its subject, and the second vague source
    // surfaced. A joiner between them ('-', '&', '/') is allowed as it is
    // between a subject and its verb.
    'people familiar with the matter- said*Sources familiar with the matter said the deal was done.',
    // Seed 20261128, case 23366: walking back over asides from "declined",
    // the apposition reading (644f87d) ran over two sentences glued to this
    // one ("is doomed.The … questions..She told reporters Mr. Brown") and made
    // "critics" a role named by "Mr. Brown", whom "She" then resolved to; once
    // "critics" became "[SOURCE]", "She" pointed back to nobody. The walk now
    // stops at a sentence end glued to the next word.
    'The plan, critics say, is doomed.The decision has raised questions..She told reporters Mr. Brown, a spokesman for Acme Corp., declined to comment.',
    // Seed 777, case 17746: a space before the closing mark ("died. ”") split
    // it off into the next sentence, which since 754608a puts the quotation
    // in that sentence no more, so the ", [SPEAKER] said" its fix adds after
    // the mark spoke for nothing and was added again. A comma right after the
    // mark continues the quotation's sentence.
    '“The ministry said on Monday that 40 people had died. ”The ministry said on Monday that 40 people had died.',
    // Seed 777, case 47311: "according to [link](…)Some say" took "link
    // Some" as a person, a named source whose words "others disagree" were;
    // once "Some" became "[SOURCE]" the phrase was "link" alone and "others
    // disagree" surfaced as vague. A capitalised "Some" before a verb is the
    // next clause's subject, no word of the phrase.
    'according to[link](https://example.org)Some say it was inevitable; others disagree.',
    // Seed 9932, case 47919: "she said" (resolved to the paragraph before)
    // was a closing tag, four words from the end ("…decision has raised
    // questions.", the link's "The" masked), so "critics say" before it was
    // her words; "among [SOURCE]", the fix of the reaction, made five and
    // "critics say" surfaced. The frame a fix puts before a placeholder
    // ("by", "among", "from", as "according to") adds no word to a tag.
    'The ministry said on Monday that 40 people had died.The ministry said on Monday that 40 people had died.\n\nThe plan, critics say, is doomed."We will not back down," she said.](https://example.org/a)The decision has raised questions.',
    // The fix-all property on fresh seeds (seed 2004 of the property tests'
    // generator): the hedge's fix put ", according to [SOURCE]" after the
    // comma and closing quote of 'over."\u0301', with the combining mark
    // after the quote (it goes with the character before it), and the words
    // before the tag then ended in the mark, not in a quotation mark: no
    // closing tag, and "The CEO resigned" surfaced. A combining mark after
    // the comma or closing marks is read with them.
    'Reportedly, the CEO resigned.;[SPEAKER] said: "It is over."\u0301',
    'Reportedly, the CEO resigned; prices rose."\u0301',
    // Generator seed 2024: "reporters’" (one word with its possessive mark)
    // was the subject of "said" after a comment, so "Sources … said" inside
    // its reported words was no cue; "[SOURCE]’ said", the fix, left the
    // mark between placeholder and verb, the placeholder was no subject and
    // "Sources …" surfaced in a second round. The mark right after a
    // placeholder is the replaced word's (attribution/cues.ts, onlyJoiners).
    'She told reporters’<!-- sourcetrace-disable-next-line nope -->said<!-- sourcetrace-disable-file unattributed-claim -->Sources familiar with the matter said the deal was done.',
    // Generator seed 2037: "***" after "matter" opened emphasis only because
    // "She" followed, and the "*" after "reporters" closed it (masked), so
    // the subject of "said" ran back over it to "reporters" (a weak reading);
    // "***[SOURCE]", the fix, opened nothing, the "*" was text, and "The
    // ministry said" surfaced in a second round. Where a replacement would
    // stop an emphasis run from opening, only the mark is offered.
    'people familiar with the matter***She told reporters* ’The ministry said on Monday that 40 people had died.',
    // Fuzz seed 10046, case 9662, the mirror: the "**" after ".;" opened
    // nothing, since the "**" before "Reportedly" follows a full stop and
    // precedes a letter and so could not close; the hedge's fix left
    // ".**, the CEO resigned", where the "**" before the comma closes, both
    // runs were masked and the second "The ministry said" surfaced in a
    // second round. No fix may change whether a run of "*" or "_" next to
    // its edits can open or close (rules/fixes.ts, movesEmphasis).
    'The ministry said on Monday that 40 people had died.;**The ministry said on Monday that 40 people had died.. .**Reportedly, the CEO resigned.',
    // Property generator seed 2052: the document phrase of "told" ran from
    // "The report by the IMF" over "disagree.&amp;She" (the entity glues the
    // sentences: "&" and spaces in the prose view) to "She", so "She" had a
    // document for its source until "others" was "[SOURCE]"; then it was an
    // unresolved, vague "she", replaced in a second round. A full stop
    // glued to symbols and then a capitalised word ends a sentence there,
    // as one glued to the word does.
    "The report by the IMF estimates growth at 2.1 percent.\r\na senior official$12bn'[Some say it was inevitable; others disagree.&amp;She told reporters",
    "The report by the IMF estimates growth at 2.1 percent.\na senior official$12bn'[Some say it was inevitable; others disagree.&amp;She told reporters",
    // Property generator seed 2076: so it ran over "percent.$12bnSome", a full
    // stop glued (through "$") to a word that starts with a digit, to "she",
    // which lost the document once "others" was "[SOURCE]". A glued full stop
    // before a word that starts with a digit ends a sentence as one before a
    // capitalised word does (with a space, the splitter ends one there too).
    'The report by the IMF estimates growth at 2.1 percent.$12bnSome say it was inevitable; others disagree."We will not back down," she said.',
    'The report by the IMF estimates growth at 2.1 percent.12bnSome say it was inevitable; others disagree."We will not back down," she said.',
  ])('fix-all is idempotent on %j', (text) => {
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });

  it('a placeholder replacing a source that starts with a small letter after a full stop keeps the small letter', () => {
    const text = 'Prices rose. a senior official said the talks failed.';
    const fix = analyze(text).findings.flatMap((f) => f.fixes).find((f) => f.title.startsWith('Replace'));
    expect(fix?.edits[0]?.newText).toBe('[source]');
    const mid = 'Prices rose, a senior official said.';
    expect(analyze(mid).findings.flatMap((f) => f.fixes).find((f) => f.title.startsWith('Replace'))?.edits[0]?.newText).toBe('[SOURCE]');
  });

  it('a footnote reference is never put after a trailing backslash, which would escape it', () => {
    // "42\\" became "42\\[^1]": the backslash escaped the bracket.
    expect(fixProblem('42\\', /footnote/)).toBeUndefined();
    const a = analyze('Prices rose 12% last year.\\');
    const fix = a.findings.flatMap((f) => f.fixes).find((f) => /footnote/.test(f.title));
    expect(fix?.edits[0]?.start).toBe('Prices rose 12% last year'.length);
  });

  // "by [SOURCE]" after a passive: the subject walk for "claims" stopped at the
  // placeholder and found a plausible speaker in "years for making dubious
  // medical", so a vague attribution surfaced after the fix. A bare or -s form
  // after a verbal gerund and its modifiers is the gerund's object, a noun
  // (attribution/cues.ts, gerundObject). From the PolNeAR dev text
  // politico_2016-09-15_trump-s-favorite-tv-doctor-has-a.
  it('a noun after "by [SOURCE]" and a gerund is not read as a speech verb', () => {
    const text = 'He has been pilloried for years for making dubious medical claims on-air.';
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });

  // Found by fix-all on PolNeAR dev texts after rules that read a speech act
  // from its object ("making … claims", "lobbing … insults"): an -ing form
  // speaks for the phrase on its left only in a progressive, so neither the
  // preposition's object ("years") nor the subject before a time span ("The
  // two men spent months") becomes a vague source that the fix half-replaces.
  it.each([
    'He has been pilloried by [SOURCE] for years for making dubious medical claims on-air.',
    'The two men spent months lobbing pointed insults at one another.',
  ])('an -ing form outside a progressive names no speaker: %s', (text) => {
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
    expect(analyze(text).findings.filter((f) => f.ruleId === 'vague-attribution')).toEqual([]);
  });

  // A placeholder the fixes left is a subject to fill, not nobody: a verb
  // after it is no "reaction nobody owns" ("[SOURCE] worries that"), and a
  // verb inside brackets does not take the subject outside them (nyt dev
  // text: "Republicans want … ([SOURCE] want … and suggest …)").
  it.each([
    ['But [SOURCE] worries that Mr. Clarke is breathing new life into the mine.', 'worries'],
    ['Democrats want more revenue, and Republicans want less revenue in the immediate term ([SOURCE] want lower tax rates and suggest that such rates would spur the economy).', 'Republicans'],
  ])('a placeholder keeps its verb: %s', (text, word) => {
    const vague = analyze(text).findings.filter((f) => f.ruleId === 'vague-attribution');
    expect(vague.map((f) => text.slice(f.start, f.end)).filter((s) => s.includes(word))).toEqual([]);
  });

  // The same cause in wash-post_2016-09-25_federal-court-rules-against-ohio:
  // "voting rights advocates" was read as a source and a verb, so fix-all
  // rewrote it to "[SOURCE] advocates" and a later "they" lost its antecedent.
  it.each([
    ['He handed a victory to voting rights advocates in the state.', []],
    ['Officials were criticised for filing misleading reports about the vote.', ['were criticised']],
    ['The filing claims the vote was rigged.', ['The filing claims']],
  ])('a noun-like cue form after a gerund is its object, after a gerund noun a verb: %j', (text, vague) => {
    const a = analyze(text);
    expect(a.findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => text.slice(f.start, f.end))).toEqual(vague);
    expect(checkFixAll(text, a)).toBeUndefined();
  });
});

describe('"Add …" fixes (regression tests)', () => {
  it('"Add according to / a source note / a footnote" fixes attribute the claim', () => {
    everyFixHolds(ADD_ATTRIBUTION, { numRuns: 400 });
  });

  it.each([
    // A sentence ending in a colon that opens its line (CI, seed -1909548988):
    // the footnote reference before it made "[^1]:" a footnote definition.
    'saidAccording to reports, the company lost $3.2 billion in 2023.---\n:',
    'Prices rose 12% last year\n> :',
  ])('the footnote fix attributes a claim ending in a colon at a line start: %j', (text) => {
    expect(fixProblem(text, ADD_ATTRIBUTION)).toBeUndefined();
  });

  it('a sentence inside a quotation left open gets no "Add …" fix, which would land inside the quotation', () => {
    // "Nobody was in charge." takes its status from the sentence the quotation
    // opens in; a source added to it would be inside the quotation and
    // attribute nothing, so it is offered only the suppression fixes.
    expect(fixProblem('Unemployment fell to 3.9 percent, the lowest since 1969."It was chaos. Nobody was in charge.', ADD_ATTRIBUTION)).toBeUndefined();
  });

  it('a source note steps over every unclosed "<!--" at the end of a sentence, not only the last', () => {
    // Found by the random drafts (seed 148446715): the note went between the
    // two, and the first "<!--" made it the tail of a comment it opened.
    expect(fixProblem('“people familiar with the matter<!--<!--', /note/)).toBeUndefined();
    expect(fixProblem('Prices rose 12% last year<!-- <!--<!--', /note/)).toBeUndefined();
  });

  it('a footnote or "according to" before an escaped final mark goes before its backslash', () => {
    // Found by the random drafts (seed 250153173): "charge.\?" got its
    // footnote between the backslash and the "?", and "\[^1]" is no
    // footnote reference, so the claim stayed unattributed.
    const text = '"It was chaos. Nobody was in charge.\\?';
    expect(fixProblem(text, ADD_ATTRIBUTION)).toBeUndefined();
    const footnote = analyze(text).findings.flatMap((f) => f.fixes).filter((f) => f.title.startsWith('Add footnote'));
    expect(footnote.map((f) => text.slice(0, f.edits[0]!.start).slice(-2))).toContain('e.');
  });

  it('a source note glued before a literal "<!--" goes before a backslash escaping it', () => {
    // Random drafts (seed 12, path 9844:1:1:3): in "1969.\<!--" the note went
    // between the backslash and the literal, and the backslash escaped its
    // "<", so the note was text and the claim stayed unattributed.
    const text = 'Unemployment fell to 3.9 percent, the lowest since 1969.\\<!--';
    expect(fixProblem(text, ADD_ATTRIBUTION)).toBeUndefined();
    const note = analyze(text).findings.flatMap((f) => f.fixes).find((f) => f.title.startsWith('Add a <!-- source'));
    expect(note?.edits[0]).toEqual({ start: text.indexOf('\\'), end: text.indexOf('\\'), newText: '<!-- source: -->' });
    // Two backslashes escape each other, not the "<": the note goes after them.
    expect(fixProblem('Prices rose 12% last year.\\\\<!--', ADD_ATTRIBUTION)).toBeUndefined();
  });

  it('an addition before a free-standing ellipsis after masked markup stays in the sentence', () => {
    // Npm run fuzz, seed 9914, case 340: ", according to [SOURCE]" went after
    // the comment and the line break, before the ellipsis, and the claim's
    // sentence ended before it.
    for (const text of ['Prices rose 12% last year.<!-- sourcetrace-disable-next-line -->\n…', 'Prices rose 12% last year. <!-- x -->\n…', '"We will not back down."<!-- x --> …']) {
      expect(fixProblem(text, ADD_ATTRIBUTION)).toBeUndefined();
    }
  });

  it('a source note or footnote is not added after a sentence of an open quotation that ends in link syntax', () => {
    expect(fixProblem('Prices rose 12% last year."It was chaos. Nobody was in charge.](https://example.org/a)', /note|footnote/)).toBeUndefined();
  });
});

describe('fixes near an unbalanced quotation mark (regression tests)', () => {
  // When a quotation mark opens right after a sentence, changing the sentence
  // once made the engine hand it to the quotation and report it again.
  it.each([
    // "The ministry" → "[SOURCE]": the quotation was paired with "she said"
    // instead, and the first sentence reported as part of it (0..62).
    ['The ministry said 40 died."It was chaos. Nobody was in charge."We will not back down," she said.', REPLACE_OR_MARK],
    // "by [SOURCE]": the finding came back at 0..67.
    ['It is believed that the plant will close."It was chaos. Nobody was in charge.state media reported', /./],
    // A quotation never closed: the sentence's own vague source or placeholder wins.
    ['"The ministry said on Monday that 40 people had died. The ministry said on Monday that 40 people had died.', REPLACE_OR_MARK],
    // A placeholder speaker keeps the quotation paired: the quoted clause waits for it.
    ['The ministry said on Monday that 40 people had died.;"It was chaos. Nobody was in charge.', /./],
  ])('every fix of %j', (text, title) => {
    expect(fixProblem(text, title)).toBeUndefined();
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });

  it('"Add according to [SOURCE]" is not offered where it would land inside a closed quotation', () => {
    const text = 'Prices rose 12% in "the worst year. It was chaos."';
    const titles = analyze(text).findings.filter((f) => f.start === 0).flatMap((f) => f.fixes.map((x) => x.title));
    expect(titles.some((t) => t.startsWith('Add “according to'))).toBe(false);
    expect(titles.some((t) => t.startsWith('Add footnote'))).toBe(true);
    // Punctuation moved out of closing quotes puts the words after them: offered.
    const moved = 'The plan ended in “a failure.”';
    expect(analyze(moved).findings.flatMap((f) => f.fixes).some((x) => x.title.startsWith('Add “according to'))).toBe(true);
  });

  it('a source note is not put after a literal "<!--", which would swallow it', () => {
    expect(fixProblem('Prices rose 12% last year.<!--', /note/)).toBeUndefined();
    // Npm run fuzz, seed 4242, case 31189: a sentence that starts with the
    // literal has no place for a note (before it, the note would attach to the
    // sentence before); none is offered.
    const text = 'The report by the IMF estimates growth at 2.1 percent.\t<!--people familiar with the matter';
    expect(fixProblem(text, /note/)).toBeUndefined();
    const second = analyze(text).findings.filter((f) => f.start >= text.indexOf('<!--'));
    expect(second.length).toBeGreaterThan(0);
    expect(second.flatMap((f) => f.fixes).some((x) => x.title.startsWith('Add a <!-- source'))).toBe(false);
  });

  it('every uncovered main clause is reported at once, so fix-all settles in one round', () => {
    const text = 'Finance Minister Anna Berg said the talks had failed; the economy is now in recession; prices rose 12% last year.';
    expect(analyze(text).findings.filter((f) => f.ruleId === 'unattributed-claim').map((f) => text.slice(f.start, f.end))).toEqual(['the economy is now in recession', 'prices rose 12% last year.']);
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});

describe('sentences run together, when a fix changes how markup is read (regression tests)', () => {
  // Sentences run together with no space, then markup the prose view masks:
  // "[SOURCE]" opens with a bracket, which a backslash before it escapes, and
  // after which a "**" run can close an emphasis. The masked markup became
  // white space in the prose view and the sentence split in two, so the first
  // half surfaced as a new unattributed claim. A boundary now needs white
  // space in the document itself (sentences.ts).
  it.each([
    'Prices rose 12%.\\Officials said so.',
    '***Prices rose.”**She told reporters',
    // The "?" of a "[who?]" mark ended the sentence before "reportersPrices"
    // (a small letter, then a capital: read as a brand like "iPhone"), so the
    // second half surfaced as a new claim. A bracketed word ending in "?" or
    // "!" is an editor's mark, not the end of a sentence (npm run fuzz, seed
    // 4242, cases 646 and 5599).
    'Some say it was inevitable; others disagree.She told reportersPrices rose 12% last year.',
    'Some say it was inevitable; others disagree.She told reportersThe U.S. Department of State confirmed the sanctions in a statement.',
  ])('fix-all is idempotent on %j', (text) => {
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});

describe('fix-all on sentences glued with ";" (regression tests)', () => {
  // Four of the seven drafts the fuzz run of seed 4242 reported as failures it
  // could not classify, shrunk; each had its own cause, fixed where it lay.
  it.each([
    // "[[SOURCE] said …; …]": the outer bracket was paired with the
    // placeholder's "]", so the ";" it guarded split a new clause off
    // (classify/clauses.ts pairs brackets by nesting).
    '[Officials said the talks would resume.;The bridge collapsed at 4 a.m., killing three.]',
    // "…” Experts warn the virus could spread." read as a tag closing the
    // quotation covered the whole sentence, "…” [SOURCE] warns …" did not: a
    // placeholder before the cue now stands where the source stood.
    'Prices rose 12% last year.;[SPEAKER] said: "It is over."Experts warn the virus could spread.',
    '“This is a disaster,” said Maria Lopez, the mayor of Springfield.;Some say it was inevitable; others disagree.“Nobody knew.”Sources familiar with the matter said the deal was done.',
    // In a V sentence, ", according to [SOURCE]" (the hedge's fix, at the end
    // of the sentence) did not cover the clause before the ";" as it does in a
    // sentence with no vague source: the pending attribution was not read.
    'Reportedly, the CEO resigned.;<!-- sourcetrace-disable -->state media reported',
    // Npm run fuzz, seed 777, case 15840: the hedge's fix put the comma before
    // a closing mark ("died,* according to [SOURCE]."), and a comma followed by
    // a "*" did not end reported words, so the tag covered only its own clause
    // and "The CEO resigned." surfaced in a second round. Such a comma now
    // makes a closing tag as the one before a quotation mark does.
    'Reportedly, the CEO resigned.;The ministry said on Monday that 40 people had died.*',
  ])('fix-all is idempotent on %j', (text) => {
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });
});

describe('fixes that moved a boundary or a speaker (regression tests)', () => {
  it.each([
    // "[SOURCE] said" is one attribution more than "The ministry said", and
    // the quotation's speaker was looked for among the three attributions
    // nearest it: the placeholder fell out and the quotation went to another
    // speaker (attribution/block.ts now reads the verb for its placeholder).
    'The ministry said on Monday that 40 people had died.Analysts and observers worldwide have raised concerns."It was chaos. Nobody was in charge."We will not back down," she said.people familiar with the matterSources familiar with the matter said the deal was done.',
    // ", according to [SOURCE]" went between "three." and a free-standing
    // ellipsis, where it started a sentence of its own.
    'The bridge collapsed at 4 a.m., killing three. …',
    // Npm run fuzz, seed 20261128, case 38508: so it did before a closing
    // bracket ("42. …]" became "42. ,] according to [SOURCE]."), where the
    // free-standing ellipsis was not looked for.
    'The ministry said on Monday that 40 people had died.\ufeff42. …]',
    // Npm run fuzz, seed 9932, case 33134: so it did after closing marks
    // ("“Nobody knew.” …" became "“Nobody knew.” , according to
    // [SOURCE]…"), where the quotation then ended a sentence of its own. The
    // span's end is now the marks, and the ellipsis stays after the addition.
    '“Nobody knew.” …',
    // Npm run fuzz, seed 9914, case 340: so it did after masked markup
    // ("last year.<!-- … -->\n…" became "…-->\n, according to
    // [SOURCE]…"): the splitter reads the comment as space, so the ellipsis
    // closed the sentence, but the fix looked for white space in the source
    // and started a new sentence. The gap is read in the prose view now.
    'Prices rose 12% last year.<!-- sourcetrace-disable-next-line -->\n…',
    '“Nobody knew.”<!-- c -->\n…',
    'Reportedly, the CEO resigned.<br> …',
    // Property generator seed 2071: so it did after opening marks ("three.\n(…"
    // became "three.\n(, according to [SOURCE]…"). The splitter looks past
    // opening marks to the next word, so the ellipsis after "(" closed the
    // sentence, and the comma then opened one of its own. The gap before the
    // ellipsis is read with its opening marks now, as the splitter reads it.
    'The bridge collapsed at 4 a.m., killing three.\n(…',
    'Prices rose 12% last year. “…',
    '“Nobody knew.” (…',
    // Npm run fuzz, seed 4242, case 31064: "saidExperts" (two sentences run
    // together with no full stop) was replaced whole, deleting "said", and the
    // small "[source]" then joined the two sentences. A source glued to the
    // word before is offered only the mark, and a small placeholder is kept
    // only where the source does not open its sentence.
    'The ministry said on Monday that 40 people had died.,Mr. Brown, a spokesman for Acme Corp., declined to comment.\rsaidExperts warn the virus could spread.',
    // Case 98720: the vague source "charge.42](https://example.org/a)Officials"
    // ran over a link's markup, which its replacement deleted. A source phrase
    // holding masked markup is offered only the mark.
    '[She told reporters"It was chaos. Nobody was in charge.42](https://example.org/a)Officials said the talks would resume.',
    // Npm run fuzz, seed 20261127, case 13401: the quotation's speaker was
    // "According to reports", which covered the clause "“Nobody knew.”2024";
    // "According to [SOURCE]" speaks for no quotation, so the clause surfaced
    // after the fix. In a V sentence such a quotation now covers nothing.
    'According to reports, the company lost $3.2 billion in 2023.;“Nobody knew.”2024',
    // Npm run fuzz, seed 303, case 8790: a line break before the closing "’"
    // put the mark in the next sentence, whose "According to reports" became
    // the speaker of the whole quotation, so "The ministry said" inside it was
    // reported only once "According to [SOURCE]" no longer spoke for it. A
    // closing mark alone no longer puts a quotation in a sentence.
    '‘The ministry said on Monday that 40 people had died.\r\n’# According to reports, the company lost $3.2 billion in 2023.',
    // Npm run fuzz, seed 777, case 14150: the hedge's fix deleted ",Reportedly,"
    // from "died.,Reportedly, the CEO resigned.The ministry said", and with the
    // comma gone the second "The ministry said" stood in the first one's
    // reported words joined by nothing but words and a full stop, and was
    // dropped as nested; "critics say", inside its words, surfaced as vague
    // in a second round. A full stop the splitter did not end the sentence at
    // now keeps a speech verb after it, as a comma does.
    'The ministry said on Monday that 40 people had died.,Reportedly, the CEO resigned.The ministry said on Monday that 40 people had died.The plan, critics say, is doomed.',
    // Npm run fuzz, seed 8801, case 9319: "The" after ";" was read as a
    // capitalised name, so ";The ministry said" named its source and spoke for
    // the quotation; the claim's fix ("charge,* according to [SOURCE]. ;The")
    // put the ";" at a sentence start, where dbdc939 made "The" the sentence's
    // first word, and the vague "The ministry" surfaced in a second round. A
    // word after ";" opens its clause, as after ":".
    '"It was chaos. Nobody was in charge."It was chaos. Nobody was in charge.* ;The ministry said on Monday that 40 people had died.',
    // Npm run fuzz, seed 8803, case 16922: the subject of "said" ran back over
    // "resigned.The", a sentence end glued to the next word, to "the CEO", a
    // named source; once the hedge's fix deleted ",Reportedly," before it, it
    // ran on to "people familiar with the matter", and the whole run surfaced
    // as vague in a second round. The subject stops at a glued sentence end,
    // as leftSource's walk over asides does (4cba072).
    'people familiar with the matter,Reportedly, the CEO resigned.The ministry said on Monday that 40 people had died.',
    // Npm run fuzz, seed 9902, case 45721: inside the unclosed "“" quotation, a
    // straight '"' after a space and before a word opens a nested one, so
    // "The ministry said" stayed the draft's attribution and the later
    // paragraph's "The ministry" pointed back to it; before "[SOURCE]", the
    // fix of "Officials", the mark closed the quotation, which hid that cue,
    // and "The ministry" surfaced as vague in a second round. An editor's
    // bracket opens a word there as a letter does (attribution/quotes.ts).
    '“𐀀𐀀The ministry said on Monday that 40 people had died. "Officials said the talks would resume.\n\nThe ministry said on Monday that 40 people had died.',
    // Npm run fuzz, seed 9901, case 437, and seed 9902, case 41017: a
    // quotation's speaker is looked for among the three attributions nearest
    // it each way, and the fixes added attributions there ("Reportedly
    // [who?]", "[SOURCE] said" for "The ministry said", "[SOURCE] disagrees"),
    // so the speaker ("The ministry said", "others disagree") fell out of
    // reach. The quotation lost its speaker, and what it had covered surfaced
    // in a second round (", according to [SOURCE]" after "charge.\"", after
    // "1969."). Only attributions that can speak for a quotation count now.
    'The ministry said on Monday that 40 people had died.**Reportedly, the CEO resigned.According to [SOURCE], 7 million were displaced."It was chaos. Nobody was in charge.";It has been documented that 300 homes were destroyed.',
    'Unemployment fell to 3.9 percent, the lowest since 1969.;"The ministry said on Monday that 40 people had died.    "According to [SOURCE], 7 million were displaced.*Some say it was inevitable; others disagree.',
    // Npm run fuzz, seed 9911, case 7481: the fix of "reporters state" is
    // "[SOURCE] states", and "states" was never a verb ("swing states"), so
    // "media reported", inside what "reporters state" had reported, surfaced
    // as vague in a second round. After a placeholder "states" is the verb.
    '](https://example.org/a)She told reporters state media reported',
    // Seed 9911, case 16452: the subject of "said" was read across the full
    // stop of "disagree.1." as across that of "the U.S.", but the fix replaced
    // the phrase without its stop, and "[SOURCE]. said" had no subject, so
    // "state media reported", inside its words before, surfaced. The
    // replacement takes the stop with the phrase ("[SOURCE] said").
    'Some say it was inevitable; others disagree.1. said\u0000state media reported',
    // Seed 9912, case 12357: the quotation's speaker was "According to
    // reports", so the sentence of its end took the V status of the first;
    // "According to [SOURCE]", its fix, speaks for no quotation, which went
    // to "The report by the IMF estimates" instead, and the sentence's own
    // unsourced clauses surfaced as U in a second round. A vague "according
    // to" speaks for no quotation either now (attribution/block.ts, canSpeak).
    'According to reports, the company lost $3.2 billion in 2023."It was chaos. Nobody was in charge.Unemployment fell to 3.9 percent, the lowest since 1969.”Prices rose 12% last year.The report by the IMF estimates growth at 2.1 percent.',
    // Seed 9914, case 1095, and seed 9932, case 49455: since the tokenizer
    // splits "percent.Some" (c9d712f), a document phrase opening the
    // sentence ran over the glued sentence end up to the pronoun before the
    // next verb ("The report by the IMF … percent.… She" told), so "she"
    // had a source until "others disagree" became "[SOURCE] disagrees" and
    // the pronoun, read again, pointed back to nothing. The qualified
    // document stops at a glued sentence end (attribution/cues.ts).
    'The report by the IMF estimates growth at 2.1 percent.Some say it was inevitable; others disagree."We will not back down," she said.',
    'The report by the IMF estimates growth at 2.1 percent.Analysts and observers worldwide have raised concerns.Some say it was inevitable; others disagree.She told reporters',
    // Seed 9931, case 1913: the subject of "warn" ran back over "according
    // to", its note and "a senior official" (no full stop before "Experts"),
    // a source the replacement may not touch as it spans the comment; once
    // the phrase was "[SOURCE]" the subject was "Experts" alone, replaced in
    // a second round. The walk stops where the "according to" phrase ends.
    'according to<!-- source: Reuters, 3 March -->a senior official    Experts warn the virus could spread.',
    // Seed 9931, case 41553: the quotation had a cue on each side, "The
    // ministry said" before it across two glued sentences and "The report by
    // the IMF estimates" after it, and went to the one fewer characters away;
    // " by [SOURCE]", the hedge's fix between, made the other nearer, and the
    // last sentence, no longer the vague speaker's, surfaced as U. Near is
    // first by the sentence ends between now (attribution/block.ts).
    'The ministry said on Monday that 40 people had died.It is believed that the plant will close.Unemployment fell to 3.9 percent, the lowest since 1969."It was chaos. Nobody was in charge.\r\n"<!-- sourcetrace-disable-line vague-attribution -->Unemployment fell to 3.9 percent, the lowest since 1969.The report by the IMF estimates growth at 2.1 percent.',
    // Seed 10012, case 8886: a vague source starting with a small letter
    // after end punctuation and an opening mark ("1. “according toExperts
    // warn") was replaced with "[SOURCE]", and the splitter, which looks past
    // opening marks to the word, split the sentence in two before it; the
    // placeholder keeps the small letter there too ("“[source] warns").
    'ﬁ1. “according toExperts warn the virus could spread.',
    // Seed 10013, case 11802: the splitter read "concerns.Mr" whole, no
    // title, and ended the sentence at "Mr."; once the reaction's fix made
    // it "concerns among [SOURCE].Mr." the title was read and the two
    // sentences became one, whose hedge then had no named source beside it.
    // A word glued to a sentence end is looked up by its part after the dot.
    'Reportedly, the CEO resigned.“”Analysts and observers worldwide have raised concerns.Mr. Brown, a spokesman for Acme Corp., declined to comment.',
  ])('fix-all is idempotent on %j', (text) => {
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });

  it('a vague source read across an abbreviation\'s full stop is replaced with the stop ("the U.S. said" → "[SOURCE] said")', () => {
    for (const [text, fixed] of [
      ['Officials in the U.S. said the talks would resume.', '[SOURCE] said the talks would resume.'],
      ['Officials in the U.S. say the talks would resume.', '[SOURCE] says the talks would resume.'],
    ]) {
      const fix = analyze(text).findings.flatMap((f) => f.fixes).find((f) => f.title.startsWith('Replace'));
      expect(fix && applyEdits(text, fix.edits)).toBe(fixed);
    }
  });

  it('no "Ignore … on this line" inside a code span opened on an earlier line, where the comment would be code', () => {
    // Npm run fuzz, seed 9913, case 15654: the sentence starts after a code
    // span running over three lines; the comment went before its first line,
    // inside the span, and was read as code, so the finding stayed.
    const text = '`| a | b |\n|---|---|\n| c | d |\nThe ministry said on Monday that 40 people had died.`| a | b |\n|---|---|\n| c | d |\n`[SPEAKER] said: "It is over."';
    expect(fixProblem(text, /on this line/)).toBeUndefined();
    const a = analyze(text);
    expect(a.findings.length).toBeGreaterThan(0);
    expect(a.findings.flatMap((f) => f.fixes).some((x) => /on this line/.test(x.title))).toBe(false);
    // Outside a code span it is still offered.
    expect(analyze('`code` here.\n[SPEAKER] said: "It is over."').findings.flatMap((f) => f.fixes).some((x) => /on this line/.test(x.title))).toBe(true);
  });

  it('"Ignore … on this line" reads the code spans the Markdown stage paired, escaped backticks and all', () => {
    // The fix used to pair backtick runs again from the raw text, reading a
    // backslash before a run as escaping it even where the run closes a code
    // span (backslashes escape nothing inside one). So it missed the span
    // "``x\n    now\\``" and put the comment inside it, on an indented
    // continuation line that cannot start an HTML block: code, no directive,
    // and the finding stayed.
    const inside = 'Prices fell. Rates rose. ``x\n    now\\`` The vaccine is unsafe.\n';
    expect(analyze(inside).findings.some((f) => inside.slice(f.start, f.end) === 'The vaccine is unsafe.')).toBe(true);
    expect(fixProblem(inside, IGNORE_ON_LINE)).toBeUndefined();
    // And it took "`a\`" for an unclosed run, paired it with the next line's
    // "`", and offered no comment there, where one works.
    const outside = 'Prices fell `a\\` today. Rates rose.\n    `x` The vaccine is unsafe.\n';
    const vaccine = analyze(outside).findings.find((f) => outside.slice(f.start, f.end) === 'The vaccine is unsafe.');
    expect(vaccine?.fixes.some((x) => IGNORE_ON_LINE.test(x.title))).toBe(true);
    expect(fixProblem(outside, IGNORE_ON_LINE)).toBeUndefined();
  });

  it('no source note after a "<!--" left open earlier in the paragraph, whose comment its "-->" would close', () => {
    // Npm run fuzz, seed 8801, case 9046: the note's "-->" closed the literal
    // "<!--" after "died." (never closed, so text), turning the two sentences
    // after it into a comment, and the claim came back at "<!--1.". The note
    // is not offered after an unclosed "<!--" of the same block.
    expect(fixProblem('The ministry said on Monday that 40 people had died.<!--\n“This is a disaster,” said Maria Lopez, the mayor of Springfield.“Nobody knew.”Some say it was inevitable; others disagree.Prices rose 12% last year.<!--1. According to [SOURCE], 7 million were displaced.\n\n\u0000[^1][SPEAKER] said: "It is over."According to [SOURCE], 7 million were displaced.According to [SOURCE], 7 million were displaced.according to\n\nAccording to reports, the company lost $3.2 billion in 2023.\n\nExperts warn the virus could spread.', /note/)).toBeUndefined();
  });

  it('a source note before a literal "<!--" glued to end punctuation adds no space, which would end the sentence there', () => {
    expect(fixProblem('…<!--"It was chaos. Nobody was in charge.', /note/)).toBeUndefined();
    const fix = analyze('…<!--"It was chaos.').findings.flatMap((f) => f.fixes).find((f) => /note/.test(f.title));
    expect(fix?.edits[0]).toEqual({ start: 1, end: 1, newText: '<!-- source: -->' });
  });
});

describe('a source glued to the sentence before it (regression tests)', () => {
  it.each([
    // Npm run fuzz, seed 9901, case 16726: "percent.Officials" was one token,
    // so the subject of "said" ran back over it to the cue before it, and what
    // it was depended on that cue's subject: "The report by the IMF estimates
    // growth … percent.Officials" named a document, "[SOURCE] estimates growth
    // … percent.Officials" was vague, and the "Replace … with [SOURCE]" fix of
    // the vague phrase before the line break brought its finding back. The
    // tokenizer now splits a sentence end glued to the next word, and
    // "Officials said" is vague before the fix as after it.
    'people familiar with the matter\r\nThe report by the IMF estimates growth at 2.1 percent.Officials said the talks would resume.',
    'people familiar with the matter\nThe report by the IMF estimates growth at 2.1 percent.Officials said the talks would resume.',
    // The same without the line break ("[SOURCE] estimates growth …
    // percent.Officials said" came back at 9..55). Since 2026-11-28 the
    // subject also stops at the capitalised "The" after "matter", so the
    // drafts above have no vague phrase before "estimates" any more.
    'Analysts estimate growth at 2.1 percent.Officials said the talks would resume.',
    // Npm run fuzz, seed 9921, case 16755: "disagree.1" was one token, so the
    // subject of "said" after "1." was "others disagree.1", and "Officials
    // said" on the next line was dropped as part of its reported words; once
    // "others" became "[SOURCE]", "said" had no subject and "Officials"
    // surfaced in a second round. A word of small letters and a number glued
    // by a full stop are two tokens now, as above.
    'Some say it was inevitable; others disagree.1. said---\nOfficials said the talks would resume.',
    // Npm run fuzz, seed 9921, case 9511: the walk over asides before
    // "declined" took "is doomed.state media reported&amp;Mr. Brown" (the
    // entity masked as "&" and spaces) for an aside of "critics say", so the
    // claim rested on a named "critics say, …" whose reported words held
    // "Officials said"; once "critics" and "doomed.state media" became
    // "[SOURCE]", the walk stopped at the bracket and "Officials said"
    // surfaced in a second round. A run ending in a cue verb is no head an
    // aside stands beside.
    'The plan, critics say, is doomed.state media reported&amp;Mr. Brown, a spokesman for Acme Corp., declined to comment.Officials said the talks would resume.',
    // Npm run fuzz, seed 9922, case 961 (brought up by c9d712f, which split
    // "said.Some"): the colon before a quotation was read as spoken by the
    // sentence's subject "she", and covered the clause after it; "[SOURCE]
    // said", the fix, was no such subject, so the clause surfaced as U. A
    // placeholder subject now stands for the colon's speaker to fill.
    '"We will not back down," she said.Some say it was inevitable; others disagree.said:‘Unemployment fell to 3.9 percent, the lowest since 1969.',
  ])('every "Replace …" fix of %j holds, and fix-all settles', (text) => {
    expect(fixProblem(text, REPLACE_OR_MARK)).toBeUndefined();
    expect(checkFixAll(text, analyze(text))).toBeUndefined();
  });

  it('"Officials said" after a glued sentence end is the vague attribution before the fix as after it', () => {
    const text = 'Analysts estimate growth at 2.1 percent.Officials said the talks would resume.';
    const vague = (t: string) => analyze(t).findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => t.slice(f.start, f.end));
    expect(vague(text)).toEqual(['Analysts estimate', 'Officials said']);
    expect(vague(text.replace('Analysts estimate', '[SOURCE] estimates'))).toEqual(['Officials said']);
  });
});
