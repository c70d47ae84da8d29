/**
 * `unattributed-quote`: expectations under the text (see test/helpers/check.ts),
 * and every fix applied and re-checked.
 */
import { describe, expect, it } from 'vitest';
import { check, checkFix } from '../../helpers/check';
import { analyze } from '../../../server/src/engine';

const rules = ['unattributed-quote'];

describe('unattributed-quote finds', () => {
  it('a quotation with no speaker in the paragraph', () => {
    check(`
The talks ended late. "We will not give up the fight."
                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-quote
`, { rules });
  });

  it('a multi-sentence quotation once, and its sentences are unattributed claims', () => {
    const a = check(`
"We will win. Nobody can stop us now."
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-quote
`, { rules });
    expect(a.claims.map((c) => c.status)).toEqual(['U', 'U']);
    expect(a.findings.filter((f) => f.ruleId === 'unattributed-claim')).toHaveLength(2);
  });
});

describe('unattributed-quote leaves alone', () => {
  it('quotations with a speaker, in the sentence or the paragraph', () => {
    check(`
"We will win the war," Defence Minister Ben Wallace said.

Defence Minister Ben Wallace spoke on Monday. "We will win the war," he said.
`, { rules });
  });

  it('scare quotes of a word or two', () => {
    check(`
The so-called "special operation" went on.
`, { rules });
  });

  it('every sentence of a quotation takes the status of the one naming the speaker', () => {
    const a = analyze('"We will win the war. Nobody can stop us," Defence Minister Ben Wallace said.\n');
    expect(a.claims.map((c) => c.status)).toEqual(['A', 'A']);
  });
});

describe('unattributed-quote fixes', () => {
  it('adds a speaker tag after a closing quotation', () => {
    checkFix('The talks ended. "We will not give up the fight."\n', 'SPEAKER', 'The talks ended. "We will not give up the fight," [SPEAKER] said.\n', { rules });
  });

  it('adds a speaker tag after a quoted question, and the question is then pending, not unattributed', () => {
    const after = checkFix('The talks ended. "Will we ever win this war?"\n', 'SPEAKER', 'The talks ended. "Will we ever win this war?" [SPEAKER] said.\n', { rules });
    expect(after.findings.map((f) => f.ruleId).sort()).toEqual(['incomplete-attribution', 'unattributed-claim']);
    expect(after.findings.find((f) => f.ruleId === 'unattributed-claim')?.start).toBe(0);
  });

  it('adds a speaker tag to a sentence that contains a quotation', () => {
    checkFix(
      'The plan was "dead on arrival for the country" and collapsed.\n',
      'SPEAKER',
      'The plan was "dead on arrival for the country" and collapsed, [SPEAKER] said.\n',
      { rules },
    );
  });

  it('suppresses the next line and the file', () => {
    checkFix(
      '"We will not give up the fight."\n',
      'on this line',
      '<!-- sourcetrace-disable-next-line unattributed-quote -->\n"We will not give up the fight."\n',
      { rules },
    );
    checkFix(
      '"We will not give up the fight."\n',
      'in this file',
      '<!-- sourcetrace-disable-file unattributed-quote -->\n"We will not give up the fight."\n',
      { rules },
    );
  });
});
