/**
 * A minimal LSP client for protocol tests, speaking JSON-RPC over real
 * streams: either to a server running in this process over two PassThrough
 * streams (in the style of compose-language-service's TestConnection), or to a
 * spawned `node dist/server.js --stdio` process.
 *
 * It keeps its own copies of the open documents, sends incremental changes,
 * applies `workspace/applyEdit` like an editor would, answers
 * `workspace/configuration` from a settings object the test can change, and
 * records what the server sends so tests can wait for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, type ServerOptions } from '../../server/src/lsp/session';
import { StatusNotification } from '../../server/src/lsp/protocol';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '../..');
/** The shared folder beside the repository (never copied into it). */
export const SHARED = path.resolve(ROOT, '../shared');

/** What a test client announces and starts with. */
export interface TestClientOptions {
  /** Use pull diagnostics (`textDocument/diagnostic`) instead of push. */
  pull?: boolean;
  /** Extra client capabilities, merged over the defaults. */
  capabilities?: ClientCapabilities;
  /** The `sourcetrace` settings section the client answers with. */
  settings?: Record<string, unknown>;
  /** Workspace folder paths. */
  folders?: string[];
  initializationOptions?: unknown;
  /** In-process only: server options (e.g. the typing hold). */
  server?: ServerOptions;
  /** Spawned only: options for node before the server script (e.g. `--expose-gc`). */
  nodeArgs?: string[];
  /** Spawned only: variables added to the server's environment. */
  env?: Record<string, string>;
}

