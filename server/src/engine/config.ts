/**
 * The one definition of sourcetrace's settings.
 *
 * The zod schema below is the source of truth for the `.sourcetrace.json` file,
 * the `sourcetrace:` key of a draft's front matter and the `sourcetrace.*`
 * settings of the VS Code extension. Types, defaults, the JSON schema of the
 * config file and the `contributes.configuration` block of package.json are all
 * derived from it (scripts/gen-schemas.ts; a test fails when they drift).
 *
 * Word lists only: no setting is ever turned into a regular expression, so a
 * config file or a draft cannot make the engine run code or backtrack.
 */
import { z } from 'zod';
import type { ConfigIssue, RuleId, Severity } from './types';

/** The rule ids, in registry order. */
export const RULE_IDS = [
  'vague-attribution',
  'unattributed-claim',
  'incomplete-attribution',
  'unattributed-quote',
] as const satisfies readonly RuleId[];

/** A rule's setting: a severity, or `off`. */
export const ruleSetting = z
  .enum(['error', 'warning', 'info', 'hint', 'off'])
  .describe('Severity of the rule’s findings, or "off" to disable the rule.');
export type RuleSetting = z.infer<typeof ruleSetting>;

const word = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** Per-rule settings. Every key is optional; a missing key means the rule's default. */
export const rulesSchema = z
  .strictObject({
    'vague-attribution': ruleSetting.optional(),
    'unattributed-claim': ruleSetting.optional(),
    'incomplete-attribution': ruleSetting.optional(),
    'unattributed-quote': ruleSetting.optional(),
  })
  .describe('Severity per rule id; "off" disables a rule.');

/** The settings that change what the engine finds. */
export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON schema reference, ignored by sourcetrace.'),
    rules: rulesSchema.optional(),
    vagueTerms: z
      .array(word)
      .optional()
      .describe('Extra words or phrases that make an attribution vague, e.g. "people familiar with the matter".'),
    cuePhrases: z
      .array(word)
      .optional()
      .describe('Extra attribution cues, e.g. "wrote in a memo". Single verbs match in every inflection.'),
    knownSources: z
      .array(word)
      .optional()
      .describe('Names your desk treats as identified sources, e.g. "the Agency" or a house style short form.'),
    ignore: z
      .array(word)
      .optional()
      .describe('Glob patterns of drafts to skip, relative to the config file.'),
    language: z.literal('en').optional().describe('Language of the drafts. Only "en" is supported.'),
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('Findings below this confidence (0–1) are not reported.'),
  })
  .describe('sourcetrace configuration (.sourcetrace.json).');

/** A configuration as written: every key optional. */
export type Config = z.infer<typeof configSchema>;

/** A configuration with every default filled in. */
export interface ResolvedConfig {
  rules: Record<RuleId, RuleSetting>;
  vagueTerms: string[];
  cuePhrases: string[];
  knownSources: string[];
  ignore: string[];
  language: 'en';
  minConfidence: number;
}

/** Default severity per rule; rules define their own, this is the fallback table. */
export const DEFAULT_RULE_SEVERITY: Record<RuleId, Severity> = {
  'vague-attribution': 'warning',
  'unattributed-claim': 'warning',
  'incomplete-attribution': 'warning',
  'unattributed-quote': 'warning',
};

/** The configuration used when nothing is configured. */
export function defaultConfig(): ResolvedConfig {
  return {
    rules: { ...DEFAULT_RULE_SEVERITY },
    vagueTerms: [],
    cuePhrases: [],
    knownSources: [],
    ignore: [],
    language: 'en',
    minConfidence: 0.5,
  };
}

/**
 * Lays configurations over each other: later layers win key by key, rule by
 * rule; word lists are concatenated (a draft can add terms, not remove them).
 */
export function resolveConfig(...layers: (Config | undefined)[]): ResolvedConfig {
  const out = defaultConfig();
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) {
      for (const id of RULE_IDS) {
        const s = layer.rules[id];
        if (s) out.rules[id] = s;
      }
    }
    if (layer.vagueTerms) out.vagueTerms = [...out.vagueTerms, ...layer.vagueTerms];
    if (layer.cuePhrases) out.cuePhrases = [...out.cuePhrases, ...layer.cuePhrases];
    if (layer.knownSources) out.knownSources = [...out.knownSources, ...layer.knownSources];
    if (layer.ignore) out.ignore = [...out.ignore, ...layer.ignore];
    if (layer.language) out.language = layer.language;
    if (layer.minConfidence !== undefined) out.minConfidence = layer.minConfidence;
  }
  return out;
}

/** The result of validating a configuration value. */
export type ParseConfigResult = { ok: true; config: Config } | { ok: false; issues: ConfigIssue[] };

/**
 * Validates an already-parsed JSON/YAML value against the schema. Never throws;
 * each problem names the key (`rules.vague-attribution`) and what was expected.
 */
export function parseConfig(value: unknown): ParseConfigResult {
  const r = configSchema.safeParse(value);
  if (r.success) return { ok: true, config: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => {
      const path = i.path.map(String).join('.');
      const keys = i.code === 'unrecognized_keys' ? i.keys.map((k) => (path ? `${path}.${k}` : k)) : [];
      return {
        path: keys.length ? keys.join(', ') : path,
        message:
          i.code === 'unrecognized_keys'
            ? `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}; expected one of: ${expectedKeys(path)}`
            : i.message,
      };
    }),
  };
}

function expectedKeys(path: string): string {
  const shape = path === 'rules' ? rulesSchema.shape : path === '' ? configSchema.shape : undefined;
  return shape ? Object.keys(shape).join(', ') : 'nothing else';
}
