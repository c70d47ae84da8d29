/**
 * `findPlaceholders` (classify/markup.ts) is asked about every sentence, and
 * most have no slot: it copies no slot list a sentence does not have and
 * returns its one candidate without the de-duplication and the sort. These
 * tests hold what that must keep: each kind of slot is found, in document
 * order, near ones are merged, and the list returned is the caller's own,
 * never the slot list of `markupSlots` itself.
 */
import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../server/src/engine/classify/markup';
import type { Placeholder } from '../../server/src/engine/classify/types';
import type { ProseDocument, Sentence } from '../../server/src/engine/types';

const SOURCE = 'The bridge collapsed, according to. It fell, said. Ask [SOURCE] and [source](https://x.org) now';
const doc = { source: SOURCE, prose: SOURCE } as ProseDocument;
const sentence = (index: number, end: number): Sentence => ({ index, block: 0, start: 0, end, open: false });
const found = (s: Sentence, slots = new Map<number, Placeholder[]>()) => findPlaceholders(doc, s, [], [], slots).map((p) => `${p.kind}:${p.text}`);

describe('findPlaceholders', () => {
  it('finds each kind of slot its searches look for, in document order', () => {
    expect(found(sentence(0, SOURCE.length))).toEqual(['empty-according-to:according to', 'token:[SOURCE]']);
    expect(found(sentence(1, SOURCE.indexOf(' Ask')))).toEqual(['empty-according-to:according to', 'empty-cue:said']);
    expect(found(sentence(2, SOURCE.indexOf(',')))).toEqual([]);
  });

  it('finds a lone markup slot, keeps one beside a token, and reports "according to [SOURCE]" on the token', () => {
    const at = SOURCE.indexOf('[SOURCE]');
    const s = sentence(3, SOURCE.length);
    const note: Placeholder = { start: at - 4, end: at - 1, kind: 'empty-note', text: 'Ask' };
    expect(found(sentence(3, SOURCE.indexOf(',')), new Map([[3, [note]]]))).toEqual(['empty-note:Ask']);
    expect(found(s, new Map([[3, [note]]]))).toEqual(['empty-according-to:according to', 'empty-note:Ask', 'token:[SOURCE]']);
    const text = 'Prices rose, according to [SOURCE].';
    const one = findPlaceholders({ source: text, prose: text } as ProseDocument, sentence(4, text.length), [], [], new Map());
    expect(one.map((p) => `${p.kind}:${p.text}@${p.start}`)).toEqual([`token:[SOURCE]@${text.indexOf('[')}`]);
  });

  it('returns a list of its own, not the slot list it was given', () => {
    const note: Placeholder = { start: 4, end: 10, kind: 'empty-note', text: 'bridge' };
    const list = [note];
    const slots = new Map([[0, list]]);
    const out = findPlaceholders(doc, sentence(0, SOURCE.indexOf(',')), [], [], slots);
    expect(out).toEqual([note]);
    expect(out).not.toBe(list);
    out.push({ ...note, start: 0 });
    expect(slots.get(0)).toEqual([note]);
    expect(findPlaceholders(doc, sentence(5, SOURCE.indexOf(',')), [], [], slots)).toEqual([]);
  });
});
