/**
 * Classification on its own: hand-made attribution results (the attribution
 * stage's contract) in, one status per sentence out. These pin the
 * precedence rules of labels.md independently of what the attribution stage
 * finds today.
 */
import { describe, expect, it } from 'vitest';
import type { AttributionResult, CueSense, FoundAttribution, FoundQuote } from '../../../server/src/engine/attribution';
import { classify } from '../../../server/src/engine/classify';
import { splitClauses } from '../../../server/src/engine/classify/clauses';
import { assertionKinds, nothingToAttribute } from '../../../server/src/engine/classify/nature';
import { defaultConfig } from '../../../server/src/engine/config';
import { parseDirectives } from '../../../server/src/engine/directives';
import { extractProse } from '../../../server/src/engine/markdown';
import { splitSentences } from '../../../server/src/engine/sentences';
import type { Attribution, CueKind, Quote, SourceKind } from '../../../server/src/engine/types';

interface Spec {
  cue: string;
  kind: CueKind;
  source?: string;
  sourceKind?: SourceKind;
  vague?: boolean;
  confidence?: number;
  entity?: number;
  /** Which occurrence of the cue text to use (default the first). */
  nth?: number;
}

function find(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" not in text`);
  }
  return at;
}

/** Classifies `text` with the given attributions (and quotes) standing in for the attribution stage. */
function run(text: string, specs: Spec[] = [], quotes: (doc: string, atts: Attribution[]) => Quote[] = () => [], sense?: CueSense) {
  const full = (q: Quote): FoundQuote => ({ single: false, closed: true, words: text.slice(q.start, q.end).split(/\s+/).length, ...q });
  const doc = extractProse(text);
  const sentences = splitSentences(doc);
  const directives = parseDirectives(doc, sentences);
  const attributions: FoundAttribution[] = specs.map((sp) => {
    const cs = find(text, sp.cue, sp.nth);
    const sentence = sentences.findIndex((s) => s.start <= cs && cs < s.end);
    const a: FoundAttribution = {
      sentence,
      cue: { start: cs, end: cs + sp.cue.length, text: sp.cue, kind: sp.kind },
      vague: sp.vague ?? false,
      confidence: sp.confidence ?? 0.9,
      ...(sense ? { sense } : {}),
    };
    if (sp.source !== undefined) {
      const ss = find(text, sp.source);
      a.source = { start: ss, end: ss + sp.source.length, text: sp.source, kind: sp.sourceKind ?? 'person', ...(sp.entity !== undefined ? { entity: sp.entity } : {}) };
    }
    return a;
  });
  const found: AttributionResult = {
    attributions,
    entities: [{ id: 0, name: 'Reuters', kind: 'publication', introduced: { start: 0, end: 0 }, mentions: [], claims: [] }],
    bySentence: sentences.map((_, i) => attributions.flatMap((a, j) => (a.sentence === i ? [j] : []))),
    quotes: quotes(text, attributions).map(full),
  };
  const out = classify(doc, sentences, directives, defaultConfig(), found);
  return { ...out, statuses: out.claims.map((c) => c.status).join('') };
}

