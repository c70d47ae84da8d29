/**
 * The CLI as a real process: output formats, exit codes, file discovery,
 * standard input and configuration handling.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, makeProject, naiveOffset, naivePosition, removeProject, repoRoot, runCli } from './run';

const UNSOURCED = 'The bridge collapsed on Monday, killing 12 people.\n';
const VAGUE = 'Analysts say the toll will rise by 40 per cent next year.\n';
const DRAFT = `# Bridge collapse\n\n${UNSOURCED}\n${VAGUE}`;

interface JsonOut {
  version: number;
  files: {
    path: string;
    diagnostics: {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      severity: number;
      code: string;
      codeDescription: { href: string };
      source: string;
      message: string;
      data: { ruleId: string; claim: number; confidence: number; fixes: unknown[] };
    }[];
    claims: {
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      start: number;
      end: number;
      status: string;
      source: { text: string; start: number; end: number; kind: string } | null;
      cue: { text: string; start: number; end: number; kind: string } | null;
    }[];
    attributions: { cue: { text: string; start: number; end: number }; source: { text: string; start: number; end: number } | null }[];
    configErrors: { origin: string; key: string; message: string }[];
  }[];
}

const projects: string[] = [];
function project(files: Record<string, string | Buffer>): string {
  const root = makeProject(files);
  projects.push(root);
  return root;
}

beforeAll(() => ensureBuilt());
afterAll(() => projects.forEach(removeProject));

describe('text output', () => {
  it('prints file:line:col severity rule message, a summary, and exits 1 on warnings', () => {
    const cwd = project({ 'story.md': DRAFT });
    const r = runCli(['check', 'story.md'], { cwd });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const problems = lines.filter((l) => l.startsWith('story.md:'));
    expect(problems.length).toBeGreaterThan(0);
    for (const l of problems) expect(l).toMatch(/^story\.md:\d+:\d+ (error|warning|info|hint) [a-z-]+ \S.*$/);
    // The unsourced sentence is on line 3 (1-based) and must be reported there.
    expect(problems.some((l) => l.startsWith('story.md:3:'))).toBe(true);
    expect(lines.at(-1)).toMatch(new RegExp(`^${problems.length} problems? \\(\\d+ errors?, \\d+ warnings?.*\\) in 1 file$`));
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('says so when there is nothing to report and exits 0', () => {
    const cwd = project({ 'empty.md': '' });
    const r = runCli(['check', 'empty.md'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No problems in 1 file.\n');
  });

  it('--quiet prints only failing problems and no summary', () => {
    const cwd = project({ 'story.md': DRAFT });
    const quietWarn = runCli(['check', '--quiet', 'story.md'], { cwd });
    expect(quietWarn.code).toBe(1);
    expect(quietWarn.stdout).not.toMatch(/problems? \(/);
    expect(quietWarn.stdout.trim().split('\n').every((l) => / (error|warning) /.test(l))).toBe(true);
    const quietErr = runCli(['check', '--quiet', '--fail-on', 'error', 'story.md'], { cwd });
    expect(quietErr).toMatchObject({ code: 0, stdout: '' });
  });

  it('colours only on request: FORCE_COLOR, --color; never with NO_COLOR or --no-color', () => {
    const cwd = project({ 'story.md': DRAFT });
    expect(runCli(['check', 'story.md'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(runCli(['check', '--color', 'story.md'], { cwd }).stdout).toContain('\x1b[');
    expect(runCli(['check', 'story.md'], { cwd, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain('\x1b[');
    expect(runCli(['check', '--no-color', 'story.md'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });
});

describe('exit codes and --fail-on', () => {
  it('fails at or above the chosen severity only', () => {
    const cwd = project({ 'story.md': DRAFT, '.sourcetrace.json': '{"rules":{"unattributed-claim":"info","vague-attribution":"info"}}' });
    expect(runCli(['check', 'story.md'], { cwd }).code).toBe(0);
    expect(runCli(['check', '--fail-on', 'info', 'story.md'], { cwd }).code).toBe(1);
    expect(runCli(['check', '--fail-on', 'hint', 'story.md'], { cwd }).code).toBe(1);
    expect(runCli(['check', '--fail-on', 'none', 'story.md'], { cwd }).code).toBe(0);
  });

  it('exits 2 on usage errors', () => {
    const cwd = project({ 'story.md': DRAFT });
    for (const args of [['check', '--format', 'xml', 'story.md'], ['check', '--fail-on', 'sometimes'], ['check', '--bogus'], ['frobnicate'], []]) {
      const r = runCli(args, { cwd });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
    }
  });

  it('--version and --help exit 0', () => {
    const cwd = project({});
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'], { cwd })).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = runCli(['check', '--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-on');
  });

  it('exits 2 when a path does not exist or a pattern matches nothing, and still checks the rest', () => {
    const cwd = project({ 'story.md': DRAFT, 'empty/': '' });
    const r = runCli(['check', '--format', 'json', 'story.md', 'missing.md', 'nothing/**/*.md', 'empty'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.md: no such file or directory');
    expect(r.stderr).toContain('nothing/**/*.md: no files match this pattern');
    expect(r.stderr).toContain('empty: no Markdown files found');
    expect((JSON.parse(r.stdout) as JsonOut).files.map((f) => f.path)).toEqual(['story.md']);
  });

  it('claims no clean run when nothing was checked: no summary beside the error', () => {
    const cwd = project({ 'empty/': '' });
    const r = runCli(['check', 'empty'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('empty: no Markdown files found');
    expect(r.stdout).toBe('');
  });

  it('checks a binary file named explicitly as text, without crashing', () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131 + 7) % 256;
    const cwd = project({ 'blob.bin': bytes });
    const r = runCli(['check', '--format', 'json', 'blob.bin'], { cwd });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as JsonOut).files[0]!.path).toBe('blob.bin');
  });
});

