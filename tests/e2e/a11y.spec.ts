// axe on every page the build wrote (section, model, claims, methodology, data, embedding docs and
// embed pages, in English and Chinese, and the 404 page when there is one), in the light and the dark
// theme, with the WCAG 2.0–2.2 A/AA rules and axe's best practices: no violation at all.
// Site pages follow the reader's system setting, emulated; embed pages are forced dark with
// ?theme=dark inside a light browser, as on a light docs site that asked for a dark figure.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { sitePages } from '../../scripts/serve.mjs';
import { waitUntilDrawn } from './support';

const dist = 'dist';
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Every page by its address, and the 404 page (fetched as a file, so 200).
const pages = existsSync(dist) ? [...sitePages(dist), ...(existsSync(`${dist}/404.html`) ? ['/404.html'] : [])].sort() : [];
const isEmbed = (path: string) => /^\/(zh\/)?embed\//.test(path);

/** Brightness (0–1) of the page's background, to be sure which theme is on screen. */
const background = (page: Page) =>
  page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });

/** axe's violations, one entry per rule: its id and help, then each element's selector and what is wrong. */
async function violations(page: Page): Promise<string[]> {
  // Only violations come back: the lists of passes on the big tables are long and not needed here.
  // Legacy mode runs axe in the page itself: the default opens a blank page per run to merge the
  // frames' results, which doubled the time; our pages frame only same-origin pages, which it covers.
  const { violations: found } = await new AxeBuilder({ page }).withTags(tags).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return found.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join('\n')}`);
}

test('the walk finds every kind of page in both languages', () => {
  expect(pages.length, pages.join('\n')).toBeGreaterThanOrEqual(74);
  for (const path of ['/', '/zh/', '/models/gpt-4/', '/zh/claims/', '/methodology/', '/data/', '/zh/embedding/', '/embed/cost-example/', '/zh/embed/capability-radar/']) {
    expect(pages).toContain(path);
  }
});

for (const path of pages) {
  test(`axe finds nothing on ${path}, light and dark`, async ({ page }) => {
    for (const theme of ['light', 'dark'] as const) {
      // One load per page: the site follows the system setting live; an embed reads ?theme= on load.
      if (isEmbed(path) || theme === 'light') {
        expect((await page.goto(isEmbed(path) && theme === 'dark' ? `${path}?theme=dark` : path))?.status()).toBe(200);
        // The radar's canvas and the diagrams are drawn lazily: scroll them in and wait until drawn.
        await waitUntilDrawn(page);
      } else {
        await page.emulateMedia({ colorScheme: 'dark' });
      }
      const shade = await background(page);
      expect(shade, `${theme} background`).toBeCloseTo(theme === 'dark' ? 0.09 : 1, 1);
      expect.soft(await violations(page), `${path} (${theme})`).toEqual([]);
    }
  });
}
