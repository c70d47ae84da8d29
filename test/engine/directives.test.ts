import { describe, expect, it } from 'vitest';
import { defaultConfig, resolveConfig } from '../../server/src/engine/config';
import { applyDirectives, isDirectiveComment, parseDirectives, SuppressionIndex, type Directives } from '../../server/src/engine/directives';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import type { Finding, RuleId } from '../../server/src/engine/types';

/** Parses the directives of `md`, with the sentence texts for readable checks. */
function directives(md: string): { d: Directives; sentence: (i: number) => string } {
  const doc = extractProse(md);
  const sentences = splitSentences(doc);
  const d = parseDirectives(doc, sentences);
  return { d, sentence: (i) => doc.prose.slice(sentences[i]!.start, sentences[i]!.end) };
}

/** A finding of `ruleId` starting at the first occurrence of `at` in `md`. */
function finding(md: string, at: string, ruleId: RuleId = 'unattributed-claim', confidence = 0.9): Finding {
  const start = md.indexOf(at);
  if (start < 0) throw new Error(`"${at}" is not in the text`);
  return { ruleId, start, end: start + at.length, message: 'm', severity: 'warning', confidence, claim: 0, fixes: [] };
}

/** The texts of the findings that survive applyDirectives. */
function survivors(md: string, findings: Finding[], config = defaultConfig()): { kept: string[]; suppressed: number } {
  const { d } = directives(md);
  const r = applyDirectives(findings, d, config);
  return { kept: r.kept.map((f) => md.slice(f.start, f.end)), suppressed: r.suppressed };
}

describe('source notes', () => {
  it('attaches a note to the sentence it follows in the same paragraph', () => {
    const md = 'The bridge will reopen in May. <!-- source: Transport Ministry statement, 3 April --> Traffic is heavy.';
    const { d, sentence } = directives(md);
    expect(d.sourceNotes).toHaveLength(1);
    const note = d.sourceNotes[0]!;
    expect(note.text).toBe('Transport Ministry statement, 3 April');
    expect(sentence(note.sentence)).toBe('The bridge will reopen in May.');
    expect(md.slice(note.span.start, note.span.end)).toBe('<!-- source: Transport Ministry statement, 3 April -->');
  });

  it('attaches notes on the lines right after a paragraph to its last sentence', () => {
    const md = 'Troops left. Losses were high.\n<!-- source: MoD briefing -->\n<!-- Source: Reuters -->\n\nNext paragraph.';
    const { d, sentence } = directives(md);
    expect(d.sourceNotes.map((n) => [n.text, sentence(n.sentence)])).toEqual([
      ['MoD briefing', 'Losses were high.'],
      ['Reuters', 'Losses were high.'],
    ]);
  });

  it('attaches a note inside a sentence to that sentence', () => {
    const { d, sentence } = directives('Prices rose <!-- source: ONS --> by 4% in May. Then fell.');
    expect(sentence(d.sourceNotes[0]!.sentence)).toBe('Prices rose ' + ' '.repeat('<!-- source: ONS -->'.length) + ' by 4% in May.');
  });

  it('keeps an empty note with empty text', () => {
    const { d } = directives('Unemployment fell. <!-- source: -->');
    expect(d.sourceNotes).toEqual([expect.objectContaining({ text: '', sentence: 0 })]);
  });

  it('reports a note that follows no sentence', () => {
    const cases = ['<!-- source: orphan -->\n\nText.', 'Text.\n\n<!-- source: after a blank line -->', '```\ncode\n```\n<!-- source: x -->'];
    for (const md of cases) {
      const { d } = directives(md);
      expect(d.sourceNotes).toEqual([]);
      expect(d.issues.map((i) => i.kind)).toEqual(['orphan-source-note']);
    }
  });

  it('ignores comments that are not notes, and the "source" form without a colon', () => {
    expect(directives('Text. <!-- TODO check --> <!-- source Reuters -->').d.sourceNotes).toEqual([]);
  });

  it('does not read notes inside code', () => {
    expect(directives('Text. `<!-- source: x -->`\n\n```\n<!-- source: y -->\n```').d.sourceNotes).toEqual([]);
  });

  it('attaches in linear time however many notes follow a sentence', () => {
    const md = 'Claim.\n' + '<!-- source: s -->\n'.repeat(20_000);
    expect(directives(md).d.sourceNotes).toHaveLength(20_000);
  });
});

