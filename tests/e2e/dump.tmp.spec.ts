import { test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { waitUntilDrawn } from './support';
for (const p of ['/', '/scenarios/', '/outlook/', '/zh/outlook/', '/architecture/']) test('dump ' + p, async ({ page }) => {
  await page.goto(p); await waitUntilDrawn(page);
  const svgs = await page.locator('[data-diagram] svg').evaluateAll((s) => s.map((x) => x.outerHTML));
  svgs.forEach((s, i) => writeFileSync(`/tmp/e2e/svg${p.replace(/\//g, '_')}${i}.svg`, s));
});
