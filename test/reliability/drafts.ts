/**
 * Shared by the bounded property tests (`engine.property.test.ts`) and the
 * long fuzz run (`scripts/fuzz.ts`): a generator of news-like Markdown drafts
 * and the properties every analysis must have.
 *
 * Drafts are built from pieces a newsroom writes (sentences with speech cues,
 * vague sources, quotations, numbers), Markdown markup, in-text directives and
 * the characters that break naive text handling (CRLF and lone CR, lone
 * surrogates, NUL, emoji, BOM).
 */
import fc from 'fast-check';
import { analyze, type AnalyzeOptions } from '../../server/src/engine';
import type { Analysis, Finding, Fix, Span, TextEdit } from '../../server/src/engine/types';
import { makeResult, type EffectiveConfig } from '../../server/src/lsp/analysis';
import { fixAllEdits } from '../../server/src/lsp/codeActions';
import { rangeToSpan } from '../../server/src/lsp/positions';
import { resolveConfig } from '../../server/src/engine/config';

/** Sentences and fragments in the style of a news draft. */
const SENTENCES = [
  'The ministry said on Monday that 40 people had died.',
  'Officials said the talks would resume.',
  'According to reports, the company lost $3.2 billion in 2023.',
  'Analysts and observers worldwide have raised concerns.',
  'The decision has raised questions.',
  'It is believed that the plant will close.',
  'Sources familiar with the matter said the deal was done.',
  'Prices rose 12% last year.',
  'The bridge collapsed at 4 a.m., killing three.',
  '"We will not back down," she said.',
  '“This is a disaster,” said Maria Lopez, the mayor of Springfield.',
  '“Nobody knew.”',
  '"It was chaos. Nobody was in charge.',
  'He added that the figures were wrong.',
  'Mr. Brown, a spokesman for Acme Corp., declined to comment.',
  'The report by the IMF estimates growth at 2.1 percent.',
  'Reportedly, the CEO resigned.',
  'Experts warn the virus could spread.',
  'According to [SOURCE], 7 million were displaced.',
  '[SPEAKER] said: "It is over."',
  'The plan, critics say, is doomed.',
  'Some say it was inevitable; others disagree.',
  'The U.S. Department of State confirmed the sanctions in a statement.',
  'It has been documented that 300 homes were destroyed.',
  'Unemployment fell to 3.9 percent, the lowest since 1969.',
  'She told reporters',
  'according to',
  'said',
  'a senior official',
  'people familiar with the matter',
  'state media reported',
];

/** Markdown markup, directives, comments and hostile characters. */
const MARKUP = [
  '\n\n', '\n', '\r\n', '\r\n\r\n', '\r', ' ', '  ', '\t',
  '# ', '## ', '> ', '> > ', '- ', '* ', '1. ', '    ', '```\n', '~~~', '---\n', '***', '===\n',
  '**', '*', '_', '`', '[', ']', '(', ')', '](https://example.org/a)', '[link](https://example.org)',
  '[^1]', '\n\n[^1]: Ministry statement, 12 Dec.\n', '<https://a.b/c>', '<div>', '</div>', '<br>',
  '| a | b |\n|---|---|\n| c | d |\n', '&amp;', '&#35;', '\\',
  '<!--', '-->', '<!-- source: Reuters, 3 March -->', '<!-- sourcetrace-disable -->', '<!-- sourcetrace-enable -->',
  '<!-- sourcetrace-disable-next-line -->\n', '<!-- sourcetrace-disable-line vague-attribution -->',
  '<!-- sourcetrace-disable-file unattributed-claim -->', '<!-- sourcetrace-disable-next-line nope -->',
  '---\ntitle: x\nsourcetrace:\n  vagueTerms: [insiders]\n---\n', '---\nsourcetrace: 3\n---\n', '---\n: : [\n---\n',
  '"', '“', '”', '‘', '’', "'", '…', '—', '.', '. ', '?', '!', ',', ';', ':',
  '\u0000', '\u0001', '\u001b', '\u007f', '\u00a0', '\u2028', '\ufeff', '\ud800', '\udfff', '\udc00\ud800',
  '😀', '👩‍👩‍👧', '🇺🇦', 'é', 'ﬁ', '\u0301',
  '42', '3.5', '1,000,000', '$12bn', '50%', '2024',
];

