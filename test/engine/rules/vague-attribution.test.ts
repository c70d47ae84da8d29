/**
 * `vague-attribution`: expectations under the text (see test/helpers/check.ts),
 * and every fix applied and re-checked.
 */
import { describe, expect, it } from 'vitest';
import { check, checkFix } from '../../helpers/check';

const rules = ['vague-attribution'];

describe('vague-attribution finds', () => {
  it('"according to reports"', () => {
    check(`
According to reports, the bridge collapsed on Monday.
^^^^^^^^^^^^^^^^^^^^ vague-attribution
`, { rules });
  });

  it('an unnamed group as the subject of a speech verb', () => {
    check(`
Analysts say the economy will shrink next year.
^^^^^^^^^^^^ vague-attribution
`, { rules });
  });

  it('hedging adverbs', () => {
    check(`
The bridge reportedly collapsed on Monday.
           ^^^^^^^^^^ vague-attribution
`, { rules });
  });

  it('agentless reactions', () => {
    check(`
The mission has raised questions about its aims.
            ^^^^^^^^^^^^^^^^^^^^ vague-attribution
`, { rules });
  });

  it('a named outlet passing on people it does not name', () => {
    check(`
Bloomberg, citing informed sources, said the deal was done.
           ^^^^^^^^^^^^^^^^^^^^^^^ vague-attribution
`, { rules });
  });

  it('each vague phrase of a sentence', () => {
    check(`
The work is reportedly smaller, and its speed has been noted by observers.
            ^^^^^^^^^^ vague-attribution
                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-attribution
`, { rules });
  });
});

describe('vague-attribution leaves alone', () => {
  it('named sources, and their unnamed staff', () => {
    check(`
The Russian Ministry of Defense confirmed that the unit had returned.

A Rosneft spokesman said output would rise.
`, { rules });
  });

  it('a hedge when the sentence names who reported it', () => {
    check(`
The bridge reportedly collapsed on Monday, according to Reuters.
`, { rules });
  });

  it('vague words the writer marked with [who?]', () => {
    check(`
According to reports [who?], the bridge collapsed.
`, { rules });
  });
});

describe('vague-attribution fixes', () => {
  it('replaces the vague source with a placeholder', () => {
    checkFix('According to reports, the bridge collapsed.\n', 'Replace', 'According to [SOURCE], the bridge collapsed.\n', { rules });
  });

  it('makes the verb agree with the placeholder', () => {
    checkFix('Analysts say the economy will shrink.\n', 'Replace', '[SOURCE] says the economy will shrink.\n', { rules });
  });

  it('makes an auxiliary agree with the placeholder', () => {
    checkFix('Officials have warned that the dam could fail.\n', 'Replace', '[SOURCE] has warned that the dam could fail.\n', { rules });
  });

  it('turns a hedge into "according to [SOURCE]"', () => {
    checkFix('The bridge reportedly collapsed on Monday.\n', 'Replace', 'The bridge collapsed on Monday, according to [SOURCE].\n', { rules });
  });

  it('turns a sentence-initial hedge into "according to [SOURCE]"', () => {
    checkFix('Reportedly, the bridge collapsed.\n', 'Replace', 'The bridge collapsed, according to [SOURCE].\n', { rules });
  });

  it('says by whom after an agentless passive', () => {
    checkFix('It has been documented in previous conflicts.\n', 'by [SOURCE]', 'It has been documented by [SOURCE] in previous conflicts.\n', { rules });
  });

  it('says by whom after a passive hedge', () => {
    checkFix('It is believed that the bridge collapsed.\n', 'by [SOURCE]', 'It is believed by [SOURCE] that the bridge collapsed.\n', { rules });
  });

  it('says who criticised', () => {
    checkFix('The plan has drawn criticism.\n', 'from [SOURCE]', 'The plan has drawn criticism from [SOURCE].\n', { rules });
  });

  it('says who reacted', () => {
    checkFix('The mission has raised questions about its aims.\n', 'among [SOURCE]', 'The mission has raised questions among [SOURCE] about its aims.\n', { rules });
  });

  it('marks the phrase with [who?]', () => {
    checkFix('According to reports, the bridge collapsed.\n', '[who?]', 'According to reports [who?], the bridge collapsed.\n', { rules });
  });

  it('suppresses the next line', () => {
    checkFix(
      'Intro.\n\nAccording to reports, the bridge collapsed.\n',
      'on this line',
      'Intro.\n\n<!-- sourcetrace-disable-next-line vague-attribution -->\nAccording to reports, the bridge collapsed.\n',
      { rules },
    );
  });

  it('suppresses the rule in the file', () => {
    checkFix(
      'According to reports, the bridge collapsed.\n',
      'in this file',
      '<!-- sourcetrace-disable-file vague-attribution -->\nAccording to reports, the bridge collapsed.\n',
      { rules },
    );
  });
});

describe('vague-attribution messages', () => {
  it('name the phrase and say what to name: an outlet for reports, the people for groups', async () => {
    const { analyze } = await import('../../../server/src/engine');
    const reports = analyze('According to reports, the bridge collapsed.\n').findings[0]?.message ?? '';
    expect(reports).toContain('“According to reports”');
    expect(reports).toMatch(/outlet or document/);
    const analysts = analyze('Analysts say the economy will shrink.\n').findings[0]?.message ?? '';
    expect(analysts).toContain('“Analysts say”');
    expect(analysts).toMatch(/whom they work for/);
  });
});
