// Every page, in both languages: it loads cleanly, says which language it is in, links to its
// translation, is keyboard-skippable, and carries the
// "figures are the article's claims" footer. (axe on every page in both themes: a11y.spec.ts.)
import { expect, test, type Page } from '@playwright/test';
import { pages, pathOf, waitUntilDrawn } from './support';

const htmlLang = { en: 'en', zh: 'zh-CN' } as const;
const footerClaim = {
  en: /Each figure names its source underneath\. Those from the article .+ are its claims, not measurements of ours/,
  zh: /每个图表下方都注明了数字的来源。来自文章《.+》（.+）的数字是该文的说法，并非我们的测量/,
} as const;
const skipText = { en: 'Skip to content', zh: '跳到正文' } as const;

/** Records everything that went wrong while a page loaded. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

for (const { path, lang, section } of pages) {
  const other = lang === 'en' ? 'zh' : 'en';

  test.describe(`page ${path}`, () => {
    test('loads with no errors, declares its language and links its translation', async ({ page }) => {
      const problems = watch(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await waitUntilDrawn(page);
      await page.waitForLoadState('networkidle');

      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[lang]);

      // hreflang alternates: en, zh-CN and x-default (= English), each the same section.
      const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '', location.href).pathname]),
      );
      expect(Object.fromEntries(alternates)).toEqual({
        en: pathOf(section, 'en'),
        'zh-CN': pathOf(section, 'zh'),
        'x-default': pathOf(section, 'en'),
      });
      expect(alternates).toHaveLength(3);

      // Footer: the figures are the article's claims.
      await expect(page.locator('footer')).toContainText(footerClaim[lang]);
      expect(problems).toEqual([]);

      // The language switch leads to the same section in the other language.
      const switcher = page.locator('header a[hreflang]');
      await expect(switcher).toHaveCount(1);
      await expect(switcher).toHaveAttribute('hreflang', htmlLang[other]);
      await switcher.click();
      await expect(page).toHaveURL(new RegExp(`${pathOf(section, other).replace(/\//g, '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[other]);
    });

    test('skip link is the first stop and moves focus to the main content', async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const first = page.locator(':focus');
      await expect(first).toHaveText(skipText[lang]);
      await expect(first).toHaveAttribute('href', '#main');
      await expect(first).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    });
  });
}
