/**
 * The server's keystroke path through the engine's runs of findings
 * (`findingRuns`: lsp/analysis.ts `makeResult`, the typing hold and the
 * counts in lsp/session.ts). What it publishes must be what a server that
 * reads every finding of a whole-text analysis publishes, byte for byte.
 *
 * Checked two ways: `makeResult` on edit sequences (typing, deleting, line
 * breaks, suppression comments and edits inside their regions, footnotes),
 * against the diagnostics of the findings made afresh; and two servers, one
 * incremental and one given a whole-text engine, typed into alike with the
 * typing hold on and a small `sourcetrace.maxProblems`, their publications
 * and status counts compared after every keystroke.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDraft } from '../../scripts/bench/generate';
import { findingCount, findingRuns, type Analysis } from '../../server/src/engine';
import { analyzeInThread, countClaims, type AnalysisResult } from '../../server/src/lsp/analysis';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { buildLineIndex } from '../../server/src/lsp/positions';
import { TestClient } from './client';
import { kursk } from './expected';
import { Typist } from './typist';

/** Versions of a document made as the server makes them, each checked, counting those whose diagnostics came from the runs. */
class CheckedTypist extends Typist {
  /** Versions whose analysis had runs of the previous one's findings. */
  withRuns = 0;
  /** Versions whose result, counts and claims were made without the analysis's findings being made. */
  unread = 0;
  versions = 0;

  protected override analysed(analysis: Analysis, before: AnalysisResult): void {
    const runs = findingRuns(analysis);
    if (runs && runs.previous === before.analysis) this.withRuns++;
    this.versions++;
  }

  /** Replaces `[start, end)` with `insert`, then checks the new result against the findings made afresh. */
  override edit(start: number, end: number, insert: string): AnalysisResult {
    const before = super.edit(start, end, insert);
    const analysis = this.result.analysis;
    // The counts and the typing hold's claims, read before the findings are made.
    const counts = this.result.counts;
    const claims = [...this.result.claims];
    // An incremental analysis's findings are an accessor until first read.
    if (typeof Object.getOwnPropertyDescriptor(analysis, 'findings')?.get === 'function') this.unread++;
    expect(findingCount(analysis)).toBe(analysis.findings.length);
    expect(counts).toEqual(countClaims({ ...analysis }));
    expect(claims).toEqual(analysis.findings.map((f) => f.claim));
    const lines = buildLineIndex(this.text);
    expect(JSON.stringify(this.result.diagnostics)).toBe(JSON.stringify(analysis.findings.map((f) => toDiagnostic(f, lines))));
    return before;
  }
}

/** What an edit inserts: prose, cues, line breaks, suppression comments, footnotes. */
const INSERTS = [
  'a', ' ', '.', '"', '\n', '\n\n', '\r\n', 'Mr Brown said', ' officials said', ' according to reports', '[^9]', '\n\n[^9]: A statement\n',
  '<!-- sourcetrace-disable-line -->', '<!-- sourcetrace-disable-next-line unattributed-claim -->\n', '<!-- sourcetrace-disable vague-attribution -->', '<!-- sourcetrace-enable -->', '',
];

