import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/src/engine/types';
import { fixEdits, LSP_SEVERITY, RULE_DOCS_BASE_URL, ruleDocsUrl, shownAlike, suppressionFixes, toDiagnostic } from '../../server/src/lsp/diagnostics';
import { buildLineIndex } from '../../server/src/lsp/positions';
import { packedFinding } from '../../server/src/engine/packed';

describe('toDiagnostic', () => {
  const text = '# Title\r\n\r\nAnalysts say the plan failed. Officials agreed.\n';
  const lines = buildLineIndex(text);
  const start = text.indexOf('Analysts');
  const finding: Finding = {
    ruleId: 'vague-attribution',
    start,
    end: start + 'Analysts say'.length,
    message: 'Name the analysts.',
    severity: 'info',
    confidence: 0.8,
    claim: 0,
    fixes: [
      { title: 'Replace with a placeholder', kind: 'replace', preferred: true, edits: [{ start, end: start + 8, newText: '[SOURCE]' }] },
      { title: 'Remove', kind: 'remove', edits: [{ start, end: start + 13, newText: '' }] },
      { title: 'Add footnote [^1]', kind: 'insert', edits: [{ start: start + 12, end: start + 12, newText: '[^1]' }, { start: text.length, end: text.length, newText: '\r\n[^1]: [SOURCE]\r\n' }] },
      { title: 'Ignore vague-attribution on this line', kind: 'insert', edits: [{ start, end: start, newText: '<!-- sourcetrace-disable-next-line vague-attribution -->\r\n' }] },
      { title: 'Ignore vague-attribution in this file', kind: 'insert', edits: [{ start: 0, end: 0, newText: '<!-- sourcetrace-disable-file vague-attribution -->\r\n' }] },
    ],
  };

  it('builds the diagnostic the server publishes, fixes carried relative to it, without the suppression fixes', () => {
    const d = toDiagnostic(finding, lines);
    expect(d).toEqual({
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 12 } },
      severity: 3,
      code: 'vague-attribution',
      codeDescription: { href: `${RULE_DOCS_BASE_URL}vague-attribution.md` },
      source: 'sourcetrace',
      message: 'Name the analysts.',
      data: {
        ruleId: 'vague-attribution',
        confidence: 0.8,
        fixes: [
          // Offsets from the diagnostic's start; the footnote's definition from the end of the document.
          { title: 'Replace with a placeholder', kind: 'replace', preferred: true, edits: [{ start: 0, end: 8, newText: '[SOURCE]' }] },
          { title: 'Remove', kind: 'remove', edits: [{ start: 0, end: 13, newText: '' }] },
          {
            title: 'Add footnote [^1]',
            kind: 'insert',
            edits: [
              { start: 12, end: 12, newText: '[^1]' },
              { start: 0, end: 0, newText: '\r\n[^1]: [SOURCE]\r\n', anchor: 'end' },
            ],
          },
        ],
      },
    });
    // The suppression fixes stay with the finding, for code actions to take from the analysis.
    expect(suppressionFixes(finding)).toEqual([finding.fixes[3], finding.fixes[4]]);
    // Resolved in the text, the carried fixes are the engine's.
    expect(d.data.fixes.map((f) => fixEdits(f, start, text.length))).toEqual(finding.fixes.slice(0, 3).map((f) => f.edits));
    // Data must survive the JSON round trip of the protocol unchanged.
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('maps the four severities to LSP 1–4 and links each rule to its page', () => {
    expect(LSP_SEVERITY).toEqual({ error: 1, warning: 2, info: 3, hint: 4 });
    expect(ruleDocsUrl('unattributed-quote')).toMatch(/\/docs\/rules\/unattributed-quote\.md$/);
  });

  it('resolves carried edits in another version of the text: from the diagnostic’s start, or from the end', () => {
    const d = toDiagnostic(finding, lines);
    // Thirty characters typed above the finding and five at the end of the document.
    const moved = start + 30;
    const length = text.length + 35;
    expect(fixEdits(d.data.fixes[2]!, moved, length)).toEqual([
      { start: moved + 12, end: moved + 12, newText: '[^1]' },
      { start: length, end: length, newText: '\r\n[^1]: [SOURCE]\r\n' },
    ]);
  });

  it('tells whether a finding moved elsewhere shows as it did, as toDiagnostic would make it', () => {
    const d = toDiagnostic(finding, lines);
    expect(shownAlike(finding, finding, 0, text.length, text.length)).toBe(true);
    // Text added on a line above and at the end: the same diagnostic, though every offset moved.
    const longer = `# Title, longer\r\n\r\nAnalysts say the plan failed. Officials agreed.\nMore.\n`;
    const by = 'longer'.length + 2;
    const grown = longer.length - text.length;
    const shifted: Finding = {
      ...finding,
      start: finding.start + by,
      end: finding.end + by,
      fixes: finding.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => (e.start === text.length ? { ...e, start: e.start + grown, end: e.end + grown } : e.start === 0 ? e : { ...e, start: e.start + by, end: e.end + by })) })),
    };
    const longerLines = buildLineIndex(longer);
    expect(toDiagnostic(shifted, longerLines)).toEqual(d);
    expect(shownAlike(shifted, finding, by, longer.length, text.length)).toBe(true);
    // Anything toDiagnostic would make differently is told apart.
    const changed: Finding[] = [
      { ...shifted, message: 'Other.' },
      { ...shifted, confidence: 0.5 },
      { ...shifted, severity: 'warning' },
      { ...shifted, end: shifted.end + 1 },
      { ...shifted, start: shifted.start + 1 },
      { ...shifted, fixes: shifted.fixes.slice(1) },
      { ...shifted, fixes: shifted.fixes.map((f, i) => (i === 0 ? { ...f, preferred: undefined } : f)) },
      { ...shifted, fixes: shifted.fixes.map((f, i) => (i === 1 ? { ...f, edits: f.edits.map((e) => ({ ...e, end: e.end - 1 })) } : f)) },
      { ...shifted, fixes: shifted.fixes.map((f, i) => (i === 2 ? { ...f, edits: f.edits.map((e) => ({ ...e, newText: e.newText.replace('1', '2') })) } : f)) },
    ];
    for (const f of changed) {
      expect(toDiagnostic(f, longerLines)).not.toEqual(d);
      expect(shownAlike(f, finding, by, longer.length, text.length)).toBe(false);
    }
    // The footnote's definition no longer at the end: the edit is anchored to the diagnostic instead.
    expect(shownAlike(finding, finding, 0, text.length + 1, text.length)).toBe(false);
    // Findings whose fixes are kept packed (as the engine makes them, the file-wide suppression kept as a fix
    // object) give the same answers, and no read of `fixes` makes them: the comparison runs for most findings of
    // a long draft on every keystroke.
    let reads = 0;
    const packed = (x: Finding): Finding => {
      const { fixes, ...fields } = x;
      const p = packedFinding(fields, fixes, (t) => t, (fx) => fx.title.endsWith('in this file'));
      const d = Object.getOwnPropertyDescriptor(p, 'fixes')!;
      Object.defineProperty(p, 'fixes', {
        ...d,
        get() {
          reads++;
          return d.get!.call(this);
        },
      });
      return p;
    };
    expect(shownAlike(packed(finding), packed(finding), 0, text.length, text.length)).toBe(true);
    expect(shownAlike(packed(shifted), packed(finding), by, longer.length, text.length)).toBe(true);
    for (const f of changed) expect(shownAlike(packed(f), packed(finding), by, longer.length, text.length)).toBe(false);
    expect(shownAlike(packed(finding), packed(finding), 0, text.length + 1, text.length)).toBe(false);
    expect(reads).toBe(0);
  });
});
