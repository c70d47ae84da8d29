/**
 * Language-server latency, measured through a real LSP client over stdio.
 *
 * The client spawns `node dist/server.js --stdio`, speaks JSON-RPC through
 * vscode-languageserver-protocol, answers the server's requests the way an
 * editor does (configuration, capability registration, progress), and times
 * what a reporter feels:
 * - cold start: from spawning the server to the first diagnostics of a draft;
 * - keystrokes: one character typed in the middle of a draft, then the wait for
 *   the diagnostics of that version (debounce included), 200 times in a row;
 * - memory: the server's resident set with a large draft open.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { median, percentile } from './proc';

/** A running server and the client connected to it. */
export interface LspSession {
  child: ChildProcess;
  connection: ProtocolConnection;
  /** The server's answer to `initialize`. */
  init: InitializeResult;
  /** Milliseconds from spawn to the `initialize` answer. */
  initializeMs: number;
  /** True when the server takes incremental changes (`TextDocumentSyncKind.Incremental`). */
  incremental: boolean;
  /** True when the client pulls diagnostics and the server agreed to serve them. */
  pull: boolean;
  /** Waits for diagnostics of `uri` at `version` or later; resolves with the arrival time. */
  waitForDiagnostics(uri: string, version: number, timeoutMs: number): Promise<Arrival>;
  /** Shuts the server down politely, then by force. */
  close(): Promise<void>;
  /** Standard error of the server so far, for reporting failures. */
  stderr(): string;
  /** Bytes the server has written to the client so far (every message, headers included). */
  received(): number;
}

/** Diagnostics that arrived: when, how many, and the first message (to tell a real analysis from a refusal). */
export interface Arrival {
  at: number;
  count: number;
  firstMessage?: string;
}

/** A diagnostic message as plain text (LSP 3.18 allows Markdown content). */
function messageText(m: string | { value: string } | undefined): string | undefined {
  return typeof m === 'string' ? m : m?.value;
}

/** Options for starting a server. */
export interface StartOptions {
  /** The server script, e.g. `dist/server.js`. */
  serverPath: string;
  /** The workspace folder announced to the server. */
  rootDir: string;
  /**
   * Announce pull diagnostics (`textDocument/diagnostic`), as VS Code does;
   * otherwise the server pushes `publishDiagnostics`, as most other editors expect.
   */
  pull?: boolean;
  /**
   * How the client talks to the server: over its stdin and stdout (`--stdio`,
   * most editors), or over Node's IPC channel (`--node-ipc`, as the VS Code
   * client starts it: messages go through `process.send`, JSON-serialised by
   * Node). Over IPC no bytes are counted (`received()` stays 0).
   */
  transport?: 'stdio' | 'ipc';
  /** Node options for the server's process, before the script (e.g. `--require` a hook). */
  nodeArgs?: string[];
  /** The `sourcetrace` settings the client answers `workspace/configuration` with (default: none set, so the defaults). */
  settings?: Record<string, unknown>;
  /** Environment variables added to the server's. */
  env?: Record<string, string>;
}