describe('JSON output', () => {
  it('follows the design.md contract with ranges that point at the text they name', () => {
    const text = `---\ntitle: x\n---\r\n# Héllo 😀\r\n\r\n${UNSOURCED.trim()}\r${VAGUE}"It was a disaster," one resident said.\n`;
    const cwd = project({ 'crlf.md': text });
    const r = runCli(['check', '--format', 'json', 'crlf.md'], { cwd });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.version).toBe(1);
    expect(out.files).toHaveLength(1);
    expectConsistent(out.files[0]!, text);
  });

  it('keeps every range consistent on the worked example from ../shared, read at run time', () => {
    const draft = path.resolve(repoRoot, '../shared/examples/kursk-draft.md');
    const text = fs.readFileSync(draft, 'utf8');
    const cwd = project({});
    const r = runCli(['check', '--format', 'json', draft], { cwd });
    expect([0, 1]).toContain(r.code);
    const file = (JSON.parse(r.stdout) as JsonOut).files[0]!;
    expect(file.claims.length).toBeGreaterThan(0);
    expectConsistent(file, text);
  });
});

/** Checks every range and offset of one file's JSON against the text. */
function expectConsistent(file: JsonOut['files'][number], text: string): void {
  for (const d of file.diagnostics) {
    expect(d.source).toBe('sourcetrace');
    expect([1, 2, 3, 4]).toContain(d.severity);
    expect(d.data.ruleId).toBe(d.code);
    expect(d.codeDescription.href).toMatch(new RegExp(`/docs/rules/${d.code}\\.md$`));
    expect(d.message.length).toBeGreaterThan(0);
    const start = naiveOffset(text, d.range.start);
    const end = naiveOffset(text, d.range.end);
    expect(start).toBeLessThan(end);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(naivePosition(text, start)).toEqual(d.range.start);
    // A finding is always about a claim whose sentence contains it.
    const claim = file.claims.find((c) => c.start <= start && end <= c.end);
    expect(claim, `${d.code} at ${start}–${end} lies in a claim`).toBeDefined();
  }
  for (const c of file.claims) {
    expect(['A', 'V', 'U', 'N']).toContain(c.status);
    expect(c.range.start).toEqual(naivePosition(text, c.start));
    expect(c.range.end).toEqual(naivePosition(text, c.end));
    expect(text.slice(c.start, c.end).trim().length).toBeGreaterThan(0);
    for (const part of [c.source, c.cue]) if (part) expect(text.slice(part.start, part.end)).toBe(part.text);
  }
  for (const a of file.attributions) {
    expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
    if (a.source) expect(text.slice(a.source.start, a.source.end)).toBe(a.source.text);
  }
}

