// Every figure of the site has an embed page in both languages and an oEmbed file: found by walking
// the built site (dist/) and checked against the data. Each embed page, served with the host's
// headers, loads cleanly (axe: a11y.spec.ts), runs no script but its figure's and the height reporter, and
// starts its iframe at a height near the real one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/read-content';
import { waitUntilFrameDrawn, watch } from './embed-support';

const dist = 'dist';
const published = 'https://llm-showdown.example';
const { data } = readContent('content');
if (!data) throw new Error('content/ does not load');
const all = [...data.tables, ...data.figures];
const langs = [
  { lang: 'en', prefix: '' },
  { lang: 'zh', prefix: 'zh/' },
] as const;

/** Every built HTML page that is not an embed page, as paths under dist/. */
function sitePages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return /^(zh\/)?embed$/.test(path.slice(dist.length + 1)) ? [] : sitePages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Ids of the figures a built page shows: each `<figure id>`, and each table with its own anchor. */
function figuresOn(html: string): string[] {
  const figures = [...html.matchAll(/<figure\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]!);
  const tables = [...html.matchAll(/\bdata-table="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([...figures, ...tables])];
}

test.describe('every figure can be embedded', () => {
  test('each figure on the site’s pages has an embed page and an oEmbed file in both languages', () => {
    const pages = sitePages();
    expect(pages.length).toBeGreaterThanOrEqual(16);
    const seen = new Set<string>();
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const id of figuresOn(html)) seen.add(id);
      // Each figure on a page has its Embed control (a table inside another figure shares its figure's).
      const figures = [...html.matchAll(/<figure\b[^>]*\bid="([^"]+)"/g)].length;
      expect(html.match(/<details class="embed-control"/g)?.length ?? 0, `${page}: one Embed control per figure`).toBe(figures);
    }
    // The pages show exactly the figures of the data, and each one has its four files.
    expect([...seen].sort()).toEqual(all.map((f) => f.id).sort());
    for (const id of seen) {
      for (const { prefix } of langs) {
        expect(existsSync(join(dist, prefix, 'embed', id, 'index.html')), `/${prefix}embed/${id}/`).toBe(true);
        expect(existsSync(join(dist, prefix, 'oembed', `${id}.json`)), `/${prefix}oembed/${id}.json`).toBe(true);
      }
    }
    // And nothing else: no embed page for a figure that no longer exists.
    for (const { prefix } of langs) expect(readdirSync(join(dist, prefix, 'embed')).sort()).toEqual([...seen].sort());
  });

  test('each oEmbed file is an oEmbed 1.0 rich response whose snippet shows that figure', () => {
    for (const f of all) {
      for (const { lang, prefix } of langs) {
        const where = `/${prefix}oembed/${f.id}.json`;
        const o = JSON.parse(readFileSync(join(dist, prefix, 'oembed', `${f.id}.json`), 'utf8'));
        expect(o, where).toMatchObject({ type: 'rich', version: '1.0', title: f.title[lang], provider_name: lang === 'en' ? 'LLM Showdown' : '大模型对决', provider_url: `${published}/${prefix}`, width: 640 });
        expect(o.height, where).toBeGreaterThan(100);
        const iframe = o.html.match(/^<iframe src="([^"]+)" title="([^"]+)" width="100%" height="(\d+)" loading="lazy" style="width:100%;border:0"><\/iframe>\n<script async src="([^"]+)"><\/script>\n<noscript><a href="([^"]+)"><img src="([^"]+)" alt="[^"]+" style="max-width:100%;height:auto"><\/a><\/noscript>$/);
        expect(iframe, `${where}: snippet`).not.toBeNull();
        expect(iframe[1], where).toBe(`${published}/${prefix}embed/${f.id}/`);
        expect(iframe[2], where).toContain(f.title[lang].replace(/&/g, '&amp;'));
        expect(Number(iframe[3]), where).toBe(o.height);
        expect(iframe[4], where).toBe(`${published}/embed.js`);
        // Where the host runs no scripts, the figure's light picture stands in, linked to its page.
        expect(iframe[5], where).toMatch(new RegExp(`^${published}/${prefix}([a-z-]+/)?#${f.id}$`));
        expect(iframe[6], where).toBe(`${published}/${prefix}img/${f.id}.light.png`);
      }
    }
  });

  test('each embed page names its oEmbed file, links back to the figure’s page and has no site navigation', () => {
    for (const f of all) {
      for (const { prefix } of langs) {
        const where = `/${prefix}embed/${f.id}/`;
        const html = readFileSync(join(dist, prefix, 'embed', f.id, 'index.html'), 'utf8');
        expect(html, where).toContain(`<link rel="alternate" type="application/json+oembed" href="${published}/${prefix}oembed/${f.id}.json"`);
        const page = f.section === 'overview' ? `/${prefix}` : `/${prefix}${f.section}/`;
        expect(html, where).toContain(`href="${page}#${f.id}" target="_top"`);
        expect(html, where).not.toMatch(/<nav\b|site-header|site-footer|embed-control/);
      }
    }
  });
});

