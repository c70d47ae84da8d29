/**
 * `scoresAbove` (attribution/learned.ts) sums the learned model's score up to
 * the subject's templates and asks for the subject only when the largest
 * weights they hold could still lift the score above the threshold. Its answer
 * must be exactly the full score's, for the shipped model and for a model whose
 * subject weights decide: checked on every vocabulary word of the examples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateSubject, subjectClass } from '../../server/src/engine/attribution/cues';
import { cueFeatures, loadCueModel, scoreFeatures, scoresAbove, shippedCueModel, type LoadedCueModel } from '../../server/src/engine/attribution/learned';
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
    expect(shippedCueModel().subjectBound).toBeDefined();
    expect(compare(shippedCueModel())).toBeGreaterThan(50);
  });

  it('answers as the full score does when the subject decides', () => {
    // The threshold moved to where the subject's weights decide for many words.
    for (const threshold of [-4, -1, 0, 1, 3]) expect(compare(loadCueModel({ ...CUE_MODEL, threshold }))).toBeGreaterThan(50);
  });
});
