/**
 * Renders eval results for the terminal and for docs/accuracy.md.
 *
 * The terminal report may quote sentences (the person running it has ../shared
 * anyway); the Markdown report never quotes corpus text: it names the file and
 * the line:start-end offsets of each error instead.
 */
import type { Label } from './labels';
import { aggregate, bootstrapInterval, type Predicted, type SentenceScores } from './score';
import type { PolnearScores } from './spans';
import { groupErrors, type SetResult } from './run';

/** The targets of the accuracy issue, checked in every report. */
export const TARGETS = {
  /** On the project's own labelled set (and the hidden set). */
  vagueF1: 0.9,
  unattributedF1: 0.9,
  aFlaggedShare: 0.05,
  /** On PolNeAR test, overlap matching (above BBC Citron's 82.3 / 82.0 on PARC 3.0). */
  cueF1: 0.9,
  sourceF1: 0.85,
} as const;

const pct = (x: number) => (x * 100).toFixed(1);
const f3 = (x: number) => x.toFixed(3);

/** One table row of per-set sentence figures. */
function setRow(r: SetResult): string[] {
  const s = r.scores;
  return [
    r.set.name,
    String(r.set.docs.length),
    String(s.sentences),
    `${s.gold.V}/${s.gold.U}/${s.gold.A}/${s.gold.N}`,
    f3(s.V.precision),
    f3(s.V.recall),
    f3(s.V.f1),
    f3(s.U.precision),
    f3(s.U.recall),
    f3(s.U.f1),
    `${pct(s.aFlaggedShare)} % (${s.aFlagged}/${s.gold.A})`,
    `${s.exact}/${s.sentences}`,
    s.sameBounds === undefined ? '—' : `${pct(s.sameBounds / s.sentences)} %`,
  ];
}

const SET_HEADER = ['set', 'drafts', 'sentences', 'gold V/U/A/N', 'V P', 'V R', 'V F1', 'U P', 'U R', 'U F1', 'A flagged', 'exact', 'same bounds'];

