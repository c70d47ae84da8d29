/**
 * The generated files match their generator: the `contributes` and
 * `capabilities` blocks of package.json and schemas/sourcetrace.schema.json
 * come from the zod schema (scripts/gen-schemas.ts). Run `npm run gen-schemas`
 * after changing the schema.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema, parseConfig } from '../../server/src/engine/config';
import { editorSettingsSchema } from '../../server/src/lsp/settings';
import { COMMANDS, generatedPackageJson, generatedSchemaFile, SCHEMA_PATH } from '../../scripts/gen-schemas';
import { ROOT } from './client';

const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

describe('generated manifest and schema', () => {
  it('package.json has the generated contributes and capabilities (run npm run gen-schemas)', () => {
    const now = JSON.parse(read('package.json'));
    const want = JSON.parse(generatedPackageJson(read('package.json')));
    expect(now.contributes).toEqual(want.contributes);
    expect(now.capabilities).toEqual(want.capabilities);
  });

  it('schemas/sourcetrace.schema.json is the generated schema (run npm run gen-schemas)', () => {
    expect(read(SCHEMA_PATH)).toBe(generatedSchemaFile());
  });

  it('declares a setting for every key of the editor settings schema', () => {
    const props = Object.keys(JSON.parse(read('package.json')).contributes.configuration.properties);
    for (const key of Object.keys(editorSettingsSchema.shape)) {
      if (key === 'trace') expect(props).toContain('sourcetrace.trace.server');
      else expect(props).toContain(`sourcetrace.${key}`);
    }
  });

  it('the settings defaults are valid configuration', () => {
    const props = JSON.parse(read('package.json')).contributes.configuration.properties as Record<string, { default?: unknown }>;
    const config: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(props)) {
      const key = k.replace(/^sourcetrace\./, '');
      // The editor's own settings (enable, maxProblems, trace) are not configuration.
      if (key in configSchema.shape) config[key] = v.default;
    }
    expect(parseConfig(config)).toMatchObject({ ok: true });
  });

  it('validates .sourcetrace.json with the schema and declares the commands and workspace trust', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: '.sourcetrace.json', url: `./${SCHEMA_PATH}` }]);
    expect(pkg.contributes.commands.map((c: { command: string }) => c.command)).toEqual(COMMANDS.map((c) => c.command));
    expect(pkg.capabilities.untrustedWorkspaces).toEqual({ supported: true });
    expect(pkg.activationEvents).toContain('onLanguage:markdown');
    expect(pkg.main).toBe('./dist/extension.js');
  });

  it('the client registers every contributed command', () => {
    const client = read('client/src/extension.ts');
    for (const c of COMMANDS) expect(client).toContain(`registerCommand('${c.command}'`);
  });
});
