/**
 * `npm run eval [-- OPTIONS] [FOLDER…]`: measures sourcetrace against labelled
 * news and writes the figures to docs/accuracy.md.
 *
 *   FOLDER…            labelled sets (NAME.labels.tsv + NAME.md, or a set.json);
 *                      default: ../shared/examples, eval/polnear-dev, eval/polnear-heldout, eval/polnear-train
 *   --split dev|test   PolNeAR split for the span scores (default dev; look at test rarely)
 *   --route engine|cli|both
 *                      predict in process (default), through `dist/cli.js check --format json`,
 *                      or both, reporting any sentence where the two disagree
 *   --cli PATH         the built CLI for the cli route (default dist/cli.js); a .ts entry
 *                      point (server/src/cli/main.ts) runs from source through tsx
 *   --no-polnear       skip the span scores
 *   --no-baselines     skip scoring write-good and retext-intensify on the same labels
 *   --excerpts N       sentences quoted per error group in the terminal (default 3)
 *   --write / --no-write
 *                      write docs/accuracy.md (default: only for the default sets)
 *
 * Exit code 0 after a report (targets met or not), 2 on bad arguments or input.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderMarkdown, renderTerminal, replaceBlock, type ReportInput } from './report';
import { BASELINES } from './baselines';
import { evaluateSet, routeDisagreements, scoreSet, type Route, type SetResult } from './run';
import { loadSet, REPO_ROOT, SHARED, type LabelledSet } from './sets';
import { loadPolnear, scorePolnear, type Split } from './spans';
import type { DocPrediction } from './predict';

/** The parsed command line. */
export interface Args {
  folders: string[];
  split: Split;
  route: Route | 'both';
  cli: string;
  polnear: boolean;
  baselines: boolean;
  excerpts: number;
  write: boolean | undefined;
}

/** The default labelled sets, relative to the repository root; missing ones are skipped. */
export const DEFAULT_SETS = ['../shared/examples', 'eval/polnear-dev', 'eval/polnear-heldout', 'eval/polnear-train'];

/** The project's own sets, whose figures are checked against the targets. */
export const OWN_SETS = ['eval/polnear-dev', 'eval/polnear-heldout', 'eval/polnear-train'];

/** Parses the command line. Throws an Error with a usage message on bad input. */
export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { folders: [], split: 'dev', route: 'engine', cli: path.join(REPO_ROOT, 'dist/cli.js'), polnear: true, baselines: true, excerpts: 3, write: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--split') {
      const v = value();
      if (v !== 'dev' && v !== 'test' && v !== 'train') throw new Error(`--split must be dev, test or train, got "${v}"`);
      args.split = v;
    } else if (a === '--route') {
      const v = value();
      if (v !== 'engine' && v !== 'cli' && v !== 'both') throw new Error(`--route must be engine, cli or both, got "${v}"`);
      args.route = v;
    } else if (a === '--cli') args.cli = path.resolve(value());
    else if (a === '--no-polnear') args.polnear = false;
    else if (a === '--no-baselines') args.baselines = false;
    else if (a === '--excerpts') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 0) throw new Error('--excerpts must be a non-negative integer');
      args.excerpts = v;
    } else if (a === '--write') args.write = true;
    else if (a === '--no-write') args.write = false;
    else if (a === '--help' || a === '-h') throw new Error('usage');
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else args.folders.push(a);
  }
  return args;
}

function usage(): string {
  return readFileSync(__filename, 'utf8').split('*/')[0]!.replace(/^\/\*\*?|^ \* ?/gm, '').trim();
}

/** Runs the evaluation; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    const msg = (e as Error).message;
    if (msg === 'usage') process.stdout.write(usage() + '\n');
    else process.stderr.write(`eval: ${msg}\n\n${usage()}\n`);
    return msg === 'usage' ? 0 : 2;
  }
  const t0 = performance.now();
  const defaults = args.folders.length === 0;
  const folders = defaults ? DEFAULT_SETS.map((f) => path.resolve(REPO_ROOT, f)).filter((f) => existsSync(f)) : args.folders.map((f) => path.resolve(f));
  let sets: LabelledSet[];
  try {
    sets = folders.map((f) => loadSet(f));
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 2;
  }
  for (const set of sets) for (const d of set.docs) for (const w of d.warnings) process.stderr.write(`eval: warning: ${w}\n`);
  const cache = new Map<string, DocPrediction>();
  const nodeArgs = args.cli.endsWith('.ts') ? ['--import', pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href] : [];
  const results: SetResult[] = [];
  const notes: string[] = [];
  try {
    for (const set of sets) {
      if (args.route === 'both') {
        const e = evaluateSet(set, { route: 'engine', cache });
        const c = evaluateSet(set, { route: 'cli', cliPath: args.cli, nodeArgs });
        const diff = routeDisagreements(e, c);
        notes.push(diff.length === 0 ? `${set.name}: engine and CLI routes agree on every sentence` : `${set.name}: routes DISAGREE on ${diff.length} sentence(s): ${diff.slice(0, 5).map((d) => `${d.doc}#${d.index} engine=${d.a} cli=${d.b}`).join('; ')}`);
        results.push(e);
      } else results.push(evaluateSet(set, { route: args.route, cliPath: args.cli, nodeArgs, cache }));
    }
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 2;
  }
  const baselines: SetResult[] = [];
  if (args.baselines) {
    for (const b of BASELINES) {
      for (const set of sets) {
        const preds = new Map<string, DocPrediction>();
        for (const d of set.docs) preds.set(d.textPath, await b.predict(d.text));
        baselines.push(scoreSet(set, preds, b.id));
      }
    }
  }
  let polnear: ReportInput['polnear'];
  if (args.polnear) {
    const root = path.join(SHARED, 'corpora/polnear');
    if (existsSync(root)) {
      const skipped: string[] = [];
      polnear = scorePolnear(loadPolnear(root, args.split, (annPath, e) => skipped.push(`${path.basename(annPath)} (${e.message.split(': ').pop()})`)), args.split);
      if (skipped.length) notes.push(`PolNeAR ${args.split}: skipped ${skipped.length} article(s) whose annotation does not parse: ${skipped.join(', ')}`);
    }
    else notes.push(`PolNeAR not found at ${root}: span scores skipped`);
  }
  const input: ReportInput = {
    sets: results,
    ...(polnear ? { polnear } : {}),
    ...(baselines.length ? { baselines } : {}),
    targetSets: OWN_SETS.map((s) => path.relative(REPO_ROOT, path.resolve(REPO_ROOT, s))),
    seconds: (performance.now() - t0) / 1000,
  };
  process.stdout.write(renderTerminal(input, args.excerpts) + '\n');
  for (const n of notes) process.stdout.write(`note: ${n}\n`);
  const write = args.write ?? (defaults && args.route !== 'cli');
  if (write) {
    const file = path.join(REPO_ROOT, 'docs/accuracy.md');
    const command = `npm run eval${args.split === 'test' ? ' -- --split test' : ''}`;
    const key = args.split === 'dev' ? 'dev' : args.split;
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Accuracy\n';
    writeFileSync(file, replaceBlock(before, key, renderMarkdown(input, command, 8)));
    process.stdout.write(`wrote ${path.relative(process.cwd(), file) || file} (block "${key}")\n`);
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`eval: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
