/**
 * The language server: wires the connection to the documents, the settings,
 * the project configuration files, the analysis scheduler and the features.
 *
 * Everything per session lives in the closure of {@link startServer}; there
 * are no module-level globals, so tests can run several servers in one process.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type Position,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { resolveConfig } from '../engine';
import { expandOperands } from '../cli/files';
import { AnalysisScheduler, analyzeInThread, MAX_LIVE_CHARS, notCheckedReason, type AnalysisResult, type AnalyzeFn, type EffectiveConfig } from './analysis';
import { codeLenses, inlayHints } from './annotations';
import { codeActions, fixAllEdits } from './codeActions';
import { pathToUri, ProjectConfigs, uriToPath } from './configFiles';
import { mostSevere, ruleDocsUrl, toDiagnostic } from './diagnostics';
import { DocumentStore } from './documents';
import { hoverAt } from './hover';
import { definition, documentSymbols, highlights, references } from './navigation';
import { buildLineIndex, positionToOffset, spanToRange } from './positions';
import { CheckWorkspaceRequest, Commands, FIX_ALL_KIND, SourcingReportRequest, StatusNotification } from './protocol';
import { sourcingReport } from './report';
import { findContaining } from './sources';
import { localRuleDoc } from './ruleInfo';
import { DEFAULT_MAX_PROBLEMS, SettingsCache } from './settings';
import { trace } from './trace';
import { version as SERVER_VERSION } from '../../../package.json';

/** Options the client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** A client-side command the code lens runs with the document URI (VS Code: show the sourcing report). */
  reportCommand?: string;
}

/** Server behaviour that tests may tune. */
export interface ServerOptions {
  /**
   * How long findings in a sentence still being typed are held back, in
   * milliseconds, after the last keystroke. 0 publishes them at once.
   */
  typingHoldMs?: number;
  /**
   * A whole-text engine for every analysis (tests: a failing or instant
   * engine). When not given, open documents are analysed incrementally in the
   * server's own thread.
   */
  analyze?: AnalyzeFn;
  /** How drafts that are not open are analysed for the workspace check (the bundled server: its worker thread). */
  checkFiles?: AnalyzeFn;
  /**
   * Called when no document is open any more (the last one was closed, or a
   * workspace check finished with none open): the host may give back what it
   * keeps for analysis. The bundled server stops its worker thread.
   */
  idle?: () => void;
  /**
   * Called when every change has been answered and no analysis is queued:
   * the bundled server collects the young generation then when the next
   * keystroke would fill it (collector.ts), so that the collection does not
   * fall inside a keystroke.
   */
  quiet?: () => void;
}

/** Largest draft the workspace check reads, in bytes; larger files are skipped. */
const MAX_DRAFT_BYTES = 16 * 1024 * 1024;

