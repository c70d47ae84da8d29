/**
 * Sentence boundaries against the hand-labelled PolNeAR sets of the eval
 * (eval/polnear-*): almost every labelled sentence must be one of ours,
 * exactly. The misses left are plain-text line layouts (one "sentence" per
 * line, which Markdown reads as one paragraph) and HTML the prose view masks.
 * Texts are read at run time from ../shared, never copied.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractProse } from '../../server/src/engine/markdown';
import { splitSentences } from '../../server/src/engine/sentences';
import { lineStartOffsets } from '../../server/src/engine/text';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('sentence boundaries on the labelled PolNeAR sets', () => {
  it('match at least 97% of the labelled sentences exactly', () => {
    let total = 0;
    let exact = 0;
    for (const set of ['polnear-dev', 'polnear-heldout', 'polnear-train']) {
      const dir = path.join(repoRoot, 'eval', set);
      const template = (JSON.parse(readFileSync(path.join(dir, 'set.json'), 'utf8')) as { text: string }).text;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.labels.tsv'))) {
        const textPath = path.resolve(repoRoot, template.replace('{name}', file.replace(/\.labels\.tsv$/, '')));
        expect(existsSync(textPath), textPath).toBe(true);
        const text = readFileSync(textPath, 'utf8');
        const starts = lineStartOffsets(text);
        const ours = new Set(splitSentences(extractProse(text)).map((s) => `${s.start}:${s.end}`));
        for (const row of readFileSync(path.join(dir, file), 'utf8').split('\n').slice(1)) {
          const [, , line, start, end] = row.split('\t');
          if (line === undefined || end === undefined) continue;
          const base = starts[Number(line)]!;
          total++;
          if (ours.has(`${base + Number(start)}:${base + Number(end)}`)) exact++;
        }
      }
    }
    expect(total).toBeGreaterThan(4000);
    expect(exact / total).toBeGreaterThanOrEqual(0.97);
  });
});