describe('SARIF output', () => {
  it('produces a SARIF 2.1.0 log GitHub code scanning accepts, matching the JSON findings', () => {
    const cwd = project({ 'drafts/story one.md': DRAFT, 'drafts/two.md': `Intro.\r\n\r\n${VAGUE}` });
    const sarifRun = runCli(['check', '--format', 'sarif', 'drafts'], { cwd });
    const jsonRun = runCli(['check', '--format', 'json', 'drafts'], { cwd });
    expect(sarifRun.code).toBe(jsonRun.code);
    const json = JSON.parse(jsonRun.stdout) as JsonOut;
    const log = JSON.parse(sarifRun.stdout) as any;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$|sarif-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    const driver = run.tool.driver;
    expect(driver.name).toBe('sourcetrace');
    expect(typeof driver.version).toBe('string');
    const ruleIds = driver.rules.map((r: any) => r.id);
    for (const id of ['vague-attribution', 'unattributed-claim', 'incomplete-attribution', 'unattributed-quote']) expect(ruleIds).toContain(id);
    for (const rule of driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`^https://.*/docs/rules/${rule.id}\\.md$`));
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'note', 'none']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);

    const expected = json.files.flatMap((f) => f.diagnostics.map((d) => ({ path: f.path, d })));
    expect(run.results).toHaveLength(expected.length);
    const fingerprints = new Set<string>();
    run.results.forEach((res: any, i: number) => {
      const { path: p, d } = expected[i]!;
      expect(res.ruleId).toBe(d.code);
      expect(driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(['error', 'warning', 'note', 'none']).toContain(res.level);
      expect(res.message.text).toBe(d.message);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(decodeURIComponent(loc.artifactLocation.uri)).toBe(p);
      expect(loc.artifactLocation.uri).not.toMatch(/^\/|^file:| /);
      const text = fs.readFileSync(path.join(cwd, p), 'utf8');
      const reg = loc.region;
      expect(reg.startLine).toBe(d.range.start.line + 1);
      expect(reg.startColumn).toBe(d.range.start.character + 1);
      expect(reg.endLine).toBe(d.range.end.line + 1);
      expect(reg.endColumn).toBe(d.range.end.character + 1);
      expect(reg.charOffset).toBe(naiveOffset(text, d.range.start));
      expect(reg.charOffset + reg.charLength).toBe(naiveOffset(text, d.range.end));
      const fp = res.partialFingerprints.primaryLocationLineHash;
      expect(typeof fp).toBe('string');
      fingerprints.add(`${p}|${fp}`);
    });
    expect(fingerprints.size).toBe(run.results.length);
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it('reports configuration problems as tool notifications and fails the invocation', () => {
    const cwd = project({ 'story.md': DRAFT, '.sourcetrace.json': '{"rules":{"vague-attribution":"loud"}}' });
    const r = runCli(['check', '--format', 'sarif', 'story.md'], { cwd });
    expect(r.code).toBe(2);
    const inv = (JSON.parse(r.stdout) as any).runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolConfigurationNotifications[0].message.text).toContain('rules.vague-attribution');
    expect(inv.toolConfigurationNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('.sourcetrace.json');
  });
});

