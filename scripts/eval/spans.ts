/**
 * Attribution-span scores on PolNeAR: cue F1 and source F1, exact and overlap.
 *
 * Gold spans are the `Cue` and `Source` text-bound annotations of one .ann file
 * per article, chosen deterministically (the lexicographically first annotator
 * id when an article has several). Predicted spans are the cues and the
 * sources of the engine's attributions, the article text being analysed as
 * Markdown exactly as it is. Quotation attributions whose only cue is the
 * quotation mark are left out, cues that are markup (links, footnotes, notes)
 * are left out, and so are sources that are not words naming a
 * speaker (hedges, agentless passives and reactions, links, footnotes, notes,
 * placeholders) are left out, since PolNeAR marks those as source-less.
 *
 * Exact: a predicted span counts when a gold span has the same start and end.
 * Overlap: predicted and gold spans are paired one to one, largest overlap
 * first, and a pair counts when they share at least one character.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../../server/src/engine';
import { analyze } from '../../server/src/engine';
import { codePointToUtf16, parseBrat } from './brat';
import { prf, type ClassScore } from './score';

/** A half-open range of UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/** The PolNeAR splits. */
export type Split = 'train' | 'dev' | 'test';

/** One PolNeAR article with its chosen annotation. */
export interface PolnearArticle {
  /** The article name (text file name without `.txt`). */
  name: string;
  textPath: string;
  annPath: string;
  text: string;
  gold: { cues: Range[]; sources: Range[]; discard: Range[] };
}

/** Source kinds that are not a mention of who speaks (see the module comment). */
const NOT_A_SOURCE_MENTION = new Set(['hedge', 'passive', 'reaction', 'link', 'footnote', 'note', 'placeholder']);

/**
 * Cue kinds that are markup rather than words of the text: a link, a footnote
 * or a source note. PolNeAR never marks these as cues (their sources still
 * count).
 */
const NOT_A_LEXICAL_CUE = new Set(['link', 'footnote', 'note']);

/** The .ann file chosen for an article: the first by annotator id, in code-unit order. */
export function chooseAnnotation(article: string, annFiles: readonly string[]): string | undefined {
  return annFiles
    .filter((f) => f.startsWith(article + '_') && f.endsWith('.ann') && !f.slice(article.length + 1, -4).includes('_'))
    .sort()[0];
}

/**
 * Loads the articles of one split of PolNeAR from `root` (the corpus folder).
 * Throws when the split is missing. An article whose .ann file does not parse
 * (one train file has a span with no offsets) throws too, unless `onSkip` is
 * given: then it is left out and reported through `onSkip`.
 */
