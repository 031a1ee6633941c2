// Diagram colours as a reader sees them: every text in every diagram of dist/ at 4.5:1 or more
// against the fill it sits on, in both colour themes (axe does not look at SVG fills), and none of
// Mermaid's default theme colours left anywhere in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sitePages } from '../../scripts/serve.mjs';
import { contrastRatio, minTextContrast, over, parseColor, toHex } from '../../src/lib/color';
import { waitUntilDrawn } from './support';

const dist = 'dist';
const fileOf = (path: string) => join(dist, path, 'index.html');
/** Every page of dist/ with a diagram drawn at build time. */
const diagramPages = existsSync(dist) ? sitePages(dist).filter((p) => readFileSync(fileOf(p), 'utf8').includes('data-diagram')) : [];

/**
 * Colours of Mermaid's `default` and `dark` themes (primary, border, cluster, edge-label, section and
 * mind-map colours, as hex), found in the diagrams before they took the site's palette.
 */
const mermaidDefaults = [
  '#ececff', '#9370db', '#ffffde', '#aaaa33', '#e8e8e8', '#333333', '#cccccc', '#1f2020', '#81b1db',
  '#c386ff', '#8686ff', '#ffff78', '#d7ff86', '#ff86ff', '#0000ec', '#ababff', '#ffffb9', '#d0b9ff',
  '#0b0000', '#4d1037', '#3f5258', '#4f2f1b', '#797d7d', '#f9fffe', '#2c2c2c', '#474949',
];

/** Every colour written in a text (#rgb, #rrggbb, rgb(), rgba()) as #rrggbb, and the named `lightgrey`. */
function coloursIn(text: string): string[] {
  const found = [...text.matchAll(/#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)/g)].map((m) => parseColor(m[0])).filter((c) => c !== undefined).map(toHex);
  return text.includes('lightgrey') ? [...found, 'lightgrey'] : found;
}

test('we found the pages with diagrams', () => {
  expect(diagramPages.length, 'no diagram pages in dist/: build first').toBeGreaterThanOrEqual(18);
});

test('no page of dist/ carries a Mermaid default colour', () => {
  const pages = sitePages(dist);
  const hits = pages.flatMap((p) => {
    const html = readFileSync(fileOf(p), 'utf8');
    const bad = new Set(coloursIn(html).filter((c) => c === 'lightgrey' || mermaidDefaults.includes(c)));
    return bad.size > 0 ? [`${p}: ${[...bad].join(', ')}`] : [];
  });
  expect(hits).toEqual([]);
});

/** One text of a diagram: what it says, its colour and the colour under it, as the browser computes them. */
interface SeenText {
  text: string;
  color: string;
  under: string[];
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    for (const path of diagramPages) {
      test(`${path}: every diagram text is at ${minTextContrast}:1 on its own fill`, async ({ page }) => {
        await page.goto(path);
        await waitUntilDrawn(page);
        const seen: SeenText[] = await page.evaluate(() => {
          const out: { text: string; color: string; under: string[] }[] = [];
          const visible = [...document.querySelectorAll<SVGSVGElement>('[data-diagram] svg')].filter((s) => s.getBoundingClientRect().width > 0);
          const shapes = new Set(['rect', 'path', 'circle', 'ellipse', 'polygon']);
          const filled = (c: string) => c !== 'none' && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);
          for (const svg of visible) {
            // SVG text (timelines) and the innermost HTML elements holding text (labels in foreignObject).
            const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => (t.textContent ?? '').trim() !== '');
            const html = [...svg.querySelectorAll<HTMLElement>('foreignObject *')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== ''));
            for (const el of [...texts, ...html]) {
              el.scrollIntoView({ block: 'center', inline: 'center' });
              const style = getComputedStyle(el);
              const color = el instanceof SVGElement ? style.fill : style.color;
              const under: string[] = [];
              // An HTML label's own box background (edge labels) comes first, then the shapes below it.
              const box = el.closest('foreignObject');
              for (let a: Element | null = el; box && a && a !== box; a = a.parentElement) {
                const bg = getComputedStyle(a).backgroundColor;
                if (filled(bg)) under.push(bg);
              }
              const r = el.getBoundingClientRect();
              for (const hit of document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)) {
                if (svg.contains(hit) && shapes.has(hit.tagName.toLowerCase())) {
                  const fill = getComputedStyle(hit).fill;
                  if (filled(fill)) under.push(fill);
                } else if (!svg.contains(hit)) {
                  const bg = getComputedStyle(hit).backgroundColor;
                  if (filled(bg)) under.push(bg);
                }
              }
              under.push(getComputedStyle(document.documentElement).backgroundColor);
              out.push({ text: (el.textContent ?? '').trim(), color, under });
            }
          }
          return out;
        });
        expect(seen.length, 'no diagram text found').toBeGreaterThan(3);
        let lowest = Infinity;
        const low = seen.flatMap(({ text, color, under }) => {
          // The first fill found is the one right under the text; translucent ones are laid over the next.
          const layers = under.map((c) => parseColor(c)).filter((c) => c !== undefined);
          const bg = layers.reduceRight((below, top) => over(top, below));
          const fg = parseColor(color);
          if (!fg) return [`"${text}": unreadable colour ${color}`];
          const ratio = contrastRatio(over(fg, bg), bg);
          lowest = Math.min(lowest, ratio);
          return ratio < minTextContrast ? [`"${text}": ${toHex(fg)} on ${toHex(bg)} is ${ratio.toFixed(2)}:1`] : [];
        });
        test.info().annotations.push({ type: 'lowest contrast', description: `${lowest.toFixed(2)}:1 over ${seen.length} texts` });
        if (process.env['SHOW_CONTRAST']) console.log(`${scheme} ${path}: lowest ${lowest.toFixed(2)}:1 over ${seen.length} texts`);
        expect(low).toEqual([]);
      });
    }
  });
}
