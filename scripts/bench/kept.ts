/**
 * What one `analyze()` keeps, by kind (`npx tsx scripts/bench/kept.ts DRAFT
 * [ROOT…]`): the engine of each checkout ROOT (default: this one) bundled as
 * the CLI bundles it (esbuild, minified, with the build's prefilter table),
 * loaded in a fresh `node --expose-gc` with the CLI's V8 flags, and the heap
 * used after two full collections read before and after the analysis, then
 * after each part of the analysis is released in turn: the findings' fixes
 * (the findings replaced by copies without them), the rest of the findings, claims, sentences, attributions, entities. What
 * two parts share is counted with the later one; "outside" is what the
 * analysis made that stays once it is all released (compiled code, pools,
 * caches). Several roots are measured one after the other, in alternation
 * when `--rounds N` asks for more than one round. MB = 2^20 bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';

const MEASURE = `
const fs = require('fs');
const eng = require(process.argv[2]);
const text = fs.readFileSync(process.argv[3], 'utf8');
const used = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
const mb = (n) => +(n / 1048576).toFixed(1);
eng.analyze('Warm up. Officials said it fell, analysts say.\\n');
const base = used();
const a = eng.analyze(text);
const out = { kept: mb(used() - base), findings: a.findings.length };
let last = used();
const step = (name, fn) => { fn(); const now = used(); out[name] = mb(last - now); last = now; };
step('fixes', () => { a.findings = a.findings.map((f) => ({ start: f.start, end: f.end, ruleId: f.ruleId, message: f.message, severity: f.severity, confidence: f.confidence, claim: f.claim })); });
step('findings (rest)', () => { a.findings = null; });
step('claims', () => { a.claims = null; });
step('sentences', () => { a.sentences = null; });
step('attributions', () => { a.attributions = null; });
step('entities', () => { a.entities = null; });
out.outside = mb(last - base);
console.log(JSON.stringify(out));
`;

async function bundle(root: string, dir: string, n: number): Promise<string> {
  // The prefilter table, read as scripts/build.mjs reads it.
  const made = await esbuild.build({ entryPoints: [path.join(root, 'server/src/prefilter-table.ts')], bundle: true, platform: 'neutral', format: 'cjs', write: false, logLevel: 'warning' });
  const m = { exports: {} as { prefilterTable?: () => unknown } };
  new Function('module', 'exports', made.outputFiles[0]!.text)(m, m.exports);
  const table = m.exports.prefilterTable?.() ?? {};
  const out = path.join(dir, `engine-${n}.cjs`);
  await esbuild.build({
    entryPoints: [path.join(root, 'server/src/engine/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    outfile: out,
    logLevel: 'warning',
    define: { __SOURCETRACE_PREFILTERS__: JSON.stringify(table) },
  });
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const r = args.indexOf('--rounds');
  const rounds = r >= 0 ? Number(args.splice(r, 2)[1]) : 1;
  const [draft, ...roots] = args;
  if (!draft) throw new Error('usage: npx tsx scripts/bench/kept.ts DRAFT [ROOT…] [--rounds N]');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-kept-'));
  try {
    const measureFile = path.join(dir, 'measure.cjs');
    writeFileSync(measureFile, MEASURE);
    const list = roots.length ? roots : [path.resolve(__dirname, '../..')];
    const bundles = await Promise.all(list.map((root, i) => bundle(path.resolve(root), dir, i)));
    for (let round = 0; round < rounds; round++) {
      bundles.forEach((b, i) => {
        const line = execFileSync(process.execPath, ['--expose-gc', '--no-turbo-inline-array-builtins', measureFile, b, path.resolve(draft)], { encoding: 'utf8' }).trim();
        console.log(`${list[i]}\t${line}\tload ${os.loadavg()[0]!.toFixed(1)}`);
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
