// Every figure's picture (src/integrations/figure-pictures.ts): PNG at 1200 and 2400 px in both
// languages and themes, SVG where the figure is vector; a table's picture shows what its embed page
// shows; the Markdown and <picture> snippets show the figure on another site; the embed options
// ?theme, ?plain and ?static do what the "Embed a figure" page says.
import { expect, test, type Page } from '@playwright/test';
import { readContent } from '../../src/lib/read-content';
import { picturePath, pictureThemes } from '../../src/lib/figure-pictures';
import { findFigure, isVector } from '../../src/lib/figures/figure';
import { hostOrigin, watch } from './embed-support';

const { data } = readContent('content');
if (!data) throw new Error('content/ does not load');
const all = [...data.tables, ...data.figures];
const table = data.tables[0]!;
const langs = ['en', 'zh'] as const;
const siteName = { en: 'LLM Showdown', zh: '大模型对决' };

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test('every figure has its PNG at 1× and 2× in both languages and themes, and SVG where it is vector', async ({ request }) => {
  // About 35 MB of pictures, fetched a figure at a time.
  test.setTimeout(240_000);
  expect(all.length).toBeGreaterThan(10);
  await Promise.all(all.map(async (def) => {
    for (const lang of langs) {
      for (const theme of pictureThemes) {
        const one = await request.get(`/${picturePath(def.id, lang, theme, 'png')}`);
        const two = await request.get(`/${picturePath(def.id, lang, theme, 'png2x')}`);
        expect([one.status(), two.status()], `${def.id} ${lang} ${theme}`).toEqual([200, 200]);
        expect(one.headers()['content-type']).toBe('image/png');
        const small = pngSize(await one.body());
        const big = pngSize(await two.body());
        expect(small.width, `${def.id} ${lang} ${theme} 1×`).toBe(1200);
        expect(big.width, `${def.id} ${lang} ${theme} 2×`).toBe(2400);
        expect(Math.abs(big.height - 2 * small.height), `${def.id} ${lang} ${theme}: the 2× is the 1× doubled`).toBeLessThanOrEqual(2);
        const svg = await request.get(`/${picturePath(def.id, lang, theme, 'svg')}`);
        if (!isVector(findFigure(data, def.id)!)) {
          expect(svg.status(), `${def.id} is not vector: no SVG`).toBe(404);
          continue;
        }
        expect(svg.status(), `${def.id} ${lang} ${theme} SVG`).toBe(200);
        expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
        const text = await svg.text();
        // It stands on its own: the figure's title, its source line and the site's name are in it.
        expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" /);
        expect(text).toContain(`<title>${escapeXml(def.title[lang])}</title>`);
        expect(text).toContain(siteName[lang]);
        expect(text).toMatch(lang === 'en' ? />Source: / : />来源：/);
      }
    }
  }));
});

/**
 * Counts the pixels in which two same-sized PNGs (as base64) differ by more than `tolerance` in a
 * channel, drawn on canvases in the page.
 */
function differingPixels(page: Page, a: string, b: string, tolerance = 0): Promise<number> {
  return page.evaluate(async ([a, b, tolerance]) => {
    const pixels = async (src: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${src}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, img.naturalWidth, img.naturalHeight);
    };
    const [x, y] = await Promise.all([pixels(a), pixels(b)]);
    if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
    let differ = 0;
    const off = (i: number) => Math.abs(x.data[i]! - y.data[i]!) > tolerance;
    for (let i = 0; i < x.data.length; i += 4) if (off(i) || off(i + 1) || off(i + 2)) differ += 1;
    return differ;
  }, [a, b, tolerance] as const);
}

