import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { serveBuilt, embedJobs } from '../src/integrations/figure-pictures';
const root = 'dist';
const variant = process.env.V ?? 'shared';
const extra = process.env.ARGS ? process.env.ARGS.split(' ') : [];
const browser = await chromium.launch({ executablePath: await findChromium(), args: [...chromiumArgs, ...extra] });
const site = await serveBuilt(root, '/');
const opts = { viewport: { width: 1200, height: 800 }, deviceScaleFactor: 2, javaScriptEnabled: false };
const shared = await browser.newContext(opts);
const jobs = embedJobs(root).slice(0, Number(process.env.N ?? 100));
const queue = [...jobs];
const start = performance.now();
const worker = async () => {
  const context = variant === 'shared' ? shared : await browser.newContext(opts);
  const page = await context.newPage();
  for (let job = queue.shift(); job; job = queue.shift()) {
    await page.goto(`${site.origin}/${job.locale === 'en' ? '' : 'zh/'}embed/${job.figure}/`);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      const height = await page.evaluate(() => Math.min(Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? 0), document.documentElement.scrollHeight));
      await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1200, height }, scale: 'device', animations: 'disabled', caret: 'hide' });
    }
  }
};
await Promise.all([worker(), worker()]);
console.log(variant, extra.join(' '), jobs.length, Math.round(performance.now() - start), 'ms');
await browser.close(); await site.close();
