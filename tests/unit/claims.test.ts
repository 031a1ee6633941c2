import { describe, expect, it } from 'vitest';
import { claimRows, figurePathOf, kindsIn } from '../../src/lib/claims';
import { recordKinds } from '../../src/schemas/provenance';
import { realData } from './helpers';

const data = realData();

describe('claimRows', () => {
  it('has one row per entry of the public record, in model order', () => {
    const rows = claimRows(data, 'en');
    expect(rows).toHaveLength(data.records.reduce((n, g) => n + g.entries.length, 0));
    const order = [...new Set(rows.map((r) => r.model))];
    expect(order).toEqual(['deepseek', 'gpt-4', 'claude', 'palm-2']);
    expect(rows.find((r) => r.model === 'palm-2' && r.kind === 'press')).toMatchObject({
      subjectLabel: 'Total parameters', claim: '340B', status: 'agrees', value: '340B', kindText: 'Press report', figurePath: 'training/#training-parameters',
    });
  });

  it('gives topics their figure and the article’s claim, and says when there is no source', () => {
    const rows = claimRows(data, 'zh');
    expect(rows.find((r) => r.model === 'palm-2' && r.subject === 'architecture')).toMatchObject({ figurePath: 'architecture/#architecture-map', claim: '稀疏激活 → 路径选择 → 任务适配' });
    expect(rows.find((r) => r.model === 'deepseek' && r.subject === 'training-cost')!.claim).toBeUndefined();
    expect(rows.find((r) => r.model === 'claude' && r.subject === 'batch-size')).toMatchObject({ kind: 'none', kindText: '未找到来源', citations: [] });
  });
});

describe('figurePathOf and kindsIn', () => {
  it('finds the first table that shows a metric', () => {
    expect(figurePathOf(data, 'throughput')).toBe('performance/#inference-performance');
    expect(figurePathOf(data, 'no-such-metric')).toBe('');
  });

  it('lists the kinds present, in order, with "no source" last', () => {
    expect(kindsIn(claimRows(data, 'en'), recordKinds)).toEqual(['report', 'card', 'vendor', 'press', 'estimate', 'none']);
  });
});

describe('metric definitions', () => {
  it('explain every metric in both languages, for the methodology page', () => {
    const missing = [...data.metrics.values()].filter((m) => !m.description).map((m) => m.id);
    expect(missing).toEqual([]);
  });
});
