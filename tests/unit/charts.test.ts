import { describe, expect, it } from 'vitest';
import { dataMix, dataMixTable } from '../../src/lib/data-mix';
import { pointStyles, radarData } from '../../src/lib/radar-data';
import { realData } from './helpers';

const data = realData();

describe('dataMix', () => {
  it('gives each model its segments in category order, adding up to 100', () => {
    const { categories, rows } = dataMix(data, 'en');
    expect(rows.map((r) => r.model)).toEqual(['deepseek', 'gpt-4', 'claude', 'palm-2']);
    const order = categories.map((c) => c.id);
    for (const row of rows) {
      expect(row.segments.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
      const positions = row.segments.map((s) => order.indexOf(s.category));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    expect(rows[0]!.segments.map((s) => `${s.label} ${s.percent}`)).toEqual(['Web data 45', 'Books 30', 'Code 15', 'Multimodal 10']);
  });

  it('shows percentages in the table, and "—" for categories a model does not use', () => {
    const table = dataMixTable(data, 'mix', 'Data mix', 'en');
    const web = table.body.find((r) => r.header.id === 'web')!;
    expect(web.cells.map((c) => c.text)).toEqual(['45%', '50%', '40%', '—']);
    expect(table.columns.map((c) => c.text)).toEqual(['DeepSeek', 'GPT-4', 'Claude', 'PaLM-2']);
  });
});

describe('radarData', () => {
  it('has one axis per score and one series per model, with distinct point styles', () => {
    const radar = radarData(data, 'capability-scores', 'en');
    expect(radar.labels).toEqual(['Language understanding', 'Logical reasoning', 'Code generation', 'Multi-turn dialogue', 'Knowledge QA']);
    expect(radar.max).toBe(10);
    expect(radar.datasets.map((d) => d.label)).toEqual(['DeepSeek', 'GPT-4', 'Claude', 'PaLM-2']);
    expect(radar.datasets[0]!.data).toEqual([9.2, 8.8, 9.5, 8.7, 9.1]);
    expect(new Set(radar.datasets.map((d) => d.pointStyle)).size).toBe(radar.datasets.length);
    expect(radar.datasets.map((d) => d.pointStyle)).toEqual(pointStyles.slice(0, 4));
  });

  it('leaves a gap for n/a scores and throws on an unknown table', () => {
    const changed = realData();
    changed.models[0]!.figures['logical-reasoning'] = { na: { en: 'Not scored', zh: '未评分' } };
    expect(radarData(changed, 'capability-scores', 'zh').datasets[0]!.data).toEqual([9.2, null, 9.5, 8.7, 9.1]);
    expect(() => radarData(data, 'nope', 'en')).toThrow('"nope"');
  });
});
