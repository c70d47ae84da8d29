import { describe, expect, it } from 'vitest';
import { contentAttributions, runOnOf } from '../../scripts/eval/runon';

describe('runOnOf: how PolNeAR’s annotation reads a sentence', () => {
  const text = 'The mayor said taxes would rise. They would rise by a tenth.\n\nSchools would close too. The council disagreed.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const said = at('said');
  const content = { start: at('taxes').start, end: at('too.').end };
  const ann = [
    `T1\tSource 0 9\tThe mayor`,
    `T2\tCue ${said.start} ${said.end}\tsaid`,
    `T3\tContent ${content.start} ${content.end}\t…`,
    `T4\tAttribution ${said.start} ${said.end}\tsaid`,
    'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  ].join('\n');
  const attrs = contentAttributions(ann, text)!;

  it('a sentence holding the cue has its own cue', () => expect(runOnOf(at('The mayor said taxes would rise.'), text, attrs)).toBe('own cue'));
  it('content after the cue’s sentence runs on, in its paragraph or a later one', () => {
    expect(runOnOf(at('They would rise by a tenth.'), text, attrs)).toBe('run-on, same paragraph');
    expect(runOnOf(at('Schools would close too.'), text, attrs)).toBe('run-on, earlier paragraph');
  });
  it('a sentence outside the content is none', () => expect(runOnOf(at('The council disagreed.'), text, attrs)).toBe('none'));
  it('a file that does not parse gives no attributions', () => expect(contentAttributions('T1\tCue ten 14\tsaid', text)).toBeUndefined());
});