test.describe('a table’s picture', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1200, height: 800 }, colorScheme: 'light', deviceScaleFactor: 2 });

  test('shows what its embed page shows: the same title, the same rows, pixel for pixel', async ({ page, request }) => {
    await page.goto(`/embed/${table.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(table.title.en);
    const rows = await page.locator(`table[data-table="${table.id}"] tbody tr`).count();
    expect(rows).toBe(table.rows === 'models' ? data.models.length : table.metrics.length);
    const height = await page.evaluate(() => Math.min(Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom), document.documentElement.scrollHeight));
    const png = await (await request.get(`/${picturePath(table.id, 'en', 'light', 'png2x')}`)).body();
    expect(pngSize(png)).toEqual({ width: 2400, height: 2 * height });
    const shot = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1200, height } });
    // The 1× picture is the 2× one halved by the build: set beside the browser's own 1× capture.
    const png1x = await (await request.get(`/${picturePath(table.id, 'en', 'light', 'png')}`)).body();
    expect(pngSize(png1x)).toEqual({ width: 1200, height });
    const shot1x = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1200, height }, scale: 'css' });
    // Compared on a blank page: the embed page's policy allows no data: images.
    await page.goto('about:blank');
    // The test's own capture of the HTML against the build's picture of it.
    expect(await differingPixels(page, shot.toString('base64'), png.toString('base64'))).toBeLessThan(2400 * 2 * height * 0.001);
    // Two ways of scaling text down differ at glyph edges only: few pixels by more than a faint shade.
    expect(await differingPixels(page, shot1x.toString('base64'), png1x.toString('base64'), 64)).toBeLessThan(1200 * height * 0.01);
  });
});

test.describe('the picture snippets, pasted on another site', () => {
  test.use({ viewport: { width: 900, height: 900 } });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`show the figure from its picture (${colorScheme} reader)`, async ({ page, baseURL }) => {
      await page.emulateMedia({ colorScheme });
      const site = new URL(baseURL ?? '').origin;
      const section = table.section === 'overview' ? '' : `${table.section}/`;
      await page.goto(`/${section}`);
      // The download links follow the reader's colours.
      const png = page.locator(`#${table.id} [data-picture="png"]`).filter({ visible: true });
      await expect(png).toHaveAttribute('href', `/${picturePath(table.id, 'en', colorScheme, 'png')}`);
      await expect(page.locator(`#${table.id} [data-picture]`).filter({ visible: true })).toHaveText(['PNG', 'PNG 2×']);
      await page.locator(`#${table.id} [data-embed-control] summary`).click();
      const dialog = page.getByRole('dialog');
      const markdown = await dialog.getByRole('textbox', { name: /^Markdown/ }).inputValue();
      const picture = await dialog.getByRole('textbox', { name: /^HTML without a frame/ }).inputValue();
      expect(markdown).toBe(`[![${table.title.en}](${site}/${picturePath(table.id, 'en', 'light', 'png')})](${site}/${section}#${table.id})`);
      expect(picture).toContain(`<source media="(prefers-color-scheme: dark)" srcset="${site}/${picturePath(table.id, 'en', 'dark', 'png')}, `);
      // What a Markdown renderer (a README, a wiki) makes of the Markdown snippet.
      const rendered = markdown.replace(/^\[!\[(.*)\]\((.*)\)\]\((.*)\)$/, '<p id="md"><a href="$3"><img src="$2" alt="$1"></a></p>');
      expect(rendered).toMatch(/^<p id="md">/);

      const problems = watch(page);
      await page.goto(`${hostOrigin(baseURL)}/paste/`);
      await page.getByRole('textbox', { name: 'HTML to publish' }).fill(`${rendered}\n${picture}`);
      await page.getByRole('button', { name: 'Publish' }).click();
      const published = page.getByRole('region', { name: 'Published' });
      const images = published.getByRole('img', { name: table.title.en });
      await expect(images).toHaveCount(2);
      for (const img of await images.all()) {
        await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1200);
      }
      const shown = await published.locator('picture img').evaluate((i: HTMLImageElement) => i.currentSrc);
      expect(shown).toBe(`${site}/${picturePath(table.id, 'en', colorScheme, 'png')}`);
      await expect(published.getByRole('link').first()).toHaveAttribute('href', `${site}/${section}#${table.id}`);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('embed options', () => {
  test.use({ colorScheme: 'light' });

  test('?theme=dark draws a dark figure for a light reader; ?plain=1 shows the figure alone', async ({ page }) => {
    await page.goto(`/embed/${table.id}/?theme=dark&plain=1`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, `background ${background}`).toBeLessThan(150);
    await expect(page.locator('figure table')).toBeVisible();
    await expect(page.locator('figure figcaption')).toBeHidden();
    const title = page.getByRole('heading', { level: 1, name: table.title.en });
    await expect(title).toHaveCount(1);
    expect((await title.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
  });

  test('?static=1 runs no script beyond the inline one, and the figure is all there', async ({ page }) => {
    // The table's script turns its sortable headers into buttons: a sign that module scripts ran.
    await page.goto(`/embed/${table.id}/`);
    await expect(page.locator('th button.sort').first()).toBeVisible();
    await page.goto(`/embed/${table.id}/?static=1`);
    await expect(page.locator(`table[data-table="${table.id}"]`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(table.title.en);
    await expect(page.locator('figure figcaption')).toBeVisible();
    // Given time to run, the scripts still have not: no buttons, no "js" class, the page as without JavaScript.
    await page.waitForLoadState('load');
    await expect(page.locator('th button.sort')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
  });
});
