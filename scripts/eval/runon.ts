/**
 * Does PolNeAR's content span tell an attributed sentence from an
 * unattributed one where the source is in an earlier sentence? The
 * measurement of the twelfth session's acc-a lane (docs/accuracy.md), kept
 * so that it can be re-run:
 *
 * (a) On `eval/polnear-train`, the sentences the engine flags U whose gold
 *     label is A or U and whose text falls in one of the three paragraph-level
 *     error groups of `causes.ts` ("no cue word", "quotation or list continued
 *     in a paragraph that names the speaker", "quotation continued from
 *     another sentence"): how PolNeAR's annotation reads each (a cue inside
 *     it, or most of it the content of a cue in an earlier sentence: "run-on"),
 *     against the gold label.
 * (b) On every PolNeAR train article, the sentences the engine flags U that
 *     hold no PolNeAR cue: how well features read off the text pick out the
 *     run-on ones (precision and recall of each).
 *
 *     npx tsx scripts/eval/runon.ts
 *
 * Prints counts only, never corpus text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/engine';
import { codePointToUtf16, parseBrat } from './brat';
import { causeOf } from './causes';
import { contextOf, evaluateSet } from './run';
import { loadSet, REPO_ROOT, SHARED } from './sets';
import { chooseAnnotation, type Range } from './spans';

/** One PolNeAR attribution: its cue and content fragments, as UTF-16 offsets. */
export interface ContentAttribution {
  cue: Range[];
  content: Range[];
}

/** How PolNeAR's annotation reads a sentence. */
export type RunOn = 'own cue' | 'run-on, same paragraph' | 'run-on, earlier paragraph' | 'content of a later cue' | 'none';

/** The attributions of one brat file over `text`, or undefined when the file does not parse. */
export function contentAttributions(ann: string, text: string): ContentAttribution[] | undefined {
  let doc: ReturnType<typeof parseBrat>;
  try {
    doc = parseBrat(ann);
  } catch {
    return undefined;
  }
  const toU = codePointToUtf16(text);
  const fragments = (id: string | undefined): Range[] =>
    id ? doc.spans.get(id)!.fragments.map((f) => ({ start: toU(f.start), end: toU(f.end) })) : [];
  return doc.events.map((e) => ({ cue: fragments(e.args.Cue), content: fragments(e.args.Content) }));
}

