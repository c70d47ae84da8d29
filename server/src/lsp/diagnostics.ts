/**
 * Turns an engine finding into the LSP `Diagnostic` that sourcetrace publishes.
 *
 * The language server publishes exactly these objects and the CLI prints them
 * in its JSON output (design.md, "Contracts other tools rely on"), so both
 * front ends share this one conversion. The fixes travel in `Diagnostic.data`:
 * a code action request carries its diagnostics back, so quick fixes need no
 * state kept between requests.
 */
import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { Finding, Fix, RuleId, Severity } from '../engine/types';
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

/** One edit of a fix, with both its engine offsets and its LSP range. */
export interface DiagnosticFixEdit {
  /** UTF-16 offset of the start of the replaced text. */
  start: number;
  /** UTF-16 offset one past the end of the replaced text. */
  end: number;
  /** The same span as an LSP range, ready for a `WorkspaceEdit`. */
  range: Range;
  newText: string;
}

/** A fix as carried in `Diagnostic.data`. */
export interface DiagnosticFix {
  /** The title shown in the quick-fix menu. */
  title: string;
  kind: Fix['kind'];
  /** Non-overlapping edits, sorted by offset. */
  edits: DiagnosticFixEdit[];
  /** True for the one fix that fix-all applies. */
  preferred?: boolean;
}

/** What sourcetrace puts in `Diagnostic.data`. */
export interface DiagnosticData {
  ruleId: RuleId;
  /** Index into `Analysis.claims` of the claim the finding is about. */
  claim: number;
  /** 0–1: how sure the engine is of the finding. */
  confidence: number;
  /** The fixes of the finding, in the engine's order. */
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
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: {
      ruleId: finding.ruleId,
      claim: finding.claim,
      confidence: finding.confidence,
      fixes: finding.fixes.map((fix) => toDiagnosticFix(fix, lineIndex)),
    },
  };
}

function toDiagnosticFix(fix: Fix, lineIndex: LineIndex): DiagnosticFix {
  const out: DiagnosticFix = {
    title: fix.title,
    kind: fix.kind,
    edits: fix.edits.map((e) => ({ start: e.start, end: e.end, range: spanToRange(lineIndex, e), newText: e.newText })),
  };
  if (fix.preferred) out.preferred = true;
  return out;
}