/** Capabilities of a typical editor: configuration pull, dynamic registration, refreshes, showDocument. */
function capabilities(o: TestClientOptions): ClientCapabilities {
  const base: ClientCapabilities = {
    workspace: {
      configuration: true,
      workspaceFolders: true,
      applyEdit: true,
      workspaceEdit: { documentChanges: true },
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      codeLens: { refreshSupport: true },
      inlayHint: { refreshSupport: true },
      ...(o.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true },
      ...(o.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
    },
    window: { showDocument: { support: true }, workDoneProgress: true },
  };
  return { ...base, ...o.capabilities, workspace: { ...base.workspace, ...o.capabilities?.workspace } };
}

type Waiter = { pred: () => boolean; resolve: () => void };

/** A test LSP client connected to one server. */
export class TestClient {
  readonly docs = new Map<string, TextDocument>();
  /** Every diagnostics notification, by URI, in arrival order. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** Every `sourcetrace/status` notification. */
  readonly statuses: StatusNotification.Params[] = [];
  /** Server-to-client requests received, by method (e.g. refreshes, showDocument). */
  readonly requests: { method: string; params: unknown }[] = [];
  /** Every `window/logMessage` and `window/showMessage` text. */
  readonly messages: string[] = [];
  /** `$/progress` notifications. */
  readonly progress: unknown[] = [];
  settings: Record<string, unknown>;
  initializeResult?: InitializeResult;
  private readonly waiters: Waiter[] = [];

  private constructor(
    readonly connection: MessageConnection,
    private readonly options: TestClientOptions,
    private readonly teardown: () => void,
    readonly process?: ChildProcess,
  ) {
    this.settings = options.settings ?? {};
    const c = connection;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.poke();
    });
    c.onNotification(StatusNotification.method, (p: StatusNotification.Params) => {
      this.statuses.push(p);
      this.poke();
    });
    c.onNotification('window/logMessage', (p: { message: string }) => void this.messages.push(p.message));
    c.onNotification('window/showMessage', (p: { message: string }) => {
      this.messages.push(p.message);
      this.poke();
    });
    c.onNotification('$/progress', (p: unknown) => void this.progress.push(p));
    c.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.requests.push({ method: 'workspace/configuration', params: p });
      return p.items.map((i) => (i.section === 'sourcetrace' ? structuredClone(this.settings) : null));
    });
    c.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.requests.push({ method: 'workspace/applyEdit', params: p });
      this.applyEdit(p.edit);
      return { applied: true };
    });
    for (const method of [
      'client/registerCapability',
      'client/unregisterCapability',
      'window/workDoneProgress/create',
      'workspace/diagnostic/refresh',
      'workspace/codeLens/refresh',
      'workspace/inlayHint/refresh',
      'window/showMessageRequest',
    ]) {
      c.onRequest(method, (params: unknown) => {
        this.requests.push({ method, params });
        this.poke();
        return null;
      });
    }
    c.onRequest('window/showDocument', (params: unknown) => {
      this.requests.push({ method: 'window/showDocument', params });
      return { success: true };
    });
    c.listen();
  }

  /** A server running in this process, connected over two PassThrough streams. */
  static async inProcess(options: TestClientOptions = {}): Promise<TestClient> {
    const up = new PassThrough();
    const down = new PassThrough();
    const server = createConnection(ProposedFeatures.all, new StreamMessageReader(up), new StreamMessageWriter(down));
    startServer(server, options.server);
    server.listen();
    const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    const tc = new TestClient(client, options, () => {
      client.dispose();
      server.dispose();
      up.end();
      down.end();
    });
    await tc.initialize();
    return tc;
  }

  /** `node dist/server.js --stdio` as a child process. */
  static async spawned(options: TestClientOptions = {}): Promise<TestClient> {
    const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(ROOT, 'dist/server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const client = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const tc = new TestClient(client, options, () => {
      client.dispose();
      if (proc.exitCode === null) proc.kill();
    }, proc);
    await tc.initialize();
    return tc;
  }

  private async initialize(): Promise<void> {
    const folders = this.options.folders ?? [];
    this.initializeResult = await this.connection.sendRequest<InitializeResult>('initialize', {
      // A spawned server watches this process and exits with it; an in-process
      // server must not (its watchdog timer would keep this process alive).
      processId: this.process ? process.pid : null,
      rootUri: null,
      capabilities: capabilities(this.options),
      initializationOptions: this.options.initializationOptions,
      workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })),
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves once `pred` holds, re-checked on every message; rejects after `ms`. */
  until(pred: () => boolean, what: string, ms = 10_000): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const w: Waiter = { pred, resolve: () => (clearTimeout(timer), resolve()) };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`timed out waiting for ${what}`));
      }, ms);
      this.waiters.push(w);
    });
  }

  private poke(): void {
    for (const w of [...this.waiters]) {
      if (w.pred()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Opens a document. */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends incremental changes (applied in order) and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies text edits the way an editor does: as incremental changes, last edit first. */
  async applyEdits(uri: string, edits: TextEdit[]): Promise<number> {
    const doc = this.docs.get(uri)!;
    const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    return this.change(
      uri,
      sorted.map((e) => ({ range: e.range, text: e.newText })),
    );
  }

  /** Applies a workspace edit to the open documents. */
  applyEdit(edit: WorkspaceEdit): void {
    for (const dc of edit.documentChanges ?? []) {
      if ('textDocument' in dc) void this.applyEdits(dc.textDocument.uri, dc.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) void this.applyEdits(uri, edits);
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The diagnostics of the document's current version: pulled, or waited for as pushed. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const version = this.docs.get(uri)?.version;
    if (this.options.pull) {
      const r = await this.connection.sendRequest<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      return r.items;
    }
    const latest = () => {
      const list = this.published.get(uri) ?? [];
      return list.filter((p) => version === undefined || p.version === version).pop();
    };
    await this.until(() => latest() !== undefined, `diagnostics of ${uri} v${version}`);
    return latest()!.diagnostics;
  }

  /** Sends a request. */
  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** Changes a setting and tells the server, as VS Code does (the server pulls the new value). */
  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sourcetrace: settings } });
  }

  /** Stops the connection (and the server process). */
  async dispose(): Promise<void> {
    if (this.process && this.process.exitCode === null) {
      try {
        await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // The process may already be gone.
      }
      await new Promise((r) => {
        if (this.process!.exitCode !== null) return r(undefined);
        const t = setTimeout(() => r(undefined), 3000);
        this.process!.once('exit', () => (clearTimeout(t), r(undefined)));
      });
    }
    this.teardown();
  }
}

/** The `file:` URI of a path. */
export function fileUri(p: string): string {
  return pathToFileURL(path.resolve(p)).href;
}
