// The five-model fixture site (a fifth model file added, no code changed): the new model is in every
// download that lists models, in both languages, and the figures' toolbars fall back to no date,
// because the fixture's data is a copy outside git history.
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

const names = { en: 'Fixture-5', zh: '测试模型五' } as const;

test('the fifth model is in every CSV and JSON download that lists models, in both languages', async ({ request }) => {
  const dataset = (await (await request.get('/data/dataset.json')).json()) as { models: { id: string }[]; downloads: { id: string }[] };
  expect(dataset.models.map((m) => m.id)).toContain('fixture-5');
  let withModels = 0;
  for (const { id } of dataset.downloads) {
    for (const lang of ['en', 'zh'] as const) {
      const prefix = lang === 'en' ? '/data/' : '/zh/data/';
      const [header, ...rows] = parse((await (await request.get(`${prefix}${id}.csv`)).body()).toString('utf8'), { bom: true }) as string[][];
      if (header![0] !== (lang === 'en' ? 'Model id' : '模型id')) continue;
      withModels++;
      expect(rows.filter((r) => r[0] === 'fixture-5').map((r) => r[1]), `${prefix}${id}.csv`).toContain(names[lang]);
      const json = (await (await request.get(`${prefix}${id}.json`)).json()) as { rows: { model: { value: string } }[] };
      expect(json.rows.map((r) => r.model.value), `${prefix}${id}.json`).toContain('fixture-5');
    }
  }
  // Every comparison table, the data mix, the radar, the architecture map, the strategy and the cost check.
  expect(withModels).toBeGreaterThanOrEqual(2 * 12);
});

test('without git history the toolbar still links the data but shows no date', async ({ page }) => {
  await page.goto('/architecture/');
  const tools = page.locator('#architecture-differences .figure-tools');
  await expect(tools.locator('a[data-download="csv"]')).toHaveAttribute('href', '/data/architecture-differences.csv');
  await expect(tools.locator('a[data-edit]')).toHaveCount(7);
  await expect(tools.locator('a[data-edit]').nth(4)).toHaveAttribute('href', /\/edit\/main\/content\/models\/fixture-5\.yaml$/);
  await expect(page.locator('.figure-tools time')).toHaveCount(0);
});
