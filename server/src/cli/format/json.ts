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
import type { Attribution, Claim, Cue, SourceMention } from '../../engine/types';
import type { ConfigFileIssue } from '../../config';
import { toDiagnostic, type SourcetraceDiagnostic } from '../../lsp/diagnostics';
import { spanToRange } from '../../lsp/positions';
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

/** Builds the JSON report of the results. */
export function toJsonReport(files: FileResult[], cwd: string): JsonReport {
  return { version: JSON_FORMAT_VERSION, files: files.map((f) => toJsonFile(f, cwd)) };
}

/** Formats the results as one JSON document and a final newline. */
export function formatJson(files: FileResult[], cwd: string): string {
  return JSON.stringify(toJsonReport(files, cwd)) + '\n';
}

function toJsonFile(f: FileResult, cwd: string): JsonFile {
  const a = f.analysis;
  return {
    path: f.path,
    diagnostics: f.findings.map((x) => toDiagnostic(x, f.lines)),
    claims: a.claims.map((c) => ({
      sentence: c.sentence,
      range: spanToRange(f.lines, c),
      start: c.start,
      end: c.end,
      status: c.status,
      reason: c.reason,
      confidence: c.confidence,
      source: c.source ? jsonSource(c.source) : null,
      cue: c.cue ? jsonCue(c.cue) : null,
    })),
    attributions: a.attributions.map((at: Attribution) => ({
      sentence: at.sentence,
      vague: at.vague,
      confidence: at.confidence,
      cue: jsonCue(at.cue),
      source: at.source ? jsonSource(at.source) : null,
    })),
    configErrors: [
      ...f.configIssues.map((i) => fileIssue(i, cwd)),
      ...a.configErrors.map((i) => ({
        origin: 'front-matter',
        key: i.path,
        message: i.message,
        ...(i.span ? { range: spanToRange(f.lines, i.span), start: i.span.start, end: i.span.end } : {}),
      })),
    ],
    suppressed: a.suppressed,
  };
}

function fileIssue(i: ConfigFileIssue, cwd: string): JsonConfigError {
  return { origin: displayPath(cwd, i.file), key: i.path, message: i.message, ...(i.line ? { line: i.line, column: i.column ?? 1 } : {}) };
}

function jsonCue(c: Cue): JsonCue {
  return { text: c.text, kind: c.kind, ...(c.lemma ? { lemma: c.lemma } : {}), start: c.start, end: c.end };
}

function jsonSource(s: SourceMention): JsonSource {
  return {
    text: s.text,
    kind: s.kind,
    start: s.start,
    end: s.end,
    ...(s.antecedent ? { antecedent: { text: s.antecedent.text, start: s.antecedent.start, end: s.antecedent.end } } : {}),
  };
}
