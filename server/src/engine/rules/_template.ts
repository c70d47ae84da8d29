/**
 * A template for a new rule. Copy this file to `<rule-id>.ts` (the file name is
 * the rule id, kebab-case), then:
 *
 * 1. add the id to `RuleId` in `types.ts` and to `RULE_IDS`, `rulesSchema` and
 *    `DEFAULT_RULE_SEVERITY` in `config.ts` (the settings schema, the JSON
 *    schema and package.json are generated from it);
 * 2. list the rule in `RULES` in `rules/index.ts`, where its place sets the
 *    order findings come out in;
 * 3. write `docs/rules/<rule-id>.md` (what it finds, why, a bad and a good
 *    example, how to fix, how to suppress) and
 *    `test/engine/rules/<rule-id>.test.ts` with the `check()` helper.
 *
 * This file is not in the registry and never runs.
 */
import type { Claim, Finding } from '../types';
import type { RuleContext } from './index';
import { suppressionFixes } from './fixes';
import { eachClaim, finding, type Rule } from './rule';

/** Replace with the test of what the rule is about; this template matches nothing. */
function isAbout(claim: Claim): boolean {
  return claim.status === 'U' && claim.reason === '';
}

/** The rule. Name the constant after the id in camelCase. */
export const templateRule: Rule = {
  // Must equal the file name. A `RuleId` from types.ts.
  id: 'unattributed-claim',
  // One line, in newsroom language: what the rule finds, not how.
  description: 'One line saying what the rule finds.',
  // The severity when the configuration sets none; keep equal to DEFAULT_RULE_SEVERITY in config.ts.
  defaultSeverity: 'warning',
  // Read what classification decided (ctx.claims, ctx.details, ctx.attributions,
  // ctx.quotes) rather than re-reading the text: a rule reports, it does not
  // classify. Use `finding()` so that the severity follows the configuration
  // and the confidence (see rule.ts), and offer fixes as data (fixes.ts).
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachClaim(ctx, (claim, ci) => {
      const sentence = ctx.sentences[claim.sentence];
      if (!sentence || !isAbout(claim)) return;
      out.push(
        finding(ctx, templateRule, claim, {
          // Say what is wrong and how to fix it, naming the words at fault.
          message: 'What is wrong, and how an editor fixes it.',
          confidence: claim.confidence,
          claim: ci,
          // Put the preferred fix (`preferred: true`) first; keep the suppressions last.
          fixes: suppressionFixes(ctx.doc, templateRule.id, sentence),
        }),
      );
    });
    return out;
  },
};
