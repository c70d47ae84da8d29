/**
 * Editor settings: the `sourcetrace.*` settings an LSP client holds for a
 * document, pulled with `workspace/configuration`, validated with the one zod
 * schema, cached per document and cleared when the client says they changed.
 */
import { z } from 'zod';
import { configSchema, parseConfig, type Config } from '../engine/config';
import type { ConfigIssue } from '../engine/types';

/**
 * The settings of the VS Code extension: every key of `.sourcetrace.json`
 * except `$schema` and `ignore` (its globs are relative to the file), plus
 * the settings that only concern the editor. The `contributes.configuration`
 * block of package.json is generated from this schema (scripts/gen-schemas.ts).
 */
export const editorSettingsSchema = configSchema
  .omit({ $schema: true, ignore: true })
  .extend({
    enable: z.boolean().optional().describe('Check Markdown drafts as you type.'),
    maxProblems: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'Most problems shown for one draft (0: no limit). Past it, errors are shown first, then warnings, information and hints, each in the order the server lists them (the ones VS Code keeps of a longer list: it shows at most 1,000 per file), and a note on the first line says how many are not shown. The status bar, the code lens, the sourcing report and Fix All still cover every finding.',
      ),
    trace: z
      .strictObject({
        server: z
          .enum(['off', 'messages', 'verbose'])
          .optional()
          .describe('Log the messages between VS Code and the sourcetrace language server to its output channel.'),
      })
      .optional()
      .describe('Protocol tracing.'),
  })
  .describe('sourcetrace settings.');

/** Editor settings as the client sends them, after validation. */
export type EditorSettings = z.infer<typeof editorSettingsSchema>;

/**
 * Default of `sourcetrace.maxProblems`: VS Code shows at most 1,000 problems
 * of one source per file (its extension host drops the rest, keeping errors
 * first), so publishing more only costs every keystroke the bytes and the
 * parsing of diagnostics no one sees (a 1 MB draft has about 5,500).
 */
export const DEFAULT_MAX_PROBLEMS = 1000;

/** The validated settings of one document: whether to check it, and the configuration layer they add. */
export interface DocumentSettings {
  enable: boolean;
  /** Most diagnostics published for the document (0: no limit); see {@link DEFAULT_MAX_PROBLEMS}. */
  maxProblems: number;
  /** The settings as a configuration layer for `resolveConfig`. */
  config: Config;
  /** Settings that were dropped because they are invalid. */
  issues: ConfigIssue[];
}

/**
 * Validates a raw `sourcetrace` settings object. Never throws: an invalid key
 * is dropped (and reported) and the rest is kept, so one typo in the settings
 * does not switch every other setting back to its default.
 */
export function readSettings(raw: unknown): DocumentSettings {
  const value = stripNulls(raw);
  const issues: ConfigIssue[] = [];
  let candidate: Record<string, unknown> = isRecord(value) ? { ...value } : {};
  if (value !== undefined && !isRecord(value)) issues.push({ path: '', message: 'expected an object of settings' });
  const enable = candidate['enable'] !== false;
  const maxProblems = readMaxProblems(candidate['maxProblems'], issues);
  delete candidate['enable'];
  delete candidate['maxProblems'];
  delete candidate['trace'];
  for (let attempt = 0; attempt < 20; attempt++) {
    const parsed = parseConfig(candidate);
    if (parsed.ok) return { enable, maxProblems, config: parsed.config, issues };
    const next = { ...candidate };
    for (const issue of parsed.issues) {
      issues.push(issue);
      for (const path of issue.path.split(', ')) delete next[path.split('.')[0] ?? ''];
    }
    if (Object.keys(next).length === Object.keys(candidate).length) break;
    candidate = next;
  }
  return { enable, maxProblems, config: {}, issues };
}

/** The `maxProblems` setting: the default when it is not set, or when it is invalid (reported in `issues`). */
function readMaxProblems(raw: unknown, issues: ConfigIssue[]): number {
  if (raw === undefined) return DEFAULT_MAX_PROBLEMS;
  const parsed = editorSettingsSchema.shape.maxProblems.safeParse(raw);
  if (parsed.success && parsed.data !== undefined) return parsed.data;
  issues.push({ path: 'maxProblems', message: `expected a whole number of 0 or more, got ${JSON.stringify(raw)}; using ${DEFAULT_MAX_PROBLEMS}` });
  return DEFAULT_MAX_PROBLEMS;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** VS Code sends `null` for settings nobody set and that have no default; they mean "not set". */
function stripNulls(v: unknown): unknown {
  if (v === null) return undefined;
  if (Array.isArray(v)) return v.filter((x) => x !== null).map(stripNulls);
  if (isRecord(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const s = stripNulls(x);
      if (s !== undefined) out[k] = s;
    }
    return out;
  }
  return v;
}

/** How the settings of a document are fetched from the client. */
export type SettingsFetcher = (uri: string) => Promise<unknown>;

/**
 * A cache of validated settings per document URI. The first request for a
 * document pulls from the client; later ones share that answer until `clear()`.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();
  private readonly reported = new Set<string>();

  /**
   * @param fetch pulls the raw `sourcetrace` section for a document.
   * @param report called once per distinct problem with invalid settings.
   */
  constructor(
    private readonly fetch: SettingsFetcher,
    private readonly report: (message: string) => void,
  ) {}

  /** The settings of a document, pulled once and then cached. */
  get(uri: string): Promise<DocumentSettings> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.fetch(uri).then(
        (raw) => this.validated(raw),
        () => readSettings(undefined),
      );
      this.cache.set(uri, p);
    }
    return p;
  }

  /** Forgets one document's settings (when it closes) or all of them. */
  clear(uri?: string): void {
    if (uri === undefined) this.cache.clear();
    else this.cache.delete(uri);
  }

  private validated(raw: unknown): DocumentSettings {
    const s = readSettings(raw);
    for (const issue of s.issues) {
      const message = `sourcetrace: ignoring the setting sourcetrace.${issue.path || '*'}: ${issue.message}`;
      if (!this.reported.has(message)) {
        this.reported.add(message);
        this.report(message);
      }
    }
    return s;
  }
}
