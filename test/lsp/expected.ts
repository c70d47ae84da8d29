/**
 * What the protocol tests expect, computed from the engine itself: the server
 * must publish exactly what the engine finds, converted by the shared
 * conversion, so the expectations follow the engine as it improves.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis, type Config } from '../../server/src/engine';
import type { TextEdit } from '../../server/src/engine/types';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { buildLineIndex } from '../../server/src/lsp/positions';
import { SHARED } from './client';

/** The worked example draft, read from the shared folder at run time. */
export function kursk(): string {
  return fs.readFileSync(path.join(SHARED, 'examples/kursk-draft.md'), 'utf8');
}

/** The engine's analysis and the diagnostics the server should publish for it. */
export function expected(text: string, config?: Config) {
  const analysis: Analysis = analyze(text, config ? { config } : {});
  const lines = buildLineIndex(text);
  return { analysis, lines, diagnostics: analysis.findings.map((f) => toDiagnostic(f, lines)) };
}

/** Applies engine edits (offsets into `text`) to `text`. */
export function applyOffsetEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Where an offset of the text before the edits is in the text after them (text inserted at the offset goes before it). */
export function mapOffset(offset: number, edits: TextEdit[]): number {
  let shift = 0;
  for (const e of edits) if (e.end <= offset) shift += e.newText.length - (e.end - e.start);
  return offset + shift;
}
