/**
 * A result's diagnostics after an edit (`makeResult`, lsp/analysis.ts): always
 * what `toDiagnostic` makes of the findings; for a finding away from the edit,
 * the previous version's diagnostic object itself, with the same JSON, since
 * a diagnostic's data are relative to it (the stdio writer then reuses its
 * bytes); and the fixes such a diagnostic carries, resolved in the new text,
 * are the engine's fixes for that text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { generateDraft } from '../../scripts/bench/generate';
import type { AnalysisResult } from '../../server/src/lsp/analysis';
import { codeActions, fixAllEdits, nonOverlapping } from '../../server/src/lsp/codeActions';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { buildLineIndex, lineOf, spanToRange } from '../../server/src/lsp/positions';
import { DiagnosticsEncoder } from '../../server/src/lsp/wire';
import { kursk } from './expected';
import { TYPIST_URI as URI, Typist } from './typist';

/** The diagnostics `toDiagnostic` makes of a result's findings, with a line index built afresh. */
function fresh(result: AnalysisResult) {
  const lines = buildLineIndex(result.text);
  return result.analysis.findings.map((f) => toDiagnostic(f, lines));
}

/** A finding's fixes, as LSP edits in the text of `result` (what a code action must apply). */
function engineEdits(result: AnalysisResult, edits: readonly { start: number; end: number; newText: string }[]): TextEdit[] {
  return edits.map((e) => ({ range: spanToRange(result.lines, e), newText: e.newText }));
}

/** What an edit inserts: prose, punctuation, quotation marks, names, cues; none has a line break. */
const INLINE = ['a', ' ', '.', ',', '"', '“', 'Mr Brown said ', ' officials said', ' according to reports', '[^9]', ''];

describe('the diagnostics of a result after an edit', () => {
  it('are those of the findings, and away from the edited line the previous objects, with the same JSON', () => {
    const drafts = [kursk(), generateDraft(12 * 1024, 11)];
    let reused = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...drafts.keys()),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 8 }), insert: fc.constantFrom(...INLINE) }), { minLength: 1, maxLength: 4 }),
        (which, edits) => {
          const typist = new Typist(drafts[which]!);
          for (const e of edits) {
            const start = Math.floor(e.at * typist.text.length);
            let end = Math.min(typist.text.length, start + e.remove);
            // Text removed with a line break in it would move the lines after it.
            const removed = typist.text.slice(start, end);
            if (/[\r\n]/.test(removed)) end = start;
            const before = typist.edit(start, end, e.insert);
            const after = typist.result;
            expect(after.diagnostics).toEqual(fresh(after));
            const edited = lineOf(after.lines, start);
            const earlier = new Map(before.diagnostics.map((d) => [JSON.stringify(d), d]));
            for (const d of after.diagnostics) {
              if (d.range.start.line <= edited && d.range.end.line >= edited) continue;
              const same = earlier.get(JSON.stringify(d));
              if (same) {
                expect(d).toBe(same);
                reused++;
              }
            }
          }
        },
      ),
      { numRuns: 25 },
    );
    // Not vacuous: hundreds of diagnostics were reused (the two drafts have 25 and about 60).
    expect(reused).toBeGreaterThan(500);
  }, 120_000);

  it('are those of the findings after edits that add and remove line breaks, later ones kept but for their lines', () => {
    const draft = generateDraft(8 * 1024, 12);
    let moved = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 4 }), insert: fc.constantFrom('\n', '\n\n', '\r\n', '\r', 'a\nb', '', ' ') }), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const typist = new Typist(draft);
          for (const e of edits) {
            const start = Math.floor(e.at * typist.text.length);
            const end = Math.min(typist.text.length, start + e.remove);
            const before = typist.edit(start, end, e.insert);
            const after = typist.result;
            expect(after.diagnostics).toEqual(fresh(after));
            // Away from the edit, a diagnostic on moved lines shares the data of the one it was.
            const data = new Set(before.diagnostics.map((d) => d.data));
            moved += after.diagnostics.filter((d) => data.has(d.data) && !before.diagnostics.includes(d)).length;
          }
        },
      ),
      { numRuns: 15 },
    );
    expect(moved).toBeGreaterThan(100);
  }, 120_000);

  it('equal those of the findings after edits that add and remove lines', () => {
    const typist = new Typist(kursk());
    const text = typist.text;
    typist.edit(text.indexOf('The mission'), text.indexOf('The mission'), 'Officials said the bridge fell.\n\nIt fell.\n');
    expect(typist.result.diagnostics).toEqual(fresh(typist.result));
    const at = typist.text.indexOf('\n\nIt fell.');
    typist.edit(at, at + 2, ' ');
    expect(typist.result.diagnostics).toEqual(fresh(typist.result));
    typist.edit(typist.text.length, typist.text.length, '\n\nA late paragraph, with no source.\n');
    expect(typist.result.diagnostics).toEqual(fresh(typist.result));
  });

  describe('after edits far from a finding, on a line above it and at the end of the draft', () => {
    const typist = new Typist(kursk());
    const first = typist.result;
    // A word changed in the lead paragraph (line 2), and a paragraph added at the very end (the
    // draft still ends with a line break, so a footnote's definition is still preceded by one).
    const word = typist.text.indexOf('engineers', typist.text.indexOf('\n') + 1);
    typist.edit(word, word + 'engineers'.length, 'sappers');
    const end = typist.text.length;
    typist.edit(end, end, '\nThe talks ended.\n');
    const result = typist.result;
    const editedLine = lineOf(result.lines, word);
    const away = result.diagnostics.filter((d) => d.range.start.line !== editedLine && d.range.end.line < lineOf(result.lines, end));

    it('keep every other diagnostic: the same object, with the same JSON and the same encoding', () => {
      expect(away.length).toBeGreaterThan(10);
      const was = new Set(first.diagnostics);
      const json = new Set(first.diagnostics.map((d) => JSON.stringify(d)));
      for (const d of away) {
        expect(was.has(d)).toBe(true);
        expect(json.has(JSON.stringify(d))).toBe(true);
      }
      // Footnote fixes among them: their definitions, anchored to the end, did not move with it.
      expect(away.some((d) => d.data.fixes.some((f) => f.edits.some((e) => e.anchor === 'end')))).toBe(true);
      const encoder = new DiagnosticsEncoder();
      const publish = (r: AnalysisResult) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: URI, version: r.version, diagnostics: r.diagnostics } });
      for (const r of [first, result]) expect(encoder.encode(publish(r)).toString('utf8')).toBe(JSON.stringify(publish(r)));
    });

    it('offer the engine’s fixes for the text as it is now, footnote definitions at its new end', () => {
      let footnotes = 0;
      result.diagnostics.forEach((d, i) => {
        const finding = result.analysis.findings[i]!;
        const actions: CodeAction[] = codeActions(result, { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
        for (const fix of finding.fixes) {
          const action = actions.find((a) => a.title === fix.title);
          expect(action, fix.title).toBeDefined();
          const edits = (action!.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
          expect(edits).toEqual(engineEdits(result, fix.edits));
          if (fix.edits.some((e) => e.start === result.text.length)) footnotes++;
        }
      });
      expect(footnotes).toBeGreaterThan(5);
      // Fix-all: every finding's preferred fix, overlaps dropped, as the engine's offsets.
      const preferred = result.analysis.findings.flatMap((f) => f.fixes.filter((x) => x.preferred));
      expect(fixAllEdits(result)).toEqual(engineEdits(result, nonOverlapping(preferred)));
    });
  });
});