const pages = all.flatMap((f) => langs.map(({ lang, prefix }) => ({ f, lang, path: `/${prefix}embed/${f.id}/` })));

test.describe('embed pages in the browser', () => {
  test.use({ viewport: { width: 640, height: 600 } });

  for (const { f, lang, path } of pages) {
    // English pages in the reader's (light) colours, Chinese ones forced dark: both themes load cleanly.
    const theme = lang === 'zh' ? 'dark' : undefined;
    test(`${path}${theme ? ` (theme=${theme})` : ''} loads cleanly and runs only its figure’s scripts`, async ({ page }) => {
      const problems = watch(page);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      const response = await page.goto(theme ? `${path}?theme=${theme}` : path);
      expect(response?.status()).toBe(200);
      await waitUntilFrameDrawn(page.mainFrame());
      await page.waitForLoadState('networkidle');

      await expect(page.locator(`figure#${f.id}`)).toBeVisible();
      if (theme) await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      else await expect(page.locator('html')).not.toHaveAttribute('data-theme');

      // Scripts: the height reporter (inline), the table tools where the figure has a table (sorting),
      // the note popovers where it has public-record notes, and Chart.js for the radar.
      const inline = await page.locator('script:not([src])').evaluateAll((list) => list.map((s) => s.textContent ?? ''));
      expect(inline.filter((code) => code.includes('llm-showdown:height')), 'the height reporter').toHaveLength(1);
      // Entry scripts are named after their component; the chunks they import are not.
      const tables = await page.locator('table[data-table]').count();
      const entries = scripts.filter((s) => /_astro_type_script_/.test(s));
      const tableTools = entries.filter((s) => /TableTools\.astro/.test(s));
      expect(tableTools, 'the table tools, once, only with a table').toHaveLength(tables > 0 ? 1 : 0);
      const notes = await page.locator('.record-notes').count();
      const noteTools = entries.filter((s) => /RecordNotes\.astro/.test(s));
      expect(noteTools, 'the note popovers, once, only with public-record notes').toHaveLength(notes > 0 ? 1 : 0);
      // Diagrams arrive drawn at build time as SVG; only the radar loads a script (Chart.js) of its own.
      const own = entries.filter((s) => !tableTools.includes(s) && !noteTools.includes(s));
      if (f.id === 'capability-radar') expect(own.length, 'the figure’s own scripts').toBeGreaterThan(0);
      else expect(own, 'no other entry script').toEqual([]);
      if (tables === 0 && f.id !== 'capability-radar') expect(scripts, 'no script file at all').toEqual([]);


      // The snippet's starting height is near the real one at the width it is estimated for.
      const height = await page.evaluate(() => document.querySelector('main')?.getBoundingClientRect().height ?? 0);
      const o = JSON.parse(readFileSync(join(dist, lang === 'en' ? '' : 'zh', 'oembed', `${f.id}.json`), 'utf8'));
      expect(o.height / height, `estimate ${o.height}px for ${Math.round(height)}px`).toBeGreaterThan(0.7);
      expect(o.height / height, `estimate ${o.height}px for ${Math.round(height)}px`).toBeLessThan(1.4);
      expect(problems).toEqual([]);
    });
  }

  test('?title=0 hides the title from sight but not from screen readers', async ({ page }) => {
    await page.goto('/embed/cost-example/?title=0');
    const title = page.locator('#cost-example-title');
    expect(await title.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    await expect(page.getByRole('table', { name: 'Cost example (A100 instances)' })).toBeVisible();
    await page.goto('/embed/cost-example/');
    expect(await title.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(10);
  });
});
