/**
 * Project configuration files (`.sourcetrace.json`) as the language server sees
 * them: found per document with the CLI's {@link ConfigLoader}, re-read when a
 * watched file changes, and reported as diagnostics in the file itself when
 * they are broken (the defaults stay in force meanwhile).
 */
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ConfigLoader, type ConfigFileIssue, type LoadedConfig } from '../config';
import { buildLineIndex, spanToRange } from './positions';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** The file-system path of a `file:` URI, or undefined for any other scheme. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The `file:` URI of an absolute path. */
export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** The project configuration of one document. */
export interface ProjectConfig {
  loaded: LoadedConfig;
  /** True when the file's `ignore` globs exclude the document. */
  ignored: boolean;
}

/**
 * Finds the project configuration of documents and keeps track of the broken
 * files it has reported, so their diagnostics can be cleared once fixed.
 */
export class ProjectConfigs {
  private loader = new ConfigLoader();
  /** URIs of configuration files that currently have diagnostics published. */
  private readonly reported = new Set<string>();

  /**
   * @param publish sends the diagnostics of a configuration file (an empty list clears them).
   */
  constructor(private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void) {}

  /** The project configuration for a document; documents that are not files get the defaults. */
  forDocument(uri: string): ProjectConfig | undefined {
    const p = uriToPath(uri);
    if (p === undefined) return undefined;
    const loaded = this.loader.forFile(p);
    if (loaded.file) this.report(loaded);
    return { loaded, ignored: loaded.isIgnored(p) };
  }

  /** The loader, for walking the workspace with the same cached lookups. */
  get configLoader(): ConfigLoader {
    return this.loader;
  }

  /**
   * Forgets every cached file after a watched-file event. Files reported as
   * broken are cleared now; the next analysis reports them again if still broken.
   */
  reset(): void {
    this.loader = new ConfigLoader();
    for (const uri of this.reported) this.publish(uri, []);
    this.reported.clear();
  }

  private report(loaded: LoadedConfig): void {
    const uri = pathToUri(loaded.file!);
    if (loaded.issues.length === 0) {
      if (this.reported.delete(uri)) this.publish(uri, []);
      return;
    }
    if (this.reported.has(uri)) return;
    this.reported.add(uri);
    this.publish(uri, configIssueDiagnostics(loaded.file!, loaded.issues));
  }
}

/**
 * Diagnostics for the issues of one configuration file, each on the key it is
 * about (or the syntax error's position; the first character for the file as a whole).
 */
export function configIssueDiagnostics(file: string, issues: ConfigFileIssue[]): Diagnostic[] {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    // The file may be unreadable or gone: the issue says so, shown at its start.
  }
  const index = buildLineIndex(text);
  return issues.map((issue) => {
    let range = { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(1, index.lineEnds[0] ?? 0) } };
    if (issue.line !== undefined) {
      const start = { line: issue.line - 1, character: (issue.column ?? 1) - 1 };
      range = { start, end: { line: start.line, character: start.character + 1 } };
    } else if (issue.path) {
      const span = locateKey(text, issue.path.split(', ')[0]!);
      if (span) range = spanToRange(index, span);
    }
    const message = `${issue.path ? `${issue.path}: ` : ''}${issue.message}. The defaults are in force until this is fixed.`;
    return { range, severity: 1, source: DIAGNOSTIC_SOURCE, message };
  });
}

/**
 * The span of the key a dotted path names, found by looking for each quoted
 * segment after the previous one. Numeric segments (array items) stop the
 * search at the array's key. Good enough for pointing at a typo; undefined when
 * a segment is not found.
 */
export function locateKey(text: string, dotted: string): { start: number; end: number } | undefined {
  let from = 0;
  let span: { start: number; end: number } | undefined;
  for (const seg of dotted.split('.')) {
    if (/^\d+$/.test(seg)) break;
    const needle = JSON.stringify(seg);
    const at = text.indexOf(needle, from);
    if (at < 0) return span;
    span = { start: at, end: at + needle.length };
    from = span.end;
  }
  return span;
}

