// Runs the end-to-end tests (`npm run test:e2e`): builds the extension, packages
// the vsix, bundles the test code, then hands over to dist/e2e/main.js, which
// drives code-server in chromium, the extension-host suite and Neovim.
//
// The tools themselves come from scripts/e2e/setup (run before this by the npm
// script). Arguments after `--` go to main.js, e.g. `npm run test:e2e -- --only=nvim`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTestBundles } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);

/** Runs a command in the repo root, echoing it; exits the process when it fails. */
function sh(cmd, cmdArgs) {
  console.log(`$ ${[cmd, ...cmdArgs].join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`e2e: \`${[cmd, ...cmdArgs].join(' ')}\` failed with ${r.status ?? r.signal}`);
    process.exit(r.status || 1);
  }
}

/** The newest sourcetrace-*.vsix in the repo root, or undefined. */
function newestVsix() {
  const files = readdirSync(root)
    .filter((f) => /^sourcetrace-.*\.vsix$/.test(f))
    .map((f) => path.join(root, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0];
}

const t0 = Date.now();
const skipPackage = args.includes('--no-package');
sh('npm', ['run', 'build', '--silent']);
let vsix;
if (!skipPackage) {
  sh('npm', ['run', 'package', '--silent']);
  vsix = newestVsix();
  if (!vsix || statSync(vsix).mtimeMs < t0 - 1000) {
    console.error('e2e: `npm run package` produced no fresh sourcetrace-*.vsix in the repo root');
    process.exit(1);
  }
}
await buildTestBundles(root);
const main = path.join(root, 'dist', 'e2e', 'main.js');
if (!existsSync(main)) {
  console.error(`e2e: ${main} was not built`);
  process.exit(1);
}
const r = spawnSync(process.execPath, [main, ...(vsix ? [`--vsix=${vsix}`] : []), ...args.filter((a) => a !== '--no-package')], {
  cwd: root,
  stdio: 'inherit',
});
console.log(`e2e: total ${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exit(r.status ?? 1);
