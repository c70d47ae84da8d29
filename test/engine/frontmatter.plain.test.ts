/**
 * The front matter fast path (`isPlainMapping` in frontmatter.ts) skips the
 * YAML library for the plain `key: value` front matter of most drafts. It
 * must only ever vouch for text the library reads as a mapping with no
 * `sourcetrace` key and no error: held to the library on generated text.
 */
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { isPlainMapping, readFrontMatter } from '../../server/src/engine/frontmatter';
import { extractProse } from '../../server/src/engine/markdown';

/** What the library makes of the text, with the options frontmatter.ts reads it with. */
function library(yamlText: string): { ok: boolean; value?: unknown } {
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: false });
  if (doc.errors.length) return { ok: false };
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
}

// Characters that matter to YAML (indicators, quotes, escapes, breaks, separators) and ordinary ones.
const CHARS = [
  ...'abcXYZ019 -_.,/()+:#"\'[]{}&*!|>%@`?\\~=<\t\r',
  'é',
  'ß',
  '²',
  '\u0085',
  '\u2028',
  '\ufeff',
  '\u00a0',
  '😀',
  '\ud800',
];
const piece = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((a) => a.join(''));
const key = fc.oneof(fc.constantFrom('title', 'author', 'date', 'tags', 'sourcetrace', 'x-y_z', 'A1'), piece);
const value = fc.oneof(
  fc.constantFrom('', 'Ana Ruiz', '2025-10-28', '"Quoted: title"', '[inflation, Mosul]', '[]', 'yes', '~', '|', '> x', '- a'),
  piece,
  piece.map((p) => `"${p}"`),
  fc.array(piece, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
);
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, fc.constantFrom(': ', ':', ' : ', ':  '), value).map(([k, sep, v]) => `${k}${sep}${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '# a comment', '  indented: 1', '- item', '---', '...') },
  { weight: 1, arbitrary: piece },
);
const yamlText = fc.array(line, { maxLength: 6 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.map((l) => l + eol).join('')));

describe('front matter fast path', () => {
  it('vouches only for what the YAML library reads as a mapping without a sourcetrace key', () => {
    let vouched = 0;
    fc.assert(
      fc.property(yamlText, (text) => {
        if (!isPlainMapping(text)) return;
        vouched++;
        const read = library(text);
        expect(read.ok).toBe(true);
        expect(typeof read.value === 'object' && !Array.isArray(read.value)).toBe(true);
        if (read.value !== null) expect(Object.keys(read.value as object)).not.toContain('sourcetrace');
      }),
      { numRuns: 4000, seed: 6 },
    );
    // The property is not vacuous: many generated front matters took the fast path.
    expect(vouched).toBeGreaterThan(400);
  });

  it('takes the fast path for a usual news front matter and still gives its mapping when asked', () => {
    const yaml = 'title: "641 people were moved out of Yorkshire after the floods"\nauthor: Ulla Jensen\ndate: 2025-10-28\ntags: [inflation, Mosul]\n';
    expect(isPlainMapping(yaml)).toBe(true);
    const fm = readFrontMatter(`---\n${yaml}---\n\nBody.`)!;
    expect(fm.error).toBeUndefined();
    expect(fm.data).toEqual(library(yaml).value);
    expect(extractProse(`---\n${yaml}---\n\nBody.`).frontMatter).toEqual({ start: 0, end: yaml.length + 7, data: library(yaml).value });
  });

  it('leaves settings, errors and anything unusual to the library', () => {
    expect(isPlainMapping('sourcetrace:\n  minConfidence: 0.9\n')).toBe(false);
    expect(isPlainMapping('title: a: b\n')).toBe(false);
    expect(isPlainMapping('title: "unterminated\n')).toBe(false);
    expect(isPlainMapping('- a\n- b\n')).toBe(false);
    const withSettings = analyze('---\ntitle: x\nsourcetrace:\n  rules:\n    vague-attribution: loud\n---\n\nAnalysts say so.\n');
    expect(withSettings.configErrors.length).toBeGreaterThan(0);
    const broken = analyze('---\ntitle: [a, b\n---\n\nAnalysts say so.\n');
    expect(broken.configErrors.map((e) => e.message).join()).toMatch(/front matter/);
  });
});
