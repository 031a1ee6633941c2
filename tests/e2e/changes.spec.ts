// The changes page lists the real history of content/ from git, newest first, in both languages,
// with an Atom feed that validates; each figure's "Data last changed" date leads there.
import { spawnSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { atomProblems, parseXml } from '../atom-check';
import { pathOf } from './support';

/** The commits of the first-parent chain that changed content/, newest first, as git gives them. */
const commits = spawnSync('git', ['log', '--first-parent', '--format=%H', '--', 'content/'], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);

for (const lang of ['en', 'zh'] as const) {
  test(`the changes page lists every commit that changed the data, newest first (${lang})`, async ({ page }) => {
    await page.goto(pathOf('changes/', lang));
    await expect(page.locator('h1')).toHaveText(lang === 'en' ? 'Changes to the data' : '数据改动记录');
    expect(commits.length).toBeGreaterThan(0);
    await expect(page.locator('[data-commit]')).toHaveCount(commits.length);
    expect(await page.locator('[data-commit]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['commit']))).toEqual(commits);
    // The oldest commit added the four models, named in the page's language.
    await expect(page.locator('[data-commit]').last()).toContainText(lang === 'en' ? 'Models added: DeepSeek, GPT-4, Claude, PaLM-2' : '新增模型： DeepSeek、GPT-4、Claude、PaLM-2');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test(`the changes feed is valid Atom with one entry per commit (${lang})`, async ({ page, request }) => {
    await page.goto(pathOf('changes/', lang));
    const href = await page.locator('a[data-feed]').getAttribute('href');
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(atomProblems(xml)).toEqual([]);
    const entries = parseXml(xml).children.filter((c) => c.name === 'entry');
    expect(entries.map((e) => e.children.find((c) => c.name === 'link')!.attributes['href']!.split('#c-')[1])).toEqual(commits.map((c) => c.slice(0, 10)));
  });

  test(`a figure's "Data last changed" date leads to the changes page (${lang})`, async ({ page }) => {
    await page.goto(pathOf('architecture/', lang));
    const link = page.locator('#architecture-differences a[data-changes]');
    await expect(link).toHaveAccessibleName(new RegExp(lang === 'en' ? '^Data last changed .+: every change to the data$' : '^数据最近更新于.+：查看数据的全部改动$'));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${pathOf('changes/', lang)}$`));
  });
}