/** Registers every handler on the connection. The caller calls `connection.listen()`. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const holdMs = options.typingHoldMs ?? 1500;
  let caps: ClientCapabilities = {};
  let init: InitializationOptions = {};
  let pullDiagnostics = false;
  let workspaceFolders: WorkspaceFolder[] = [];
  /** Settings sent with `didChangeConfiguration` by clients that cannot be asked for them. */
  let pushedSettings: unknown;

  /**
   * Sends something to the client, ignoring failures: the connection may be
   * closing, and a lost notification must not become an unhandled error.
   */
  const send = (f: () => Promise<unknown> | void): void => {
    try {
      const p = f();
      if (p) p.catch(() => undefined);
    } catch {
      // The connection is closed or disposed.
    }
  };

  const documents = new DocumentStore();
  const settings = new SettingsCache(
    async (uri) => {
      if (!caps.workspace?.configuration) return pushedSettings;
      const [value] = await connection.workspace.getConfiguration([{ scopeUri: uri, section: 'sourcetrace' }]);
      return value;
    },
    // A notification, not `showWarningMessage` (a request that waits for a button).
    (message) => send(() => connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message })),
  );
  const projectConfigs = new ProjectConfigs((uri, diagnostics) => send(() => connection.sendDiagnostics({ uri, diagnostics })));

  async function configFor(uri: string): Promise<EffectiveConfig> {
    const s = await settings.get(uri);
    const project = projectConfigs.forDocument(uri);
    // Layers, weakest first: defaults, editor settings, the project's
    // `.sourcetrace.json` (the desk's standard), then the draft's front matter
    // (laid on by the engine).
    const config = resolveConfig(s.config, project?.loaded.raw);
    const enabled = s.enable && !project?.ignored;
    return { enabled, config, key: JSON.stringify([enabled, config]), maxProblems: s.maxProblems };
  }

  // ─── Publishing ───────────────────────────────────────────────────────────

  /** Per document: the result last shown, which of its findings were held back, and the timer that releases them. */
  const shown = new Map<string, Shown>();
  /** Per document: the version whose diagnostics the client last pulled. */
  const pulled = new Map<string, number>();
  /** Drafts whose diagnostics the workspace check pushed while they were not open. */
  const checkedClosed = new Set<string>();
  let refreshQueued = false;

  /**
   * The diagnostics to show for a result. New findings in the sentence the
   * writer is typing, while it has no end punctuation yet, wait until the
   * sentence ends or the writer pauses: a half-typed sentence is not a claim.
   * A finding is new when the result last shown had no finding of its rule,
   * shown, in a sentence that started at the same offset. Only the findings
   * of the sentence being typed are looked at one by one: the others are
   * shown as they are.
   */
  function visibleDiagnostics(result: AnalysisResult): { diagnostics: Diagnostic[]; held: boolean } {
    const { analysis } = result;
    const prev = shown.get(result.uri);
    const edit = documents.lastEdit(result.uri);
    let typing: number | undefined;
    if (holdMs > 0 && edit && edit.version === result.version) {
      const s = sentenceAt(analysis.sentences, edit.offset);
      if (s?.open) typing = s.index;
    }
    let findings: Diagnostic[] = result.diagnostics;
    const heldBack = new Set<number>();
    if (typing !== undefined) {
      const start = analysis.sentences[typing]!.start;
      // Claims are one per sentence, in order: a finding's claim index is its
      // sentence's. Read from the result's list, not from the findings, which
      // an incremental analysis makes only when read.
      const { claims, diagnostics } = result;
      for (let i = 0; i < claims.length; i++) {
        if (claims[i] === typing && !(prev && wasShown(prev, diagnostics[i]!.code, start))) heldBack.add(i);
      }
      if (heldBack.size) findings = result.diagnostics.filter((_, i) => !heldBack.has(i));
    }
    const diagnostics = withinLimit(documentDiagnostics(result), findings, result.config.maxProblems);
    const held = heldBack.size > 0;
    if (prev?.timer) clearTimeout(prev.timer);
    const entry: Shown = { version: result.version, result, heldBack };
    if (held) {
      entry.timer = setTimeout(() => {
        const now = scheduler.latest(result.uri);
        if (!now || now.version !== result.version || !documents.get(result.uri)) return;
        documents.forgetEdit(result.uri);
        publish(now);
      }, holdMs);
    }
    shown.set(result.uri, entry);
    return { diagnostics, held };
  }

  function publish(result: AnalysisResult): void {
    if (pullDiagnostics) {
      // The client pulls after every change; only a result that changed
      // without a new version (settings, config file, a released hold) needs
      // to ask it to pull again.
      if (pulled.get(result.uri) === result.version) queueRefresh();
    } else {
      const { diagnostics } = visibleDiagnostics(result);
      trace('published', result.uri, result.version);
      send(() => connection.sendDiagnostics({ uri: result.uri, version: result.version, diagnostics }));
    }
    // The counts after the diagnostics, so that counting the claims of a
    // long draft does not hold them up, and only while the result is still
    // the latest (a newer one sends its own). The server's writers (stdio:
    // wire.ts; IPC: `process.send`) write a message in the call that sends
    // it, and a pulled report is sent in a microtask after this: in the next
    // turn of the event loop, both are written.
    setImmediate(() => {
      if (scheduler.latest(result.uri) !== result) return;
      const notChecked = notCheckedReason(result.text, result.config);
      send(() =>
        connection.sendNotification(StatusNotification.type, {
          uri: result.uri,
          version: result.version,
          counts: result.counts,
          ...(notChecked ? { notChecked } : {}),
        }),
      );
    });
  }

  function queueRefresh(): void {
    if (refreshQueued) return;
    refreshQueued = true;
    setImmediate(() => {
      refreshQueued = false;
      if (caps.workspace?.diagnostics?.refreshSupport) send(() => connection.languages.diagnostics.refresh());
    });
  }

  /** After a configuration change, ask the client to redraw lenses and hints too. */
  function refreshAnnotations(): void {
    if (caps.workspace?.codeLens?.refreshSupport) send(() => connection.sendRequest(CodeLensRefreshRequest.type));
    if (caps.workspace?.inlayHint?.refreshSupport) send(() => connection.languages.inlayHint.refresh());
  }

  const scheduler = new AnalysisScheduler({
    document: (uri) => documents.get(uri),
    configFor,
    analysed: publish,
    changesSince: (uri, version) => documents.changesSince(uri, version),
    settled: (uri, version) => documents.settled(uri, version),
    failed: (uri, error) => connection.console.error(`sourcetrace: analysis of ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    quiet: options.quiet,
  }, options.analyze);

  function reanalyseAll(): void {
    scheduler.invalidate();
    scheduler.scheduleAll(documents.all().map((d) => d.uri));
    refreshAnnotations();
  }

  // ─── Request helpers ──────────────────────────────────────────────────────

  /** The URI of a request's document; an LSP error when the parameters are malformed. */
  function docUri(params: unknown): string {
    const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected params.textDocument.uri to be a string');
    return uri;
  }

  function position(params: unknown): Position {
    const p = (params as { position?: Partial<Position> } | undefined)?.position;
    if (!p || typeof p.line !== 'number' || typeof p.character !== 'number') {
      throw new ResponseError(ErrorCodes.InvalidParams, 'expected params.position to be { line: number, character: number }');
    }
    return { line: p.line, character: p.character };
  }

  /** The current analysis of a request's document; undefined when it is not open. Honours cancellation. */
  async function resultFor(uri: string, token?: CancellationToken): Promise<AnalysisResult | undefined> {
    const r = await scheduler.current(uri);
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    return r;
  }

  // ─── Lifecycle ────────────────────────────────────────────────────────────

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities ?? {};
    init = (params.initializationOptions ?? {}) as InitializationOptions;
    pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: path.basename(params.rootUri) }] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        documentSymbolProvider: { label: 'Sources' },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [...Commands.all] },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'sourcetrace', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'sourcetrace-language-server', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      send(() => connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourcetrace' }));
    }
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      send(() => connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.sourcetrace.json' }] }));
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f.uri)), ...e.added];
      });
    }
  });

  documents.listen(connection, {
    opened: (doc) => {
      // A pull client shows pushed and pulled diagnostics side by side: drop
      // what the workspace check pushed now that the draft is pulled for.
      if (pullDiagnostics && checkedClosed.delete(doc.uri)) send(() => connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] }));
      scheduler.schedule(doc.uri);
    },
    changed: (doc) => scheduler.schedule(doc.uri),
    closed: (uri) => {
      scheduler.forget(uri);
      settings.clear(uri);
      const s = shown.get(uri);
      if (s?.timer) clearTimeout(s.timer);
      shown.delete(uri);
      pulled.delete(uri);
      if (!pullDiagnostics) send(() => connection.sendDiagnostics({ uri, diagnostics: [] }));
      if (documents.all().length === 0) options.idle?.();
    },
  });

  connection.onDidChangeConfiguration((params) => {
    const s = (params?.settings as { sourcetrace?: unknown } | undefined)?.sourcetrace;
    if (s !== undefined) pushedSettings = s;
    settings.clear();
    reanalyseAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const touched = (params?.changes ?? []).some((c) => typeof c?.uri === 'string' && /(^|[\\/])\.sourcetrace\.json$/.test(decodeURIComponent(c.uri)));
    if (!touched) return;
    projectConfigs.reset();
    reanalyseAll();
  });

  // ─── Diagnostics (pull) ───────────────────────────────────────────────────

  connection.languages.diagnostics.on(async (params, token) => {
    const uri = docUri(params);
    const result = await resultFor(uri, token);
    if (!result) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    pulled.set(uri, result.version);
    const { diagnostics } = visibleDiagnostics(result);
    // The same version under the same configuration with the same findings
    // shown: tell the client nothing changed instead of resending them all
    // (a long draft's diagnostics, fixes included, run to hundreds of KB).
    const resultId = reportId(result, diagnostics);
    trace('published', uri, result.version);
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  });

  // ─── Features ─────────────────────────────────────────────────────────────

  connection.onHover(async (params, token) => {
    const r = await resultFor(docUri(params), token);
    return r ? hoverAt(r, positionToOffset(r.lines, position(params))) : null;
  });

  connection.onCodeAction(async (params, token) => {
    const uri = docUri(params);
    if (!params.context || !Array.isArray(params.context.diagnostics)) throw new ResponseError(ErrorCodes.InvalidParams, 'expected params.context.diagnostics to be an array');
    const r = await resultFor(uri, token);
    return r ? codeActions(r, params) : [];
  });

  connection.onDocumentSymbol(async (params, token) => {
    const r = await resultFor(docUri(params), token);
    return r ? documentSymbols(r) : [];
  });

  connection.onDefinition(async (params, token) => {
    const r = await resultFor(docUri(params), token);
    return r ? definition(r, positionToOffset(r.lines, position(params))) : null;
  });

  connection.onReferences(async (params, token) => {
    const r = await resultFor(docUri(params), token);
    return r ? references(r, positionToOffset(r.lines, position(params)), params.context?.includeDeclaration === true) : [];
  });

  connection.onDocumentHighlight(async (params, token) => {
    const r = await resultFor(docUri(params), token);
    return r ? highlights(r, positionToOffset(r.lines, position(params))) : [];
  });

  connection.onCodeLens(async (params, token) => {
    const r = await resultFor(docUri(params), token);
    return r ? codeLenses(r, init.reportCommand) : [];
  });

  connection.languages.inlayHint.on(async (params, token) => {
    const r = await resultFor(docUri(params), token);
    if (!r) return [];
    const range = params.range ?? { start: { line: 0, character: 0 }, end: { line: r.lines.lineStarts.length, character: 0 } };
    return inlayHints(r, range);
  });

  connection.onExecuteCommand(async (params) => {
    const args = params.arguments ?? [];
    switch (params.command) {
      case Commands.fixAll: {
        const uri = args[0];
        if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${Commands.fixAll} expects [uri, ruleId?]`);
        const r = await resultFor(uri);
        if (!r) throw new ResponseError(ErrorCodes.InvalidParams, `not an open document: ${uri}`);
        const edits = fixAllEdits(r, typeof args[1] === 'string' ? args[1] : undefined);
        if (edits.length === 0) return { applied: false, edits: 0 };
        const res = await connection.workspace.applyEdit({ label: 'Fix all sourcetrace problems', edit: { documentChanges: [{ textDocument: { uri, version: r.version }, edits }] } });
        return { applied: res.applied, edits: edits.length };
      }
      case Commands.openRuleDoc: {
        const ruleId = args[0];
        if (typeof ruleId !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${Commands.openRuleDoc} expects [ruleId]`);
        const local = localRuleDoc(ruleId);
        const url = local ?? ruleDocsUrl(ruleId);
        if (caps.window?.showDocument?.support) {
          // The shipped page opens in the editor; the published one in a browser.
          const shown = await connection.window.showDocument(local ? { uri: local, takeFocus: true } : { uri: url, external: true });
          return { shown: shown.success, url };
        }
        send(() => connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Documentation of ${ruleId}: ${url}` }));
        return { shown: false, url };
      }
      default:
        throw new ResponseError(ErrorCodes.InvalidParams, `unknown command: ${String(params.command)}`);
    }
  });

  connection.onRequest(SourcingReportRequest.type, async (params, token) => {
    const uri = (params as { uri?: unknown } | undefined)?.uri;
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected params.uri to be a string');
    const r = await resultFor(uri, token);
    if (!r) throw new ResponseError(ErrorCodes.InvalidParams, `not an open document: ${uri}`);
    const name = path.basename(uriToPath(uri) ?? decodeURIComponent(uri));
    return { uri, version: r.version, markdown: sourcingReport(r, name), counts: r.counts };
  });

  connection.onRequest(CheckWorkspaceRequest.type, async (params, token) => {
    const folders = Array.isArray(params?.folders) ? params.folders.filter((f): f is string => typeof f === 'string') : workspaceFolders.map((f) => f.uri);
    const progress = connection.window.attachWorkDoneProgress(params?.workDoneToken);
    const loader = projectConfigs.configLoader;
    const files: string[] = [];
    for (const folder of folders) {
      const dir = uriToPath(folder);
      if (!dir) continue;
      for (const t of expandOperands([dir], dir, loader).targets) if (t.kind === 'file') files.push(t.absPath);
    }
    progress.begin('Checking drafts', 0, `${files.length} drafts`, true);
    const out: CheckWorkspaceRequest.Result = { files: 0, findings: 0, withFindings: [], cancelled: false };
    for (const [i, file] of files.entries()) {
      if (token.isCancellationRequested) {
        out.cancelled = true;
        break;
      }
      const uri = pathToUri(file);
      let diagnostics: Diagnostic[] | undefined;
      const open = documents.get(uri);
      let checked: Awaited<ReturnType<typeof checkFile>>;
      if (open) {
        const r = await scheduler.current(uri);
        if (r) diagnostics = [...documentDiagnostics(r), ...r.diagnostics];
      } else {
        checked = await checkFile(file, uri);
        diagnostics = checked?.diagnostics;
      }
      if (diagnostics) {
        out.files++;
        out.findings += diagnostics.length;
        if (diagnostics.length) out.withFindings.push({ uri, findings: diagnostics.length });
        if (checked) {
          checkedClosed.add(uri);
          send(() => connection.sendDiagnostics({ uri, diagnostics: withinLimit([], checked.diagnostics, checked.maxProblems) }));
        }
      }
      progress.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length} ${path.basename(file)}`);
      // One file per turn of the event loop, so edits and requests are not held up.
      await new Promise<void>((r) => setImmediate(r));
    }
    progress.done();
    if (documents.all().length === 0) options.idle?.();
    out.withFindings.sort((a, b) => b.findings - a.findings || a.uri.localeCompare(b.uri));
    return out;
  });

  /** Analyses a draft that is not open in the editor, for the workspace check: its diagnostics, and how many of them may be published. */
  async function checkFile(file: string, uri: string): Promise<{ diagnostics: Diagnostic[]; maxProblems?: number } | undefined> {
    let text: string;
    try {
      const st = fs.statSync(file);
      if (st.size > MAX_DRAFT_BYTES) return undefined;
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const { config, enabled, maxProblems } = await configFor(uri);
    settings.clear(uri);
    if (!enabled) return undefined;
    const analysis = await (options.analyze ?? options.checkFiles ?? analyzeInThread)(text, config);
    const lines = buildLineIndex(text);
    return { diagnostics: analysis.findings.map((f) => toDiagnostic(f, lines)), maxProblems };
  }

  connection.onShutdown(() => {
    for (const s of shown.values()) if (s.timer) clearTimeout(s.timer);
  });
}

/** What was last shown of a document: its result and which of its findings were held back. */
interface Shown {
  version: number;
  result: AnalysisResult;
  /** Indexes into the result's findings of those held back. */
  heldBack: Set<number>;
  timer?: NodeJS.Timeout;
}

/**
 * The first sentence that contains `offset` (its end included): the one
 * `findContaining` finds, or an earlier one that ends where it starts.
 */
function sentenceAt<S extends { start: number; end: number }>(sentences: readonly S[], offset: number): S | undefined {
  let first = findContaining(sentences, offset);
  while (first > 0 && offset <= sentences[first - 1]!.end) first--;
  return first >= 0 ? sentences[first] : undefined;
}

/**
 * True when the shown result had a finding of `ruleId`, not held back, in a
 * sentence starting at `sentenceStart` (a finding with no sentence counts by
 * its own start).
 */
function wasShown(prev: Shown, ruleId: string, sentenceStart: number): boolean {
  // Claims are one per sentence, in order, so a finding's claim index is its
  // sentence's: the claims themselves (which an incremental analysis builds
  // only when read) are not needed on a keystroke, nor the findings (the
  // result lists each diagnostic's claim, and its code is its rule).
  const { diagnostics, claims, lines, analysis } = prev.result;
  const { sentences } = analysis;
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    if (d.code !== ruleId || prev.heldBack.has(i)) continue;
    const s = sentences[claims[i]!];
    if ((s?.start ?? positionToOffset(lines, d.range.start)) === sentenceStart) return true;
  }
  return false;
}

/**
 * An identity for a pulled diagnostics report: the document version, the
 * configuration and which diagnostics are shown (findings in a sentence being
 * typed may be held back), with the messages of those that are no finding's. FNV-1a over those, in hex; numbers are mixed in as
 * numbers, so no string is made per diagnostic.
 */
function reportId(result: AnalysisResult, shown: Diagnostic[]): string {
  let h = 0x811c9dc5;
  const mixCode = (c: number) => {
    h ^= c;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) mixCode(s.charCodeAt(i));
  };
  const mixNumber = (n: number) => {
    mixCode(n & 0xffff);
    mixCode(n >>> 16);
  };
  mix(result.config.key);
  for (const d of shown) {
    mix(String(d.code));
    mixNumber(d.range.start.line);
    mixNumber(d.range.start.character);
    mixNumber(d.range.end.line);
    mixNumber(d.range.end.character);
    // A finding's message is fixed by the version and the configuration; one
    // that is no finding's (no `data`) may not be: the note of those not shown
    // counts the findings released from a hold past the cap.
    if (d.data === undefined) mix(typeof d.message === 'string' ? d.message : d.message.value);
    mixCode(0x3b);
  }
  return `${result.version}-${h.toString(16)}`;
}

/**
 * What a draft too long to check as you type is told: that it was not
 * checked (no findings is not a clean bill), why, and the command that checks
 * it, with its path when it is a file.
 */
function tooLongMessage(result: AnalysisResult): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const file = uriToPath(result.uri);
  // Quoted for a POSIX shell when it needs to be.
  const quoted = file && (/^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`);
  const command = quoted ? `sourcetrace check ${quoted}` : 'sourcetrace check FILE (save it first)';
  return (
    `Not checked: this draft has ${n(result.text.length)} characters, more than the ${n(MAX_LIVE_CHARS)} (about 300,000 words) ` +
    `checked as you type, so it shows no findings. Check it from a terminal: ${command}`
  );
}