describe('finding drafts', () => {
  const tree = {
    '.git/': '',
    '.gitignore': 'private/\nscratch-*.md\n',
    '.sourcetrace.json': '{"ignore":["archive/","*.draft.md"]}',
    'a.md': DRAFT,
    'notes.txt': DRAFT,
    'b.markdown': DRAFT,
    'sub/c.md': DRAFT,
    'sub/.gitignore': 'local.md\n',
    'sub/local.md': DRAFT,
    'sub/scratch-1.md': DRAFT,
    'private/p.md': DRAFT,
    'archive/old.md': DRAFT,
    'wip.draft.md': DRAFT,
    'node_modules/pkg/readme.md': DRAFT,
  };
  const paths = (r: { stdout: string }) => (JSON.parse(r.stdout) as JsonOut).files.map((f) => f.path);

  it('walks folders for Markdown files, respecting .gitignore files and the config ignore', () => {
    const cwd = project(tree);
    expect(paths(runCli(['check', '--format', 'json', '.'], { cwd }))).toEqual(['a.md', 'b.markdown', 'sub/c.md']);
    // Checking the subfolder alone still applies the .gitignore above it.
    expect(paths(runCli(['check', '--format', 'json', 'sub'], { cwd }))).toEqual(['sub/c.md']);
    // No operand means the current folder.
    expect(paths(runCli(['check', '--format', 'json'], { cwd: path.join(cwd, 'sub') }))).toEqual(['c.md']);
  });

  it('expands globs with the same exclusions', () => {
    const cwd = project(tree);
    expect(paths(runCli(['check', '--format', 'json', '**/*.md'], { cwd }))).toEqual(['a.md', 'sub/c.md']);
  });

  it('checks a file named explicitly whatever its extension or .gitignore, but skips what the config ignores', () => {
    const cwd = project(tree);
    const r = runCli(['check', '--format', 'json', 'notes.txt', 'private/p.md', 'wip.draft.md', 'a.md', './a.md'], { cwd });
    expect(paths(r)).toEqual(['notes.txt', 'private/p.md', 'a.md']);
    expect(r.stderr).toContain('wip.draft.md: skipped');
    const only = runCli(['check', 'archive/old.md'], { cwd });
    expect(only.code).toBe(0);
  });

  it('reads standard input for "-" with the configuration of the working folder', () => {
    const cwd = project({ '.sourcetrace.json': '{"rules":{"unattributed-claim":"error","vague-attribution":"error"}}' });
    const r = runCli(['check', '--format', 'json', '-'], { cwd, input: DRAFT });
    expect(r.code).toBe(1);
    const file = (JSON.parse(r.stdout) as JsonOut).files[0]!;
    expect(file.path).toBe('<stdin>');
    expect(file.diagnostics.length).toBeGreaterThan(0);
    // Configured as errors; findings the engine is less sure of may be shown as info.
    expect(file.diagnostics.some((d) => d.severity === 1)).toBe(true);
    expect(file.diagnostics.some((d) => d.severity === 2)).toBe(false);
    expect(runCli(['check', '-'], { cwd, input: DRAFT }).stdout).toMatch(/^<stdin>:\d+:\d+ error /m);
  });
});

