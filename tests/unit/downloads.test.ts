import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../src/lib/csv';
import { citation, dataPackage, datasetJson, downloadPath, figureCsv, figureJson } from '../../src/lib/data-package';
import { downloadIds, figureDownload, figureSources } from '../../src/lib/figures/figure';
import { crossCheck } from '../../src/lib/crosscheck';
import { modelOf, realData } from './helpers';

const data = realData();
const ctx = { siteUrl: 'https://example.org/', lastUpdated: '2026-11-29' };
/** CSV text as rows of strings, read by a CSV library rather than by our own code. */
const rows = (text: string): string[][] => parse(text, { bom: true });

describe('csvText', () => {
  it('has no byte-order mark (the data package says utf-8), ends lines with CRLF, quotes what needs quoting and leaves empty cells empty', () => {
    const text = csvText(['Name', 'Share (%)', 'Notes'], [['a, "b"', 83, null], ['行\n二', 0.00002, true]]);
    expect(text).toBe('Name,Share (%),Notes\r\n"a, ""b""",83,\r\n"行\n二",0.00002,true\r\n');
    expect(rows(text)).toEqual([['Name', 'Share (%)', 'Notes'], ['a, "b"', '83', ''], ['行\n二', '0.00002', 'true']]);
  });

  it('keeps spreadsheets from running text as a formula, but not numbers', () => {
    expect(csvText(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['@SUM(A1)'], [-5]])).toBe('x\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'+1\r\n\'@SUM(A1)\r\n-5\r\n');
  });
});

