// Runs against the fixture site, which build-fixture-site.mjs builds with MERMAID_RENDER=client: the
// fallback for machines without Chromium, where Mermaid draws the diagrams in the reader's browser.
// The boxes hold their space before Mermaid loads, only pages with diagrams load it, and without
// JavaScript a note points to the text version.
import { expect, test } from '@playwright/test';
import { pathOf, readDiagram, waitUntilDrawn } from './support';

const diagramSections = ['', 'architecture/', 'scenarios/', 'outlook/'];
const diagramNote = { en: 'This diagram is drawn with JavaScript; the same content follows as text.', zh: '此图需要 JavaScript 绘制，下方有相同内容的文字版。' } as const;

test('diagram boxes reserve their space before Mermaid has loaded, and keep it after', async ({ page }) => {
  for (const section of diagramSections) {
    // Hold the Mermaid chunk back: the boxes must already have their final height.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/\/_astro\/mermaid\.core\.[^/]*\.js$/, async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.goto(pathOf(section, 'en'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => requested, { message: 'page asks for the Mermaid chunk' }).toBe(true);
    const boxes = page.locator('[data-diagram]');
    const before = await boxes.evaluateAll((els) => els.map((e) => ({ h: e.getBoundingClientRect().height, drawn: e.hasAttribute('data-rendered') })));
    for (const b of before) {
      expect(b.drawn).toBe(false);
      expect(b.h, `${section}: box height before drawing`).toBeGreaterThan(100);
    }
    release();
    await waitUntilDrawn(page);
    const after = await boxes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    after.forEach((h, i) => expect(Math.abs(h - before[i]!.h), `${section} box ${i}: no layout shift (${before[i]!.h} → ${h})`).toBeLessThanOrEqual(2));
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  }
});

test('only pages with diagrams request Mermaid, and it draws them in both languages', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  for (const lang of ['en', 'zh'] as const) {
    for (const section of ['training/', 'performance/', 'cost/']) {
      scripts.length = 0;
      await page.goto(pathOf(section, lang));
      await waitUntilDrawn(page);
      await page.waitForLoadState('networkidle');
      expect(scripts.filter((s) => /mermaid|Diagram|flowDiagram|dagre|cytoscape/i.test(s)), `${pathOf(section, lang)} scripts: ${scripts.join(', ')}`).toEqual([]);
    }
    scripts.length = 0;
    await page.goto(pathOf('scenarios/', lang));
    await waitUntilDrawn(page);
    expect(scripts.some((s) => /mermaid\.core/.test(s)), 'a page with a diagram fetches Mermaid').toBe(true);
    const d = await readDiagram(page, 0);
    expect(d.labels).toContain(lang === 'en' ? 'Long-text processing' : '长文本处理');
    expect(d.edges.length).toBeGreaterThanOrEqual(8);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['en', 'zh'] as const) {
    test(`a note replaces the diagram and the text version follows (${lang})`, async ({ page }) => {
      await page.goto(pathOf('outlook/', lang));
      const boxes = page.locator('[data-diagram]');
      await expect(boxes).toHaveCount(2);
      for (let i = 0; i < 2; i++) {
        const box = boxes.nth(i);
        // Playwright's text matchers skip <noscript>, so read the note from the DOM.
        const note = await box.evaluate((e) => {
          const p = e.querySelector('noscript > *');
          const r = p?.getBoundingClientRect();
          return { text: (p?.textContent ?? '').trim(), shown: !!r && r.width > 0 && r.height > 0 };
        });
        expect(note).toEqual({ text: diagramNote[lang], shown: true });
        await expect(box.locator('svg')).toHaveCount(0);
        expect((await box.boundingBox())!.height, 'no large empty placeholder without JS').toBeLessThan(150);
        await expect(box.locator('xpath=following-sibling::div[contains(@class,"text-version")][1]//li').first()).toBeVisible();
      }
    });
  }
});
