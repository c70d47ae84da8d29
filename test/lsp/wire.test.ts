/**
 * The server's stdio encoder (lsp/wire.ts) writes long lists of diagnostics
 * from templates, and writes a diagnostic object it has written before with
 * the bytes it wrote then. Whatever it reuses, each message must be encoded
 * exactly as `JSON.stringify` encodes it: published and pulled diagnostics of
 * real analyses, the same objects again, the same diagnostics with their
 * numbers moved (new objects, as a keystroke makes for the findings on the
 * edited line), diagnostics of other shapes, and other messages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticsEncoder } from '../../server/src/lsp/wire';
import type { SourcetraceDiagnostic } from '../../server/src/lsp/diagnostics';
import { expected, kursk } from './expected';

const publish = (items: unknown[], version: number) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a%20b/d.md', version, diagnostics: items } });
const pulled = (items: unknown[], id: number) => ({ jsonrpc: '2.0', id, result: { kind: 'full', resultId: `${id}-abc`, items } });

/** A copy of the diagnostic with every number the encoder leaves out moved by `by`. */
function moved(d: SourcetraceDiagnostic, by: number): SourcetraceDiagnostic {
  const pos = (p: { line: number; character: number }) => ({ line: p.line + by, character: p.character + by });
  return {
    ...d,
    range: { start: pos(d.range.start), end: pos(d.range.end) },
    data: { ...d.data, fixes: d.data.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })) },
  };
}

/** Diagnostics of shapes templates are not for, and numbers digits alone do not write: written by JSON.stringify. */
function odd(d: SourcetraceDiagnostic, kind: number): unknown {
  switch (kind) {
    case 0:
      return { ...d, tags: [1] };
    case 1:
      return { ...d, data: { ...d.data, confidence: 0.25, fixes: d.data.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: -1 - e.start })) })) } };
    case 2:
      return { ...d, range: { start: { line: 1.5, character: 2 ** 40 }, end: d.range.end } };
    case 3:
      return { ...d, message: `${d.message} é “x” \u2028 \ud800` };
    case 4:
      return { range: d.range, message: d.message, severity: 1 };
    default:
      return { ...d, data: { ...d.data, fixes: d.data.fixes.map((f) => ({ ...f, preferred: undefined })) } };
  }
}

describe('the stdio encoder', () => {
  const base = expected(kursk()).diagnostics;

  it('has real diagnostics to encode, with edits of both anchors', () => {
    expect(base.length).toBeGreaterThan(16);
    const edits = base.flatMap((d) => d.data.fixes.flatMap((f) => f.edits));
    expect(edits.some((e) => e.anchor === 'end')).toBe(true);
    expect(edits.some((e) => e.anchor === undefined)).toBe(true);
  });

  it('encodes every message as JSON.stringify does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ by: fc.integer({ min: 0, max: 100_000 }), from: fc.nat(), odd: fc.option(fc.record({ at: fc.nat(), kind: fc.nat({ max: 5 }) })), pull: fc.boolean() }),
          { minLength: 1, maxLength: 6 },
        ),
        (steps) => {
          const encoder = new DiagnosticsEncoder();
          for (const [k, step] of steps.entries()) {
            // The diagnostics before `from` as they were, those after it moved; sometimes one of another shape.
            const from = step.from % (base.length + 1);
            const items: unknown[] = base.map((d, i) => (i < from ? d : moved(d, step.by)));
            if (step.odd) items[step.odd.at % items.length] = odd(base[step.odd.at % base.length]!, step.odd.kind);
            const msg = step.pull ? pulled(items, k) : publish(items, k);
            expect(encoder.encode(msg as never).toString('utf8')).toBe(JSON.stringify(msg));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('encodes other messages as they are', () => {
    const encoder = new DiagnosticsEncoder();
    for (const msg of [
      { jsonrpc: '2.0', id: 1, result: null },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'é “x”' } },
      { jsonrpc: '2.0', id: 2, result: { kind: 'unchanged', resultId: '3-x' } },
      publish(base.slice(0, 3), 4),
    ]) {
      expect(encoder.encode(msg as never).toString('utf8')).toBe(JSON.stringify(msg));
    }
  });
});
