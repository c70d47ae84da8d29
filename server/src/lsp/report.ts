/**
 * The sourcing report: a Markdown table of every claim of a draft with its
 * status, source and cue, for the editor or the fact-checker.
 */
import type { AnalysisResult } from './analysis';
import { countsLine } from './annotations';
import { escapeMd } from './hover';
import { claimLabel } from './navigation';
import { lineOf } from './positions';
import { SOURCE_KIND_NAMES, STATUS_NAMES } from './ruleInfo';
import { sourcesOf } from './sources';

/** Longest claim text shown in a report row. */
const REPORT_CLAIM_MAX = 160;

/** Builds the report of one analysed document; `title` heads it (usually the file name). */
export function sourcingReport(result: AnalysisResult, title: string): string {
  const { analysis, lines, text } = result;
  const out = [`# Sourcing report: ${escapeMd(title)}`, '', countsLine(result.counts) + ` · ${result.counts.findings} ${result.counts.findings === 1 ? 'finding' : 'findings'}`, ''];
  const rows = analysis.claims.filter((c) => c.status !== 'N');
  if (rows.length === 0) {
    out.push('No claims found.');
    return out.join('\n') + '\n';
  }
  out.push('| # | Line | Status | Source | Cue | Claim |', '|---:|---:|---|---|---|---|');
  rows.forEach((c, i) => {
    const source = c.source ? `${escapeMd(c.source.text)} (${SOURCE_KIND_NAMES[c.source.kind] ?? c.source.kind})` : '—';
    const cue = c.cue ? escapeMd(c.cue.text) : '—';
    out.push(`| ${i + 1} | ${lineOf(lines, c.start) + 1} | ${STATUS_NAMES[c.status]} | ${source} | ${cue} | ${escapeMd(claimLabel(text.slice(c.start, c.end), REPORT_CLAIM_MAX))} |`);
  });
  const sources = sourcesOf(analysis).sources.filter((s) => s.claims.length > 0);
  if (sources.length) {
    out.push('', '## Sources', '', '| Source | Kind | Claims | First mentioned |', '|---|---|---:|---:|');
    for (const s of sources) {
      out.push(`| ${escapeMd(s.name)} | ${SOURCE_KIND_NAMES[s.kind] ?? s.kind} | ${s.claims.length} | line ${lineOf(lines, s.introduced.start) + 1} |`);
    }
  }
  return out.join('\n') + '\n';
}
