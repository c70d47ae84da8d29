/**
 * Annotations drawn into the text: the code lens with the draft's claim counts
 * and the inlay hints that show whom a resolved pronoun or short form points to.
 */
import { InlayHintKind, type CodeLens, type InlayHint, type Range } from 'vscode-languageserver-types';
import type { AnalysisResult } from './analysis';
import { lineOf, offsetToPosition, positionToOffset } from './positions';
import type { ClaimCounts } from './protocol';

/** "29 claims · 4 attributed · 11 vague · 13 unattributed". */
export function countsLine(c: ClaimCounts): string {
  return `${c.claims} ${c.claims === 1 ? 'claim' : 'claims'} · ${c.attributed} attributed · ${c.vague} vague · ${c.unattributed} unattributed`;
}

/**
 * The code lens at the top of the draft. It runs `command` (the client's
 * "show sourcing report" command, when the client announced one) with the
 * document's URI; without one it is a plain label.
 */
export function codeLenses(result: AnalysisResult, command: string | undefined): CodeLens[] {
  if (result.counts.claims === 0 && result.analysis.sentences.length === 0) return [];
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{ range, command: { title: countsLine(result.counts), command: command ?? '', arguments: [result.uri] } }];
}

/**
 * Inlay hints after every source mention that was resolved to an earlier one
 * (a pronoun or a short form): "he ‹Mr Brown› said". Only hints inside `range`.
 */
export function inlayHints(result: AnalysisResult, range: Range): InlayHint[] {
  const from = positionToOffset(result.lines, range.start);
  const to = positionToOffset(result.lines, range.end);
  const out: InlayHint[] = [];
  const seen = new Set<number>();
  const { analysis } = result;
  const mentions = [...analysis.attributions.map((a) => a.source), ...analysis.claims.map((c) => c.source)];
  for (const m of mentions) {
    if (!m?.antecedent || m.end < from || m.end > to || seen.has(m.end)) continue;
    seen.add(m.end);
    const entity = m.entity !== undefined ? analysis.entities[m.entity] : undefined;
    const name = (entity?.name ?? m.antecedent.text).replace(/\s+/g, ' ').trim();
    if (!name || name.toLowerCase() === m.text.trim().toLowerCase()) continue;
    const introduced = entity?.introduced ?? m.antecedent;
    out.push({
      position: offsetToPosition(result.lines, m.end),
      label: `‹${name}›`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: `“${m.text}” refers to ${name}, first mentioned on line ${lineOf(result.lines, introduced.start) + 1}.`,
    });
  }
  return out.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
