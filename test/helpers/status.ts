/**
 * The label a reader of the findings gives a sentence, for end-to-end tests
 * of the accuracy rules on fictional drafts.
 */
import { analyze } from '../../server/src/engine';
import type { Analysis, Claim } from '../../server/src/engine/types';

/** The label of one claim of an analysis: V or U when such a finding overlaps it, else its status (A, N). */
function labelOfClaim(a: Analysis, claim: Claim): string {
  const on = a.findings.filter((f) => f.start < claim.end && f.end > claim.start).map((f) => f.ruleId);
  if (on.includes('vague-attribution')) return 'V';
  if (on.includes('unattributed-claim')) return 'U';
  return claim.status;
}

/** The status of the last sentence of `text`, as the findings show it (V, U) or the claim says (A, N). */
export function statusOfLast(text: string): string {
  const a = analyze(text);
  return labelOfClaim(a, a.claims[a.claims.length - 1]!);
}

/** The status of the sentence of `text` that holds the first occurrence of `phrase`; throws when no claim holds it. */
export function statusAt(text: string, phrase: string): string {
  const a = analyze(text);
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in draft: ${phrase}`);
  const claim = a.claims.find((c) => c.start <= at && at < c.end);
  if (!claim) throw new Error(`no claim holds: ${phrase}`);
  return labelOfClaim(a, claim);
}

/** The source text of the last sentence's claim, as the hover names it. */
export function sourceOfLast(text: string): string | undefined {
  const a = analyze(text);
  return a.claims[a.claims.length - 1]!.source?.text;
}
