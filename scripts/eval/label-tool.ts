/**
 * The tool used to build the project's labelled sets by hand.
 *
 *   tsx scripts/eval/label-tool.ts propose TEXT_FILE > WORK_FILE
 *       Proposes sentence boundaries with a plain rule (end punctuation, then
 *       space, then a capital, a digit or a quotation mark; a list of
 *       abbreviations does not end a sentence) and prints one `?<TAB>sentence`
 *       line per sentence, a blank line between paragraphs, skipping line 0
 *       (the headline, a heading by the standard). The work file is meant to be
 *       kept OUTSIDE the project (it holds corpus text).
 *
 *   tsx scripts/eval/label-tool.ts finish TEXT_FILE WORK_FILE > NAME.labels.tsv
 *       After a person has corrected the boundaries (join or split lines) and
 *       replaced every `?` with A, V, U or N by reading, finds each sentence in
 *       the document in order and prints the label file with offsets only: the
 *       `phrase` and `sentence` columns stay empty so no corpus text is copied.
 *       Fails when a sentence cannot be found in order, when prose between two
 *       sentences would be skipped, or when a label is missing.
 *
 * The labels themselves are never proposed: they are decided by reading.
 */
import { readFileSync } from 'node:fs';
import { buildLineIndex, offsetToPosition } from '../../server/src/lsp/positions';
import { formatLabels, type Label, type LabelRow } from './labels';

/** Words that end with a period without ending a sentence (titles, months, initials of places, Latin). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'st', 'jr',
  'sr', 'prof', 'rev', 'hon', 'pres', 'del', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.n', 'u.k', 'd.c', 'n.y', 'l.a', 'calif',
  'fla', 'ariz', 'mass', 'wash', 'pa', 'va', 'ga', 'ill', 'mich', 'minn', 'wis', 'tenn', 'ky', 'ala', 'la', 'mo', 'ore', 'colo', 'conn', 'okla', 'nev',
]);

/** Proposes sentence spans `[start, end)` within one line of text. */
export function proposeSentences(line: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < line.length && /\s/.test(line[start]!)) start++;
  const re = /[.?!]+["”’')\]]*(?=\s+["“‘(]?[A-Z0-9])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const end = m.index + m[0].length;
    if (end <= start) continue;
    const before = line.slice(start, m.index);
    const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0][0] === '.' && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word))) continue;
    out.push({ start, end });
    start = end;
    while (start < line.length && /\s/.test(line[start]!)) start++;
  }
  let end = line.length;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
  return out;
}

/** The work file text for a document: `?<TAB>sentence` lines, paragraphs separated by blank lines. */
export function propose(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    for (const s of proposeSentences(line)) out.push(`?\t${line.slice(s.start, s.end)}`);
    out.push('');
  });
  return out.join('\n');
}

/** Turns a corrected work file into label rows with offsets only. Throws a clear error on any mismatch. */
export function finish(text: string, work: string): LabelRow[] {
  const index = buildLineIndex(text);
  const rows: LabelRow[] = [];
  let pos = index.lineStarts.length > 1 ? index.lineStarts[1]! : text.length;
  work.split('\n').forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const tab = raw.indexOf('\t');
    const label = raw.slice(0, tab);
    const sentence = raw.slice(tab + 1);
    if (tab < 0 || !['A', 'V', 'U', 'N'].includes(label)) throw new Error(`work line ${i + 1}: expected LABEL<TAB>sentence with LABEL in A V U N, got "${raw.slice(0, 40)}"`);
    const at = text.indexOf(sentence, pos);
    if (at < 0) throw new Error(`work line ${i + 1}: sentence not found after offset ${pos}: "${sentence.slice(0, 60)}"`);
    const skipped = text.slice(pos, at);
    if (skipped.trim() !== '') throw new Error(`work line ${i + 1}: text would be skipped before it: "${skipped.trim().slice(0, 60)}"`);
    const from = offsetToPosition(index, at);
    const to = offsetToPosition(index, at + sentence.length);
    if (from.line !== to.line) throw new Error(`work line ${i + 1}: a sentence must not span lines`);
    rows.push({ n: rows.length + 1, label: label as Label, line: from.line, start: from.character, end: to.character, phrase: '', sentence: '', fileLine: 0 });
    pos = at + sentence.length;
  });
  if (text.slice(pos).trim() !== '') throw new Error(`text left unlabelled at the end: "${text.slice(pos).trim().slice(0, 60)}"`);
  return rows;
}

function run(argv: readonly string[]): number {
  const [cmd, textFile, workFile] = argv;
  try {
    if (cmd === 'propose' && textFile) process.stdout.write(propose(readFileSync(textFile, 'utf8')) + '\n');
    else if (cmd === 'finish' && textFile && workFile) process.stdout.write(formatLabels(finish(readFileSync(textFile, 'utf8'), readFileSync(workFile, 'utf8'))));
    else {
      process.stderr.write('usage: label-tool.ts propose TEXT_FILE | finish TEXT_FILE WORK_FILE\n');
      return 2;
    }
  } catch (e) {
    process.stderr.write(`label-tool: ${(e as Error).message}\n`);
    return 2;
  }
  return 0;
}

if (require.main === module) process.exitCode = run(process.argv.slice(2));
