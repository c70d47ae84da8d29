import { describe, expect, it } from 'vitest';
import { predictRetextIntensify, predictWriteGood } from '../../scripts/eval/baselines';

const text = '# Note\n\nThe plan is believed to work.\n\nPrices rose 4 percent in May.\n';

describe('baselines', () => {
  it('turns write-good suggestions into vague findings at their offsets', async () => {
    const p = await predictWriteGood(text);
    const passive = p.findings.find((f) => text.slice(f.start, f.end) === 'is believed');
    expect(passive).toMatchObject({ ruleId: 'vague-attribution' });
    // Nothing in the plain numeric sentence is flagged.
    expect(p.findings.every((f) => f.start < text.indexOf('Prices'))).toBe(true);
  });

  it('turns retext-intensify messages into vague findings at their offsets', async () => {
    const p = await predictRetextIntensify('# Note\n\nIt was apparently very good.\n');
    const words = p.findings.map((f) => 'It was apparently very good.'.slice(f.start - 8, f.end - 8));
    expect(words).toEqual(expect.arrayContaining(['apparently', 'very']));
    expect(p.findings.every((f) => f.ruleId === 'vague-attribution')).toBe(true);
  });
});
