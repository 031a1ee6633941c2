// The site built from data in which every text a reader sees starts with HTML and script
// (scripts/build-hostile-site.mjs): every page shows that text literally, and none of it runs.
import { expect, test } from '@playwright/test';
import { pages, squash, waitUntilDrawn } from './support';

/** What scripts/build-hostile-site.mjs puts at the start of every text; it sets window.__xss if it runs. */
const payload = '<img src=x onerror=__xss=1><script>__xss=2</script>';

const all = [...pages.map((p) => p.path), '/data/', '/zh/data/'];

for (const path of all) {
  test(`${path} shows HTML from the data as text and runs none of it`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    expect((await page.goto(path))?.status()).toBe(200);
    await waitUntilDrawn(page);
    await page.waitForLoadState('networkidle');

    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // No element was made from the data: no image with src "x", no script holding the payload's code.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.locator('script').evaluateAll((ss) => ss.filter((s) => s.textContent?.includes('__xss')).length)).toBe(0);

    // The footer names the article by its (hostile) title, as text.
    await expect(page.locator('.site-footer')).toContainText(`${payload} 大模型巅峰对决`);
    // Figure titles, table cells and diagram labels show the payload's characters.
    // (The cost check's title is the site's own text, not data.)
    const titles = page.locator('figure h3, section.file h3:not(#file-cost-check)');
    for (let i = 0; i < (await titles.count()); i++) expect(squash(await titles.nth(i).textContent())).toMatch(/^<img src=x onerror=__xss=1><script>__xss=2<\/script> /);
    const cells = page.locator('table.data-table tbody th');
    for (let i = 0; i < (await cells.count()); i++) expect(squash(await cells.nth(i).textContent())).toContain('<script>__xss=2</script>');
    const diagrams = page.locator('[data-diagram] svg');
    for (let i = 0; i < (await diagrams.count()); i++) expect(squash(await diagrams.nth(i).textContent())).toContain('<script>__xss=2</script>');
  });
}
