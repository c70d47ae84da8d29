/**
 * The span-tagger experiment (scripts/train/tagger.ts): BIO codes and spans
 * agree, training is deterministic and learns what fictional data says, the
 * decoding never opens a span with a later token, and the combinations with
 * the engine's spans do what their names say. All on fictional drafts; the
 * real measurement is scripts/train/span-tagger.ts on PolNeAR.
 */
import { describe, expect, it } from 'vitest';
import type { Range } from '../../scripts/eval/spans';
import { epochOrders } from '../../scripts/train/common';
import { allowed, B_CUE, B_SOURCE, bio, combine, decode, I_CUE, I_SOURCE, NT, O, prune, readArticle, spansOf, train, type TaggedSentence } from '../../scripts/train/tagger';
import { defaultConfig } from '../../server/src/engine/config';
import { buildLexicon } from '../../server/src/engine/lexicon';
import { tokenize } from '../../server/src/engine/lexicon/tokens';

const options = { lex: buildLexicon({}), config: defaultConfig(), bits: 14, engine: true };

/** The range of the `n`-th occurrence (from 0) of `word` in `text`. */
function at(text: string, word: string, n = 0): Range {
  let start = -1;
  for (let k = 0; k <= n; k++) start = text.indexOf(word, start + 1);
  if (start < 0) throw new Error(`not in the text: ${word}`);
  return { start, end: start + word.length };
}

/** A fictional article whose every sentence has a cue and a source, given by their words. */
function article(sentences: ReadonlyArray<readonly [string, string, string]>): { text: string; cues: Range[]; sources: Range[] } {
  let text = '';
  const cues: Range[] = [];
  const sources: Range[] = [];
  for (const [s, source, cue] of sentences) {
    const base = text.length;
    const sr = at(s, source);
    const cr = at(s, cue);
    sources.push({ start: base + sr.start, end: base + sr.end });
    cues.push({ start: base + cr.start, end: base + cr.end });
    text += s + '\n\n';
  }
  return { text, cues, sources };
}

const trainingArticle = article([
  ['The mayor of Eastport pondered that the bridge would close.', 'The mayor of Eastport', 'pondered'],
  ['Residents pondered that the ferry was late again.', 'Residents', 'pondered'],
  ['The harbour master pondered that tides were rising.', 'The harbour master', 'pondered'],
  ['A council clerk pondered that the budget had run out.', 'A council clerk', 'pondered'],
  ['Fishermen pondered that the season was short.', 'Fishermen', 'pondered'],
]);

describe('span tagger experiment', () => {
  it('codes tokens inside ranges as begin and inside, and reads the same ranges back', () => {
    const text = 'The mayor of Eastport said on Friday that it rained.';
    const toks = tokenize(text);
    const source = at(text, 'The mayor of Eastport');
    const cue = at(text, 'said on Friday');
    expect([...bio(toks, [cue, source])]).toEqual([1, 2, 2, 2, 1, 2, 2, 0, 0, 0, 0]);
    const tags = new Uint8Array(toks.length);
    bio(toks, [source]).forEach((c, k) => (tags[k] = c ? B_SOURCE + c - 1 : O));
    bio(toks, [cue]).forEach((c, k) => c && (tags[k] = B_CUE + c - 1));
    expect(spansOf(toks, tags, B_CUE)).toEqual([cue]);
    expect(spansOf(toks, tags, B_SOURCE)).toEqual([source]);
    // Two ranges side by side stay two spans.
    const two = bio(toks, [at(text, 'said'), at(text, 'on Friday')]);
    expect([...two.slice(4, 7)]).toEqual([1, 1, 2]);
  });

  it('never decodes a later token of a span after a token outside it', () => {
    for (let prev = 0; prev <= NT; prev++) {
      expect(allowed(prev, I_CUE)).toBe(prev === B_CUE || prev === I_CUE);
      expect(allowed(prev, I_SOURCE)).toBe(prev === B_SOURCE || prev === I_SOURCE);
      expect(allowed(prev, O) && allowed(prev, B_CUE) && allowed(prev, B_SOURCE)).toBe(true);
    }
    // Weights that favour a later token everywhere still open the span first.
    const s = readArticle('Officials spoke.', { cues: [], sources: [] }, options).sentences[0]!;
    const weights = new Float32Array(2 ** options.bits * NT);
    for (let k = 0; k < weights.length; k += NT) weights[k + I_CUE] = 5;
    const tags = decode(s, { weights, transitions: new Float32Array((NT + 1) * NT) });
    expect(tags[0]).not.toBe(I_CUE);
  });

  it('trains to the same weights twice and learns a cue the rules do not know', () => {
    const read = readArticle(trainingArticle.text, trainingArticle, options);
    expect(read.sentences.length).toBe(5);
    const sents: TaggedSentence[] = read.sentences;
    const one = train(sents, options.bits, 4);
    expect(train(sents, options.bits, 4)).toEqual(one);
    const unseen = 'The ferry captain pondered that the weather would turn.';
    const s = readArticle(unseen, { cues: [], sources: [] }, options).sentences[0]!;
    const tags = decode(s, one);
    expect(spansOf(s.toks, tags, B_CUE)).toEqual([at(unseen, 'pondered')]);
    expect(spansOf(s.toks, tags, B_SOURCE).some((r) => r.start === 0)).toBe(true);
    // Pruning keeps the weights of at least the given size and no other; the transitions stay.
    const all = prune(one, 0);
    const large = prune(one, 1);
    expect(all.kept).toBeGreaterThan(large.kept);
    expect(large.model.weights.every((x) => x === 0 || Math.abs(x) >= 1)).toBe(true);
    expect(large.model.transitions).toEqual(one.transitions);
    expect(prune(one, Infinity).kept).toBe(0);
  });

  it('shuffles the training order the same way on every run', () => {
    const a = epochOrders(50);
    const b = epochOrders(50);
    const first = [...a()];
    expect([...b()]).toEqual(first);
    expect([...first].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, k) => k));
    // Each call shuffles again.
    expect([...a()]).not.toEqual(first);
  });

  it('combines: learned cues kept or dropped, tagger cues added only where the engine has none, sources only near them', () => {
    const rule = { cue: { start: 10, end: 14 }, source: { start: 0, end: 9 }, learned: false };
    const learned = { cue: { start: 40, end: 45 }, source: { start: 30, end: 39 }, learned: true };
    const tagger = { cues: [{ start: 11, end: 14 }, { start: 600, end: 606 }], sources: [{ start: 590, end: 599 }, { start: 2000, end: 2005 }, { start: 2, end: 9 }] };
    const kept = combine([rule, learned], tagger, { keepLearned: true, addSources: false });
    expect(kept.cues).toEqual([rule.cue, learned.cue, { start: 600, end: 606 }]);
    expect(kept.sources).toEqual([rule.source, learned.source]);
    const dropped = combine([rule, learned], tagger, { keepLearned: false, addSources: true });
    expect(dropped.cues).toEqual([rule.cue, { start: 600, end: 606 }]);
    // The far source and the one overlapping the rule's are not added.
    expect(dropped.sources).toEqual([rule.source, { start: 590, end: 599 }]);
  });
});
