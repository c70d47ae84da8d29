/**
 * How many threads the CLI checks drafts on (server/src/cli/pool.ts). That
 * the report is the same on any number of threads is tested on the built CLI
 * in cli.test.ts ("many drafts").
 */
import { describe, expect, it } from 'vitest';
import { draftTransfers } from '../../server/src/cli/check';
import { buildProgram } from '../../server/src/cli/main';
import { CHECK_VALUE_OPTIONS, earlyWorkerWanted, threadCount } from '../../server/src/cli/pool';
import { splitWanted } from '../../server/src/cli/split';

const drafts = (count: number, size: number) => Array.from({ length: count }, () => ({ text: 'x'.repeat(size) }));
const idle2 = { cores: 2, load: 0.5 };

describe('threadCount', () => {
  it('keeps small runs on the main thread and gives big ones a thread per idle core', () => {
    expect(threadCount(drafts(1, 10_000_000), {}, idle2)).toBe(1);
    expect(threadCount(drafts(40, 5_000), {}, idle2)).toBe(1);
    expect(threadCount(drafts(1000, 5_000), {}, idle2)).toBe(2);
    expect(threadCount(drafts(1000, 5_000), {}, { cores: 16, load: 0 })).toBe(8);
    // No thread gets less than 256 KB of text.
    expect(threadCount(drafts(120, 5_000), {}, { cores: 16, load: 0 })).toBe(2);
    expect(threadCount(drafts(1000, 5_000), {}, { cores: 1, load: 0 })).toBe(1);
  });

  it('stays on one thread when the machine has no idle core', () => {
    expect(threadCount(drafts(1000, 5_000), {}, { cores: 2, load: 2.9 })).toBe(2);
    expect(threadCount(drafts(1000, 5_000), {}, { cores: 2, load: 3 })).toBe(1);
    expect(threadCount(drafts(1000, 5_000), {}, { cores: 2, load: 14 })).toBe(1);
  });

  it('does what SOURCETRACE_THREADS asks, whatever the load, within the number of drafts', () => {
    expect(threadCount(drafts(1000, 5_000), { SOURCETRACE_THREADS: '1' }, idle2)).toBe(1);
    expect(threadCount(drafts(10, 50), { SOURCETRACE_THREADS: '3' }, { cores: 2, load: 14 })).toBe(3);
    expect(threadCount(drafts(2, 50), { SOURCETRACE_THREADS: '6' }, idle2)).toBe(2);
    expect(threadCount(drafts(100, 50), { SOURCETRACE_THREADS: 'many' }, idle2)).toBe(1);
  });
});

describe('splitWanted', () => {
  it('splits one draft between two threads only when SOURCETRACE_THREADS asks for two or more', () => {
    expect(splitWanted({})).toBe(false);
    expect(splitWanted({ SOURCETRACE_THREADS: '2' })).toBe(true);
    expect(splitWanted({ SOURCETRACE_THREADS: '3' })).toBe(true);
    expect(splitWanted({ SOURCETRACE_THREADS: '1' })).toBe(false);
    expect(splitWanted({ SOURCETRACE_THREADS: 'many' })).toBe(false);
  });
});

describe('draftTransfers', () => {
  const analysis = { findings: [], claims: [], attributions: [], configErrors: [], suppressed: 0 };
  it('hands over the buffer of a report part that fills it alone, and nothing else', () => {
    const own = new TextEncoder().encode('{"path":"a.md"}');
    expect(draftTransfers({ analysis, json: own })).toEqual([own.buffer]);
    // A small Buffer is a view of Node's shared pool: transferring it would detach the pool.
    const pooled = Buffer.from('{"path":"a.md"}');
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length);
    expect(draftTransfers({ analysis, json: pooled })).toEqual([]);
    expect(draftTransfers({ analysis })).toEqual([]);
  });
});

describe('earlyWorkerWanted', () => {
  const folders = new Set(['drafts', 'stories/2026']);
  const wanted = (argv: string[], env: NodeJS.ProcessEnv = {}, machine = idle2) => earlyWorkerWanted(argv, env, machine, (p) => folders.has(p));

  it('starts a worker early for check of a folder, a glob, several drafts or the current folder', () => {
    expect(wanted(['check', 'drafts'])).toBe(true);
    expect(wanted(['check', '--format', 'json', 'stories/2026'])).toBe(true);
    expect(wanted(['check', 'stories/**/*.md'])).toBe(true);
    expect(wanted(['check', 'a.md', 'b.md'])).toBe(true);
    expect(wanted(['check'])).toBe(true);
    expect(wanted(['check', '-f', 'sarif'])).toBe(true);
  });

  it('does not for one draft, standard input, fix, or other commands', () => {
    expect(wanted(['check', 'a.md'])).toBe(false);
    // The value of an option is not an operand.
    expect(wanted(['check', '--config', 'drafts', 'a.md'])).toBe(false);
    expect(wanted(['check', '-c', 'drafts', '--fail-on', 'error', 'a.md'])).toBe(false);
    expect(wanted(['check', '-', 'drafts'])).toBe(false);
    expect(wanted(['fix', 'drafts'])).toBe(false);
    expect(wanted(['--version'])).toBe(false);
    expect(wanted([])).toBe(false);
  });

  it('knows every option of check that takes a value, as the command line defines them', () => {
    const io = { cwd: '.', env: {}, isTTY: false, readStdin: () => Buffer.alloc(0) };
    const check = buildProgram(io, () => undefined).commands.find((c) => c.name() === 'check')!;
    const withValue = check.options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long].filter((f): f is string => !!f));
    expect(withValue.length).toBeGreaterThan(0);
    expect([...CHECK_VALUE_OPTIONS].sort()).toEqual(withValue.sort());
  });

  it('follows the load and SOURCETRACE_THREADS as threadCount does', () => {
    expect(wanted(['check', 'drafts'], {}, { cores: 2, load: 3 })).toBe(false);
    expect(wanted(['check', 'drafts'], {}, { cores: 1, load: 0 })).toBe(false);
    expect(wanted(['check', 'drafts'], { SOURCETRACE_THREADS: '1' })).toBe(false);
    expect(wanted(['check', 'drafts'], { SOURCETRACE_THREADS: '2' }, { cores: 2, load: 9 })).toBe(true);
  });
});
