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
 * - result: line index and diagnostics (`makeResult`, given the previous
 *   result and the changes since, as the scheduler gives them): the moved
 *   findings' diagnostics copied through the engine's runs (`findingRuns`),
 *   without the findings being made;
 * - counts: the status counts (`result.counts`, sent after the diagnostics);
 * - encode: the `publishDiagnostics` message as the stdio writer encodes it
 *   (`DiagnosticsEncoder`);
 * - client parse: what the client does with those bytes (decode, `JSON.parse`).
 *
 * Beside `encode`, the same work done the way the server did it before it
 * reused anything (the whole message passed to `JSON.stringify` and encoded),
 * on the same analysis in the same process and minute, for a fair
 * before/after on a busy machine. With `--findings`, two more stages, timed
 * after the others: `findings`, making the analysis's findings (what the
 * server did on every keystroke before the runs: an incremental analysis
 * makes them when first read, the paragraphs' findings shifted by the edits
 * since), and `result before`, every diagnostic converted with the line index
 * built. Making the findings changes what the next keystroke's analysis
 * shifts, so the other stages are the runs' figures only without it. `encode before` is also what every publish costs over Node IPC
 * (`--node-ipc`, as VS Code starts the server), where `process.send`
 * serialises the message with `JSON.stringify` and writes it as UTF-8: the
 * stdio writer's templates and kept bytes do not apply there. What this
 * leaves out (the event loop's turns, the pipe, reading the message) is the
 * difference between the sum and `keystrokes()`' figure.
 *
 *   npx tsx scripts/bench/keystroke.ts DRAFT [keystrokes] [--findings]
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
  const args = process.argv.slice(2);
  const withFindings = args.includes('--findings');
  const [file, count] = args.filter((a) => a !== '--findings');
  if (!file) {
    console.error('usage: keystroke.ts DRAFT [keystrokes] [--findings]');
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
  const stages = ['change', 'analysis', 'result', 'counts', 'encode', 'encode before', 'client parse', ...(withFindings ? (['findings', 'result before'] as const) : [])] as const;
  const rows: Partial<Record<(typeof stages)[number], number>>[] = [];
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
    const [next, resultMs] = cpu(() => makeResult(uri, version, text, analysis, config, { result, changes: [change] }));
    const [, countsMs] = cpu(() => next.counts);
    const [, beforeEncodeMs] = cpu(() => Buffer.from(JSON.stringify(message(next)), 'utf8'));
    const [buffer, encodeMs] = cpu(() => encoder.encode(message(next)));
    const [, parseMs] = cpu(() => JSON.parse(buffer.toString('utf8')));
    const row: (typeof rows)[number] = { change: changeMs, analysis: analysisMs, result: resultMs, counts: countsMs, encode: encodeMs, 'encode before': beforeEncodeMs, 'client parse': parseMs };
    if (withFindings) {
      [, row.findings] = cpu(() => analysis.findings.length);
      [, row['result before']] = cpu(() => {
        const lines = buildLineIndex(text);
        return analysis.findings.map((f) => toDiagnostic(f, lines));
      });
    }
    bytes = buffer.length;
    result = next;
    offset++;
    rows.push(row);
  }
  console.log(`${file}: ${result.diagnostics.length} diagnostics, ${(bytes / 1024).toFixed(0)} KB published per keystroke, ${n} keystrokes; CPU ms`);
  for (const s of stages) {
    const xs = rows.map((r) => r[s] ?? 0);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`${s.padEnd(14)} p50 ${percentile(xs, 50).toFixed(2).padStart(8)}  p95 ${percentile(xs, 95).toFixed(2).padStart(8)}  mean ${mean.toFixed(2).padStart(8)}`);
  }
}

main();