/** Starts the server and completes the `initialize` handshake. */
export async function startServer(opts: StartOptions): Promise<LspSession & { spawnedAt: number }> {
  const spawnedAt = performance.now();
  const ipc = opts.transport === 'ipc';
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), opts.serverPath, ipc ? '--node-ipc' : '--stdio'], {
    stdio: ipc ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env },
  });
  let stderr = '';
  let received = 0;
  child.stdout?.on('data', (b: Buffer) => {
    received += b.length;
  });
  child.stderr?.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString('utf8')).slice(-8192);
  });
  const connection = ipc
    ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
    : createProtocolConnection(new StreamMessageReader(child.stdout as NonNullable<ChildProcess['stdout']>), new StreamMessageWriter(child.stdin as NonNullable<ChildProcess['stdin']>));
  // Answer what an editor answers: settings (unless given, empty: the defaults), registrations, progress, refreshes.
  connection.onRequest('workspace/configuration', (params: { items?: unknown[] } | undefined) => (params?.items ?? []).map(() => opts.settings ?? {}));
  connection.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(opts.rootDir).href, name: 'bench' }]);
  connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
  for (const method of [
    'client/registerCapability',
    'client/unregisterCapability',
    'window/workDoneProgress/create',
    'window/showMessageRequest',
    'workspace/diagnostic/refresh',
    'workspace/codeLens/refresh',
    'workspace/inlayHint/refresh',
    'workspace/semanticTokens/refresh',
  ]) {
    connection.onRequest(method, () => null);
  }
  type Waiter = { uri: string; version: number; resolve: (v: Arrival) => void };
  let waiters: Waiter[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const at = performance.now();
    const still: Waiter[] = [];
    for (const w of waiters) {
      // A server that does not say which version it answers is taken at its word: the next publish answers.
      if (w.uri === p.uri && (p.version === undefined || p.version >= w.version)) w.resolve({ at, count: p.diagnostics.length, firstMessage: messageText(p.diagnostics[0]?.message) });
      else still.push(w);
    }
    waiters = still;
  });
  connection.listen();
  const exited = new Promise<never>((_, reject) => {
    child.on('exit', (code, signal) => reject(new Error(`server exited (code ${code}, signal ${signal}): ${stderr.trim().slice(-500)}`)));
  });
  exited.catch(() => undefined);
  const init = await Promise.race([
    connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(opts.rootDir).href,
      workspaceFolders: [{ uri: pathToFileURL(opts.rootDir).href, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          ...(opts.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
        window: { workDoneProgress: true },
      },
      initializationOptions: {},
    }) as Promise<InitializeResult>,
    exited,
  ]);
  const initializeMs = performance.now() - spawnedAt;
  await connection.sendNotification('initialized', {});
  const sync = init.capabilities.textDocumentSync;
  const pull = Boolean(opts.pull && init.capabilities.diagnosticProvider);
  const kind = typeof sync === 'number' ? sync : sync?.change;
  return {
    spawnedAt,
    child,
    connection,
    init,
    initializeMs,
    incremental: kind === 2,
    pull,
    stderr: () => stderr,
    received: () => received,
    waitForDiagnostics(uri, version, timeoutMs) {
      if (pull) {
        // Pull: the editor asks after each change; the answer is for the document's current version.
        const request = connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<{ items?: { message: string }[] }>;
        return withTimeout(
          Promise.race([request.then((r): Arrival => ({ at: performance.now(), count: r.items?.length ?? 0, firstMessage: r.items?.[0]?.message })), exited]),
          timeoutMs,
          `no diagnostics pulled for version ${version} within ${timeoutMs} ms`,
        );
      }
      return Promise.race([
        new Promise<Arrival>((resolve, reject) => {
          const waiter: Waiter = { uri, version, resolve };
          waiters.push(waiter);
          setTimeout(() => {
            if (!waiters.includes(waiter)) return;
            waiters = waiters.filter((w) => w !== waiter);
            reject(new Error(`no diagnostics for version ${version} within ${timeoutMs} ms`));
          }, timeoutMs).unref();
        }),
        exited,
      ]);
    },
    async close() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // The server is already gone.
      }
      await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      connection.dispose();
    },
  };
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref();
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Sends a notification, then waits for the diagnostics of `version`. With push
 * diagnostics the wait starts before sending, so a fast answer is not missed;
 * with pull diagnostics the request follows the notification, as an editor does.
 */
async function notifyAndWait(s: LspSession, method: string, params: object, uri: string, version: number, timeoutMs: number): Promise<Arrival> {
  if (s.pull) {
    await s.connection.sendNotification(method, params);
    return s.waitForDiagnostics(uri, version, timeoutMs);
  }
  const waiting = s.waitForDiagnostics(uri, version, timeoutMs);
  await s.connection.sendNotification(method, params);
  return waiting;
}

/**
 * Opens a document and waits for its first diagnostics; returns the
 * milliseconds from open to diagnostics and the bytes the server sent
 * meanwhile (the diagnostics, and the few small notifications around them).
 */
