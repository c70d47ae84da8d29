// Bundles the three entry points with esbuild: the VS Code client, the language
// server and the CLI. Everything the server and CLI need is inlined, so the
// packaged extension carries no node_modules.
import * as esbuild from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
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

/**
 * The literal prefilters of the word lists' patterns (`server/src/prefilter-table.ts`),
 * read here once so that the server and CLI do not read them at every start.
 * Without them (the table could not be made) the engine reads each pattern on
 * first use, with the same results.
 */
async function prefilterTable() {
  const entry = 'server/src/prefilter-table.ts';
  if (!existsSync(entry)) return {};
  try {
    const out = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'neutral', format: 'cjs', write: false, logLevel: 'warning' });
    const m = { exports: {} };
    new Function('module', 'exports', out.outputFiles[0].text)(m, m.exports);
    return m.exports.prefilterTable();
  } catch (e) {
    console.warn(`build: no prefilter table (${e instanceof Error ? e.message : String(e)})`);
    return {};
  }
}
const engineDefine = { ...common.define, __SOURCETRACE_PREFILTERS__: JSON.stringify(await prefilterTable()) };

const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The language server: a small launcher (what editors start) that loads
  // the bundled server with its code cache, written below.
  { ...common, entryPoints: { server: 'server/src/launch.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: { 'server-main': 'server/src/server.ts' }, outdir: 'dist', define: engineDefine },
  // The CLI: a small launcher (the `sourcetrace` command) that loads the
  // bundled CLI with its code cache, written below.
  { ...common, entryPoints: { cli: 'server/src/cli/launch.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: { 'cli-main': 'server/src/cli/main.ts' }, outdir: 'dist', define: engineDefine, banner: { js: '#!/usr/bin/env node\n' + importMetaUrl } },
];

const { spawnSync } = await import('node:child_process');
const present = builds.filter((b) => Object.values(b.entryPoints).every((p) => existsSync(p)));

if (watch) {
  for (const b of present) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(present.map((b) => esbuild.build(b)));
  for (const f of ['dist/server.js', 'dist/cli.js', 'dist/cli-main.js']) if (existsSync(f)) await chmod(f, 0o755);
  if (existsSync('dist/server-main.js')) writeCodeCache('dist/server.js', 'dist/server-main.cache', 'the server');
  if (existsSync('dist/cli-main.js')) writeCodeCache('dist/cli.js', 'dist/cli-main.cache', 'the CLI');
}

/**
 * V8's code cache for a bundled entry point, made by a training run of its
 * launcher on a sample draft (`server/src/launch.ts`,
 * `server/src/cli/launch.ts`, `server/src/codecache.ts`). It is specific to
 * the V8 that makes it: another Node rejects it and compiles the bundle as
 * usual. A build that cannot make it goes on without (the launcher checks the
 * cache belongs to the bundle, so an old one is never used).
 */
function writeCodeCache(launcher, cache, what) {
  const r = spawnSync(process.execPath, [launcher, '--write-code-cache'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0 || !existsSync(cache)) {
    rmSync(cache, { force: true });
    console.warn(`build: no code cache for ${what} (${(r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').pop()})`);
  }
}