describe('downloads', () => {
  it('exist for every table, every chart and diagram with data, the benchmark settings and the cost check, not for code or formulas', () => {
    expect(downloadIds(data)).toEqual([
      ...data.tables.map((x) => x.id),
      'comparison-dimensions', 'architecture-map', 'training-data-mix', 'capability-radar', 'vendor-benchmarks', 'benchmark-settings', 'scenario-matrix', 'evolution-timeline', 'developer-strategy',
      'cost-check',
    ]);
    expect(() => figureDownload(data, 'cost-formula', 'en')).toThrow(/No download for "cost-formula"/);
  });

  it('write a table as one row per model, units in the headers, raw numbers, and the reason of an empty cell in Notes', () => {
    expect(figureCsv(figureDownload(data, 'architecture-differences', 'en'))).toBe(
      'Model id,Model,Expert dynamism,Parameter utilisation (%),Per-layer latency (ms),Memory (GB),Source ids,Source,Notes\r\n' +
        'deepseek,DeepSeek,Adjusted in real time,83,18,1.2,article,"the article’s claims, section 1.2",Memory: per expert\r\n' +
        'gpt-4,GPT-4,Updated on a fixed schedule,68,22,1.8,article,"the article’s claims, section 1.2",Memory: per expert\r\n' +
        'claude,Claude,No MoE,100,25,,article,"the article’s claims, section 1.2",Memory: No experts (no MoE)\r\n' +
        'palm-2,PaLM-2,Static paths,75,20,1.5,article,"the article’s claims, section 1.2",Memory: per path\r\n',
    );
    expect(rows(figureCsv(figureDownload(data, 'architecture-differences', 'zh')))[0]).toEqual(['模型id', '模型', '专家动态性', '参数利用率（%）', '单层延迟（ms）', '内存占用（GB）', '来源编号', '来源', '备注']);
    expect(rows(figureCsv(figureDownload(data, 'architecture-differences', 'zh')))[3]).toEqual(['claude', 'Claude', '无MoE', '100', '25', '', 'article', '原文的说法，第1.2节', '内存占用：无专家（无MoE）']);
  });

  it('give every row as many cells as there are columns, in both languages', () => {
    for (const id of downloadIds(data)) {
      for (const locale of ['en', 'zh'] as const) {
        const table = rows(figureCsv(figureDownload(data, id, locale)));
        expect(table.length, id).toBeGreaterThan(1);
        expect(new Set(table.map((r) => r.length)).size, `${id} ${locale}`).toBe(1);
      }
    }
  });

  it('write JSON with each value’s unit, what it is per, the reason it is missing, and the source section', () => {
    const json = figureJson(data, figureDownload(data, 'architecture-differences', 'en'), ctx);
    expect(json).toMatchObject({ id: 'architecture-differences', page: 'https://example.org/architecture/#architecture-differences', csv: 'https://example.org/data/architecture-differences.csv', lastUpdated: '2026-11-29', source: { section: '1.2', date: '2025-03-03' }, licence: { name: 'CC-BY-4.0' } });
    expect(json.rows[0]).toMatchObject({ model: { value: 'deepseek' }, 'parameter-utilisation': { value: 83, unit: 'percent' }, 'memory-per-unit': { value: 1.2, unit: 'gb', per: 'expert' } });
    expect(json.rows[2]!['memory-per-unit']).toEqual({ value: null, na: 'No experts (no MoE)' });
    expect(json.fields.find((f) => f.id === 'per-layer-latency')).toEqual({ id: 'per-layer-latency', title: 'Per-layer latency', header: 'Per-layer latency (ms)', unitLabel: 'ms', type: 'number', unit: 'ms', direction: 'lower', description: data.metrics.get('per-layer-latency')!.description!.en });
  });

  it('shape charts, diagrams, settings and the cost check as tables', () => {
    const csv = (id: string, locale: 'en' | 'zh' = 'en') => rows(figureCsv(figureDownload(data, id, locale)));
    expect(csv('training-data-mix')[1]!.slice(0, 6)).toEqual(['deepseek', 'DeepSeek', '45', '30', '15', '10']);
    expect(csv('evolution-timeline')[1]).toEqual(['moe-mainstream', '2023', 'MoE architectures go mainstream', '']);
    expect(csv('benchmark-settings', 'zh')[2]).toEqual(['run', '正式测试', '8', '4096', '2048', 'A100 80GB', '']);
    expect(csv('cost-check')[0]).toEqual(['Model id', 'Model', 'Instance (GPUs)', 'Throughput (tokens/s)', 'Article’s cost per million tokens (USD)', 'By the formula at $2.50/GPU-hour (USD)', 'Formula ÷ article (×)', 'Notes']);
    expect(Number(csv('cost-check')[1]![5])).toBeCloseTo(1.6244, 4);
    expect(csv('capability-radar')).toEqual(csv('capability-scores'));
    // The vendors' results: one row per result with its setting, version and source.
    expect(csv('vendor-benchmarks')[0]).toEqual(['Benchmark id', 'Benchmark', 'Model id', 'Model', 'Model version', 'Score', 'Unit', 'Metric as printed', 'Setting', 'Best of comparable', 'Source id', 'Source', 'Where in the source', 'Remark', 'Notes']);
    expect(csv('vendor-benchmarks')).toHaveLength(data.results.length + 1);
    expect(csv('vendor-benchmarks', 'zh')[1]!.slice(0, 6)).toEqual([data.results[0]!.benchmark, data.benchmarks.find((b) => b.id === data.results[0]!.benchmark)!.name, data.results[0]!.model, data.models.find((m) => m.id === data.results[0]!.model)!.name.zh, data.results[0]!.version, String(data.results[0]!.score)]);
  });

  it('have stable paths in both languages', () => {
    expect(downloadPath('code-quality', 'en', 'csv')).toBe('data/code-quality.csv');
    expect(downloadPath('code-quality', 'zh', 'json')).toBe('zh/data/code-quality.json');
  });

  it('put every figure, in both languages, in one dataset file with units on numbers', () => {
    const all = datasetJson(data, ctx);
    expect(all.models.map((m) => m.id)).toEqual(['deepseek', 'gpt-4', 'claude', 'palm-2']);
    expect(all.models[0]!.figures['parameter-utilisation']).toEqual({ value: 83, unit: 'percent' });
    expect(all.models[0]!.name).toEqual({ en: 'DeepSeek', zh: 'DeepSeek' });
    expect(JSON.stringify(all)).not.toContain('"file"');
    expect(all.downloads).toHaveLength(downloadIds(data).length);
  });
});

