/**
 * The quotation scanner (attribution/quotes.ts) on fictional text: how
 * straight and curly double marks pair, alone and nested in each other.
 */
import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../server/src/engine/attribution/quotes';

/** The quoted texts `scanQuotes` finds in `text`, with whether each was closed. */
function quotes(text: string): Array<[string, boolean]> {
  return scanQuotes(text, 0, text.length).map((q) => [text.slice(q.start, q.end), q.closed]);
}

describe('scanQuotes', () => {
  it('pairs plain straight and curly quotations', () => {
    expect(quotes('He said "the ferry is late" and “the bridge is closed.”')).toEqual([
      ['"the ferry is late"', true],
      ['“the bridge is closed.”', true],
    ]);
  });
  it('keeps a curly quotation nested in a straight one inside it', () => {
    const text = '"I will read the question: “Is the ferry late?” Forty said yes; ten said no."';
    expect(quotes(text)).toEqual([[text, true]]);
  });
  it('keeps a straight quotation nested in a curly one inside it', () => {
    const text = '“The sign read "closed for repairs" all week,” she said.';
    expect(quotes(text)).toEqual([['“The sign read "closed for repairs" all week,”', true]]);
  });
  it('reads a straight mark right before a curly one as wrapping the passage, not as a quotation', () => {
    const text = '"“The ferry is late,” the mayor said before adding that it would run."';
    expect(quotes(text)[0]).toEqual(['“The ferry is late,”', true]);
  });
  it('lets an unclosed quotation run to the end of the block', () => {
    expect(quotes('“The ferry is late. The bridge is closed.')).toEqual([['“The ferry is late. The bridge is closed.', false]]);
  });
  it('closes a curly quotation with a straight mark that does not open a word', () => {
    expect(quotes('“The ferry is late," he said.')).toEqual([['“The ferry is late,"', true]]);
  });
});
