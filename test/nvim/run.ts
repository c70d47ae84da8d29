/**
 * The Neovim check: Debian's neovim (0.7) runs test/nvim/check.lua headless,
 * which starts `node dist/server.js --stdio` as an ordinary LSP client would,
 * on a copy of the worked example. This file checks what Neovim received: the
 * same diagnostics as `sourcetrace check --format json` prints for the file,
 * all of them accepted by vim.diagnostic, and a hover on a vague attribution.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { kurskDraft, repoRoot, sharedDir, type E2eTools } from '../e2e/lib/env';
import { processTree, stopTree } from '../e2e/lib/procs';
import { waitFor, type Steps } from '../e2e/lib/steps';

/** An LSP diagnostic as it travels over the wire. */
interface WireDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
}

/** What check.lua writes. */
interface NvimResult {
  errors: string[];
  published_count: number;
  diagnostics: WireDiagnostic[] | Record<string, never>;
  vim_diagnostic_count: number;
  hover_provider?: boolean;
  hover?: { contents: unknown };
  stopped_cleanly?: boolean;
}

/** One labelled sentence of the worked example. */
export interface LabelRow {
  label: string;
  line: number;
  start: number;
  end: number;
  phrase: string;
  sentence: string;
}

/** Reads the labelled sentences of the worked example from the shared folder. */
export function readLabels(): LabelRow[] {
  const text = readFileSync(path.join(sharedDir, 'examples', 'kursk-draft.labels.tsv'), 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [, label, line, start, end, phrase, sentence] = l.split('\t');
      return { label: label!, line: Number(line), start: Number(start), end: Number(end), phrase: phrase ?? '', sentence: sentence ?? '' };
    });
}

/** The labelled vague phrase used for hovers: "According to reports". */
export function vagueHoverTarget(): { line: number; character: number; phrase: string } {
  const row = readLabels().find((r) => r.label === 'V' && /^according to/i.test(r.phrase));
  if (!row) throw new Error('the worked example has no labelled "According to …" vague attribution');
  const at = row.sentence.indexOf(row.phrase);
  return { line: row.line, character: row.start + at + 2, phrase: row.phrase };
}

const key = (d: WireDiagnostic) =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)}`;

/** Flattens LSP hover contents (MarkupContent, MarkedString or an array of them) to text. */
export function hoverText(contents: unknown): string {
  if (contents == null) return '';
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  if (typeof contents === 'object' && 'value' in contents) return String((contents as { value: unknown }).value);
  return '';
}

/** Runs the Neovim check as steps of the `nvim` suite. */
export async function runNvimCheck(steps: Steps, tools: E2eTools, workDir: string): Promise<void> {
  const suite = 'nvim';
  const draft = path.join(workDir, 'kursk-draft.md');
  copyFileSync(kurskDraft, draft);
  const outFile = path.join(workDir, 'nvim-result.json');
  const target = vagueHoverTarget();
  let result: NvimResult | undefined;

  const ran = await steps.run(
    suite,
    'neovim 0.7 starts the server over stdio and receives diagnostics',
    async () => {
      const server = path.join(repoRoot, 'dist', 'server.js');
      if (!existsSync(server)) throw new Error(`${server} is missing: build first`);
      const child = spawn(
        tools.nvim,
        ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(repoRoot, 'test', 'nvim', 'check.lua')}`],
        {
          cwd: workDir,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...process.env,
            ST_SERVER: server,
            ST_NODE: process.execPath,
            ST_FILE: draft,
            ST_OUT: outFile,
            ST_HOVER_LINE: String(target.line),
            ST_HOVER_CHAR: String(target.character),
            XDG_STATE_HOME: path.join(workDir, 'nvim-state'),
            XDG_DATA_HOME: path.join(workDir, 'nvim-data'),
          },
        },
      );
      let output = '';
      child.stdout.on('data', (b: Buffer) => (output += b.toString()));
      child.stderr.on('data', (b: Buffer) => (output += b.toString()));
      const pid = child.pid!;
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          void stopTree(pid).catch(() => undefined);
          resolve(null);
        }, 90_000);
        child.on('exit', (c) => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      // The language server is nvim's child; nothing of the group may outlive it.
      const left = await waitFor('the nvim process group to end', () => processTree(pid).length === 0, 10_000).catch(
        () => false,
      );
      if (!left) {
        await stopTree(pid);
        throw new Error('processes of the nvim run outlived it');
      }
      if (code !== 0) throw new Error(`nvim exited with ${code}:\n${output}`);
      if (!existsSync(outFile)) throw new Error(`check.lua wrote no result:\n${output}`);
      result = JSON.parse(readFileSync(outFile, 'utf8')) as NvimResult;
      if (result.errors.length) throw new Error(result.errors.join('\n'));
      const diags = Array.isArray(result.diagnostics) ? result.diagnostics : [];
      if (diags.length === 0) throw new Error('Neovim received no diagnostics');
    },
    { critical: false },
  );
  if (!ran || !result) {
    steps.skipped(suite, 'the diagnostics equal the CLI’s', 'neovim run failed');
    steps.skipped(suite, 'hover on a vague attribution', 'neovim run failed');
    return;
  }
  const got = Array.isArray(result.diagnostics) ? result.diagnostics : [];

  await steps.run(suite, 'the diagnostics equal the CLI’s and vim.diagnostic shows them all', async () => {
    const cli = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', draft, '--format', 'json'], {
      encoding: 'utf8',
    });
    // Exit code 1 only says that something at the failing severity was found.
    if (cli.status !== 0 && cli.status !== 1) throw new Error(`sourcetrace check exited ${cli.status}:\n${cli.stderr}`);
    const report = JSON.parse(cli.stdout) as { files: { path: string; diagnostics: WireDiagnostic[] }[] };
    const expected = report.files.flatMap((f) => f.diagnostics).map(key).sort();
    const actual = got.map(key).sort();
    const missing = expected.filter((k) => !actual.includes(k));
    const extra = actual.filter((k) => !expected.includes(k));
    if (missing.length || extra.length) {
      throw new Error(`Neovim's diagnostics differ from the CLI's.\nmissing: ${missing.join('; ')}\nextra: ${extra.join('; ')}`);
    }
    for (const d of got) {
      if (d.source !== 'sourcetrace') throw new Error(`diagnostic without source "sourcetrace": ${JSON.stringify(d)}`);
      if (typeof d.code !== 'string' || !d.code) throw new Error(`diagnostic without a rule id: ${JSON.stringify(d)}`);
    }
    if (result!.vim_diagnostic_count !== got.length) {
      throw new Error(`vim.diagnostic has ${result!.vim_diagnostic_count} diagnostics, the server published ${got.length}`);
    }
    const vague = got.find(
      (d) =>
        d.code === 'vague-attribution' &&
        d.range.start.line === target.line &&
        d.range.start.character <= target.character &&
        d.range.end.character >= target.character,
    );
    if (!vague) throw new Error(`no vague-attribution diagnostic on "${target.phrase}" (line ${target.line})`);
  });

  await steps.run(suite, `hover on "${target.phrase}" explains the vague attribution`, async () => {
    if (!result!.hover_provider) throw new Error('the server does not advertise hoverProvider');
    const text = hoverText(result!.hover?.contents);
    if (!text.trim()) throw new Error('empty hover');
    if (!/vague/i.test(text)) throw new Error(`hover does not mention the vague attribution:\n${text}`);
    if (!result!.stopped_cleanly) throw new Error('the server did not stop on shutdown/exit');
  });
}
