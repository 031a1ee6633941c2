// The radar chart loads Chart.js only when it comes near the viewport: until then its static picture
// fills the same square, so nothing moves when the canvas takes over.
import { expect, test } from '@playwright/test';
import { pathOf } from './support';

for (const lang of ['en', 'zh'] as const) {
  test(`Chart.js loads only when the radar comes near the viewport, with no jump (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const chartChunk = () => scripts.filter((s) => /radar-chart|chart\.js|chunks\/chart/i.test(s));

    // A reader arriving at a table further down: the radar is far above the viewport.
    await page.goto(`${pathOf('performance/', lang)}#inference-performance`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const box = page.locator('#capability-radar [data-radar-box]');
    const picture = box.locator('svg[data-radar-picture]');
    const canvas = box.locator('canvas[data-radar]');
    expect(await box.evaluate((e) => e.getBoundingClientRect().bottom)).toBeLessThan(-300);
    expect(chartChunk(), 'Chart.js is not fetched while the chart is out of sight').toEqual([]);
    await expect(canvas).not.toHaveAttribute('data-drawn');
    const before = await box.boundingBox();
    expect(before!.height).toBeGreaterThan(300);
    expect(before!.height).toBeCloseTo(before!.width, 0);

    // Scrolling up to it loads Chart.js, which draws over the picture in the same square.
    await box.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await expect(canvas).toHaveAttribute('data-drawn', '', { timeout: 20_000 });
    expect(chartChunk().length).toBeGreaterThan(0);
    await expect(canvas).toBeVisible();
    await expect(picture).toBeHidden();
    const after = await box.boundingBox();
    expect(after!.height).toBe(before!.height);
    expect(after!.width).toBe(before!.width);
    const drawn = await canvas.boundingBox();
    expect(drawn!.height).toBe(after!.height);
    await context.close();
  });
}

test('until Chart.js draws, the static picture shows the same models in their colours', async ({ page }) => {
  // Keep Chart.js from arriving: the picture is what the reader sees.
  await page.route(/radar-chart[^/]*\.js$/, (route) => route.abort());
  await page.goto(pathOf('performance/', 'en'));
  const picture = page.locator('#capability-radar svg[data-radar-picture]');
  await expect(picture).toBeVisible();
  const series = await picture.locator('g.series').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-series'), getComputedStyle(g.querySelector('polygon')!).stroke]));
  expect(series).toEqual([
    ['DeepSeek', 'rgb(0, 114, 178)'],
    ['GPT-4', 'rgb(230, 159, 0)'],
    ['Claude', 'rgb(0, 158, 115)'],
    ['PaLM-2', 'rgb(204, 121, 167)'],
  ]);
  await expect(picture.locator('.legend')).toHaveText(['DeepSeek', 'GPT-4', 'Claude', 'PaLM-2']);
  await expect(page.locator('#capability-radar canvas')).toBeHidden();
});
