/**
 * The suppression fixes (rules/fixes.ts) carry text that is the same for every
 * finding of a rule in one draft: the file-wide fix whole, and the comment line
 * of the line fix. They are made once per rule and draft and shared, which
 * keeps a long draft's findings smaller; this holds what they say, with either
 * line break and with a line prefix, and that the sharing stays within a draft.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../../../server/src/engine';
import { prepare } from '../../../server/src/engine/prepare';
import { disableFileFix, isSharedFix } from '../../../server/src/engine/rules/fixes';
import type { RuleContext } from '../../../server/src/engine/rules/index';
import { finding, type Rule } from '../../../server/src/engine/rules/rule';

const DRAFT = 'Analysts said the bridge collapsed.\n\nCritics said the toll doubled.\n\n> Experts said the river rose.\n';

function byRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.ruleId === rule);
}
const fixOf = (f: Finding, title: string) => f.fixes.find((x) => x.title === title)!;

describe('suppression fixes shared within a draft', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`says the same for every finding of a rule (${JSON.stringify(eol)} line breaks)`, () => {
      const text = DRAFT.replaceAll('\n', eol);
      const vague = byRule(analyze(text).findings, 'vague-attribution');
      expect(vague.length).toBe(3);
      const files = vague.map((f) => fixOf(f, 'Ignore vague-attribution in this file'));
      for (const fix of files) {
        expect(fix).toBe(files[0]);
        expect(fix).toEqual({ title: 'Ignore vague-attribution in this file', kind: 'insert', edits: [{ start: 0, end: 0, newText: `<!-- sourcetrace-disable-file vague-attribution -->${eol}` }] });
      }
      const lines = vague.map((f) => fixOf(f, 'Ignore vague-attribution on this line').edits);
      const lineStart = (at: number) => {
        const i = text.lastIndexOf(eol, at);
        return i < 0 ? 0 : i + eol.length;
      };
      const starts = vague.map((f) => lineStart(f.start));
      expect(lines).toEqual([
        [{ start: starts[0], end: starts[0], newText: `<!-- sourcetrace-disable-next-line vague-attribution -->${eol}` }],
        [{ start: starts[1], end: starts[1], newText: `<!-- sourcetrace-disable-next-line vague-attribution -->${eol}` }],
        [{ start: starts[2], end: starts[2], newText: `> <!-- sourcetrace-disable-next-line vague-attribution -->${eol}` }],
      ]);
    });
  }

  it('makes a draft its own file fix, after its front matter', () => {
    const plain = byRule(analyze(DRAFT).findings, 'vague-attribution')[0]!;
    const fronted = byRule(analyze(`---\ntitle: x\n---\n${DRAFT}`).findings, 'vague-attribution')[0]!;
    const title = 'Ignore vague-attribution in this file';
    expect(fixOf(fronted, title)).not.toBe(fixOf(plain, title));
    expect(fixOf(fronted, title).edits).toEqual([{ start: 17, end: 17, newText: '<!-- sourcetrace-disable-file vague-attribution -->\n' }]);
  });
});

describe('a fix shared by many findings', () => {
  it('is never changed in place by a finding that carries it (its texts are not pooled into it)', () => {
    const doc = prepare(DRAFT, undefined).doc;
    const shared = disableFileFix(doc, 'vague-attribution');
    expect(isSharedFix(shared)).toBe(true);
    // Frozen, so that a write into it throws (modules are strict code).
    for (const e of shared.edits) Object.freeze(e);
    Object.freeze(shared.edits);
    Object.freeze(shared);
    const rule: Rule = { id: 'vague-attribution', description: '', defaultSeverity: 'warning', check: () => [] };
    const ctx = { doc, config: { rules: {} } } as unknown as RuleContext;
    const own = { title: 'Ignore vague-attribution on this line', kind: 'insert' as const, edits: [{ start: 0, end: 0, newText: 'x' }] };
    const made = finding(ctx, rule, { start: 0, end: 5 }, { message: 'm', confidence: 0.9, claim: 0, fixes: [own, shared] });
    expect(made.fixes[1]).toBe(shared);
    expect(made.fixes[0]).toEqual({ title: 'Ignore vague-attribution on this line', kind: 'insert', edits: [{ start: 0, end: 0, newText: 'x' }] });
  });
});
