/**
 * Word-list linters scored on the same labels as sourcetrace, so the report
 * shows what "beyond every word-list linter" means in numbers.
 *
 * - write-good (weasel words, passive voice, "there is" …), run on the draft
 *   text as its README shows;
 * - retext-intensify (weak, hedging and filler words) through unified +
 *   remark-parse + remark-retext + retext-english, as scripts/bench runs it.
 *
 * Neither tool has a notion of an unattributed claim or of a source, so every
 * message counts as a vague-attribution finding on the sentence it falls in:
 * that is the only way a reporter can read them. Their U scores are therefore
 * 0 by construction and are not shown.
 */
import { createRequire } from 'node:module';
import { buildLineIndex, positionToOffset } from '../../server/src/lsp/positions';
import type { DocPrediction } from './predict';
import { VAGUE_RULE } from './score';

/** A baseline: a name for reports and a function from draft text to findings. */
export interface Baseline {
  id: string;
  label: string;
  predict: (text: string) => Promise<DocPrediction>;
}

/** write-good ships no types; this is the shape its README documents. */
type WriteGood = (text: string) => Array<{ index: number; offset: number; reason: string }>;

/** write-good's suggestions as vague-attribution findings. */
export async function predictWriteGood(text: string): Promise<DocPrediction> {
  const writeGood = createRequire(__filename)('write-good') as WriteGood;
  const out = writeGood(text);
  return { findings: out.map((s) => ({ ruleId: VAGUE_RULE, start: s.index, end: s.index + Math.max(1, s.offset), message: s.reason })) };
}

type Processor = { process: (file: { value: string }) => Promise<{ messages: Array<{ reason: string; place?: unknown; line?: number | null; column?: number | null }> }> };
let retext: Processor | undefined;

/** Builds the unified pipeline once (the packages are ESM, so they are imported dynamically). */
async function retextProcessor(): Promise<Processor> {
  if (retext) return retext;
  const [{ unified }, remarkParse, remarkRetext, retextEnglish, retextIntensify] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-retext'),
    import('retext-english'),
    import('retext-intensify'),
  ]);
  const p = unified()
    .use(remarkParse.default)
    .use(remarkRetext.default, unified().use(retextEnglish.default).use(retextIntensify.default) as never)
    // remark-retext in bridge mode leaves a Markdown tree; no compiler is needed.
    .use(function noCompile(this: { compiler: unknown }) {
      this.compiler = () => '';
    });
  retext = p as unknown as Processor;
  return retext;
}

/** The start and end offsets of a vfile message, from `place` (a point or a position) or line/column. */
function messageSpan(m: { place?: unknown; line?: number | null; column?: number | null }, text: string, index: ReturnType<typeof buildLineIndex>): { start: number; end: number } {
  const at = (p: { line?: number; column?: number; offset?: number } | undefined): number | undefined => {
    if (!p) return undefined;
    if (typeof p.offset === 'number') return p.offset;
    if (typeof p.line === 'number' && typeof p.column === 'number') return positionToOffset(index, { line: p.line - 1, character: p.column - 1 });
    return undefined;
  };
  const place = m.place as { start?: object; end?: object; line?: number; column?: number; offset?: number } | undefined;
  const start = at((place && 'start' in place ? place.start : place) as never) ?? at({ line: m.line ?? 1, column: m.column ?? 1 }) ?? 0;
  const end = at((place && 'end' in place ? place.end : undefined) as never) ?? Math.min(text.length, start + 1);
  return { start, end: Math.max(end, start + 1) };
}

/** retext-intensify's messages as vague-attribution findings. */
export async function predictRetextIntensify(text: string): Promise<DocPrediction> {
  const file = await (await retextProcessor()).process({ value: text });
  const index = buildLineIndex(text);
  return { findings: file.messages.map((m) => ({ ruleId: VAGUE_RULE, ...messageSpan(m, text, index), message: m.reason })) };
}

/** The baselines in report order. */
export const BASELINES: readonly Baseline[] = [
  { id: 'write-good', label: 'write-good 1.0.8 (every suggestion counted as vague)', predict: predictWriteGood },
  { id: 'retext-intensify', label: 'retext-intensify 7.0.0 (every message counted as vague)', predict: predictRetextIntensify },
];
