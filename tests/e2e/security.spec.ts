// Every built page, served with the host's headers (scripts/serve.mjs applies dist/_headers), runs
// under its Content-Security-Policy without a single violation, lazy Chart.js included; and the
// policy really stops script that the build did not write.
import { expect, test, type Page } from '@playwright/test';
import { sitePages } from '../../scripts/serve.mjs';

/** The served path of every page in dist/, embed pages in the dark theme. */
const pages = sitePages('dist').map((p) => (/^\/(zh\/)?embed\//.test(p) ? `${p}?theme=dark` : p));

const securityHeaders = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

/** Starts recording the page's CSP violations and the console's complaints about its headers. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const complaints: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Permissions.Policy/i.test(m.text())) complaints.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`));
  });
  return async () => [...complaints, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

/** Scrolls through the page a screen at a time, so everything that loads on sight loads. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Two frames let on-sight loading start; a timer bounds the wait, since a busy machine can hold
    // frames back for seconds (CI timed out here once on a long model page).
    const frame = () =>
      Promise.race([
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        new Promise((done) => setTimeout(done, 250)),
      ]);
    const end = document.documentElement.scrollHeight;
    for (let y = 0; y < end; y += innerHeight) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  });
}

test.describe('Content-Security-Policy on every page', () => {
  test('finds the pages', () => {
    // The pages of the site (sections, models, claims, methodology, data, embedding docs, embeds), both languages.
    expect(pages.length).toBeGreaterThan(70);
    expect(pages).toContain('/zh/embed/capability-radar/?theme=dark');
  });

  for (const path of [...pages, '/no-such-page/']) {
    test(`${path} runs without a violation`, async ({ page }) => {
      const violations = await watchPolicy(page);
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
      const headers = response!.headers();
      for (const name of securityHeaders) expect(headers[name], `${path}: ${name}`).toBeTruthy();

      await scrollThrough(page);
      const radars = page.locator('canvas[data-radar]');
      for (const radar of await radars.all()) {
        await radar.scrollIntoViewIfNeeded();
        await expect(radar).toHaveAttribute('data-drawn', '', { timeout: 20_000 });
      }
      // The chart view of one table loads Chart.js's bar charts: that code runs under the policy too.
      const toggle = page.locator('button.view-toggle').first();
      if (await toggle.isVisible()) {
        await toggle.click();
        const charts = page.locator('[id$="-charts"]:visible').first();
        await expect(charts).toBeVisible();
        // A grouped chart with no comparable results says so in a sentence instead of drawing bars.
        const series = JSON.parse((await charts.getAttribute('data-series')) ?? '{"groups":[0]}') as { groups: unknown[] };
        if (series.groups.length > 0) await expect(charts.locator('canvas').first()).toBeVisible();
        else await expect(charts.locator('p')).toBeVisible();
      }
      if (path.includes('?theme=dark')) {
        // The theme option is read by the embed page's inline script: its hash let it run.
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      }
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
    });
  }
});

test.describe('what the policy stops', () => {
  test('script-src has no way in for inline script or eval', async ({ request }) => {
    for (const path of ['/', '/embed/cost-example/']) {
      const policy = (await request.get(path)).headers()['content-security-policy'] ?? '';
      const scriptSrc = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src');
      expect(scriptSrc, `${path}: ${policy}`).toBeDefined();
      // 'wasm-unsafe-eval' (the site search's WebAssembly) only on the site's own pages, never on embeds.
      expect(scriptSrc!.slice(1).filter((s) => !/^'sha256-[A-Za-z0-9+/]+={0,2}'$/.test(s)), path).toEqual(path === '/' ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    }
  });

  test('an injected inline script and eval are blocked, and reported', async ({ page }) => {
    const violations = await watchPolicy(page);
    await page.goto('/cost/');
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      const reported = new Promise((done) => document.addEventListener('securitypolicyviolation', done, { once: true }));
      document.head.append(script);
      await reported;
      let evaluated: string;
      try {
        evaluated = String((0, eval)('"eval ran"'));
      } catch (e) {
        evaluated = (e as Error).name;
      }
      return { injected: 'injected' in window, evaluated };
    });
    expect(outcome).toEqual({ injected: false, evaluated: 'EvalError' });
    expect((await violations()).filter((v) => v.startsWith('script-src-elem blocked inline'))).toHaveLength(1);
  });
});