/** A Markdown table. */
export function mdTable(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A fixed-width text table for the terminal. */
export function textTable(header: readonly string[], rows: readonly string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** The confusion matrix of a set as rows (gold) × columns (predicted). */
function confusionRows(s: SentenceScores): string[][] {
  const cols: Predicted[] = ['V', 'U', 'A', 'N', '-'];
  return (['V', 'U', 'A', 'N'] as Label[]).map((g) => [`gold ${g}`, ...cols.map((p) => String(s.confusion[g][p]))]);
}
const CONFUSION_HEADER = ['', 'pred V', 'pred U', 'pred A', 'pred N', 'pred -'];

/** Span score rows for a PolNeAR result. */
function spanRows(p: PolnearScores): string[][] {
  const row = (name: string, c: PolnearScores['cue']) => [
    name,
    String(c.gold),
    String(c.predicted),
    `${f3(c.exactScore.precision)} / ${f3(c.exactScore.recall)} / ${f3(c.exactScore.f1)}`,
    `${f3(c.overlapScore.precision)} / ${f3(c.overlapScore.recall)} / ${f3(c.overlapScore.f1)}`,
  ];
  return [row('cue', p.cue), row('source', p.source)];
}
const SPAN_HEADER = ['span', 'gold', 'predicted', 'exact P / R / F1', 'overlap P / R / F1'];

/** Per-genre figures over the target sets (drafts with no genre are left out). */
function genreRows(input: ReportInput): string[][] {
  const by = new Map<string, { docs: number; scored: SetResult['perDoc'][number]['scored'] }>();
  for (const r of input.sets.filter((x) => input.targetSets.includes(x.set.name))) {
    for (const d of r.perDoc) {
      if (!d.doc.genre) continue;
      const g = by.get(d.doc.genre) ?? { docs: 0, scored: [] };
      g.docs++;
      g.scored.push(...d.scored);
      by.set(d.doc.genre, g);
    }
  }
  return [...by.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([genre, g]) => {
      const s = aggregate(g.scored);
      return [genre, String(g.docs), String(s.sentences), `${s.gold.V}/${s.gold.U}/${s.gold.A}/${s.gold.N}`, f3(s.V.f1), f3(s.U.f1), `${pct(s.aFlaggedShare)} % (${s.aFlagged}/${s.gold.A})`];
    });
}
const GENRE_HEADER = ['genre (own sets)', 'drafts', 'sentences', 'gold V/U/A/N', 'V F1', 'U F1', 'A flagged'];

/** One row per baseline tool and set, next to sourcetrace's own row for the set. */
function baselineRows(input: ReportInput): string[][] {
  const rows: string[][] = [];
  for (const r of input.sets) {
    const s = r.scores;
    rows.push([r.set.name, 'sourcetrace', f3(s.V.precision), f3(s.V.recall), f3(s.V.f1), f3(s.U.f1), `${pct(s.aFlaggedShare)} %`]);
    for (const b of (input.baselines ?? []).filter((x) => x.set.name === r.set.name)) {
      const t = b.scores;
      rows.push(['', b.route, f3(t.V.precision), f3(t.V.recall), f3(t.V.f1), '—', `${pct(t.aFlaggedShare)} %`]);
    }
  }
  return rows;
}
const BASELINE_HEADER = ['set', 'tool', 'V P', 'V R', 'V F1', 'U F1', 'A flagged'];

/** Where an error is: draft name and the sentence's line:start-end. */
function where(e: ReturnType<typeof groupErrors>[number]['errors'][number]): string {
  const s = e.doc.sentences[e.index]!;
  return `${e.doc.name} ${s.line}:${s.start}-${s.end}`;
}

/** What a report is about. */
export interface ReportInput {
  sets: SetResult[];
  polnear?: PolnearScores;
  /** The same sets scored with word-list linters (route = tool id). */
  baselines?: SetResult[];
  /** Sets whose figures are checked against the targets (the project's own labelled set). */
  targetSets: string[];
  /** Seconds the run took. */
  seconds: number;
}

/** 95 % intervals (drafts resampled) of V F1, U F1 and the A-flagged share, for sets with several drafts. */
function intervalRows(input: ReportInput): string[][] {
  return input.sets
    .filter((r) => r.perDoc.length > 1)
    .map((r) => {
      const docs = r.perDoc.map((d) => d.scored);
      const ci = (f: (s: SentenceScores) => number, fmt: (x: number) => string) => {
        const [lo, hi] = bootstrapInterval(docs, f);
        return `${fmt(lo)}–${fmt(hi)}`;
      };
      return [r.set.name, ci((s) => s.V.f1, f3), ci((s) => s.U.f1, f3), ci((s) => s.aFlaggedShare, (x) => `${pct(x)} %`)];
    });
}
const INTERVAL_HEADER = ['set (95 % interval, drafts resampled)', 'V F1', 'U F1', 'A flagged'];

/** Checks the targets that apply to the given results. */
export function targetChecks(input: ReportInput): Array<{ what: string; value: string; target: string; met: boolean }> {
  const out: Array<{ what: string; value: string; target: string; met: boolean }> = [];
  for (const r of input.sets.filter((x) => input.targetSets.includes(x.set.name))) {
    out.push({ what: `${r.set.name}: vague F1`, value: f3(r.scores.V.f1), target: `≥ ${TARGETS.vagueF1}`, met: r.scores.V.f1 >= TARGETS.vagueF1 });
    out.push({ what: `${r.set.name}: unattributed F1`, value: f3(r.scores.U.f1), target: `≥ ${TARGETS.unattributedF1}`, met: r.scores.U.f1 >= TARGETS.unattributedF1 });
    out.push({ what: `${r.set.name}: A flagged`, value: `${pct(r.scores.aFlaggedShare)} %`, target: `≤ ${pct(TARGETS.aFlaggedShare)} %`, met: r.scores.aFlaggedShare <= TARGETS.aFlaggedShare });
  }
  const own = input.sets.filter((x) => input.targetSets.includes(x.set.name));
  if (own.length > 1) {
    const all = aggregate(own.flatMap((r) => r.perDoc.flatMap((d) => d.scored)));
    const name = `own sets together (${own.map((r) => r.set.name.split('/').pop()).join(' + ')})`;
    out.push({ what: `${name}: vague F1`, value: f3(all.V.f1), target: `≥ ${TARGETS.vagueF1}`, met: all.V.f1 >= TARGETS.vagueF1 });
    out.push({ what: `${name}: unattributed F1`, value: f3(all.U.f1), target: `≥ ${TARGETS.unattributedF1}`, met: all.U.f1 >= TARGETS.unattributedF1 });
    out.push({ what: `${name}: A flagged`, value: `${pct(all.aFlaggedShare)} %`, target: `≤ ${pct(TARGETS.aFlaggedShare)} %`, met: all.aFlaggedShare <= TARGETS.aFlaggedShare });
  }
  const kursk = input.sets.find((r) => r.perDoc.some((d) => d.doc.name === 'kursk-draft'));
  if (kursk) {
    const d = kursk.perDoc.find((x) => x.doc.name === 'kursk-draft')!;
    const exact = d.scored.filter((s) => s.predicted === s.gold || (s.predicted === '-' && (s.gold === 'A' || s.gold === 'N'))).length;
    out.push({ what: 'worked example exact', value: `${exact}/${d.scored.length}`, target: `${d.scored.length}/${d.scored.length}`, met: exact === d.scored.length });
  }
  if (input.polnear) {
    const p = input.polnear;
    const note = p.split === 'test' ? '' : ' (target is on test)';
    out.push({ what: `PolNeAR ${p.split} cue F1 overlap${note}`, value: f3(p.cue.overlapScore.f1), target: `≥ ${TARGETS.cueF1}`, met: p.cue.overlapScore.f1 >= TARGETS.cueF1 });
    out.push({ what: `PolNeAR ${p.split} source F1 overlap${note}`, value: f3(p.source.overlapScore.f1), target: `≥ ${TARGETS.sourceF1}`, met: p.source.overlapScore.f1 >= TARGETS.sourceF1 });
  }
  return out;
}

/** The terminal report. `excerpts` errors are quoted per cause group. */
export function renderTerminal(input: ReportInput, excerpts: number): string {
  const out: string[] = [];
  for (const r of input.sets) {
    out.push('', `== ${r.set.name} (${r.route} route) — errors by cause`);
    if (r.set.heldOut) {
      out.push(`  ${r.errors.length} errors; not listed: this set is held out, so nobody tunes the engine on its errors.`);
      out.push('', textTable(CONFUSION_HEADER, confusionRows(r.scores)));
      continue;
    }
    for (const g of groupErrors(r.errors)) {
      out.push(`  ${g.errors.length.toString().padStart(4)}  ${g.cause}`);
      for (const e of g.errors.slice(0, excerpts)) {
        const s = e.doc.sentences[e.index]!;
        const text = e.doc.text.slice(s.docStart, s.docEnd).replace(/\s+/g, ' ');
        const flagged = e.flagged !== undefined && e.predicted === 'V' ? `  [flagged: ${e.flagged.replace(/\s+/g, ' ').slice(0, 60)}]` : '';
        out.push(`          ${where(e)}  ${text.length > 160 ? text.slice(0, 157) + '…' : text}${flagged}`);
      }
    }
    out.push('', textTable(CONFUSION_HEADER, confusionRows(r.scores)));
  }
  if (input.polnear) {
    const p = input.polnear;
    out.push('', `== PolNeAR ${p.split}: spans most often missed / spurious (lower-cased)`);
    const top = (key: 'cues' | 'sources', which: 'missed' | 'spurious') => {
      const counts = new Map<string, number>();
      for (const a of p.perArticle) for (const r of a[key][which]) {
        const t = a.article.text.slice(r.start, r.end).toLowerCase().replace(/\s+/g, ' ');
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      return [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 12).map(([t, n]) => `${n}× ${t}`).join(', ');
    };
    out.push(`  cue missed:      ${top('cues', 'missed')}`, `  cue spurious:    ${top('cues', 'spurious')}`);
    out.push(`  source missed:   ${top('sources', 'missed')}`, `  source spurious: ${top('sources', 'spurious')}`);
  }
  out.push('', '== Sentence-level scores (V = vague-attribution finding, U = unattributed-claim finding)');
  out.push(textTable(SET_HEADER, input.sets.map(setRow)));
  const intervals = intervalRows(input);
  if (intervals.length) out.push('', textTable(INTERVAL_HEADER, intervals));
  const genres = genreRows(input);
  if (genres.length) out.push('', textTable(GENRE_HEADER, genres));
  if (input.baselines?.length) {
    out.push('', '== Word-list linters on the same labels (each message counted as a vague finding; they have no notion of U)');
    out.push(textTable(BASELINE_HEADER, baselineRows(input)));
  }
  if (input.polnear) {
    out.push('', `== PolNeAR ${input.polnear.split} attribution spans (${input.polnear.articles} articles)`);
    out.push(textTable(SPAN_HEADER, spanRows(input.polnear)));
  }
  out.push('', '== Targets');
  out.push(textTable(['', 'value', 'target', ''], targetChecks(input).map((c) => [c.what, c.value, c.target, c.met ? 'met' : 'NOT MET'])));
  out.push('', `(${input.seconds.toFixed(1)} s)`);
  return out.join('\n');
}

/** The generated block of docs/accuracy.md for one run; no corpus text, only file names and offsets. */
export function renderMarkdown(input: ReportInput, command: string, locations: number): string {
  const out: string[] = [];
  out.push(`Generated by \`${command}\` on ${new Date().toISOString().slice(0, 10)}; ${input.seconds.toFixed(1)} s.`, '');
  out.push('### Sentence level', '');
  out.push(mdTable(SET_HEADER, input.sets.map(setRow)), '');
  const intervals = intervalRows(input);
  if (intervals.length) out.push(mdTable(INTERVAL_HEADER, intervals), '');
  const genres = genreRows(input);
  if (genres.length) out.push(mdTable(GENRE_HEADER, genres), '');
  if (input.baselines?.length) {
    out.push('### Word-list linters on the same labels', '');
    out.push('Every message of write-good and retext-intensify is counted as a vague-attribution finding on its sentence; neither tool has any notion of an unattributed claim.', '');
    out.push(mdTable(BASELINE_HEADER, baselineRows(input)), '');
  }
  if (input.polnear) {
    out.push(`### PolNeAR ${input.polnear.split}: attribution spans (${input.polnear.articles} articles)`, '');
    out.push(mdTable(SPAN_HEADER, spanRows(input.polnear)), '');
  }
  out.push('### Targets', '');
  out.push(mdTable(['figure', 'value', 'target', 'met'], targetChecks(input).map((c) => [c.what, c.value, c.target, c.met ? 'yes' : '**no**'])), '');
  for (const r of input.sets) {
    out.push(`### Confusion matrix: ${r.set.name}`, '');
    out.push(mdTable(CONFUSION_HEADER, confusionRows(r.scores)), '');
  }
  for (const r of input.sets) {
    const groups = groupErrors(r.errors);
    out.push(`### Errors by cause: ${r.set.name}`, '');
    if (r.set.heldOut) {
      out.push(`${r.errors.length} errors, not listed: this set is held out so that nobody tunes the engine on its errors.`, '');
      continue;
    }
    if (groups.length === 0) {
      out.push('No errors.', '');
      continue;
    }
    out.push(mdTable(['cause', 'count', `where (draft line:start-end, first ${locations})`], groups.map((g) => [g.cause, String(g.errors.length), g.errors.slice(0, locations).map(where).join('; ')])), '');
  }
  return out.join('\n');
}

/**
 * Replaces (or appends) the block between `<!-- eval:KEY:begin -->` and
 * `<!-- eval:KEY:end -->` in a document, leaving the hand-written rest alone.
 */
export function replaceBlock(doc: string, key: string, body: string): string {
  const begin = `<!-- eval:${key}:begin -->`;
  const end = `<!-- eval:${key}:end -->`;
  const block = `${begin}\n${body.trim()}\n${end}`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) return doc.slice(0, i) + block + doc.slice(j + end.length);
  return `${doc.trimEnd()}\n\n${block}\n`;
}
