import { describe, expect, it } from 'vitest';
import { modelFlags, recommendationsOf } from '../../src/lib/model-page';
import { radarData } from '../../src/lib/radar-data';
import { buildTable, sortKey } from '../../src/lib/table';
import { realData } from './helpers';

const data = realData();

describe('a table for some of the models', () => {
  it('keeps only those models, judges the best against all, and can turn rows into metrics', () => {
    const view = buildTable(data, 'inference-performance', 'en', { models: ['claude'], rows: 'metrics' });
    expect(view.rows).toBe('metrics');
    expect(view.partial).toBe(true);
    expect(view.columns.map((c) => c.model)).toEqual(['claude']);
    expect(view.body.map((r) => [r.header.id, r.cells.map((c) => `${c.text}${c.best ? '★' : ''}`)])).toEqual([
      ['throughput', ['2,380']], ['time-to-first-token', ['210']], ['gpu-memory', ['75']],
    ]);
    // DeepSeek holds every best value; on its own it still shows them.
    const deepseek = buildTable(data, 'inference-performance', 'en', { models: ['deepseek'] });
    expect(deepseek.body[0]!.cells.map((c) => c.best)).toEqual([true, true, true]);
    expect(buildTable(data, 'inference-performance', 'en').partial).toBeUndefined();
  });
});

describe('radarData for one model', () => {
  it('draws only that model, with the point shape it has on the full chart', () => {
    const all = radarData(data, 'capability-scores', 'zh');
    const one = radarData(data, 'capability-scores', 'zh', 10, ['claude']);
    expect(one.datasets).toEqual([all.datasets[2]]);
    expect(one.labels).toEqual(all.labels);
  });
});

describe('a model page’s summaries', () => {
  it('counts the public record per model', () => {
    expect(modelFlags(data, 'deepseek')).toEqual({ figures: 36, differs: 12, notDisclosed: 3, other: 3 });
    expect(modelFlags(data, 'claude')).toEqual({ figures: 36, differs: 1, notDisclosed: 3, other: 0 });
  });

  it('lists where the article recommends a model', () => {
    const r = recommendationsOf(data, 'claude', 'en');
    expect(r.scenarios).toEqual(['Real-time dialogue']);
    expect(recommendationsOf(data, 'deepseek', 'en').strategy.length).toBeGreaterThan(0);
  });
});

describe('sort keys of cells', () => {
  it('sort numbers by value, big-O classes by rank, and leave text and gaps unsorted', () => {
    expect(sortKey(340e9)).toBe(340e9);
    expect(sortKey({ value: 1.2, per: { en: 'expert', zh: '专家' } })).toBe(1.2);
    expect(sortKey('O(n log n)')).toBeLessThan(sortKey('O(n^2)')!);
    expect(sortKey({ en: 'Step', zh: '阶梯式' })).toBeUndefined();
    expect(sortKey(true)).toBeUndefined();
    expect(sortKey({ na: { en: 'No experts', zh: '无专家' } })).toBeUndefined();
    const cells = buildTable(data, 'architecture-differences', 'en').body.find((r) => r.header.id === 'memory-per-unit')!.cells;
    expect(cells.map((c) => c.sort)).toEqual([1.2, 1.8, undefined, 1.5]);
  });
});
