/**
 * The machine format of design.md:
 * `{"version":1,"files":[{"path":…,"diagnostics":[…],"claims":[…],"attributions":[…],"configErrors":[…]}]}`.
 *
 * `diagnostics` are LSP diagnostics exactly as the language server publishes
 * them. Claims carry their sentence as an LSP range and as UTF-16 offsets;
 * cues and sources carry their text and UTF-16 offsets, so a consumer can
 * check every span against the file.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Claim, Cue, Finding, SourceMention } from '../../engine/types';
import type { ConfigFileIssue } from '../../config';
import { anchoredAtEnd, DIAGNOSTIC_SOURCE, isSuppression, LSP_SEVERITY, ruleDocsUrl, type SourcetraceDiagnostic } from '../../lsp/diagnostics';
import { PositionCursor, spanToRange } from '../../lsp/positions';
import { displayPath, type FileResult } from '../check';

/** The version of the JSON format; bumped only for incompatible changes. */
export const JSON_FORMAT_VERSION = 1;

/** A cue in the JSON output. */
export interface JsonCue {
  text: string;
  kind: Cue['kind'];
  lemma?: string;
  start: number;
  end: number;
}

/** A source mention in the JSON output. */
export interface JsonSource {
  text: string;
  kind: SourceMention['kind'];
  start: number;
  end: number;
  /** For a pronoun or short form: the earlier mention it resolves to. */
  antecedent?: { text: string; start: number; end: number };
}

/** A claim (one sentence's verdict) in the JSON output. */
export interface JsonClaim {
  /** Index of the sentence. */
  sentence: number;
  /** The sentence as an LSP range. */
  range: Range;
  start: number;
  end: number;
  status: Claim['status'];
  reason: string;
  confidence: number;
  source: JsonSource | null;
  cue: JsonCue | null;
}

/** An attribution in the JSON output. */
export interface JsonAttribution {
  sentence: number;
  vague: boolean;
  confidence: number;
  cue: JsonCue;
  source: JsonSource | null;
}

/** A configuration problem in the JSON output. */
export interface JsonConfigError {
  /** Where the configuration was: the config file (relative path) or `front-matter`. */
  origin: string;
  /** Dotted key, e.g. `rules.vague-attribution`; empty for the whole file. */
  key: string;
  message: string;
  /** 1-based line and column of a JSON syntax error in a config file. */
  line?: number;
  column?: number;
  /** For front matter: the LSP range and offsets of the front matter block. */
  range?: Range;
  start?: number;
  end?: number;
}

/** One file in the JSON output. */
export interface JsonFile {
  path: string;
  diagnostics: SourcetraceDiagnostic[];
  claims: JsonClaim[];
  attributions: JsonAttribution[];
  configErrors: JsonConfigError[];
  /** Findings removed by suppression comments. */
  suppressed: number;
}

/** The whole JSON document. */
export interface JsonReport {
  version: typeof JSON_FORMAT_VERSION;
  files: JsonFile[];
}

/** Output is handed on in pieces of this many bytes. */
const CHUNK = 1 << 20;

/**
 * A draft's part of the report encoded where it was analysed and at least
 * this long is handed on as a piece of its own rather than copied into one.
 */
const OWN_PIECE = 16 * 1024;

/**
 * UTF-8 output gathered straight into buffers of {@link CHUNK} bytes. Items
 * are encoded in runs of about {@link RUN} UTF-16 code units: appending
 * hundreds of thousands of small strings to one document-sized string and
 * encoding that (a rope V8 must flatten first) cost about twice as much, and
 * encoding each item on its own pays a call into the runtime per item.
 */
class Pieces implements Sink {
  private buf = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  /** Full pieces not handed on yet. */
  ready: Uint8Array[] = [];

  add(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit (a lone surrogate becomes U+FFFD, 3 bytes).
    if (this.used + s.length * 3 > this.buf.length) {
      this.flush();
      if (s.length * 3 > this.buf.length) {
        this.ready.push(Buffer.from(s, 'utf8'));
        return;
      }
    }
    this.used += this.buf.write(s, this.used, 'utf8');
  }

  /**
   * Adds bytes already encoded (a draft's part of the report, written where
   * it was analysed). A part of {@link OWN_PIECE} bytes or more is handed on
   * as it is, after what the current piece holds: the main thread writes the
   * report after the last draft is checked, when no other thread has work,
   * and copying the 1,000 small drafts' 58 MB into new pieces took about as
   * long again as writing them (60–140 against 45–65 ms of CPU, copied and
   * written to a file or written as they are, alternating in process).
   */
  addBytes(b: Uint8Array): void {
    if (b.length >= OWN_PIECE) {
      this.handOn();
      this.ready.push(b);
      return;
    }
    let from = 0;
    while (from < b.length) {
      if (this.used === this.buf.length) this.flush();
      const n = Math.min(b.length - from, this.buf.length - this.used);
      this.buf.set(n === b.length ? b : b.subarray(from, from + n), this.used);
      this.used += n;
      from += n;
    }
  }

