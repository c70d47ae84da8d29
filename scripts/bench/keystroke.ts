/**
 * Where a keystroke's time goes in the language server, stage by stage: the
 * benchmark's typing (`keystrokes()` in lsp.ts: the same draft, place and
 * characters) replayed in process through the server's own pieces, each stage
 * timed on its own in CPU time (user + system, which a shared machine
 * disturbs far less than wall time):
 *
 * - change: applying the `didChange` to the document (`TextDocument.update`)
 *   and logging it as offsets (`DocumentStore`);
 * - analysis: the engine (the incremental analyzer, as `DocumentAnalyzer`
 *   runs it);
 * - findings: reading the analysis's findings, which an incremental
 *   analysis makes when first read (the paragraphs' findings shifted by the
 *   edits since), as `makeResult` reads them first (timed apart, so that
 *   neither result stage below pays for them);
 * - result: line index and diagnostics (`makeResult`, given the previous
 *   result and the changes since, as the scheduler gives them);
 * - encode: the `publishDiagnostics` message as the stdio writer encodes it
 *   (`DiagnosticsEncoder`);
 * - client parse: what the client does with those bytes (decode, `JSON.parse`).
 *
 * Beside each of `result` and `encode`, the same work done the way the server
 * did it before it reused anything (every diagnostic converted, the line index
 * built, the whole message passed to `JSON.stringify` and encoded), on the same
 * analysis in the same process and minute, for a fair before/after on a busy
 * machine. `encode before` is also what every publish costs over Node IPC
 * (`--node-ipc`, as VS Code starts the server), where `process.send`
 * serialises the message with `JSON.stringify` and writes it as UTF-8: the
 * stdio writer's templates and kept bytes do not apply there. What this
 * leaves out (the event loop's turns, the pipe, reading the message) is the
 * difference between the sum and `keystrokes()`' figure.
 *
 *   npx tsx scripts/bench/keystroke.ts DRAFT [keystrokes]
 */
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createIncrementalAnalyzer, resolveConfig } from '../../server/src/engine';
import { makeResult, type AnalysisResult } from '../../server/src/lsp/analysis';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { buildLineIndex } from '../../server/src/lsp/positions';
import { DiagnosticsEncoder } from '../../server/src/lsp/wire';
import { TYPED, typingOffset } from './lsp';
import { percentile } from './proc';

/** CPU milliseconds (user + system) spent in `f`, and its value. */
function cpu<T>(f: () => T): [T, number] {
  const c = process.cpuUsage();
  const value = f();
  const u = process.cpuUsage(c);
  return [value, (u.user + u.system) / 1000];
}

function main(): void {
  const [file, count] = process.argv.slice(2);
  if (!file) {
    console.error('usage: keystroke.ts DRAFT [keystrokes]');
    process.exit(2);
  }
  const n = Number(count ?? 200);
  const uri = 'file:///draft.md';
  const config = { enabled: true, config: resolveConfig({}, undefined), key: '' };
  const inc = createIncrementalAnalyzer({ config: config.config });
  let doc = TextDocument.create(uri, 'markdown', 1, readFileSync(file, 'utf8'));
  let result: AnalysisResult = makeResult(uri, 1, doc.getText(), inc.analyze(doc.getText()), config);
  const encoder = new DiagnosticsEncoder();
  const message = (r: AnalysisResult) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: r.version, diagnostics: r.diagnostics } });
  encoder.encode(message(result));
  let offset = typingOffset(doc.getText());
  const stages = ['change', 'analysis', 'findings', 'result', 'result before', 'encode', 'encode before', 'client parse'] as const;
  const rows: Record<(typeof stages)[number], number>[] = [];
  let bytes = 0;
  for (let k = 0; k < n; k++) {
    const version = k + 2;
    const at = doc.positionAt(offset);
    const [change, changeMs] = cpu(() => {
      const c = { start: doc.offsetAt(at), end: doc.offsetAt(at), length: 1 };
      doc = TextDocument.update(doc, [{ range: { start: at, end: at }, text: TYPED.charAt(k % TYPED.length) }], version);
      return c;
    });
    const text = doc.getText();
    const [analysis, analysisMs] = cpu(() => inc.analyze(text));
    const [, findingsMs] = cpu(() => analysis.findings.length);
    const [, beforeResultMs] = cpu(() => {
      const lines = buildLineIndex(text);
      return analysis.findings.map((f) => toDiagnostic(f, lines));
    });
    const [next, resultMs] = cpu(() => makeResult(uri, version, text, analysis, config, { result, changes: [change] }));
    const [, beforeEncodeMs] = cpu(() => Buffer.from(JSON.stringify(message(next)), 'utf8'));
    const [buffer, encodeMs] = cpu(() => encoder.encode(message(next)));
    const [, parseMs] = cpu(() => JSON.parse(buffer.toString('utf8')));
    bytes = buffer.length;
    result = next;
    offset++;
    rows.push({ change: changeMs, analysis: analysisMs, findings: findingsMs, result: resultMs, 'result before': beforeResultMs, encode: encodeMs, 'encode before': beforeEncodeMs, 'client parse': parseMs });
  }
  console.log(`${file}: ${result.diagnostics.length} diagnostics, ${(bytes / 1024).toFixed(0)} KB published per keystroke, ${n} keystrokes; CPU ms`);
  for (const s of stages) {
    const xs = rows.map((r) => r[s]);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`${s.padEnd(14)} p50 ${percentile(xs, 50).toFixed(2).padStart(8)}  p95 ${percentile(xs, 95).toFixed(2).padStart(8)}  mean ${mean.toFixed(2).padStart(8)}`);
  }
}

main();
