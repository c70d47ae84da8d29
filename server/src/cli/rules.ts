/** The rule catalogue as the CLI's reports describe it (SARIF `tool.driver.rules`). */
import { RULES } from '../engine/rules';
import type { RuleMeta } from './format/sarif';

/** Every rule with its one-line description and default severity, in registry order. */
export function ruleCatalog(): RuleMeta[] {
  return RULES.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity }));
}
