/**
 * The incremental analyzer (server/src/engine/incremental.ts) must give, after
 * any sequence of edits, exactly what a fresh `analyze()` of the final text
 * gives. Checked three ways: random edit sequences on random drafts
 * (fast-check, bounded like test/reliability/), typing into real drafts at
 * many positions, and the edits that touch document-wide state (front matter,
 * footnote definitions, suppression comments, fences, setext underlines).
 * A last group checks that typing in a paragraph re-analyses only a few
 * blocks (work counted, never timed).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { analyze, claimStatusCounts, createIncrementalAnalyzer, type Analysis, type AnalyzeOptions, type IncrementalStats } from '../../server/src/engine';
import { DiscourseState } from '../../server/src/engine/attribution';
import { editRange, STATE_FIELDS } from '../../server/src/engine/incremental';
import { draft } from '../reliability/drafts';

const root = path.resolve(__dirname, '../..');

/** Real drafts: the project's examples and the shared example, read at run time. */
function realDrafts(): [string, string][] {
  const out: [string, string][] = [];
  for (const dir of [path.join(root, 'examples'), path.resolve(root, '../shared/examples')]) {
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.md') && f !== 'README.md') out.push([f, readFileSync(path.join(dir, f), 'utf8')]);
  }
  return out;
}

/** Snippets an edit inserts: prose, names, quotation marks, block markers, directives, front matter. */
const SNIPPETS = [
  'a', 'E', ' ', '.', ', ', '\n', '\n\n', '"', '“', '”', "'", ':', '\n> ', '\n- ', '\n# ', '\n```\n', '\n---\n', '\n===\n', '    ',
  'Mr Brown said', ' he said.', ' They said', ' according to Reuters', ' officials said', 'Maria Lopez, the mayor,', ' the ministry said.',
  '"We will not back down," she said.', '<!-- source: Reuters -->', '<!-- source: -->', '<!-- sourcetrace-disable -->', '<!-- sourcetrace-enable -->',
  '<!-- sourcetrace-disable-next-line -->\n', '<!-- sourcetrace-disable-file vague-attribution -->', '[^1]', '\n\n[^1]: Ministry statement\n', '[link](https://example.com)',
  '---\nsourcetrace:\n  minConfidence: 0.9\n---\n', '| a | b |\n|---|---|\n| said | x |\n', '\r\n', 'It is believed that', '[SOURCE]',
];

/** One edit: where (a fraction of the length), how much to delete, what to insert. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 80 })),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 3 }), fc.constant('')),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** Types `typed` at `at`, one character at a time, checking every version; returns the work each keystroke did. */
function typeAndCheck(text: string, at: number, typed: string, options: AnalyzeOptions = {}): IncrementalStats[] {
  const inc = createIncrementalAnalyzer(options);
  expect(inc.analyze(text)).toEqual(analyze(text, options));
  const work: IncrementalStats[] = [];
  for (let i = 0; i < typed.length; i++) {
    text = text.slice(0, at + i) + typed[i] + text.slice(at + i);
    expect(inc.analyze(text), `after typing ${JSON.stringify(typed.slice(0, i + 1))} at ${at}`).toEqual(analyze(text, options));
    work.push({ ...inc.stats });
  }
  return work;
}

/**
 * Analyses the paragraphs, then edits them one step at a time, checking every
 * version against a whole-text analysis. Each step lands at a paragraph's start
 * (`at`, a fraction of their number), where a typed character glues onto the
 * name that opens it: `back` characters are deleted there, `insert` inserted.
 */
function editParagraphStarts(paragraphs: string[], steps: { at: number; insert: string; back: number }[]): void {
  let text = paragraphs.join('\n\n') + '\n';
  const inc = createIncrementalAnalyzer();
  inc.analyze(text);
  for (const s of steps) {
    const starts = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index! + 2)];
    const at = starts[Math.floor(s.at * starts.length)] ?? 0;
    text = text.slice(0, at) + s.insert + text.slice(at + s.back);
    expect(inc.analyze(text)).toEqual(analyze(text));
  }
}

