/**
 * How the server's messages are written to a stream transport (stdio): as
 * the library's writer does (`JSON.stringify`, UTF-8), except long lists of
 * sourcetrace diagnostics, which are written from templates.
 *
 * Why: the server sends every diagnostic of a draft after every keystroke
 * (LSP replaces a document's diagnostics whole), and a long draft has
 * thousands (the 1 MB benchmark draft: 5,500 diagnostics). `JSON.stringify`
 * of the whole message and the UTF-8 encoding of its two-byte string
 * (messages have curly quotes) took tens of milliseconds of CPU per keystroke
 * on that draft.
 *
 * Two things make it cheap. First, a diagnostic's encoded bytes are kept with
 * the diagnostic object: a diagnostic's data are relative to it (see
 * diagnostics.ts), and the server keeps the previous version's diagnostic
 * object for every finding it would describe the same way (`makeResult`), so
 * after a keystroke nearly every diagnostic is an object already encoded, and
 * its bytes are copied. This relies on what the server does anyway: a
 * diagnostic is never changed once made. Second, a diagnostic met for the
 * first time is written from a template: its JSON cut at its numbers (range
 * and edit offsets), the pieces between them already encoded as UTF-8;
 * templates are found by message and checked field by field, so writing a
 * diagnostic is copying its pieces and writing its numbers' digits.
 *
 * The bytes are those of `JSON.stringify` of the message: the head and tail
 * come from `JSON.stringify` of the message with a marker in place of the
 * list, the pieces from `JSON.stringify` of each string, and a diagnostic that
 * is not exactly of the shape `toDiagnostic` makes (same keys, in the same
 * order) is encoded by `JSON.stringify` itself.
 */
import type { Writable } from 'node:stream';
import { format } from 'node:util';
import type { Connection } from 'vscode-languageserver';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import type { SourcetraceDiagnostic } from './diagnostics';
import { trace } from './trace';

/** Lists shorter than this are encoded in one piece, as the library would. */
const MIN_TEMPLATED = 16;

/** A diagnostic's JSON cut at its numbers (see the file's comment). */
interface Template {
  /** The diagnostic it was made from: others match it when every field but the numbers is equal. */
  model: SourcetraceDiagnostic;
  /** The UTF-8 pieces between the numbers: one more than there are numbers. */
  pieces: Uint8Array[];
}

const RANGE_KEYS = 'start,end';
const POSITION_KEYS = 'line,character';
const DIAGNOSTIC_KEYS = 'range,severity,code,codeDescription,source,message,data';
const DATA_KEYS = 'ruleId,confidence,fixes';
/** The keys of an edit relative to the diagnostic, and of one anchored at the end of the document. */
const EDIT_KEYS = 'start,end,newText';
const END_EDIT_KEYS = 'start,end,newText,anchor';

/** Own enumerable keys of an object, counted without making an array. */
function keyCount(o: object): number {
  let n = 0;
  // Diagnostics are plain objects: no enumerable key is inherited.
  for (const _ in o) n++;
  return n;
}

/**
 * True when `d` has exactly the fields `toDiagnostic` makes, in its order
 * (the order `JSON.stringify` writes them in), fixes and edits included.
 */
function hasDiagnosticShape(d: SourcetraceDiagnostic): boolean {
  const keys = (o: unknown) => (typeof o === 'object' && o !== null && !Array.isArray(o) ? Object.keys(o).join(',') : '');
  if (keys(d) !== DIAGNOSTIC_KEYS || keys(d.range) !== RANGE_KEYS || keys(d.range.start) !== POSITION_KEYS || keys(d.range.end) !== POSITION_KEYS) return false;
  if (keys(d.codeDescription) !== 'href' || keys(d.data) !== DATA_KEYS || !Array.isArray(d.data.fixes)) return false;
  if (typeof d.message !== 'string' || typeof d.code !== 'string' || typeof d.data.ruleId !== 'string') return false;
  for (const fix of d.data.fixes) {
    const k = keys(fix);
    if ((k !== 'title,kind,edits' && k !== 'title,kind,edits,preferred') || !Array.isArray(fix.edits)) return false;
    for (const e of fix.edits) {
      const k = keys(e);
      if (k !== EDIT_KEYS && (k !== END_EDIT_KEYS || e.anchor !== 'end')) return false;
    }
  }
  return true;
}

