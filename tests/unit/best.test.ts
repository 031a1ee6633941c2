import { describe, expect, it } from 'vitest';
import { bestIds } from '../../src/lib/best';
import type { Metric } from '../../src/schemas/metric';
import type { Figure } from '../../src/schemas/model';

const metric = (direction: Metric['direction'], kind: Metric['kind'] = 'number'): Metric => ({
  label: { en: 'Test', zh: '测试' },
  kind,
  ...(kind === 'number' ? { unit: 'plain' as const } : {}),
  direction,
});
/** Figures for models a, b, c… in order. */
const figures = (...values: Figure[]) => values.map((figure, i) => ({ id: 'abcdefgh'[i]!, figure }));
const best = (m: Metric, ...values: Figure[]) => [...bestIds(m, figures(...values))].sort();
const na: Figure = { na: { en: 'No figure', zh: '无数据' } };
const per = (value: number, en: string): Figure => ({ value, per: { en, zh: en } });

describe('bestIds', () => {
  it('picks the highest for "higher" and the lowest for "lower"', () => {
    expect(best(metric('higher'), 83, 68, 100, 75)).toEqual(['c']);
    expect(best(metric('lower'), 18, 22, 25, 20)).toEqual(['a']);
  });

  it('marks nothing for direction "none"', () => {
    expect(best(metric('none'), 8, 16, 12, 8)).toEqual([]);
  });

  it('marks every tied best value', () => {
    expect(best(metric('higher'), 9.5, 9.0, 9.5)).toEqual(['a', 'c']);
    expect(best(metric('lower'), 1, 1, 2)).toEqual(['a', 'b']);
  });

  it('marks nothing when all values are equal, or there is only one', () => {
    expect(best(metric('higher'), 5, 5, 5)).toEqual([]);
    expect(best(metric('higher'), 5)).toEqual([]);
  });

  it('ignores n/a values', () => {
    expect(best(metric('lower'), na, 5, 3)).toEqual(['c']);
    expect(best(metric('lower'), na, 5, na)).toEqual([]);
  });

  it('compares only values with the same qualifier', () => {
    // The architecture table: 1.2 and 1.8 per expert, 1.5 per path (alone in its group), n/a.
    expect(best(metric('lower'), per(1.2, 'expert'), per(1.8, 'expert'), na, per(1.5, 'path'))).toEqual(['a']);
    expect(best(metric('lower'), per(1.2, 'expert'), per(1.8, 'expert'), per(1.0, 'path'), per(1.5, 'path'))).toEqual(['a', 'c']);
    // A plain number is not compared with "per expert" values.
    expect(best(metric('lower'), 0.5, per(1.2, 'expert'), per(1.8, 'expert'))).toEqual(['b']);
  });

  it('ranks complexities from O(1) to O(2^n)', () => {
    const complexity = metric('lower', 'complexity');
    expect(best(complexity, 'O(n^2)', 'O(n log n)', 'O(n log n)', 'O(n^2)')).toEqual(['b', 'c']);
    expect(best(complexity, 'O(n)', 'O(1)', 'O(log n)')).toEqual(['b']);
    expect(best(complexity, 'O(2^n)', 'O(n^3)', na)).toEqual(['b']);
  });

  it('ignores texts and booleans', () => {
    expect(best(metric('higher'), { en: 'x', zh: 'x' }, { en: 'y', zh: 'y' })).toEqual([]);
    expect(best(metric('higher'), true, false)).toEqual([]);
  });
});
