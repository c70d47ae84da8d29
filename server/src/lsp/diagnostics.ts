/**
 * Turns an engine finding into the LSP `Diagnostic` that sourcetrace publishes.
 *
 * The language server publishes exactly these objects and the CLI prints them
 * in its JSON output (design.md, "Contracts other tools rely on"), so both
 * front ends share this one conversion. The fixes travel in `Diagnostic.data`
 * (a code action request carries its diagnostics back), without the two
 * suppression fixes every finding offers, and with their offsets relative to
 * the diagnostic (or to the end of the document): a long draft's diagnostics
 * are published after every change, so each byte of a diagnostic is paid for
 * many times over, and a diagnostic that does not change from one version to
 * the next need not be encoded again.
 */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding, Fix, RuleId, Severity, TextEdit } from '../engine/types';
import { disableFileFixTitle, disableLineFixTitle } from '../engine/rules/fixes';
import { packedFixesAlike } from '../engine/packed';
import { positionToOffset, spanToRange, type LineIndex } from './positions';

/** The `source` of every sourcetrace diagnostic. */
export const DIAGNOSTIC_SOURCE = 'sourcetrace';

/** The project's home page, where the rule documentation is rendered. */
export const REPOSITORY_URL = 'https://github.com/sourcetrace/sourcetrace';

/**
 * Where the rule documentation lives: `docs/rules/<id>.md` of the repository,
 * as rendered by GitHub. The one place this URL scheme is defined.
 */
