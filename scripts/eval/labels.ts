/**
 * Sentence label files: reading, validating and mapping them to document offsets.
 *
 * The format is the worked example's (`../shared/examples/*.labels.tsv`): a
 * tab-separated file with the header `n label line start end phrase sentence`,
 * one row per sentence, `line` 0-based and `start`/`end` UTF-16 offsets within
 * that line (half-open). `phrase` and `sentence` are optional context; the
 * project's own sets leave them empty so that no corpus text is copied into it.
 *
 * Line and character conversion is the language server's own
 * (`server/src/lsp/positions.ts`), so labels, the CLI's JSON and the editor
 * agree on what a position means.
 */
import { buildLineIndex } from '../../server/src/lsp/positions';

/** A sentence label of the editorial standard (`labels.md`). */
export type Label = 'A' | 'V' | 'U' | 'N';

/** The four labels in the standard's order of precedence. */
export const LABELS: readonly Label[] = ['V', 'U', 'A', 'N'];

/** One labelled sentence as written in a `.labels.tsv` file. */
export interface LabelRow {
  /** The row's number as written in column `n`. */
  n: number;
  label: Label;
  /** 0-based line of the sentence. */
  line: number;
  /** UTF-16 offset of the sentence's first character within its line. */
  start: number;
  /** UTF-16 offset one past the sentence's last character within its line. */
  end: number;
  /** The phrase that decided the label, when the file gives one. */
  phrase: string;
  /** The sentence text, when the file gives one. */
  sentence: string;
  /** The 1-based line of the label file the row is on (0 for rows made in code). */
  fileLine: number;
}

/** A labelled sentence placed in its document. */
export interface LabelledSentence extends LabelRow {
  /** Document offset (UTF-16) of the sentence's first character. */
  docStart: number;
  /** Document offset one past the sentence's last character. */
  docEnd: number;
}

/** The header every label file starts with. */
export const HEADER = ['n', 'label', 'line', 'start', 'end', 'phrase', 'sentence'] as const;

/** A problem in a label file, with the 1-based file line it is on. */
export class LabelFileError extends Error {
  constructor(
    readonly file: string,
    readonly fileLine: number,
    message: string,
  ) {
    super(`${file}:${fileLine}: ${message}`);
    this.name = 'LabelFileError';
  }
}

function isLabel(s: string): s is Label {
  return s === 'A' || s === 'V' || s === 'U' || s === 'N';
}

function parseNonNegativeInt(s: string, what: string, file: string, fileLine: number): number {
  if (!/^\d+$/.test(s)) throw new LabelFileError(file, fileLine, `${what} must be a non-negative integer, got "${s}"`);
  return Number(s);
}

/**
 * Parses the text of a `.labels.tsv` file. Throws {@link LabelFileError} naming
 * the file and line on a bad header, a bad label or a bad number.
 */
export function parseLabels(tsv: string, file = '<labels>'): LabelRow[] {
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  if (HEADER.slice(0, 5).some((h, i) => header[i] !== h)) {
    throw new LabelFileError(file, 1, `header must start with "${HEADER.join('\t')}", got "${header.join('\t')}"`);
  }
  const rows: LabelRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const cols = raw.split('\t');
    if (cols.length < 5) throw new LabelFileError(file, i + 1, `expected at least 5 tab-separated columns, got ${cols.length}`);
    const label = cols[1]!.trim();
    if (!isLabel(label)) throw new LabelFileError(file, i + 1, `label must be one of A, V, U, N, got "${label}"`);
    const row: LabelRow = {
      n: parseNonNegativeInt(cols[0]!.trim(), 'n', file, i + 1),
      label,
      line: parseNonNegativeInt(cols[2]!.trim(), 'line', file, i + 1),
      start: parseNonNegativeInt(cols[3]!.trim(), 'start', file, i + 1),
      end: parseNonNegativeInt(cols[4]!.trim(), 'end', file, i + 1),
      phrase: cols[5] ?? '',
      sentence: cols.slice(6).join('\t'),
      fileLine: i + 1,
    };
    if (row.end <= row.start) throw new LabelFileError(file, i + 1, `end (${row.end}) must be greater than start (${row.start})`);
    rows.push(row);
  }
  return rows;
}

/** Formats rows as a `.labels.tsv` file (header, one row per sentence, final newline). */
export function formatLabels(rows: readonly LabelRow[]): string {
  const out = [HEADER.join('\t')];
  for (const r of rows) out.push([r.n, r.label, r.line, r.start, r.end, r.phrase, r.sentence].join('\t'));
  return out.join('\n') + '\n';
}

/** Whitespace-insensitive form of a sentence, for comparing the `sentence` column with the document. */
function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Places label rows in their document. A row that does not fit its document is
 * an error: a line past the end of the document, an end past the end of its
 * line, or a `sentence` column that differs (beyond whitespace) from the text
 * at its offsets. Without `onMismatch` the first such error is thrown. With it,
 * each error is passed to `onMismatch` and the run goes on: a row past the end
 * of the document is dropped, an end past its line is cut at the line's end,
 * and a differing sentence column is ignored (the offsets win).
 */
export function placeLabels(text: string, rows: readonly LabelRow[], file = '<labels>', onMismatch?: (e: LabelFileError) => void): LabelledSentence[] {
  const index = buildLineIndex(text);
  const report = (e: LabelFileError) => {
    if (!onMismatch) throw e;
    onMismatch(e);
  };
  const out: LabelledSentence[] = [];
  for (const r of rows) {
    const where = `row n=${r.n}`;
    if (r.line >= index.lineStarts.length) {
      report(new LabelFileError(file, r.fileLine, `${where}: line ${r.line} is past the end of the document (${index.lineStarts.length} lines); row left out`));
      continue;
    }
    const lineStart = index.lineStarts[r.line]!;
    const len = index.lineEnds[r.line]! - lineStart;
    let end = r.end;
    if (end > len) {
      report(new LabelFileError(file, r.fileLine, `${where}: end ${r.end} is past the end of line ${r.line} (length ${len}); cut at the line's end`));
      end = len;
      if (r.start >= end) continue;
    }
    const docStart = lineStart + r.start;
    const docEnd = lineStart + end;
    if (r.sentence !== '' && normalize(text.slice(docStart, docEnd)) !== normalize(r.sentence)) {
      report(new LabelFileError(file, r.fileLine, `${where}: the sentence column does not match the document at ${r.line}:${r.start}-${r.end}`));
    }
    out.push({ ...r, end, docStart, docEnd });
  }
  return out;
}
