// "What the vendors report" as a reader meets it, in both languages: cells of the Performance
// page's table against the results files (score, setting, version, source link and locator), the
// "not reported" and "not read yet" cells, the best mark only among comparable results, the chart
// view, the CSV download, and the model pages' lists.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { pathOf, squash } from './support';

interface Result { benchmark: string; score: number; setting: string; version: string; source: string; locator: { en: string; zh: string } }
const files = readdirSync('content/results').filter((f) => f.endsWith('.yaml'));
const results = files.flatMap((f) => (parse(readFileSync(`content/results/${f}`, 'utf8')) as { results: Result[] }).results.map((r) => ({ ...r, model: f.replace(/\.yaml$/, '') })));
const sources = new Map((parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; url?: string }[]).map((s) => [s.id, s]));
const models = (readdirSync('content/models').filter((f) => f.endsWith('.yaml'))).map((f) => f.replace(/\.yaml$/, ''));
const withFile = new Set(results.map((r) => r.model));
const reported = new Set(results.map((r) => r.benchmark));
const words = {
  en: { setting: 'Setting: ', version: 'Version: ', notReported: 'not reported', notRead: 'not read yet', chart: 'Show as chart', none: 'No published benchmark results are recorded for' },
  zh: { setting: '设置：', version: '版本：', notReported: '未公布', notRead: '尚未录入', chart: '以图表显示', none: '尚未记录' },
} as const;
/** A handful of results: each model's first, and each result of a cell that holds several versions. */
const sample = results.filter((r, i) => results.findIndex((x) => x.model === r.model) === i || results.filter((x) => x.model === r.model && x.benchmark === r.benchmark).length > 1);

for (const lang of ['en', 'zh'] as const) {
  test(`${pathOf('performance/', lang)}: the vendors' results show with their setting, version and source, as in the data and the CSV`, async ({ page }) => {
    const w = words[lang];
    await page.goto(pathOf('performance/', lang));
    const figure = page.locator('figure:has(table.vendor-table)');
    const id = await figure.getAttribute('id');
    for (const r of sample) {
      const cell = figure.locator(`td[data-model="${r.model}"][data-benchmark="${r.benchmark}"]`);
      const entry = cell.locator('.result').filter({ has: page.locator('[data-version]', { hasText: `${w.version}${r.version}` }) });
      await expect(entry, `${r.model}/${r.benchmark}/${r.version}`).toHaveCount(1);
      await expect(entry.locator('.score')).toContainText(String(r.score).includes('.') ? String(r.score) : `${r.score}.0`);
      await expect(entry.locator('[data-setting]')).toHaveText(`${w.setting}${r.setting}`);
      const link = entry.locator(`[data-source="${r.source}"]`);
      if (sources.get(r.source)?.url) await expect(link).toHaveAttribute('href', sources.get(r.source)!.url!);
      expect(squash(await entry.locator('[data-locator]').textContent())).toBe(squash(r.locator[lang]));
    }
    // Every model has a column; a benchmark a vendor did not report says so, and a model without a results file says it was not read.
    for (const model of models) {
      for (const benchmark of reported) {
        if (results.some((r) => r.model === model && r.benchmark === benchmark)) continue;
        const cell = figure.locator(`td[data-model="${model}"][data-benchmark="${benchmark}"]`);
        await expect(cell, `${model}/${benchmark}`).toHaveText(withFile.has(model) ? w.notReported : w.notRead);
        await expect(cell).not.toHaveAttribute('data-sort');
      }
    }
    // A best mark only where another model has a result on that benchmark under the same setting.
    const marked = await figure.locator('.result[data-best]').evaluateAll((els) => els.map((e) => ({ model: e.closest('td')!.dataset['model']!, benchmark: e.closest('td')!.dataset['benchmark']!, setting: e.querySelector('[data-setting]')!.textContent! })));
    for (const m of marked) {
      const same = results.filter((r) => r.benchmark === m.benchmark && r.model !== m.model && m.setting.endsWith(r.setting));
      expect(same.length, `${m.model}/${m.benchmark} is compared with something`).toBeGreaterThan(0);
    }
    // The chart view: a grouped chart of the comparable results, or a sentence saying there are none.
    await figure.getByRole('button', { name: w.chart }).click();
    const charts = figure.locator('.grouped-chart');
    await expect(charts).toBeVisible();
    await expect(charts.locator('canvas[data-drawn], p')).toHaveCount(1);
    // The CSV holds every result with its setting, version, source and locator.
    const href = await figure.locator('a[data-download="csv"]').getAttribute('href');
    expect(href).toBe(`${lang === 'en' ? '' : '/zh'}/data/${id}.csv`);
    const [header, ...rows] = parseCsv((await (await page.request.get(href!)).body()).toString('utf8')) as string[][];
    expect(rows).toHaveLength(results.length);
    const col = (title: string) => header!.indexOf(title);
    const [b, m, v, s, st, src, loc] = lang === 'en' ? ['Benchmark id', 'Model id', 'Model version', 'Score', 'Setting', 'Source id', 'Where in the source'] : ['基准id', '模型id', '模型版本', '成绩', '设置', '来源id', '出处位置'];
    const got = rows.map((row) => [row[col(b)], row[col(m)], row[col(v)], Number(row[col(s)]), row[col(st)], row[col(src)], row[col(loc)]]);
    expect(got.sort()).toEqual(results.map((r) => [r.benchmark, r.model, r.version, r.score, r.setting, r.source, r.locator[lang]]).sort());
  });

  test(`${pathOf('models/', lang)}: a model page lists its vendor's results, or says none are recorded`, async ({ page }) => {
    const model = lang === 'en' ? [...withFile][0]! : (models.find((x) => !withFile.has(x)) ?? [...withFile][0]!);
    await page.goto(pathOf(`models/${model}/`, lang));
    const section = page.locator('[data-model-results]');
    const own = results.filter((r) => r.model === model);
    if (withFile.has(model)) {
      await expect(section.locator('li[data-benchmark]')).toHaveCount(own.length);
      await expect(section.locator('[data-version]').first()).toHaveText(`${words[lang].version}${own[0]!.version}`);
    } else {
      await expect(section.locator('[data-none]')).toContainText(words[lang].none);
      await expect(section.locator('.result')).toHaveCount(0);
    }
  });
}
