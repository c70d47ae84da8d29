/**
 * The thin VS Code client: starts the bundled language server over IPC,
 * shows the active draft's claim counts in the status bar, and registers the
 * commands. It analyses nothing itself: every command asks the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, WorkDoneProgress, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest, Commands, SourcingReportRequest, StatusNotification } from '../../server/src/lsp/protocol';

/** The scheme of the read-only sourcing report documents. */
const REPORT_SCHEME = 'sourcetrace-report';

let client: LanguageClient | undefined;

/** Called by VS Code when a Markdown file is opened (see `activationEvents`). */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('sourcetrace', { log: true });
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6012'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel: log,
    initializationOptions: { reportCommand: 'sourcetrace.showSourcingReport' },
  };
  client = new LanguageClient('sourcetrace', 'sourcetrace', serverOptions, clientOptions);

  const reports = new ReportProvider();
  const status = new StatusBar();
  context.subscriptions.push(
    log,
    status,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports),
    client.onNotification(StatusNotification.type, (p) => status.update(p)),
    vscode.window.onDidChangeActiveTextEditor(() => status.show()),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
    vscode.commands.registerCommand('sourcetrace.showSourcingReport', (uri?: string | vscode.Uri) => showReport(reports, uri)),
    vscode.commands.registerCommand('sourcetrace.checkWorkspace', () => checkWorkspace()),
    vscode.commands.registerCommand('sourcetrace.fixAll', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== 'markdown') return void vscode.window.showInformationMessage('sourcetrace: open a Markdown draft to fix.');
      await vscode.commands.executeCommand(Commands.fixAll, doc.uri.toString());
    }),
    vscode.commands.registerCommand('sourcetrace.restartServer', async () => {
      status.clear();
      await client?.restart();
    }),
  );
  await client.start();
}

/** Called by VS Code on shutdown: stops the server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Asks the server for the report of a draft and opens it beside the draft. */
async function showReport(reports: ReportProvider, arg?: string | vscode.Uri): Promise<void> {
  const uri = arg ? arg.toString() : vscode.window.activeTextEditor?.document.uri.toString();
  if (!client || !uri) return void vscode.window.showInformationMessage('sourcetrace: open a Markdown draft first.');
  const result = await client.sendRequest(SourcingReportRequest.type, { uri });
  const name = path.basename(vscode.Uri.parse(uri).path) || 'draft';
  const reportUri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name} — sourcing report.md`, query: uri });
  reports.set(reportUri, result.markdown);
  const doc = await vscode.workspace.openTextDocument(reportUri);
  await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

/** Checks every draft of the workspace with a cancellable progress notification. */
async function checkWorkspace(): Promise<void> {
  if (!client) return;
  const c = client;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'sourcetrace: checking drafts', cancellable: true },
    async (progress, token) => {
      const workDoneToken = `sourcetrace-check-${Date.now()}`;
      let last = 0;
      const sub = c.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
        if (v.kind === 'end') return;
        const pct = v.percentage ?? last;
        progress.report({ message: v.message, increment: pct - last });
        last = pct;
      });
      try {
        return await c.sendRequest(CheckWorkspaceRequest.type, { workDoneToken }, token);
      } finally {
        sub.dispose();
      }
    },
  );
  const summary = `sourcetrace: ${result.findings} ${result.findings === 1 ? 'finding' : 'findings'} in ${result.withFindings.length} of ${result.files} drafts${result.cancelled ? ' (cancelled)' : ''}.`;
  const open = await vscode.window.showInformationMessage(summary, 'Open Problems');
  if (open) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** Serves the text of the sourcing report documents. */
class ReportProvider implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.emitter.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

/** The status bar item: the active draft's counts; a click opens the Problems panel. */
class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourcetrace.status', vscode.StatusBarAlignment.Right, 100);
  private readonly statuses = new Map<string, StatusNotification.Params>();

  constructor() {
    this.item.name = 'sourcetrace';
    this.item.command = 'workbench.actions.view.problems';
    this.show();
  }

  update(status: StatusNotification.Params): void {
    this.statuses.set(status.uri, status);
    if (vscode.window.activeTextEditor?.document.uri.toString() === status.uri) this.show();
  }

  forget(uri: string): void {
    this.statuses.delete(uri);
  }

  clear(): void {
    this.statuses.clear();
    this.show();
  }

  show(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const status = doc ? this.statuses.get(doc.uri.toString()) : undefined;
    if (!doc || doc.languageId !== 'markdown' || !status || status.notChecked === 'disabled') return this.item.hide();
    if (status.notChecked === 'too-long') {
      // Zero counts would read as a clean draft; say it was not checked.
      this.item.text = '$(quote) not checked: too long';
      this.item.tooltip = 'sourcetrace: this draft is too long to check as you type; the note on its first line says how to check it. Click to open Problems.';
      return this.item.show();
    }
    const c = status.counts;
    this.item.text = `$(quote) ${c.attributed}/${c.claims} attributed · ${c.vague} vague · ${c.unattributed} unattributed`;
    this.item.tooltip = `sourcetrace: ${c.claims} claims, ${c.attributed} attributed, ${c.vague} vague, ${c.unattributed} unattributed; ${c.findings} findings. Click to open Problems.`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
