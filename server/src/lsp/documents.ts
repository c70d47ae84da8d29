/**
 * The open documents, kept in sync incrementally.
 *
 * vscode-languageserver's `TextDocuments` manager hides the content changes it
 * applies; the server needs them to know where the writer is typing (a finding
 * in a sentence still being typed may wait until the sentence ends), so this
 * store applies the changes itself with `TextDocument.update`.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { trace } from './trace';

/** Where the last change of a document ended, in offsets of the changed text. */
export interface LastEdit {
  /** The document version the change produced. */
  version: number;
  /** Offset just after the inserted text. */
  offset: number;
}

/**
 * One change of a document's text, in UTF-16 offsets of the text just before
 * it: `[start, end)` was replaced by `length` code units.
 */
export interface TextChange {
  start: number;
  end: number;
  length: number;
}

/** The changes a document went through since some version (see {@link DocumentStore.changesSince}). */
interface ChangeLog {
  /** Changes before this version are not known (it was opened, or its whole text replaced, then). */
  from: number;
  /** The changes after `from`, oldest first, with the version each produced. */
  changes: { version: number; change: TextChange }[];
}

/** Longest change log kept per document; past it, the log restarts (what needs it falls back to a full pass). */
const MAX_LOGGED_CHANGES = 10_000;

/** Listeners for document lifecycle events. */
export interface DocumentListeners {
  opened(doc: TextDocument): void;
  changed(doc: TextDocument): void;
  closed(uri: string): void;
}

/** The open documents by URI, with the place of each document's last edit. */
export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();
  private readonly edits = new Map<string, LastEdit>();
  private readonly logs = new Map<string, ChangeLog>();

  /** The open document with this URI, if any. */
  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  /** Every open document. */
  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  /** Where the writer last typed in the document, if it was changed since it was opened. */
  lastEdit(uri: string): LastEdit | undefined {
    return this.edits.get(uri);
  }

  /** Forgets where the writer last typed (the pause after typing has passed). */
  forgetEdit(uri: string): void {
    this.edits.delete(uri);
  }

  /**
   * The changes that made the document's current text from its text at
   * `version`, oldest first; undefined when they are not known (the whole
   * text was replaced since, or `version` is older than what is kept).
   */
  changesSince(uri: string, version: number): TextChange[] | undefined {
    const log = this.logs.get(uri);
    if (!log || version < log.from) return undefined;
    const out: TextChange[] = [];
    for (const c of log.changes) if (c.version > version) out.push(c.change);
    return out;
  }

  /**
   * Forgets the changes up to `version`: nothing will ask for the changes
   * since an older version again (the server keeps the result of `version`).
   */
  settled(uri: string, version: number): void {
    const log = this.logs.get(uri);
    if (!log || version < log.from) return;
    log.from = version;
    let i = 0;
    while (i < log.changes.length && log.changes[i]!.version <= version) i++;
    if (i > 0) log.changes.splice(0, i);
  }

  /** Subscribes to the connection's document notifications. */
  listen(connection: Connection, listeners: DocumentListeners): void {
    connection.onDidOpenTextDocument((params) => {
      const t = params?.textDocument;
      // A malformed notification cannot be answered with an error: ignore it.
      if (!t || typeof t.uri !== 'string' || typeof t.text !== 'string' || typeof t.version !== 'number') return;
      const doc = TextDocument.create(t.uri, t.languageId, t.version, t.text);
      this.docs.set(t.uri, doc);
      this.edits.delete(t.uri);
      this.logs.set(t.uri, { from: t.version, changes: [] });
      listeners.opened(doc);
    });
    connection.onDidChangeTextDocument((params) => {
      const { textDocument, contentChanges } = params ?? {};
      const doc = typeof textDocument?.uri === 'string' ? this.docs.get(textDocument.uri) : undefined;
      if (!doc || typeof textDocument.version !== 'number' || !Array.isArray(contentChanges) || !contentChanges.every(isChange)) return;
      // Versions only grow (LSP): a change older than the text we hold was
      // superseded, and applying it would corrupt the document.
      if (textDocument.version < doc.version) return;
      this.log(textDocument.uri, doc, contentChanges, textDocument.version);
      // `TextDocument.update` changes the document in place and returns it.
      const updated = TextDocument.update(doc, contentChanges, textDocument.version);
      const offset = lastEditOffset(updated, contentChanges);
      this.docs.set(textDocument.uri, updated);
      if (offset === undefined) this.edits.delete(textDocument.uri);
      else this.edits.set(textDocument.uri, { version: updated.version, offset });
      trace('change', textDocument.uri, updated.version);
      listeners.changed(updated);
    });
    connection.onDidCloseTextDocument((params) => {
      const textDocument = params?.textDocument;
      if (typeof textDocument?.uri !== 'string') return;
      this.docs.delete(textDocument.uri);
      this.edits.delete(textDocument.uri);
      this.logs.delete(textDocument.uri);
      listeners.closed(textDocument.uri);
    });
  }

  /**
   * Logs the changes of one notification as offsets, each in the text just
   * before it (the changes of one notification apply one after another). The
   * offsets are taken before `TextDocument.update` applies them, with its own
   * position rules (clamped; a reversed range is taken the right way round).
   */
  private log(uri: string, doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): void {
    const log = this.logs.get(uri);
    if (!log) return;
    if (changes.some((c) => !('range' in c)) || log.changes.length + changes.length > MAX_LOGGED_CHANGES) {
      // A whole-text change (or too long a log): the log restarts from the text this notification leaves.
      log.from = version;
      log.changes = [];
      return;
    }
    if (changes.length === 1) {
      const c = changes[0] as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
      let start = doc.offsetAt(c.range.start);
      let end = doc.offsetAt(c.range.end);
      if (start > end) [start, end] = [end, start];
      log.changes.push({ version, change: { start, end, length: c.text.length } });
      return;
    }
    // Several changes in one notification: each is relative to the text the previous one left.
    let text = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
    for (const c of changes as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]) {
      let start = text.offsetAt(c.range.start);
      let end = text.offsetAt(c.range.end);
      if (start > end) [start, end] = [end, start];
      log.changes.push({ version, change: { start, end, length: c.text.length } });
      text = TextDocument.update(text, [c], version);
    }
  }
}

/**
 * The offset just after the text inserted by the last change, in the updated
 * document. The text before the last change's start is untouched by it, so its
 * start position means the same offset before and after. Undefined for a
 * full-text replacement, which has no single place.
 */
function lastEditOffset(updated: TextDocument, changes: TextDocumentContentChangeEvent[]): number | undefined {
  const last = changes[changes.length - 1];
  if (!last || !('range' in last)) return undefined;
  return updated.offsetAt(last.range.start) + last.text.length;
}

/** True for a well-formed content change: full text, or a range with numeric positions and text. */
function isChange(c: unknown): c is TextDocumentContentChangeEvent {
  const x = c as { text?: unknown; range?: { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } };
  if (typeof x?.text !== 'string') return false;
  if (x.range === undefined) return true;
  const ok = (p?: { line?: unknown; character?: unknown }) => typeof p?.line === 'number' && typeof p.character === 'number';
  return ok(x.range.start) && ok(x.range.end);
}
