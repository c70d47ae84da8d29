/**
 * The rule registry and what every rule must have: an id equal to its file
 * name, a doc page, a default severity matching the config defaults, and a
 * severity that follows the configuration and the confidence.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SEVERITY, RULE_IDS, analyze, defaultConfig } from '../../../server/src/engine';
import { parseDirectives } from '../../../server/src/engine/directives';
import { extractProse } from '../../../server/src/engine/markdown';
import { LOW_CONFIDENCE, RULES, runRules, severityFor } from '../../../server/src/engine/rules';
import { splitSentences } from '../../../server/src/engine/sentences';
import { trace } from '../../../server/src/engine/trace';

const root = path.resolve(__dirname, '../../..');
const rulesDir = path.join(root, 'server/src/engine/rules');

describe('the rule registry', () => {
  it('lists every rule file, once, in the order of RULE_IDS', () => {
    const files = readdirSync(rulesDir)
      .filter((f) => /^[a-z][a-z-]*\.ts$/.test(f) && !['index.ts', 'rule.ts', 'fixes.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(RULES.map((r) => r.id).sort()).toEqual([...files].sort());
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('gives every rule a one-line description, a default severity and a doc page', () => {
    for (const rule of RULES) {
      expect(rule.description, rule.id).toMatch(/^\S.*[.]$/);
      expect(rule.description.includes('\n'), rule.id).toBe(false);
      expect(rule.defaultSeverity, rule.id).toBe(DEFAULT_RULE_SEVERITY[rule.id]);
      const doc = path.join(root, 'docs/rules', `${rule.id}.md`);
      expect(existsSync(doc), doc).toBe(true);
      const page = readFileSync(doc, 'utf8');
      for (const section of ['## Bad', '## Good', '## Why', '## How to fix', '## How to suppress']) expect(page, `${rule.id}: ${section}`).toContain(section);
      expect(page).toContain(`sourcetrace-disable-next-line ${rule.id}`);
    }
  });
});

describe('severity', () => {
  const rule = RULES[0]!;

  it('follows the configured setting when the engine is sure', () => {
    expect(severityFor(rule, 'error', 0.9)).toBe('error');
    expect(severityFor(rule, 'hint', 0.9)).toBe('hint');
    expect(severityFor(rule, undefined, 0.9)).toBe(rule.defaultSeverity);
  });

  it('is at most info when the engine is unsure', () => {
    expect(severityFor(rule, 'error', LOW_CONFIDENCE - 0.01)).toBe('info');
    expect(severityFor(rule, 'warning', LOW_CONFIDENCE - 0.01)).toBe('info');
    expect(severityFor(rule, 'hint', LOW_CONFIDENCE - 0.01)).toBe('hint');
  });

  it('comes from the configuration in an analysis', () => {
    const a = analyze('The bridge collapsed on Monday.\n', { config: { rules: { 'unattributed-claim': 'error' } } });
    expect(a.findings.map((f) => [f.ruleId, f.severity])).toEqual([['unattributed-claim', 'error']]);
  });

  it('"off" switches a rule off', () => {
    const a = analyze('The bridge collapsed on Monday.\n', { config: { rules: { 'unattributed-claim': 'off' } } });
    expect(a.findings).toEqual([]);
  });
});

describe('runRules', () => {
  it('returns findings whose fixes have sorted, non-overlapping edits', () => {
    const text = [
      '---',
      'title: Draft',
      '---',
      'According to reports, the bridge reportedly collapsed; the toll is far higher.',
      '',
      '> "We will not give up the fight." The dam failed.[^1]',
      '',
      '[^1]: [SOURCE]',
      '',
    ].join('\r\n');
    const a = analyze(text);
    expect(a.findings.length).toBeGreaterThan(3);
    for (const f of a.findings) {
      expect(f.fixes.length, f.ruleId).toBeGreaterThan(0);
      expect(f.fixes.filter((x) => x.preferred).length, f.ruleId).toBeLessThanOrEqual(1);
      for (const fix of f.fixes) {
        for (let i = 1; i < fix.edits.length; i++) expect(fix.edits[i]!.start, fix.title).toBeGreaterThanOrEqual(fix.edits[i - 1]!.end);
        for (const e of fix.edits) {
          expect(e.newText.replace(/\r\n/g, '').includes('\n'), `${fix.title}: LF in a CRLF document`).toBe(false);
        }
      }
    }
  });

  it('skips rules that are off', () => {
    const text = 'The bridge collapsed on Monday.\n';
    const doc = extractProse(text);
    const sentences = splitSentences(doc);
    const directives = parseDirectives(doc, sentences);
    const on = defaultConfig();
    const off = { ...on, rules: { ...on.rules, 'unattributed-claim': 'off' as const } };
    const ctx = { doc, sentences, directives, ...trace(doc, sentences, directives, on) };
    expect(runRules({ ...ctx, config: on }).map((f) => f.ruleId)).toEqual(['unattributed-claim']);
    expect(runRules({ ...ctx, config: off })).toEqual([]);
  });
});
