/**
 * The genre read from a draft (classify/genre.ts), and that a change of genre
 * while typing gives the same analysis incrementally as from scratch.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer } from '../../server/src/engine';
import { countGenre, GENRE_FEATURES, readGenre } from '../../server/src/engine/classify/genre';

function genreOf(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean).length;
  return readGenre({ prose: text, source: text }, sentences);
}

const NEWS = 'The council voted 5-2 on Monday to close the library. Mayor Ana Ruiz said the building was unsafe. Residents told reporters they would appeal. The library opened in 1931, according to the city archive.';
const OP_ED = 'I have lived in Eastport for thirty years. We deserve better from our leaders. My neighbours feel the same way. I am tired of the excuses, and our patience is gone.';
const RELEASE = 'EASTPORT, Maine, March 3, 2026 /PRNewswire/ -- Harbor Robotics, Inc. (NASDAQ: HRBR) today announced a new robot. The robot picks orders twice as fast. We are thrilled, said Jane Roe. The robot ships in April.';

describe('readGenre', () => {
  it('reads news, opinion and a press release', () => {
    expect(genreOf(NEWS)).toBe('news');
    expect(genreOf(OP_ED)).toBe('opinion');
    expect(genreOf(RELEASE)).toBe('press-release');
  });
  it('does not count the first person inside quotation marks', () => {
    const quoted = '"I am angry," Ruiz said. "We will appeal," she said. "My office is ready." The council met on Monday.';
    expect(genreOf(quoted)).toBe('news');
  });
  it('calls a draft too short to tell news', () => {
    expect(genreOf('I am tired. We deserve better.')).toBe('news');
  });
  it('reads an op-ed written without the first person as opinion', () => {
    // An editorial's voice: modals, stance adverbs, a question, no reporting.
    const editorial = 'The library plan is clearly a mistake. The council should scrap it before the budget vote. Why pay twice for one building? The town surely deserves better than this. Residents must demand a real plan.';
    expect(genreOf(editorial)).toBe('opinion');
  });
  it('reads a wire story with a dateline and weekdays as news, even with a modal in it', () => {
    const wire = 'EASTPORT, Maine (AP) — The council voted on Monday to close the library. The mayor said the building should be rebuilt. Residents told reporters on Tuesday they would appeal. The library opened in 1931.';
    expect(genreOf(wire)).toBe('news');
  });
  it('does not read a brief with no voice of its writer as opinion for lack of reporting', () => {
    expect(genreOf('The library closed in March. Its books moved to the school. The building is for sale. The town plans a new branch.')).toBe('news');
  });
  it('reads a release sent without a newswire by its header, contact line and end mark', () => {
    const release = 'FOR IMMEDIATE RELEASE\n\nContact: Sam Lee, 555-0100\n\nEASTPORT, Maine — Senator Jane Roe announced on Tuesday that the harbor will receive $4 million. The office believes the grant will create 200 jobs. Senator Roe has delivered more for Maine families than anyone. The funds arrive in March.\n\n###\n';
    expect(genreOf(release)).toBe('press-release');
    // In a release the issuer's reading of a mind is its own claim (labels.md, hard cases).
    const a = analyze(release);
    expect(a.claims.find((c) => release.slice(c.start, c.end).startsWith('The office believes'))?.status).toBe('U');
  });
  it('does not count the "according to [SOURCE]" the fixes insert as reporting', () => {
    // A fixed draft must keep its genre, or a second round of fixes would read it differently.
    const fixed = 'The library plan is clearly a mistake, according to [SOURCE]. The council should scrap it, according to [SOURCE]. Why pay twice for one building? The town surely deserves better than this, according to [SOURCE]. Residents must demand a real plan.';
    expect(genreOf(fixed)).toBe('opinion');
  });
  it('does not count "[SPEAKER] said" either, and counts the same words with real sources', () => {
    const fixed = '"The plan is clearly a mistake," [SPEAKER] said. The town deserves better, according to [SOURCE].';
    const reporting = GENRE_FEATURES.findIndex((f) => f.name === 'reporting');
    const count = (text: string) => countGenre({ prose: text, source: text }).features[reporting];
    expect(count(fixed)).toBe(0);
    expect(count(fixed.replace('[SOURCE]', 'the mayor').replace('[SPEAKER]', 'Ruiz'))).toBe(2);
  });
  it('needs two marks of a press release, not one', () => {
    expect(genreOf('The company today announced a merger. Its shares rose. Analysts were surprised. The deal closes in May.')).toBe('news');
  });
});

describe('a change of genre while typing', () => {
  it('re-reads every paragraph, as a full analysis does', () => {
    const body = 'The mayor knows the library plan is a mistake.\n\nThe council meets again in May.';
    const inc = createIncrementalAnalyzer();
    let text = `${body}\n\nThe vote was close.`;
    expect(inc.analyze(text)).toEqual(analyze(text));
    // Appending first-person paragraphs turns the draft into an op-ed: the
    // first paragraph, unchanged, must be read again.
    text += `\n\n${OP_ED}`;
    const after = inc.analyze(text);
    expect(after).toEqual(analyze(text));
    const first = after.claims[0]!;
    expect(first.status).toBe('U');
  });
});
