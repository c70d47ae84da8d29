import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/eval/main';

describe('parseArgs', () => {
  it('has defaults that score the default sets against PolNeAR dev in process', () => {
    const a = parseArgs([]);
    expect(a).toMatchObject({ folders: [], split: 'dev', route: 'engine', polnear: true, baselines: true, excerpts: 3, write: undefined });
  });
  it('reads every option', () => {
    const a = parseArgs(['--split', 'test', '--route', 'both', '--cli', 'x/cli.js', '--no-polnear', '--no-baselines', '--excerpts', '0', '--no-write', 'some/folder']);
    expect(a).toMatchObject({ folders: ['some/folder'], split: 'test', route: 'both', polnear: false, baselines: false, excerpts: 0, write: false });
    expect(a.cli.endsWith('x/cli.js')).toBe(true);
  });
  it('rejects bad values and unknown options with a message', () => {
    expect(() => parseArgs(['--split', 'prod'])).toThrow(/--split must be dev, test or train/);
    expect(() => parseArgs(['--route'])).toThrow(/--route needs a value/);
    expect(() => parseArgs(['--excerpts', '-1'])).toThrow(/non-negative integer/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown option --frobnicate/);
  });
});
