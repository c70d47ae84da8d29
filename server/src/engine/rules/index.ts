/**
 * The rules, in one explicit ordered registry. Findings come out in registry
 * order, then in document order within a rule; the language server and the
 * CLI sort them by position as they need.
 *
 * To add a rule: copy `_template.ts` to `<rule-id>.ts`, add the id to
 * `RuleId` (types.ts) and `RULE_IDS` (config.ts), list it below, and write
 * `docs/rules/<rule-id>.md` and `test/engine/rules/<rule-id>.test.ts`.
 */
import type { ClaimDetail } from '../classify';
import type { ResolvedConfig } from '../config';
import type { Directives } from '../directives';
import type { Traced } from '../trace';
import type { Finding, ProseDocument, Sentence } from '../types';
import { incompleteAttribution } from './incomplete-attribution';
import type { Rule } from './rule';
import { unattributedClaim } from './unattributed-claim';
import { unattributedQuote } from './unattributed-quote';
import { vagueAttribution } from './vague-attribution';

export type { Rule } from './rule';
export { LOW_CONFIDENCE, severityFor, eachClaim, eachDetail } from './rule';

/** Everything a rule can read. */
export interface RuleContext extends Traced {
  doc: ProseDocument;
  sentences: Sentence[];
  directives: Directives;
  config: ResolvedConfig;
  /** Per claim (same index as `claims`): classification details (from `Traced`). */
  details: ClaimDetail[];
  /**
   * The claims to check, by index, when the engine checks one block at a
   * time (the incremental analyzer); every claim when not given.
   */
  range?: { from: number; to: number };
}

/** Every rule, in the order they run. */
export const RULES: readonly Rule[] = [vagueAttribution, unattributedClaim, incompleteAttribution, unattributedQuote];

/**
 * Runs every rule in registry order. A rule set to "off" is skipped (the
 * suppression stage would drop its findings anyway). A rule that throws is a
 * bug, but must not take the editor down: its findings are left out.
 */
export function runRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    if (ctx.config.rules[rule.id] === 'off') continue;
    try {
      out.push(...rule.check(ctx));
    } catch {
      // Deliberately swallowed: analysis never throws (index.ts contract).
    }
  }
  return out;
}