  /** Hands on what the current piece holds: a little is copied, so that the piece is filled on. */
  private handOn(): void {
    if (this.used >= OWN_PIECE) this.flush();
    else if (this.used > 0) {
      this.ready.push(Buffer.from(this.buf.subarray(0, this.used)));
      this.used = 0;
    }
  }

  flush(): void {
    if (this.used === 0) return;
    this.ready.push(this.buf.subarray(0, this.used));
    this.buf = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
  }

  /** The pieces ready to hand on, forgotten here. */
  *take(): Generator<Uint8Array> {
    const ready = this.ready;
    this.ready = [];
    yield* ready;
  }
}

/**
 * The JSON report (`JsonReport`) and a final newline as UTF-8, in pieces of
 * about a megabyte, so that a caller can write it as it is made. Claims and
 * attributions (one or more per sentence: hundreds of thousands in a 10 MB
 * draft) are written straight from the analysis, with no object built for
 * them and no document-sized string; the key order is that of the `Json*`
 * interfaces above, as `JSON.stringify` would write them.
 */
export function* jsonChunks(files: FileResult[], cwd: string): Generator<Uint8Array> {
  const out = new Pieces();
  out.add(`{"version":${JSON_FORMAT_VERSION},"files":[`);
  for (let fi = 0; fi < files.length; fi++) {
    const f = files[fi]!;
    if (fi) out.add(',');
    if (f.json === undefined) yield* fileSection(out, f, cwd);
    else {
      out.addBytes(f.json);
      if (out.ready.length) yield* out.take();
    }
  }
  out.add(']}\n');
  out.flush();
  yield* out.take();
}

/**
 * One draft's part of the JSON report (a `JsonFile`) as a string: what
 * {@link jsonChunks} writes for it. The thread that analyses a small draft
 * writes it and encodes it as UTF-8 (`check.ts`), so that many drafts'
 * reports are written on several cores and a worker hands over bytes.
 */
export function jsonFileSection(f: FileResult, cwd: string): string {
  const out = new Text();
  for (const _ of fileSection(out, f, cwd)) {
    // A string sink hands on no pieces: the loop only runs the generator.
  }
  return out.parts.join('');
}

/** Where the report is written: buffers handed on as they fill, or one string. */
interface Sink {
  add(s: string): void;
  /** Full pieces not handed on yet. */
  readonly ready: unknown[];
  take(): Generator<Uint8Array>;
}

/** A sink that keeps the report as string parts. */
class Text implements Sink {
  parts: string[] = [];
  readonly ready: never[] = [];

  add(s: string): void {
    this.parts.push(s);
  }

  *take(): Generator<Uint8Array> {
    // Nothing is ever ready: the parts are joined by the caller.
  }
}

/**
 * Writes one draft's `JsonFile`. Claims and attributions are written
 * straight from the analysis, with no object built for them.
 */
function* fileSection(out: Sink, f: FileResult, cwd: string): Generator<Uint8Array> {
  const a = f.analysis;
  out.add(`{"path":${JSON.stringify(f.path)},"diagnostics":[`);
  // Findings and claims come in document order, so their positions are found walking the lines.
  const lines = f.lines;
  const here = new PositionCursor(lines);
  yield* items(out, f.findings, (x) => diagnosticJson(here, x, lines.length));
  out.add('],"claims":[');
  const at = new PositionCursor(lines);
  yield* items(
    out,
    a.claims,
    (c) =>
      `{"sentence":${num(c.sentence)},"range":${rangeJson(at, c)},"start":${num(c.start)},"end":${num(c.end)},"status":${jsonString(c.status)},"reason":${jsonString(c.reason)},"confidence":${num(c.confidence)},"source":${c.source ? sourceJson(c.source) : 'null'},"cue":${c.cue ? cueJson(c.cue) : 'null'}}`,
  );
  out.add('],"attributions":[');
  yield* items(
    out,
    a.attributions,
    (at) => `{"sentence":${num(at.sentence)},"vague":${at.vague ? 'true' : 'false'},"confidence":${num(at.confidence)},"cue":${cueJson(at.cue)},"source":${at.source ? sourceJson(at.source) : 'null'}}`,
  );
  out.add(`],"configErrors":${JSON.stringify(configErrorsOf(f, cwd))},"suppressed":${num(a.suppressed)}}`);
}

/** Items are encoded in runs of about this many UTF-16 code units (see {@link Pieces}). */
const RUN = 16384;

/** Adds the items, comma-separated, handing on the pieces they fill. */
function* items<T>(out: Sink, list: readonly T[], toJson: (x: T) => string): Generator<Uint8Array> {
  let pending = '';
  for (let i = 0; i < list.length; i++) {
    pending += (i ? ',' : '') + toJson(list[i]!);
    if (pending.length > RUN) {
      out.add(pending);
      pending = '';
      if (out.ready.length) yield* out.take();
    }
  }
  if (pending) out.add(pending);
}