/** The template of a diagnostic of the shape `toDiagnostic` makes. */
function makeTemplate(d: SourcetraceDiagnostic): Template {
  const j = JSON.stringify;
  const pieces: Uint8Array[] = [];
  let current = '{"range":{"start":{"line":';
  /** Ends the current piece at a number; `next` starts the following piece. */
  const hole = (next: string) => {
    pieces.push(Buffer.from(current, 'utf8'));
    current = next;
  };
  hole(',"character":');
  hole('},"end":{"line":');
  hole(',"character":');
  hole(
    `}},"severity":${j(d.severity)},"code":${j(d.code)},"codeDescription":{"href":${j(d.codeDescription.href)}},` +
      `"source":${j(d.source)},"message":${j(d.message)},"data":{"ruleId":${j(d.data.ruleId)},"confidence":${j(d.data.confidence)},"fixes":[`,
  );
  d.data.fixes.forEach((fix, i) => {
    current += `${i ? ',' : ''}{"title":${j(fix.title)},"kind":${j(fix.kind)},"edits":[`;
    fix.edits.forEach((e, k) => {
      current += `${k ? ',' : ''}{"start":`;
      hole(',"end":');
      hole(`,"newText":${j(e.newText)}${e.anchor === undefined ? '' : `,"anchor":${j(e.anchor)}`}}`);
    });
    // `JSON.stringify` leaves out a key whose value is undefined.
    current += `]${'preferred' in fix && fix.preferred !== undefined ? `,"preferred":${j(fix.preferred)}` : ''}}`;
  });
  current += ']}}';
  pieces.push(Buffer.from(current, 'utf8'));
  return { model: d, pieces };
}

/** True when `d` is written by template `t`: the same fields and keys but for the numbers the template leaves out. */
function fits(t: SourcetraceDiagnostic, d: SourcetraceDiagnostic): boolean {
  if (t === d) return true;
  if (keyCount(d) !== 7 || keyCount(d.data) !== 3 || keyCount(d.range) !== 2 || keyCount(d.range.start) !== 2 || keyCount(d.range.end) !== 2) return false;
  if (t.code !== d.code || t.severity !== d.severity || t.source !== d.source || t.codeDescription?.href !== d.codeDescription?.href || keyCount(d.codeDescription) !== 1) return false;
  const a = t.data;
  const b = d.data;
  if (a.ruleId !== b.ruleId || a.confidence !== b.confidence || !Array.isArray(b.fixes) || a.fixes.length !== b.fixes.length) return false;
  for (let i = 0; i < a.fixes.length; i++) {
    const x = a.fixes[i]!;
    const y = b.fixes[i]!;
    if (x.title !== y.title || x.kind !== y.kind || x.preferred !== y.preferred || keyCount(x) !== keyCount(y) || !Array.isArray(y.edits) || x.edits.length !== y.edits.length) return false;
    for (let k = 0; k < x.edits.length; k++) {
      const e = y.edits[k]!;
      const m = x.edits[k]!;
      if (m.newText !== e.newText || m.anchor !== e.anchor || keyCount(e) !== keyCount(m)) return false;
    }
  }
  return true;
}

/** A growing byte buffer, written in place. */
class ByteWriter {
  bytes: Buffer;
  length = 0;

  /** @param size the expected length: the buffer starts a little larger, so that it rarely grows. */
  constructor(size: number) {
    this.bytes = Buffer.allocUnsafe(Math.max(1 << 16, Math.ceil(size * 1.1)));
  }

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + n));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  /**
   * The bytes written from `start` on, kept as a Latin-1 string (one
   * character per byte, so they come back exactly): thousands of small
   * strings cost the garbage collector far less than as many small buffers,
   * each with memory of its own, which made the first publish of a long draft
   * half again as slow.
   */
  keep(start: number): string {
    return this.bytes.toString('latin1', start, this.length);
  }

  /** Writes bytes kept by {@link keep}. */
  putKept(bytes: string): void {
    this.room(bytes.length);
    this.length += this.bytes.write(bytes, this.length, 'latin1');
  }

  put(piece: Uint8Array): void {
    this.room(piece.length);
    this.bytes.set(piece, this.length);
    this.length += piece.length;
  }

  /** Writes a number as `JSON.stringify` does; digit by digit for the usual non-negative integer. */
  number(n: unknown): void {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
      this.put(Buffer.from(JSON.stringify(n) ?? 'null', 'utf8'));
      return;
    }
    this.room(10);
    const start = this.length;
    let x = n;
    do {
      this.bytes[this.length++] = 48 + (x % 10);
      x = Math.floor(x / 10);
    } while (x > 0);
    // The digits went in backwards.
    for (let i = start, k = this.length - 1; i < k; i++, k--) {
      const c = this.bytes[i]!;
      this.bytes[i] = this.bytes[k]!;
      this.bytes[k] = c;
    }
  }
}

/**
 * Encodes messages as JSON in UTF-8, writing long lists of diagnostics from
 * templates. One instance per connection.
 */
