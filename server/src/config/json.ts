/**
 * Strict JSON parsing that says where a syntax error is.
 *
 * `JSON.parse` does the parsing. Its error messages differ between Node
 * versions and some carry no position at all, so when it fails a small
 * scanner walks the text again to find the first offending character and to
 * describe what was expected there in plain words.
 */

/** The result of {@link parseJson}. */
export type JsonResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      /** UTF-16 offset of the first offending character (the text length for an early end). */
      offset: number;
      /** What is wrong, e.g. `expected ',' or '}' after a property value`. */
      message: string;
    };

/** Parses strict JSON (no comments, no trailing commas). A leading byte order mark is skipped. */
export function parseJson(text: string): JsonResult {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    return { ok: true, value: JSON.parse(bom ? text.slice(1) : text) };
  } catch {
    const located = locateJsonError(text, bom);
    return { ok: false, ...located };
  }
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Finds the first syntax error of a text that `JSON.parse` rejected. Nesting
 * is tracked on an explicit stack, so deeply nested input cannot overflow the
 * call stack.
 */
function locateJsonError(text: string, from: number): { offset: number; message: string } {
  const n = text.length;
  let i = from;
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const describe = (at: number) => {
    if (at >= n) return 'end of file';
    const ch = text[at]!;
    if (ch === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) return 'a comment (JSON has no comments)';
    if (ch === "'") return "a single quote (JSON strings use double quotes)";
    return `"${ch}"`;
  };
  const scanString = () => {
    const start = i;
    i++;
    for (;;) {
      if (i >= n) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34 /* " */) {
        i++;
        return;
      }
      if (c === 92 /* \ */) {
        const e = text[i + 1];
        if (e === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) fail('invalid \\u escape: expected four hexadecimal digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('invalid escape sequence in a string');
      } else if (c < 0x20) {
        fail('line break or control character inside a string (write it as \\n or \\t)');
      } else i++;
    }
  };
  /** Scans one scalar value, or opens a container; returns the container kind opened. */
  const scanValue = (): '{' | '[' | undefined => {
    skipWs();
    if (i >= n) fail('unexpected end of file: expected a value');
    const ch = text[i]!;
    if (ch === '{' || ch === '[') {
      i++;
      return ch;
    }
    if (ch === '"') return void scanString();
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return undefined;
      }
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail('invalid number');
      i = NUMBER.lastIndex;
      return undefined;
    }
    return fail(`unexpected ${describe(i)}: expected a value`);
  };

  try {
    const stack: ('{' | '[')[] = [];
    // `opened` is the container a value just opened, if any: its members come next.
    let opened = scanValue();
    for (;;) {
      if (opened) {
        stack.push(opened);
        skipWs();
        const close = opened === '{' ? '}' : ']';
        if (text[i] === close) {
          i++;
          stack.pop();
        } else if (opened === '{') {
          scanKey();
          opened = scanValue();
          continue;
        } else {
          opened = scanValue();
          continue;
        }
      }
      // A value just ended: close containers or move to the next member.
      const top = stack[stack.length - 1];
      skipWs();
      if (!top) break;
      const close = top === '{' ? '}' : ']';
      if (text[i] === ',') {
        i++;
        skipWs();
        if (text[i] === close) fail(`trailing comma before "${close}" (JSON allows none)`, i);
        if (top === '{') scanKey();
        opened = scanValue();
        continue;
      }
      if (text[i] === close) {
        i++;
        stack.pop();
        opened = undefined;
        continue;
      }
      fail(`unexpected ${describe(i)}: expected "," or "${close}" after ${top === '{' ? 'a property value' : 'an array element'}`);
    }
    if (i < n) fail(`unexpected ${describe(i)} after the end of the JSON value`);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { offset: e.offset, message: e.message };
    throw e;
  }
  // JSON.parse rejected what the scanner accepts: should not happen, but never hide the error.
  return { offset: from, message: 'invalid JSON' };

  function scanKey() {
    skipWs();
    if (text[i] !== '"') fail(`unexpected ${describe(i)}: expected a property name in double quotes`);
    scanString();
    skipWs();
    if (text[i] !== ':') fail(`unexpected ${describe(i)}: expected ":" after the property name`);
    i++;
  }
}
