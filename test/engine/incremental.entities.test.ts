/**
 * The incremental analyzer's final source entities are made when first read
 * (server/src/engine/incremental.ts, `Finals`): each call keeps the previous
 * call's list with its own maps pending and makes at once only the entities
 * it takes from the new state or whose mentions the changed paragraphs
 * made. A keystroke then moves no entity, however many there are, and a
 * read after many unread keystrokes moves each once, through the maps of
 * all of them composed. Whatever is read when, the entities must equal a
 * fresh `analyze()`'s (work counted, never timed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer } from '../../server/src/engine';
import { AGAIN, editAt, filler, NAMES } from '../helpers/typing';

const paragraph = fc.oneof(
  { weight: 3, arbitrary: fc.nat({ max: 60 }).map(filler) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES).map((p) => `${p} said the plan was late.`) },
  { weight: 2, arbitrary: fc.constantFrom(...AGAIN).map((p) => `${p} said the budget was cut.`) },
);

/** An edit anywhere: where (a fraction of the text), what is deleted there, what is typed, and whether the entities are read after it. */
const edit = fc.record({
  where: fc.double({ min: 0, max: 1, noNaN: true }),
  back: fc.nat({ max: 4 }),
  insert: fc.constantFrom('a', ' ', 'Maria Lopez said. ', 'The bank said. ', 'He said. ', '\n\n', ', ', 'S', ''),
  read: fc.boolean(),
});

describe('the final source entities, made when read', () => {
  it('equal a fresh analysis after edits all over the draft, read after some of them only', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 8, maxLength: 24 }), fc.array(edit, { minLength: 1, maxLength: 40 }), (ps, edits) => {
        let text = ps.join('\n\n') + '\n';
        const inc = createIncrementalAnalyzer();
        inc.analyze(text);
        for (const e of edits) {
          text = editAt(text, e.where, e.back, e.insert);
          const a = inc.analyze(text);
          if (e.read) expect(a.entities).toEqual(analyze(text).entities);
        }
        expect(inc.analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('equal a fresh analysis when read only after many keystrokes typed in one place, and the earlier analyses read afterwards too', () => {
    const ps = Array.from({ length: 30 }, (_, i) => (i % 4 === 1 ? `${NAMES[i % NAMES.length]} said the plan was late.` : i % 4 === 3 ? `${AGAIN[i % AGAIN.length]} said the budget was cut.` : filler(i)));
    let text = ps.join('\n\n') + '\n';
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    let at = text.indexOf('Maria Lopez');
    const versions: { text: string; entities: () => unknown }[] = [];
    for (const ch of 'Officials said Maria Lopez was late. ') {
      text = text.slice(0, at) + ch + text.slice(at);
      at++;
      const a = inc.analyze(text);
      versions.push({ text, entities: () => a.entities });
    }
    // The last first, then the earlier ones, each against its own text.
    for (const v of versions.reverse()) expect(v.entities()).toEqual(analyze(v.text).entities);
  });
});
