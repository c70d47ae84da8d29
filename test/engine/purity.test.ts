/**
 * The engine is pure: no `vscode*`, no `vscode-languageserver*`, no Node
 * built-ins, directly or through a dependency. Two checks: every import
 * statement under server/src/engine names an allowed module, and the engine
 * bundles for the browser, where no Node built-in can resolve.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const engineDir = resolve(__dirname, '../../server/src/engine');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|vscode-jsonrpc.*|node:.*|fs|path|os|child_process|net|http|https|url|util|events|stream|crypto|worker_threads)(\/.*)?$/;

describe('engine purity', () => {
  it('imports no editor, protocol or Node modules', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(engineDir)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2] ?? m[3]!;
        if (FORBIDDEN.test(spec)) offenders.push(`${file}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('bundles for a browser with no Node built-ins, dependencies included', async () => {
    const result = await build({
      entryPoints: [join(engineDir, 'index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((p) => p.includes('server/src/engine/index.ts'))).toBe(true);
    expect(inputs.filter((p) => /vscode|node:/.test(p))).toEqual([]);
  });
});
