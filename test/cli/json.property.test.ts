/**
 * The JSON report's writer (`cli/format/json.ts`) writes claims and
 * attributions from templates, with positions found by walking the lines,
 * and encodes them in runs straight into buffers. Whatever it does, its bytes
 * must be those of `JSON.stringify` of the report built the plain way from the
 * `Json*` interfaces (the contract of design.md, key order included), for the
 * whole report in pieces and for a draft's part written on its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import type { Cue, Finding, Fix, RuleId, Severity, SourceMention } from '../../server/src/engine/types';
import { disableFileFixTitle, disableLineFixTitle } from '../../server/src/engine/rules/fixes';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { buildLineIndex, spanToRange } from '../../server/src/lsp/positions';
import type { FileResult } from '../../server/src/cli/check';
import { jsonChunks, jsonFileSection, jsonString, type JsonAttribution, type JsonClaim, type JsonCue, type JsonFile, type JsonSource } from '../../server/src/cli/format/json';
import { generateDraft } from '../../scripts/bench/generate';

const utf8 = new TextEncoder();
const cue = (c: Cue): JsonCue => ({ text: c.text, kind: c.kind, ...(c.lemma ? { lemma: c.lemma } : {}), start: c.start, end: c.end });
const source = (s: SourceMention): JsonSource => ({
  text: s.text,
  kind: s.kind,
  start: s.start,
  end: s.end,
  ...(s.antecedent ? { antecedent: { text: s.antecedent.text, start: s.antecedent.start, end: s.antecedent.end } } : {}),
});

/** One draft's part of the report, as plain objects in the order of the `Json*` interfaces. */
function plainFile(f: FileResult): JsonFile {
  const a = f.analysis;
  return {
    path: f.path,
    diagnostics: f.findings.map((x) => toDiagnostic(x, f.lines)),
    claims: a.claims.map(
      (c): JsonClaim => ({
        sentence: c.sentence,
        range: spanToRange(f.lines, c),
        start: c.start,
        end: c.end,
        status: c.status,
        reason: c.reason,
        confidence: c.confidence,
        source: c.source ? source(c.source) : null,
        cue: c.cue ? cue(c.cue) : null,
      }),
    ),
    attributions: a.attributions.map(
      (at): JsonAttribution => ({ sentence: at.sentence, vague: at.vague, confidence: at.confidence, cue: cue(at.cue), source: at.source ? source(at.source) : null }),
    ),
    configErrors: a.configErrors.map((i) => ({
      origin: 'front-matter',
      key: i.path,
      message: i.message,
      ...(i.span ? { range: spanToRange(f.lines, i.span), start: i.span.start, end: i.span.end } : {}),
    })),
    suppressed: a.suppressed,
  };
}

function fileResult(text: string, path: string): FileResult {
  const analysis = analyze(text);
  const findings = [...analysis.findings].sort((x, y) => x.start - y.start || x.end - y.end);
  return { path, text, bom: false, validUtf8: true, lines: buildLineIndex(text), analysis, findings, configIssues: [] };
}

/** A generated draft, its line breaks sometimes `\r\n` or a lone `\r`, sometimes cut short. */
const draft = fc
  .record({ seed: fc.nat(), bytes: fc.integer({ min: 200, max: 6000 }), breaks: fc.constantFrom('\n', '\r\n', '\r'), cut: fc.option(fc.nat()) })
  .map(({ seed, bytes, breaks, cut }) => {
    const text = generateDraft(bytes, seed).replace(/\n/g, breaks);
    return cut === null ? text : text.slice(0, cut % (text.length + 1));
  });

/**
 * Strings of any UTF-16 code units: quotation marks, backslashes, control
 * characters, lone and paired surrogates, U+2028 and the rest.
 */
