/**
 * `unattributed-quote`: a quotation whose speaker is named nowhere in the
 * paragraph (labels.md notes). The sentence is also an unattributed claim.
 *
 * Reported on the quotation, once, however many sentences it runs over.
 */
import type { Fix, Finding, ProseDocument, Quote, Sentence } from '../types';
import type { RuleContext } from './index';
import { SPEAKER, appendBeforePunctuation, suppressionFixes } from './fixes';
import { eachDetail, finding, quoted, type Rule } from './rule';

const CLOSING_QUOTE = /["”’'»]/;

/**
 * The preferred fix: a speaker tag after the quotation. `"We will win."`
 * becomes `"We will win," [SPEAKER] said.`; a quotation inside a sentence gets
 * ", [SPEAKER] said" before the sentence's final punctuation.
 */
function speakerFix(doc: ProseDocument, q: Quote, last: Sentence): Fix {
  const src = doc.source;
  const tail = src.slice(q.end, last.end).trim();
  const title = `Add “${SPEAKER} said”`;
  if (tail === '' && CLOSING_QUOTE.test(src[q.end - 1] ?? '')) {
    const inner = q.end - 2;
    const mark = src[inner];
    if (mark === '.') {
      return { title, kind: 'replace', edits: [{ start: inner, end: inner + 1, newText: ',' }, { start: q.end, end: q.end, newText: ` ${SPEAKER} said.` }], preferred: true };
    }
    if (mark === ',' || mark === '?' || mark === '!') return { title, kind: 'insert', edits: [{ start: q.end, end: q.end, newText: ` ${SPEAKER} said.` }], preferred: true };
    return { title, kind: 'insert', edits: [{ start: q.end, end: q.end, newText: `, ${SPEAKER} said.` }], preferred: true };
  }
  if (/^[.!?]$/.test(tail)) return { title, kind: 'insert', edits: [{ start: q.end, end: q.end, newText: `, ${SPEAKER} said` }], preferred: true };
  return { title, kind: 'insert', edits: appendBeforePunctuation(doc, last, `, ${SPEAKER} said`), preferred: true };
}

/** The rule. */
export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  description: 'A quotation whose speaker is named nowhere in the paragraph.',
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const seen = new Set<number>();
    eachDetail(ctx, (detail, ci) => {
      const qi = detail.speakerlessQuote;
      if (qi === undefined || seen.has(qi)) return;
      seen.add(qi);
      const q = ctx.quotes[qi];
      const first = ctx.sentences[ctx.claims[ci]?.sentence ?? -1];
      if (!q || !first) return;
      const last = ctx.sentences[Math.min(q.lastSentence, ctx.sentences.length - 1)] ?? first;
      out.push(
        finding(ctx, unattributedQuote, q, {
          message: `Quotation with no speaker: nobody in this paragraph is named as saying ${quoted(ctx.doc.source.slice(q.start, q.end).replace(/^["“‘'«]|["”’'»]$/g, ''), 40)}. Add who said it (“…,” the minister said).`,
          confidence: ctx.claims[ci]!.confidence,
          claim: ci,
          fixes: [speakerFix(ctx.doc, q, last), ...suppressionFixes(ctx.doc, unattributedQuote.id, first)],
        }),
      );
    });
    return out;
  },
};
