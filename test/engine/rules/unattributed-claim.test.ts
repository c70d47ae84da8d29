/**
 * `unattributed-claim`: expectations under the text (see test/helpers/check.ts),
 * and every fix applied and re-checked.
 */
import { describe, expect, it } from 'vitest';
import { check, checkFix } from '../../helpers/check';
import { analyze } from '../../../server/src/engine';

const rules = ['unattributed-claim'];

describe('unattributed-claim finds', () => {
  it('an event with no source', () => {
    check(`
Soldiers of the regiment returned home on Friday.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
`, { rules });
  });

  it('a prediction, a judgement stated as fact', () => {
    check(`
The deal may encourage further collaboration.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
The implications of this deployment are far-reaching.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
`, { rules });
  });

  it('a second main clause with its own unsourced assertion', () => {
    check(`
The Interior Ministry said ten people died, but the real toll is far higher.
                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
`, { rules });
  });

  it('a main clause with no source beside a vague one, which fixing the vague source would otherwise reveal', () => {
    check(`
Analysts say the plan will fail; unemployment fell to 3.9 percent.
                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
`, { rules });
    // A closing vague tag covers the whole sentence: nothing is left without a source.
    check(`
Prices rose sharply, and wages fell sharply, analysts said.
`, { rules });
  });

  it('a clause after a semicolon', () => {
    check(`
Finance Minister Anna Berg said the talks had failed; the economy is now in recession.
                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
`, { rules });
  });
});

describe('unattributed-claim leaves alone', () => {
  it('attributed sentences, with a minor unsourced modifier', () => {
    check(`
The Russian Ministry of Defense confirmed that sappers were trained in Russia, highlighting the coordination.

The bridge collapsed on Monday, the Interior Ministry said.
`, { rules });
  });

  it('a framing "according to" across "and"', () => {
    check(`
According to the Interior Ministry, ten people died, and the bridge was closed.
`, { rules });
  });

  it('a closing attribution tag across clauses', () => {
    check(`
The bridge collapsed, and the road was closed, the police chief, Anna Smith, said.
`, { rules });
  });

  it('headings, questions, transitions and asides', () => {
    check(`
# The regiment returns home

What happens next?

As the regiment returns home, the focus shifts to the broader implications.

I spent two weeks in Kursk reporting this story.
`, { rules });
  });

  it('links, footnotes and source notes', () => {
    check(`
The bridge collapsed on [Monday](https://example.com/report).

The dam failed in 2019.[^1]

The dam failed again in 2021. <!-- source: Ministry of Water statement, 3 May 2021 -->

[^1]: Ministry of Water, annual report 2020.
`, { rules });
  });
});

describe('unattributed-claim messages', () => {
  it('name the kind of claim', () => {
    const a = analyze('The deal will cost 3 billion dollars.\n');
    const f = a.findings.find((x) => x.ruleId === 'unattributed-claim');
    expect(f?.message).toMatch(/a prediction and a number/);
  });
});

describe('unattributed-claim fixes', () => {
  it('appends "according to [SOURCE]" before the final punctuation (preferred)', () => {
    const a = analyze('The bridge collapsed on Monday.\n');
    const fix = a.findings[0]?.fixes.find((f) => f.preferred);
    expect(fix?.title).toContain('according to');
    checkFix('The bridge collapsed on Monday.\n', 'according to', 'The bridge collapsed on Monday, according to [SOURCE].\n', { rules });
  });

  it('appends to the asserting clause only', () => {
    checkFix(
      'Finance Minister Anna Berg said the talks had failed; the economy is now in recession.\n',
      'according to',
      'Finance Minister Anna Berg said the talks had failed; the economy is now in recession, according to [SOURCE].\n',
      { rules },
    );
  });

  it('keeps a closing colon last', () => {
    checkFix('Her enthusiasm for the plan is recorded in detail:\n', 'according to', 'Her enthusiasm for the plan is recorded in detail, according to [SOURCE]:\n', { rules });
  });

  it('moves punctuation out of closing quotes', () => {
    checkFix('The plan ended in “a failure.”\n', 'according to', 'The plan ended in “a failure,” according to [SOURCE].\n', { rules });
  });

  it('adds a source note after the sentence', () => {
    checkFix(
      `
The bridge collapsed on Monday. The dam held.
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
`,
      'source: -->',
      'The bridge collapsed on Monday. <!-- source: --> The dam held.\n',
      { rules },
    );
  });

  it('adds a footnote with the next free number and its definition at the end', () => {
    checkFix(
      `
The dam failed in 2019.[^1] The bridge collapsed on Monday.
                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim

[^1]: Ministry of Water, annual report 2020.
`,
      'footnote',
      'The dam failed in 2019.[^1] The bridge collapsed on Monday[^2].\n\n[^1]: Ministry of Water, annual report 2020.\n\n[^2]: [SOURCE]\n',
      { rules },
    );
  });

  it('keeps CRLF line endings', () => {
    checkFix('Intro.\r\n\r\nThe bridge collapsed.', 'footnote', 'Intro.\r\n\r\nThe bridge collapsed[^1].\r\n\r\n[^1]: [SOURCE]\r\n', { rules });
  });

  it('suppresses the next line, keeping the block-quote prefix', () => {
    checkFix(
      '> The bridge collapsed on Monday.\n',
      'on this line',
      '> <!-- sourcetrace-disable-next-line unattributed-claim -->\n> The bridge collapsed on Monday.\n',
      { rules },
    );
  });

  it('suppresses the next line inside a list item, keeping its indentation', () => {
    checkFix(
      '- Intro.\n  The bridge collapsed on Monday.\n',
      'on this line',
      '- Intro.\n  <!-- sourcetrace-disable-next-line unattributed-claim -->\n  The bridge collapsed on Monday.\n',
      { rules, config: { rules: { 'unattributed-claim': 'warning' } } },
    );
  });

  it('suppresses the rule in the file, after the front matter', () => {
    checkFix(
      '---\ntitle: Draft\n---\nThe bridge collapsed on Monday.\n',
      'in this file',
      '---\ntitle: Draft\n---\n<!-- sourcetrace-disable-file unattributed-claim -->\nThe bridge collapsed on Monday.\n',
      { rules },
    );
  });
});
