/**
 * The commands the whole-process benchmark runs: sourcetrace's CLI, the peers
 * (textlint with write-good, retext via remark, write-good) and the floor (Node
 * start-up, reading the file and one regular-expression pass over it).
 *
 * Every peer is a pinned devDependency and is run the way its users run it,
 * from its own CLI (retext has none, so a small runner script stands in).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One command under test. */
export interface Tool {
  /** Short id used in tables and options: "sourcetrace", "textlint" … */
  id: string;
  /** What the command is, for the report. */
  label: string;
  kind: 'sourcetrace' | 'peer' | 'floor';
  /** The command line for one file (or folder). */
  argv(file: string): string[];
  /** Exit codes that mean "finished" (a linter exits non-zero when it finds something); undefined = any code. */
  okCodes?: number[];
  /** Why the tool cannot run here, when it cannot. */
  missing(): string | undefined;
  /** Counts what the tool reported from its standard output, to show it did real work. */
  countFindings?(stdout: string): number;
}

/**
 * The floor: start Node, read the file, one pass of a case-insensitive regular
 * expression with a few attribution cues. Nothing can check a file faster than
 * its own start-up and one scan.
 */
export const FLOOR_SCRIPT =
  "const s=require('fs').readFileSync(process.argv[1],'utf8');let n=0;" +
  "for(const m of s.matchAll(/\\b(?:said|according to|reportedly|officials|analysts)\\b/gi))n++;console.log(n)";

/**
 * Builds the tool list for a repository checkout at `root`, with sourcetrace's
 * bundles taken from `distDir` (by default the checkout's dist/).
 */
export function tools(root: string, distDir = path.join(root, 'dist')): Tool[] {
  const node = process.execPath;
  const cli = path.join(distDir, 'cli.js');
  const need = (file: string, what: string) => (): string | undefined =>
    existsSync(file) ? undefined : `${path.relative(root, file)} not found (${what})`;
  const sourcetrace = (format: 'json' | 'text'): Tool => ({
    id: format === 'json' ? 'sourcetrace' : 'sourcetrace-text',
    label: `sourcetrace check FILE --format ${format}`,
    kind: 'sourcetrace',
    argv: (f) => [node, cli, 'check', f, '--format', format],
    okCodes: [0, 1],
    missing: need(cli, 'run `npm run build`'),
  });
  const textlint = path.join(root, 'node_modules/textlint/bin/textlint.js');
  const writeGood = path.join(root, 'node_modules/write-good/bin/write-good.js');
  const retext = path.join(root, 'scripts/bench/retext-runner.mjs');
  return [
    {
      ...sourcetrace('json'),
      countFindings: (out) => {
        const report = JSON.parse(out) as { files: { diagnostics: unknown[] }[] };
        return report.files.reduce((n, f) => n + f.diagnostics.length, 0);
      },
    },
    sourcetrace('text'),
    {
      id: 'textlint',
      label: 'textlint --rule write-good --format json (textlint 15.8.0, textlint-rule-write-good 2.0.0)',
      kind: 'peer',
      argv: (f) => [node, textlint, '--no-textlintrc', '--rule', 'write-good', '--format', 'json', f],
      okCodes: [0, 1],
      missing: need(textlint, 'npm install'),
      countFindings: (out) => (JSON.parse(out) as { messages: unknown[] }[]).reduce((n, f) => n + f.messages.length, 0),
    },
    {
      id: 'retext',
      label: 'unified + remark-parse + remark-retext + retext-english + retext-intensify (scripts/bench/retext-runner.mjs)',
      kind: 'peer',
      argv: (f) => [node, retext, f],
      okCodes: [0, 1],
      missing: need(path.join(root, 'node_modules/retext-intensify/package.json'), 'npm install'),
      countFindings: (out) => out.split('\n').filter(Boolean).length,
    },
    {
      id: 'write-good',
      label: 'write-good FILE (write-good 1.0.8 CLI; its exit code is the number of suggestions)',
      kind: 'peer',
      argv: (f) => [node, writeGood, f],
      missing: need(writeGood, 'npm install'),
      countFindings: (out) => out.split('\n').filter((l) => / on line \d+ at column \d+$/.test(l)).length,
    },
    {
      id: 'floor',
      label: 'node -e (read the file, one regex pass)',
      kind: 'floor',
      argv: (f) => [node, '-e', FLOOR_SCRIPT, f],
      okCodes: [0],
      missing: () => undefined,
      countFindings: (out) => Number(out.trim()),
    },
  ];
}

/** Reads a file of tool output for counting; undefined when it cannot be counted. */
export function countOutput(tool: Tool, stdoutFile: string): number | undefined {
  if (!tool.countFindings) return undefined;
  try {
    return tool.countFindings(readFileSync(stdoutFile, 'utf8'));
  } catch {
    return undefined;
  }
}
