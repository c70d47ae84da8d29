/**
 * SARIF 2.1.0 output, in the shape GitHub code scanning accepts: one run, the
 * rules in `tool.driver.rules` with their documentation links, one result per
 * diagnostic with a physical location relative to the working folder
 * (`%SRCROOT%`), a 1-based region that also carries UTF-16 `charOffset` and
 * `charLength`, and a partial fingerprint that survives lines moving around.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { REPOSITORY_URL, ruleDocsUrl } from '../../lsp/diagnostics';
import { offsetToPosition, type LineIndex } from '../../lsp/positions';
import type { Severity } from '../../engine/types';
import { relativeInside, type ConfigFileIssue } from '../../config';
import type * as Sarif from 'sarif';
import type { FileResult } from '../check';

/** The SARIF schema this output follows. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** What SARIF needs to know about a rule. */
export interface RuleMeta {
  id: string;
  /** One line saying what the rule reports. */
  description: string;
  defaultSeverity: Severity;
}

/** Everything besides the checked files that goes into the log. */
export interface SarifContext {
  cwd: string;
  toolVersion: string;
  rules: RuleMeta[];
  /** Drafts that could not be read and operands that matched nothing. */
  errors: string[];
  /** Problems with configuration files, each reported once. */
  configIssues: ConfigFileIssue[];
}

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Formats the results as a SARIF 2.1.0 log. */
export function formatSarif(files: FileResult[], ctx: SarifContext): string {
  return JSON.stringify(toSarif(files, ctx)) + '\n';
}

/** Builds the SARIF 2.1.0 log of the results (typed against the SARIF 2.1.0 definitions). */
export function toSarif(files: FileResult[], ctx: SarifContext): Sarif.Log {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  const configNotes: Sarif.Notification[] = [];
  for (const f of files) {
    const artifactLocation = artifact(f, ctx.cwd);
    const seen = new Map<string, number>();
    for (const x of f.findings) {
      const hash = fingerprint(x.ruleId, f.text.slice(x.start, x.end));
      const n = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, n);
      const index = ruleIndex.get(x.ruleId);
      results.push({
        ruleId: x.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[x.severity],
        message: { text: x.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(f.lines, x.start, x.end) } }],
        partialFingerprints: { primaryLocationLineHash: `${hash}:${n}` },
        properties: { confidence: x.confidence },
      });
    }
    for (const issue of f.analysis.configErrors) {
      const span = issue.span ?? { start: 0, end: 0 };
      configNotes.push({
        level: 'error',
        message: { text: `${issue.path ? issue.path + ': ' : ''}${issue.message}` },
        locations: [{ physicalLocation: { artifactLocation, region: region(f.lines, span.start, span.end) } }],
      });
    }
  }
  for (const issue of ctx.configIssues) {
    configNotes.push({
      level: 'error',
      message: { text: `${issue.path ? issue.path + ': ' : ''}${issue.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: fileArtifact(issue.file, ctx.cwd),
            ...(issue.line ? { region: { startLine: issue.line, startColumn: issue.column ?? 1 } } : {}),
          },
        },
      ],
    });
  }
  const invocation: Sarif.Invocation = {
    executionSuccessful: ctx.errors.length === 0 && configNotes.length === 0,
  };
  if (ctx.errors.length) invocation.toolExecutionNotifications = ctx.errors.map((text) => ({ level: 'error', message: { text } }));
  if (configNotes.length) invocation.toolConfigurationNotifications = configNotes;

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sourcetrace',
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: REPOSITORY_URL,
            rules: ctx.rules.map((r) => ({
              id: r.id,
              name: pascal(r.id),
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              helpUri: ruleDocsUrl(r.id),
              help: { text: `Documentation: ${ruleDocsUrl(r.id)}`, markdown: `[Documentation of ${r.id}](${ruleDocsUrl(r.id)})` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: dirUri(ctx.cwd) } },
        invocations: [invocation],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** A 1-based SARIF region (end column exclusive) that also carries UTF-16 offsets. */
function region(lines: LineIndex, start: number, end: number): Sarif.Region {
  const s = offsetToPosition(lines, start);
  const e = offsetToPosition(lines, end);
  return {
    startLine: s.line + 1,
    startColumn: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    charOffset: start,
    charLength: end - start,
  };
}

function artifact(f: FileResult, cwd: string): Sarif.ArtifactLocation {
  return f.absPath ? fileArtifact(f.absPath, cwd) : { uri: 'stdin' };
}

/** A location relative to `%SRCROOT%` (the working folder), or an absolute file URI outside it. */
function fileArtifact(absPath: string, cwd: string): Sarif.ArtifactLocation {
  const rel = relativeInside(cwd, absPath);
  if (rel === undefined) return { uri: pathToFileURL(absPath).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}

/**
 * A fingerprint of what was flagged rather than where: the rule and the
 * flagged text with white space collapsed. The caller appends an occurrence
 * number to tell repeats apart.
 */
function fingerprint(ruleId: string, flagged: string): string {
  return createHash('sha256').update(`${ruleId}\0${flagged.replace(/\s+/g, ' ').trim()}`).digest('hex').slice(0, 16);
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
}
