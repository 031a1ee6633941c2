import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { serveBuilt, embedJobs } from '../src/integrations/figure-pictures';
const root = 'dist';
const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
const site = await serveBuilt(root, '/');
const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 2, javaScriptEnabled: false });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const t: Record<string, number> = {};
const sz: Record<string, number> = {};
const add = (k: string, s: number, b?: Buffer) => { t[k] = (t[k] ?? 0) + performance.now() - s; if (b) sz[k] = (sz[k] ?? 0) + b.length; };
const jobs = embedJobs(root).slice(0, Number(process.env.N ?? 100));
for (const job of jobs) {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(`${site.origin}/${job.locale === 'en' ? '' : 'zh/'}embed/${job.figure}/`);
  await page.emulateMedia({ colorScheme: 'light' });
  const height = await page.evaluate(() => Math.min(Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? 0), document.documentElement.scrollHeight));
  let s = performance.now(); const a = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1200, height }, scale: 'device', animations: 'disabled', caret: 'hide' }); add('pw', s, a);
  await page.setViewportSize({ width: 1200, height });
  const clip = { x: 0, y: 0, width: 1200, height, scale: 2 };
  s = performance.now(); const b = Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png', clip })).data, 'base64'); add('cdp-png', s, b);
  s = performance.now(); const c = Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png', clip, optimizeForSpeed: true })).data, 'base64'); add('cdp-png-fast', s, c);
  s = performance.now(); const d = Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'jpeg', quality: 10, clip })).data, 'base64'); add('cdp-jpeg', s, d);
  s = performance.now(); const e = await sharp(c).png({ compressionLevel: 9 }).toBuffer(); add('sharp-reencode', s, e);
  const [ra, rc] = await Promise.all([sharp(a).raw().toBuffer(), sharp(c).raw().toBuffer()]);
  if (!ra.equals(rc)) { let n = 0; for (let i = 0; i < ra.length; i++) if (ra[i] !== rc[i]) n++; console.log('differ', job.locale, job.figure, n, ra.length); (await import('node:fs')).writeFileSync('/tmp/prof/d-pw.png', a); (await import('node:fs')).writeFileSync('/tmp/prof/d-cdp.png', c); }
  const m = await sharp(a).metadata(); const m2 = await sharp(c).metadata(); if (m.width !== m2.width) console.log(m.width, m2.width);
}
console.log(jobs.length, Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])), sz);
await browser.close(); await site.close();
