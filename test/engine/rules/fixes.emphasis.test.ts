/**
 * `movesEmphasis`: a fix whose edit changes what a run of "*", "_" or "~"
 * next to it can do (open, close) is not offered as a replacement, since the
 * run could then pair differently and change how the words around it read.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/engine';
import { prepare } from '../../../server/src/engine/prepare';
import { movesEmphasis } from '../../../server/src/engine/rules/fixes';
import type { TextEdit } from '../../../server/src/engine/types';

/** Whether the edits move a run of the draft `text`, as parsed. */
function moves(text: string, edits: TextEdit[]): boolean {
  return movesEmphasis(prepare(text, undefined).doc, edits);
}

/** The edit that replaces the first `from` in `text` with `to`. */
function replace(text: string, from: string, to: string): TextEdit[] {
  const start = text.indexOf(from);
  return [{ start, end: start + from.length, newText: to }];
}

describe('movesEmphasis', () => {
  it.each([
    // A paired run that opens only because a letter follows stops opening before "[".
    ['the matter***She told reporters*', 'She', '[SOURCE]', true],
    // A run of text that cannot close before a letter can before a comma.
    ['died.. .**Reportedly, the CEO resigned.', 'Reportedly', '', true],
    // Two runs joined by a deletion are one run.
    ['a **bold**word** b', 'word', '', true],
    // The character on the run's side keeps its class.
    ['Officials **say** the plan failed.', 'say', 'said', false],
    ['Forty people **died**.', '.', ', according to [SOURCE].', false],
    // A paired closing run that can open too before "," once "[SOURCE]" ends in "]".
    ['According to _sources_, rents rose.', 'sources', '[SOURCE]', false],
    // A space before the run keeps it opening before "[" as before a letter.
    ['Prices rose. **Analysts say** the plan failed.', 'Analysts', '[SOURCE]', false],
    // No run next to the edit.
    ['Analysts say the plan failed.', 'Analysts', '[SOURCE]', false],
  ] as const)('%s: %s → %s moves a run: %s', (text, from, to, expected) => {
    expect(moves(text, replace(text, from, to))).toBe(expected);
  });
});

describe('the vague rule offers only the mark where its replacement would move a run', () => {
  it.each([
    // A hedge after a run that could not close: ".**, the CEO" would close it.
    ['The ministry said on Monday that 40 people had died.;**The ministry said on Monday that 40 people had died.. .**Reportedly, the CEO resigned.', 'Reportedly', /^Mark /],
    // An emphasised hedge: its removal would join the runs ("rate __ fell").
    ['The jobless rate _reportedly_ fell to 27% in February.', 'reportedly', /^Mark /],
    // A bold vague source after a space keeps its replacement.
    ['Prices rose. **Analysts say** the plan failed.', 'Analysts', /^Replace /],
  ])('%s', (text, word, preferred) => {
    const f = analyze(text).findings.find((x) => x.ruleId === 'vague-attribution' && text.slice(x.start, x.end).includes(word));
    expect(f?.fixes.find((x) => x.preferred)?.title).toMatch(preferred);
  });
});
