/**
 * `incomplete-attribution`: an attribution was started and left unfilled:
 * "according to [SOURCE]", "[SPEAKER] said", "[who?]", an empty
 * `<!-- source: -->` note, a footnote with no source in its definition,
 * "according to" followed by nothing, a speech verb with nobody before it.
 *
 * Reported on the slot itself, so the editor lands where the name must go.
 */
import type { PlaceholderKind } from '../classify';
import type { Finding } from '../types';
import type { RuleContext } from './index';
import { suppressionFixes } from './fixes';
import { eachDetail, finding, quoted, type Rule } from './rule';
import { CONFIDENCE } from '../classify/words';

/** What to tell the writer, by kind of empty slot. */
function explain(kind: PlaceholderKind, slot: string): string {
  switch (kind) {
    case 'token':
      return `Incomplete attribution: ${slot} is still a placeholder. Put in the name of the person, organisation or document.`;
    case 'empty-according-to':
      return 'Incomplete attribution: “according to” is not followed by a source. Say according to whom.';
    case 'empty-cue':
      return `Incomplete attribution: ${slot} has no speaker. Say who said it.`;
    case 'empty-note':
      return 'Incomplete attribution: this source note is empty. Write the source in it, e.g. <!-- source: Ministry of Defence statement, 12 Dec -->.';
    case 'empty-footnote':
      return `Incomplete attribution: footnote ${slot} has no source in its definition. Write the source in the footnote at the end of the draft.`;
  }
}

/** The rule. */
export const incompleteAttribution: Rule = {
  id: 'incomplete-attribution',
  description: 'An attribution was started but its source was left empty: “according to [SOURCE]”, an empty source note.',
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const seen = new Set<string>();
    eachDetail(ctx, (detail, ci) => {
      const claim = ctx.claims[ci];
      const s = claim && ctx.sentences[claim.sentence];
      if (!claim || !s || claim.status === 'N') return;
      for (const p of detail.placeholders) {
        const key = `${p.start}:${p.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(
          finding(ctx, incompleteAttribution, p, {
            message: explain(p.kind, quoted(p.text)),
            confidence: CONFIDENCE.placeholder,
            claim: ci,
            fixes: suppressionFixes(ctx.doc, incompleteAttribution.id, s),
          }),
        );
      }
    });
    return out;
  },
};
