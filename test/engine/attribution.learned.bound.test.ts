/**
 * `scoresAbove` (attribution/learned.ts) sums the learned model's score up to
 * the subject's templates and asks for the subject only when the largest
 * weights they hold could still lift the score above the threshold. Its answer
 * must be exactly the full score's, for the shipped model and for a model whose
 * subject weights decide: checked on every vocabulary word of the examples.
 * The sum before the subject's templates is made without building the feature
 * strings; it must be the sum over `cueFeatures`' values to the bit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateSubject, subjectClass } from '../../server/src/engine/attribution/cues';
import { CUE_TEMPLATES, cueFeatures, loadCueModel, scoreBeforeSubjectOf, scoreFeatures, scoresAbove, shippedCueModel, type LoadedCueModel } from '../../server/src/engine/attribution/learned';
import { buildLexicon } from '../../server/src/engine/lexicon';
import { CUE_MODEL } from '../../server/src/engine/lexicon/cue-model';
import { tokenize } from '../../server/src/engine/lexicon/tokens';

const lex = buildLexicon({});
const examples = path.resolve(__dirname, '../../examples');
const texts = readdirSync(examples)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(path.join(examples, f), 'utf8'));

/** Compares the bounded answer with the full score on every vocabulary word of the examples; returns how many words were asked. */
function compare(model: LoadedCueModel): number {
  let asked = 0;
  for (const text of texts) {
    const toks = tokenize(text);
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.kind !== 'word' || !model.vocabulary.has(toks[i]!.lower)) continue;
      for (const spoke of [false, true]) {
        const subject = (k: number) => subjectClass(candidateSubject(lex, toks, k).np);
        const full = scoreFeatures(model, cueFeatures(toks, i, spoke, subject(i))) > model.threshold;
        expect(scoresAbove(model, toks, i, spoke, subject)).toBe(full);
        asked++;
      }
    }
  }
  return asked;
}

describe('learned cues: the bound on the subject', () => {
  it('answers as the full score does with the shipped model', () => {
    expect(shippedCueModel().fast?.subjectBound).toBeDefined();
    expect(compare(shippedCueModel())).toBeGreaterThan(50);
  });

  it('answers as the full score does when the subject decides', () => {
    // The threshold moved to where the subject's weights decide for many words.
    for (const threshold of [-4, -1, 0, 1, 3]) expect(compare(loadCueModel({ ...CUE_MODEL, threshold }))).toBeGreaterThan(50);
  });
});

describe('learned cues: the score without feature strings', () => {
  /** The sum of the weights of `cueFeatures`' values before the subject's templates, in their order. */
  function reference(model: LoadedCueModel, toks: ReturnType<typeof tokenize>, i: number, spoke: boolean): number {
    const values = cueFeatures(toks, i, spoke, '');
    let s = 0;
    for (let k = 0; k < CUE_TEMPLATES.indexOf('subj'); k++) s += model.weights[k]!.get(values[k]!) ?? 0;
    return s;
  }

  it('sums the same weights in the same order as the feature strings, on every word of the examples', () => {
    const model = shippedCueModel();
    let asked = 0;
    for (const text of texts) {
      const toks = tokenize(text);
      // Every word, not only the vocabulary's: the sum must not depend on which words are scored.
      for (let i = 0; i < toks.length; i++) {
        if (toks[i]!.kind !== 'word') continue;
        for (const spoke of [false, true]) {
          expect(Object.is(scoreBeforeSubjectOf(model, toks, i, spoke), reference(model, toks, i, spoke))).toBe(true);
          asked++;
        }
      }
    }
    expect(asked).toBeGreaterThan(1000);
  });

  it('finds pair weights whose sides hold a "|" themselves', () => {
    // "|" as a punctuation token before a word: the pair "p1|w" is "||said".
    const model = loadCueModel({ ...CUE_MODEL, weights: { ...CUE_MODEL.weights, p1w: { '||said': 2.5, 'x|y|said': 1 }, p2c: { '|||': 0.75 } } });
    const toks = tokenize('a | | said it');
    const i = toks.findIndex((t) => t.lower === 'said');
    for (const spoke of [false, true]) expect(scoreBeforeSubjectOf(model, toks, i, spoke)).toBe(reference(model, toks, i, spoke));
    expect(reference(model, toks, i, false)).not.toBe(reference(shippedCueModel(), toks, i, false));
  });
});
