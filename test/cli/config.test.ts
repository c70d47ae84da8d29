/** Node-side configuration loading: JSON error locations and discovery. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigLoader, formatConfigIssue, loadConfigFile } from '../../server/src/config';
import { parseJson } from '../../server/src/config/json';
import { makeProject, removeProject } from './run';

describe('parseJson', () => {
  const errorAt = (text: string) => {
    const r = parseJson(text);
    if (r.ok) throw new Error('expected a syntax error');
    return { at: text.slice(r.offset, r.offset + 1), offset: r.offset, message: r.message };
  };

  it('parses valid JSON, skipping a byte order mark', () => {
    expect(parseJson('\ufeff{"a":[1,2,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, 2, { b: null }] } });
  });

  it('points at the first offending character and says what was expected', () => {
    expect(errorAt('{"a":}')).toMatchObject({ offset: 5, message: 'unexpected "}": expected a value' });
    expect(errorAt('{"a":1,}')).toMatchObject({ offset: 7, message: 'trailing comma before "}" (JSON allows none)' });
    expect(errorAt('{"a" 1}')).toMatchObject({ offset: 5, message: 'unexpected "1": expected ":" after the property name' });
    expect(errorAt('[1 2]')).toMatchObject({ offset: 3, message: 'unexpected "2": expected "," or "]" after an array element' });
    expect(errorAt("{'a':1}").message).toContain('single quote');
    expect(errorAt('{// note\n"a":1}').message).toContain('JSON has no comments');
    expect(errorAt('{"a":1}x').message).toBe('unexpected "x" after the end of the JSON value');
    expect(errorAt('{"a":"x\ny"}').message).toContain('line break');
    expect(errorAt('{"a":"\\q"}').message).toBe('invalid escape sequence in a string');
    expect(errorAt('{"a":-}').message).toBe('invalid number');
    expect(errorAt('{"a":"abc').message).toBe('unterminated string');
    expect(errorAt('{"a":[1,').offset).toBe(8);
    expect(errorAt('').message).toContain('expected a value');
  });

  it('survives deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(199_999);
    const r = parseJson(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.offset).toBe(deep.length);
  });
});

describe('configuration files', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeProject));

  it('finds the nearest file, caches per folder, and forgets on clear()', () => {
    const root = makeProject({ '.sourcetrace.json': '{"minConfidence":0.9}', 'a/b/draft.md': '' });
    roots.push(root);
    const loader = new ConfigLoader();
    const deep = path.join(root, 'a', 'b');
    expect(loader.forFolder(deep).file).toBe(path.join(root, '.sourcetrace.json'));
    expect(loader.forFolder(deep).config.minConfidence).toBe(0.9);
    fs.writeFileSync(path.join(root, 'a', '.sourcetrace.json'), '{"minConfidence":0.6}');
    expect(loader.forFolder(deep).config.minConfidence).toBe(0.9);
    loader.clear();
    expect(loader.forFile(path.join(deep, 'draft.md')).config.minConfidence).toBe(0.6);
  });

  it('names the file, line and column of a syntax error', () => {
    const root = makeProject({ 'x.json': '{\n  "rules": {\n    "vague-attribution": "error"\n  \n' });
    roots.push(root);
    const loaded = loadConfigFile(path.join(root, 'x.json'));
    expect(loaded.issues).toHaveLength(1);
    expect(formatConfigIssue(loaded.issues[0]!, root)).toBe('x.json:5:1: invalid JSON: unexpected end of file: expected "," or "}" after a property value');
    expect(loaded.config.rules['vague-attribution']).toBe('warning');
  });

  it('applies ignore patterns relative to the file, never outside its folder', () => {
    const root = makeProject({ 'desk/.sourcetrace.json': '{"ignore":["old/","*.tmp.md"]}' });
    roots.push(root);
    const loaded = loadConfigFile(path.join(root, 'desk', '.sourcetrace.json'));
    expect(loaded.isIgnored(path.join(root, 'desk', 'old', 'a.md'))).toBe(true);
    expect(loaded.isIgnored(path.join(root, 'desk', 'old'), true)).toBe(true);
    expect(loaded.isIgnored(path.join(root, 'desk', 'x', 'b.tmp.md'))).toBe(true);
    expect(loaded.isIgnored(path.join(root, 'desk', 'new.md'))).toBe(false);
    expect(loaded.isIgnored(path.join(root, 'old', 'a.md'))).toBe(false);
    expect(loaded.isIgnored(path.join(root, '..desk', 'c.tmp.md'))).toBe(false);
  });
});
