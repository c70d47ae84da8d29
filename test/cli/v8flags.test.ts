/**
 * The CLI's V8 flags that depend on how much text a run checks
 * (`server/src/v8flags.ts`): compiling without inlining pays for a few
 * megabytes of drafts and not for more, and only on the V8 it was measured on.
 */
import { describe, expect, it } from 'vitest';
import { flagsForProcess, flagsForText, negated, NO_INLINING_BELOW } from '../../server/src/v8flags';

describe('flagsForText', () => {
  it('turns inlining off below the threshold, on V8 11', () => {
    expect(flagsForText(5 * 1024 * 1024, '11.3.244.8-node.33')).toBe('--no-turbo-inlining');
    expect(flagsForText(0, '11.3.244.8-node.33')).toBe('--no-turbo-inlining');
  });

  it('leaves inlining on at and above the threshold', () => {
    expect(flagsForText(NO_INLINING_BELOW, '11.3.244.8-node.33')).toBeUndefined();
    expect(flagsForText(10 * 1024 * 1024, '11.3.244.8-node.33')).toBeUndefined();
  });

  it('sets nothing on a V8 it was not measured on', () => {
    expect(flagsForText(1024, '12.4.254.21-node.24')).toBeUndefined();
    expect(flagsForText(1024, '10.2.154.26-node.26')).toBeUndefined();
  });
});

describe('flagsForProcess', () => {
  it('sets the flags measured on V8 11, and nothing on another V8', () => {
    expect(flagsForProcess('11.3.244.8-node.33')).toContain('--no-turbo-inline-array-builtins');
    expect(flagsForProcess('12.4.254.21-node.24')).toBeUndefined();
    expect(flagsForProcess('not a version')).toBeUndefined();
  });

  it('is measured on the same versions as the flags for little text', () => {
    for (const version of ['10.2.154.26-node.26', '11.3.244.8-node.33', '12.4.254.21-node.24', '13.0.1']) {
      expect(flagsForProcess(version) === undefined).toBe(flagsForText(0, version) === undefined);
    }
  });
});

describe('negated', () => {
  it('turns each boolean flag back to its default, and back again', () => {
    expect(negated('--no-turbo-inlining')).toBe('--turbo-inlining');
    expect(negated('--no-a --b')).toBe('--a --no-b');
    expect(negated(negated('--no-a --b'))).toBe('--no-a --b');
  });

  it('can undo every flag set for little text: each is a boolean flag with no value', () => {
    const little = flagsForText(0, '11.3.244.8-node.33')!;
    for (const flag of little.split(' ')) expect(flag).toMatch(/^--[a-z0-9-]+$/);
  });
});
