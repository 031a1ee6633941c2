import { describe, expect, it } from 'vitest';
import { buildTable, sortableHeaders, type TableView } from '../../src/lib/table';
import { locales } from '../../src/schemas/common';
import { modelOf, realData } from './helpers';

const data = realData();
/** The table as a reader sees it: header texts, then each row's header and cells, best cells starred. */
const view = (t: TableView) => ({
  corner: t.corner,
  columns: t.columns.map((c) => c.text),
  rows: t.body.map((r) => [r.header.text, ...r.cells.map((c) => (c.best ? `${c.text} ★` : c.text))]),
});

describe('buildTable on the real data', () => {
  const cases = data.tables.flatMap((t) => locales.map((locale) => [t.id, locale] as const));
  it.each(cases)('%s (%s) has a filled cell for every model and metric', (id, locale) => {
    const def = data.tables.find((t) => t.id === id)!;
    const table = buildTable(data, id, locale);
    expect(table.title).toBe(def.title[locale]);
    expect(table.rows).toBe(def.rows);
    const [across, down] = def.rows === 'metrics' ? [data.models.length, def.metrics.length] : [def.metrics.length, data.models.length];
    expect(table.columns).toHaveLength(across);
    expect(table.body).toHaveLength(down);
    for (const row of table.body) {
      expect(row.cells).toHaveLength(across);
      for (const cell of row.cells) {
        expect(cell.text).not.toBe('');
        expect(cell.text).not.toMatch(/undefined|NaN|\[object/);
        if (cell.reason !== undefined) expect(cell.reason).not.toBe('');
      }
    }
    expect(table.hasBest).toBe(table.body.some((r) => r.cells.some((c) => c.best)));
  });

  it('shows the architecture table as the article does, with the best values marked', () => {
    expect(view(buildTable(data, 'architecture-differences', 'en'))).toEqual({
      corner: 'Metric',
      columns: ['DeepSeek', 'GPT-4', 'Claude', 'PaLM-2'],
      rows: [
        ['Expert dynamism', 'Adjusted in real time', 'Updated on a fixed schedule', 'No MoE', 'Static paths'],
        ['Parameter utilisation', '83%', '68%', '100% ★', '75%'],
        ['Per-layer latency (ms)', '18 ★', '22', '25', '20'],
        ['Memory (GB)', '1.2 per expert ★', '1.8 per expert', 'n/a', '1.5 per path'],
      ],
    });
    expect(view(buildTable(data, 'architecture-differences', 'zh'))).toEqual({
      corner: '指标',
      columns: ['DeepSeek', 'GPT-4', 'Claude', 'PaLM-2'],
      rows: [
        ['专家动态性', '实时调整', '固定周期更新', '无MoE', '静态路径'],
        ['参数利用率', '83%', '68%', '100% ★', '75%'],
        ['单层延迟（ms）', '18 ★', '22', '25', '20'],
        ['内存占用（GB）', '1.2/专家 ★', '1.8/专家', '不适用', '1.5/路径'],
      ],
    });
  });

  it('gives metric rows their direction hint and n/a cells their reason', () => {
    const table = buildTable(data, 'architecture-differences', 'en');
    expect(table.body.map((r) => r.header.hint)).toEqual([undefined, 'higher is better', 'lower is better', 'lower is better']);
    const claudeMemory = table.body[3]!.cells.find((c) => c.model === 'claude')!;
    expect(claudeMemory).toMatchObject({ text: 'n/a', reason: 'No experts (no MoE)', best: false, metric: 'memory-per-unit' });
  });

  it('puts models in rows for the inference-performance table', () => {
    const table = buildTable(data, 'inference-performance', 'en');
    expect(view(table)).toEqual({
      corner: 'Model',
      columns: ['Throughput (tokens/s)', 'Time to first token (ms)', 'GPU memory (GB)'],
      rows: [
        ['DeepSeek', '3,420 ★', '125 ★', '68 ★'],
        ['GPT-4', '2,850', '180', '82'],
        ['Claude', '2,380', '210', '75'],
        ['PaLM-2', '3,150', '150', '71'],
      ],
    });
    expect(table.columns.map((c) => c.hint)).toEqual(['higher is better', 'lower is better', 'lower is better']);
    expect(table.body.map((r) => r.header.color)).toEqual(data.models.map((m) => m.color));
    expect(buildTable(data, 'inference-performance', 'zh').corner).toBe('模型');
  });

  it('marks no best value in a table whose metrics have no direction', () => {
    expect(buildTable(data, 'parallel-settings', 'en').hasBest).toBe(false);
  });

  it('follows the data: a tie marks both, a new model adds a column in its order', () => {
    const changed = realData();
    modelOf(changed, 'gpt-4').figures['per-layer-latency'] = 18;
    const fifth = { ...structuredClone(modelOf(changed, 'deepseek')), id: 'fixture-5', order: 5, name: { en: 'Fixture-5', zh: '测试模型五' } };
    changed.models.push(fifth);
    const table = buildTable(changed, 'architecture-differences', 'en');
    expect(table.columns.map((c) => c.text)).toEqual(['DeepSeek', 'GPT-4', 'Claude', 'PaLM-2', 'Fixture-5']);
    expect(view(table).rows[2]).toEqual(['Per-layer latency (ms)', '18 ★', '18 ★', '25', '20', '18 ★']);
  });

  it('throws on an unknown table id, naming it', () => {
    expect(() => buildTable(data, 'no-such-table', 'en')).toThrow(/"no-such-table"/);
  });
});

describe('sortableHeaders', () => {
  it('offers the rows of a table with one metric per row that hold a number, not those of text or yes/no', () => {
    expect([...sortableHeaders(buildTable(data, 'training-parameters', 'en'))]).toEqual(['total-parameters', 'training-tokens', 'batch-size', 'hardware-utilisation']);
    expect(sortableHeaders(buildTable(data, 'architecture-differences', 'zh'))).not.toContain('expert-dynamism');
    expect(sortableHeaders(buildTable(data, 'parallel-settings', 'en'))).not.toContain('optimizer');
  });

  it('offers the metric columns of a table with one model per row, and never a model', () => {
    const table = buildTable(data, 'inference-performance', 'en');
    expect([...sortableHeaders(table)]).toEqual(['throughput', 'time-to-first-token', 'gpu-memory']);
    for (const row of table.body) expect(sortableHeaders(table)).not.toContain(row.header.id);
  });

  it('offers nothing when only text is shown', () => {
    const table = buildTable(data, 'inference-performance', 'en');
    const textOnly = { ...table, body: table.body.map((row) => ({ ...row, cells: row.cells.map(({ sort: _, ...cell }) => cell) })) };
    expect(sortableHeaders(textOnly).size).toBe(0);
  });
});