/** One piece of a draft. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/**
 * A random news-like Markdown draft of up to `maxPieces` pieces. `size` is
 * fast-check's size hint: 'small' (its default) gives mostly short drafts,
 * 'max' spreads lengths evenly up to `maxPieces`.
 */
export function draft(maxPieces = 40, size: fc.SizeForArbitrary = 'small'): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: maxPieces, size }).map((parts) => parts.join(''));
}

/** A draft, and a choice of one of its fixes to apply (an index taken modulo the number of fixes). */
export function draftWithChoice(maxPieces = 40, size: fc.SizeForArbitrary = 'small'): fc.Arbitrary<{ text: string; pick: number }> {
  return fc.record({ text: draft(maxPieces, size), pick: fc.nat() });
}

/** The spans of an analysis, each named for the message of a failed check. */
export function spansOf(a: Analysis): [string, Span][] {
  const out: [string, Span][] = [];
  a.sentences.forEach((s, i) => out.push([`sentence ${i}`, s]));
  a.claims.forEach((c, i) => {
    out.push([`claim ${i}`, c]);
    if (c.cue) out.push([`claim ${i} cue`, c.cue]);
    if (c.source) out.push([`claim ${i} source`, c.source]);
    if (c.source?.antecedent) out.push([`claim ${i} source antecedent`, c.source.antecedent]);
  });
  a.attributions.forEach((at, i) => {
    out.push([`attribution ${i} cue`, at.cue]);
    if (at.source) out.push([`attribution ${i} source`, at.source]);
    if (at.source?.antecedent) out.push([`attribution ${i} source antecedent`, at.source.antecedent]);
  });
  a.entities.forEach((e, i) => {
    out.push([`entity ${i} introduced`, e.introduced]);
    e.mentions.forEach((m, j) => out.push([`entity ${i} mention ${j}`, m]));
  });
  a.findings.forEach((f, i) => {
    out.push([`finding ${i}`, f]);
    f.fixes.forEach((fix, j) => fix.edits.forEach((e, k) => out.push([`finding ${i} fix ${j} edit ${k}`, e])));
  });
  a.configErrors.forEach((c, i) => c.span && out.push([`config error ${i}`, c.span]));
  return out;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** Every violation of the range rules: in bounds, ordered, integral, not splitting a surrogate pair. */
export function rangeViolations(text: string, a: Analysis): string[] {
  const bad: string[] = [];
  for (const [name, s] of spansOf(a)) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) bad.push(`${name}: not integers ${s.start}..${s.end}`);
    else if (s.start < 0 || s.end > text.length || s.start > s.end) bad.push(`${name}: ${s.start}..${s.end} outside 0..${text.length} or reversed`);
    else if (splitsPair(text, s.start) || splitsPair(text, s.end)) bad.push(`${name}: ${s.start}..${s.end} splits a surrogate pair`);
  }
  // Fix edits must be sorted and must not overlap, or applying them is ambiguous.
  a.findings.forEach((f, i) =>
    f.fixes.forEach((fix, j) => {
      for (let k = 1; k < fix.edits.length; k++) {
        if (fix.edits[k]!.start < fix.edits[k - 1]!.end) bad.push(`finding ${i} fix ${j}: edits ${k - 1} and ${k} overlap or are unsorted`);
      }
    }),
  );
  return bad;
}

/** Applies sorted, non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Maps an offset of the text before the edits to the text after them. An
 * offset inside a replaced range maps to the start of its replacement (or,
 * with `toEnd`, to its end).
 */
export function mapOffset(offset: number, edits: readonly TextEdit[], toEnd = false): number {
  let delta = 0;
  for (const e of edits) {
    if (offset < e.start) break;
    if (offset <= e.end) return e.start + delta + (toEnd ? e.newText.length : 0);
    delta += e.newText.length - (e.end - e.start);
  }
  return offset + delta;
}

/**
 * Checks that the text outside the edits of `fix` is unchanged in `after`:
 * every gap between edits appears, in order, at its mapped place.
 */