export const RULE_DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/docs/rules/`;

const docsUrls = new Map<string, string>();

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  let url = docsUrls.get(ruleId);
  if (url === undefined) {
    url = `${RULE_DOCS_BASE_URL}${encodeURIComponent(ruleId)}.md`;
    docsUrls.set(ruleId, url);
  }
  return url;
}

/** LSP severity (1 error, 2 warning, 3 information, 4 hint) of an engine severity. */
export const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: 1,
  warning: 2,
  info: 3,
  hint: 4,
};

/**
 * An edit of a fix carried in `Diagnostic.data`. Its UTF-16 offsets are
 * relative to an anchor, so that the edit stays the same when text elsewhere
 * in the draft changes: by default the diagnostic's start (the offset of
 * `range.start` in the document), and with `anchor: "end"` the end of the
 * document (the definition a footnote fix appends: `start` and `end` are then
 * 0). {@link fixEdits} turns them back into document offsets.
 */
export interface DiagnosticEdit {
  start: number;
  end: number;
  newText: string;
  /** Present only on an edit anchored at the end of the document. */
  anchor?: 'end';
}

/**
 * A fix as carried in `Diagnostic.data`: the engine's fix (title, kind, the
 * `preferred` flag of the one fix that fix-all applies) with its edits
 * relative to their anchors. Offsets rather than ranges: the code action that
 * applies a fix resolves them in the document version it edits, so ranges
 * would only double the payload.
 */
export interface DiagnosticFix {
  title: string;
  kind: Fix['kind'];
  edits: DiagnosticEdit[];
  preferred?: boolean;
}

/**
 * What sourcetrace puts in `Diagnostic.data`. Nothing in it depends on text
 * away from the finding: a keystroke that adds no line break leaves every
 * diagnostic outside the edited line as it was, down to its bytes (the stdio
 * writer reuses their encoding, see wire.ts, and the client parses less). The
 * claim a finding is about is not named (its index moves whenever a claim is
 * added above it): it is the claim whose sentence holds the range.
 */
export interface DiagnosticData {
  ruleId: RuleId;
  /** 0–1: how sure the engine is of the finding. */
  confidence: number;
  /**
   * The fixes of the finding, in the engine's order, except the two every
   * rule offers (disable the rule on this line, in this file): those are the
   * same for every finding but for where they go, and the file-wide one is
   * identical for all of a rule's findings, so code actions take them from
   * the document's analysis instead of every diagnostic carrying copies.
   */
  fixes: DiagnosticFix[];
}

/** A diagnostic as sourcetrace publishes it: every optional field it uses is filled in. */
export interface SourcetraceDiagnostic extends Diagnostic {
  severity: DiagnosticSeverity;
  code: RuleId;
  codeDescription: { href: string };
  source: typeof DIAGNOSTIC_SOURCE;
  /** Plain text: sourcetrace never sends Markdown messages. */
  message: string;
  data: DiagnosticData;
}

/** Converts one finding to the diagnostic published for it; `lineIndex` is that of the analysed text. */
export function toDiagnostic(finding: Finding, lineIndex: LineIndex): SourcetraceDiagnostic {
  const range = spanToRange(lineIndex, finding);
  return {
    range,
    severity: LSP_SEVERITY[finding.severity] ?? 2,
    code: finding.ruleId,
    codeDescription: codeDescription(finding.ruleId),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: {
      ruleId: finding.ruleId,
      confidence: finding.confidence,
      fixes: carriedFixes(finding, positionToOffset(lineIndex, range.start), lineIndex.length),
    },
  };
}

/**
 * True when {@link toDiagnostic} makes the same diagnostic of finding `f`, in
 * a text of `newLength`, as of finding `o` in a text of `oldLength`, but for
 * the lines of its range, when `f` lies `delta` code units after `o` and the
 * text between a line start and either finding is the same: the same place
 * (shifted), rule, severity, message and confidence, and the same fixes as a
 * diagnostic carries them (title, kind, preferred flag, new texts, edits at
 * the same distance from the finding's start or from the end of the text).
 * Suppression fixes are not carried, so their edits are not compared. A few
 * comparisons, no position computed: what lets a keystroke keep the
 * diagnostics of the findings it only moved (`makeResult`).
 */
export function shownAlike(f: Finding, o: Finding, delta: number, newLength: number, oldLength: number): boolean {
  if (f.start - delta !== o.start || f.end - delta !== o.end) return false;
  if (f.ruleId !== o.ruleId || f.message !== o.message || f.confidence !== o.confidence || f.severity !== o.severity) return false;
  const samePlace = (pStart: number, pEnd: number, qStart: number, qEnd: number): boolean => {
    const atEnd = anchoredAtEnd(pStart, newLength);
    if (atEnd !== anchoredAtEnd(qStart, oldLength)) return false;
    return atEnd ? pEnd - newLength === qEnd - oldLength : pStart - delta === qStart && pEnd - delta === qEnd;
  };
  // Called for most findings of a long draft on every keystroke: packed fixes are compared as they are kept,
  // not made (each read of `fixes` makes them anew, engine/packed.ts).
  const packed = packedFixesAlike(f, o, samePlace, (title) => isSuppression(f.ruleId, title));
  return packed ?? fixesAlike(f.fixes, o.fixes, (p, q) => samePlace(p.start, p.end, q.start, q.end), f.ruleId);
}

/** True when two diagnostics carry the same data: rule, confidence, and fixes with the same edits relative to their anchors. */
export function sameData(a: DiagnosticData, b: DiagnosticData): boolean {
  return a.ruleId === b.ruleId && a.confidence === b.confidence && fixesAlike(a.fixes, b.fixes, (p, q) => p.start === q.start && p.end === q.end && p.anchor === q.anchor);
}

/**
 * The one comparison of fixes as a diagnostic shows them, behind
 * {@link shownAlike} (the engine's fixes of two findings) and {@link sameData}
 * (the fixes two diagnostics carry): the same titles, kinds and preferred
 * flags in the same order, and edits with the same new texts in places
 * `samePlace` finds alike. The edits of suppression fixes of rule
 * `suppressedOf` (which diagnostics do not carry) are not compared.
 */
function fixesAlike<E extends { newText: string }>(
  a: readonly { title: string; kind: string; preferred?: boolean; edits: readonly E[] }[],
  b: readonly { title: string; kind: string; preferred?: boolean; edits: readonly E[] }[],
  samePlace: (p: E, q: E) => boolean,
  suppressedOf?: RuleId,
): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (x.title !== y.title || x.kind !== y.kind || x.preferred !== y.preferred || x.edits.length !== y.edits.length) return false;
    if (suppressedOf !== undefined && isSuppression(suppressedOf, x.title)) continue;
    for (let e = 0; e < x.edits.length; e++) {
      const p = x.edits[e]!;
      const q = y.edits[e]!;
      if (p.newText !== q.newText || !samePlace(p, q)) return false;
    }
  }
  return true;
}

/**
 * The edits of a carried fix as offsets into the document it applies to:
 * `start` is the offset of the diagnostic's start in that document, `length`
 * the document's length.
 */
export function fixEdits(fix: DiagnosticFix, start: number, length: number): TextEdit[] {
  return fix.edits.map((e) => {
    const from = e.anchor === 'end' ? length : start;
    return { start: from + e.start, end: from + e.end, newText: e.newText };
  });
}

/** Per rule: the titles of its two suppression fixes, made once (a long draft converts thousands of findings per keystroke). */
const suppressionTitles = new Map<string, readonly [string, string]>();

/**
 * True when `title` is that of one of the two suppression fixes every rule
 * offers (disable rule `ruleId` on the line, or in the file): fixes are told
 * apart by title.
 */
export function isSuppression(ruleId: RuleId, title: string): boolean {
  let titles = suppressionTitles.get(ruleId);
  if (!titles) {
    titles = [disableLineFixTitle(ruleId), disableFileFixTitle(ruleId)];
    suppressionTitles.set(ruleId, titles);
  }
  return title === titles[0] || title === titles[1];
}

/**
 * True when an edit of a finding starting at `start` in a text of `length` is carried relative
 * to the end of the text (`anchor: "end"`) rather than to the diagnostic's
 * start: the one rule {@link carriedFixes} writes by and {@link shownAlike}
 * compares by (and the CLI's JSON report writes by, `cli/format/json.ts`).
 */
export function anchoredAtEnd(start: number, length: number): boolean {
  return start === length;
}

/**
 * The fixes a diagnostic carries: the finding's own, less the suppression
 * fixes (see {@link DiagnosticData.fixes}), with their edits relative to the
 * diagnostic's start `base`, or to the end of the text (of `length`) for an
 * edit there.
 */
function carriedFixes(finding: Finding, base: number, length: number): DiagnosticFix[] {
  const out: DiagnosticFix[] = [];
  for (const fix of finding.fixes) {
    if (isSuppression(finding.ruleId, fix.title)) continue;
    const edits = fix.edits.map((e): DiagnosticEdit => (anchoredAtEnd(e.start, length) ? { start: 0, end: e.end - length, newText: e.newText, anchor: 'end' } : { start: e.start - base, end: e.end - base, newText: e.newText }));
    out.push(fix.preferred === undefined ? { title: fix.title, kind: fix.kind, edits } : { title: fix.title, kind: fix.kind, edits, preferred: fix.preferred });
  }
  return out;
}

/**
 * The suppression fixes of a finding (disable its rule on this line, in this
 * file), in the engine's order: what code actions add to the fixes a
 * diagnostic carries.
 */
export function suppressionFixes(finding: Finding): Fix[] {
  return finding.fixes.filter((f) => isSuppression(finding.ruleId, f.title));
}

const descriptions = new Map<string, { href: string }>();

/** The `codeDescription` of a rule, one shared object per rule. */
function codeDescription(ruleId: string): { href: string } {
  let d = descriptions.get(ruleId);
  if (!d) {
    d = Object.freeze({ href: ruleDocsUrl(ruleId) });
    descriptions.set(ruleId, d);
  }
  return d;
}

/**
 * The diagnostics of a list to publish when at most `room` fit, and how many
 * are left out: errors first, then warnings, information and hints, each in
 * the list's order (the ones VS Code keeps of a list longer than its limit
 * per file), kept in the list's order. A list that fits is returned as it is.
 * Linear: the severities are counted, then the list filtered once.
 */
export function mostSevere<D extends Pick<Diagnostic, 'severity'>>(list: D[], room: number): { shown: D[]; omitted: number } {
  if (list.length <= room) return { shown: list, omitted: 0 };
  const take = Math.max(0, room);
  // Severities 1–4 (an absent or unknown one is an error, as vscode-languageclient reads it).
  const bySeverity = [0, 0, 0, 0, 0];
  const severity = (d: D) => (d.severity !== undefined && d.severity >= 1 && d.severity <= 4 ? d.severity : 1);
  for (const d of list) bySeverity[severity(d)]!++;
  // All of the severities up to `last`, and the first `partial` of `last`.
  let last = 1;
  let left = take;
  while (last < 4 && bySeverity[last]! <= left) left -= bySeverity[last++]!;
  let partial = Math.min(left, bySeverity[last]!);
  const shown: D[] = [];
  for (const d of list) {
    const s = severity(d);
    if (s < last) shown.push(d);
    else if (s === last && partial > 0) {
      shown.push(d);
      partial--;
    }
  }
  return { shown, omitted: list.length - shown.length };
}
