/**
 * `vague-attribution`: a claim leans on a source nobody can check (labels.md,
 * row V): an unnamed group ("analysts", "officials", "reports"), a hedge that
 * hides the source ("reportedly", "it is believed"), an agentless passive
 * ("has been documented") or reaction ("has raised questions"), or a pronoun
 * with nothing named before it.
 *
 * Reported on the vague phrase, once per vague attribution of a V sentence.
 */
import { vaguePhrase } from '../classify';
import { trimSpan } from '../classify/text';
import { isOpener } from '../sentences';
import { CLOSING_MARK } from '../text';
import type { Attribution, Fix, Finding, ProseDocument, Quote, Sentence, TextEdit } from '../types';
import type { RuleContext } from './index';
import { SOURCE, WHO, appendBeforePunctuation, insideClosedQuote, movesEmphasis, spansComment, spansMarkup, suppressionFixes } from './fixes';
import { eachClaim, finding, quoted, type Rule } from './rule';

/** Vague sources that are texts rather than people: "reports", "state media", "studies". */
const DOCUMENT_LIKE = /\b(?:reports?|media|press|accounts?|studies|study|research|documents?|rumou?rs?|surveys?|polls?|estimates?|data|records?|outlets?|publications?)\b/i;

/** What to tell the writer, by how the attribution hides its source. */
function explain(a: Attribution, phrase: string): string {
  const kind = a.source?.kind === 'unresolved' ? 'unresolved' : a.source?.kind === 'vague' ? 'vague' : a.cue.kind;
  switch (kind) {
    case 'unresolved':
      return `Vague attribution: ${phrase} points back to no source named earlier in the draft. Name the source here.`;
    case 'vague':
      return DOCUMENT_LIKE.test(a.source?.text ?? '')
        ? `Vague attribution: ${phrase} does not say which outlet or document. Name it (“according to Reuters”, “a report by the IMF”), or cut the claim.`
        : `Vague attribution: ${phrase} is a source nobody can check. Name the people, or say whom they work for (“analysts at Citi Research”).`;
    case 'hedge':
      return `Vague attribution: ${phrase} hides who reported this. Say who did: the outlet, agency or person, or cut the claim.`;
    case 'passive':
      return `Vague attribution: ${phrase} does not say by whom. Name who did it, or cut the claim.`;
    case 'reaction':
      return `Vague attribution: ${phrase} does not say who is reacting. Name who raised it, or cut the line.`;
    default:
      return `Vague attribution: ${phrase} does not name a source a reader can check. Name the source.`;
  }
}

/** Present-tense plural verbs that must agree with a singular placeholder ("analysts say" → "[SOURCE] says"). */
/** A Map, not an object literal: a word of the draft such as "constructor" must not find Object.prototype's members. */
const AGREEMENT = new Map([
  ['have', 'has'],
  ['are', 'is'],
  ['were', 'was'],
  ['do', 'does'],
]);

function thirdPerson(verb: string): string {
  const agreeing = AGREEMENT.get(verb);
  if (agreeing) return agreeing;
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** The word right after `offset` (skipping spaces), with its span. */
function nextWord(source: string, offset: number, limit: number): TextEdit | undefined {
  const m = /^\s+([a-z]+)\b/.exec(source.slice(offset, Math.min(limit, offset + 40)));
  if (!m) return undefined;
  const start = offset + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, newText: m[1]! };
}

/**
 * Two sentences run together with no space ("she said.Experts", or with no
 * full stop at all, "saidExperts"): a source phrase read across them holds
 * words of the sentence before, which a replacement would delete. Only the
 * mark is offered then. Three small letters before a capital are needed, so
 * "McCain" and "MacArthur" are still names.
 */
const GLUED = /\p{Ll}[.!?]\p{Lu}|\p{Ll}{3}\p{Lu}/u;

/**
 * True when the source starts with a small letter right after end
 * punctuation ("…last year. a senior official said"): the sentence splitter
 * reads that as one sentence, and a capital there would split it in two, so
 * the placeholder keeps the small letter ("[source]", a placeholder all the
 * same).
 */
