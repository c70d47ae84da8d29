/**
 * `unattributed-claim`: a sentence asserts something a reader could challenge
 * (an event, a number, a date, a cause, a comparison, a prediction, a
 * judgement stated as fact) and names no source for it (labels.md, row U).
 *
 * Reported on the sentence, or on its asserting clause when the rest of the
 * sentence is attributed. A sentence with a vague source (V) is reported here
 * too when a second main clause has no source at all ("Analysts say the plan
 * will fail; unemployment fell to 3.9 percent."): replacing the vague source
 * with a placeholder would otherwise only then reveal it.
 *
 * A sentence inside a multi-sentence quotation takes its status from the
 * sentence that names (or should name) the speaker: a source added to it
 * would be inside the quotation, the speaker's words, and change nothing. It
 * gets only the suppression fixes; fixing the speaker's sentence fixes it. Claims whose only source is a placeholder still to
 * fill are left to `incomplete-attribution`, and quotations with no speaker to
 * `unattributed-quote` (which reports them as well).
 */
import { assertionKinds, describeKinds } from '../classify/nature';
import { trimSpan } from '../classify/text';
import type { Finding, Fix, Span } from '../types';
import type { RuleContext } from './index';
import { accordingToFix, footnoteFix, insideClosedQuote, sourceNoteFix, suppressionFixes } from './fixes';
import { eachClaim, finding, quoted, type Rule } from './rule';

/**
 * The fixes that add a source. "according to [SOURCE]" is offered only where
 * it is the draft's words: at the end of a sentence that ends inside a closed
 * quotation it would be the speaker's words, which attribute nothing (the
 * note and the footnote attach to the sentence wherever they stand).
 */
function addFixes(ctx: RuleContext, span: Span): Fix[] {
  const according = accordingToFix(ctx.doc, span);
  // Where the added words land: after the range an edit replaces (punctuation
  // moved out of closing quotes puts them after the quotes).
  const at = according.edits[0]?.end ?? span.end;
  const note = sourceNoteFix(ctx.doc, span);
  return [...(insideClosedQuote(ctx.quotes, at) ? [] : [according]), ...(note ? [note] : []), footnoteFix(ctx.doc, span)];
}

/** The rule. */
export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  description: 'A sentence asserts an event, number, cause, prediction or judgement and names no source for it.',
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachClaim(ctx, (claim, ci) => {
      const detail = ctx.details[ci];
      const s = ctx.sentences[claim.sentence];
      if (!detail || !s) return;
      // A V sentence is reported here only for a main clause with no source at all.
      if (claim.status === 'V' ? !detail.clause : claim.status !== 'U' || detail.pending) return;
      const spans = detail.clause ? [detail.clause, ...(detail.otherClauses ?? [])] : [trimSpan(ctx.doc.prose, claim)];
      spans.forEach((span, k) => {
        const kinds = k === 0 ? detail.kinds : assertionKinds(ctx.doc.prose.slice(span.start, span.end));
        const what = detail.speakerlessQuote !== undefined ? 'quotes words nobody is named as saying' : `states ${describeKinds(kinds)} with no source`;
        const where = detail.clause ? `The clause ${quoted(ctx.doc.source.slice(span.start, span.end), 50)}` : 'This sentence';
        out.push(
          finding(ctx, unattributedClaim, span, {
            message: `Unattributed claim: ${where} ${what}. Say who says so (“…, according to the ministry”), link or footnote the source, or cut it.`,
            confidence: claim.confidence,
            claim: ci,
            fixes: [...(detail.quotedFrom === undefined ? addFixes(ctx, span) : []), ...suppressionFixes(ctx.doc, unattributedClaim.id, s)],
          }),
        );
      });
    });
    return out;
  },
};