describe('configuration', () => {
  it('uses the nearest .sourcetrace.json above each draft', () => {
    const cwd = project({
      '.sourcetrace.json': '{"rules":{"unattributed-claim":"error","vague-attribution":"error"}}',
      'desk/.sourcetrace.json': '{"rules":{"unattributed-claim":"hint","vague-attribution":"hint"}}',
      'top.md': DRAFT,
      'desk/deep/story.md': DRAFT,
    });
    const out = JSON.parse(runCli(['check', '--format', 'json', '.'], { cwd }).stdout) as JsonOut;
    const sev = (p: string) => new Set(out.files.find((f) => f.path === p)!.diagnostics.map((d) => d.severity));
    expect(sev('top.md').has(1)).toBe(true);
    expect(sev('top.md').has(2)).toBe(false);
    expect(sev('desk/deep/story.md')).toEqual(new Set([4]));
  });

  it('--config overrides discovery', () => {
    const cwd = project({
      '.sourcetrace.json': '{"rules":{"unattributed-claim":"error","vague-attribution":"error"}}',
      'quiet.json': '{"rules":{"unattributed-claim":"off","vague-attribution":"off","incomplete-attribution":"off","unattributed-quote":"off"}}',
      'story.md': DRAFT,
    });
    const r = runCli(['check', '--config', 'quiet.json', 'story.md'], { cwd });
    expect(r).toMatchObject({ code: 0, stdout: 'No problems in 1 file.\n' });
    const missing = runCli(['check', '--config', 'nope.json', 'story.md'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: cannot be read: no such file or directory');
  });

  it('exits 2 naming the file, line and column of a JSON syntax error', () => {
    const cwd = project({ '.sourcetrace.json': '{\n  "rules": {\n    "vague-attribution": "error",\n  }\n}\n', 'story.md': DRAFT });
    const r = runCli(['check', 'story.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.sourcetrace.json:4:3: invalid JSON: trailing comma');
    // The draft is still checked, with the defaults.
    expect(r.stdout).toMatch(/^story\.md:3:1 warning /m);
  });

  it('exits 2 naming the file and the key of an invalid value or unknown key', () => {
    const cwd = project({ '.sourcetrace.json': '{"rules":{"vague-attribution":"loud"},"vagueTerm":["x"],"minConfidence":3}', 'story.md': DRAFT });
    const r = runCli(['check', '--format', 'json', 'story.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.sourcetrace\.json: rules\.vague-attribution: .*error.*warning/);
    expect(r.stderr).toMatch(/\.sourcetrace\.json: vagueTerm: unknown key/);
    expect(r.stderr).toMatch(/\.sourcetrace\.json: minConfidence: /);
    const errs = (JSON.parse(r.stdout) as JsonOut).files[0]!.configErrors;
    expect(errs.map((e) => e.key)).toEqual(expect.arrayContaining(['rules.vague-attribution', 'vagueTerm', 'minConfidence']));
    expect(errs.every((e) => e.origin === '.sourcetrace.json')).toBe(true);
  });

  it('reports a folder where the file should be, a non-object and a huge word list clearly', () => {
    const dir = project({ '.sourcetrace.json/': '', 'story.md': DRAFT });
    expect(runCli(['check', 'story.md'], { cwd: dir }).stderr).toContain('.sourcetrace.json: is a directory');
    const arr = project({ '.sourcetrace.json': '[1,2]', 'story.md': DRAFT });
    expect(runCli(['check', 'story.md'], { cwd: arr }).stderr).toContain('expected a JSON object');
    const terms = Array.from({ length: 100_000 }, (_, i) => `term ${i}`);
    const big = project({ '.sourcetrace.json': JSON.stringify({ vagueTerms: terms }), 'story.md': DRAFT });
    const r = runCli(['check', 'story.md'], { cwd: big });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.sourcetrace.json: vagueTerms: has 100000 entries; at most');
  });

  it('reports invalid settings in a draft front matter and exits 2', () => {
    const cwd = project({ 'story.md': `---\nsourcetrace:\n  rules:\n    vague-attribution: loud\n---\n\n${UNSOURCED}` });
    const r = runCli(['check', '--format', 'json', 'story.md'], { cwd });
    expect(r.code).toBe(2);
    const errs = (JSON.parse(r.stdout) as JsonOut).files[0]!.configErrors;
    expect(errs).toContainEqual(expect.objectContaining({ origin: 'front-matter', key: 'sourcetrace.rules.vague-attribution' }));
    expect(runCli(['check', 'story.md'], { cwd }).stdout).toMatch(/^story\.md:1:1 error config sourcetrace\.rules\.vague-attribution: /m);
  });
});

describe('bundled examples (npm start)', () => {
  it('shows every rule, skips the README by config, and finds nothing in the clean draft', () => {
    const r = runCli(['check', 'examples', '--format', 'json', '--fail-on', 'none'], { cwd: repoRoot });
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as JsonOut).files;
    expect(files.map((f) => f.path)).not.toContain('examples/README.md');
    const codes = new Set(files.flatMap((f) => f.diagnostics.map((d) => d.code)));
    expect([...codes].sort()).toEqual(['incomplete-attribution', 'unattributed-claim', 'unattributed-quote', 'vague-attribution']);
    expect(files.find((f) => f.path === 'examples/clean-fully-sourced.md')!.diagnostics).toEqual([]);
  });
});

describe('many drafts', () => {
  // Drafts of several kinds, so that every thread meets findings, claims, quotations and a config error.
  const examples = fs
    .readdirSync(path.join(repoRoot, 'examples'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => fs.readFileSync(path.join(repoRoot, 'examples', f), 'utf8'));
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) {
    const name = `d${String(i).padStart(2, '0')}.md`;
    if (i === 7) files[name] = `---\nsourcetrace:\n  rules:\n    vague-attribution: loud\n---\n\n${VAGUE}`;
    else files[name] = i % 3 === 0 ? `# Note ${i}\n\n${VAGUE}\n${UNSOURCED}` : examples[i % examples.length]!;
  }
  let cwd: string;
  beforeAll(() => {
    cwd = project(files);
  });

  // One test per format (three CLI runs each), so a loaded machine does not push one test past its time limit.
  const runs = [['--format', 'json'], ['--format', 'text'], ['--format', 'sarif'], ['--format', 'json', '--quiet', '--fail-on', 'error']];
  it.each(runs.map((args) => [args.join(' '), args]))('gives the same report on worker threads as in-process, in operand order: %s', (_name, args) => {
    const single = runCli(['check', ...args, '.'], { cwd, env: { SOURCETRACE_THREADS: '1' } });
    expect(single.code).toBe(2);
    for (const threads of ['2', '3']) expect(runCli(['check', ...args, '.'], { cwd, env: { SOURCETRACE_THREADS: threads } })).toEqual(single);
    if (args[1] === 'json') expect((JSON.parse(single.stdout) as JsonOut).files.map((f) => f.path)).toEqual(Object.keys(files));
  });

  it('reports the draft a worker was checking when it stopped, and checks every other draft', () => {
    const single = JSON.parse(runCli(['check', '--format', 'json', '.'], { cwd, env: { SOURCETRACE_THREADS: '1' } }).stdout) as JsonOut;
    const r = runCli(['check', '--format', 'json', '.'], { cwd, env: { SOURCETRACE_THREADS: '2', SOURCETRACE_THREAD_FAULT: 'exit' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sourcetrace: d00\.md: could not be analysed: the analysis thread stopped while checking it \(exit code 70\)$/m);
    expect((JSON.parse(r.stdout) as JsonOut).files).toEqual(single.files.filter((f) => f.path !== 'd00.md'));
  });
});

describe('one large draft on two threads', () => {
  // One draft made of every example (names, pronouns, quotations, footnotes, suppressions), so both halves meet everything.
  const examples = fs
    .readdirSync(path.join(repoRoot, 'examples'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => fs.readFileSync(path.join(repoRoot, 'examples', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  let cwd: string;
  beforeAll(() => {
    cwd = project({ 'long.md': `${examples.join('\n\n')}\n\n${DRAFT}` });
  });

  it('gives the report of one thread, in every format', () => {
    for (const args of [['--format', 'json'], ['--format', 'text'], ['--format', 'sarif'], ['--format', 'json', '--quiet']]) {
      const single = runCli(['check', ...args, 'long.md'], { cwd, env: { SOURCETRACE_THREADS: '1' } });
      expect(single.code).toBe(1);
      expect(runCli(['check', ...args, 'long.md'], { cwd, env: { SOURCETRACE_THREADS: '2' } }), args.join(' ')).toEqual(single);
    }
  });

  it('is checked on the main thread alone when the worker stops', () => {
    const single = runCli(['check', '--format', 'json', 'long.md'], { cwd, env: { SOURCETRACE_THREADS: '1' } });
    expect(runCli(['check', '--format', 'json', 'long.md'], { cwd, env: { SOURCETRACE_THREADS: '2', SOURCETRACE_THREAD_FAULT: 'exit' } })).toEqual(single);
  });
});

describe('fix', () => {
  const diagnosticsOf = (cwd: string, file: string) =>
    (JSON.parse(runCli(['check', '--format', 'json', file], { cwd }).stdout) as JsonOut).files[0]!.diagnostics;
  const fixable = (cwd: string, file: string) => diagnosticsOf(cwd, file).filter((d) => d.data.fixes.some((f: any) => f.preferred));

  it('applies the preferred fixes, writes the draft back and leaves fewer fixable findings', () => {
    const cwd = project({ 'story.md': `\ufeff${DRAFT}` });
    const before = fixable(cwd, 'story.md');
    expect(before.length).toBeGreaterThan(0);
    const dry = runCli(['fix', '--dry-run', 'story.md'], { cwd });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^story\.md: would fix \d+ problems?$/m);
    expect(fs.readFileSync(path.join(cwd, 'story.md'), 'utf8')).toBe(`\ufeff${DRAFT}`);

    const r = runCli(['fix', 'story.md'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^story\.md: fixed \d+ problems?$/m);
    const after = fs.readFileSync(path.join(cwd, 'story.md'), 'utf8');
    expect(after).not.toBe(`\ufeff${DRAFT}`);
    expect(after.startsWith('\ufeff')).toBe(true);
    // Fixes leave placeholders, which are findings of their own; the findings fixed are gone.
    const stillFixable = fixable(cwd, 'story.md').filter((d) => d.code !== 'incomplete-attribution');
    expect(stillFixable.length).toBeLessThan(before.length);
  });

  it('prints the fixed draft for standard input and the report on standard error', () => {
    const cwd = project({});
    const r = runCli(['fix', '-'], { cwd, input: DRAFT });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toBe(DRAFT);
    expect(r.stdout.startsWith('# Bridge collapse\n')).toBe(true);
    expect(r.stderr).toMatch(/^<stdin>: fixed \d+ problems?$/m);
  });

  it('writes nothing when the configuration is broken', () => {
    const cwd = project({ 'story.md': DRAFT, '.sourcetrace.json': '{"rules":' });
    const r = runCli(['fix', 'story.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing was fixed');
    expect(fs.readFileSync(path.join(cwd, 'story.md'), 'utf8')).toBe(DRAFT);
  });
});
