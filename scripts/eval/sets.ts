/**
 * Labelled sets: folders of `NAME.labels.tsv` files and the drafts they label.
 *
 * A set's draft `NAME` is `NAME.md` beside its label file, unless the folder
 * has a `set.json` whose `text` template says where the drafts live, relative
 * to the repository root, e.g.
 * `{"text": "../shared/corpora/polnear/data/dev/text/{name}.txt"}`. That lets
 * the project keep its own labels (offsets only) while the corpus text stays
 * in ../shared and is read at run time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseLabels, placeLabels, type LabelledSentence } from './labels';

/** The repository root (two levels above this file). */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/** The shared folder beside the repository (read only, never copied into it). */
export const SHARED = path.resolve(REPO_ROOT, '../shared');

/** A `set.json` manifest. */
export interface SetManifest {
  /** Where the drafts live: a path template relative to the repository root, `{name}` replaced. */
  text?: string;
  /** One line on what the set is. */
  description?: string;
  /** The genre of each draft, by name ("news", "wire", "opinion" …), for per-genre figures. */
  genres?: Record<string, string>;
  /** True for a held-out set: reports give its scores but never its individual errors. */
  heldOut?: boolean;
}

/** One labelled draft. */
export interface LabelledDoc {
  /** The draft's name (the label file name without `.labels.tsv`). */
  name: string;
  /** Absolute path of the draft. */
  textPath: string;
  /** Absolute path of the label file. */
  labelsPath: string;
  /** The draft text. */
  text: string;
  /** Its labelled sentences, in document order. */
  sentences: LabelledSentence[];
  /** Its genre, when the set's manifest gives one. */
  genre?: string;
  /** Rows whose `sentence` column disagrees with the draft (their offsets are used as they are). */
  warnings: string[];
}

/** A labelled set. */
export interface LabelledSet {
  /** A short name for reports: the folder path relative to the repository root. */
  name: string;
  /** Absolute path of the folder. */
  dir: string;
  description: string;
  /** True when the drafts are read from ../shared (so the terminal may quote them but docs must not). */
  shared: boolean;
  /** True for a held-out set (see {@link SetManifest.heldOut}). */
  heldOut: boolean;
  docs: LabelledDoc[];
}

/** Reads the manifest of a set folder, or an empty one when it has none. Throws a clear error on bad JSON. */
export function readManifest(dir: string): SetManifest {
  const p = path.join(dir, 'set.json');
  if (!existsSync(p)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(p, 'utf8'));
  } catch (e) {
    throw new Error(`${p}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${p}: expected a JSON object`);
  const m = data as Record<string, unknown>;
  if (m['text'] !== undefined && typeof m['text'] !== 'string') throw new Error(`${p}: "text" must be a string`);
  if (m['description'] !== undefined && typeof m['description'] !== 'string') throw new Error(`${p}: "description" must be a string`);
  if (m['heldOut'] !== undefined && typeof m['heldOut'] !== 'boolean') throw new Error(`${p}: "heldOut" must be true or false`);
  const genres = m['genres'];
  if (genres !== undefined && (typeof genres !== 'object' || genres === null || Array.isArray(genres) || Object.values(genres).some((g) => typeof g !== 'string'))) {
    throw new Error(`${p}: "genres" must map draft names to strings`);
  }
  return {
    text: m['text'] as string | undefined,
    description: m['description'] as string | undefined,
    genres: genres as Record<string, string> | undefined,
    heldOut: m['heldOut'] === true,
  };
}

/** The label file names of a folder, sorted. */
export function labelFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.tsv'))
    .sort();
}

/** Reports labelled sentences that overlap (each is still scored on its own span). */
function checkOverlap(sentences: readonly LabelledSentence[], labelsPath: string, warnings: string[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const a = sentences[i - 1]!;
    const b = sentences[i]!;
    if (b.docStart < a.docEnd) {
      warnings.push(`${labelsPath}:${b.fileLine}: row n=${b.n} starts before row n=${a.n} ends (labelled sentences should not overlap)`);
    }
  }
}

/**
 * Loads one labelled set from a folder. Throws a clear error when the folder
 * does not exist, holds no label file, or a draft is missing.
 */
export function loadSet(dir: string, repoRoot = REPO_ROOT): LabelledSet {
  const abs = path.resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new Error(`${dir}: not a folder`);
  const manifest = readManifest(abs);
  const files = labelFiles(abs);
  if (files.length === 0) throw new Error(`${dir}: no *.labels.tsv file`);
  const docs: LabelledDoc[] = [];
  for (const f of files) {
    const name = f.slice(0, -'.labels.tsv'.length);
    const labelsPath = path.join(abs, f);
    const textPath = manifest.text ? path.resolve(repoRoot, manifest.text.replaceAll('{name}', name)) : path.join(abs, `${name}.md`);
    if (!existsSync(textPath)) throw new Error(`${labelsPath}: its draft ${textPath} does not exist`);
    // A leading byte order mark is dropped, as the CLI and the language server do, so that line 0 offsets agree.
    const text = readFileSync(textPath, 'utf8').replace(/^\uFEFF/, '');
    const warnings: string[] = [];
    const sentences = placeLabels(text, parseLabels(readFileSync(labelsPath, 'utf8'), labelsPath), labelsPath, (e) => warnings.push(e.message)).sort((a, b) => a.docStart - b.docStart);
    checkOverlap(sentences, labelsPath, warnings);
    const genre = manifest.genres?.[name];
    docs.push(genre ? { name, textPath, labelsPath, text, sentences, genre, warnings } : { name, textPath, labelsPath, text, sentences, warnings });
  }
  const rel = path.relative(repoRoot, abs) || '.';
  const shared = docs.every((d) => !path.relative(path.resolve(repoRoot, '../shared'), d.textPath).startsWith('..'));
  return { name: rel, dir: abs, description: manifest.description ?? '', shared, heldOut: manifest.heldOut === true, docs };
}
