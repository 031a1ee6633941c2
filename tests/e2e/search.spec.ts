// The header's search, as a reader uses it: "/" (or a click) focuses the box, typing lists pages of
// the page's own language with their section and the figures that matched, and nothing of the
// search (its script, Pagefind, the index) loads before the reader opens it.
import { expect, test, type Page } from '@playwright/test';

/** Requests for the search's files (script, Pagefind, WebAssembly, index), by path. */
function watchSearchFiles(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/')) seen.push(path);
  });
  return seen;
}

const cases = [
  { from: '/', query: 'throughput', page: '/performance/', title: 'Performance', figure: 'Inference performance', kind: 'Figure' },
  { from: '/zh/', query: '吞吐量', page: '/zh/performance/', title: '性能表现', figure: '推理性能对比表', kind: '图表' },
  { from: '/zh/', query: '量化', page: '/zh/cost/', title: '部署成本', figure: '量化效果对比表', kind: '图表' },
] as const;

for (const c of cases) {
  test(`typing “${c.query}” on ${c.from} finds ${c.page} and its figure`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const searchFiles = watchSearchFiles(page);
    await page.goto(c.from);
    await page.waitForLoadState('networkidle');
    expect(searchFiles, 'nothing of the search loads with the page').toEqual([]);

    await page.keyboard.press('/');
    const box = page.getByRole('searchbox');
    await expect(box).toBeFocused();
    await page.keyboard.type(c.query, { delay: 40 });

    const results = page.getByRole('region', { name: c.from === '/' ? 'Search results' : '搜索结果' });
    // Pagefind starts its WebAssembly and fetches the index on the first query: allow a slow machine.
    await expect(results).toBeVisible({ timeout: 15_000 });
    const hit = results.locator(`li:has(> a.page[href="${c.page}"])`);
    await expect(hit.locator('a.page .title')).toHaveText(c.title, { timeout: 15_000 });
    // The figure that matched is listed under the page, marked as a figure, and leads to it.
    const figure = hit.locator('ul a', { hasText: c.figure });
    await expect(figure).toHaveCount(1);
    await expect(figure.locator('.kind')).toHaveText(c.kind);
    expect(await figure.getAttribute('href')).toMatch(new RegExp(`^${c.page}#.+-title$`));
    await expect(hit.locator('mark').first()).toBeVisible();
    // Only pages of the page's own language.
    const hrefs = await results.locator('a.page').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href.startsWith('/zh/'), href).toBe(c.from === '/zh/');

    expect(searchFiles, 'the search loads once opened').toEqual(expect.arrayContaining(['/pagefind/site-search.js', '/pagefind/pagefind.js']));
    expect(errors).toEqual([]);

    // The keyboard reaches the result, and Enter opens it.
    await figure.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${c.page}#.+-title$`));
  });
}

test('Escape closes the results and gives the focus back to the box; a query with no match says so', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search the site' });
  await box.click();
  await box.fill('throughput');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.locator('a').first()).toBeVisible({ timeout: 15_000 });
  await results.locator('a').first().focus();
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await expect(box).toBeFocused();
  await box.fill('qqqzzzjjj');
  await expect(results.getByRole('status')).toHaveText('No page found.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search box is not shown, and the navigation is all there', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.locator('header nav a')).toHaveCount(9);
    await expect(page.locator('header nav a').first()).toBeVisible();
  });
});