describe('precedence V > U > A > N', () => {
  it('a heading is N whatever it says', () => {
    expect(run('# Analysts say the bridge collapsed\n', [{ cue: 'say', kind: 'speech-verb', source: 'Analysts', sourceKind: 'vague', vague: true }]).statuses).toBe('N');
  });

  it('a vague attribution makes V even beside a named one', () => {
    const r = run('Bloomberg, citing informed sources, said the deal was done.\n', [
      { cue: 'citing', kind: 'according-to', source: 'informed sources', sourceKind: 'vague', vague: true },
      { cue: 'said', kind: 'speech-verb', source: 'Bloomberg', sourceKind: 'publication' },
    ]);
    expect(r.statuses).toBe('V');
    expect(r.details[0]?.vague).toEqual([0]);
  });

  it('a hedge is A when the sentence names who reported it', () => {
    const specs: Spec[] = [
      { cue: 'reportedly', kind: 'hedge', vague: true },
      { cue: 'according to', kind: 'according-to', source: 'Reuters', sourceKind: 'publication', entity: 0 },
    ];
    const r = run('The bridge reportedly collapsed, according to Reuters.\n', specs);
    expect(r.statuses).toBe('A');
    expect(r.claims[0]?.source?.text).toBe('Reuters');
    expect(r.entities[0]?.claims).toEqual([0]);
  });

  it('a vague phrase inside what a named source said does not make V', () => {
    expect(
      run('Angela Brunner said many examples that critics point to are old.\n', [
        { cue: 'said', kind: 'speech-verb', source: 'Angela Brunner' },
        { cue: 'point to', kind: 'speech-verb', source: 'critics', sourceKind: 'vague', vague: true },
      ]).statuses,
    ).toBe('A');
  });

  it('a vague phrase before a named closing tag is inside what the tag reports', () => {
    expect(
      run('The top 1 percent would see a cut of $275,000, the Tax Policy Center said.\n', [
        { cue: 'would see', kind: 'speech-verb', source: 'The top 1 percent', sourceKind: 'vague', vague: true },
        { cue: 'said', kind: 'speech-verb', source: 'the Tax Policy Center', sourceKind: 'organization' },
      ]).statuses,
    ).toBe('A');
  });

  it('a vague reading below minConfidence decides nothing', () => {
    expect(run('The talks, it is believed, failed.\n', [{ cue: 'it is believed', kind: 'hedge', vague: true, confidence: 0.3 }]).statuses).toBe('U');
  });

  it('an intent verb neither attributes nor makes vague', () => {
    expect(run('Trump wants to junk personal exemptions.\n', [{ cue: 'wants', kind: 'speech-verb', source: 'Trump' }], undefined, 'intent').statuses).toBe('U');
    expect(run('The company plans to cut 300 jobs.\n', [{ cue: 'plans', kind: 'speech-verb', source: 'The company', sourceKind: 'unresolved', vague: true }], undefined, 'intent').statuses).toBe('U');
  });

  it('no source: U, or N for what needs none', () => {
    expect(run('The bridge collapsed on Monday.\n').statuses).toBe('U');
    expect(run('What happens next?\n').statuses).toBe('N');
  });
});

describe('clauses', () => {
  it('a second main clause with no source makes U, on that clause', () => {
    const text = 'Anna Berg said the talks failed, but the economy is in recession.\n';
    const r = run(text, [{ cue: 'said', kind: 'speech-verb', source: 'Anna Berg' }]);
    expect(r.statuses).toBe('U');
    const clause = r.details[0]!.clause!;
    expect(text.slice(clause.start, clause.end)).toBe('the economy is in recession.');
  });

  it('a that-complement carries over "and" and "so", not over "but"', () => {
    const said = [{ cue: 'told', kind: 'speech-verb' as const, source: 'Anna Berg' }];
    expect(run('Anna Berg told them that the talks failed, so they should leave.\n', said).statuses).toBe('A');
    expect(run('Anna Berg told them that the talks failed, but the economy is in recession.\n', said).statuses).toBe('U');
  });

  it('a closing tag covers every clause', () => {
    expect(run('The bridge fell, and the road closed, Anna Berg said.\n', [{ cue: 'said', kind: 'speech-verb', source: 'Anna Berg' }]).statuses).toBe('A');
  });

  it('an opening subordinate clause is covered by the main clause, not the other way round', () => {
    expect(run('While Anna Berg denied it, the bridge collapsed on Monday.\n', [{ cue: 'denied', kind: 'speech-verb', source: 'Anna Berg' }]).statuses).toBe('U');
    expect(run('Although the plan failed, Anna Berg said it would return.\n', [{ cue: 'said', kind: 'speech-verb', source: 'Anna Berg' }]).statuses).toBe('A');
  });

  it('a commentary participle attributes nothing', () => {
    expect(run('Kim presided over the event, underscoring its importance.\n', [{ cue: 'underscoring', kind: 'speech-verb', source: 'Kim' }]).statuses).toBe('U');
  });

  it('splits on ";" and on ", but" with a subject and verb, never inside quotes or lists', () => {
    const text = 'Berg said "yes; no" and left; the road closed, but it was reopened. Russia, China, and Iran are allies.';
    const clauses = splitClauses(text, 0).map((c) => text.slice(c.start, c.end));
    expect(clauses).toEqual(['Berg said "yes; no" and left', 'the road closed', 'it was reopened. Russia, China, and Iran are allies.']);
  });
});

