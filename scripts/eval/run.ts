/**
 * Runs the sentence-level evaluation of labelled sets by either route and
 * collects the errors by cause. Kept apart from main.ts so that tests can run
 * an evaluation without writing any file.
 */
import path from 'node:path';
import { causeOf, type SentenceContext } from './causes';
import type { Label } from './labels';
import { predictWithCli, predictWithEngine, type DocPrediction } from './predict';
import { aggregate, scoreDoc, VAGUE_RULE, type ScoredSentence, type SentenceScores } from './score';
import type { LabelledDoc, LabelledSet } from './sets';

/** How predictions are made: in process, or through the built CLI's JSON. */
export type Route = 'engine' | 'cli';

/** One error: where it is and what cause group it falls in. */
export interface SentenceError {
  cause: string;
  doc: LabelledDoc;
  /** Index into `doc.sentences`. */
  index: number;
  gold: Label;
  predicted: string;
  /** The text under the first vague finding, when there is one (what the engine took as vague). */
  flagged?: string;
}

/** The result of evaluating one set. */
export interface SetResult {
  set: LabelledSet;
  /** The route (`engine`, `cli`) or baseline tool the predictions came from. */
  route: string;
  scores: SentenceScores;
  /** Per draft, the scored sentences in label order. */
  perDoc: Array<{ doc: LabelledDoc; scored: ScoredSentence[] }>;
  errors: SentenceError[];
}

/** Options of {@link evaluateSet}. */
export interface EvalOptions {
  route: Route;
  /** Path of the built CLI, for the CLI route. */
  cliPath?: string;
  /** Node options for the CLI route, e.g. `['--import', 'tsx']` to run the CLI from its sources. */
  nodeArgs?: readonly string[];
  /** A cache of engine predictions by draft text, shared across sets. */
  cache?: Map<string, DocPrediction>;
}

/** Predicts every draft of a set by the chosen route. */
export function predictSet(set: LabelledSet, opts: EvalOptions): Map<string, DocPrediction> {
  if (opts.route === 'cli') {
    const cli = opts.cliPath ?? path.resolve(__dirname, '../../dist/cli.js');
    return predictWithCli(cli, new Map(set.docs.map((d) => [d.textPath, d.text])), set.dir, opts.nodeArgs);
  }
  const out = new Map<string, DocPrediction>();
  for (const d of set.docs) {
    let p = opts.cache?.get(d.text);
    if (!p) {
      p = predictWithEngine(d.text);
      opts.cache?.set(d.text, p);
    }
    out.set(d.textPath, p);
  }
  return out;
}

/**
 * The paragraph around `[start, end)` (blank lines separate paragraphs) without
 * the sentence itself, and the paragraph before it.
 */
export function contextOf(text: string, start: number, end: number): SentenceContext {
  const before = text.slice(0, start);
  const paraStart = Math.max(before.lastIndexOf('\n\n') + 2, 0);
  const next = text.indexOf('\n\n', end);
  const paraEnd = next < 0 ? text.length : next;
  const head = text.slice(0, Math.max(paraStart - 2, 0)).trimEnd();
  const previousParagraph = head.slice(head.lastIndexOf('\n\n') + 1).trim();
  return { paragraph: text.slice(paraStart, start) + ' ' + text.slice(end, paraEnd), previousParagraph };
}

/** Scores one set and groups its errors by cause. */
export function evaluateSet(set: LabelledSet, opts: EvalOptions): SetResult {
  return scoreSet(set, predictSet(set, opts), opts.route);
}

/** Scores one set from predictions already made (by a route or a baseline tool), keyed by draft path. */
export function scoreSet(set: LabelledSet, preds: ReadonlyMap<string, DocPrediction>, route: string): SetResult {
  const perDoc: SetResult['perDoc'] = [];
  const errors: SentenceError[] = [];
  for (const doc of set.docs) {
    const pred = preds.get(doc.textPath);
    if (!pred) throw new Error(`no prediction for ${doc.textPath}`);
    const scored = scoreDoc(doc.sentences, pred, doc.text);
    perDoc.push({ doc, scored });
    scored.forEach((s, index) => {
      const ls = doc.sentences[index]!;
      const vague = s.findings.find((f) => f.ruleId === VAGUE_RULE);
      const cause = causeOf(s, doc.text.slice(ls.docStart, ls.docEnd), vague ? doc.text.slice(vague.start, vague.end) : undefined, contextOf(doc.text, ls.docStart, ls.docEnd));
      if (cause) errors.push({ cause, doc, index, gold: s.gold, predicted: s.predicted, ...(vague ? { flagged: doc.text.slice(vague.start, vague.end) } : {}) });
    });
  }
  return { set, route, scores: aggregate(perDoc.flatMap((d) => d.scored)), perDoc, errors };
}

/** Errors grouped by cause, largest group first (ties by name). */
export function groupErrors(errors: readonly SentenceError[]): Array<{ cause: string; errors: SentenceError[] }> {
  const m = new Map<string, SentenceError[]>();
  for (const e of errors) m.set(e.cause, [...(m.get(e.cause) ?? []), e]);
  return [...m.entries()].map(([cause, errs]) => ({ cause, errors: errs })).sort((a, b) => b.errors.length - a.errors.length || a.cause.localeCompare(b.cause));
}

/**
 * Compares two routes' results on the same set: the sentences whose V/U/flag
 * verdicts differ. Empty when the routes agree.
 */
export function routeDisagreements(a: SetResult, b: SetResult): Array<{ doc: string; index: number; a: string; b: string }> {
  const out: Array<{ doc: string; index: number; a: string; b: string }> = [];
  const vu = (s: ScoredSentence) => `${s.predicted === 'V' || s.predicted === 'U' ? s.predicted : 'no V/U'}${s.flagged ? ', flagged' : ''}`;
  a.perDoc.forEach((d, di) => {
    const other = b.perDoc[di]!;
    d.scored.forEach((s, i) => {
      const x = vu(s);
      const y = vu(other.scored[i]!);
      if (x !== y) out.push({ doc: d.doc.name, index: i, a: x, b: y });
    });
  });
  return out;
}