describe('suppression comments', () => {
  const claim = 'unattributed-claim';
  const vague = 'vague-attribution';

  it('disable-next-line suppresses the next line holding prose', () => {
    const md = 'Alpha rose.\n<!-- sourcetrace-disable-next-line -->\n\nBeta fell.\nGamma held.';
    const r = survivors(md, [finding(md, 'Alpha'), finding(md, 'Beta'), finding(md, 'Gamma')]);
    expect(r).toEqual({ kept: ['Alpha', 'Gamma'], suppressed: 1 });
  });

  it('disable-next-line covers the whole of every sentence that starts on that line, wrapped or not', () => {
    const wrapped = 'Intro.\n<!-- sourcetrace-disable-next-line -->\nThe plan, as critics\nsay, is doomed.\nLater it failed.';
    expect(survivors(wrapped, [finding(wrapped, 'say'), finding(wrapped, 'Later')])).toEqual({ kept: ['Later'], suppressed: 1 });
    const two = 'Intro.\n<!-- sourcetrace-disable-next-line -->\nIt failed. Costs rose\nsharply.\nLater it failed.';
    expect(survivors(two, [finding(two, 'sharply'), finding(two, 'Later')])).toEqual({ kept: ['Later'], suppressed: 1 });
  });

  it('disable-next-line covers the footnote references and source notes that follow its sentences', () => {
    const foot = '<!-- sourcetrace-disable-next-line -->\nPrices rose\n12% last year.[^1]\n[^2] Later it failed.\n\n[^1]: x\n[^2]: y';
    expect(survivors(foot, [finding(foot, '[^1]'), finding(foot, '[^2]'), finding(foot, 'Later')])).toEqual({ kept: ['Later'], suppressed: 2 });
    const note = '<!-- sourcetrace-disable-next-line -->\nPrices rose 12% last year.\n<!-- source: -->\nLater it failed.';
    expect(survivors(note, [finding(note, '<!-- source:'), finding(note, 'Later')])).toEqual({ kept: ['Later'], suppressed: 1 });
  });

  it('disable-line suppresses the line the comment is on', () => {
    const md = 'Alpha rose. <!-- sourcetrace-disable-line -->\nBeta fell.';
    expect(survivors(md, [finding(md, 'Alpha'), finding(md, 'Beta')])).toEqual({ kept: ['Beta'], suppressed: 1 });
  });

  it('disable … enable suppresses the region between, per rule', () => {
    const md = 'A1.\n<!-- sourcetrace-disable -->\nB1. B2.\n<!-- sourcetrace-enable unattributed-claim -->\nC1.\n<!-- sourcetrace-enable -->\nD1.';
    const fs = [finding(md, 'A1'), finding(md, 'B1'), finding(md, 'B2', vague), finding(md, 'C1'), finding(md, 'C1', vague), finding(md, 'D1', vague)];
    const r = survivors(md, fs);
    expect(r.kept).toEqual(['A1', 'C1', 'D1']);
    expect(r.suppressed).toBe(3);
  });

  it('an unclosed disable runs to the end of the document', () => {
    const md = 'A.\n<!-- sourcetrace-disable vague-attribution -->\nB. C.';
    const r = survivors(md, [finding(md, 'A', vague), finding(md, 'B', vague), finding(md, 'C', claim)]);
    expect(r).toEqual({ kept: ['A', 'C'], suppressed: 1 });
  });

  it('disable-file suppresses the whole document for the rules listed', () => {
    const md = 'A.\n\nB.\n\n<!-- sourcetrace-disable-file unattributed-claim, vague-attribution -->';
    const r = survivors(md, [finding(md, 'A'), finding(md, 'B', vague), finding(md, 'B', 'unattributed-quote')]);
    expect(r).toEqual({ kept: ['B'], suppressed: 2 });
  });

  it('accepts rule lists separated by spaces or commas', () => {
    const { d } = directives('x <!-- sourcetrace-disable-line vague-attribution,unattributed-claim  unattributed-quote -->');
    expect(d.suppressions[0]!.rules).toEqual(['vague-attribution', 'unattributed-claim', 'unattributed-quote']);
  });

  it('reports unknown rule ids and directives without crashing', () => {
    const md = 'A. <!-- sourcetrace-disable-line vague-atribution unattributed-claim -->\n<!-- sourcetrace-disabel -->\n<!-- sourcetrace-disable-line nonsense -->';
    const { d } = directives(md);
    expect(d.issues.map((i) => i.kind)).toEqual(['unknown-rule', 'unknown-directive', 'unknown-rule']);
    expect(d.issues[0]!.message).toContain('vague-atribution');
    // The known id still applies; a list of only unknown ids suppresses nothing.
    expect(d.suppressions.map((s) => s.rules)).toEqual([['unattributed-claim']]);
  });

  it('suppresses by the start of a finding', () => {
    const md = 'Alpha rose\nand fell. <!-- sourcetrace-disable-line -->';
    expect(survivors(md, [finding(md, 'Alpha rose\nand fell.')]).suppressed).toBe(0);
    expect(survivors(md, [finding(md, 'fell.')]).suppressed).toBe(1);
  });

  it('works with CRLF line breaks', () => {
    // Words, not single letters: "B. C." would be read as initials, one sentence.
    const md = 'Alpha.\r\n<!-- sourcetrace-disable-next-line -->\r\nBeta.\r\nGamma.';
    expect(survivors(md, [finding(md, 'Alpha'), finding(md, 'Beta'), finding(md, 'Gamma')])).toEqual({ kept: ['Alpha', 'Gamma'], suppressed: 1 });
  });
});

