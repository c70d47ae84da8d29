// Bundles the three entry points with esbuild: the VS Code client, the language
// server and the CLI. Everything the server and CLI need is inlined, so the
// packaged extension carries no node_modules.
import * as esbuild from 'esbuild';
import { chmod } from 'node:fs/promises';
import * as path from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const importMetaUrl = "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;";

/**
 * zod re-exports the error messages of every language it speaks as
 * `z.locales`, which a bundler cannot leave out: about 260 KB of the server's
 * 1.1 MB bundle, parsed at every start of the server, its worker and the CLI.
 * sourcetrace reports in English only, so the bundles get English alone
 * (zod's own default) in their place.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](core|classic)[\\/]/.test(args.importer)) return undefined;
      return { path: path.resolve(path.dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // ESM dependencies (fdir, under tinyglobby) read import.meta.url, which a
  // CommonJS bundle does not have: give them the URL of the bundle itself.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: importMetaUrl },
  plugins: [zodEnglishOnly],
};

const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node\n' + importMetaUrl } },
  { ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node\n' + importMetaUrl } },
];

const { existsSync } = await import('node:fs');
const present = builds.filter((b) => Object.values(b.entryPoints).every((p) => existsSync(p)));

if (watch) {
  for (const b of present) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(present.map((b) => esbuild.build(b)));
  for (const f of ['dist/server.js', 'dist/cli.js']) if (existsSync(f)) await chmod(f, 0o755);
}
