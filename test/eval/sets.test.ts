import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSet } from '../../scripts/eval/sets';

const HEADER = 'n\tlabel\tline\tstart\tend\tphrase\tsentence\n';
let tmp: string;
afterEach(() => rmSync(tmp, { recursive: true, force: true }));
function folder(): string {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'sourcetrace-sets-'));
  return tmp;
}

describe('loadSet', () => {
  it('pairs NAME.labels.tsv with NAME.md in the same folder', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.md'), '# Title\n\nPrices rose. Officials said so.\n');
    writeFileSync(path.join(dir, 'a.labels.tsv'), `${HEADER}1\tU\t2\t0\t12\t\t\n2\tV\t2\t13\t31\t\t\n`);
    const set = loadSet(dir, dir);
    expect(set.heldOut).toBe(false);
    expect(set.docs).toHaveLength(1);
    const d = set.docs[0]!;
    expect(d.sentences.map((s) => d.text.slice(s.docStart, s.docEnd))).toEqual(['Prices rose.', 'Officials said so.']);
    expect(d.genre).toBeUndefined();
    expect(d.warnings).toEqual([]);
  });

  it('warns, rather than stops, when a sentence column disagrees with the draft', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'c.md'), 'Prices  rose. Officials said so.\n');
    writeFileSync(path.join(dir, 'c.labels.tsv'), `${HEADER}1\tU\t0\t0\t13\t\tPrices rose.\n2\tV\t0\t14\t32\t\tSomething else.\n`);
    const d = loadSet(dir, dir).docs[0]!;
    // Whitespace differences are not a disagreement; other text is, and is reported with its file and line.
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/c\.labels\.tsv:3: row n=2: the sentence column does not match/);
    expect(d.sentences).toHaveLength(2);
  });

  it('cuts a row that runs past its line and drops one past the document, with a warning each', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'e.md'), 'Prices rose.\n');
    writeFileSync(path.join(dir, 'e.labels.tsv'), `${HEADER}1\tU\t0\t0\t40\t\t\n2\tN\t7\t0\t3\t\t\n`);
    const d = loadSet(dir, dir).docs[0]!;
    expect(d.sentences.map((s) => [s.docStart, s.docEnd])).toEqual([[0, 12]]);
    expect(d.warnings).toEqual([expect.stringMatching(/end 40 is past the end of line 0/), expect.stringMatching(/line 7 is past the end of the document/)]);
  });

  it('drops a leading byte order mark, as the CLI does, so line 0 offsets agree', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'b.md'), '\uFEFFPrices rose.\n');
    writeFileSync(path.join(dir, 'b.labels.tsv'), `${HEADER}1\tU\t0\t0\t12\t\tPrices rose.\n`);
    const d = loadSet(dir, dir).docs[0]!;
    expect(d.text.slice(d.sentences[0]!.docStart, d.sentences[0]!.docEnd)).toBe('Prices rose.');
    expect(d.warnings).toEqual([]);
  });

  it('reads drafts from elsewhere through set.json, with genres', () => {
    const root = folder();
    mkdirSync(path.join(root, 'texts'));
    mkdirSync(path.join(root, 'labels'));
    writeFileSync(path.join(root, 'texts', 'story.txt'), 'Headline\n\nThe mayor said it.\n');
    writeFileSync(path.join(root, 'labels', 'story.labels.tsv'), `${HEADER}1\tA\t2\t0\t18\t\t\n`);
    writeFileSync(path.join(root, 'labels', 'set.json'), JSON.stringify({ text: 'texts/{name}.txt', genres: { story: 'wire' }, heldOut: true }));
    const set = loadSet(path.join(root, 'labels'), root);
    expect(set.docs[0]!.textPath).toBe(path.join(root, 'texts', 'story.txt'));
    expect(set.docs[0]!.genre).toBe('wire');
    expect(set.name).toBe('labels');
    expect(set.heldOut).toBe(true);
  });

  it('names the problem: missing draft, bad manifest, empty folder; overlapping rows are a warning', () => {
    const dir = folder();
    expect(() => loadSet(dir, dir)).toThrow(/no \*\.labels\.tsv file/);
    writeFileSync(path.join(dir, 'b.labels.tsv'), `${HEADER}1\tU\t0\t0\t5\t\t\n`);
    expect(() => loadSet(dir, dir)).toThrow(/b\.md does not exist/);
    writeFileSync(path.join(dir, 'b.md'), 'One two three four.\n');
    writeFileSync(path.join(dir, 'b.labels.tsv'), `${HEADER}1\tU\t0\t0\t9\t\t\n2\tU\t0\t5\t19\t\t\n`);
    expect(loadSet(dir, dir).docs[0]!.warnings).toEqual([expect.stringMatching(/row n=2 starts before row n=1 ends/)]);
    writeFileSync(path.join(dir, 'set.json'), '{"genres": {"b": 3}}');
    expect(() => loadSet(dir, dir)).toThrow(/"genres" must map draft names to strings/);
    writeFileSync(path.join(dir, 'set.json'), '{not json');
    expect(() => loadSet(dir, dir)).toThrow(/not valid JSON/);
  });
});
