import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/src/engine/types';
import { LSP_SEVERITY, RULE_DOCS_BASE_URL, ruleDocsUrl, suppressionFixes, toDiagnostic } from '../../server/src/lsp/diagnostics';
import { buildLineIndex } from '../../server/src/lsp/positions';

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
      { title: 'Ignore vague-attribution on this line', kind: 'insert', edits: [{ start, end: start, newText: '<!-- sourcetrace-disable-next-line vague-attribution -->\r\n' }] },
      { title: 'Ignore vague-attribution in this file', kind: 'insert', edits: [{ start: 0, end: 0, newText: '<!-- sourcetrace-disable-file vague-attribution -->\r\n' }] },
    ],
  };

  it('builds the diagnostic the server publishes, fixes carried as offsets without the suppression fixes', () => {
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
        claim: 0,
        confidence: 0.8,
        fixes: [
          { title: 'Replace with a placeholder', kind: 'replace', preferred: true, edits: [{ start, end: start + 8, newText: '[SOURCE]' }] },
          { title: 'Remove', kind: 'remove', edits: [{ start, end: start + 13, newText: '' }] },
        ],
      },
    });
    // The suppression fixes stay with the finding, for code actions to take from the analysis.
    expect(suppressionFixes(finding)).toEqual([finding.fixes[2], finding.fixes[3]]);
    // Data must survive the JSON round trip of the protocol unchanged.
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('maps the four severities to LSP 1–4 and links each rule to its page', () => {
    expect(LSP_SEVERITY).toEqual({ error: 1, warning: 2, info: 3, hint: 4 });
    expect(ruleDocsUrl('unattributed-quote')).toMatch(/\/docs\/rules\/unattributed-quote\.md$/);
  });
});
