/**
 * Generates, from the one zod definition of the settings:
 * - `schemas/sourcetrace.schema.json`, the JSON schema of `.sourcetrace.json`;
 * - the `contributes` and `capabilities` blocks of package.json: the
 *   `sourcetrace.*` settings, `jsonValidation`, commands, menus and the grammar
 *   injection.
 *
 * Run with `npm run gen-schemas` (which holds the package.json lock while this
 * writes). `test/lsp/manifest.test.ts` fails when the files on disk differ from
 * what this generates, so nobody edits them by hand.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { configSchema, defaultConfig } from '../server/src/engine/config';
import { DEFAULT_MAX_PROBLEMS, editorSettingsSchema } from '../server/src/lsp/settings';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..');
/** Where the JSON schema of `.sourcetrace.json` is written, relative to the root. */
export const SCHEMA_PATH = 'schemas/sourcetrace.schema.json';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; description?: string };

/** The JSON schema of `.sourcetrace.json`. */
export function configJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(configSchema, { io: 'input' }) as JsonSchema;
  return {
    ...schema,
    title: 'sourcetrace configuration',
  };
}

/** Defaults shown in the settings editor for keys whose "unset" must not look like a value. */
function defaultFor(key: string): unknown {
  const d = defaultConfig() as unknown as Record<string, unknown>;
  if (key === 'rules') return {};
  if (key === 'enable') return true;
  if (key === 'maxProblems') return DEFAULT_MAX_PROBLEMS;
  return d[key];
}

/** The `sourcetrace.*` settings block of `contributes.configuration`. */
export function configurationContribution(): Record<string, unknown> {
  const schema = z.toJSONSchema(editorSettingsSchema, { io: 'input' }) as JsonSchema;
  const properties: Record<string, unknown> = {};
  const add = (key: string, prop: JsonSchema, scope: string, dflt: unknown) => {
    const { description, const: only, ...rest } = prop;
    // VS Code's settings editor understands `enum`, not `const`.
    const out: Record<string, unknown> = { ...rest, ...(only !== undefined ? { enum: [only] } : {}), scope };
    if (description) out['markdownDescription'] = description;
    if (dflt !== undefined) out['default'] = dflt;
    properties[`sourcetrace.${key}`] = out;
  };
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    if (key === 'trace') {
      for (const [sub, p] of Object.entries(prop.properties ?? {})) add(`trace.${sub}`, p, 'window', 'off');
      continue;
    }
    add(key, prop, 'resource', defaultFor(key));
  }
  return { title: 'sourcetrace', properties };
}

/** The commands of the extension, with their titles. */
export const COMMANDS = [
  { command: 'sourcetrace.showSourcingReport', title: 'Show Sourcing Report', category: 'sourcetrace' },
  { command: 'sourcetrace.checkWorkspace', title: 'Check All Drafts in Workspace', category: 'sourcetrace' },
  { command: 'sourcetrace.fixAll', title: 'Fix All', category: 'sourcetrace' },
  { command: 'sourcetrace.restartServer', title: 'Restart Server', category: 'sourcetrace' },
] as const;

/** The whole `contributes` block of package.json. */
export function contributes(): Record<string, unknown> {
  return {
    configuration: configurationContribution(),
    jsonValidation: [{ fileMatch: '.sourcetrace.json', url: `./${SCHEMA_PATH}` }],
    commands: COMMANDS.map((c) => ({ ...c })),
    menus: {
      commandPalette: [
        { command: 'sourcetrace.showSourcingReport', when: 'editorLangId == markdown' },
        { command: 'sourcetrace.fixAll', when: 'editorLangId == markdown' },
      ],
    },
    grammars: [
      {
        scopeName: 'sourcetrace.markdown.injection',
        path: './syntaxes/sourcetrace.injection.tmLanguage.json',
        injectTo: ['text.html.markdown'],
      },
    ],
  };
}

/** The `capabilities` block: the server reads drafts and config files only, so untrusted workspaces are fine. */
export function capabilities(): Record<string, unknown> {
  return {
    untrustedWorkspaces: { supported: true },
    virtualWorkspaces: { supported: 'limited', description: 'Project configuration files are read from disk only.' },
  };
}

/** The text package.json should have: the current file with the generated blocks replaced. */
export function generatedPackageJson(current: string): string {
  const pkg = JSON.parse(current) as Record<string, unknown>;
  pkg['contributes'] = contributes();
  pkg['capabilities'] = capabilities();
  return JSON.stringify(pkg, null, 2) + '\n';
}

/** The text the schema file should have. */
export function generatedSchemaFile(): string {
  return JSON.stringify(configJsonSchema(), null, 2) + '\n';
}

function main(): void {
  const check = process.argv.includes('--check');
  const pkgPath = path.join(ROOT, 'package.json');
  const schemaPath = path.join(ROOT, SCHEMA_PATH);
  const wanted: [string, string][] = [
    [schemaPath, generatedSchemaFile()],
    [pkgPath, generatedPackageJson(fs.readFileSync(pkgPath, 'utf8'))],
  ];
  let stale = 0;
  for (const [file, text] of wanted) {
    const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (now === text) continue;
    stale++;
    if (check) {
      console.error(`${path.relative(ROOT, file)} is out of date: run npm run gen-schemas`);
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
  }
  if (check && stale) process.exit(1);
}

if (process.argv[1] && /gen-schemas\.ts$/.test(process.argv[1])) main();