export function untouchedOutside(before: string, after: string, edits: readonly TextEdit[]): string | undefined {
  let at = 0;
  let delta = 0;
  for (const e of [...edits, { start: before.length, end: before.length, newText: '' }]) {
    const gap = before.slice(at, e.start);
    if (after.slice(at + delta, at + delta + gap.length) !== gap) return `text between ${at} and ${e.start} changed`;
    delta += e.newText.length - (e.end - e.start);
    at = e.end;
  }
  if (after.length !== before.length + delta) return 'length after the edits is not the length the edits imply';
  return undefined;
}

/** Whether two spans overlap (an empty span overlaps a span that contains its offset). */
function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies one fix of one finding and checks that the text outside its edits is
 * untouched and that the finding does not come back: no finding of the same
 * rule overlaps the finding's mapped range, other than the mapped image of a
 * finding of the same rule that was there before.
 */
export function checkFix(text: string, a: Analysis, finding: Finding, fix: Fix, options: AnalyzeOptions = {}): string | undefined {
  const after = applyEdits(text, fix.edits);
  const touched = untouchedOutside(text, after, fix.edits);
  if (touched) return `fix "${fix.title}": ${touched}`;
  const mapped = { start: mapOffset(finding.start, fix.edits), end: mapOffset(finding.end, fix.edits, true) };
  const others = new Set(
    a.findings
      .filter((f) => f !== finding && f.ruleId === finding.ruleId)
      .map((f) => `${mapOffset(f.start, fix.edits)}:${mapOffset(f.end, fix.edits, true)}`),
  );
  const again = analyze(after, options).findings.find(
    (f) => f.ruleId === finding.ruleId && overlaps(f, mapped) && !others.has(`${f.start}:${f.end}`),
  );
  if (again) return `fix "${fix.title}" of ${finding.ruleId} at ${finding.start}..${finding.end} brings it back at ${again.start}..${again.end} (${again.message.slice(0, 60)}…): ${JSON.stringify(after)}`;
  return undefined;
}

/** Every (finding, fix) pair of an analysis. */
export function allFixes(a: Analysis): { finding: Finding; fix: Fix }[] {
  return a.findings.flatMap((finding) => finding.fixes.map((fix) => ({ finding, fix })));
}

const DEFAULT_EFFECTIVE: EffectiveConfig = { enabled: true, config: resolveConfig(undefined, undefined), key: 'default' };

/**
 * The edits of fix-all as the language server and the CLI compute them
 * (`fixAllEdits`: every finding's preferred fix, overlapping fixes dropped),
 * as engine offsets.
 */
export function fixAll(text: string, a: Analysis): TextEdit[] {
  const result = makeResult('file:///fuzz.md', 1, text, a, DEFAULT_EFFECTIVE);
  return fixAllEdits(result).map((e) => ({ ...rangeToSpan(result.lines, e.range), newText: e.newText }));
}

/** Most fix-all rounds before a draft must reach a text fix-all leaves alone. */
export const FIX_ALL_ROUNDS = 4;

/**
 * Runs fix-all until it changes nothing. Returns a problem when it does not
 * settle within {@link FIX_ALL_ROUNDS} rounds, or when a round that dropped no
 * overlapping fix is followed by one that changes the text (fix-all is then
 * not idempotent).
 */
export function checkFixAll(text: string, a: Analysis): string | undefined {
  let current = text;
  let analysis = a;
  let tookAll = false;
  for (let round = 0; round <= FIX_ALL_ROUNDS; round++) {
    const edits = fixAll(current, analysis);
    const next = applyEdits(current, edits);
    if (next === current) return undefined;
    if (tookAll) return `fix-all is not idempotent (sentences: ${a.sentences.length} → ${analysis.sentences.length}): after a complete round, another one changes ${JSON.stringify(current)} into ${JSON.stringify(next)}`;
    const taken = new Set(edits.map((e) => `${e.start}:${e.end}:${e.newText}`));
    tookAll = analysis.findings.every((f) => {
      const p = f.fixes.find((x) => x.preferred);
      return !p || p.edits.every((e) => taken.has(`${e.start}:${e.end}:${e.newText}`));
    });
    current = next;
    analysis = analyze(current);
  }
  return `fix-all does not settle within ${FIX_ALL_ROUNDS} rounds: ${JSON.stringify(text)}`;
}