describe('a result made from the runs of findings', () => {
  it('equals the diagnostics of the findings made afresh, after random edits anywhere', () => {
    const drafts = [kursk(), generateDraft(12 * 1024, 5)];
    fc.assert(
      fc.property(
        fc.constantFrom(...drafts.keys()),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 10 }), insert: fc.constantFrom(...INSERTS) }), { minLength: 1, maxLength: 6 }),
        (which, edits) => {
          const typist = new CheckedTypist(drafts[which]!);
          for (const e of edits) {
            const start = Math.floor(e.at * typist.text.length);
            typist.edit(start, Math.min(typist.text.length, start + e.remove), e.insert);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 180_000);

  it('equals them when typing inside a suppressed region, before a footnote definition and at the end of the draft, and mostly comes from the runs', () => {
    const base = kursk();
    const text = base.replace('\n\n', '\n\n<!-- sourcetrace-disable unattributed-claim -->\n\n') + '\n<!-- sourcetrace-enable -->\n\nPrices rose 12% last year.\n';
    const typist = new CheckedTypist(text);
    const places = [text.indexOf('<!-- sourcetrace-disable') + 60, text.indexOf('<!-- sourcetrace-enable') - 1, text.length - 2, text.length];
    for (const place of places) {
      let at = Math.min(place, typist.text.length);
      for (const ch of ' Officials said it "rose".\nThe bank said so[^9].') {
        typist.edit(at, at, ch);
        at++;
      }
      // And back: deleting what was typed, one character at a time.
      for (let k = 0; k < 12; k++) {
        typist.edit(at - 1, at, '');
        at--;
      }
    }
    // Not vacuous: the keystrokes that touch no suppression comment's region take the runs.
    expect(typist.withRuns / typist.versions).toBeGreaterThan(0.8);
    // And their results, counts and claims were made without making the findings.
    expect(typist.unread / typist.versions).toBeGreaterThan(0.8);
  });

  it('equals them when a suppression comment is typed, edited and removed', () => {
    const typist = new CheckedTypist(kursk());
    const at = typist.text.indexOf('\n\n') + 2;
    const comment = '<!-- sourcetrace-disable-next-line -->\n';
    for (let i = 0; i < comment.length; i++) typist.edit(at + i, at + i, comment[i]!);
    typist.edit(at + 5, at + 5 + 'sourcetrace'.length, 'sourcetracex');
    typist.edit(at + 5, at + 5 + 'sourcetracex'.length, 'sourcetrace');
    typist.edit(at, at + comment.length, '');
  });
});

let clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients) await c.dispose();
  clients = [];
});

describe('a server that takes the runs of findings', () => {
  it('publishes what a server reading every finding publishes, keystroke by keystroke, with the typing hold and a cap', async () => {
    const settings = { maxProblems: 12 };
    // A long hold, so that no hold is released by time while the two servers are compared.
    const server = { typingHoldMs: 60_000 };
    const incremental = await TestClient.inProcess({ settings, server });
    const whole = await TestClient.inProcess({ settings, server: { ...server, analyze: analyzeInThread } });
    clients = [incremental, whole];
    const uri = 'untitled:runs.md';
    const base = kursk();
    for (const c of clients) {
      await c.open(uri, base);
      await c.diagnostics(uri);
    }
    const at = base.indexOf('\n\n', base.length >> 1);
    const typed = ' Officials said it fell.\n\nMr Brown said "it is over" and prices rose 12%[^7]. <!-- sourcetrace-disable-line -->Analysts said';
    let compared = 0;
    for (let i = 0; i < typed.length + 6; i++) {
      for (const c of clients) {
        const doc = c.docs.get(uri)!;
        // Typing, then deleting the last few characters typed.
        const change =
          i < typed.length
            ? { range: { start: doc.positionAt(at + i), end: doc.positionAt(at + i) }, text: typed[i]! }
            : { range: { start: doc.positionAt(at + typed.length - (i - typed.length) - 1), end: doc.positionAt(at + typed.length - (i - typed.length)) }, text: '' };
        await c.change(uri, [change]);
      }
      const [a, b] = await Promise.all(clients.map((c) => c.diagnostics(uri)));
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      compared++;
    }
    expect(compared).toBe(typed.length + 6);
    // The status counts after the last version, alike.
    const version = incremental.docs.get(uri)!.version;
    for (const c of clients) await c.until(() => c.statuses.some((s) => s.uri === uri && s.version === version), 'the status of the last version');
    const [sa, sb] = clients.map((c) => c.statuses.filter((s) => s.uri === uri && s.version === version).at(-1)!.counts);
    expect(sa).toEqual(sb);
  }, 120_000);
});
