/**
 * One draft analysed in two halves (server/src/engine/pipeline.ts): the
 * attribution half block by block, its results copied as a worker thread's
 * messages are (`structuredClone`) in batches cut anywhere, and the
 * classification half fed batch by batch. The analysis must be the one
 * `analyze()` gives, byte for byte as JSON, whatever the cuts: checked on
 * drafts where names, pronouns, short forms, quotations and their lead-ins,
 * repeated quotations and footnotes lie on both sides of a cut.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { analyze, type AnalyzeOptions } from '../../server/src/engine';
import { createAssembler, createAttributor } from '../../server/src/engine/pipeline';
import { draft } from '../reliability/drafts';

const root = path.resolve(__dirname, '../..');

/**
 * The analysis of `text` through the two halves, with the blocks cut into
 * batches after the block indexes `cuts` gives (fractions of the block count).
 */
function piped(text: string, cuts: number[], options: AnalyzeOptions = {}): string {
  const attributor = createAttributor(text, options);
  const assembler = createAssembler(text, options);
  const n = attributor.blocks;
  const ends = [...new Set(cuts.map((c) => Math.min(n, Math.floor(c * (n + 1)))))].sort((a, b) => a - b);
  for (const end of [...ends, n]) assembler.add(structuredClone(attributor.attribute(end)));
  return JSON.stringify(assembler.finish(structuredClone(attributor.entities)));
}

function whole(text: string, options: AnalyzeOptions = {}): string {
  return JSON.stringify(analyze(text, options));
}

const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });

/** Paragraphs that read what earlier paragraphs left: people, pronouns, short forms, quotations, lead-ins, footnotes. */
const PEOPLE = ['James Tanaka', 'Ingrid Tanaka', 'Maria Lopez', 'Mr Brown', 'Ms Lopez', 'Tanaka', 'Omar Haddad', 'Lena Park', 'the World Bank', 'the bank', 'Reuters'];
const paragraph = fc.oneof(
  fc.constantFrom(...PEOPLE).map((p) => `${p}, the governor, said the plan was late.`),
  fc.constantFrom(...PEOPLE).map((p) => `${p} said prices rose. He said so again.`),
  fc.constantFrom(...PEOPLE).map((p) => `"We will not wait for anyone at all," ${p} said. She added that it was over.`),
  fc.constantFrom(...PEOPLE).map((p) => `${p} told reporters:`),
  fc.constantFrom(
    '"We will not wait for anyone at all," the report said.',
    '“Nobody knew what would happen to the plant next year.”',
    '"We will not wait for anyone at all."',
    'He said the budget was cut.',
    'She told reporters it was fine.',
    'The bank said rates would rise.',
    'The survey of 1,000 voters was conducted by Gallup. Most respondents said they would vote.',
    'Officials said the plan failed.[^1]',
    'Prices rose 12% last year, according to the ministry.',
    'The decision has raised questions.',
    '# Reaction',
    '- Analysts said the deal was done.\n- He said it was not.',
    '> "It was chaos," she said.',
    '<!-- source: Reuters -->\nThe plant closed.',
  ),
);
const chain = fc.array(paragraph, { minLength: 4, maxLength: 30 }).map((ps) => ps.join('\n\n') + '\n\n[^1]: Ministry statement\n');

describe('the two halves give the whole analysis', () => {
  it('on drafts whose paragraphs read what earlier ones left, cut anywhere', () => {
    fc.assert(
      fc.property(chain, cuts, (text, at) => {
        expect(piped(text, at)).toBe(whole(text));
      }),
      { numRuns: 150 },
    );
  });

  it('on random drafts, markup and hostile characters included, cut anywhere', () => {
    fc.assert(
      fc.property(draft(40), cuts, (text, at) => {
        expect(piped(text, at)).toBe(whole(text));
      }),
      { numRuns: 150 },
    );
  });

  it('on generated news drafts cut at every tenth block, and on the examples cut in two', () => {
    for (const seed of [1, 2, 3]) {
      const text = generateDraft(30 * 1024, seed);
      expect(piped(text, Array.from({ length: 9 }, (_, i) => (i + 1) / 10))).toBe(whole(text));
    }
    for (const dir of [path.join(root, 'examples'), path.resolve(root, '../shared/examples')]) {
      for (const f of readdirSync(dir).sort()) {
        if (!f.endsWith('.md') || f === 'README.md') continue;
        const text = readFileSync(path.join(dir, f), 'utf8');
        expect(piped(text, [0.5]), f).toBe(whole(text));
      }
    }
  });

  it('under the caller configuration and the draft front matter', () => {
    const options: AnalyzeOptions = { config: { minConfidence: 0.9, rules: { 'unattributed-claim': 'off' } } };
    const text = `---\nsourcetrace:\n  rules:\n    vague-attribution: error\n---\n\n${generateDraft(8 * 1024, 7)}`;
    expect(piped(text, [0.3, 0.6], options)).toBe(whole(text, options));
    expect(piped('', [0.5])).toBe(whole(''));
  });

  it('says what is wrong when the halves are used out of turn', () => {
    const text = generateDraft(4 * 1024, 9);
    const attributor = createAttributor(text);
    const assembler = createAssembler(text);
    expect(() => attributor.attribute(attributor.blocks + 1)).toThrow(/blocks/);
    assembler.add(attributor.attribute(2));
    expect(() => assembler.finish(attributor.entities)).toThrow(/blocks/);
    assembler.add(attributor.attribute(attributor.blocks));
    expect(() => assembler.add([{ attributions: [], quotes: [] }])).toThrow(/blocks/);
    expect(JSON.stringify(assembler.finish(attributor.entities))).toBe(whole(text));
  });
});
