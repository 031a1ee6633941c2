// Our figures on a docs page of another site (another origin: the site's port + 2), embedded with
// the snippet from their oEmbed files: each iframe fits its figure, in light and dark, only our
// own frames' well-formed messages move it, and the served headers let only embed pages be framed.
import { expect, test, type Page } from '@playwright/test';
import { fit, frameOf, hostOrigin, hostPage, waitUntilFrameDrawn, watch } from './embed-support';

/** A table, the radar chart and a diagram (in Chinese), as a docs author would pick them. */
const figures = ['cost-example', 'capability-radar', 'zh/scenario-matrix'];
const paths = ['/embed/cost-example/', '/embed/capability-radar/', '/zh/embed/scenario-matrix/'];

/** Waits until every embed on the host page is drawn and its iframe has been sized to it. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
  for (const path of paths) {
    await page.locator(`iframe[src*="${path}"]`).scrollIntoViewIfNeeded();
    await waitUntilFrameDrawn(await frameOf(page, path));
    await expect.poll(async () => {
      const f = await fit(page, path);
      return f.styled !== '' && Math.abs(f.outer - f.content) <= 2 && !f.scrolls;
    }, { message: `${path} fits its figure`, timeout: 20_000 }).toBe(true);
  }
}

const cases = [
  { name: 'light', colorScheme: 'light', theme: undefined, background: 'rgb(255, 255, 255)' },
  { name: 'dark', colorScheme: 'dark', theme: undefined, background: 'rgb(21, 23, 27)' },
  { name: 'dark forced with ?theme=dark on a light system', colorScheme: 'light', theme: 'dark', background: 'rgb(21, 23, 27)' },
] as const;

for (const c of cases) {
  test.describe(`embedded on another site (${c.name})`, () => {
    test.use({ colorScheme: c.colorScheme, viewport: { width: 900, height: 900 } });

    test('each iframe settles to its figure’s height, with no inner scrollbar, in the right colours', async ({ page, baseURL }) => {
      const problems = watch(page);
      await page.goto(hostPage(baseURL, figures, c.theme));
      await settle(page);
      for (const path of paths) {
        const f = await fit(page, path);
        expect(Math.abs(f.outer - f.content), `${path}: iframe ${f.outer}px for ${f.content}px of content`).toBeLessThanOrEqual(2);
        expect(f.scrolls, `${path}: no inner scrollbar`).toBe(false);
        const frame = await frameOf(page, path);
        expect(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), `${path}: background`).toBe(c.background);
      }
      // Diagrams are drawn in the frame's colours too.
      const diagram = await frameOf(page, paths[2]!);
      const nodeFill = await diagram.evaluate(() => {
        // Each box holds a light and a dark drawing; the one shown is the one with a size.
        const shown = [...document.querySelectorAll('[data-diagram] svg')].find((svg) => svg.getBoundingClientRect().width > 0);
        const rect = shown?.querySelector('.node rect');
        const [r, g, b] = (rect ? getComputedStyle(rect).fill : '').match(/\d+/g)?.map(Number) ?? [];
        return r === undefined ? -1 : (r + (g ?? 0) + (b ?? 0)) / 3;
      });
      if (c.background === 'rgb(255, 255, 255)') expect(nodeFill, 'light diagram boxes').toBeGreaterThan(160);
      else expect(nodeFill, 'dark diagram boxes').toBeLessThan(96);

      // A narrower column: the figures reflow and the iframes follow.
      await page.setViewportSize({ width: 420, height: 900 });
      await settle(page);
      expect(problems).toEqual([]);
    });
  });
}

test.describe('messages that must not move an iframe', () => {
  test('a wrong shape, another frame, the host page itself or another origin changes nothing', async ({ page, baseURL }) => {
    await page.goto(hostPage(baseURL, figures));
    await settle(page);
    const before = await Promise.all(paths.map(async (p) => (await fit(page, p)).outer));
    const table = await frameOf(page, paths[0]!);
    const radar = await frameOf(page, paths[1]!);

    // From the table's own frame, but not our shape.
    await table.evaluate(() => {
      for (const data of [
        { type: 'llm-showdown:height', figure: 'cost-example', height: '900' },
        { type: 'llm-showdown:size', figure: 'cost-example', height: 900 },
        { type: 'llm-showdown:height', height: 900 },
        { type: 'llm-showdown:height', figure: 'cost-example', height: -1 },
        { type: 'llm-showdown:height', figure: 'capability-radar', height: 900 },
        'llm-showdown:height 900',
      ]) window.parent.postMessage(data, '*');
    });
    // Well-formed, but from another of our frames claiming to be the table.
    await radar.evaluate(() => window.parent.postMessage({ type: 'llm-showdown:height', figure: 'cost-example', height: 900 }, '*'));
    // Well-formed, from the host page itself and from a frame of the host's own origin.
    await page.evaluate(async () => {
      window.postMessage({ type: 'llm-showdown:height', figure: 'cost-example', height: 900 }, '*');
      const rogue = document.createElement('iframe');
      rogue.srcdoc = '<script>parent.postMessage({ type: "llm-showdown:height", figure: "cost-example", height: 900 }, "*")<\/script>';
      const loaded = new Promise((done) => rogue.addEventListener('load', done));
      document.body.append(rogue);
      await loaded;
    });
    await page.waitForTimeout(500);
    expect(await Promise.all(paths.map(async (p) => (await fit(page, p)).outer))).toEqual(before);

    // The same message from the table's own frame is obeyed: the listener was there all along.
    await table.evaluate(() => window.parent.postMessage({ type: 'llm-showdown:height', figure: 'cost-example', height: 900 }, '*'));
    await expect.poll(async () => (await fit(page, paths[0]!)).outer).toBe(900);
  });
});

test.describe('framing rules as served', () => {
  test('the headers say who may frame which page', async ({ request }) => {
    for (const path of ['/', '/cost/', '/zh/performance/', '/embedding/']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toMatch(/(^|; )frame-ancestors 'self'($|;)/);
      // frame-ancestors alone (see public/_headers: X-Frame-Options cannot be lifted on Netlify).
      expect(headers['x-frame-options'], path).toBeUndefined();
    }
    for (const path of ['/embed/cost-example/', '/zh/embed/capability-radar/']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toMatch(/(^|; )frame-ancestors \*($|;)/);
      expect(headers['x-frame-options'], path).toBeUndefined();
    }
  });

  test('another site cannot frame a page of the site, but can frame an embed page', async ({ page, baseURL }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().includes('frame-ancestors')) refused.push(m.text());
    });
    await page.goto(`${hostOrigin(baseURL)}/`);
    const site = new URL(baseURL ?? '').origin;
    await page.evaluate(async (origin) => {
      const frames = [`${origin}/cost/`, `${origin}/embed/cost-example/`].map((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.append(frame);
        return new Promise((done) => frame.addEventListener('load', done));
      });
      await Promise.all(frames);
    }, site);
    const byUrl = (part: string) => page.frames().find((f) => f.url().includes(part));
    // The refused page is replaced by the browser's error page: none of our content is shown.
    expect(byUrl('/cost/')).toBeUndefined();
    expect(page.frames().some((f) => f.url().startsWith('chrome-error://'))).toBe(true);
    expect(refused.join('\n')).toContain(`Framing '${site}/' violates the following Content Security Policy directive: "frame-ancestors 'self'"`);
    const embed = byUrl('/embed/cost-example/');
    expect(embed).toBeDefined();
    await expect(embed!.locator('table[data-table="cost-example"]')).toBeVisible();
  });

  test('the site may still frame its own pages', async ({ page }) => {
    await page.goto('/embedding/');
    await page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.src = '/cost/';
      document.body.append(frame);
      await new Promise((done) => frame.addEventListener('load', done));
    });
    const frame = page.frames().find((f) => f.url().endsWith('/cost/'));
    await expect(frame!.locator('h1')).toBeVisible();
  });
});
