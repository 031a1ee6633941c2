// Diagrams drawn at build time: every label fits its box in both languages and both colour themes,
// the picture follows the reader's colour scheme, phones scroll a wide diagram instead of shrinking
// its text, and a fresh render of a diagram gives exactly the bytes in the built page.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { closeMermaidRenderer, renderMermaid, useChromium } from '../../src/integrations/mermaid-renderer';
import { finishSvg, minDiagramScale } from '../../src/lib/diagram-svg';
import { diagramSource } from '../../src/lib/figures/figure';
import { readContent } from '../../src/lib/read-content';
import { pathOf } from './support';

const diagramSections = ['', 'architecture/', 'scenarios/', 'outlook/'];

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every label fits inside its shape, in both languages (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const lang of ['en', 'zh'] as const) {
      for (const section of diagramSections) {
        await page.goto(pathOf(section, lang));
        const svgs = page.locator('[data-diagram] svg:visible');
        for (let i = 0; i < (await svgs.count()); i++) {
          const overflow = await svgs.nth(i).evaluate((svg) => {
            const out: string[] = [];
            const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
            // HTML labels (flowcharts, mind maps): the text box within its foreignObject.
            for (const fo of svg.querySelectorAll('foreignObject')) {
              const label = fo.querySelector('p, span') ?? fo.firstElementChild;
              if (label && (label.textContent ?? '').trim() && !inside(label.getBoundingClientRect(), fo.getBoundingClientRect())) out.push(`"${label.textContent}" spills out of its label box`);
            }
            // SVG text (timelines): within the drawing.
            const all = svg.getBoundingClientRect();
            for (const t of svg.querySelectorAll('text')) {
              if ((t.textContent ?? '').trim() && !inside(t.getBoundingClientRect(), all)) out.push(`"${t.textContent}" is cut off`);
            }
            return out;
          });
          expect(overflow, `${pathOf(section, lang)} diagram ${i}`).toEqual([]);
        }
      }
    }
    await context.close();
  });
}

test('the diagram follows the colour scheme: light shapes on light, dark on dark', async ({ browser }) => {
  const seen: Record<string, { fill: number; text: number }> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(pathOf('scenarios/', 'en'));
    const svg = page.locator('[data-diagram] svg:visible');
    await expect(svg).toHaveCount(1);
    const { fill, color } = await svg.evaluate((s) => {
      const shape = s.querySelector('g.node rect, g.node path')!;
      const label = s.querySelector('g.node .nodeLabel')!;
      return { fill: getComputedStyle(shape).fill, color: getComputedStyle(label).color };
    });
    seen[colorScheme] = { fill: luminance(fill), text: luminance(color) };
    await context.close();
  }
  expect(seen['light']!.fill, JSON.stringify(seen)).toBeGreaterThan(0.6);
  expect(seen['light']!.text).toBeLessThan(0.2);
  expect(seen['dark']!.fill, JSON.stringify(seen)).toBeLessThan(0.1);
  expect(seen['dark']!.text).toBeGreaterThan(0.5);
});

test('on a phone a wide diagram scrolls sideways, keyboard included, and keeps readable labels', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(pathOf('outlook/', 'zh'));
  const box = page.locator('[data-diagram]').nth(1);
  const svg = box.locator('svg:visible');
  const { scale, scrolls } = await svg.evaluate((s: SVGSVGElement) => ({
    scale: s.getBoundingClientRect().width / s.viewBox.baseVal.width,
    scrolls: s.closest('[data-diagram]')!.scrollWidth > s.closest('[data-diagram]')!.clientWidth,
  }));
  expect(scale, 'drawn at no less than the minimum scale').toBeGreaterThanOrEqual(minDiagramScale - 0.01);
  expect(scrolls).toBe(true);
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  await context.close();
});

test('a fresh render of a diagram gives the same bytes as the built page; bad sources fail clearly', async () => {
  const { data } = readContent('content');
  if (!data) throw new Error('content/ does not load');
  useChromium(await findChromium(), chromiumArgs);
  try {
    for (const [lang, page, id] of [
      ['en', 'dist/scenarios/index.html', 'scenario-matrix'],
      ['zh', 'dist/zh/outlook/index.html', 'developer-strategy'],
    ] as const) {
      const html = readFileSync(page, 'utf8');
      const { source, title } = diagramSource(data, id, lang);
      for (const theme of ['light', 'dark'] as const) {
        const fresh = finishSvg(await renderMermaid(source, theme), title);
        expect(fresh.length).toBeGreaterThan(2000);
        expect(html.includes(fresh), `${page}: the ${theme} SVG of ${id} is byte-identical to a fresh render`).toBe(true);
      }
    }
    // A source Mermaid cannot parse fails the build with Mermaid's message and the source.
    await expect(renderMermaid('flowchart LR\n  a --> ', 'light')).rejects.toThrow(/^Mermaid could not draw a diagram \(light theme\): .*Parse error[\s\S]*Its source:\nflowchart LR\n {2}a --> $/);
  } finally {
    await closeMermaidRenderer();
  }
});