describe('quotations', () => {
  it('every sentence of a quotation takes the status of the one naming the speaker', () => {
    const text = '"We will win. Nobody can stop us," Anna Berg said.\n';
    const r = run(text, [{ cue: 'said', kind: 'speech-verb', source: 'Anna Berg' }], (t) => [
      { start: 0, end: t.indexOf(',"') + 2, firstSentence: 0, lastSentence: 1, attribution: 0 },
    ]);
    expect(r.statuses).toBe('AA');
    expect(r.details[0]?.quotedFrom).toBe(1);
  });

  it('a quotation with no speaker is U, with the quotation recorded', () => {
    const text = 'The talks ended. "We will not give up the fight."\n';
    const r = run(text, [], (t) => [{ start: t.indexOf('"'), end: t.lastIndexOf('"') + 1, firstSentence: 1, lastSentence: 1 }]);
    expect(r.statuses).toBe('UU');
    expect(r.details[1]?.speakerlessQuote).toBe(0);
  });

  it('a colon lead-in in the paragraph before names the speaker of the quotation paragraphs after it', () => {
    const text = 'Anna Berg said:\n\n"We will win. Nobody can stop us."\n\n"The war is over."\n';
    const r = run(text, [{ cue: 'said', kind: 'speech-verb', source: 'Anna Berg' }], (t) => {
      const a = t.indexOf('"We');
      const b = t.indexOf('"The');
      return [
        { start: a, end: t.indexOf('us."') + 4, firstSentence: 1, lastSentence: 2 },
        { start: b, end: t.lastIndexOf('"') + 1, firstSentence: 3, lastSentence: 3 },
      ];
    });
    expect(r.statuses).toBe('AAAA');
    expect(r.details.map((d) => d.quotedFrom)).toEqual([undefined, 0, 0, 0]);
  });

  it('a scare quote needs no speaker', () => {
    const text = 'The so-called "special operation" went on for months.\n';
    const r = run(text, [], (t) => [{ start: t.indexOf('"'), end: t.lastIndexOf('"') + 1, firstSentence: 0, lastSentence: 0 }]);
    expect(r.details[0]?.speakerlessQuote).toBeUndefined();
  });
});

describe('markup sources and placeholders', () => {
  it('a link, a footnote and a source note attribute the sentence', () => {
    const r = run('It fell on [Monday](https://example.com).\n\nIt fell.[^1]\n\nIt fell. <!-- source: Ministry -->\n\n[^1]: Ministry report.\n');
    expect(r.statuses.slice(0, 3)).toBe('AAA');
    expect(r.attributions.map((a) => a.cue.kind)).toEqual(['link', 'footnote', 'note']);
  });

  it('a placeholder makes the claim pending, not unattributed', () => {
    const r = run('It fell, according to [SOURCE].\n', [{ cue: 'according to', kind: 'according-to', source: '[SOURCE]', sourceKind: 'placeholder' }]);
    expect(r.statuses).toBe('U');
    expect(r.details[0]?.pending).toBe(true);
    expect(r.details[0]?.placeholders.map((p) => p.text)).toEqual(['[SOURCE]']);
  });
});

describe('what needs no source', () => {
  it.each([
    ['a question', 'Who will pay for it?'],
    ['a transition', 'As the unit returns home, the focus shifts to the costs.'],
    ['an aside', 'I spent two weeks in Kursk.'],
    ['a bio line', 'Jane Smith is a senior correspondent for the Daily Planet.'],
    ['a definition', 'Demining is the process of removing land mines.'],
    ['a schedule fact', 'The summit is scheduled to begin on Monday.'],
    ['an imperative', 'Stop lying.'],
    ['an announced visit', 'She will visit Capitol Hill on Thursday.'],
    ['a fixture in the present tense', 'Trump and Clinton meet for the first of three debates Monday at Hofstra University.'],
    ['a handover date', "Mr. Ban's successor is to take over on Jan. 1."],
    ['a first-person account', 'Likely, my siblings and I understood this, and we identified with them.'],
  ])('%s', (_what, text) => {
    expect(nothingToAttribute(text, 'paragraph')).toBeDefined();
  });

  it('a bio line or a headline standing as a paragraph of its own', () => {
    expect(nothingToAttribute('Aaron Kall is director of debate at the University of Michigan.', 'paragraph', true)).toBe('a bio line or credit');
    expect(nothingToAttribute('North Korean Engineers Return From Kursk', 'paragraph', true)).toBe('a headline');
    expect(nothingToAttribute('North Korean Engineers Return From Kursk', 'paragraph', false)).toBeUndefined();
  });

  it('but not a first-person sentence that embeds a claim', () => {
    expect(nothingToAttribute('I cannot fathom how Clinton has escaped charges.', 'paragraph')).toBeUndefined();
  });

  it('names the kinds of claim', () => {
    expect(assertionKinds('The deal may cost 3 billion dollars.')).toEqual(['prediction', 'number']);
    expect(assertionKinds('The implications are far-reaching.')).toEqual(['judgement']);
    expect(assertionKinds('The soldiers returned home.')).toEqual(['event']);
    expect(assertionKinds('The toll rose sharply in May.')).toEqual(['date']);
  });
});
