/**
 * What `npm run package` puts into the vsix, as vsce lists it from
 * .vscodeignore: the bundled client and server and their static files, never
 * node_modules or sources. (`npm run package` itself checks the built vsix's
 * size and contents with scripts/package.ts.)
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './client';

describe('the packaged extension', () => {
  it('holds only the bundles, the grammar, the schema, the rule docs, the manifest and the readme', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const files = out.split('\n').map((l) => l.trim()).filter(Boolean).sort();
    const docs = files.filter((f) => f.startsWith('docs/'));
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d).toMatch(/^docs\/rules\/[\w-]+\.md$/);
    expect(files.filter((f) => !/^(README|CHANGELOG|LICENSE)/i.test(f) && !f.startsWith('docs/'))).toEqual(
      ['dist/extension.js', 'dist/server.js', 'dist/server-main.js', 'package.json', 'schemas/sourcetrace.schema.json', 'syntaxes/sourcetrace.injection.tmLanguage.json'].sort(),
    );
    expect(files).toContain('README.md');
  });
});