/**
 * Diagnostics about the draft as a whole: problems with its own front-matter
 * configuration, and a note when it is too long to check as you type.
 */
function documentDiagnostics(result: AnalysisResult): Diagnostic[] {
  const tooLong: Diagnostic[] =
    notCheckedReason(result.text, result.config) === 'too-long'
      ? [
          {
            // The whole first line, so that the note is seen, not a zero-width mark.
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: result.lines.lineEnds[0]! - result.lines.lineStarts[0]! } },
            severity: 3,
            source: 'sourcetrace',
            code: 'too-long',
            message: tooLongMessage(result),
          },
        ]
      : [];
  return [...tooLong, ...result.analysis.configErrors.map((issue): Diagnostic => ({
    range: spanToRange(result.lines, issue.span ?? { start: 0, end: 0 }),
    severity: 1,
    source: 'sourcetrace',
    code: 'config',
    message: `${issue.path ? `${issue.path}: ` : ''}${issue.message}. The other settings are in force.`,
  }))];
}

/**
 * The diagnostics published for a draft: its own (`own`), then its findings'
 * (`findings`, those not held back) within `max` (`sourcetrace.maxProblems`;
 * absent: the default; 0: no limit). When not all fit, a note saying how many
 * are not shown takes one of the places, after the draft's own. Errors go
 * first, then warnings, information and hints (see `mostSevere`): the ones VS
 * Code keeps of a longer list. Only what is published is capped: counts, code
 * lens, status bar, sourcing report, code actions and Fix All read the whole
 * analysis.
 */
function withinLimit(own: Diagnostic[], findings: Diagnostic[], max = DEFAULT_MAX_PROBLEMS): Diagnostic[] {
  if (max <= 0 || own.length + findings.length <= max) return own.length ? [...own, ...findings] : findings;
  const { shown, omitted } = mostSevere(findings, max - own.length - 1);
  const n = (x: number) => x.toLocaleString('en-US');
  const note: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    source: 'sourcetrace',
    code: 'too-many',
    message:
      `Not showing ${n(omitted)} further ${omitted === 1 ? 'problem' : 'problems'}: sourcetrace.maxProblems is ${n(max)}. ` +
      'Errors are shown first. The status bar, the code lens, the sourcing report and Fix All cover them all.',
  };
  return [...own, note, ...shown];
}
