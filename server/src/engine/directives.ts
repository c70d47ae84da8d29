/**
 * Stage 3 (before tracing): source notes and suppression comments.
 *
 * Source notes. `<!-- source: Ministry of Defence statement, 12 Dec -->`
 * attributes the sentence it follows: the last sentence that ends before the
 * comment, when only whitespace (in the prose view) and no blank line lie
 * between, so the note may sit in the same paragraph or on the line(s) right
 * after it. A note written inside a sentence attributes that sentence. Only
 * the `source:` form is recognised (the colon is required; `Source:` in any
 * case works); an empty note `<!-- source: -->` is kept with empty text so
 * the rules can report the attribution as incomplete. A note with no sentence
 * to attach to is reported in `issues`.
 *
 * Suppressions, modelled on ESLint's comments (rule ids separated by spaces or
 * commas; no rule list means every rule):
 * - `<!-- sourcetrace-disable-next-line [rules] -->`: the next line after the
 *   comment that holds prose, and the whole of every sentence that starts on
 *   it (prose wraps: a sentence's finding may start on its second line), with
 *   the footnote references and source notes that follow such a sentence;
 * - `<!-- sourcetrace-disable-line [rules] -->`: the line(s) the comment is on;
 * - `<!-- sourcetrace-disable [rules] -->` … `<!-- sourcetrace-enable [rules] -->`:
 *   the region between them (to the end of the document when not re-enabled);
 * - `<!-- sourcetrace-disable-file [rules] -->`: the whole document.
 * A finding is suppressed when its start lies in a suppressed region for its
 * rule. Unknown rule ids and misspelt directives never throw: they are listed
 * in `issues` for the caller to report, and the known ids of the same comment
 * still apply.
 */
import { RULE_IDS, type ResolvedConfig } from './config';
import { lineEndOf, lineOfOffset, lineStartOffsets } from './text';
import type { Finding, HtmlComment, ProseDocument, RuleId, Sentence, Span } from './types';

/** A `<!-- source: … -->` note attached to a sentence. */
export interface SourceNote {
  /** The whole comment. */
  span: Span;
  /** The note's text after `source:`, trimmed; empty for an empty note. */
  text: string;
  /** Index of the sentence the note attributes. */
  sentence: number;
}

/** The kinds of suppression comment. */
export type SuppressionKind = 'disable-next-line' | 'disable-line' | 'disable' | 'disable-file';

/** A region of the document where some rules are suppressed. */
export interface Suppression extends Span {
  /** The rules suppressed in the region. */
  rules: RuleId[];
  kind: SuppressionKind;
  /** The comment that asked for it. */
  directive: Span;
}

/** A problem with a directive comment, for the caller to report. */
export interface DirectiveIssue {
  /** The comment the problem is in. */
  span: Span;
  /** `unknown-rule`, `unknown-directive` or `orphan-source-note`. */
  kind: 'unknown-rule' | 'unknown-directive' | 'orphan-source-note';
  message: string;
}

/** Source notes and suppression comments found in a draft. */
export interface Directives {
  /** `<!-- source: … -->` notes, each attached to the sentence it follows. */
  sourceNotes: SourceNote[];
  /** Suppressed regions, in the order of their directive comments. */
  suppressions: Suppression[];
  /** Unknown rule ids, misspelt directives and notes that attach to nothing. */
  issues: DirectiveIssue[];
}

const KNOWN_RULES: ReadonlySet<string> = new Set(RULE_IDS);
const DIRECTIVE_RE = /^sourcetrace-([a-z-]+)(?=$|[\s,])([\s\S]*)$/;
const SOURCE_RE = /^source:([\s\S]*)$/i;

