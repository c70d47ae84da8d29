/**
 * sourcetrace's extensions to the Language Server Protocol.
 *
 * Every custom request, notification and command the server and the VS Code
 * client exchange is declared here, once, as a namespace with its method name,
 * its message type and a doc comment. The client imports this file too, so the
 * two sides cannot disagree on a name or a shape. Other LSP editors can send the
 * same messages by method name.
 */
import { NotificationType, RequestType, type WorkDoneProgressParams } from 'vscode-languageserver-protocol';

/** How many claims of a draft have each status; the code lens and the status bar show it. */
export interface ClaimCounts {
  /** Every sentence that makes a claim (statuses A, V and U; N is not counted). */
  claims: number;
  /** Claims tied to an identifiable source. */
  attributed: number;
  /** Claims resting on a source nobody can check. */
  vague: number;
  /** Claims with no source at all. */
  unattributed: number;
  /** Findings shown for the draft, after suppression. */
  findings: number;
}

/** Parameters naming one open document. */
export interface DocumentParams {
  /** The document's URI, as the client sent it in `didOpen`. */
  uri: string;
}

/**
 * `sourcetrace/sourcingReport`: a Markdown report of every claim of a draft,
 * its status, its source and the cue that ties them, for the editor or the
 * fact-checker. The server answers from the latest analysis of the document.
 */
export namespace SourcingReportRequest {
  export const method = 'sourcetrace/sourcingReport' as const;
  /** The result: the report as Markdown, and the counts it is built on. */
  export interface Result {
    /** The URI the report is about. */
    uri: string;
    /** The document version analysed. */
    version: number;
    /** A Markdown document: a summary line and a table with one row per claim. */
    markdown: string;
    counts: ClaimCounts;
  }
  export const type = new RequestType<DocumentParams, Result, void>(method);
}

/**
 * `sourcetrace/checkWorkspace`: analyses every Markdown draft under the
 * workspace folders (skipping the `ignore` globs of `.sourcetrace.json`) and
 * publishes diagnostics for each. Reports work-done progress when the request
 * carries a `workDoneToken`, and stops early when cancelled.
 */
export namespace CheckWorkspaceRequest {
  export const method = 'sourcetrace/checkWorkspace' as const;
  /** Parameters: optionally, folders to check instead of the workspace folders. */
  export interface Params extends WorkDoneProgressParams {
    /** Folder URIs to check; the workspace folders when absent. */
    folders?: string[];
  }
  /** What the check found. */
  export interface Result {
    /** How many drafts were analysed. */
    files: number;
    /** How many findings they have in total. */
    findings: number;
    /** Drafts with at least one finding, worst first. */
    withFindings: { uri: string; findings: number }[];
    /** True when the request was cancelled before every draft was analysed. */
    cancelled: boolean;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * `sourcetrace/status`: sent by the server after each analysis it publishes, so
 * the client's status bar can show the counts of the active draft without
 * analysing anything itself.
 */
export namespace StatusNotification {
  export const method = 'sourcetrace/status' as const;
  /** The counts of one document version. */
  export interface Params {
    uri: string;
    version: number;
    counts: ClaimCounts;
    /**
     * Set when the version was not analysed, so the counts are not a verdict:
     * `too-long` for a draft over the live-checking limit, `disabled` when
     * `sourcetrace.enable` is off for it. Absent for a checked draft.
     */
    notChecked?: 'too-long' | 'disabled';
  }
  export const type = new NotificationType<Params>(method);
}

/**
 * The `workspace/executeCommand` commands the server implements. VS Code's
 * language client registers them automatically; code actions refer to them.
 */
export namespace Commands {
  /** Applies every preferred fix of a document: arguments `[uri, ruleId?]`. */
  export const fixAll = 'sourcetrace.server.fixAll';
  /** Opens a rule's documentation: arguments `[ruleId]`. */
  export const openRuleDoc = 'sourcetrace.server.openRuleDoc';
  /** Every command, for the server's `executeCommandProvider`. */
  export const all = [fixAll, openRuleDoc] as const;
}

/** The code action kind of sourcetrace's fix-all, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.sourcetrace';