describe('incremental analysis equals a full analysis', () => {
  it('after any sequence of random edits to a random draft', () => {
    fc.assert(
      fc.property(draft(30), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const inc = createIncrementalAnalyzer();
        let text = start;
        expect(inc.analyze(text)).toEqual(analyze(text));
        for (const e of edits) {
          text = apply(text, e);
          expect(inc.analyze(text)).toEqual(analyze(text));
        }
      }),
      { numRuns: 120 },
    );
  });

  it('when its analyses are read only after later edits, in any order: each is that of its own text (fields made when first read)', () => {
    fc.assert(
      fc.property(draft(30), fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (start, edits, findingsFirst) => {
        const inc = createIncrementalAnalyzer();
        const kept: [string, Analysis][] = [];
        let text = start;
        kept.push([text, inc.analyze(text)]);
        for (const e of edits) {
          text = apply(text, e);
          const a = inc.analyze(text);
          // The language server reads the findings and the counts at once; the rest waits for a request.
          if (findingsFirst) void a.findings;
          kept.push([text, a]);
        }
        for (const [t, a] of kept.reverse()) {
          const full = analyze(t);
          const counts = { A: 0, V: 0, U: 0, N: 0 };
          for (const c of full.claims) counts[c.status]++;
          expect(claimStatusCounts(a)).toEqual(counts);
          // Same fields, same order, same values: the serialised forms are identical.
          expect(JSON.stringify(a)).toBe(JSON.stringify(full));
          expect({ ...a }).toEqual(full);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('after edits clustered in one place, as when typing and deleting', () => {
    fc.assert(
      fc.property(draft(30), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.record({ insert: fc.constantFrom(...SNIPPETS, 'x', 'y', 'Z'), back: fc.boolean() }), { minLength: 1, maxLength: 12 }), (start, where, steps) => {
        const inc = createIncrementalAnalyzer();
        let text = start;
        let at = Math.floor(where * text.length);
        inc.analyze(text);
        for (const s of steps) {
          if (s.back && at > 0) {
            text = text.slice(0, at - 1) + text.slice(at);
            at--;
          } else {
            text = text.slice(0, at) + s.insert + text.slice(at);
            at += s.insert.length;
          }
          expect(inc.analyze(text)).toEqual(analyze(text));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('when typing a sentence into every paragraph of the real drafts', () => {
    for (const [, text] of realDrafts()) {
      const starts = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index! + 2)].filter((_, i) => i % 3 === 0);
      for (const at of starts) typeAndCheck(text, at, 'Officials said: "No".');
    }
  });

  it('when typing in the middle of a generated 8 KB draft, under a configuration with rules off', () => {
    const text = generateDraft(8 * 1024, 11);
    const at = text.indexOf('. ', text.length >> 1) + 2;
    typeAndCheck(text, at, 'Mr Brown said the figure doubled, according to reports. He said "so".', {});
    typeAndCheck(text, at, 'Analysts said it rose.', { config: { rules: { 'unattributed-claim': 'off' }, minConfidence: 0.75 } });
  });

  it('when a typed name changes what a "he" or "the bank" 50 paragraphs later resolves to, with unaffected paragraphs in between', () => {
    const filler = (i: number) =>
      i % 3 === 0 ? `Prices in district ${i} rose ${i} percent last year, analysts said.` : i % 3 === 1 ? `Mayor Ana Ruiz ${i} said the budget would be cut.` : `The weather in week ${i} was mild.`;
    const paragraphs = [
      'James Tanaka, the governor, said the contract was signed. The Central Bank of Kenya said rates would rise.',
      'Officials met on Monday.',
      ...Array.from({ length: 50 }, (_, i) => filler(i)),
      'The bank said it would act. He said the plan was sound. Tanaka said it was late.',
      'The World Bank said so too. Later the bank said nothing.',
    ];
    const text = paragraphs.join('\n\n') + '\n';
    const at = text.indexOf('Officials met');
    // A new bank, a new man and a woman, typed in front of the second paragraph; then a name glued to the next word.
    const work = [
      ...typeAndCheck(text, at, 'The Reserve Bank of India said so. Peter Okafor said it. She said no. '),
      ...typeAndCheck(text, at + 'Officials met'.length, ' Mr Brown'),
      ...typeAndCheck(text, text.indexOf('The Central Bank'), 'Officials said'),
    ];
    // Some keystrokes change what the last paragraphs read: those are analysed again, the 50 between replayed.
    const replaying = work.filter((w) => (w.replayed ?? 0) > 0);
    expect(replaying.length).toBeGreaterThan(0);
    expect(replaying.every((w) => w.analysed < 10 && (w.replayed ?? 0) >= 40)).toBe(true);
  });

  it('when edits change the list of recent persons that later pronouns search (many people, shared surnames, both genders)', () => {
    // More people than the list holds (8), surnames shared across first names, and paragraphs whose pronouns search it to different depths.
    const people = ['James Tanaka', 'Ingrid Tanaka', 'Maria Lopez', 'Peter Okafor', 'Ana Ruiz', 'John Brown', 'Mr Brown', 'Ms Lopez', 'Wen Ivanova', 'Rosa Costa', 'Tanaka', 'Okafor', 'Omar Haddad', 'Lena Park'];
    const paragraph = fc.oneof(
      fc.constantFrom(...people).map((p) => `${p}, the governor, said the plan was late.`),
      fc.constantFrom(...people).map((p) => `${p} said prices rose. He said so again.`),
      fc.constantFrom(...people).map((p) => `"We will not wait," ${p} said. She added that it was over.`),
      fc.constantFrom('He said the budget was cut.', 'She told reporters it was fine.', 'They said nothing.', 'The weather was mild.', 'Prices rose 12% last year.'),
    );
    const step = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.constantFrom('O', 'x', ' ', 'Ms ', 'Peter ', 'Mr Brown said. ', 'She said. ', '\n\n', ''), back: fc.nat({ max: 3 }) });
    const check = editParagraphStarts;
    // Found by this property: "Mr Brown" typed before "Or Brown" moves the record's first mention; a later
    // "John Brown" reaches the record through a key made after the edit, and "He" must not keep the old one.
    const late = 'James Tanaka, the governor, said the plan was late.';
    const again = (p: string) => `${p} said prices rose. He said so again.`;
    const cut = 'He said the budget was cut.';
    check([late, late, again('John Brown'), 'John Brown, the governor, said the plan was late.', late, cut, late, cut, again('John Brown'), again('James Tanaka'), cut, late], [
      { at: 0, insert: 'Mr Brown said. ', back: 0 },
      { at: 0, insert: 'O', back: 1 },
      { at: 0, insert: 'Mr Brown said. ', back: 0 },
    ]);
    fc.assert(fc.property(fc.array(paragraph, { minLength: 12, maxLength: 30 }), fc.array(step, { minLength: 1, maxLength: 6 }), check), { numRuns: 40 });
  });

  it('when an edit changes what a paragraph mid-draft reads, and the paragraphs after it mention the same sources again', () => {
    // Sources named, then met again as sources by surname, short form, head noun or pronoun: after the last paragraph
    // that reads what the edit changed, the rest are reused without replaying, and the final sources (their mentions
    // above all) are made from the previous call's.
    const names = ['James Tanaka', 'Ingrid Tanaka', 'Maria Lopez', 'Peter Okafor', 'The Central Bank of Kenya', 'The World Bank', 'the Ministry of Finance', 'Reuters'];
    const again = ['Tanaka', 'Lopez', 'Okafor', 'The bank', 'The ministry', 'Reuters', 'He', 'She', 'They'];
    const paragraph = fc.oneof(
      fc.constantFrom(...names).map((p) => `${p} said the plan was late.`),
      fc.constantFrom(...names).map((p) => `Prices rose, ${p} said. "It is over," ${p} added.`),
      fc.constantFrom(...again).map((p) => `${p} said the budget was cut.`),
      fc.constantFrom(...again).map((p) => `The figure doubled, ${p.toLowerCase() === p ? p : p.replace(/^The /, 'the ')} said, and it fell.`),
      fc.constantFrom('The weather was mild.', 'Prices rose 12% last year.', 'Officials met on Monday.'),
    );
    const step = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      insert: fc.constantFrom('O', 'x', ' ', 'The Reserve Bank said. ', 'Peter ', 'Mr Brown said. ', 'The ministry said. ', 'She said. ', 'Tanaka said. ', '\n\n', ''),
      back: fc.nat({ max: 3 }),
    });
    fc.assert(fc.property(fc.array(paragraph, { minLength: 15, maxLength: 40 }), fc.array(step, { minLength: 1, maxLength: 6 }), editParagraphStarts), { numRuns: 60 });
  });

  it('when document-wide parts change: front matter, footnote definitions, suppressions, fences, underlines', () => {
    const base = 'Officials said the plan failed.[^1]\n\nThe minister said it worked.\n\nPrices rose 12% last year.\n\n[^1]: Ministry statement\n';
    const edits: [string, (t: string) => string][] = [
      ['front matter', (t) => `---\nsourcetrace:\n  rules:\n    vague-attribution: off\n---\n${t}`],
      ['footnote definition emptied', (t) => t.replace('Ministry statement', '[SOURCE]')],
      ['suppression', (t) => t.replace('Prices', '<!-- sourcetrace-disable -->\nPrices')],
      ['file-level suppression', (t) => `<!-- sourcetrace-disable-file -->\n${t}`],
      ['unclosed fence', (t) => t.replace('The minister', '```\nThe minister')],
      ['setext underline', (t) => t.replace('worked.\n', 'worked.\n---\n')],
      ['CRLF', (t) => t.replace('\n\nPrices', '\r\n\r\nPrices')],
      ['link reference definition', (t) => `${t.replace('The minister', '[The minister][m]')}\n[m]: https://example.com\n`],
    ];
    for (const [what, change] of edits) {
      const inc = createIncrementalAnalyzer();
      inc.analyze(base);
      const text = change(base);
      expect(inc.analyze(text), what).toEqual(analyze(text));
      expect(inc.analyze(base), `${what}, undone`).toEqual(analyze(base));
    }
  });
});

describe('incremental analysis does little work when typing', () => {
  it('re-analyses only the paragraph typed in, once the cursor stays there', () => {
    let text = generateDraft(40 * 1024, 5);
    const inc = createIncrementalAnalyzer();
    inc.analyze(text);
    // At the end of a paragraph in the middle of the draft.
    let at = text.indexOf('.\n\n', text.length >> 1) + 1;
    const analysed: number[] = [];
    for (const ch of ' Officials said the figure doubled last year, and prices rose.') {
      text = text.slice(0, at) + ch + text.slice(at);
      at++;
      inc.analyze(text);
      analysed.push(inc.stats.analysed);
    }
    // The first keystroke in a paragraph re-analyses up to it; the rest one block each.
    expect(analysed.slice(1).every((n) => n === 1)).toBe(true);
    expect(inc.stats.blocks).toBeGreaterThan(100);
  });

  it('knows every field of the discourse state (a new field makes it fall back to exact comparison: add it to STATE_FIELDS)', () => {
    expect(Object.keys(new DiscourseState()).sort()).toEqual([...STATE_FIELDS].sort());
  });
});

describe('the edit between two texts', () => {
  /** The edit code unit by code unit. */
  const naive = (a: string, b: string) => {
    const min = Math.min(a.length, b.length);
    let start = 0;
    while (start < min && a.charCodeAt(start) === b.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < min - start && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
    return { start, oldEnd: a.length - suffix, newEnd: b.length - suffix, delta: b.length - a.length };
  };

  it('is their longest common prefix, then the longest common suffix of the rest (compared in stretches)', () => {
    const long = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\ud800', 'é'), maxLength: 1200 });
    fc.assert(
      fc.property(long, long, long, fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), (pre, mid, post, x, y) => {
        const a = pre + x + mid + post;
        const b = pre + y + mid + x + post;
        expect(editRange(a, b)).toEqual(naive(a, b));
        expect(editRange(b, a)).toEqual(naive(b, a));
        expect(editRange(a, a)).toEqual(naive(a, a));
      }),
      { numRuns: 300 },
    );
  });

  it('is found in long texts wherever the edit lies (stretches twice as long each time, then halved)', () => {
    const base = Array.from({ length: 3000 }, (_, i) => `Line ${i} of the draft.`).join('\n');
    for (const at of [0, 1, 1023, 1024, 1025, 3071, 4096, 30_000, base.length - 1, base.length]) {
      for (const [cut, typed] of [[0, 'x'], [1, ''], [5, 'abc'], [0, ''], [2, 'ne']] as const) {
        const next = base.slice(0, at) + typed + base.slice(Math.min(base.length, at + cut));
        expect(editRange(base, next), `at ${at}, ${cut} cut, ${typed} typed`).toEqual(naive(base, next));
        expect(editRange(next, base)).toEqual(naive(next, base));
      }
    }
  });
});

