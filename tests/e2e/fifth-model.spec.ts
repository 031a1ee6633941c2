// Runs against the fixture site (dist-fixture): the site built with a fifth model file,
// tests/fixtures/fifth-model/fixture-5.yaml, a copy of DeepSeek's figures named "Fixture-5" /
// "测试模型五" in #D55E00. Adding the file must be enough for the model to appear everywhere.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pages, pathOf, readDiagram, readTable, squash, waitUntilDrawn, type Lang } from './support';

const name = { en: 'Fixture-5', zh: '测试模型五' } as const;
const vendor = { en: 'Test Lab', zh: '测试实验室' } as const;
const colour = '#D55E00';
const modelNames = (lang: Lang) => ['DeepSeek', 'GPT-4', 'Claude', 'PaLM-2', name[lang]];

/** Every comparison table: its page, orientation and how many metrics (or categories) it has. */
const tables = [
  { id: 'architecture-differences', section: 'architecture/', rows: 'metrics', metrics: 4 },
  { id: 'training-data-mix', section: 'training/', rows: 'metrics', metrics: 9 },
  { id: 'parallel-settings', section: 'training/', rows: 'metrics', metrics: 10 },
  { id: 'training-parameters', section: 'training/', rows: 'metrics', metrics: 5 },
  { id: 'capability-scores', section: 'performance/', rows: 'metrics', metrics: 5 },
  { id: 'inference-performance', section: 'performance/', rows: 'models', metrics: 3 },
  { id: 'code-quality', section: 'scenarios/', rows: 'metrics', metrics: 4 },
  { id: 'cost-example', section: 'cost/', rows: 'models', metrics: 3 },
  { id: 'cost-check', section: 'cost/', rows: 'models', metrics: 5 },
  { id: 'quantisation-results', section: 'cost/', rows: 'models', metrics: 3 },
] as const;

for (const lang of ['en', 'zh'] as const) {
  for (const t of tables) {
    test(`${t.id} (${lang}) has a ${t.rows === 'metrics' ? 'column' : 'row'} for the fifth model with its figures`, async ({ page }) => {
      await page.goto(pathOf(t.section, lang));
      const cells = await readTable(page, t.id);
      expect(cells).toHaveLength(t.metrics * 5);
      const modelHead = (c: (typeof cells)[number]) => (t.rows === 'metrics' ? c.colHead : c.rowHead);
      expect([...new Set(cells.map(modelHead))]).toEqual(modelNames(lang));

      const fifth = cells.filter((c) => c.model === 'fixture-5');
      expect(fifth).toHaveLength(t.metrics);
      for (const c of fifth) {
        expect(modelHead(c)).toBe(name[lang]);
        // A copy of DeepSeek's figures: the same text and the same best marking.
        const twin = cells.find((d) => d.model === 'deepseek' && d.metric === c.metric)!;
        expect({ value: c.value, reason: c.reason, best: c.bestClass, star: c.star }, `${t.id} ${c.metric}`).toEqual({
          value: twin.value,
          reason: twin.reason,
          best: twin.bestClass,
          star: twin.star,
        });
        expect(c.value, `${t.id} ${c.metric} is filled`).not.toBe('');
      }
    });
  }

  test(`radar chart and its table include the fifth model (${lang})`, async ({ page }) => {
    await page.goto(pathOf('performance/', lang));
    await waitUntilDrawn(page);
    const canvas = page.locator('#capability-radar canvas[data-radar]');
    const spec = JSON.parse((await canvas.getAttribute('data-radar')) ?? '{}') as { datasets: { label: string; data: number[]; color: string }[] };
    expect(spec.datasets.map((d) => d.label)).toEqual(modelNames(lang));
    const fifth = spec.datasets[4]!;
    expect(fifth.color.toUpperCase()).toBe(colour);
    expect(fifth.data).toEqual([9.2, 8.8, 9.5, 8.7, 9.1]);
    // Its colour is painted.
    const count = await canvas.evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200 && Math.abs(data[i]! - 0xd5) <= 12 && Math.abs(data[i + 1]! - 0x5e) <= 12 && Math.abs(data[i + 2]! - 0x00) <= 12) n++;
      return n;
    });
    expect(count, `${colour} painted`).toBeGreaterThan(30);
    await expect(page.locator('table[data-table="capability-scores"] td')).toHaveCount(25);
  });

  test(`architecture diagram has a fifth subgraph (${lang})`, async ({ page }) => {
    await page.goto(pathOf('architecture/', lang));
    await waitUntilDrawn(page);
    const d = await readDiagram(page, 0);
    expect(d.clusters.map((c) => c.label)).toEqual(expect.arrayContaining(modelNames(lang)));
    expect(d.clusters).toHaveLength(5);
    const chain = lang === 'en' ? ['Dynamic MoE', 'Layered attention', 'Expert routing network'] : ['动态MoE', '分层注意力', '专家路由网络'];
    expect(d.clusters.find((c) => c.label === name[lang])?.contains.sort()).toEqual([...chain].sort());
    // The text version lists it too.
    await expect(page.locator('#architecture-map .text-version li')).toHaveCount(5);
    await expect(page.locator('#architecture-map .text-version li').nth(4)).toHaveText(`${name[lang]}: ${chain.join(' → ')}`);
  });

  test(`overview shows a card for the fifth model (${lang})`, async ({ page }) => {
    await page.goto(pathOf('', lang));
    const cards = page.locator('.cards > li');
    await expect(cards).toHaveCount(5);
    await expect(cards.locator('h3')).toHaveText(modelNames(lang));
    await expect(cards.nth(4)).toContainText(vendor[lang]);
    await expect(cards.nth(4)).toBeVisible();
  });
}