function keepsSentence(doc: ProseDocument, s: Sentence, at: number): boolean {
  if (!/^\p{Ll}/u.test(doc.source[at] ?? '')) return false;
  // A source that opens its sentence ("…spread. iPhone users say", split
  // before the inner capital) keeps the capital, and with it the boundary.
  if (!/[^\s"'“‘(\[]/.test(doc.prose.slice(s.start, at))) return false;
  let k = at;
  // The splitter looks past opening marks to the word ("1. “according to
  // experts"): a small letter after them keeps the sentence as well, and
  // "“[SOURCE]" there split it in two, so the claim's sentence changed and
  // a second fix-all round had more to do (fuzz seed 10012, case 8886).
  while (k > 0 && isOpener(doc.prose.charCodeAt(k - 1))) k--;
  while (k > 0 && (/\s/.test(doc.prose[k - 1]!) || CLOSING_MARK.test(doc.prose[k - 1]!))) k--;
  return k > 0 && /[.!?…]/.test(doc.prose[k - 1]!);
}

/**
 * The preferred fix, unless its edits would change what a run of "*" or "_"
 * next to them can do (`movesEmphasis`): only the mark is offered then.
 */
function replacementFix(doc: ProseDocument, s: Sentence, a: Attribution, quotes: readonly (Quote | undefined)[]): Fix | undefined {
  const fix = placeholderFix(doc, s, a, quotes);
  return fix && !movesEmphasis(doc, fix.edits) ? fix : undefined;
}

/** The preferred fix: the vague words give way to a placeholder to fill. */
function placeholderFix(doc: ProseDocument, s: Sentence, a: Attribution, quotes: readonly (Quote | undefined)[]): Fix | undefined {
  const src = doc.source;
  const source = a.source;
  if (source && (source.kind === 'vague' || source.kind === 'unresolved') && source.start >= s.start && source.end <= s.end && source.end > source.start && !spansComment(doc, source) && !spansMarkup(doc, source) && !GLUED.test(source.text)) {
    // "officials in the U.S. said": the phrase's last full stop is the
    // abbreviation's (the subject was read across it to the verb, which a
    // sentence end would have stopped), so it goes with the phrase; left
    // behind, "[SOURCE]. said" would end the subject there.
    const end = src[source.end] === '.' && source.end + 1 <= a.cue.start && src.slice(source.end + 1, a.cue.start).trim() === '' ? source.end + 1 : source.end;
    const edits: TextEdit[] = [{ start: source.start, end, newText: keepsSentence(doc, s, source.start) ? SOURCE.toLowerCase() : SOURCE }];
    // "analysts say" → "[SOURCE] says"; "officials have said" → "[SOURCE] has said".
    const verb = nextWord(src, end, s.end);
    const head = source.text.trim();
    const plural = /s$/i.test(head) || /\b(?:people|police|media|staff|personnel)$/i.test(head);
    if (verb && plural) {
      // The cue's own verb, or an auxiliary right after the phrase ("analysts were told").
      const agreeing = a.cue.start <= verb.start && a.cue.end >= verb.end && (a.cue.lemma === verb.newText || /^(?:say|have|do)$/.test(verb.newText)) ? thirdPerson(verb.newText) : verb.start - end <= 1 ? AGREEMENT.get(verb.newText) : undefined;
      if (agreeing) edits.push({ ...verb, newText: agreeing });
    }
    return { title: `Replace ${quoted(source.text)} with ${SOURCE} to name`, kind: 'replace', edits: edits.filter((e) => src.slice(e.start, e.end) !== e.newText), preferred: true };
  }
  const oneWord = !/\s/.test(a.cue.text.trim());
  if ((a.cue.kind === 'hedge' || source?.kind === 'hedge') && oneWord) {
    const hedge = a.cue;
    let removal: TextEdit;
    if (hedge.start === s.start) {
      // "Reportedly, the bridge …" → "The bridge …, according to [SOURCE]."
      let end = hedge.end;
      while (end < s.end && /[,\s]/.test(src[end]!)) end++;
      removal = end < s.end ? { start: hedge.start, end: end + 1, newText: src[end]!.toUpperCase() } : { start: hedge.start, end, newText: '' };
    } else {
      // "is reportedly smaller" → "is smaller"; "The bridge, reportedly, fell" → "The bridge fell".
      let start = hedge.start;
      if (src[start - 1] === ' ') start--;
      if (src[start - 1] === ',' && src[hedge.end] === ',') start--;
      removal = { start, end: src[hedge.end] === ',' && src[start] === ',' ? hedge.end + 1 : hedge.end, newText: '' };
    }
    const added = appendBeforePunctuation(doc, s, `, according to ${SOURCE}`);
    // At the end of a sentence that ends inside a closed quotation the words
    // would be the speaker's and attribute nothing: only the mark then.
    if (insideClosedQuote(quotes, added[0]?.end ?? s.end)) return undefined;
    return {
      title: `Replace ${quoted(hedge.text)} with “according to ${SOURCE}”`,
      kind: 'replace',
      edits: [removal, ...added],
      preferred: true,
    };
  }
  if (a.cue.kind === 'passive' || source?.kind === 'passive' || (a.cue.kind === 'hedge' && /\b(?:\w+ed|said|thought|known|understood|held|seen)\b/i.test(a.cue.text))) {
    // "is said to" → "is said by [SOURCE] to"; "has been documented" → "… by [SOURCE]".
    const m = /\s+(?:to|that|as)$/i.exec(a.cue.text);
    const at = m ? a.cue.end - m[0].length : a.cue.end;
    return { title: `Say by whom: add “by ${SOURCE}”`, kind: 'insert', edits: [{ start: at, end: at, newText: ` by ${SOURCE}` }], preferred: true };
  }
  if (a.cue.kind === 'reaction' || source?.kind === 'reaction') {
    const prep = /criticism|attention|fire|condemnation|praise|backlash|rebuke|scrutiny|warnings?/i.test(a.cue.text) ? 'from' : 'among';
    return { title: `Say who: add “${prep} ${SOURCE}”`, kind: 'insert', edits: [{ start: a.cue.end, end: a.cue.end, newText: ` ${prep} ${SOURCE}` }], preferred: true };
  }
  return undefined;
}

/** The rule. */
export const vagueAttribution: Rule = {
  id: 'vague-attribution',
  description: 'A claim leans on a source nobody can check: “analysts say”, “reportedly”, “has raised questions”.',
  defaultSeverity: 'warning',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const seen = new Set<number>();
    eachClaim(ctx, (claim, ci) => {
      if (claim.status !== 'V') return;
      const s = ctx.sentences[claim.sentence];
      const detail = ctx.details[ci];
      if (!s || !detail) return;
      // A sentence of a quotation whose speaker is vague: reported on the
      // sentence, pointing at the phrase in the sentence that names the speaker.
      const from = detail.quotedFrom;
      if (from !== undefined && detail.vague.length === 0) {
        const a = ctx.attributions[ctx.details[from]?.vague[0] ?? -1];
        if (!a) return;
        const at = vaguePhrase(a, ctx.doc.source);
        out.push(
          finding(ctx, vagueAttribution, trimSpan(ctx.doc.prose, s), {
            message: `Vague attribution: this sentence is part of a quotation whose speaker is only ${quoted(ctx.doc.source.slice(at.start, at.end))}. Name the speaker.`,
            confidence: claim.confidence,
            claim: ci,
            fixes: suppressionFixes(ctx.doc, vagueAttribution.id, s),
          }),
        );
        return;
      }
      for (const ai of detail.vague) {
        const a = ctx.attributions[ai];
        if (!a || seen.has(ai)) continue;
        seen.add(ai);
        const span = vaguePhrase(a, ctx.doc.source);
        const phrase = quoted(ctx.doc.source.slice(span.start, span.end));
        const preferred = replacementFix(ctx.doc, s, a, ctx.quotes);
        const who: Fix = { title: `Mark ${phrase} with ${WHO}`, kind: 'insert', edits: [{ start: span.end, end: span.end, newText: ` ${WHO}` }], ...(preferred ? {} : { preferred: true }) };
        out.push(
          finding(ctx, vagueAttribution, span, {
            message: explain(a, phrase),
            confidence: a.confidence ?? claim.confidence,
            claim: ci,
            fixes: [...(preferred ? [preferred] : []), who, ...suppressionFixes(ctx.doc, vagueAttribution.id, s)],
          }),
        );
      }
    });
    return out;
  },
};
