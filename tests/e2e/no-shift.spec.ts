// When the page's scripts arrive, nothing on it moves: controls that need JavaScript take their
// space from the first paint (html.js, set by an inline script in the head), so the text a reader
// has started on stays put. Measured on a phone-sized screen, where a shift moves the most.
import { expect, test, type Page } from '@playwright/test';
import { pages } from './support';

/** Pages with controls: every section, a model page, the claims page, the embedding docs and an embed with controls. */
const paths = [...pages.map((p) => p.path), '/models/deepseek/', '/claims/', '/zh/claims/', '/embedding/', '/embed/cost-check/'];

/** Where each heading of the main column starts, and how tall the column is. */
function layout(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const at: Record<string, number> = { 'main height': Math.round(main?.getBoundingClientRect().height ?? 0) };
    main?.querySelectorAll('h1, h2, h3').forEach((h, i) => {
      at[`${h.tagName.toLowerCase()} ${i + 1} “${(h.textContent ?? '').trim().slice(0, 40)}”`] = Math.round(h.getBoundingClientRect().top + scrollY);
    });
    return at;
  });
}

test.use({ viewport: { width: 390, height: 844 } });

for (const path of paths) {
  test(`${path}: the scripts move nothing when they arrive`, async ({ page }) => {
    // First the page as painted before its script files arrive; the inline head script still runs.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(path);
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    const before = await layout(page);
    await page.unroute('**/*.js');
    // Then with every script run (module scripts run before the load event).
    await page.goto(path, { waitUntil: 'load' });
    expect(await layout(page)).toEqual(before);
  });
}
