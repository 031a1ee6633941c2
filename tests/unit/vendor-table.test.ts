import { describe, expect, it } from 'vitest';
import type { ModelResult, SiteData } from '../../src/lib/types';
import { figureSources } from '../../src/lib/figures/figure';
import { differingResults, formatScore, modelResults, vendorChartSeries, vendorCreditLine, vendorSourceFiles, vendorTable } from '../../src/lib/vendor-table';
import { vendorDownload } from '../../src/lib/vendor-download';
import { realData } from './helpers';

/** A result with only what a test cares about, from a source sources.yaml has. */
function result(model: string, benchmark: string, score: number, setting: string, version = `${model}-v`): SiteData['results'][number] {
  return { model, benchmark, score, setting, version, source: 'ds-v3-readme', locator: { en: `Table 1 (${model})`, zh: `表 1（${model}）` }, file: `content/results/${model}.yaml` };
}

/** The real data with exactly these results: models without one have no results file. */
function withResults(results: ModelResult[]): SiteData {
  const data = realData();
  data.results = results as SiteData['results'];
  return data;
}

const cell = (view: ReturnType<typeof vendorTable>, benchmark: string, model: string) => view.rows.find((r) => r.id === benchmark)!.cells.find((c) => c.model === model)!;

describe('the vendors’ table', () => {
  const a5 = result('deepseek', 'mmlu', 87.1, '5-shot');
  const b5 = result('palm-2', 'mmlu', 78.3, '5‑Shot');
  const cot = result('gpt-4', 'mmlu', 86.7, '0-shot CoT');
  const gsm = result('deepseek', 'gsm8k', 89.3, '8-shot');
  const data = withResults([a5, gsm, cot, b5]);

  it('has a row per reported benchmark and a column per model, in display order', () => {
    const view = vendorTable(data, 'en');
    expect(view.rows.map((r) => r.id)).toEqual(['mmlu', 'gsm8k']);
    expect(view.columns.map((c) => c.id)).toEqual(data.models.map((m) => m.id));
  });

  it('marks the best only among comparable results: same benchmark, same setting, two or more models', () => {
    const view = vendorTable(data, 'en');
    expect(cell(view, 'mmlu', 'deepseek').results.map((r) => r.best)).toEqual([true]);
    expect(cell(view, 'mmlu', 'palm-2').results.map((r) => r.best)).toEqual([false]);
    // GPT-4's higher-than-PaLM score under chain-of-thought is not compared with the 5-shot ones.
    expect(cell(view, 'mmlu', 'gpt-4').results[0]).toMatchObject({ best: false, differs: true, score: '86.7%', setting: '0-shot CoT' });
    // A benchmark only one model reports has no best and no "differs".
    expect(cell(view, 'gsm8k', 'deepseek').results[0]).toMatchObject({ best: false, differs: false });
    expect(view.hasBest).toBe(true);
  });

  it('says "not reported" where a vendor with results did not report a benchmark, and "not read yet" for a model without a results file', () => {
    const en = vendorTable(data, 'en');
    expect(cell(en, 'gsm8k', 'gpt-4')).toMatchObject({ results: [], empty: 'not reported' });
    expect(cell(en, 'mmlu', 'claude')).toMatchObject({ results: [], empty: 'not read yet' });
    expect(en.columns.find((c) => c.id === 'claude')!.hint).toBe('no results recorded yet');
    expect(en.columns.find((c) => c.id === 'gpt-4')!.hint).toBeUndefined();
    const zh = vendorTable(data, 'zh');
    expect(cell(zh, 'gsm8k', 'gpt-4').empty).toBe('未公布');
    expect(cell(zh, 'mmlu', 'claude').empty).toBe('尚未录入');
    // Never a number in an empty cell: nothing to sort by.
    expect(cell(en, 'mmlu', 'claude').sort).toBeUndefined();
  });

  it('keeps every result’s setting, version and source with its locator in the cell', () => {
    const r = cell(vendorTable(data, 'zh'), 'mmlu', 'palm-2').results[0]!;
    expect(r).toMatchObject({ setting: '5‑Shot', version: 'palm-2-v', source: 'ds-v3-readme', sourceShort: 'DeepSeek-AI', locator: '表 1（palm-2）' });
    expect(r.url).toMatch(/^https:\/\/github\.com\/deepseek-ai\//);
  });

  it('charts only the groups of comparable results, one series per model in them', () => {
    const chart = vendorChartSeries(data, 'en');
    expect(chart.groups).toEqual(['MMLU · 5-shot']);
    expect(chart.series.map((s) => [s.model, s.values, s.texts])).toEqual([
      ['deepseek', [87.1], ['87.1%']],
      ['palm-2', [78.3], ['78.3%']],
    ]);
    expect(vendorChartSeries(withResults([a5, cot]), 'en')).toEqual({ groups: [], series: [], units: [] });
  });

  it('flags a result as differing only when another model reports the benchmark under other settings only', () => {
    expect([...differingResults([a5, b5, cot, gsm])]).toEqual([cot]);
    expect(differingResults([gsm]).size).toBe(0);
  });

  it('prints scores with their unit and at least one decimal', () => {
    expect(formatScore(89, 'f1', 'en')).toBe('89.0 F1');
    expect(formatScore(87.1, 'percent', 'zh')).toBe('87.1%');
    expect(formatScore(86.75, 'percent', 'en')).toBe('86.75%');
  });

  it('works with no results at all: no rows, no chart, a credit line that names no source', () => {
    const empty = withResults([]);
    expect(vendorTable(empty, 'en').rows).toEqual([]);
    expect(vendorChartSeries(empty, 'en').groups).toEqual([]);
    expect(vendorCreditLine(empty, 'en')).toBe('Sources: none yet; no vendor’s results have been recorded.');
    expect(vendorSourceFiles(empty)).toEqual(['benchmarks.yaml']);
  });
});

describe('the vendors’ results elsewhere', () => {
  it('credits the sources that print the numbers, never the article', () => {
    const line = vendorCreditLine(realData(), 'en');
    expect(line).toMatch(/^Sources: /);
    expect(line).not.toContain('the article');
    for (const source of new Set(realData().results.map((r) => r.source))) expect(line).toContain(realData().sources.get(source)!.authors);
  });

  it('lists one model’s results on its page, or none', () => {
    const data = withResults([result('deepseek', 'mmlu', 87.1, '5-shot'), result('deepseek', 'drop', 89, '3-shot')]);
    expect(modelResults(data, 'deepseek', 'en').map((r) => [r.benchmark, r.score, r.setting])).toEqual([['MMLU', '87.1%', '5-shot'], ['DROP', '89.0 F1', '3-shot']]);
    expect(modelResults(data, 'claude', 'en')).toEqual([]);
  });

  it('edits the benchmarks and each model’s results file', () => {
    const data = realData();
    const files = [...new Set(data.results.map((r) => `results/${r.model}.yaml`))];
    expect(figureSources(data, 'vendor-benchmarks')).toEqual(['benchmarks.yaml', ...files, 'figures.yaml']);
  });

  it('downloads every result with benchmark, model, version, score, unit, setting, source and locator', () => {
    const data = realData();
    const { fields, rows } = vendorDownload(data, 'en');
    expect(fields.map((f) => f.id)).toEqual(['benchmark', 'benchmarkName', 'model', 'name', 'version', 'score', 'unit', 'metric', 'setting', 'best', 'sourceId', 'source', 'locator', 'note']);
    expect(rows).toHaveLength(data.results.length);
    const col = (id: string) => fields.findIndex((f) => f.id === id);
    data.results.forEach((r, i) => {
      const row = rows[i]!.map((c) => c.value);
      expect([row[col('benchmark')], row[col('model')], row[col('version')], row[col('score')], row[col('setting')], row[col('sourceId')], row[col('locator')]]).toEqual([r.benchmark, r.model, r.version, r.score, r.setting, r.source, r.locator.en]);
      expect(row[col('source')]).toContain(data.sources.get(r.source)!.title);
    });
    expect(vendorDownload(data, 'zh').fields.find((f) => f.id === 'setting')!.title).toBe('设置');
  });
});
