/**
 * What a rule is, and how a finding's severity follows from the configuration
 * and from how sure the engine is.
 */
import { clip } from '../classify/text';
import type { RuleSetting } from '../config';
import type { ClaimDetail } from '../classify/types';
import type { Claim, Fix, Finding, RuleId, Severity, Span } from '../types';
import type { RuleContext } from './index';
import { POOL_SIZE, TextPool } from '../text';
import { isSharedFix } from './fixes';
import { packedFinding } from '../packed';

/** One rule: a file in this folder whose name is its id (see `_template.ts`). */
export interface Rule {
  /** The rule id, kebab-case, equal to the file name and to the doc page `docs/rules/<id>.md`. */
  id: RuleId;
  /** One line, shown in rule lists and in the docs index. */
  description: string;
  /** The severity when the configuration does not set one. */
  defaultSeverity: Severity;
  /** Finds what the rule reports. Pure: reads the context, returns findings. */
  check(ctx: RuleContext): Finding[];
}

/**
 * Findings the engine is less sure of than this are shown no louder than
 * `info`, whatever the rule's configured severity: a warning should be worth an
 * editor's time. Findings below `config.minConfidence` (default 0.5) are not
 * shown at all (directives.ts). So, with the defaults:
 *
 * | confidence | severity                                    |
 * |------------|---------------------------------------------|
 * | ≥ 0.7      | as configured (default `warning`)           |
 * | 0.5 – 0.7  | `info` (or `hint`, when configured as hint) |
 * | < 0.5      | dropped                                     |
 *
 * 0.7 sits between the confidence of an uncovered second clause (0.65, the
 * least certain U) and that of an unsourced sentence (0.8); see
 * `classify/words.ts`, `CONFIDENCE`.
 */
export const LOW_CONFIDENCE = 0.7;

const ORDER: Severity[] = ['hint', 'info', 'warning', 'error'];

/** The severity of a finding of `rule` with this confidence under this setting. */
export function severityFor(rule: Rule, setting: RuleSetting | undefined, confidence: number): Severity {
  const configured: Severity = setting === undefined || setting === 'off' ? rule.defaultSeverity : setting;
  if (confidence >= LOW_CONFIDENCE) return configured;
  return ORDER.indexOf(configured) > ORDER.indexOf('info') ? 'info' : configured;
}

/** Findings' messages: 309 distinct ones among the 5,511 findings of the 1 MB benchmark draft. */
const messages = new TextPool(POOL_SIZE);
/** Fixes' titles and inserted texts: 301 distinct titles of 25,023 and 33 distinct texts of 29,256 on the 1 MB benchmark draft. */
const fixTexts = new TextPool(POOL_SIZE);

/** Shares a fix's title or inserted text through the pool. */
const fixText = (s: string): string => fixTexts.share(s);

/**
 * Builds a finding of `rule`, with its severity worked out from the context.
 * Its message and its fixes' titles and texts are the pools' equal strings
 * (a long draft repeats them thousands of times). The fixes are kept packed
 * (`packedFinding`, engine/packed.ts) and made again when `fixes` is read; a fix
 * shared by many findings (`isSharedFix`: made once per rule and draft) is
 * kept as it is.
 */
export function finding(ctx: RuleContext, rule: Rule, span: Span, fields: { message: string; confidence: number; claim: number; fixes: Fix[] }): Finding {
  const length = ctx.doc.source.length;
  const fixes = fields.fixes.every((fix) => isWellFormed(fix, length)) ? fields.fixes : fields.fixes.filter((fix) => isWellFormed(fix, length));
  return packedFinding(
    {
      start: span.start,
      end: span.end,
      ruleId: rule.id,
      message: messages.share(fields.message),
      severity: severityFor(rule, ctx.config.rules[rule.id], fields.confidence),
      confidence: fields.confidence,
      claim: fields.claim,
    },
    fixes,
    fixText,
    isSharedFix,
  );
}

/**
 * True when a fix's edits are sorted, do not overlap and stay in the document.
 * A fix that is not is dropped rather than offered: a broken edit in an
 * editor's quick-fix menu is worse than none.
 */
export function isWellFormed(fix: Fix, length: number): boolean {
  let at = 0;
  for (const e of fix.edits) {
    if (e.start < at || e.end < e.start || e.end > length) return false;
    at = e.end;
  }
  return fix.edits.length > 0;
}

/** Quotes a phrase of the draft for a message, shortened when long. */
export function quoted(text: string, max = 60): string {
  return `“${clip(text, max)}”`;
}

/**
 * Calls `fn` for every claim a rule checks, in order: those of `ctx.range`
 * when the engine checks one block at a time, otherwise all of them.
 */
export function eachClaim(ctx: RuleContext, fn: (claim: Claim, index: number) => void): void {
  const { from, to } = ctx.range ?? { from: 0, to: ctx.claims.length };
  for (let ci = from; ci < to; ci++) {
    const claim = ctx.claims[ci];
    if (claim) fn(claim, ci);
  }
}

/** Like `eachClaim`, for the claims' classification details. */
export function eachDetail(ctx: RuleContext, fn: (detail: ClaimDetail, index: number) => void): void {
  const { from, to } = ctx.range ?? { from: 0, to: ctx.details.length };
  for (let ci = from; ci < to; ci++) {
    const detail = ctx.details[ci];
    if (detail) fn(detail, ci);
  }
}
