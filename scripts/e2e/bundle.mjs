// Bundles the test code that does not run under vitest, beside the extension's
// own bundles (scripts/build.mjs stays untouched):
//   - test/host/index.ts → dist/test/index.js: the extension-host suite, the
//     `extensionTestsPath` of both launchers, with mocha inlined and `vscode`
//     left to the extension host;
//   - test/e2e/main.ts → dist/e2e/main.js: the end-to-end driver, run by Node 20,
//     with playwright-core and @vscode/test-electron loaded from node_modules.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Builds both bundles under `root`/dist. */
export async function buildTestBundles(root) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    legalComments: 'none',
  };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { index: 'test/host/index.ts' },
      outdir: 'dist/test',
      external: ['vscode'],
      // mocha looks up optional reporters and ESM loaders by dynamic require;
      // the suite uses only the built-in spec reporter.
      logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-dynamic-import': 'silent' },
    }),
    esbuild.build({
      ...common,
      entryPoints: { main: 'test/e2e/main.ts' },
      outdir: 'dist/e2e',
      external: ['playwright-core', '@vscode/test-electron'],
    }),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildTestBundles(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'));
}
