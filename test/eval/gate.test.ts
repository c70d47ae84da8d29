/**
 * The learned-gate experiment (scripts/train/): its fit is deterministic and
 * learns what the data says, its features are closed-vocabulary names read
 * from the engine's analysis, and a gate only ever removes candidate
 * findings. All on fictional drafts; the real measurement is the script's.
 */
import { describe, expect, it } from 'vitest';
import { collect, fit, formatModel, gated, trainModel } from '../../scripts/train/gate';
import { gateFeatures, gateScore } from '../../scripts/train/gate-features';
import type { LabelledDoc } from '../../scripts/eval/sets';
import type { Label } from '../../scripts/eval/labels';
import { prepare } from '../../server/src/engine/prepare';
import { trace } from '../../server/src/engine/trace';

/** A fictional draft with one label per sentence, placed by its text. */
function labelled(name: string, text: string, labels: ReadonlyArray<readonly [string, Label]>): LabelledDoc {
  const sentences = labels.map(([s, label], n) => {
    const docStart = text.indexOf(s);
    if (docStart < 0) throw new Error(`not in the draft: ${s}`);
    return { n: n + 1, label, line: 0, start: 0, end: 0, phrase: '', sentence: '', fileLine: 0, docStart, docEnd: docStart + s.length };
  });
  return { name, textPath: `/fictional/${name}.md`, labelsPath: `/fictional/${name}.labels.tsv`, text, sentences, warnings: [] };
}

const drafts = [
  labelled('a', 'Analysts say the bridge will close. Prices rose 4 percent in May, the ministry said.\n\nI think the council has failed.\n', [
    ['Analysts say the bridge will close.', 'V'],
    ['Prices rose 4 percent in May, the ministry said.', 'A'],
    ['I think the council has failed.', 'U'],
  ]),
  labelled('b', 'Officials said the plan would cost more. The mayor resigned on Tuesday.\n\nWhat happens next?\n', [
    ['Officials said the plan would cost more.', 'V'],
    ['The mayor resigned on Tuesday.', 'U'],
    ['What happens next?', 'N'],
  ]),
];

describe('learned gate experiment', () => {
  it('fits the same weights twice and learns the sign the data gives', () => {
    const examples = [
      { features: ['x', 'a'], y: 1 },
      { features: ['x', 'b'], y: 0 },
      { features: ['a'], y: 1 },
      { features: ['b'], y: 0 },
    ];
    const one = fit(examples, { iterations: 200, rate: 1, l2: 0.01, folds: 2 });
    expect(fit(examples, { iterations: 200, rate: 1, l2: 0.01, folds: 2 })).toEqual(one);
    expect(one.weights['a']).toBeGreaterThan(0);
    expect(one.weights['b']).toBeLessThan(0);
    expect(gateScore(one, ['a'])).toBeGreaterThan(0.5);
    expect(gateScore(one, ['b'])).toBeLessThan(0.5);
  });

  it('reads closed-vocabulary features of a claim from the analysis', () => {
    const p = prepare(drafts[0]!.text, undefined);
    const t = trace(p.doc, p.sentences, p.directives, p.config, p.genre);
    const ci = t.claims.findIndex((c) => p.doc.source.slice(c.start, c.end).startsWith('I think'));
    const features = gateFeatures({ doc: p.doc, sentences: p.sentences, attributions: t.attributions, claims: t.claims, details: t.details, genre: p.genre }, ci);
    expect(features).toEqual(expect.arrayContaining([`status:${t.claims[ci]!.status}`, 'first-person', 'pos:only', 'opener:i']));
    for (const f of features) expect(f, f).toMatch(/^[a-z-]+(?::[a-zA-Z0-9' -]{1,30})?$/);
    // No word of the sentence outside the closed lists becomes a feature.
    expect(features.some((f) => /council|failed/.test(f))).toBe(false);
    // The previous paragraph is read only when asked for.
    expect(features.some((f) => f.startsWith('pp-'))).toBe(false);
    const input = { doc: p.doc, sentences: p.sentences, attributions: t.attributions, claims: t.claims, details: t.details, genre: p.genre };
    expect(gateFeatures(input, ci, { crossParagraph: true })).toContain(`pp-status:${t.claims[ci - 1]!.status}`);
  });

  it('only removes candidate findings, and trains to the same model twice', () => {
    const docs = drafts.map((d) => collect(d));
    const model = trainModel(docs, { U: 0.5, V: 0.5 });
    expect(formatModel(trainModel(docs, { U: 0.5, V: 0.5 }))).toBe(formatModel(model));
    for (const d of docs) {
      const off = gated(d, null).findings;
      expect(off.length).toBeGreaterThan(0);
      expect(gated(d, model).findings.every((f) => off.includes(f))).toBe(true);
      // A gate that keeps nothing leaves only the findings of the ungated rules.
      const none = gated(d, { ...model, threshold: { U: 2, V: 2 } }).findings;
      expect(none.every((f) => f.ruleId !== 'vague-attribution')).toBe(true);
    }
  });
});