function shared(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * How the annotation reads `s`: a cue inside it; else at least half of it
 * the content of a cue that ends before it (in its paragraph or an earlier
 * one) or starts after it; else none.
 */
export function runOnOf(s: Range, text: string, attrs: readonly ContentAttribution[]): RunOn {
  if (attrs.some((a) => a.cue.some((c) => shared(c, s) > 0))) return 'own cue';
  let best: RunOn = 'none';
  for (const a of attrs) {
    if (a.cue.length === 0 || a.content.reduce((n, c) => n + shared(c, s), 0) * 2 < s.end - s.start) continue;
    const cueEnd = Math.max(...a.cue.map((c) => c.end));
    if (cueEnd <= s.start) return text.slice(cueEnd, s.start).includes('\n\n') ? 'run-on, earlier paragraph' : 'run-on, same paragraph';
    if (Math.min(...a.cue.map((c) => c.start)) >= s.end) best = 'content of a later cue';
  }
  return best;
}

const TRAIN = path.join(SHARED, 'corpora/polnear/data/train');
const GROUPS = ['no cue word', 'quotation or list continued', 'quotation continued from another'];

function annotationFor(name: string, text: string, anns: readonly string[]): ContentAttribution[] | undefined {
  const ann = chooseAnnotation(name, anns);
  return ann ? contentAttributions(readFileSync(path.join(TRAIN, 'attributions', ann), 'utf8'), text) : undefined;
}

function count<K>(m: Map<K, number>, k: K): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** (a): group × annotation reading × gold label, on the labelled train drafts. */
function groupsAgainstGold(anns: readonly string[]): void {
  const res = evaluateSet(loadSet(path.join(REPO_ROOT, 'eval/polnear-train')), { route: 'engine' });
  const table = new Map<string, number>();
  for (const { doc, scored } of res.perDoc) {
    const attrs = annotationFor(doc.name, doc.text, anns);
    if (!attrs) continue;
    scored.forEach((s, i) => {
      if (s.predicted !== 'U' || (s.gold !== 'A' && s.gold !== 'U')) return;
      const ls = doc.sentences[i]!;
      // The group the sentence would fall in were it gold A.
      const cause = causeOf({ ...s, gold: 'A' }, doc.text.slice(ls.docStart, ls.docEnd), undefined, contextOf(doc.text, ls.docStart, ls.docEnd)) ?? '';
      const group = GROUPS.find((g) => cause.includes(g));
      if (group) count(table, `${group}\t${runOnOf({ start: ls.docStart, end: ls.docEnd }, doc.text, attrs)}\t${s.gold}`);
    });
  }
  console.log('(a) eval/polnear-train, flagged U, gold A or U, by group and PolNeAR reading\ngroup\treading\tgold\tsentences');
  for (const [k, n] of [...table.entries()].sort()) console.log(`${k}\t${n}`);
}

const QUOTED = /[“"][^”"]*[”"]/g;
const FEATURES: Record<string, (s: string, prevSameParagraph: boolean, prevStatus: string) => boolean> = {
  'first in its paragraph': (_s, same) => !same,
  'previous sentence A, same paragraph': (_s, same, prev) => same && prev === 'A',
  'previous sentence U, same paragraph': (_s, same, prev) => same && prev === 'U',
  'opens with a quotation mark': (s) => /^\s*[“"]/.test(s),
  'holds a quotation mark': (s) => /[“"”]/.test(s),
  'he/she/they subject': (s) => /^\s*(?:He|She|They)\b/.test(s),
  'he/she/they subject after an A sentence': (s, same, prev) => same && prev === 'A' && /^\s*(?:He|She|They)\b/.test(s),
  'first person outside quotes': (s) => /\b(?:I|we|my|our|me|us)\b/.test(s.replace(QUOTED, ' ')),
  '"also"': (s) => /\balso\b/i.test(s),
  'opens with two capitalised words': (s) => /^\s*\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(s),
  'present tense, no past': (s) => /\b(?:is|are|has|have|does|do)\b/.test(s.replace(QUOTED, ' ')) && !/\b(?:was|were|had|did)\b/.test(s.replace(QUOTED, ' ')),
};

/** (b): which text features pick out run-on sentences among the engine's U sentences with no PolNeAR cue. */
function featuresOfRunOn(anns: readonly string[]): void {
  const rows: Array<{ runOn: boolean; on: boolean[] }> = [];
  const names = Object.keys(FEATURES);
  for (const f of readdirSync(path.join(TRAIN, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(TRAIN, 'text', f), 'utf8');
    const attrs = annotationFor(f.slice(0, -4), text, anns);
    if (!attrs) continue;
    const a = analyze(text);
    a.claims.forEach((c, i) => {
      if (c.status !== 'U') return;
      const s = a.sentences[i]!;
      const reading = runOnOf(s, text, attrs);
      if (reading === 'own cue') return;
      const prev = a.sentences[i - 1];
      const same = !!prev && !text.slice(prev.end, s.start).includes('\n\n');
      const st = text.slice(s.start, s.end);
      rows.push({ runOn: reading.startsWith('run-on'), on: names.map((n) => FEATURES[n]!(st, same, i > 0 ? a.claims[i - 1]!.status : '-')) });
    });
  }
  const all = rows.filter((r) => r.runOn).length;
  console.log(`\n(b) PolNeAR train: ${rows.length} sentences flagged U with no PolNeAR cue, ${all} of them run-on\nfeature\tsentences\trun-on\tprecision\trecall`);
  names.forEach((n, k) => {
    const with_ = rows.filter((r) => r.on[k]);
    const hit = with_.filter((r) => r.runOn).length;
    console.log(`${n}\t${with_.length}\t${hit}\t${(hit / Math.max(1, with_.length)).toFixed(2)}\t${(hit / Math.max(1, all)).toFixed(2)}`);
  });
}

if (require.main === module) {
  const anns = readdirSync(path.join(TRAIN, 'attributions'));
  groupsAgainstGold(anns);
  featuresOfRunOn(anns);
}