export class DiagnosticsEncoder {
  /**
   * Templates, the ones used lately, in a tree keyed by a diagnostic's
   * message, then each fix's title and each edit's new text: the strings
   * that tell apart diagnostics with the same message (a footnote fix's
   * label, the phrase a fix replaces). Engine results share these strings
   * from one keystroke to the next, and a string's hash is kept with it, so
   * each step costs one lookup. `older` is the tree of the generation before.
   */
  private templates: TemplateNode = new Map();
  private older: TemplateNode = new Map();
  /** Templates in `templates`, to know when to start a new generation. */
  private count = 0;
  /** A string that never occurs in a message: it stands for the list while the rest of the message is encoded. */
  private readonly marker = `sourcetrace-diagnostics-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  /**
   * The bytes of each diagnostic written from a template, kept while the
   * diagnostic object lives: the same object is written with them next time.
   */
  private readonly encoded = new WeakMap<object, string>();
  /** Bytes of the last templated message: the next one is about as long, so its buffer starts that large. */
  private lastSize = 0;

  /** The encoded message: the bytes of `Buffer.from(JSON.stringify(msg))`. */
  encode(msg: Message): Buffer {
    const list = diagnosticsList(msg);
    if (!list || list.items.length < MIN_TEMPLATED) return Buffer.from(JSON.stringify(msg), 'utf8');
    trace('encode-start');
    const json = JSON.stringify(list.replace(this.marker));
    const at = json.indexOf(`"${this.marker}"`);
    if (at < 0) return Buffer.from(JSON.stringify(msg), 'utf8');
    // Templates not used for a generation are dropped: a new generation starts once the map is well past the list.
    if (this.count > 2 * list.items.length + 1024) {
      this.older = this.templates;
      this.templates = new Map();
      this.count = 0;
    }
    const out = new ByteWriter(this.lastSize);
    out.put(Buffer.from(`${json.slice(0, at)}[`, 'utf8'));
    // Runs of items no template writes are encoded together, by one `JSON.stringify` (one per item costs far more).
    let run: unknown[] = [];
    const flush = () => {
      if (!run.length) return;
      const whole = Buffer.from(JSON.stringify(run), 'utf8');
      out.put(whole.subarray(1, whole.length - 1));
      run = [];
    };
    list.items.forEach((item, i) => {
      if (i > 0 && !run.length) out.put(COMMA);
      const known = typeof item === 'object' && item !== null ? this.encoded.get(item) : undefined;
      const t = known === undefined ? this.templateOf(item) : undefined;
      if (known === undefined && !t) {
        run.push(item);
        return;
      }
      if (run.length) {
        flush();
        out.put(COMMA);
      }
      if (known !== undefined) {
        out.putKept(known);
        return;
      }
      const at = out.length;
      writeWith(out, t!, item as SourcetraceDiagnostic);
      this.encoded.set(item as object, out.keep(at));
    });
    flush();
    out.put(Buffer.from(`]${json.slice(at + this.marker.length + 2)}`, 'utf8'));
    this.lastSize = out.length;
    trace('encode-end', undefined, undefined, out.length);
    return Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.length);
  }

  /** The template that writes an item: undefined when it is not a diagnostic of the shape `toDiagnostic` makes. */
  private templateOf(item: unknown): Template | undefined {
    const d = item as SourcetraceDiagnostic;
    // A quick look first: most items of another shape fail here, without the lookups below.
    if (typeof d !== 'object' || d === null || typeof d.message !== 'string' || typeof d.data !== 'object' || d.data === null || !Array.isArray(d.data.fixes)) return undefined;
    if (typeof d.range !== 'object' || d.range === null || typeof d.codeDescription !== 'object') return undefined;
    try {
      return this.template(d);
    } catch {
      // Not a diagnostic of ours (a field that should be an object is not): written as it is.
      return undefined;
    }
  }


  /** The template that writes `d`, made when there is none yet; undefined when `d` is not of the shape templates are for. */
  private template(d: SourcetraceDiagnostic): Template | undefined {
    for (const t of leafOf(this.templates, d, false) ?? []) if (fits(t.model, d)) return t;
    // Used in the generation before: kept for this one.
    let t: Template | undefined;
    for (const x of leafOf(this.older, d, false) ?? []) {
      if (fits(x.model, d)) {
        t = x;
        break;
      }
    }
    if (!t && !hasDiagnosticShape(d)) return undefined;
    t ??= makeTemplate(d);
    leafOf(this.templates, d, true)!.push(t);
    this.count++;
    return t;
  }
}

/** A level of the template tree: the next key's children, and the templates of diagnostics whose keys end here. */
type TemplateNode = Map<unknown, TemplateNode | Template[]>;

/** The key under which a node keeps its templates. */
const LEAF = Symbol('templates');

/** The templates for diagnostics with the message, fix titles and new texts of `d`; the tree's nodes are made when `make`. */
function leafOf(root: TemplateNode, d: SourcetraceDiagnostic, make: boolean): Template[] | undefined {
  let node = step(root, d.message, make);
  for (const fix of d.data.fixes) {
    if (node) node = step(node, fix.title, make);
    for (const e of fix.edits) if (node) node = step(node, e.newText, make);
  }
  if (!node) return undefined;
  let list = node.get(LEAF) as Template[] | undefined;
  if (!list && make) node.set(LEAF, (list = []));
  return list;
}

/** The child of a template tree node for `key`; made when `make` and missing. */
function step(node: TemplateNode, key: unknown, make: boolean): TemplateNode | undefined {
  let next = node.get(key) as TemplateNode | undefined;
  if (!next && make) node.set(key, (next = new Map()));
  return next;
}

const COMMA = Buffer.from(',');

/** Writes a diagnostic with its template: the pieces, and the diagnostic's numbers between them. */
function writeWith(out: ByteWriter, t: Template, d: SourcetraceDiagnostic): void {
  const p = t.pieces;
  out.put(p[0]!);
  out.number(d.range.start.line);
  out.put(p[1]!);
  out.number(d.range.start.character);
  out.put(p[2]!);
  out.number(d.range.end.line);
  out.put(p[3]!);
  out.number(d.range.end.character);
  out.put(p[4]!);
  let k = 5;
  for (const fix of d.data.fixes) {
    for (const e of fix.edits) {
      out.number(e.start);
      out.put(p[k++]!);
      out.number(e.end);
      out.put(p[k++]!);
    }
  }
}

/** The list of diagnostics a message carries, and how to make the message with something else in its place. */
function diagnosticsList(msg: Message): { items: readonly unknown[]; replace(marker: string): unknown } | undefined {
  const m = msg as { method?: unknown; params?: { diagnostics?: unknown }; result?: { kind?: unknown; items?: unknown } };
  if (m.method === 'textDocument/publishDiagnostics' && Array.isArray(m.params?.diagnostics)) {
    const params = m.params;
    return { items: params.diagnostics as unknown[], replace: (marker) => ({ ...m, params: { ...params, diagnostics: marker } }) };
  }
  // A pulled report (the answer to `textDocument/diagnostic`).
  if ('id' in m && m.result && m.result.kind === 'full' && Array.isArray(m.result.items)) {
    const result = m.result;
    return { items: result.items as unknown[], replace: (marker) => ({ ...m, result: { ...result, items: marker } }) };
  }
  return undefined;
}

/**
 * A message writer for a stream (the server's stdout) that encodes with a
 * {@link DiagnosticsEncoder}, and writes each message at once, in the call
 * that sends it. The library's stream writer queues every message for a later
 * turn of the event loop (its encoder may be asynchronous; ours is not), so
 * a keystroke's diagnostics waited a turn after they were ready, behind
 * whatever that turn ran. Messages are written in the order they are sent,
 * with the same headers and bytes as the library's writer.
 */
class DiagnosticsStreamWriter extends AbstractMessageWriter implements MessageWriter {
  private readonly encoder = new DiagnosticsEncoder();
  private errorCount = 0;

  constructor(private readonly stream: Writable) {
    super();
    stream.on('error', (error: unknown) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let body: Buffer;
    try {
      body = this.encoder.encode(msg);
    } catch (error) {
      this.fireError(error, msg, ++this.errorCount);
      return Promise.reject(error);
    }
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null) => {
        if (!error) {
          this.errorCount = 0;
          resolve();
          return;
        }
        this.fireError(error, msg, ++this.errorCount);
        reject(error);
      };
      try {
        // Header and body in one system call (a corked stream writes its chunks together): the
        // client then wakes once for the message, not once for the header and again for the body.
        this.stream.cork();
        this.stream.write(`Content-Length: ${body.length}\r\n\r\n`, 'ascii');
        this.stream.write(body, done);
        this.stream.uncork();
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  end(): void {
    this.stream.end();
  }
}

/** A message writer for a stream (the server's stdout) that encodes with a {@link DiagnosticsEncoder} (see {@link DiagnosticsStreamWriter}). */
export function diagnosticsWriter(stream: Writable): MessageWriter {
  return new DiagnosticsStreamWriter(stream);
}

/**
 * Sends what is written to the console to the client's log instead of
 * stdout, which carries the protocol (what the library does itself when it
 * makes the stdio connection).
 */
export function consoleToClient(connection: Connection): void {
  const text = (args: unknown[]) => format(...args);
  console.log = (...args: unknown[]) => connection.console.log(text(args));
  console.info = (...args: unknown[]) => connection.console.info(text(args));
  console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
  console.trace = (...args: unknown[]) => connection.console.log(`${text(args)}\n${new Error().stack ?? ''}`);
  console.dir = (arg: unknown) => connection.console.log(format('%O', arg));
}