describe('data package', () => {
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync('tests/fixtures/frictionless/tabular-data-package.json', 'utf8')));

  it.each(['en', 'zh'] as const)('validates against the Frictionless Tabular Data Package schema (%s)', (locale) => {
    const pkg = dataPackage(data, locale, ctx);
    expect(validate(pkg), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(pkg.resources.map((r) => r.path)).toEqual(downloadIds(data).map((id) => `${id}.csv`));
  });

  it('fails that schema when a resource is broken, so the check can fail', () => {
    const pkg = dataPackage(data, 'en', ctx) as unknown as { resources: { name: string }[] };
    pkg.resources[0]!.name = 'Not A Valid Name';
    expect(validate(pkg)).toBe(false);
  });

  it('describes each CSV file’s columns by their exact headers, with units', () => {
    for (const locale of ['en', 'zh'] as const) {
      for (const r of dataPackage(data, locale, ctx).resources) {
        const header = rows(figureCsv(figureDownload(data, r.name, locale)))[0];
        expect(r.schema.fields.map((f) => f.name), r.name).toEqual(header);
      }
    }
    const memory = dataPackage(data, 'en', ctx).resources[0]!.schema.fields.find((f) => f.name === 'Memory (GB)');
    expect(memory).toEqual({ name: 'Memory (GB)', title: 'Memory', type: 'number', description: 'Memory per expert (per path for PaLM-2). Unit: GB.', unit: 'gb' });
  });
});

describe('citation', () => {
  it('gives a sentence and a BibTeX entry, dated by the data’s last change', () => {
    const c = citation(data, 'en', ctx);
    expect(c.text).toBe('LLM Showdown contributors (2026). LLM Showdown: the comparison figures as data [Data set]. https://example.org/data/. Licence: CC-BY-4.0. Figures from “大模型巅峰对决：DeepSeek vs GPT-4/Claude/PaLM-2 全面对比与核心差异揭秘” (CSDN blog, 2025-03-03).');
    expect(c.bibtex.split('\n')).toEqual([
      '@misc{llm-showdown-data,',
      '  author = {{LLM Showdown contributors}},',
      '  title = {LLM Showdown: the comparison figures as data},',
      '  year = {2026},',
      '  howpublished = {\\url{https://example.org/data/}},',
      '  note = {Data set, licence CC-BY-4.0. The figures are claims from “大模型巅峰对决：DeepSeek vs GPT-4/Claude/PaLM-2 全面对比与核心差异揭秘” (CSDN blog, 2025-03-03).},',
      '}',
    ]);
    expect(citation(data, 'zh', { siteUrl: 'https://example.org/' }).text).toMatch(/^LLM Showdown 贡献者（n\.d\.）。/);
  });
});

describe('figure sources', () => {
  it('name the files a figure is built from, values first', () => {
    expect(figureSources(data, 'code-quality')).toEqual(['models/deepseek.yaml', 'models/gpt-4.yaml', 'models/claude.yaml', 'models/palm-2.yaml', 'metrics.yaml', 'tables.yaml']);
    expect(figureSources(data, 'evolution-timeline')).toEqual(['timeline.yaml', 'figures.yaml']);
    expect(figureSources(data, 'cost-formula')).toEqual([]);
  });

  it('keep figure ids off the names of the whole-dataset files', () => {
    const changed = realData();
    changed.figures[0]!.id = 'dataset';
    expect(crossCheck(changed)).toContainEqual({ file: 'content/figures.yaml', field: 'dataset.id', message: '"dataset" is reserved for the download /data/dataset.json; pick another id' });
    expect(modelOf(changed, 'deepseek').id).toBe('deepseek');
  });
});