export function loadPolnear(root: string, split: Split, onSkip?: (annPath: string, error: Error) => void): PolnearArticle[] {
  const textDir = path.join(root, 'data', split, 'text');
  const annDir = path.join(root, 'data', split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new Error(`PolNeAR ${split} split not found under ${root}`);
  const anns = readdirSync(annDir);
  const out: PolnearArticle[] = [];
  for (const f of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = f.slice(0, -4);
    const ann = chooseAnnotation(name, anns);
    if (!ann) throw new Error(`PolNeAR ${split}: no annotation for ${name}`);
    const textPath = path.join(textDir, f);
    const annPath = path.join(annDir, ann);
    const text = readFileSync(textPath, 'utf8');
    let doc: ReturnType<typeof parseBrat>;
    try {
      doc = parseBrat(readFileSync(annPath, 'utf8'), annPath);
    } catch (e) {
      if (!onSkip) throw e;
      onSkip(annPath, e as Error);
      continue;
    }
    const toU = codePointToUtf16(text);
    const pick = (label: string): Range[] =>
      [...doc.spans.values()]
        .filter((s) => s.label === label)
        .map((s) => ({ start: toU(Math.min(...s.fragments.map((x) => x.start))), end: toU(Math.max(...s.fragments.map((x) => x.end))) }));
    out.push({ name, textPath, annPath, text, gold: { cues: pick('Cue'), sources: pick('Source'), discard: pick('Discard') } });
  }
  return out;
}

/** The predicted cue and source spans of an analysis, deduplicated, in document order. */
export function predictedSpans(a: Pick<Analysis, 'attributions'>): { cues: Range[]; sources: Range[] } {
  const uniq = (rs: Range[]) => {
    const seen = new Set<string>();
    return rs
      .filter((r) => {
        const k = `${r.start}:${r.end}`;
        if (r.end <= r.start || seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .sort((x, y) => x.start - y.start || x.end - y.end);
  };
  const cues: Range[] = [];
  const sources: Range[] = [];
  for (const at of a.attributions) {
    // A quotation whose speaker the engine carried over from the paragraph has
    // only the quotation mark as its cue; PolNeAR marks no attribution there,
    // so neither its cue nor its source is scored (as in dev-attribution.ts).
    if (at.cue.kind === 'quote') continue;
    if (!NOT_A_LEXICAL_CUE.has(at.cue.kind)) cues.push({ start: at.cue.start, end: at.cue.end });
    if (at.source && !NOT_A_SOURCE_MENTION.has(at.source.kind)) sources.push({ start: at.source.start, end: at.source.end });
  }
  return { cues: uniq(cues), sources: uniq(sources) };
}

/** Counts of one span type on one or more documents. */
export interface SpanCounts {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
}

/** Matches predicted to gold spans: exact matches and one-to-one overlap matches. Also returns the unmatched spans. */
export function matchSpans(gold: readonly Range[], pred: readonly Range[]): SpanCounts & { missed: Range[]; spurious: Range[] } {
  const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}`));
  const exact = pred.filter((p) => goldKeys.has(`${p.start}:${p.end}`)).length;
  const pairs: Array<{ g: number; p: number; o: number }> = [];
  for (let gi = 0; gi < gold.length; gi++) {
    for (let pi = 0; pi < pred.length; pi++) {
      const o = Math.min(gold[gi]!.end, pred[pi]!.end) - Math.max(gold[gi]!.start, pred[pi]!.start);
      if (o > 0) pairs.push({ g: gi, p: pi, o });
    }
  }
  pairs.sort((x, y) => y.o - x.o || x.g - y.g || x.p - y.p);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  for (const pr of pairs) {
    if (gUsed.has(pr.g) || pUsed.has(pr.p)) continue;
    gUsed.add(pr.g);
    pUsed.add(pr.p);
  }
  return {
    gold: gold.length,
    predicted: pred.length,
    exact,
    overlap: gUsed.size,
    missed: gold.filter((_, i) => !gUsed.has(i)),
    spurious: pred.filter((_, i) => !pUsed.has(i)),
  };
}

/** Exact and overlap precision, recall and F1 from summed counts. */
export function spanScores(c: SpanCounts): { exact: ClassScore; overlap: ClassScore } {
  return {
    exact: prf(c.exact, c.predicted - c.exact, c.gold - c.exact),
    overlap: prf(c.overlap, c.predicted - c.overlap, c.gold - c.overlap),
  };
}

/** The per-article result of span scoring. */
export interface ArticleSpanResult {
  article: PolnearArticle;
  cues: ReturnType<typeof matchSpans>;
  sources: ReturnType<typeof matchSpans>;
}

/** The span scores of a split. */
export interface PolnearScores {
  split: Split;
  articles: number;
  cue: SpanCounts & { exactScore: ClassScore; overlapScore: ClassScore };
  source: SpanCounts & { exactScore: ClassScore; overlapScore: ClassScore };
  perArticle: ArticleSpanResult[];
}

/** Predictions that fall inside a `Discard` span (boilerplate, embedded tweets) are not counted. */
function outsideDiscard(rs: Range[], discard: readonly Range[]): Range[] {
  return rs.filter((r) => !discard.some((d) => r.start >= d.start && r.end <= d.end));
}

/**
 * Runs the engine over the articles and scores cue and source spans.
 * `analyzeFn` defaults to the engine's `analyze`.
 */
export function scorePolnear(
  articles: readonly PolnearArticle[],
  split: Split,
  analyzeFn: (text: string) => Pick<Analysis, 'attributions'> = analyze,
): PolnearScores {
  const sum = () => ({ gold: 0, predicted: 0, exact: 0, overlap: 0 });
  const cue = sum();
  const source = sum();
  const perArticle: ArticleSpanResult[] = [];
  for (const article of articles) {
    const p = predictedSpans(analyzeFn(article.text));
    const c = matchSpans(article.gold.cues, outsideDiscard(p.cues, article.gold.discard));
    const s = matchSpans(article.gold.sources, outsideDiscard(p.sources, article.gold.discard));
    for (const k of ['gold', 'predicted', 'exact', 'overlap'] as const) {
      cue[k] += c[k];
      source[k] += s[k];
    }
    perArticle.push({ article, cues: c, sources: s });
  }
  const cs = spanScores(cue);
  const ss = spanScores(source);
  return {
    split,
    articles: articles.length,
    cue: { ...cue, exactScore: cs.exact, overlapScore: cs.overlap },
    source: { ...source, exactScore: ss.exact, overlapScore: ss.overlap },
    perArticle,
  };
}
