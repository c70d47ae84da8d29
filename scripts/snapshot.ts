/**
 * Result snapshot: analyses a fixed set of drafts and prints one hash per draft
 * and one for all of them, so a change that must not alter results (a speed-up,
 * an incremental path) can be checked against the commit before it.
 *
 *   npm run snapshot -- --write .scratch/before.json   # on the old code
 *   npm run snapshot -- --check .scratch/before.json   # on the new code
 *
 * The drafts: examples/, ../shared/examples, the PolNeAR dev texts (read from
 * ../shared at run time, never copied) and generated benchmark drafts of 5 KB,
 * 100 KB and 1 MB plus the three linear-cost shapes at 200 KB.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../server/src/engine';
import { generateDraft, generateShape, type Shape } from './bench/generate';

const root = path.resolve(__dirname, '..');
const shared = path.resolve(root, '../shared');

function drafts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const addDir = (dir: string, label: string, ext: string): void => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(ext)) out.push([`${label}/${f}`, readFileSync(path.join(dir, f), 'utf8')]);
  };
  addDir(path.join(root, 'examples'), 'examples', '.md');
  addDir(path.join(shared, 'examples'), 'shared-examples', '.md');
  addDir(path.join(shared, 'corpora/polnear/data/dev/text'), 'polnear-dev', '.txt');
  out.push(['gen/5KB', generateDraft(5 * 1024, 1)]);
  out.push(['gen/100KB', generateDraft(100 * 1024, 2)]);
  out.push(['gen/1MB', generateDraft(1024 * 1024, 3)]);
  for (const shape of ['single-paragraph', 'single-sentence', 'quotes'] as Shape[]) out.push([`gen/${shape}`, generateShape(shape, 200 * 1024, 4)]);
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const mode = args[0];
  const file = args[1];
  const hashes: Record<string, string> = {};
  const all = createHash('sha256');
  for (const [name, text] of drafts()) {
    const h = createHash('sha256').update(JSON.stringify(analyze(text))).digest('hex').slice(0, 16);
    hashes[name] = h;
    all.update(name + h);
  }
  const total = all.digest('hex').slice(0, 16);
  console.log(`${Object.keys(hashes).length} drafts, combined hash ${total}`);
  if (mode === '--write' && file) {
    writeFileSync(file, JSON.stringify({ total, hashes }, null, 1));
    console.log(`written to ${file}`);
  } else if (mode === '--check' && file) {
    const before = JSON.parse(readFileSync(file, 'utf8')) as { total: string; hashes: Record<string, string> };
    const changed = Object.keys({ ...before.hashes, ...hashes }).filter((k) => before.hashes[k] !== hashes[k]);
    if (changed.length === 0) console.log('identical to', file);
    else {
      console.log(`${changed.length} drafts differ from ${file}:\n  ${changed.join('\n  ')}`);
      process.exitCode = 1;
    }
  }
}

main();
