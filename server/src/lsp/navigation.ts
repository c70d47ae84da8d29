/**
 * Source tracing as navigation: document symbols list the draft's sources
 * with the claims under each; go to definition on a mention jumps to where its
 * source is introduced; find references lists the claims resting on it; and
 * document highlight marks every mention of it.
 */
import {
  DocumentHighlightKind,
  SymbolKind,
  type DocumentHighlight,
  type DocumentSymbol,
  type Location,
} from 'vscode-languageserver-types';
import type { SourceKind } from '../engine/types';
import type { AnalysisResult } from './analysis';
import { spanToRange } from './positions';
import { SOURCE_KIND_NAMES, STATUS_NAMES } from './ruleInfo';
import { mentionAt, sourcesOf, type TracedSource } from './sources';

const SYMBOL_KIND: Record<SourceKind, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Namespace,
  document: SymbolKind.File,
  publication: SymbolKind.Module,
  link: SymbolKind.Package,
  footnote: SymbolKind.Key,
  note: SymbolKind.Key,
  vague: SymbolKind.Null,
  hedge: SymbolKind.Null,
  passive: SymbolKind.Null,
  reaction: SymbolKind.Null,
  placeholder: SymbolKind.Null,
  unresolved: SymbolKind.Null,
};

/** Longest claim text shown as a symbol name. */
const CLAIM_NAME_MAX = 80;
/** Longest source name shown as a symbol name. */
const SOURCE_NAME_MAX = 60;

/** A claim's text for a symbol name: whitespace collapsed, cut at a word boundary. */
export function claimLabel(text: string, max = CLAIM_NAME_MAX): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t || '(empty)';
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max)}…`;
}

/** A source's name for a symbol: whitespace collapsed, cut at a word boundary. */
export function sourceLabel(name: string): string {
  return claimLabel(name, SOURCE_NAME_MAX);
}

/** The document symbols: named sources first, then vague and unresolved ones, then claims with no source. */
export function documentSymbols(result: AnalysisResult): DocumentSymbol[] {
  const { analysis, lines, text } = result;
  const index = sourcesOf(analysis);
  const order = { named: 0, vague: 1, unresolved: 2 } as const;
  const sources = [...index.sources].sort((a, b) => order[a.category] - order[b.category] || a.introduced.start - b.introduced.start);
  const claimSymbol = (i: number): DocumentSymbol => {
    const c = analysis.claims[i]!;
    const range = spanToRange(lines, c);
    return { name: claimLabel(text.slice(c.start, c.end)), detail: STATUS_NAMES[c.status], kind: SymbolKind.String, range, selectionRange: range };
  };
  const out: DocumentSymbol[] = sources.map((s) => {
    const selectionRange = spanToRange(lines, s.introduced);
    const last = s.claims.length ? analysis.claims[s.claims[s.claims.length - 1]!]! : undefined;
    const end = Math.max(s.introduced.end, last?.end ?? 0, s.mentions[s.mentions.length - 1]?.end ?? 0);
    const start = Math.min(s.introduced.start, s.claims.length ? analysis.claims[s.claims[0]!]!.start : s.introduced.start);
    return {
      name: sourceLabel(s.name),
      detail: `${s.category === 'named' ? SOURCE_KIND_NAMES[s.kind] : `${s.category} · ${SOURCE_KIND_NAMES[s.kind]}`} · ${s.claims.length} ${s.claims.length === 1 ? 'claim' : 'claims'}`,
      kind: SYMBOL_KIND[s.kind] ?? SymbolKind.Object,
      range: spanToRange(lines, { start, end }),
      selectionRange,
      children: s.claims.map(claimSymbol),
    };
  });
  const unsourced = analysis.claims.map((c, i) => (c.status === 'U' ? i : -1)).filter((i) => i >= 0);
  if (unsourced.length) {
    const first = analysis.claims[unsourced[0]!]!;
    const last = analysis.claims[unsourced[unsourced.length - 1]!]!;
    out.push({
      name: 'No source',
      detail: `${unsourced.length} unattributed ${unsourced.length === 1 ? 'claim' : 'claims'}`,
      kind: SymbolKind.Null,
      range: spanToRange(lines, { start: first.start, end: last.end }),
      selectionRange: spanToRange(lines, first),
      children: unsourced.map(claimSymbol),
    });
  }
  return out;
}

function sourceAt(result: AnalysisResult, offset: number): TracedSource | undefined {
  const index = sourcesOf(result.analysis);
  const m = mentionAt(index, offset);
  return m ? index.sources[m.source] : undefined;
}

/** Where the source mentioned at an offset is first introduced. */
export function definition(result: AnalysisResult, offset: number): Location | null {
  const s = sourceAt(result, offset);
  return s ? { uri: result.uri, range: spanToRange(result.lines, s.introduced) } : null;
}

/** Every claim resting on the source mentioned at an offset (and its introduction, when asked). */
export function references(result: AnalysisResult, offset: number, includeDeclaration: boolean): Location[] {
  const s = sourceAt(result, offset);
  if (!s) return [];
  const out: Location[] = [];
  if (includeDeclaration) out.push({ uri: result.uri, range: spanToRange(result.lines, s.introduced) });
  for (const i of s.claims) out.push({ uri: result.uri, range: spanToRange(result.lines, result.analysis.claims[i]!) });
  return out;
}

/** Every mention of the source at an offset; its introduction is marked as the "write". */
export function highlights(result: AnalysisResult, offset: number): DocumentHighlight[] {
  const s = sourceAt(result, offset);
  if (!s) return [];
  return s.mentions.map((m) => ({
    range: spanToRange(result.lines, m),
    kind: m.start === s.introduced.start ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
