/**
 * The build's training run for the language server's code cache
 * (`server/src/launch.ts`, `server/src/codecache.ts`): an editor's session
 * with the server in this process, over in-memory streams. The client
 * initializes, opens the sample draft and waits for its diagnostics, then
 * shuts the server down; once with pushed diagnostics (most LSP editors) and
 * once with pulled ones (VS Code). The cache then holds the code a cold start
 * runs up to the first diagnostics: the protocol's (reading and writing
 * messages as `--stdio` does, the handlers, the diagnostics' JSON) as well as
 * the engine's.
 * Alternating cold starts on the 5 KB draft, 14 each twice, load 11–13: a
 * cache trained on the engine alone 270 / 270 ms CPU, one trained through a
 * session 260 / 255 ms.
 */
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures, type MessageReader } from 'vscode-languageserver/node';
import { WARM_UP_DRAFT } from '../warmup';
import { startServer } from './session';
import { consoleToClient, diagnosticsWriter } from './wire';

/** Requests a server may send an editor during a session, answered as an editor with nothing to add would. */
const ANSWERED_WITH_NULL = [
  'client/registerCapability',
  'client/unregisterCapability',
  'window/workDoneProgress/create',
  'workspace/diagnostic/refresh',
  'workspace/codeLens/refresh',
  'workspace/inlayHint/refresh',
];

/** One session of an editor with a server in this process, on the sample draft. */
export async function trainingSession(pull: boolean): Promise<void> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // As `server.ts` makes the connection for `--stdio`: the stream read by the
  // library, written by the server's own encoder (`wire.ts`).
  const server = createConnection(ProposedFeatures.all, toServer as unknown as MessageReader, diagnosticsWriter(toClient));
  consoleToClient(server);
  startServer(server, {});
  server.listen();

  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onRequest('workspace/configuration', (params: { items?: unknown[] } | undefined) => (params?.items ?? []).map(() => ({})));
  for (const method of ANSWERED_WITH_NULL) client.onRequest(method, () => null);
  const uri = 'untitled:training.md';
  const published = new Promise<void>((resolve) => {
    client.onNotification('textDocument/publishDiagnostics', (p: { uri?: string }) => {
      if (p.uri === uri) resolve();
    });
  });
  client.listen();

  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      window: { workDoneProgress: true },
    },
  });
  await client.sendNotification('initialized', {});
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: WARM_UP_DRAFT } });
  if (pull) await client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  else await published;
  await client.sendRequest('shutdown');
  client.dispose();
  server.dispose();
}
