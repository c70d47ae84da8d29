/**
 * The sourcetrace language server's entry point:
 * `sourcetrace-language-server --stdio` (any LSP editor) or `--node-ipc`
 * (the VS Code client). Also accepts `--socket=PORT` and `--pipe=NAME`, as
 * every vscode-languageserver server does.
 *
 * The same file is the analysis worker: started as a worker thread, it serves
 * analysis requests instead (see `lsp/worker.ts`).
 */
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures, type MessageReader } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { startServer } from './lsp/session';
import { youngCollector } from './lsp/collector';
import { trainingSession } from './lsp/training';
import { consoleToClient, diagnosticsWriter } from './lsp/wire';
import { AnalysisWorker, serveAnalysisRequests } from './lsp/worker';

const USAGE = `Usage: sourcetrace-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The sourcetrace language server. Start it from an editor's LSP client;
it reads Markdown drafts and reports claims with vague or missing sources.
`;

function main(): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${version}\n`);
    process.exit(0);
  }
  if (argv.includes('--write-code-cache')) {
    void train();
    return;
  }
  if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe=') || a === '--pipe')) {
    process.stderr.write(`sourcetrace-language-server: no transport given\n\n${USAGE}`);
    process.exit(2);
  }

  // Over stdio (the benchmark's client and most editors) the server writes
  // with its own encoder, which writes long lists of diagnostics from
  // templates instead of `JSON.stringify` (lsp/wire.ts). Stdin is still given as a stream (the
  // library accepts a stream or a reader on either side, though its types
  // pair them), so that the library reads it and ends the process when it
  // closes, as it does for `--stdio`. Other transports as the library makes them.
  const stdio = argv.includes('--stdio');
  const connection = stdio
    ? createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, diagnosticsWriter(process.stdout))
    : createConnection(ProposedFeatures.all);
  if (stdio) consoleToClient(connection);

  // A bug in a handler must not take the editor's server down: log and go on.
  process.on('uncaughtException', (e) => connection.console.error(`sourcetrace: uncaught exception: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => connection.console.error(`sourcetrace: unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

  // Open drafts are analysed incrementally in this thread, in slices that
  // leave the connection free (lsp/analysis.ts). The worker thread checks the
  // drafts of a workspace that are not open; it starts on the first such
  // check and stops when no document is open. Set SOURCETRACE_NO_WORKER=1 to
  // check them in this thread too.
  const worker = process.env['SOURCETRACE_NO_WORKER'] ? undefined : new AnalysisWorker(__filename);
  // The young generation is collected between keystrokes when the next would fill it (lsp/collector.ts).
  // SOURCETRACE_NO_IDLE_GC=1 leaves every collection to V8, for comparison.
  const collector = process.env['SOURCETRACE_NO_IDLE_GC'] ? undefined : youngCollector();
  startServer(connection, { ...(worker ? { checkFiles: worker.analyze, idle: () => worker.release() } : {}), quiet: collector && (() => collector.quiet()) });
  connection.onExit(() => worker?.dispose());
  connection.listen();
}

/**
 * The build's training run for the launcher's code cache (`launch.ts`): an
 * editor's sessions with the server in this process (`lsp/training.ts`), so
 * that the cache holds the code a cold start runs up to the first
 * diagnostics. Should a session never end, the cache is written after 20 s
 * with what ran by then.
 */
async function train(): Promise<void> {
  setTimeout(() => process.exit(0), 20_000).unref();
  for (const pull of [false, true]) await trainingSession(pull);
  process.exit(0);
}

if (isMainThread) main();
else serveAnalysisRequests();
