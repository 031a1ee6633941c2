// Each model's own page, in both languages: all of its figures with their marks, its radar, its
// architecture chain with the public record, links back to each comparison; reachable from the tables.
import { expect, test } from '@playwright/test';
import { pathOf, readTable, squash, waitUntilDrawn } from './support';

const models = { deepseek: ['DeepSeek', 'DeepSeek'], 'gpt-4': ['GPT-4', 'GPT-4'], claude: ['Claude', 'Claude'], 'palm-2': ['PaLM-2', 'PaLM-2'] } as const;
const sectionOf = { 'architecture-differences': 'architecture', 'parallel-settings': 'training', 'training-parameters': 'training', 'capability-scores': 'performance', 'inference-performance': 'performance', 'code-quality': 'scenarios', 'cost-example': 'cost', 'quantisation-results': 'cost' } as const;

for (const [id, names] of Object.entries(models)) {
  for (const lang of ['en', 'zh'] as const) {
    const path = pathOf(`models/${id}/`, lang);
    test(`${path} shows every figure of ${names[0]}, its radar and its way back to each comparison`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      expect((await page.goto(path))?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(names[lang === 'en' ? 0 : 1]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
      await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', new RegExp(`/zh/models/${id}/$`));
      // 36 metrics in eight tables of one column; throughput is in two of them.
      await expect(page.locator('table[data-table]')).toHaveCount(8);
      await expect(page.locator('table[data-table] td')).toHaveCount(37);
      for (const [table, section] of Object.entries(sectionOf)) {
        const back = page.locator(`#${table} > .caption a`);
        await expect(back).toHaveAttribute('href', `${pathOf(`${section}/`, lang)}#${table}`);
      }
      await waitUntilDrawn(page);
      const radar = JSON.parse((await page.locator('canvas[data-radar]').getAttribute('data-radar')) ?? '{}') as { datasets: { label: string }[] };
      expect(radar.datasets.map((d) => d.label)).toEqual([names[lang === 'en' ? 0 : 1]]);
      await expect(page.locator('ol.chain > li')).toHaveCount(3);
      // The architecture's public record sits with the chain.
      await expect(page.locator(`[data-model="${id}"][data-subject="architecture"]`)).toHaveCount(1);
      expect(errors).toEqual([]);
    });
  }
}

test('DeepSeek’s page carries its public-record marks and says how many', async ({ page }) => {
  await page.goto(pathOf('models/deepseek/', 'en'));
  await expect(page.locator('.flags')).toContainText('the public record contradicts the article on 12 points, shows that the vendor never disclosed 3 more, and agrees or adds context on 3.');
  const cells = await readTable(page, 'training-parameters');
  expect(cells.map((c) => [c.rowHead, c.value, c.mark])).toEqual([
    ['Total parameters', '340B', '≠1'],
    ['Training tokens', '4.6T', '≠2'],
    ['Batch size', '4M tokens', '≠3'],
    ['Learning-rate schedule', 'Dynamic cosine', ''],
    ['Hardware utilisation', '92%', ''],
  ]);
  const note = page.locator('#training-parameters-note-1');
  await expect(note).toContainText('DeepSeek: Total parameters — The article: 340B');
  await expect(note).toContainText('Differs: 671B');
  // The training cost, a topic of the record, is shown with the training table.
  await expect(page.locator('#training-parameters [data-subject="training-cost"]')).toContainText('2.788M H800 GPU-hours');
  // Its best values are judged against all the models.
  const best = cells.filter((c) => c.bestClass).map((c) => c.rowHead);
  expect(best).toEqual(['Hardware utilisation']);
  await expect(page.locator('#training-parameters .legend').first()).toHaveText('★ marks a figure that is the best of all the models, by the metric’s direction.');
  await expect(page.locator('.others a')).toHaveText(['GPT-4', 'Claude', 'PaLM-2']);
});

test('model names in the comparison tables and on the cards lead to the model pages', async ({ page }) => {
  await page.goto(pathOf('training/', 'zh'));
  await page.locator('table[data-table="training-parameters"] thead').getByRole('link', { name: 'Claude' }).click();
  await expect(page).toHaveURL(/\/zh\/models\/claude\/$/);
  await page.goto(pathOf('performance/', 'en'));
  // Row headers too, where models are rows.
  await page.locator('table[data-table="inference-performance"] tbody').getByRole('link', { name: 'PaLM-2' }).click();
  await expect(page).toHaveURL(/\/models\/palm-2\/$/);
  // No link from a model's page to itself.
  await expect(page.locator('table[data-table] a', { hasText: 'PaLM-2' })).toHaveCount(0);
  await page.goto(pathOf('', 'en'));
  await page.locator('.cards').getByRole('link', { name: 'GPT-4' }).click();
  await expect(page).toHaveURL(/\/models\/gpt-4\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a model page keeps its tables and shows its radar as a static picture', async ({ page }) => {
    await page.goto(pathOf('models/gpt-4/', 'en'));
    await expect(page.locator('table[data-table] td')).toHaveCount(37);
    for (const td of await page.locator('table[data-table] td').allTextContents()) expect(squash(td)).not.toBe('');
    const picture = page.locator('svg[data-radar-picture]');
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAccessibleName(/GPT-4/);
    await expect(picture.locator('.series polygon')).toHaveCount(1);
    await expect(page.locator('.radar canvas')).toBeHidden();
  });
});
