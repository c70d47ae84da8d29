/**
 * The check-worthiness measurement's helpers (scripts/train/checkworthy.ts):
 * the area under the ROC curve, the features and the fit, on invented data.
 */
import { describe, expect, it } from 'vitest';
import { auc, features, Logistic } from '../../scripts/train/checkworthy';

describe('check-worthiness measurement', () => {
  it('computes the area under the ROC curve, ties counting half', () => {
    expect(auc([0.9, 0.8], [0.1, 0.2])).toBe(1);
    expect(auc([0.1], [0.9])).toBe(0);
    expect(auc([0.5], [0.5])).toBe(0.5);
    expect(auc([0.6, 0.4], [0.5])).toBe(0.5);
    expect(Number.isNaN(auc([], [0.5]))).toBe(true);
  });

  it('folds digits and adds word pairs and a length bucket', () => {
    expect(features('Jobs fell 4.2 percent')).toEqual(['jobs', 'fell', 'jobs_fell', '0', 'fell_0', 'percent', '0_percent', 'len0']);
  });

  it('learns to score a separable feature above the rest', () => {
    const m = new Logistic();
    const data = Array.from({ length: 40 }, (_, i) => ({ feats: [i % 2 ? 'number' : 'feeling', 'the'], label: i % 2 }));
    m.fit(data);
    expect(m.score(['number', 'the'])).toBeGreaterThan(0.5);
    expect(m.score(['feeling', 'the'])).toBeLessThan(0.5);
  });
});
