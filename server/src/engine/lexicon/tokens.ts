/**
 * The one tokenizer of the attribution stage, shared by the lexicon (to split
 * its phrases) and the finder (to split sentences), so both agree on what a
 * word is. A single left-to-right scan over character codes, with no regular
 * expression; lower-casing is skipped for words that have no capital.
 */

/** What a token is. */
export type TokenKind = 'word' | 'punct' | 'quote';

/** A token: a word, a possessive "'s", a punctuation mark or a quotation mark. */
export interface Token {
  /** Document offset of the first code unit. */
  start: number;
  /** Document offset one past the last code unit. */
  end: number;
  /** The token as written; a typed run of two or more hyphens is the dash "—" (its offsets cover the hyphens). */
  text: string;
  /** Lower case, with curly apostrophes made straight. */
  lower: string;
  kind: TokenKind;
  /** True when the first character is an upper-case letter. */
  cap: boolean;
}

// Character classes of the ASCII range: 1 = lower-case letter or digit, 2 = upper-case letter.
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 1;
for (let c = 97; c <= 122; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 2;

const APOS = 0x27; // '
const RSQUO = 0x2019; // ’

/**
 * What the case mappings say of each code unit outside ASCII, filled as code
 * units are met (0 not yet known, else 1 + CASED + UPPER + SMALL): a code
 * unit's string is made and mapped once, not at every occurrence.
 */
const UNIT_CASE = new Uint8Array(0x10000);
const CASED = 2;
const UPPER = 4;
/** A small letter by its general category (`\p{Ll}`), case mapping or none ("ĸ", "ȷ"). */
const SMALL = 8;
const LL = /\p{Ll}/u;

/** `UNIT_CASE` of code unit `n`, computed on first sight. */
function unitCase(n: number): number {
  let k = UNIT_CASE[n]!;
  if (k === 0) {
    const c = String.fromCharCode(n);
    k = 1 | (c.toLowerCase() !== c.toUpperCase() ? CASED : 0) | (c !== c.toLowerCase() ? UPPER : 0) | (LL.test(c) ? SMALL : 0);
    UNIT_CASE[n] = k;
  }
  return k;
}

/** True for letters, digits and combining marks, by character code. */
function isWordCode(n: number): boolean {
  if (n < 128) return ASCII[n] !== 0;
  if (n === 0x2019 || n === 0x2018 || n === 0x201c || n === 0x201d || n === 0x2014 || n === 0x2013 || n === 0x2026 || n === 0xa0 || n === 0xab || n === 0xbb || n === 0x201e) return false;
  if (n >= 0x00c0 && n <= 0x024f) return n !== 0xd7 && n !== 0xf7;
  if (n >= 0x0300 && n <= 0x036f) return true;
  if (n >= 0x2000 && n <= 0x2bff) return false;
  if (n >= 0x4e00 && n <= 0x9fff) return true;
  return (unitCase(n) & CASED) !== 0;
}

/** True for the combining diacritical marks (U+0300–U+036F). */
function isCombining(n: number): boolean {
  return n >= 0x0300 && n <= 0x036f;
}

/** True for letters, digits and combining marks. */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && c.length > 0 && isWordCode(c.charCodeAt(0));
}

function isUpperCode(n: number): boolean {
  if (n < 128) return ASCII[n] === 2;
  return (unitCase(n) & UPPER) !== 0;
}

/** Characters that join letters inside a word: - . & and apostrophes. */
function isJoiner(n: number): boolean {
  return n === 0x2d || n === 0x2e || n === APOS || n === RSQUO || n === 0x26;
}

function isQuoteCode(n: number): boolean {
  return n === 0x22 || n === 0x201c || n === 0x201d || n === 0x2018 || n === RSQUO || n === 0xab || n === 0xbb || n === 0x201e;
}

function isSpaceCode(n: number): boolean {
  return n === 32 || n === 10 || n === 9 || n === 13 || n === 0xa0;
}

/**
 * True when the full stop at `dot` ends a sentence the next one runs into
 * with no space: a small letter before it, a capital and a small letter after
 * it ("percent.Officials", "said.Sanders"). The sentence splitter keeps the
 * two in one sentence, but they are two words and a stop, not one word:
 * joined, the word before the stop would be read as part of the next
 * sentence's subject ("growth at 2.1 percent.Officials said"), and how far
 * that subject ran back would hang on the words before it. So with a word
 * of small letters before a number ("disagree.1"). "U.S", "Ph.D", "e.g",
 * "3.5" and "vol.2" stay one word.
 */
