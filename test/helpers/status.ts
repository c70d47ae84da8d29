/**
 * The label a reader of the findings gives a sentence, for end-to-end tests
 * of the accuracy rules on fictional drafts.
 */
import { analyze } from '../../server/src/engine';

/** The status of the last sentence of `text`, as the findings show it (V, U) or the claim says (A, N). */
export function statusOfLast(text: string): string {
  const a = analyze(text);
  const last = a.claims[a.claims.length - 1]!;
  const on = a.findings.filter((f) => f.start < last.end && f.end > last.start).map((f) => f.ruleId);
  if (on.includes('vague-attribution')) return 'V';
  if (on.includes('unattributed-claim')) return 'U';
  return last.status;
}
