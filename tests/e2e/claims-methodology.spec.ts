// The claims page lists every entry of the public record and filters it by model and kind (state in
// the address, all entries without JavaScript); the methodology page explains every metric and
// source. Both are in the navigation, in both languages, and pass axe.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { pathOf, squash } from './support';

const record = parse(readFileSync('content/public-record.yaml', 'utf8')) as Record<string, Record<string, { kind?: string; note: { en: string; zh: string } }[]>>;
const entries = Object.entries(record).flatMap(([model, subjects]) => Object.entries(subjects).flatMap(([subject, list]) => list.map((e) => ({ model, subject, kind: e.kind ?? 'none', note: e.note }))));
const rows = (page: Page) => page.locator('table[data-claims] tbody tr');
const visibleRows = (page: Page) => page.locator('table[data-claims] tbody tr:visible');

for (const lang of ['en', 'zh'] as const) {
  test(`the claims page lists every entry of the public record (${lang})`, async ({ page }) => {
    await page.goto(pathOf('claims/', lang));
    await expect(page.locator('header nav a[aria-current="page"]')).toHaveText(lang === 'en' ? 'Claims vs. record' : '说法与公开资料');
    await expect(rows(page)).toHaveCount(entries.length);
    await expect(visibleRows(page)).toHaveCount(entries.length);
    const seen = await rows(page).evaluateAll((trs) => trs.map((tr) => ({ model: (tr as HTMLElement).dataset['model'], subject: (tr as HTMLElement).dataset['subject'], kind: (tr as HTMLElement).dataset['kind'], text: tr.textContent ?? '' })));
    entries.forEach((e, i) => {
      expect(seen[i], `row ${i}`).toMatchObject({ model: e.model, subject: e.subject, kind: e.kind });
      expect(squash(seen[i]!.text)).toContain(squash(e.note[lang]));
    });
    // One row in full: claim, public record, kind, citation.
    const gpu = page.locator('tr[data-model="deepseek"][data-subject="gpu-memory"]');
    await expect(gpu.locator('td').nth(1)).toHaveText('68 GB');
    await expect(gpu.locator('td').nth(2)).toContainText(lang === 'en' ? 'Differs: 671 GB' : '与原文不同：671 GB');
    await expect(gpu.locator('td').nth(3)).toHaveText(lang === 'en' ? 'Technical report' : '技术报告');
    await expect(gpu.locator('td').nth(4).locator('a')).toHaveAttribute('href', 'https://arxiv.org/abs/2412.19437');
    // The figure's name leads to where it is shown.
    await expect(gpu.locator('th a')).toHaveAttribute('href', `${pathOf('performance/', lang)}#inference-performance`);
  });
}

test('filters by model and by kind of source, by keyboard, kept in the address through a reload', async ({ page }) => {
  await page.goto(pathOf('claims/', 'en'));
  const model = page.getByLabel('Model', { exact: true });
  const kind = page.getByLabel('Kind of source');
  await model.focus();
  await model.selectOption('gpt-4');
  const gpt = entries.filter((e) => e.model === 'gpt-4');
  await expect(visibleRows(page)).toHaveCount(gpt.length);
  await expect(page.locator('#claims-count')).toHaveText(`Showing ${gpt.length} of ${entries.length} entries.`);
  await page.keyboard.press('Tab');
  await expect(kind).toBeFocused();
  await kind.selectOption('estimate');
  const both = gpt.filter((e) => e.kind === 'estimate');
  await expect(visibleRows(page)).toHaveCount(both.length);
  for (const k of await visibleRows(page).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['kind']))) expect(k).toBe('estimate');
  expect(new URL(page.url()).search).toBe('?model=gpt-4&kind=estimate');
  await page.reload();
  await expect(model).toHaveValue('gpt-4');
  await expect(kind).toHaveValue('estimate');
  await expect(visibleRows(page)).toHaveCount(both.length);
  // No match: a sentence says so.
  await kind.selectOption('press');
  await expect(visibleRows(page)).toHaveCount(0);
  await expect(page.locator('#claims-empty')).toBeVisible();
  await model.selectOption('');
  await expect(visibleRows(page)).toHaveCount(entries.filter((e) => e.kind === 'press').length);
  expect(new URL(page.url()).search).toBe('?kind=press');
});

test('a model page links to its entries on the claims page', async ({ page }) => {
  await page.goto(pathOf('models/claude/', 'zh'));
  await page.getByRole('link', { name: '在一页中查看 Claude 所有带标记的数字' }).click();
  await expect(page).toHaveURL(/\/zh\/claims\/\?model=claude$/);
  await expect(visibleRows(page)).toHaveCount(entries.filter((e) => e.model === 'claude').length);
  await expect(page.getByLabel('模型', { exact: true })).toHaveValue('claude');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the claims page shows every entry, even from a filtered link, and no filters', async ({ page }) => {
    await page.goto(`${pathOf('claims/', 'en')}?model=gpt-4`);
    await expect(visibleRows(page)).toHaveCount(entries.length);
    await expect(page.locator('#claims-filters')).toBeHidden();
    expect(await page.locator('.noscript').evaluate((e) => e.textContent)).toBe('All entries are shown; the filters need JavaScript.');
  });
});

for (const lang of ['en', 'zh'] as const) {
  test(`the methodology page explains every metric and lists every source (${lang})`, async ({ page }) => {
    await page.goto(pathOf('methodology/', lang));
    await expect(page.locator('header nav a[aria-current="page"]')).toHaveText(lang === 'en' ? 'Methodology' : '方法说明');
    const metrics = parse(readFileSync('content/metrics.yaml', 'utf8')) as Record<string, { label: { en: string; zh: string }; description?: { en: string; zh: string } }>;
    const glossary = page.locator('table[data-glossary] tbody tr');
    await expect(glossary).toHaveCount(Object.keys(metrics).length);
    for (const [id, m] of Object.entries(metrics)) {
      const tr = page.locator(`table[data-glossary] tr[data-metric="${id}"]`);
      await expect(tr.locator('th')).toHaveText(m.label[lang]);
      expect(m.description, `${id} has a description`).toBeDefined();
      await expect(tr.locator('td').first()).toHaveText(m.description![lang]);
    }
    const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string; title: string; url?: string }[];
    await expect(page.locator('ol.sources > li')).toHaveCount(sources.length + 1);
    await expect(page.locator('ol.sources > li').first()).toContainText('大模型巅峰对决');
    for (const s of sources) {
      const li = page.locator(`ol.sources > li[data-source="${s.id}"]`);
      await expect(li).toContainText(s.title);
      if (s.url) await expect(li.locator('a')).toHaveAttribute('href', s.url);
    }
    for (const heading of lang === 'en' ? ['Where the figures come from', 'What each metric means', 'What this site does not know', 'How to propose a correction'] : ['数字从哪里来', '每个指标的含义', '本站无从得知的内容', '如何提出更正']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
  });
}

