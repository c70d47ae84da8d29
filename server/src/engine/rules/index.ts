// PLACEHOLDER (replaced by the rules stage).
import type { ResolvedConfig } from '../config';
import type { Directives } from '../directives';
import type { Traced } from '../trace';
import type { Finding, ProseDocument, Sentence } from '../types';

/** Everything a rule can read. */
export interface RuleContext extends Traced {
  doc: ProseDocument;
  sentences: Sentence[];
  directives: Directives;
  config: ResolvedConfig;
}

/** Runs every rule in registry order. */
export function runRules(ctx: RuleContext): Finding[] {
  return ctx.claims.filter((c) => c.status === 'U').map((c) => ({
    start: c.start, end: c.end, ruleId: 'unattributed-claim' as const, message: 'placeholder', severity: ctx.config.rules['unattributed-claim'] === 'off' ? 'warning' as const : ctx.config.rules['unattributed-claim'] as 'warning', confidence: c.confidence, claim: c.sentence, fixes: [],
  }));
}
