import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typingOffset } from '../../scripts/bench/lsp';
import { median, percentile } from '../../scripts/bench/proc';
import { summariseProfile } from '../../scripts/bench/profile';
import { RESULTS_END, RESULTS_START, spliceResults } from '../../scripts/bench/report';

describe('bench statistics', () => {
  it('takes the median of odd and even lists without reordering the input', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(percentile(xs, 50)).toBe(100);
    expect(percentile(xs, 95)).toBe(190);
    expect(percentile(xs, 100)).toBe(200);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('bench report', () => {
  it('replaces only the generated block of the page, and appends one when there is none', () => {
    const page = `# Performance\n\nintro\n\n${RESULTS_START}\n\nold\n\n${RESULTS_END}\n\nafter\n`;
    const next = spliceResults(page, 'new table');
    expect(next).toContain('intro');
    expect(next).toContain('after');
    expect(next).toContain('new table');
    expect(next).not.toContain('old');
    expect(spliceResults(next, 'newer')).toBe(spliceResults(page, 'newer'));
    expect(spliceResults('# P\n', 'x')).toBe(`# P\n\n${RESULTS_START}\n\nx\n\n${RESULTS_END}\n`);
  });
});

describe('bench typing position', () => {
  it('types after a sentence end in a prose line past the middle, never in a table or list', () => {
    const text = ['First line. Of prose.', '| a. b | c. d |', '- item. one', 'Mid line. Here we type.', ''].join('\n');
    const at = typingOffset(text);
    const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, text.indexOf('\n', at));
    expect(line).toBe('Mid line. Here we type.');
    expect(text.slice(at - 2, at)).toBe('. ');
  });
});

describe('bench profile summary', () => {
  it('sums self time per function, maps bundle lines to their source module, and sums phases inclusively', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'st-prof-'));
    try {
      const bundle = path.join(dir, 'cli.js');
      writeFileSync(bundle, ['"use strict";', '// server/src/engine/markdown.ts', 'function a() {}', '// server/src/engine/sentences.ts', 'function b() {}'].join('\n'));
      const url = `file://${bundle}`;
      const profile = {
        nodes: [
          { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [4] },
          { id: 4, callFrame: { functionName: 'analyze2', url, lineNumber: 2, columnNumber: 0 }, children: [2] },
          { id: 2, callFrame: { functionName: 'a', url, lineNumber: 2, columnNumber: 0 }, children: [3] },
          { id: 3, callFrame: { functionName: 'b', url, lineNumber: 4, columnNumber: 0 } },
        ],
        samples: [2, 3, 3, 3, 2],
        timeDeltas: [1000, 1000, 1000, 1000, 1000],
        startTime: 0,
        endTime: 5000,
      };
      const s = summariseProfile(profile, bundle, 5);
      expect(s.sampledMs).toBe(5);
      expect(s.functions.map((f) => [f.name, f.module, f.selfMs])).toEqual([
        ['b', 'server/src/engine/sentences.ts', 3],
        ['a', 'server/src/engine/markdown.ts', 2],
      ]);
      expect(s.modules[0]).toEqual({ module: 'server/src/engine/sentences.ts', selfMs: 3, percent: 60 });
      // Inclusive time: everything sampled under analyze (renamed analyze2 by the bundler).
      expect(s.phases).toEqual([{ name: 'analyze', totalMs: 5, percent: 100 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