export async function openAndWait(s: LspSession, uri: string, text: string, timeoutMs: number): Promise<Arrival & { ms: number; bytes: number }> {
  const t = performance.now();
  const before = s.received();
  const r = await notifyAndWait(s, 'textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } }, uri, 1, timeoutMs);
  // The arrival is seen once the whole message is read, so its bytes are counted.
  return { ...r, ms: r.at - t, bytes: s.received() - before };
}

/** Cold start on one draft: spawn, handshake, open, first diagnostics. */
export interface ColdStart {
  /** Spawn to the `initialize` answer. */
  initializeMs: number;
  /** Spawn to the first diagnostics of the draft. */
  firstDiagnosticsMs: number;
  diagnostics: number;
}

/** Measures one cold start of the server on `file`. */
export async function coldStart(serverPath: string, rootDir: string, file: string, timeoutMs: number): Promise<ColdStart> {
  const text = readFileSync(file, 'utf8');
  const s = await startServer({ serverPath, rootDir });
  try {
    const uri = pathToFileURL(file).href;
    const r = await openAndWait(s, uri, text, timeoutMs);
    return { initializeMs: s.initializeMs, firstDiagnosticsMs: r.at - s.spawnedAt, diagnostics: r.count };
  } finally {
    await s.close();
  }
}

/** Latency of typing into an open draft. */
export interface KeystrokeResult {
  /** Keystrokes measured: fewer than asked for when the time budget ran out. */
  keystrokes: number;
  /** Keystrokes asked for. */
  requested: number;
  /** How the client got diagnostics: pushed by the server, or pulled after each change. */
  mode: 'push' | 'pull';
  /** How the client talked to the server (see {@link StartOptions.transport}). */
  transport: 'stdio' | 'ipc';
  p50: number;
  p95: number;
  max: number;
  mean: number;
  /** Milliseconds from open to the first diagnostics of the draft. */
  openMs: number;
  /** Bytes the server sent from the open to the first diagnostics: the size of one full publish. */
  openBytes: number;
  /** Diagnostics in that first publish. */
  published: number;
  /** The settings the client answered with, when not the defaults (see {@link StartOptions.settings}). */
  settings?: Record<string, unknown>;
  /** Whether the server took incremental changes or the whole text each time. */
  sync: 'incremental' | 'full';
  /** Each keystroke's times, when asked for. */
  samples?: KeystrokeSample[];
}

/**
 * Finds where to type: the first sentence end (". ") in a plain paragraph line
 * at or after the middle of the draft, so every keystroke edits prose.
 */
export function typingOffset(text: string): number {
  let i = text.indexOf('. ', text.length >> 1);
  while (i >= 0) {
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const first = text.charAt(lineStart);
    // Skip headings, tables, quotes, lists, code and comments.
    if (/[A-Za-z“"]/.test(first) && !text.startsWith('    ', lineStart)) return i + 2;
    i = text.indexOf('. ', i + 2);
  }
  return text.length >> 1;
}

/** The line and UTF-16 character of `offset` in `text`. */
function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** What the benchmark types, one character at a time: a vague attribution, then more (also replayed by `replay.ts`). */
export const TYPED = 'Officials said the figure doubled, according to reports from the region. ';

/** Options for `keystrokes`: the server's (pull or push, transport, node options, environment: see {@link StartOptions}), and the typing's. */
export interface KeystrokeOptions extends StartOptions {
  file: string;
  /** How many characters to type. */
  count: number;
  /** Give up waiting for one answer after this many milliseconds. */
  timeoutMs: number;
  /** Stop typing once this many milliseconds have passed, and report what was measured. */
  budgetMs: number;
  /** Called with the session once the draft is open, before the typing (to watch the wire). */
  opened?: (s: LspSession) => void;
  /** Also report when each keystroke was sent and answered (`samples`). */
  samples?: boolean;
}

/** One keystroke: its version, when the change was sent and when its diagnostics were in, as `performance.timeOrigin + performance.now()` (comparable across processes). */
export interface KeystrokeSample {
  version: number;
  sentAt: number;
  arrivedAt: number;
}

/**
 * Opens a draft in a fresh server, types `count` characters in the middle of
 * it, waiting after each for the diagnostics of that version, and reports the
 * latency distribution.
 */
export async function keystrokes(o: KeystrokeOptions): Promise<KeystrokeResult> {
  const { file, count, timeoutMs } = o;
  let text = readFileSync(file, 'utf8');
  const s = await startServer(o);
  try {
    const uri = pathToFileURL(file).href;
    const opened = await openAndWait(s, uri, text, timeoutMs);
    o.opened?.(s);
    const samples: KeystrokeSample[] = [];
    let offset = typingOffset(text);
    let pos = positionOf(text, offset);
    const latencies: number[] = [];
    const started = performance.now();
    for (let k = 0; k < count && performance.now() - started < o.budgetMs; k++) {
      const ch = TYPED.charAt(k % TYPED.length);
      const version = k + 2;
      text = text.slice(0, offset) + ch + text.slice(offset);
      const change = s.incremental ? { range: { start: pos, end: pos }, text: ch } : { text };
      const t = performance.now();
      const r = await notifyAndWait(s, 'textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] }, uri, version, timeoutMs);
      latencies.push(r.at - t);
      if (o.samples) samples.push({ version, sentAt: performance.timeOrigin + t, arrivedAt: performance.timeOrigin + r.at });
      offset += 1;
      pos = { line: pos.line, character: pos.character + 1 };
    }
    return {
      keystrokes: latencies.length,
      requested: count,
      mode: s.pull ? 'pull' : 'push',
      transport: o.transport ?? 'stdio',
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: Math.max(...latencies),
      mean: latencies.reduce((a, b) => a + b, 0) / latencies.length,
      openMs: opened.ms,
      openBytes: opened.bytes,
      published: opened.count,
      ...(o.settings ? { settings: o.settings } : {}),
      sync: s.incremental ? 'incremental' : 'full',
      ...(o.samples ? { samples } : {}),
    };
  } finally {
    await s.close();
  }
}

/** The server's memory with one large draft open. */
export interface MemoryResult {
  /** Resident set once the draft's diagnostics arrived, in kilobytes. */
  rssKb: number;
  /** Peak resident set of the server so far (VmHWM), in kilobytes. */
  peakRssKb: number;
  /** Milliseconds from open to the first diagnostics, or to giving up. */
  openMs: number;
  diagnostics: number;
  /** False when no diagnostics arrived within the timeout: the memory is that of a server still analysing. */
  complete: boolean;
  /** The first diagnostic's message when there were very few: a server that declines to analyse says so in one. */
  firstMessage?: string;
}

/** Reads a process's current and peak RSS from /proc (Linux). */
function procRss(pid: number): { rssKb: number; peakRssKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKb: kb('VmRSS'), peakRssKb: kb('VmHWM') };
}

/** Opens `file` in a fresh server and reads the server's RSS once its diagnostics arrived. */
export async function memoryWithDraft(serverPath: string, rootDir: string, file: string, timeoutMs: number): Promise<MemoryResult> {
  const text = readFileSync(file, 'utf8');
  const s = await startServer({ serverPath, rootDir });
  try {
    const t = performance.now();
    let r: (Arrival & { ms: number }) | undefined;
    try {
      r = await openAndWait(s, pathToFileURL(file).href, text, timeoutMs);
    } catch (e) {
      // Still analysing after the timeout: its memory so far is still worth reporting.
      if (s.child.exitCode !== null || s.child.signalCode !== null) throw e;
    }
    // Let the event loop settle (pending writes of a large publish) before reading memory.
    await new Promise((res) => setTimeout(res, 200));
    return { ...procRss(s.child.pid as number), openMs: r?.ms ?? performance.now() - t, diagnostics: r?.count ?? 0, complete: r !== undefined, ...(r && r.count <= 2 && r.firstMessage ? { firstMessage: r.firstMessage } : {}) };
  } finally {
    await s.close();
  }
}

/** Median of cold starts over `reps` fresh servers. */
export async function coldStarts(serverPath: string, rootDir: string, file: string, reps: number, timeoutMs: number): Promise<ColdStart & { runs: number[] }> {
  const runs: ColdStart[] = [];
  for (let i = 0; i < reps; i++) runs.push(await coldStart(serverPath, rootDir, file, timeoutMs));
  return {
    initializeMs: median(runs.map((r) => r.initializeMs)),
    firstDiagnosticsMs: median(runs.map((r) => r.firstDiagnosticsMs)),
    diagnostics: runs[0]?.diagnostics ?? 0,
    runs: runs.map((r) => r.firstDiagnosticsMs),
  };
}
