/**
 * A reader for brat stand-off annotation (`.ann`) as PolNeAR uses it.
 *
 * `T<n>\t<Label> <start> <end>[;<start> <end>…]\t<text>` is a text-bound span
 * (discontinuous fragments separated by `;`); `E<n>\t<Type>:T<a> <Role>:T<b> …`
 * is an event linking roles to spans. Other line kinds (`#` notes, `A`
 * attributes, `R` relations) are kept out of the result. brat offsets count
 * Unicode code points; {@link codePointToUtf16} converts them to the UTF-16
 * offsets the engine uses.
 */

/** A text-bound annotation. */
export interface BratSpan {
  id: string;
  label: string;
  /** The fragments, in the file's order, as offsets of the file's unit (code points). */
  fragments: Array<{ start: number; end: number }>;
  /** The covered text as written in the .ann file. */
  text: string;
}

/** An event: its type, anchor and role → span id arguments. */
export interface BratEvent {
  id: string;
  type: string;
  /** The id of the anchor span. */
  anchor: string;
  /** Role name → span id, e.g. `{ Source: "T1", Cue: "T2" }`. */
  args: Record<string, string>;
}

/** A parsed .ann file. */
export interface BratDoc {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

/** A problem in an .ann file, with the 1-based line it is on. */
export class BratError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'BratError';
  }
}

/** Parses the text of a brat .ann file. Throws {@link BratError} on a malformed T or E line. */
export function parseBrat(ann: string, file = '<ann>'): BratDoc {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  const lines = ann.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const [id = '', body = '', ...rest] = line.split('\t');
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      if (sp < 0) throw new BratError(file, i + 1, `span ${id} has no offsets`);
      const label = body.slice(0, sp);
      const fragments = body
        .slice(sp + 1)
        .split(';')
        .map((frag) => {
          const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(frag);
          if (!m) throw new BratError(file, i + 1, `span ${id} has a bad fragment "${frag}"`);
          const start = Number(m[1]);
          const end = Number(m[2]);
          if (end < start) throw new BratError(file, i + 1, `span ${id} ends before it starts`);
          return { start, end };
        });
      spans.set(id, { id, label, fragments, text: rest.join('\t') });
    } else if (id.startsWith('E')) {
      const parts = body.trim().split(/\s+/);
      const first = parts.shift() ?? '';
      const colon = first.indexOf(':');
      if (colon < 0) throw new BratError(file, i + 1, `event ${id} has no type:anchor`);
      const args: Record<string, string> = {};
      for (const p of parts) {
        const c = p.indexOf(':');
        if (c < 0) throw new BratError(file, i + 1, `event ${id} has a bad argument "${p}"`);
        args[p.slice(0, c)] = p.slice(c + 1);
      }
      events.push({ id, type: first.slice(0, colon), anchor: first.slice(colon + 1), args });
    }
  }
  for (const e of events) {
    for (const ref of [e.anchor, ...Object.values(e.args)]) {
      if (!spans.has(ref)) throw new Error(`${file}: event ${e.id} refers to ${ref}, which is not defined`);
    }
  }
  return { spans, events };
}

/**
 * Returns a function mapping a code-point offset of `text` to its UTF-16
 * offset. For text with no astral characters this is the identity.
 */
export function codePointToUtf16(text: string): (cp: number) => number {
  const astral: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++, cp++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(cp);
        i++;
      }
    }
  }
  if (astral.length === 0) return (n) => n;
  return (n) => {
    let extra = 0;
    for (const a of astral) if (a < n) extra++;
    return n + extra;
  };
}
