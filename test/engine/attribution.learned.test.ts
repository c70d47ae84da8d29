/**
 * The learned cue model (server/src/engine/attribution/learned.ts): how its
 * additions are made (with small hand-made models, so the tests do not hang
 * on trained weights), that the shipped data is well formed, and that a
 * learned cue changes no sentence label, no quotation speaker and no
 * pronoun resolution. All sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { findCues, ruleCues, type FoundCue } from '../../server/src/engine/attribution/cues';
import { CUE_TEMPLATES, loadCueModel, type CueModel } from '../../server/src/engine/attribution/learned';
import { buildLexicon } from '../../server/src/engine/lexicon';
import { CUE_MODEL } from '../../server/src/engine/lexicon/cue-model';
import { tokenize } from '../../server/src/engine/lexicon/tokens';
import { findAttributions, type FoundAttribution } from '../../server/src/engine/attribution';
import { resolveConfig } from '../../server/src/engine/config';
import { parseDirectives } from '../../server/src/engine/directives';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';

const lex = buildLexicon({});

/** A model that scores only the word itself: `weights` maps a word to its weight. */
function wordModel(weights: Record<string, number>): CueModel {
  const vocabulary: Record<string, [number, number]> = {};
  for (const w of Object.keys(weights)) vocabulary[w] = [1, 2];
  return { vocabulary, weights: { w: weights }, threshold: 0 };
}

function cues(text: string, model: CueModel, skip?: (from: number, to: number) => boolean): Array<FoundCue & { text: string; source?: string }> {
  const toks = tokenize(text);
  const span = (from: number, to: number) => text.slice(toks[from]!.start, toks[to - 1]!.end);
  return findCues(lex, toks, skip, loadCueModel(model)).map((f) => ({ ...f, text: span(f.from, f.to), source: f.np && f.np.to > f.np.from ? span(f.np.from, f.np.to) : undefined }));
}

describe('learned cues: how the model adds them', () => {
  it('adds a vocabulary word scored above the threshold, with the speaker on its left as its source', () => {
    const found = cues('Ellen Park is lobbying for a new ferry terminal.', wordModel({ lobbying: 3 }));
    expect(found.map((f) => [f.text, f.source, f.learned])).toEqual([['lobbying', 'Ellen Park', true]]);
  });

  it('adds nothing at or below the threshold, nor for words outside its vocabulary', () => {
    expect(cues('Ellen Park is lobbying for a new ferry terminal.', wordModel({ lobbying: -3 }))).toEqual([]);
    expect(cues('Ellen Park is lobbying for a new ferry terminal.', wordModel({ ferry: 0 }))).toEqual([]);
  });

  it('joins two neighbouring words into one cue', () => {
    // Words no rule takes: "grumbled" became a rule cue (a verb of saying by manner).
    const found = cues('Ellen Park fretted loudly over the ferry.', wordModel({ fretted: 2, loudly: 2 }));
    expect(found.map((f) => f.text)).toEqual(['fretted loudly']);
  });

  it('leaves the rules’ cues as they are and scores no word they cover', () => {
    const text = 'Ellen Park said the ferry was late.';
    const rules = ruleCues(lex, tokenize(text));
    const found = cues(text, wordModel({ said: -50, ferry: -50 }));
    expect(found.map((f) => [f.from, f.to, f.kind, f.learned])).toEqual(rules.map((f) => [f.from, f.to, f.kind, undefined]));
  });

  it('gives no source when the phrase on the left cannot speak', () => {
    const found = cues('The ferry timetable allows late boarding.', wordModel({ allows: 3 }));
    expect(found.map((f) => [f.text, f.source])).toEqual([['allows', undefined]]);
  });

  it('takes a body the rules read as a group as its source, named as written', () => {
    const found = cues('A federal appeals court ruled against the ferry timetable.', wordModel({ ruled: 3 }));
    expect(found.map((f) => [f.text, f.source])).toEqual([['ruled', 'A federal appeals court']]);
  });

  it('drops a learned cue inside a quotation, as it drops the rules’ cues there', () => {
    const text = '“We are lobbying for it,” Ellen Park said.';
    const toks = tokenize(text);
    const close = toks.findIndex((t) => t.text === '”');
    const found = cues(text, wordModel({ lobbying: 3 }), (from) => from < close);
    expect(found.map((f) => f.text)).toEqual(['said']);
  });
});

describe('the shipped cue model', () => {
  it('is well formed: counts, templates, finite weights and threshold', () => {
    const words = Object.entries(CUE_MODEL.vocabulary);
    expect(words.length).toBeGreaterThan(100);
    for (const [w, [inCue, seen]] of words) {
      expect(w).toBe(w.toLowerCase());
      expect(inCue).toBeGreaterThan(0);
      expect(inCue).toBeLessThanOrEqual(seen);
    }
    for (const [template, values] of Object.entries(CUE_MODEL.weights)) {
      expect(CUE_TEMPLATES).toContain(template);
      for (const v of Object.values(values)) expect(Number.isFinite(v)).toBe(true);
    }
    expect(Number.isFinite(CUE_MODEL.threshold)).toBe(true);
  });

  it('finds a stance the rules leave alone and labels nothing with it', () => {
    const text = 'Ellen Park is pushing for a new ferry terminal.';
    const a = analyze(text);
    const learned = a.attributions.filter((x) => (x as FoundAttribution).learned);
    expect(learned.map((x) => [x.cue.text, x.source?.text])).toEqual([['pushing', 'Ellen Park']]);
    // The sentence is the writer's claim about her plans: unattributed, as with no cue at all.
    expect(a.claims.map((c) => c.status)).toEqual(['U']);
    expect(a.findings.map((f) => f.ruleId)).toEqual(['unattributed-claim']);
  });

  it('moves no pronoun resolution and speaks for no quotation', () => {
    const text = 'Mayor Tom Reed is pushing for a new ferry terminal. The governor is pushing against it. “We need it now,” he said.';
    const doc = extractProse(text);
    const sentences = splitSentences(doc);
    const r = findAttributions(doc, sentences, parseDirectives(doc, sentences), resolveConfig());
    expect(r.attributions.filter((x) => x.learned).map((x) => x.source?.text)).toEqual(['Mayor Tom Reed', 'The governor']);
    // "he" still points at the mayor, not at the governor a learned cue named last.
    const said = r.attributions.find((x) => x.cue.text === 'said')!;
    expect(said.source?.antecedent?.text).toBe('Tom Reed');
    expect(r.quotes.map((q) => r.attributions[q.attribution!]!.cue.text)).toEqual(['said']);
  });
});
