/**
 * Turns an engine finding into the LSP `Diagnostic` that sourcetrace publishes.
 *
 * The language server publishes exactly these objects and the CLI prints them
 * in its JSON output (design.md, "Contracts other tools rely on"), so both
 * front ends share this one conversion. The fixes travel in `Diagnostic.data`
 * (a code action request carries its diagnostics back), as the engine's
 * offsets and without the two suppression fixes every finding offers:
 * a long draft's diagnostics are published after every change, so each byte
 * of a diagnostic is paid for many times over.
 */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding, Fix, RuleId, Severity } from '../engine/types';
import { disableFileFixTitle, disableLineFixTitle } from '../engine/rules/fixes';
import { spanToRange, type LineIndex } from './positions';

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
 * A fix as carried in `Diagnostic.data`: the engine's own fix object, with its
 * title, kind, edits as UTF-16 offsets (`start`, `end`, `newText`) and the
 * `preferred` flag of the one fix that fix-all applies. Offsets, not ranges:
 * the code action that applies a fix converts them with the line index of the
 * document version it edits, so ranges would only double the payload.
 */
export type DiagnosticFix = Fix;
/** What sourcetrace puts in `Diagnostic.data`. */
export interface DiagnosticData {
  ruleId: RuleId;
  /** Index into `Analysis.claims` of the claim the finding is about. */
  claim: number;
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

/** Converts one finding to the diagnostic published for it. */
export function toDiagnostic(finding: Finding, lineIndex: LineIndex): SourcetraceDiagnostic {
  return {
    range: spanToRange(lineIndex, finding),
    severity: LSP_SEVERITY[finding.severity] ?? 2,
    code: finding.ruleId,
    codeDescription: codeDescription(finding.ruleId),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: {
      ruleId: finding.ruleId,
      claim: finding.claim,
      confidence: finding.confidence,
      fixes: carriedFixes(finding),
    },
  };
}

/** Per rule: the titles of its two suppression fixes, made once (a long draft converts thousands of findings per keystroke). */
const suppressionTitles = new Map<string, readonly [string, string]>();

/** True for the two suppression fixes every rule offers: disable the rule on the line, or in the file. */
function isSuppression(finding: Finding, fix: Fix): boolean {
  let titles = suppressionTitles.get(finding.ruleId);
  if (!titles) {
    titles = [disableLineFixTitle(finding.ruleId), disableFileFixTitle(finding.ruleId)];
    suppressionTitles.set(finding.ruleId, titles);
  }
  return fix.title === titles[0] || fix.title === titles[1];
}

/**
 * The fixes a diagnostic carries: the finding's own, shared rather than
 * copied (they are plain data and nothing mutates them), less the suppression
 * fixes (see {@link DiagnosticData.fixes}).
 */
function carriedFixes(finding: Finding): DiagnosticFix[] {
  const { fixes } = finding;
  for (let i = 0; i < fixes.length; i++) {
    if (isSuppression(finding, fixes[i]!)) return fixes.filter((f) => !isSuppression(finding, f));
  }
  return fixes;
}

/**
 * The suppression fixes of a finding (disable its rule on this line, in this
 * file), in the engine's order: what code actions add to the fixes a
 * diagnostic carries.
 */
export function suppressionFixes(finding: Finding): Fix[] {
  return finding.fixes.filter((f) => isSuppression(finding, f));
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
