/**
 * Security: the CLI and the language server, as built processes, open no
 * network connection, start no other process, and read no file outside the
 * workspace, the configuration chain and the project's own code; configuration
 * word lists are words, never patterns.
 *
 * Each process runs with `--require preload/record.cjs`, which records (and
 * fails) every socket connect, DNS look-up, HTTP request and child process,
 * and records every file opened or read. The drafts and configuration are
 * hostile on purpose: shell syntax, URLs, file paths and regular expressions
 * that a careless tool would execute, fetch, read or compile.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';
import { ensureBuilt, makeProject, removeProject, repoRoot, runCli } from '../cli/run';
import { fileUri, TestClient } from '../lsp/client';
import { expected } from '../lsp/expected';

const PRELOAD = path.join(__dirname, 'preload', 'record.cjs');

const DRAFT = [
  'Officials said $(touch /tmp/sourcetrace-pwned) 40 people had died; `rm -rf ~` was not run.',
  'According to [the report](https://example.invalid/report), [see](file:///etc/passwd) prices rose.',
  '![x](../../../../etc/shadow) <img src="http://169.254.169.254/latest/meta-data/">',
  '[^1]: <!-- source: /etc/hosts -->',
  '<!-- sourcetrace-disable-next-line $(reboot) -->',
  'Insiders said the plan, <script>require("child_process").exec("id")</script>, is doomed.',
  '',
].join('\n\n');

const CONFIG = JSON.stringify({
  vagueTerms: ['$(id)', '`uname`', '(a+)+$', '../../etc/passwd', 'http://example.invalid/x'],
  cuePhrases: ['require("child_process")', '; rm -rf /'],
  knownSources: ['/etc/passwd', '${HOME}'],
  ignore: ['../../../*'],
});

/** One recorded event of the preload. */
interface Event {
  kind: string;
  detail: string;
}

function readRecord(file: string): Event[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Event);
}

/**
 * Reads outside what a check may read: the workspace, the configuration
 * chain above it (only `.sourcetrace.json` and `.gitignore` files in folders
 * that contain the workspace), and the project's own dist/ and node_modules/.
 */
/** The project's node_modules as Node resolves it: a git worktree may link it to another checkout's. */
const modulesReal = fs.realpathSync(path.join(repoRoot, 'node_modules'));

function strayReads(events: Event[], workspace: string): string[] {
  const within = (p: string, dir: string) => p === dir || p.startsWith(dir + path.sep);
  return events
    .filter((e) => e.kind === 'read' || e.kind === 'list')
    .map((e) => path.resolve(workspace, e.detail))
    .filter((p) => {
      if (within(p, workspace)) return false;
      if (within(p, path.join(repoRoot, 'dist')) || within(p, path.join(repoRoot, 'node_modules')) || within(p, modulesReal)) return false;
      const base = path.basename(p);
      if ((base === '.sourcetrace.json' || base === '.gitignore') && within(workspace, path.dirname(p))) return false;
      return true;
    });
}

let workspace: string;
let recordDir: string;
beforeAll(() => {
  ensureBuilt();
  workspace = makeProject({ '.sourcetrace.json': CONFIG, 'drafts/story.md': DRAFT, 'drafts/.gitignore': 'secret.md\n', 'drafts/notes.txt': 'not a draft' });
  recordDir = fs.mkdtempSync(path.join(path.dirname(workspace), 'sourcetrace-record-'));
});
afterAll(() => {
  removeProject(workspace);
  fs.rmSync(recordDir, { recursive: true, force: true });
});

describe('the CLI process', () => {
  for (const args of [
    ['check', '--format', 'json'],
    ['check', 'drafts/story.md', '--format', 'sarif'],
    ['fix', '--dry-run'],
    ['--version'],
  ]) {
    it(`${args.join(' ')}: no network, no child process, no read outside the workspace and the config chain`, () => {
      const rec = path.join(recordDir, `cli-${args.join('-').replace(/\W+/g, '_')}.jsonl`);
      const r = runCli(args, { cwd: workspace, env: { ST_RECORD: rec, NODE_OPTIONS: `--require ${PRELOAD}` } });
      expect(r.stderr).not.toMatch(/security test/);
      // 2 is right here: the draft's directive names an unknown rule "$(reboot)".
      expect([0, 1, 2], `exit ${r.code}: ${r.stderr}`).toContain(r.code);
      const events = readRecord(rec);
      // The preload ran: the CLI's own bundle is always read.
      expect(events.some((e) => e.detail.endsWith(path.join('dist', 'cli.js')))).toBe(true);
      expect(events.filter((e) => !['read', 'list'].includes(e.kind))).toEqual([]);
      expect(strayReads(events, workspace)).toEqual([]);
      expect(fs.existsSync('/tmp/sourcetrace-pwned')).toBe(false);
    });
  }
});