function gluedSentenceEnd(text: string, smallRun: number, dot: number, to: number): boolean {
  const c = text.charCodeAt(dot + 1);
  // "disagree.1": a word of four or more small letters (`smallRun`, 0 when
  // the word holds anything else) and a number. A short one may be an
  // abbreviation before its number ("vol.2", "pp.12", "no.1").
  if (c >= 48 && c <= 57) return smallRun >= 4;
  if (dot + 2 >= to) return false;
  const b = text.charCodeAt(dot - 1);
  const e = text.charCodeAt(dot + 2);
  return isLowerCode(b) && isUpperCode(c) && isLowerCode(e);
}

/**
 * True for a small letter: cased, and its own lower case (`c !== upper &&
 * c === lower` of the mappings, read from `UNIT_CASE` as the other tests
 * are), or a small letter by category with no case mapping ("ĸ", "ƍ", "ȷ":
 * word characters by their Latin range), so that "ĸ.The" is split like
 * "k.The" and no word token holds a glued sentence end.
 */
function isLowerCode(n: number): boolean {
  if (n < 128) return n >= 97 && n <= 122;
  const k = unitCase(n);
  return (k & (CASED | UPPER)) === CASED || (k & SMALL) !== 0;
}

/**
 * Splits `text.slice(from, to)` into tokens with document offsets. Inside a
 * word, `-`, `.`, `&` and apostrophes join letters ("Jong-un", "U.S", "don't");
 * a final "'s"/"’s" is its own token; an apostrophe or quotation mark anywhere
 * else is a `quote` token; two or more hyphens are one dash token "—".
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      let j = i + 1;
      const cap = isUpperCode(c);
      let upper = cap;
      let curly = false;
      // True while the word is only small ASCII letters (`gluedSentenceEnd`).
      let small = c >= 97 && c <= 122;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isWordCode(d)) {
          if (!upper && (d < 128 ? ASCII[d] === 2 : isUpperCode(d))) upper = true;
          if (small && !(d >= 97 && d <= 122)) small = false;
          j++;
        } else if (isJoiner(d) && j + 1 < to && isWordCode(text.charCodeAt(j + 1)) && !isCombining(text.charCodeAt(j + 1)) && !(d === 0x2e && gluedSentenceEnd(text, small ? j - i : 0, j, to))) {
          // A combining mark after a joiner belongs to the joiner ("said.́"), not to a word.
          // A possessive 's at the end of a word is split off, not joined.
          const e = text.charCodeAt(j + 1);
          if ((d === APOS || d === RSQUO) && (e === 0x73 || e === 0x53) && (j + 2 >= to || !isWordCode(text.charCodeAt(j + 2)))) break;
          if (d === RSQUO) curly = true;
          if (!upper && isUpperCode(e)) upper = true;
          small = false;
          j += 2;
        } else break;
      }
      const t = text.slice(i, j);
      let lower = upper ? t.toLowerCase() : t;
      if (curly) lower = lower.split('’').join("'");
      out.push({ start: i, end: j, text: t, lower, kind: 'word', cap });
      i = j;
    } else if ((c === APOS || c === RSQUO) && out.length && out[out.length - 1]!.end === i && out[out.length - 1]!.kind === 'word' && i + 1 < to && (text.charCodeAt(i + 1) === 0x73 || text.charCodeAt(i + 1) === 0x53) && (i + 2 >= to || !isWordCode(text.charCodeAt(i + 2)))) {
      out.push({ start: i, end: i + 2, text: text.slice(i, i + 2), lower: "'s", kind: 'word', cap: false });
      i += 2;
    } else if (isSpaceCode(c)) i++;
    else if (c === 0x2d && i + 1 < to && text.charCodeAt(i + 1) === 0x2d) {
      // "Maine -- Harbor Health", "/PRNewswire/ --": a typed double (or
      // triple) hyphen is a dash, read as an em dash is; its text says so,
      // its offsets cover the hyphens.
      let j = i + 2;
      while (j < to && text.charCodeAt(j) === 0x2d) j++;
      out.push({ start: i, end: j, text: '—', lower: '—', kind: 'punct', cap: false });
      i = j;
    } else {
      const t = text[i]!;
      out.push({ start: i, end: i + 1, text: t, lower: t, kind: isQuoteCode(c) ? 'quote' : 'punct', cap: false });
      i++;
    }
  }
  return out;
}
