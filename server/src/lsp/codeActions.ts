/**
 * Code actions, built from the fixes carried in `Diagnostic.data`:
 * every fix of a finding as a quick fix, disabling its rule on the line or in
 * the file (taken from the document's analysis rather than carried by every
 * diagnostic), fix-all of one rule, open the rule's documentation, and the
 * document's `source.fixAll.sourcetrace`. Edits of several fixes that overlap
 * are dropped whole (the first fix in document order wins); the client
 * re-checks after applying and the rest can be fixed then.
 *
 * The fixes a diagnostic carries have offsets relative to the diagnostic's
 * start or to the document's end (see `DiagnosticEdit`): they are resolved
 * here, in the document version the action edits, and become LSP ranges with
 * its line index.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import type { Fix, TextEdit as OffsetEdit } from '../engine/types';
import type { AnalysisResult } from './analysis';
import { DIAGNOSTIC_SOURCE, fixEdits, suppressionFixes, type DiagnosticData, type DiagnosticFix, type SourcetraceDiagnostic } from './diagnostics';
import { positionToOffset, spanToRange, type LineIndex } from './positions';
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
 * given, and returns their edits sorted by offset. Two insertions at the same
 * offset, or two edits that start at the same offset, count as overlapping:
 * their order would be arbitrary. Edits that only touch do not.
 *
 * The picked edits are kept sorted, so each check is a binary search: fix-all
 * of a long draft picks among thousands of fixes.
 */
export function nonOverlapping(fixes: readonly { readonly edits: readonly OffsetEdit[] }[]): OffsetEdit[] {
  // Picked edits, sorted by start; they never overlap one another.
  const taken: OffsetEdit[] = [];
  /** Index of the first picked edit whose start is at or after `s` (after `s`, when `after`). */
  const bound = (s: number, after = false): number => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = taken[mid]!.start;
      if (t < s || (after && t === s)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const clash = (s: number, e: number): boolean => {
    const i = bound(s);
    const next = taken[i];
    // The next picked edit starts at s, or inside (s, e).
    if (next && (next.start === s || next.start < e)) return true;
    // The previous one (starting before s) reaches past s.
    const prev = taken[i - 1];
    return prev !== undefined && s < prev.end;
  };
  for (const fix of fixes) {
    if (fix.edits.some((e) => clash(e.start, e.end))) continue;
    // After any picked edit with the same start: two edits of one fix at one
    // offset (a footnote at the very end of the draft) keep the fix's order.
    for (const e of fix.edits) taken.splice(bound(e.start, true), 0, e);
  }
  return taken;
}

/** Offset edits as LSP text edits, with ranges from the line index of the text they edit. */
function toTextEdits(lines: LineIndex, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: spanToRange(lines, e), newText: e.newText }));
}

/** A fix a diagnostic carries, with its edits as offsets into the text of `result`. */
function resolved(result: AnalysisResult, d: SourcetraceDiagnostic, fix: DiagnosticFix): { edits: OffsetEdit[] } {
  return { edits: fixEdits(fix, positionToOffset(result.lines, d.range.start), result.text.length) };
}

/** The edits of fix-all: the preferred fix of every finding (of one rule, if given), overlaps dropped. */
export function fixAllEdits(result: AnalysisResult, ruleId?: string): TextEdit[] {
  const fixes: { edits: OffsetEdit[] }[] = [];
  for (const d of result.diagnostics) {
    if (ruleId && d.data.ruleId !== ruleId) continue;
    const fix = d.data.fixes.find((f) => f.preferred);
    if (fix) fixes.push(resolved(result, d, fix));
  }
  return toTextEdits(result.lines, nonOverlapping(fixes));
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
      const i = result.diagnostics.findIndex((d) => d.data.ruleId === sent.data.ruleId && sameRange(d.range, sent.range));
      if (i < 0) continue;
      const d = result.diagnostics[i]!;
      const ruleId = d.data.ruleId;
      // The fixes the diagnostic carries, resolved in the current text, then
      // the suppression fixes, which it does not carry, from the analysis
      // (as document offsets already): the engine's order.
      const finding = result.analysis.findings[i];
      const fixes: Pick<Fix, 'title' | 'edits' | 'preferred'>[] = d.data.fixes.map((fix) => ({ ...fix, ...resolved(result, d, fix) }));
      if (finding) fixes.push(...suppressionFixes(finding));
      for (const fix of fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [sent],
          isPreferred: fix.preferred === true,
          edit: edit(uri, version, toTextEdits(result.lines, nonOverlapping([fix]))),
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