/** Reads source notes and `sourcetrace-disable…` comments. Never throws. */
export function parseDirectives(doc: ProseDocument, sentences: Sentence[]): Directives {
  const out: Directives = { sourceNotes: [], suppressions: [], issues: [] };
  const { source, prose } = doc;
  let lineStarts: number[] | undefined;
  const lines = (): number[] => (lineStarts ??= lineStartOffsets(source));
  const open = new Map<RuleId, { since: number; directive: Span }>();
  const wholeSentences: WholeSentences[] = [];

  let s = 0; // First sentence that does not end before the current comment.
  let attachedTo = -1; // Sentence of the last attached note,
  let attachedEnd = 0; // and the end of that note.
  for (const c of doc.comments) {
    const span = { start: c.start, end: c.end };
    const note = SOURCE_RE.exec(c.body);
    if (note) {
      while (s < sentences.length && sentences[s]!.end <= c.start) s++;
      const inside = s < sentences.length && sentences[s]!.start < c.start ? s : -1;
      let target = inside;
      if (target < 0 && s > 0) {
        const prev = s - 1;
        const from = attachedTo === prev ? attachedEnd : sentences[prev]!.end;
        if (onlyWhitespace(prose, source, from, c.start)) target = prev;
      }
      if (target >= 0) {
        out.sourceNotes.push({ span, text: note[1]!.trim(), sentence: target });
        attachedTo = target;
        attachedEnd = c.end;
      } else {
        out.issues.push({ span, kind: 'orphan-source-note', message: 'This source note follows no sentence: put it right after the sentence it attributes.' });
      }
      continue;
    }
    const m = DIRECTIVE_RE.exec(c.body);
    if (!m) {
      if (/^sourcetrace\b/i.test(c.body)) {
        out.issues.push({ span, kind: 'unknown-directive', message: `Unknown sourcetrace directive "${c.body.split(/\s/)[0]}"; expected sourcetrace-disable, -enable, -disable-line, -disable-next-line or -disable-file.` });
      }
      continue;
    }
    const name = m[1]!;
    const ids = m[2]!.split(/[\s,]+/).filter(Boolean);
    const rules: RuleId[] = [];
    for (const id of ids) {
      if (KNOWN_RULES.has(id)) rules.push(id as RuleId);
      else out.issues.push({ span, kind: 'unknown-rule', message: `Unknown rule "${id}" in sourcetrace-${name}; known rules: ${RULE_IDS.join(', ')}.` });
    }
    // A list of only unknown ids suppresses nothing rather than everything.
    if (ids.length && !rules.length) continue;
    const targets: RuleId[] = ids.length ? rules : [...RULE_IDS];
    switch (name) {
      case 'disable-file':
        out.suppressions.push({ start: 0, end: source.length, rules: targets, kind: 'disable-file', directive: span });
        break;
      case 'disable-line': {
        const ls = lines();
        const first = lineOfOffset(ls, c.start);
        const last = lineOfOffset(ls, Math.max(c.start, c.end - 1));
        out.suppressions.push({ start: ls[first]!, end: lineEndOf(source, ls, last), rules: targets, kind: 'disable-line', directive: span });
        break;
      }
      case 'disable-next-line': {
        const ls = lines();
        let line = lineOfOffset(ls, Math.max(c.start, c.end - 1)) + 1;
        while (line < ls.length && !hasProse(prose, ls[line]!, lineEndOf(source, ls, line))) line++;
        if (line < ls.length) {
          const start = ls[line]!;
          let end = lineEndOf(source, ls, line);
          // Sentences are in document order: find the first starting on the line.
          let lo = 0;
          let hi = sentences.length;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (sentences[mid]!.start < start) lo = mid + 1;
            else hi = mid;
          }
          const lineEnd = end;
          let i = lo;
          for (; i < sentences.length && sentences[i]!.start < lineEnd; i++) end = Math.max(end, sentences[i]!.end);
          const suppression: Suppression = { start, end, rules: targets, kind: 'disable-next-line', directive: span };
          out.suppressions.push(suppression);
          if (i > lo) wholeSentences.push({ suppression, first: lo, last: i - 1 });
        }
        break;
      }
      case 'disable':
        for (const r of targets) if (!open.has(r)) open.set(r, { since: c.end, directive: span });
        break;
      case 'enable':
        for (const r of targets) {
          const o = open.get(r);
          if (!o) continue;
          out.suppressions.push({ start: o.since, end: c.start, rules: [r], kind: 'disable', directive: o.directive });
          open.delete(r);
        }
        break;
      default:
        out.issues.push({ span, kind: 'unknown-directive', message: `Unknown sourcetrace directive "sourcetrace-${name}"; expected sourcetrace-disable, -enable, -disable-line, -disable-next-line or -disable-file.` });
    }
  }
  for (const [r, o] of open) out.suppressions.push({ start: o.since, end: source.length, rules: [r], kind: 'disable', directive: o.directive });
  for (const w of wholeSentences) coverAttachments(doc, sentences, out.sourceNotes, w);
  return out;
}

