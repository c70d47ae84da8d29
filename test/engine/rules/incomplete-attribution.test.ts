/**
 * `incomplete-attribution`: expectations under the text (see
 * test/helpers/check.ts), and every fix applied and re-checked.
 */
import { describe, expect, it } from 'vitest';
import { check, checkFix } from '../../helpers/check';
import { analyze } from '../../../server/src/engine';

describe('incomplete-attribution finds', () => {
  it('placeholders left in the text', () => {
    check(`
The bridge collapsed on Monday, according to [SOURCE].
                                             ^^^^^^^^ incomplete-attribution
"We will rebuild it," [SPEAKER] said.
                      ^^^^^^^^^ incomplete-attribution
The toll has risen [who?].
                   ^^^^^^ incomplete-attribution
`);
  });

  it('"according to" followed by nothing', () => {
    check(`
The bridge collapsed on Monday, according to.
                                ^^^^^^^^^^^^ incomplete-attribution
`);
  });

  it('an empty source note and a footnote with no source', () => {
    check(`
The bridge collapsed on Monday. <!-- source: -->
                                ^^^^^^^^^^^^^^^^ incomplete-attribution

The dam failed in 2019.[^1]
                       ^^^^ incomplete-attribution

[^1]: [SOURCE]
`);
  });

  it('and nothing else on the sentence: the claim is not also unattributed', () => {
    const a = analyze('The bridge collapsed on Monday, according to [SOURCE].\n');
    expect(a.findings.map((f) => f.ruleId)).toEqual(['incomplete-attribution']);
    expect(a.claims[0]?.status).toBe('U');
  });
});

describe('incomplete-attribution leaves alone', () => {
  it('filled attributions, and a link whose text is "source"', () => {
    check(`
The bridge collapsed on Monday, according to the Interior Ministry.

The bridge collapsed on Monday ([source](https://example.com/ministry)).

The dam failed in 2019. <!-- source: Ministry of Water annual report -->
`);
  });
});

describe('incomplete-attribution fixes', () => {
  it('suppress the next line', () => {
    checkFix(
      'The bridge collapsed, according to [SOURCE].\n',
      'on this line',
      '<!-- sourcetrace-disable-next-line incomplete-attribution -->\nThe bridge collapsed, according to [SOURCE].\n',
    );
  });

  it('suppress the rule in the file', () => {
    checkFix(
      'The bridge collapsed, according to [SOURCE].\n',
      'in this file',
      '<!-- sourcetrace-disable-file incomplete-attribution -->\nThe bridge collapsed, according to [SOURCE].\n',
    );
  });
});
