/** The assembly in engine/index.ts: configuration layers and in-text problems reach the Analysis. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine';

describe('analyze', () => {
  it('reports a suppression comment naming an unknown rule, at the comment', () => {
    const text = 'Intro.\n\n<!-- sourcetrace-disable-next-line vague-atribution -->\nAnalysts say the bridge is unsafe.\n';
    const a = analyze(text);
    expect(a.configErrors).toHaveLength(1);
    const issue = a.configErrors[0]!;
    expect(issue.path).toBe('directive');
    expect(issue.message).toContain('vague-atribution');
    expect(text.slice(issue.span!.start, issue.span!.end)).toContain('sourcetrace-disable-next-line');
    // The misspelt directive suppresses nothing.
    expect(a.findings.map((f) => f.ruleId)).toContain('vague-attribution');
  });

  it('lets front matter lower a rule and reports a bad front-matter key by name', () => {
    const ok = analyze('---\nsourcetrace:\n  rules:\n    vague-attribution: "off"\n---\nAnalysts say the bridge is unsafe.\n');
    expect(ok.configErrors).toEqual([]);
    expect(ok.findings.filter((f) => f.ruleId === 'vague-attribution')).toEqual([]);
    const bad = analyze('---\nsourcetrace:\n  rulez: {}\n---\nAnalysts say the bridge is unsafe.\n');
    expect(bad.configErrors.map((i) => i.path)).toEqual(['sourcetrace.rulez']);
    expect(bad.findings.map((f) => f.ruleId)).toContain('vague-attribution');
  });

  it('lays the caller configuration under the front matter', () => {
    const text = '---\nsourcetrace:\n  rules:\n    vague-attribution: error\n---\nAnalysts say the bridge is unsafe.\n';
    const a = analyze(text, { config: { rules: { 'vague-attribution': 'info' } } });
    expect(a.findings.find((f) => f.ruleId === 'vague-attribution')?.severity).toBe('error');
  });
});