const units = fc.string({
  unit: fc.oneof(
    fc.constantFrom('"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f', '\u2028', '“', 'é', '\ud83d', '\ude00', '\ud83d\ude00'),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

const ruleIds: RuleId[] = ['vague-attribution', 'unattributed-claim', 'incomplete-attribution', 'unattributed-quote'];
const severities: Severity[] = ['error', 'warning', 'info', 'hint'];

/** Findings anywhere in a text of `length` code units, with any strings in them and fixes of every shape. */
function findingsIn(length: number): fc.Arbitrary<Finding[]> {
  const offset = fc.integer({ min: -3, max: length + 3 });
  const edit = fc.record({ start: fc.oneof(offset, fc.constant(length)), end: offset, newText: units });
  const fix = (ruleId: RuleId): fc.Arbitrary<Fix> =>
    fc.record(
      {
        title: fc.oneof(units, fc.constantFrom(disableLineFixTitle(ruleId), disableFileFixTitle(ruleId))),
        kind: fc.constantFrom<Fix['kind']>('replace', 'insert', 'remove'),
        edits: fc.array(edit, { maxLength: 3 }),
        preferred: fc.boolean(),
      },
      { requiredKeys: ['title', 'kind', 'edits'] },
    );
  const finding = fc.constantFrom(...ruleIds).chain((ruleId) =>
    fc.record({
      start: offset,
      end: offset,
      ruleId: fc.constant(ruleId),
      message: units,
      severity: fc.constantFrom(...severities),
      confidence: fc.oneof(fc.double({ min: 0, max: 1 }), fc.constantFrom(0, 1, -0, Number.NaN)),
      claim: fc.nat(),
      fixes: fc.array(fix(ruleId), { maxLength: 4 }),
    }),
  );
  return fc.array(finding, { maxLength: 6 });
}

describe('a JSON string', () => {
  it('is JSON.stringify of the string, for any code units', () => {
    fc.assert(
      fc.property(units, (s) => {
        expect(jsonString(s)).toBe(JSON.stringify(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the JSON report', () => {
  it('writes every finding as JSON.stringify of its diagnostic, whatever its strings, offsets and fixes', () => {
    const text = 'One line.\r\nTwo “lines”\rthree\n\nand the end';
    const lines = buildLineIndex(text);
    fc.assert(
      fc.property(findingsIn(text.length), (findings) => {
        const f: FileResult = { path: 'd.md', text, bom: false, validUtf8: true, lines, analysis: analyze(''), findings, configIssues: [] };
        const expected = JSON.stringify({ version: 1, files: [{ ...plainFile(f), diagnostics: findings.map((x) => toDiagnostic(x, lines)) }] });
        expect(Buffer.concat([...jsonChunks([f], '/tmp')]).toString('utf8')).toBe(`${expected}\n`);
        expect(jsonFileSection(f, '/tmp')).toBe(expected.slice('{"version":1,"files":['.length, -']}'.length));
      }),
      { numRuns: 300 },
    );
  });


  it('is JSON.stringify of the plain report, byte for byte', () => {
    fc.assert(
      fc.property(fc.array(draft, { minLength: 1, maxLength: 3 }), (texts) => {
        const files = texts.map((t, i) => fileResult(t, `d${i}.md`));
        const expected = `${JSON.stringify({ version: 1, files: files.map(plainFile) })}\n`;
        expect(Buffer.concat([...jsonChunks(files, '/tmp')]).toString('utf8')).toBe(expected);
        // A draft's part written where it was analysed is the same part.
        const sections = files.map((f) => ({ ...f, json: utf8.encode(jsonFileSection(f, '/tmp')) }));
        expect(Buffer.concat([...jsonChunks(sections, '/tmp')]).toString('utf8')).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('writes a report larger than one piece in several pieces, the same bytes', () => {
    const f = fileResult(generateDraft(150_000, 7), 'long.md');
    const pieces = [...jsonChunks([f], '/tmp')];
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(`${JSON.stringify({ version: 1, files: [plainFile(f)] })}\n`);
  });

  it('writes parts encoded where they were analysed across pieces, the same bytes', () => {
    // A part larger than a piece (1 MB) and parts that straddle the pieces' ends.
    const files = [fileResult(generateDraft(150_000, 7), 'long.md'), ...[1, 2, 3, 4].map((i) => fileResult(generateDraft(30_000, i), `d${i}.md`))];
    const sections = files.map((f) => ({ ...f, json: utf8.encode(jsonFileSection(f, '/tmp')) }));
    expect(sections[0]!.json.length).toBeGreaterThan(1 << 20);
    const pieces = [...jsonChunks([...sections, ...sections], '/tmp')];
    expect(pieces.length).toBeGreaterThan(2);
    // Each part is handed on as it is, not copied (each is over 16 KB).
    for (const s of sections) expect(pieces).toContain(s.json);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(`${JSON.stringify({ version: 1, files: [...files, ...files].map(plainFile) })}\n`);
  });
});
