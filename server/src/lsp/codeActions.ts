/**
 * Code actions, built from the fixes carried in `Diagnostic.data`:
 * every fix of a finding as a quick fix (the engine's fixes include disabling
 * the rule for the line or the file), fix-all of one rule, open the rule's
 * documentation, and the document's `source.fixAll.sourcetrace`. Edits of several fixes that overlap are dropped
 * whole (the first fix in document order wins); the client re-checks after
 * applying and the rest can be fixed then.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import type { AnalysisResult } from './analysis';
import { DIAGNOSTIC_SOURCE, type DiagnosticData, type DiagnosticFix, type SourcetraceDiagnostic } from './diagnostics';
import { Commands, FIX_ALL_KIND } from './protocol';
import { ruleInfo } from './ruleInfo';

/** Whether the client asked only for some kinds of actions, and for which. */
function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** True when a diagnostic is one of ours and carries our data. */
export function isOurs(d: Diagnostic): d is SourcetraceDiagnostic {
  const data = d.data as Partial<DiagnosticData> | undefined;
  return d.source === DIAGNOSTIC_SOURCE && typeof data === 'object' && data !== null && Array.isArray(data.fixes) && typeof data.ruleId === 'string';
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Picks fixes whose edits do not overlap any edit already picked, in the order
 * given, and returns their edits sorted by position. Two insertions at the same
 * offset count as overlapping: their order would be arbitrary.
 */
export function nonOverlapping(fixes: DiagnosticFix[]): TextEdit[] {
  const taken: { start: number; end: number }[] = [];
  const out: { start: number; edit: TextEdit }[] = [];
  const clash = (s: number, e: number) => taken.some((t) => (s < t.end && t.start < e) || s === t.start || (s === e && (s === t.start || s === t.end) && t.start === t.end));
  for (const fix of fixes) {
    if (fix.edits.some((e) => clash(e.start, e.end))) continue;
    for (const e of fix.edits) {
      taken.push({ start: e.start, end: e.end });
      out.push({ start: e.start, edit: { range: e.range, newText: e.newText } });
    }
  }
  return out.sort((a, b) => a.start - b.start).map((x) => x.edit);
}

/** The edits of fix-all: the preferred fix of every finding (of one rule, if given), overlaps dropped. */
export function fixAllEdits(result: AnalysisResult, ruleId?: string): TextEdit[] {
  const fixes: DiagnosticFix[] = [];
  for (const d of result.diagnostics) {
    if (ruleId && d.data.ruleId !== ruleId) continue;
    const fix = d.data.fixes.find((f) => f.preferred);
    if (fix) fixes.push(fix);
  }
  return nonOverlapping(fixes);
}

function edit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}

/** The code actions for a request, from the diagnostics it carries and the current analysis. */
export function codeActions(result: AnalysisResult, params: CodeActionParams): CodeAction[] {
  const { uri, version } = result;
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (wants(only, CodeActionKind.QuickFix)) {
    const rulesDone = new Set<string>();
    for (const sent of params.context.diagnostics) {
      if (!isOurs(sent)) continue;
      // Use the current analysis's copy of the finding: its fixes are for the
      // document as it is now. A diagnostic it no longer has is stale.
      const current = result.diagnostics.find((d) => d.data.ruleId === sent.data.ruleId && sameRange(d.range, sent.range));
      if (!current) continue;
      const d = current;
      const ruleId = d.data.ruleId;
      for (const fix of d.data.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [sent],
          isPreferred: fix.preferred === true,
          edit: edit(uri, version, nonOverlapping([fix])),
        });
      }
      if (!rulesDone.has(ruleId)) {
        rulesDone.add(ruleId);
        const sameRule = result.diagnostics.filter((x) => x.data.ruleId === ruleId && x.data.fixes.some((f) => f.preferred));
        if (sameRule.length > 1) {
          actions.push({
            title: `Fix all ${ruleInfo(ruleId).name} problems in this file (${sameRule.length})`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [sent],
            edit: edit(uri, version, fixAllEdits(result, ruleId)),
          });
        }
      }
      actions.push({
        title: `Open the documentation of ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [sent],
        command: { title: `Open the documentation of ${ruleId}`, command: Commands.openRuleDoc, arguments: [ruleId] },
      });
    }
  }

  if (wants(only, FIX_ALL_KIND)) {
    const edits = fixAllEdits(result);
    if (edits.length > 0) actions.push({ title: 'Fix all sourcetrace problems', kind: FIX_ALL_KIND, edit: edit(uri, version, edits) });
  }
  return actions;
}