/** A number as `JSON.stringify` writes it. */
function num(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

/** A span's LSP range, as `JSON.stringify` writes it. */
function rangeJson(at: PositionCursor, span: { start: number; end: number }): string {
  at.seek(span.start);
  const start = `{"start":{"line":${at.line},"character":${at.character}},"end":{"line":`;
  at.seek(span.end);
  return `${start}${at.line},"character":${at.character}}}`;
}

/**
 * A string as `JSON.stringify` writes it. Most strings of a report (rule ids,
 * statuses, messages, the draft's words) hold no character JSON escapes, and
 * for those quoting them is all there is to do: a third of the cost of
 * `JSON.stringify` on a short string, and a fifth on a message with curly
 * quotes, which V8 stringifies on its slower two-byte path.
 */
export function jsonString(s: string): string {
  return ESCAPED.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/**
 * The characters `JSON.stringify` writes otherwise than as they are: `"`,
 * `\`, the control characters, and a surrogate that is not half of a pair (any
 * surrogate sends the string to `JSON.stringify`, which tells them apart).
 */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * A finding's diagnostic as `JSON.stringify(toDiagnostic(finding, lines))`
 * writes it (`lsp/diagnostics.ts` defines it; `test/cli/json.property.test.ts`
 * holds the two together), written straight from the finding: no object is
 * built, and the part that depends only on the rule and the severity is made
 * once. `here` walks the lines of the draft, of `length` code units.
 */
function diagnosticJson(here: PositionCursor, x: Finding, length: number): string {
  here.seek(x.start);
  // The offset of the range's start, which the fixes' edits are relative to.
  const base = here.lineStart + here.character;
  const start = `{"range":{"start":{"line":${here.line},"character":${here.character}},"end":{"line":`;
  here.seek(x.end);
  let fixes = '';
  for (const fix of x.fixes) {
    if (isSuppression(x.ruleId, fix.title)) continue;
    let edits = '';
    for (const e of fix.edits) {
      edits +=
        (edits ? ',' : '') +
        (anchoredAtEnd(e.start, length)
          ? `{"start":0,"end":${num(e.end - length)},"newText":${jsonString(e.newText)},"anchor":"end"}`
          : `{"start":${num(e.start - base)},"end":${num(e.end - base)},"newText":${jsonString(e.newText)}}`);
    }
    fixes += `${fixes ? ',' : ''}{"title":${jsonString(fix.title)},"kind":${jsonString(fix.kind)},"edits":[${edits}]${fix.preferred === undefined ? '' : fix.preferred ? ',"preferred":true' : ',"preferred":false'}}`;
  }
  return `${start}${here.line},"character":${here.character}}},${ruleHead(x)}${jsonString(x.message)},"data":{"ruleId":${jsonString(x.ruleId)},"confidence":${num(x.confidence)},"fixes":[${fixes}]}}`;
}

/** Per rule id, per LSP severity: the diagnostic's keys from `severity` to `message`, the message itself excepted. */
const ruleHeads = new Map<string, string[]>();

function ruleHead(x: Finding): string {
  const severity = LSP_SEVERITY[x.severity] ?? 2;
  let heads = ruleHeads.get(x.ruleId);
  if (heads === undefined) {
    heads = [];
    ruleHeads.set(x.ruleId, heads);
  }
  return (heads[severity] ??=
    `"severity":${severity},"code":${JSON.stringify(x.ruleId)},"codeDescription":${JSON.stringify({ href: ruleDocsUrl(x.ruleId) })},"source":${JSON.stringify(DIAGNOSTIC_SOURCE)},"message":`);
}

function cueJson(c: Cue): string {
  return `{"text":${jsonString(c.text)},"kind":${jsonString(c.kind)}${c.lemma ? `,"lemma":${jsonString(c.lemma)}` : ''},"start":${num(c.start)},"end":${num(c.end)}}`;
}

function sourceJson(s: SourceMention): string {
  const ante = s.antecedent ? `,"antecedent":{"text":${jsonString(s.antecedent.text)},"start":${num(s.antecedent.start)},"end":${num(s.antecedent.end)}}` : '';
  return `{"text":${jsonString(s.text)},"kind":${jsonString(s.kind)},"start":${num(s.start)},"end":${num(s.end)}${ante}}`;
}

function configErrorsOf(f: FileResult, cwd: string): JsonConfigError[] {
  return [
    ...f.configIssues.map((i) => fileIssue(i, cwd)),
    ...f.analysis.configErrors.map((i) => ({
      origin: 'front-matter',
      key: i.path,
      message: i.message,
      ...(i.span ? { range: spanToRange(f.lines, i.span), start: i.span.start, end: i.span.end } : {}),
    })),
  ];
}

function fileIssue(i: ConfigFileIssue, cwd: string): JsonConfigError {
  return { origin: displayPath(cwd, i.file), key: i.path, message: i.message, ...(i.line ? { line: i.line, column: i.column ?? 1 } : {}) };
}
