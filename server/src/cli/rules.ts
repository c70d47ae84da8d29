/** The rule catalogue as the CLI's reports describe it (SARIF `tool.driver.rules`). */
import { DEFAULT_RULE_SEVERITY, RULE_IDS } from '../engine/config';
import type { RuleMeta } from './format/sarif';

/**
 * Every rule with a one-line description and its default severity, in
 * registry order. The description is the rule id in words until the rule
 * registry exports its own descriptions.
 */
export function ruleCatalog(): RuleMeta[] {
  return RULE_IDS.map((id) => ({
    id,
    description: id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' '),
    defaultSeverity: DEFAULT_RULE_SEVERITY[id],
  }));
}
