/**
 * Predictions for labelled drafts, by two routes that must agree:
 *
 * - the engine route calls `analyze()` in process and keeps its findings and
 *   claims;
 * - the CLI route runs `node dist/cli.js check FILES… --format json` and turns
 *   each LSP diagnostic range back into document offsets (and reads a per-file
 *   `claims` list when the CLI prints one).
 *
 * The hidden test set is scored through the CLI route, so both have to be
 * exercised (see test/eval/routes.test.ts and `npm run eval -- --route both`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/engine';
import { buildLineIndex, rangeToSpan } from '../../server/src/lsp/positions';
import type { Label } from './labels';

/** A finding reduced to what scoring needs. */
export interface PredictedFinding {
  ruleId: string;
  /** Document offsets (UTF-16). */
  start: number;
  end: number;
  message: string;
}

/** A claim reduced to what scoring and error analysis need. */
export interface PredictedClaim {
  start: number;
  end: number;
  status: Label;
  reason: string;
  /** The cue that decided the claim, as written. */
  cue?: string;
  /** The source mention that decided the claim, as written, and its kind. */
  source?: string;
  sourceKind?: string;
}

/** What a route predicts for one draft. */
export interface DocPrediction {
  findings: PredictedFinding[];
  /** Undefined when the route does not expose claims (plain CLI JSON). */
  claims?: PredictedClaim[];
  /** The engine's sentence spans, when the route exposes them (the engine route). */
  sentences?: Array<{ start: number; end: number }>;
}

/** Runs the engine in process on one draft. */
export function predictWithEngine(text: string): DocPrediction {
  const a = analyze(text);
  return {
    findings: a.findings.map((f) => ({ ruleId: f.ruleId, start: f.start, end: f.end, message: f.message })),
    claims: a.claims.map((c) => ({
      start: c.start,
      end: c.end,
      status: c.status,
      reason: c.reason,
      cue: c.cue?.text,
      source: c.source?.text,
      sourceKind: c.source?.kind,
    })),
    sentences: a.sentences.map((x) => ({ start: x.start, end: x.end })),
  };
}

/** An LSP range as the CLI prints it. */
interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function isRange(r: unknown): r is JsonRange {
  const o = r as JsonRange | undefined;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.start?.line === 'number' &&
    typeof o.start?.character === 'number' &&
    typeof o.end?.line === 'number' &&
    typeof o.end?.character === 'number'
  );
}

function isLabel(s: unknown): s is Label {
  return s === 'A' || s === 'V' || s === 'U' || s === 'N';
}

/**
 * Turns the CLI's JSON output into predictions per file, keyed by the path as
 * the CLI printed it resolved against `cwd`. `texts` gives each file's text,
 * needed to convert LSP positions to offsets. Throws a clear error when the
 * output is not the documented shape.
 */
export function parseCliJson(stdout: string, texts: ReadonlyMap<string, string>, cwd: string): Map<string, DocPrediction> {
  let data: unknown;
  try {
    data = JSON.parse(stdout);
  } catch (e) {
    throw new Error(`CLI output is not JSON (${(e as Error).message}): ${stdout.slice(0, 200)}`);
  }
  const files = (data as { files?: unknown })?.files;
  if (!Array.isArray(files)) throw new Error('CLI JSON has no "files" array');
  const out = new Map<string, DocPrediction>();
  for (const f of files as Array<Record<string, unknown>>) {
    if (typeof f?.['path'] !== 'string') throw new Error('CLI JSON: a file entry has no "path"');
    const abs = path.resolve(cwd, f['path']);
    const text = texts.get(abs);
    if (text === undefined) continue;
    const index = buildLineIndex(text);
    const toOffsets = (r: JsonRange) => rangeToSpan(index, r);
    const diags = f['diagnostics'];
    if (!Array.isArray(diags)) throw new Error(`CLI JSON: file ${f['path']} has no "diagnostics" array`);
    const findings: PredictedFinding[] = [];
    for (const d of diags as Array<Record<string, unknown>>) {
      if (!isRange(d['range'])) throw new Error(`CLI JSON: a diagnostic of ${f['path']} has no valid "range"`);
      findings.push({ ruleId: String(d['code'] ?? ''), ...toOffsets(d['range']), message: String(d['message'] ?? '') });
    }
    let claims: PredictedClaim[] | undefined;
    if (Array.isArray(f['claims'])) {
      claims = [];
      for (const c of f['claims'] as Array<Record<string, unknown>>) {
        if (!isRange(c['range']) || !isLabel(c['status'])) continue;
        const source = c['source'] as { text?: unknown; kind?: unknown } | null | undefined;
        const cue = c['cue'] as { text?: unknown } | null | undefined;
        claims.push({
          ...toOffsets(c['range']),
          status: c['status'],
          reason: String(c['reason'] ?? ''),
          ...(typeof cue?.text === 'string' ? { cue: cue.text } : {}),
          ...(typeof source?.text === 'string' ? { source: source.text } : {}),
          ...(typeof source?.kind === 'string' ? { sourceKind: source.kind } : {}),
        });
      }
    }
    out.set(abs, claims ? { findings, claims } : { findings });
  }
  return out;
}

/**
 * Runs the CLI once over the given drafts and returns the predictions per
 * absolute path. `cliPath` is the built bundle (`dist/cli.js`), or the CLI's
 * TypeScript entry point when `nodeArgs` loads a TypeScript runner
 * (`['--import', 'tsx']`). Throws when the CLI is missing or fails with exit
 * code 2.
 */
export function predictWithCli(cliPath: string, files: ReadonlyMap<string, string>, cwd: string, nodeArgs: readonly string[] = []): Map<string, DocPrediction> {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} does not exist: run \`npm run build\` first`);
  const stale = cliPath.endsWith('.js') ? newerSource(path.resolve(__dirname, '../../server/src'), statSync(cliPath).mtimeMs) : undefined;
  if (stale) process.stderr.write(`eval: warning: ${stale} is newer than ${cliPath}; run \`npm run build\` so the CLI route scores the current engine\n`);
  const paths = [...files.keys()];
  const res = spawnSync(process.execPath, [...nodeArgs, cliPath, 'check', ...paths, '--format', 'json', '--fail-on', 'none'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (res.error) throw res.error;
  if (res.status !== 0 && (res.status !== 1 || res.stdout.trim() === '')) {
    throw new Error(`${cliPath} check exited with ${res.status}: ${res.stderr.slice(0, 500)}`);
  }
  const preds = parseCliJson(res.stdout, files, cwd);
  for (const p of paths) if (!preds.has(p)) throw new Error(`CLI JSON has no entry for ${p}`);
  return preds;
}

/** The first source file under `dir` modified after `since` (ms), if any. */
function newerSource(dir: string, since: number): string | undefined {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const found = newerSource(p, since);
      if (found) return found;
    } else if (e.name.endsWith('.ts') && statSync(p).mtimeMs > since) return p;
  }
  return undefined;
}
