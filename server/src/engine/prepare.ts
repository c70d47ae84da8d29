/**
 * The document-level stages every analysis starts with, shared by `analyze()`
 * and the incremental analyzer: the prose view, the front matter's settings
 * laid over the caller's, sentences, directives and the configuration
 * problems to report.
 */
import { countGenre, genreOf, recountGenre, type Genre, type GenreCounts } from './classify/genre';
import { parseConfig, resolveConfig, type Config, type ResolvedConfig } from './config';
import { parseDirectives, type Directives } from './directives';
import { settingsOf } from './frontmatter';
import { parseProse, reparseProse, type ProseParse } from './markdown';
import { carryFacts } from './rules/fixes';
import { splitSentences, splitSentencesAround } from './sentences';
import type { ConfigIssue, ProseDocument, Sentence } from './types';

/** What the document-level stages produce. */
export interface Prepared {
  doc: ProseDocument;
  /** The parse behind `doc`, for a later windowed re-parse. */
  parse: ProseParse;
  /** The caller's configuration with the draft's front matter laid over it. */
  config: ResolvedConfig;
  sentences: Sentence[];
  directives: Directives;
  /** Problems with the front matter and the directive comments. */
  configErrors: ConfigIssue[];
  /** The draft's genre, read from the whole draft (classify/genre.ts). */
  genre: Genre;
  /** What the genre was read from, for a later update. */
  genreCounts: GenreCounts;
}

/**
 * What the previous call prepared, and where `text` differs from its text:
 * `[start, oldEnd)` of the old text became `[start, newEnd)`.
 */
export interface PreparedBefore {
  prepared: Prepared;
  edit: { start: number; oldEnd: number; newEnd: number };
}

/**
 * Runs the document-level stages on `text` under the caller's configuration.
 * Given what was prepared for a previous version of the text, the prose view
 * and the sentences are remade around the edit only when that is provably the
 * same (`reparseProse`); the result equals a fresh `prepare(text, base)`.
 */
export function prepare(text: string, base: ResolvedConfig | Config | undefined, before?: PreparedBefore): Prepared {
  const windowed = before && reparseProse(before.prepared.parse, text, before.edit);
  const parse = windowed ?? parseProse(text);
  const doc = parse.doc;
  carryFacts(doc, parse.lineStarts, windowed?.window && { doc: before!.prepared.doc, window: windowed.window });
  const configErrors: ConfigIssue[] = [];
  let frontConfig: Config | undefined;
  const fm = doc.frontMatter;
  if (fm?.error) configErrors.push({ path: '', message: `front matter: ${fm.error}`, span: { start: fm.start, end: fm.end } });
  const fmValue = fm ? settingsOf(fm) : undefined;
  if (fm && fmValue !== undefined) {
    const parsed = parseConfig(fmValue);
    if (parsed.ok) frontConfig = parsed.config;
    else for (const issue of parsed.issues) configErrors.push({ ...issue, path: `sourcetrace${issue.path ? '.' + issue.path : ''}`, span: { start: fm.start, end: fm.end } });
  }
  const config = resolveConfig(base, frontConfig);
  const sentences = windowed?.window ? splitSentencesAround(doc, before!.prepared.sentences, windowed.window) : splitSentences(doc);
  const directives = parseDirectives(doc, sentences);
  // A misspelt rule or directive in a comment would silently suppress nothing:
  // report it where it is written, like a bad key in front matter. A source note
  // with no sentence before it is harmless and left alone.
  for (const issue of directives.issues) {
    if (issue.kind !== 'orphan-source-note') configErrors.push({ path: 'directive', message: issue.message, span: issue.span });
  }
  const w = windowed?.window;
  const genreCounts = w ? recountGenre(before!.prepared.genreCounts, before!.prepared.doc, doc, before!.edit, w) : countGenre(doc);
  return { doc, parse, config, sentences, directives, configErrors, genre: genreOf(genreCounts, sentences.length), genreCounts };
}
