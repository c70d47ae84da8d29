/**
 * The one tokenizer of the attribution stage, shared by the lexicon (to split
 * its phrases) and the finder (to split sentences), so both agree on what a
 * word is. A single left-to-right scan with no regular expression.
 */

/** What a token is. */
export type TokenKind = 'word' | 'punct' | 'quote';

/** A token: a word, a possessive "'s", a punctuation mark or a quotation mark. */
export interface Token {
  /** Document offset of the first code unit. */
  start: number;
  /** Document offset one past the last code unit. */
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case, with curly apostrophes made straight. */
  lower: string;
  kind: TokenKind;
  /** True when the first character is an upper-case letter. */
  cap: boolean;
}

/** True for letters, digits and combining marks. */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const n = c.charCodeAt(0);
  if (n < 128) return (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57);
  if (n === 0x2019 || n === 0x2018 || n === 0x201c || n === 0x201d || n === 0x2014 || n === 0x2013 || n === 0x2026 || n === 0xa0) return false;
  if (n >= 0x0300 && n <= 0x036f) return true;
  return c.toLowerCase() !== c.toUpperCase() || (n >= 0x4e00 && n <= 0x9fff);
}

const QUOTES = new Set(['"', '“', '”', '‘', '’', '«', '»', '„']);
const JOINERS = new Set(['-', '.', "'", '’', '&']);

/**
 * Splits `text.slice(from, to)` into tokens with document offsets. Inside a
 * word, `-`, `.`, `&` and apostrophes join letters ("Jong-un", "U.S", "don't");
 * a final "'s"/"’s" is its own token; an apostrophe or quotation mark anywhere
 * else is a `quote` token.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < to) {
        const d = text[j]!;
        if (isWordChar(d)) j++;
        else if (JOINERS.has(d) && isWordChar(text[j + 1]) && j + 1 < to) {
          // A possessive 's at the end of a word is split off, not joined.
          if ((d === "'" || d === '’') && (text[j + 1] === 's' || text[j + 1] === 'S') && !isWordChar(text[j + 2])) break;
          j += 2;
        } else break;
      }
      push(out, text, i, j, 'word');
      i = j;
    } else if ((c === "'" || c === '’') && out.length && out[out.length - 1]!.end === i && out[out.length - 1]!.kind === 'word' && (text[i + 1] === 's' || text[i + 1] === 'S') && !isWordChar(text[i + 2])) {
      push(out, text, i, i + 2, 'word');
      i += 2;
    } else if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0') i++;
    else {
      push(out, text, i, i + 1, QUOTES.has(c) ? 'quote' : 'punct');
      i++;
    }
  }
  return out;
}

function push(out: Token[], text: string, start: number, end: number, kind: TokenKind): void {
  const t = text.slice(start, end);
  const c = t.charCodeAt(0);
  let lower = t.toLowerCase();
  if (lower.includes('’')) lower = lower.split('’').join("'");
  const cap = c < 128 ? c >= 65 && c <= 90 : t[0] !== t[0]!.toLowerCase();
  out.push({ start, end, text: t, lower, kind, cap });
}
