/**
 * Property tests: on any text built from Markdown's significant characters
 * and constructs, the prose stages never throw and keep their invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDirectives } from '../../server/src/engine/directives';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import { invariantViolations } from './markdown-invariants';

/** Pieces that exercise every construct the masker knows, and its failure paths. */
const PIECES = [
  ...'*_`[]()<>!#-|\\&;~^:./"\'= \t\n\r\n\rabcXYZ019',
  '\u0000',
  '\uD800',
  '\uDC00',
  '\uFEFF',
  '…',
  '“',
  '”',
  '’',
  '> ',
  '- ',
  '1. ',
  '    ',
  '```',
  '~~~',
  '---',
  '***',
  '# ',
  '## ',
  '===',
  '[^1]',
  '[^1]: ',
  '[x]: /u',
  '](',
  '![',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '<a href="x">',
  '<http://a.b>',
  'https://e.org/x',
  'www.e.org',
  '&amp;',
  '&#35;',
  '| a | b |\n|---|---|\n',
  'Mr.',
  'U.S.',
  'etc.',
  'J. ',
  ' said.',
  '<!-- source: x -->',
  '<!-- sourcetrace-disable -->',
  '<!-- sourcetrace-enable vague-attribution -->',
  '<!-- sourcetrace-disable-next-line -->',
  '<!-- sourcetrace-disable-line nope -->',
];

const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

describe('prose stages on arbitrary Markdown', () => {
  it('never throw and keep every invariant', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        const doc = extractProse(md);
        const sentences = splitSentences(doc);
        parseDirectives(doc, sentences);
        expect(invariantViolations(doc, sentences)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('keep the invariants behind front matter', () => {
    fc.assert(
      fc.property(markdown, markdown, (yaml, body) => {
        const doc = extractProse(`---\n${yaml.replace(/^---$/gm, '')}\n---\n${body}`);
        expect(invariantViolations(doc, splitSentences(doc))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