/** A disable-next-line region and the sentences (by index) that start on its line. */
interface WholeSentences {
  suppression: Suppression;
  first: number;
  last: number;
}

/**
 * Extends a disable-next-line region over what belongs to its sentences but
 * lies after them: a footnote reference after the final punctuation ("fell.
 * [^1]", possibly on the next line of the paragraph) and a source note on the
 * line after the sentence. Findings on these (an empty footnote, an empty
 * note) are findings of the sentence, and the comment must cover them. Only
 * text up to the next sentence is added, so no other sentence is covered.
 */
function coverAttachments(doc: ProseDocument, sentences: Sentence[], notes: SourceNote[], w: WholeSentences): void {
  const last = sentences[w.last]!;
  const next = sentences[w.last + 1]?.start ?? doc.source.length;
  const blockEnd = doc.blocks[last.block]?.end ?? last.end;
  let end = w.suppression.end;
  // A footnote reference belongs to the last sentence that starts before it in its block.
  const refs = doc.footnoteRefs;
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (refs[mid]!.start < last.end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < refs.length && refs[k]!.start < next && refs[k]!.start <= blockEnd; k++) end = Math.max(end, refs[k]!.end);
  // Notes are in document order, so their sentences never decrease.
  lo = 0;
  hi = notes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (notes[mid]!.sentence < w.first) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < notes.length && notes[k]!.sentence <= w.last && notes[k]!.span.start < next; k++) end = Math.max(end, notes[k]!.span.end);
  w.suppression.end = end;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff;
}

/** True when the prose of `[from, to)` is only whitespace and the source holds no blank line there. */
function onlyWhitespace(prose: string, source: string, from: number, to: number): boolean {
  let lineHasText = true;
  for (let i = from; i < to; i++) {
    const c = prose.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && prose.charCodeAt(i + 1) === 10) i++;
      if (!lineHasText) return false;
      lineHasText = false;
      continue;
    }
    if (!isBlank(c)) return false;
    if (!isBlank(source.charCodeAt(i))) lineHasText = true;
  }
  return true;
}

function hasProse(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(prose.charCodeAt(i))) return true;
  return false;
}

/**
 * An index of suppressed regions per rule: sorted, merged spans, answering
 * "is this offset suppressed for this rule?" in O(log regions).
 */
export class SuppressionIndex {
  private readonly byRule = new Map<RuleId, Span[]>();

  constructor(suppressions: readonly Suppression[]) {
    const raw = new Map<RuleId, Span[]>();
    for (const s of suppressions) {
      for (const r of s.rules) {
        let list = raw.get(r);
        if (!list) raw.set(r, (list = []));
        list.push({ start: s.start, end: s.end });
      }
    }
    for (const [r, list] of raw) {
      list.sort((a, b) => a.start - b.start);
      const merged: Span[] = [];
      for (const sp of list) {
        const last = merged[merged.length - 1];
        if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
        else merged.push({ ...sp });
      }
      this.byRule.set(r, merged);
    }
  }

  /** True when `offset` lies in a region where `rule` is suppressed. */
  isSuppressed(rule: RuleId, offset: number): boolean {
    const list = this.byRule.get(rule);
    if (!list) return false;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const sp = list[mid]!;
      if (offset < sp.start) hi = mid - 1;
      else if (offset >= sp.end) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

/**
 * Drops findings of rules turned off and findings under the configured
 * minimum confidence, then the findings a suppression comment covers, which
 * it counts.
 */
export function applyDirectives(findings: Finding[], d: Directives, config: ResolvedConfig): { kept: Finding[]; suppressed: number } {
  const index = new SuppressionIndex(d.suppressions);
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    if (config.rules[f.ruleId] === 'off' || f.confidence < config.minConfidence) continue;
    if (index.isSuppressed(f.ruleId, f.start)) suppressed++;
    else kept.push(f);
  }
  return { kept, suppressed };
}

/** The comments of a document that are directives or source notes (for editors: folding, hovers). */
export function isDirectiveComment(c: HtmlComment): boolean {
  return SOURCE_RE.test(c.body) || /^sourcetrace-/.test(c.body);
}
