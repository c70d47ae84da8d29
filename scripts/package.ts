/**
 * `npm run package`: builds the production bundles, packs
 * `sourcetrace-<version>.vsix` with @vscode/vsce, and checks what it packed:
 * the bundled client and server, the grammar, the schema and the manifest;
 * no node_modules, no sources, no source maps; under 1 MB.
 *
 * The package is assembled in a temporary folder, not in the work tree: other
 * builds running at the same time (tests, a watcher) rewrite dist/ with
 * development bundles, and vsce would pack whatever is there at that moment.
 *
 * `--check FILE.vsix` only checks an existing package.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { RULE_DOCS_BASE_URL } from '../server/src/lsp/diagnostics';

const ROOT = path.resolve(__dirname, '..');
/** The largest package allowed, in bytes. */
export const MAX_VSIX_BYTES = 1024 * 1024;
/** Files the extension cannot work without (paths inside the vsix, under `extension/`). */
export const REQUIRED = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/dist/server-main.js',
  'extension/syntaxes/sourcetrace.injection.tmLanguage.json',
  'extension/schemas/sourcetrace.schema.json',
];

/** One file in a zip archive. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
  method: number;
}

/** Lists a zip archive's files from its central directory (no zip64: a vsix this small never needs it). */
export function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`corrupt zip: bad central directory entry ${i}`);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    out.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), compressedSize, size, offset, method });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The contents of one entry. */
export function readEntry(buf: Buffer, e: ZipEntry): Buffer {
  const nameLen = buf.readUInt16LE(e.offset + 26);
  const extraLen = buf.readUInt16LE(e.offset + 28);
  const start = e.offset + 30 + nameLen + extraLen;
  const data = buf.subarray(start, start + e.compressedSize);
  return e.method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
}

/** Problems with a packaged extension; empty when it is fine. */
export function checkVsix(file: string, version: string): string[] {
  const problems: string[] = [];
  const buf = fs.readFileSync(file);
  if (buf.length >= MAX_VSIX_BYTES) problems.push(`${path.basename(file)} is ${buf.length} bytes; it must be under ${MAX_VSIX_BYTES}`);
  const entries = zipEntries(buf);
  const names = entries.map((e) => e.name);
  for (const r of REQUIRED) if (!names.includes(r)) problems.push(`missing ${r}`);
  for (const n of names) {
    if (n.includes('node_modules/')) problems.push(`contains node_modules: ${n}`);
    if (/\.(ts|map)$/.test(n) && !n.endsWith('.d.ts')) problems.push(`contains a source or source map: ${n}`);
    if (n.startsWith('extension/') && /^extension\/(test|server\/src|client\/src|scripts)\//.test(n)) problems.push(`contains development files: ${n}`);
  }
  const manifest = entries.find((e) => e.name === 'extension/package.json');
  if (manifest) {
    const pkg = JSON.parse(readEntry(buf, manifest).toString('utf8'));
    if (pkg.version !== version) problems.push(`packaged version ${pkg.version}, expected ${version}`);
    if (pkg.main !== './dist/extension.js') problems.push(`packaged main is ${pkg.main}`);
  }
  for (const name of ['server.js', 'server-main.js']) {
    const server = entries.find((e) => e.name === `extension/dist/${name}`);
    if (server && /sourceMappingURL=/.test(readEntry(buf, server).toString('utf8').slice(-300))) problems.push(`dist/${name} is not a production build (it has a source map)`);
  }
  return problems;
}

/** True when a bundle is a production build (minified, no source map). */
function isProductionBundle(file: string): boolean {
  const text = fs.readFileSync(file, 'utf8');
  return !/sourceMappingURL=/.test(text.slice(-300));
}

/**
 * Copies what the vsix holds into `stage`: production bundles (built, then
 * copied and re-checked, since a concurrent development build may overwrite
 * dist/ in between) and the static files .vscodeignore lets through.
 */
function stageExtension(stage: string): void {
  // The server's code cache stays out: it is specific to the Node that built
  // it, and VS Code runs the server on its own.
  const bundles = ['dist/extension.js', 'dist/server.js', 'dist/server-main.js'];
  for (let attempt = 1; ; attempt++) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
    fs.mkdirSync(path.join(stage, 'dist'), { recursive: true });
    for (const b of bundles) fs.copyFileSync(path.join(ROOT, b), path.join(stage, b));
    if (bundles.every((b) => isProductionBundle(path.join(stage, b)))) break;
    if (attempt === 3) throw new Error('another build kept replacing dist/ with development bundles; try again when it is done');
  }
  const statics = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'LICENSE.md', '.vscodeignore', 'syntaxes/sourcetrace.injection.tmLanguage.json', 'schemas/sourcetrace.schema.json'];
  const docs = fs.existsSync(path.join(ROOT, 'docs/rules')) ? fs.readdirSync(path.join(ROOT, 'docs/rules')).filter((f) => f.endsWith('.md')).map((f) => `docs/rules/${f}`) : [];
  for (const f of [...statics, ...docs]) {
    if (!fs.existsSync(path.join(ROOT, f))) continue;
    fs.mkdirSync(path.dirname(path.join(stage, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(stage, f));
  }
}

function main(): void {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const checkOnly = process.argv.indexOf('--check');
  let file: string;
  if (checkOnly >= 0) {
    file = path.resolve(process.argv[checkOnly + 1] ?? `${pkg.name}-${pkg.version}.vsix`);
  } else {
    file = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
    const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-vsix-'));
    try {
      stageExtension(stage);
      const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
      // Relative links and images in the README point into the repository, the
      // same one the rule documentation links go to.
      const repo = RULE_DOCS_BASE_URL.replace(/blob\/main\/docs\/rules\/$/, '');
      const args = ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', file];
      args.push('--baseContentUrl', `${repo}blob/main/`, '--baseImagesUrl', `${repo}raw/main/`);
      execFileSync(process.execPath, [vsce, ...args], {
        cwd: stage,
        stdio: 'inherit',
      });
    } finally {
      fs.rmSync(stage, { recursive: true, force: true });
    }
  }
  const problems = checkVsix(file, pkg.version);
  if (problems.length) {
    for (const p of problems) console.error(`package check: ${p}`);
    process.exit(1);
  }
  const size = fs.statSync(file).size;
  console.log(`package check: ${path.relative(process.cwd(), file)} is fine (${(size / 1024).toFixed(0)} KB, ${zipEntries(fs.readFileSync(file)).length} files)`);
}

if (process.argv[1] && /package\.ts$/.test(process.argv[1])) main();