describe('the language server process', () => {
  it('checking drafts, answering requests and the workspace check: no network, no child process, no stray read', async () => {
    const rec = path.join(recordDir, 'server.jsonl');
    const saved = process.env.NODE_OPTIONS;
    // TestClient.spawned starts `node dist/server.js --stdio` with this process's environment.
    process.env.NODE_OPTIONS = `--require ${PRELOAD}`;
    process.env.ST_RECORD = rec;
    let client: TestClient | undefined;
    try {
      client = await TestClient.spawned({ folders: [workspace] });
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
      delete process.env.ST_RECORD;
    }
    try {
      const uri = fileUri(path.join(workspace, 'drafts/story.md'));
      await client.open(uri, DRAFT);
      const ds = await client.diagnostics(uri);
      const { vagueTerms, cuePhrases, knownSources } = JSON.parse(CONFIG) as Record<string, string[]>;
      // The findings are the engine's with the configuration as words; directive notes come on top.
      expect(ds.filter((d) => d.data)).toEqual(expected(DRAFT, { vagueTerms, cuePhrases, knownSources }).diagnostics);
      for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/references']) {
        await client.request(method, { textDocument: { uri }, position: { line: 2, character: 30 }, context: { includeDeclaration: true } });
      }
      await client.request('textDocument/documentLink', { textDocument: { uri } }).catch(() => undefined);
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, context: { diagnostics: ds } });
      await client.request('sourcetrace/checkWorkspace', {}).catch(() => undefined);
      // Documents outside the workspace, with links to local files and URLs: never followed.
      const outside = 'file:///etc/sourcetrace-not-here.md';
      await client.open(outside, DRAFT);
      await client.diagnostics(outside);
      expect(client.process!.exitCode).toBeNull();
    } finally {
      await client.dispose();
    }
    const events = readRecord(rec);
    expect(events.some((e) => e.detail.endsWith(path.join('dist', 'server.js')))).toBe(true);
    expect(events.filter((e) => !['read', 'list'].includes(e.kind))).toEqual([]);
    // The configuration chain of the outside document (/etc) is allowed too: only config names there.
    const stray = strayReads(events, workspace).filter((p) => !(path.dirname(p) === '/etc' && ['.sourcetrace.json', '.gitignore'].includes(path.basename(p))));
    expect(stray).toEqual([]);
  });
});

describe('the bundles', () => {
  it('load "net" only inside vscode-jsonrpc (its socket and pipe transports) and "child_process" only in libraries, never called', () => {
    // vscode-jsonrpc's node entry point requires "net" for its IPC/socket/pipe
    // transports; the server is started with --stdio and never uses them (the
    // process test above records no connect). "child_process" comes from
    // vscode-languageserver's files.ts (resolving global module paths, not
    // called by sourcetrace) and from commander (external subcommands, which
    // the CLI does not declare).
    // The bundles may be minified, so the modules are read from their source
    // maps: which bundled sources load each builtin.
    // server.js and cli.js are the launchers that load server-main.js and cli-main.js, the bundles.
    for (const bundle of ['server.js', 'server-main.js', 'cli.js', 'cli-main.js']) {
      const map = JSON.parse(fs.readFileSync(path.join(repoRoot, 'dist', `${bundle}.map`), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      expect(map.sourcesContent?.length, `${bundle}.map carries the sources`).toBe(map.sources.length);
      const owners = (mod: string) => {
        const re = new RegExp(`require\\(["'](?:node:)?(?:${mod})["']\\)|from ["'](?:node:)?(?:${mod})["']`);
        const found = new Set<string>();
        map.sources.forEach((src, i) => {
          if (!re.test(map.sourcesContent![i] ?? '')) return;
          const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src);
          found.add(m ? m[1]! : `sourcetrace (${src})`);
        });
        return [...found].sort();
      };
      expect(owners('net').every((o) => o === 'vscode-jsonrpc'), `${bundle}: net from ${owners('net')}`).toBe(true);
      // The server's transport library is there (the scan finds what it looks for).
      if (bundle === 'server-main.js') expect(owners('net')).toEqual(['vscode-jsonrpc']);
      expect(owners('http|https|tls|dns|dgram|http2'), bundle).toEqual([]);
      expect(owners('child_process').every((o) => ['vscode-languageserver', 'commander'].includes(o)), `${bundle}: child_process from ${owners('child_process')}`).toBe(true);
    }
  });
});

describe('configuration word lists are words, never patterns', () => {
  it('a catastrophic-backtracking pattern as a vague term is matched literally, on a long run of "a"', () => {
    const text = 'a'.repeat(200_000) + 'b said the plan is doomed.';
    // A regular expression engine given (a+)+$ on this text would not return
    // for ages; the test's time-out is the bound.
    expect(analyze(text, { config: { vagueTerms: ['(a+)+$'] } })).toEqual(analyze(text));
  });

  it('metacharacters in a term match only themselves', () => {
    const config = { vagueTerms: ['z.q'] };
    const vague = (t: string) => analyze(t, { config }).findings.filter((f) => f.ruleId === 'vague-attribution').length;
    expect(vague('Z.q said the plan is doomed.')).toBe(1);
    expect(vague('Zxq said the plan is doomed.')).toBe(0);
    expect(vague('Z-q said the plan is doomed.')).toBe(0);
  });
});

describe('an untrusted workspace', () => {
  it('gets the same behaviour: the extension declares untrusted support and nothing depends on trust', () => {
    // VS Code runs the extension in Restricted Mode only when it declares
    // support; sourcetrace does, and since it executes nothing and fetches
    // nothing (proven above) it has nothing to restrict, so no code path may
    // ask about trust. The client and the server are checked for any use of it.
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported?: unknown } } };
    expect(manifest.capabilities?.untrustedWorkspaces?.supported).toBe(true);
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name)) sources.push(p);
      }
    };
    walk(path.join(repoRoot, 'client'));
    walk(path.join(repoRoot, 'server', 'src'));
    expect(sources.length).toBeGreaterThan(10);
    const trusting = sources.filter((f) => /isTrusted|WorkspaceTrust|untrusted/i.test(fs.readFileSync(f, 'utf8')));
    expect(trusting.map((f) => path.relative(repoRoot, f))).toEqual([]);
  });
});