test('the fifth model adds its own page in each language, and no other', async ({ page }) => {
  // The navigation is unchanged: the sections, then the claims and methodology pages, all reachable.
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(pathOf('', lang));
    const links = await page.locator('header nav a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual([...pages.filter((p) => p.lang === lang).map((p) => p.path), pathOf('claims/', lang), pathOf('methodology/', lang)]);
    for (const path of links.slice(-2)) expect((await page.request.get(path)).status(), path).toBe(200);
  }
  for (const { path } of pages) expect((await page.request.get(path)).status(), path).toBe(200);
  for (const lang of ['en', 'zh'] as const) expect((await page.request.get(pathOf('models/fixture-5/', lang))).status()).toBe(200);
  expect((await page.request.get('/fixture-5/')).status()).toBe(404);

  // Paths relative to the output folder, so pages in sub-folders are told apart.
  const htmlPages = (dir: string, root = dir): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? htmlPages(p, root) : f.endsWith('.html') ? [p.slice(root.length)] : [];
    });
  const own = ['/models/fixture-5/index.html', '/zh/models/fixture-5/index.html'];
  const fixture = htmlPages('dist-fixture').sort();
  expect(fixture).toEqual([...htmlPages('dist'), ...own].sort());
  expect(squash(fixture.filter((p) => !own.includes(p)).join(' '))).not.toContain('fixture');
});

for (const lang of ['en', 'zh'] as const) {
  test(`the fifth model's own page shows its figures, radar and chain (${lang})`, async ({ page }) => {
    // Reached from its card on the overview.
    await page.goto(pathOf('', lang));
    await page.locator('.cards > li').nth(4).getByRole('link', { name: name[lang] }).click();
    await expect(page).toHaveURL(new RegExp(`${pathOf('models/fixture-5/', lang)}$`));
    await expect(page.locator('h1')).toHaveText(name[lang]);
    await expect(page.locator('main')).toContainText(vendor[lang]);
    await waitUntilDrawn(page);
    const spec = JSON.parse((await page.locator('canvas[data-radar]').getAttribute('data-radar')) ?? '{}') as { datasets: { label: string; data: number[]; color: string }[] };
    expect(spec.datasets.map((d) => [d.label, d.data, d.color.toUpperCase()])).toEqual([[name[lang], [9.2, 8.8, 9.5, 8.7, 9.1], colour]]);
    const chain = lang === 'en' ? ['Dynamic MoE', 'Layered attention', 'Expert routing network'] : ['动态MoE', '分层注意力', '专家路由网络'];
    await expect(page.locator('ol.chain > li')).toHaveText(chain);
    // Every table of the site, with one column: the fifth model's, a copy of DeepSeek's figures, and no public record.
    const cells = await readTable(page, 'training-parameters');
    expect(cells.map((c) => [c.colHead, c.value, c.mark])).toEqual([
      [name[lang], lang === 'en' ? '340B' : '3400亿', ''],
      [name[lang], lang === 'en' ? '4.6T' : '4.6万亿', ''],
      [name[lang], lang === 'en' ? '4M tokens' : '400万 tokens', ''],
      [name[lang], lang === 'en' ? 'Dynamic cosine' : '动态余弦', ''],
      [name[lang], '92%', ''],
    ]);
    await expect(page.locator('table[data-table]')).toHaveCount(8);
    await expect(page.locator('.record-notes')).toHaveCount(0);
  });
}

// The fixture model says `source: ds-v3`, and its total-parameters figure `source: ds-v2, Table 1`:
// wherever it shows, it is credited to those reports and never to the article.
const credits = {
  en: { v3: 'DeepSeek-AI, “DeepSeek-V3 Technical Report”', v2: 'DeepSeek-AI, “DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model”, Table 1', article: 'the article’s claims' },
  zh: { v3: 'DeepSeek-AI，《DeepSeek-V3 Technical Report》', v2: 'DeepSeek-AI，《DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model》，表1', article: '原文的说法' },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test(`the fifth model is credited to its own sources, under each table, on its page and in its CSV rows (${lang})`, async ({ page, request }) => {
    const c = credits[lang];
    const sep = lang === 'zh' ? '：' : ': ';
    await page.goto(pathOf('training/', lang));
    // The training-parameters table: the article's four, then DeepSeek-V2 for one figure of the fixture, DeepSeek-V3 for the rest.
    const line = squash(await page.locator('#training-parameters figcaption.source').textContent());
    expect(line).toContain(`${c.article}`);
    expect(line).toContain(`${c.v2}${sep}${name[lang]}`);
    expect(line).toContain(`${c.v3}${sep}${name[lang]}`);
    expect(line.split(c.article)[1]?.split('·')[0]).not.toContain(name[lang]);

    await page.goto(pathOf('models/fixture-5/', lang));
    const body = squash(await page.locator('main').textContent());
    expect(body).not.toMatch(lang === 'en' ? /the article (gives|draws)|as the article/ : /原文为每个模型|原文所画/);
    expect(body).toContain(lang === 'en' ? 'Architecture, as DeepSeek-AI, “DeepSeek-V3 Technical Report” describes it' : 'DeepSeek-AI，《DeepSeek-V3 Technical Report》所述的架构');
    const captions = await page.locator('.figure .caption').allTextContents();
    expect(captions.length).toBeGreaterThan(5);
    for (const caption of captions) expect(squash(caption)).not.toContain(c.article);

    const csv = await (await request.get(pathOf('data/training-parameters.csv', lang))).text();
    const row = csv.split('\r\n').find((r) => r.startsWith('fixture-5,'));
    expect(row).toContain('ds-v2; ds-v3');
    expect(row).not.toContain(c.article);
    const deepseek = csv.split('\r\n').find((r) => r.startsWith('deepseek,'));
    expect(deepseek).toContain(',article,');
  });
}