describe('applyDirectives: configuration', () => {
  it('drops findings of rules turned off, without counting them', () => {
    const md = 'A. B.';
    const config = resolveConfig({ rules: { 'vague-attribution': 'off' } });
    expect(survivors(md, [finding(md, 'A', 'vague-attribution'), finding(md, 'B')], config)).toEqual({ kept: ['B'], suppressed: 0 });
  });

  it('drops findings under the minimum confidence', () => {
    const md = 'A. B.';
    const config = resolveConfig({ minConfidence: 0.6 });
    expect(survivors(md, [finding(md, 'A', 'unattributed-claim', 0.59), finding(md, 'B', 'unattributed-claim', 0.6)], config)).toEqual({ kept: ['B'], suppressed: 0 });
  });
});

describe('isDirectiveComment', () => {
  it('tells source notes and suppressions from other comments', () => {
    const doc = extractProse('a <!-- source: x --> b <!-- sourcetrace-disable --> c <!-- todo --> d <!-- sourcetrace-enable -->');
    expect(doc.comments.map(isDirectiveComment)).toEqual([true, true, false, true]);
  });
});

describe('SuppressionIndex', () => {
  it('merges overlapping regions and answers by binary search', () => {
    const directive = { start: 0, end: 0 };
    const index = new SuppressionIndex([
      { start: 10, end: 20, rules: ['vague-attribution'], kind: 'disable', directive },
      { start: 15, end: 30, rules: ['vague-attribution'], kind: 'disable-line', directive },
      { start: 40, end: 50, rules: ['vague-attribution', 'unattributed-claim'], kind: 'disable-line', directive },
    ]);
    expect([9, 10, 25, 29, 30, 45, 50].map((o) => index.isSuppressed('vague-attribution', o))).toEqual([false, true, true, true, false, true, false]);
    expect([15, 45].map((o) => index.isSuppressed('unattributed-claim', o))).toEqual([false, true]);
    expect(index.isSuppressed('unattributed-quote', 45)).toBe(false);
  });
});
