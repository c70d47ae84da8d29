/**
 * Error analysis of the attribution spans on PolNeAR: which cue words the
 * engine misses or finds wrongly, and how its source spans go wrong, grouped
 * and counted so that the biggest group is the next thing to fix.
 *
 *   npx tsx scripts/eval/span-errors.ts [dev|train] [--top N] [--examples K] [--group TEXT]
 *
 * Groups printed, each with its count and K examples in context:
 * - missed gold cues, by cue key (the cue's first content word, lower-cased,
 *   with a crude lemma: "said" → say) and shape (one word, phrase, colon, dash);
 * - false predicted cues, by the engine's cue lemma and kind;
 * - cue and source spans that overlap gold but are not exact (what boundaries
 *   cost: they count under overlap scoring only), by the kind of boundary
 *   error (extra words before or after, words missing before or after) and the
 *   first word at the differing edge;
 * - missed gold sources, by whether their gold cue was found, and by that cue's key.
 *
 * `--group TEXT` prints every example of the groups whose name contains TEXT.
 * The examples quote the corpus on the terminal, for the engineer's eyes only:
 * nothing is written to the project. Uses the loader and matcher of
 * `npm run eval` (./spans.ts), so the counts agree with its figures. Look at
 * the test split only through `npm run eval -- --split test`.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/engine';
import { codePointToUtf16, parseBrat } from './brat';
import { loadPolnear, predictedSpans, scorePolnear, type Range, type Split } from './spans';

const args = process.argv.slice(2);
const split = (args.find((a) => a === 'dev' || a === 'train') ?? 'dev') as Split;
const num = (flag: string, dflt: number) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1] ?? dflt) : dflt;
};
const top = num('--top', 25);
const nExamples = num('--examples', 2);
const gi = args.indexOf('--group');
const groupFilter = gi >= 0 ? (args[gi + 1] ?? '') : undefined;

const root = path.resolve(__dirname, '../../../shared/corpora/polnear');
const articles = loadPolnear(root, split, () => {});

/** Auxiliaries, negation and adverbs skipped to find a cue's key word. */
const SKIP = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did', 'do', 'does', 'not', "n't", 'also', 'never', 'to', 'just', 'repeatedly', 'later', 'then', 'still', 'even', 'already', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** A crude lemma: enough to group "says", "said", "saying" together. */
export function crudeLemma(w: string): string {
  const irregular: Record<string, string> = { said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', felt: 'feel', knew: 'know', known: 'know', saw: 'see', seen: 'see', made: 'make', spoke: 'speak', spoken: 'speak', took: 'take', gave: 'give', found: 'find', meant: 'mean', put: 'put', held: 'hold', heard: 'hear', sought: 'seek' };
  if (irregular[w]) return irregular[w]!;
  if (w.length > 5 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.endsWith('eed') ? w : w.slice(0, -2);
  if (w.length > 3 && w.endsWith('es') && /(sh|ch|ss|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The group key of a cue's text: its shape and its first content word's crude lemma. */
function cueKey(text: string): string {
  const t = text.trim();
  if (/^[:\-–—]+$/.test(t)) return `punct ${t}`;
  const words = t.toLowerCase().match(/[a-z’']+/g) ?? [];
  const content = words.filter((w) => !SKIP.has(w));
  const head = content[0] ?? words[0] ?? t;
  const shape = words.length <= 1 ? 'word' : words.length <= 3 ? 'short' : 'long';
  return `${crudeLemma(head)} (${shape})`;
}

function ctx(text: string, r: Range, before = 70, after = 50): string {
  return (text.slice(Math.max(0, r.start - before), r.start) + '⟦' + text.slice(r.start, r.end) + '⟧' + text.slice(r.end, r.end + after)).replace(/\s+/g, ' ');
}

type Groups = Map<string, string[]>;
const add = (g: Groups, key: string, example: string) => {
  const l = g.get(key);
  if (l) l.push(example);
  else g.set(key, [example]);
};
function print(title: string, g: Groups): void {
  const total = [...g.values()].reduce((n, l) => n + l.length, 0);
  console.log(`\n══ ${title}: ${total} in ${g.size} groups`);
  const sorted = [...g.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [k, l] of sorted.slice(0, top)) {
    console.log(`${String(l.length).padStart(5)}  ${k}`);
    const all = groupFilter !== undefined && k.includes(groupFilter);
    for (const e of l.slice(0, all ? l.length : nExamples)) console.log(`         ${e}`);
  }
}

/**
 * Adds to `groups` each gold span that a predicted span overlaps without
 * matching it exactly (the first such prediction), keyed by the kind of edge
 * error and the first word at each differing edge. These spans count under
 * overlap scoring and not under exact scoring, so their total is what
 * boundaries cost.
 */
function boundaryErrors(text: string, gold: readonly Range[], pred: readonly Range[], groups: Groups): void {
  const edgeWord = (from: number, to: number) => text.slice(from, to).trim().split(/\s+/)[0]?.toLowerCase().replace(/[^a-z'’,.:-]/g, '') ?? '';
  for (const g of gold) {
    const p = pred.find((x) => x.start < g.end && g.start < x.end);
    if (!p || (p.start === g.start && p.end === g.end)) continue;
    const parts: string[] = [];
    if (p.start < g.start) parts.push(`extra before "${edgeWord(p.start, g.start)}"`);
    if (p.start > g.start) parts.push(`missing before "${edgeWord(g.start, p.start)}"`);
    if (p.end > g.end) parts.push(`extra after "${edgeWord(g.end, p.end)}"`);
    if (p.end < g.end) parts.push(`missing after "${edgeWord(p.end, g.end)}"`);
    add(groups, parts.join(' + '), `gold ${ctx(text, g, 40, 30)}  pred «${text.slice(p.start, p.end).replace(/\s+/g, ' ')}»`);
  }
}

const missedCues: Groups = new Map();
const cueBoundary: Groups = new Map();
const falseCues: Groups = new Map();
const boundary: Groups = new Map();
const missedSources: Groups = new Map();
const falseSources: Groups = new Map();

// Per-article analyses are kept so that false cues can be named by the engine's lemma and kind.
const analyses = new Map<string, ReturnType<typeof analyze>>();
const scores = scorePolnear(articles, split, (text) => {
  const a = analyze(text);
  analyses.set(text, a);
  return a;
});

for (const r of scores.perArticle) {
  const { text, annPath } = r.article;
  const a = analyses.get(text)!;
  // Gold events: for each gold source, its cue (to tell whether the cue was found).
  const doc = parseBrat(readFileSync(annPath, 'utf8'), annPath);
  const toU = codePointToUtf16(text);
  const span = (id: string | undefined): Range | undefined => {
    const s = id ? doc.spans.get(id) : undefined;
    return s ? { start: toU(Math.min(...s.fragments.map((x) => x.start))), end: toU(Math.max(...s.fragments.map((x) => x.end))) } : undefined;
  };
  const cueOfSource = new Map<string, Range>();
  for (const e of doc.events) {
    const s = span(e.args.Source);
    const c = span(e.args.Cue);
    if (s && c) cueOfSource.set(`${s.start}:${s.end}`, c);
  }
  const missedCueKeys = new Set(r.cues.missed.map((m) => `${m.start}:${m.end}`));
  for (const m of r.cues.missed) add(missedCues, cueKey(text.slice(m.start, m.end)), ctx(text, m));
  for (const s of r.cues.spurious) {
    const at = a.attributions.find((x) => x.cue.start === s.start && x.cue.end === s.end);
    add(falseCues, at ? `${at.cue.lemma ?? at.cue.text.toLowerCase()} [${at.cue.kind}${at.source ? ', src ' + at.source.kind : ''}]` : '?', ctx(text, s));
  }
  // Boundary errors: predicted spans (those scored) overlapping a gold span but not equal to it.
  const predicted = predictedSpans(a);
  boundaryErrors(text, r.article.gold.cues, predicted.cues, cueBoundary);
  boundaryErrors(text, r.article.gold.sources, predicted.sources, boundary);
  for (const m of r.sources.missed) {
    const c = cueOfSource.get(`${m.start}:${m.end}`);
    const cueFound = c && !missedCueKeys.has(`${c.start}:${c.end}`);
    const key = `${cueFound ? 'cue found' : c ? 'cue missed' : 'no cue'}: ${c ? cueKey(text.slice(c.start, c.end)) : '-'}`;
    add(missedSources, key, `${ctx(text, m, 50, 30)}  cue «${c ? text.slice(c.start, c.end).replace(/\s+/g, ' ') : '-'}»`);
  }
  for (const s of r.sources.spurious) {
    const at = a.attributions.find((x) => x.source && x.source.start === s.start && x.source.end === s.end);
    add(falseSources, at ? `${at.source!.kind} via ${at.cue.lemma ?? at.cue.kind}` : '?', ctx(text, s));
  }
}

const pct = (x: number) => (100 * x).toFixed(1);
console.log(`PolNeAR ${split}: ${scores.articles} articles`);
console.log(`cue    overlap P/R/F1 ${pct(scores.cue.overlapScore.precision)}/${pct(scores.cue.overlapScore.recall)}/${pct(scores.cue.overlapScore.f1)}  exact F1 ${pct(scores.cue.exactScore.f1)}`);
console.log(`source overlap P/R/F1 ${pct(scores.source.overlapScore.precision)}/${pct(scores.source.overlapScore.recall)}/${pct(scores.source.overlapScore.f1)}  exact F1 ${pct(scores.source.exactScore.f1)}`);
print('missed gold cues', missedCues);
print('false predicted cues', falseCues);
print('missed gold sources', missedSources);
print('false predicted sources', falseSources);
print('cue boundary errors (overlap, not exact)', cueBoundary);
print('source boundary errors (overlap, not exact)', boundary);
