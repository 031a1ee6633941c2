// Every reading page on a phone (320 and 390 px wide): the page never scrolls sideways, and nothing
// sticks out past the screen except inside a labelled region that scrolls sideways (role=region, a
// name, tabindex=0 for the keyboard) and shows a cue (a shadow) at its edge. The training-data bars
// keep their labels inside their segments, and the header is one line with a menu that needs no script.
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { sitePages } from '../../scripts/serve.mjs';

const dist = 'dist';
/** Reading pages: every page but the embeds (made for frames, with their own tests) and the 404 page. */
const pages = existsSync(dist) ? sitePages(dist).filter((p) => !/^\/(zh\/)?embed\//.test(p)) : [];
const widths = [320, 390] as const;

/** What sticks out past the screen outside a labelled scroll region, and scroll regions that miss a label or cue. */
function problems(page: Page): Promise<{ scrollWidth: number; out: string[]; regions: string[] }> {
  return page.evaluate(() => {
    const width = innerWidth;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''} “${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}”`;
    /** The nearest ancestor that clips or scrolls its content sideways. */
    const clipper = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return a;
      return null;
    };
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || (box.right <= width + 1 && box.left >= -1)) continue;
      if (clipper(el)) continue;
      out.push(`${describe(el)}: ${Math.round(box.left)}–${Math.round(box.right)} px`);
    }
    const regions: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX) || el.scrollWidth <= el.clientWidth + 1 || !el.checkVisibility()) continue;
      // The search results list scrolls down, not sideways; it is not a reading region.
      if (el.closest('[data-site-search]')) continue;
      const named = el.getAttribute('role') === 'region' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'));
      const cue = /gradient/.test(style.backgroundImage);
      if (!named || el.tabIndex !== 0 || !cue) regions.push(`${describe(el)} scrolls ${el.scrollWidth} px in ${el.clientWidth} without${named ? '' : ' role=region and a name,'}${el.tabIndex === 0 ? '' : ' tabindex=0,'}${cue ? '' : ' a cue'}`);
    }
    return { scrollWidth: document.scrollingElement!.scrollWidth, out: out.slice(0, 10), regions };
  });
}

test('the walk finds the reading pages in both languages', () => {
  expect(pages.length).toBeGreaterThanOrEqual(30);
  for (const p of ['/', '/zh/', '/claims/', '/data/', '/zh/cost/', '/models/gpt-4/']) expect(pages).toContain(p);
});

for (const width of widths) {
  // One browser page per width walks every reading page: a fresh page per address would triple the time.
  test(`at ${width} px no reading page scrolls sideways or sticks out past the screen`, async ({ page }) => {
    test.setTimeout(30_000 + pages.length * 3_000);
    await page.setViewportSize({ width, height: 800 });
    for (const path of pages) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      const found = await problems(page);
      expect.soft(found.scrollWidth, `${path}: the page is wider than the screen`).toBeLessThanOrEqual(width);
      expect.soft(found.out, `${path}: sticks out past ${width} px`).toEqual([]);
      expect.soft(found.regions, `${path}: scroll regions`).toEqual([]);
    }
  });
}

test('the training-data bars fit their card, each label inside its segment', async ({ page }) => {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/training/', '/zh/training/']) {
      await page.goto(path);
      const bad = await page.locator('#training-data-mix').evaluate((figure) => {
        const card = figure.getBoundingClientRect();
        const out: string[] = [];
        for (const bar of figure.querySelectorAll('.bar')) {
          const b = bar.getBoundingClientRect();
          if (b.left < card.left || b.right > card.right) out.push(`bar ${Math.round(b.left)}–${Math.round(b.right)} outside the card`);
        }
        for (const label of figure.querySelectorAll<HTMLElement>('.seg-label')) {
          if (!label.checkVisibility()) continue;
          const l = label.getBoundingClientRect();
          const s = label.parentElement!.getBoundingClientRect();
          if (l.left < s.left - 0.5 || l.right > s.right + 0.5) out.push(`label ${label.textContent} cut by its segment`);
        }
        return out;
      });
      expect(bad, `${path} at ${width} px`).toEqual([]);
    }
  }
});

test('the formula fits its card on a phone, without scrolling', async ({ page }) => {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/cost/', '/zh/cost/']) {
      await page.goto(path);
      const display = page.locator('.katex-display').first();
      const { scroll, client } = await display.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
      expect(scroll, `${path} at ${width} px`).toBeLessThanOrEqual(client + 1);
    }
  }
});

test.describe('the header on a phone', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });
      test('is one line; the menu opens the sections', async ({ page }) => {
        for (const path of ['/', '/zh/training/']) {
          await page.goto(path);
          const header = page.locator('header.site-header');
          expect((await header.boundingBox())!.height, `${path}: one line`).toBeLessThan(64);
          const links = header.locator('nav a');
          await expect(links.first()).toBeHidden();
          await header.locator('summary').click();
          await expect(links).toHaveCount(9);
          for (const link of await links.all()) await expect(link).toBeVisible();
          await expect(header.locator('nav a[aria-current="page"]')).toBeVisible();
        }
      });
    });
  }
});
