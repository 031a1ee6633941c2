// Weighs every built page in real Chromium (so lazily loaded chunks count, after scrolling to the end
// of the page) and fails when a page misses its budget. Prints one row per page: JavaScript, CSS,
// HTML and font bytes after gzip, and the number of requests. Pages are served with their _headers.
// Usage: node scripts/budgets.mjs [dir]   (default dist/; build it first with `npm run build`)
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { serveSite, sitePages } from './serve.mjs';

/** Budgets in gzip bytes by kind of page: static, interactive (controls), chart (a Chart.js canvas). */
const budgets = {
  /** Nothing interactive: no JavaScript at all. */
  jsStatic: 0,
  /** Controls a reader uses (sorting, model picker, filters, embed dialog, calculator), no chart. */
  jsInteractive: 10 * 1024,
  /** A page with a Chart.js chart, once the chart has been scrolled into view. */
  jsChart: 70 * 1024,
  /**
   * Every page's HTML near the first round trip (~14 KB). 15 KB since the header search box, the
   * phone menu and the diagrams' model colours took /zh/architecture/ to 14.5 KB (docs/performance.md).
   * 17 KB since the picture links under every figure and the vendors' results: prefixed global styles
   * (no data-astro-cid attributes) took /zh/training/ from 17.9 to 16.5 KB; the embed dialogs' markup
   * (2.4 KB of it) is what is left to win back to 15 KB (issue 15, docs/performance.md).
   */
  html: 17 * 1024,
};

const kind = (type, url) =>
  type.includes('javascript') || /\.m?js$/.test(url)
    ? 'js'
    : type.includes('css')
      ? 'css'
      : type.includes('html')
        ? 'html'
        : type.includes('font') || /\.(woff2?|ttf)$/.test(url)
          ? 'font'
          : 'other';

/** Loads a page on a phone-sized screen, scrolls to its end, waits for the network to settle, and sums what it fetched. */
async function weigh(browser, url) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const totals = { js: 0, css: 0, html: 0, font: 0, other: 0, requests: 0 };
  const pending = new Set();
  let lastActivity = Date.now();
  page.on('request', (r) => {
    pending.add(r);
    lastActivity = Date.now();
  });
  const done = (r) => {
    pending.delete(r);
    lastActivity = Date.now();
  };
  page.on('requestfailed', done);
  const bodies = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then(
        (body) => {
          totals[kind(response.headers()['content-type'] ?? '', response.url())] += gzipSync(body).length;
          totals.requests += 1;
        },
        () => undefined,
      ),
    );
  });
  page.on('requestfinished', done);
  await page.goto(url, { waitUntil: 'load' });
  const chart = (await page.locator('canvas[data-radar]').count()) > 0;
  // Sortable tables and forms, buttons and fields are what a reader interacts with. The header's
  // search box is on every page but loads nothing until opened, so it does not make a page interactive.
  const controls = 'table.data-table, form, button, input, select, textarea';
  const interactive = (await page.locator(controls).evaluateAll((els) => els.filter((e) => !e.closest('[data-site-search]')).length)) > 0;
  // Scroll through the page a screen at a time so that anything loaded near the viewport loads.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  while (pending.size > 0 || Date.now() - lastActivity < 700) await page.waitForTimeout(100);
  await Promise.all(bodies);
  await page.close();
  return { kind: chart ? 'chart' : interactive ? 'interactive' : 'static', ...totals };
}

/** Checks one measured page against its budgets; returns what it misses. */
function misses(row) {
  const out = [];
  const js = { chart: budgets.jsChart, interactive: budgets.jsInteractive, static: budgets.jsStatic }[row.kind];
  if (row.js > js) out.push(`JS ${kb(row.js)} KB > ${kb(js)} KB`);
  if (row.html > budgets.html) out.push(`HTML ${kb(row.html)} KB > ${kb(budgets.html)} KB`);
  return out;
}

const kb = (n) => (n / 1024).toFixed(1);

const dir = process.argv[2] ?? 'dist';
/** Pages weighed at once: each mostly waits (scroll pauses, a quiet network), so 8 at a time took 43 s instead of 96 s on 2 cores. */
const parallel = 8;

const pages = existsSync(dir) ? sitePages(dir) : [];
if (pages.length === 0) throw new Error(`No pages in ${dir}/: build the site first (npm run build).`);
const { origin, close } = await serveSite(dir);
const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
const rows = [];
try {
  const queue = pages.entries();
  const worker = async () => {
    for (const [i, path] of queue) rows[i] = { page: path, ...(await weigh(browser, origin + path)) };
  };
  await Promise.all(Array.from({ length: parallel }, worker));
} finally {
  await browser.close();
  await close();
}

console.log(`Page weight of ${dir}/ in Chromium (390 px wide, scrolled to the end), KB after gzip:\n`);
console.log('| page | kind | JS | CSS | HTML | fonts | requests | budget |');
console.log('|---|---|--:|--:|--:|--:|--:|---|');
let failed = 0;
for (const r of rows) {
  const miss = misses(r);
  if (miss.length) failed++;
  const cells = [r.page, r.kind, kb(r.js), kb(r.css), kb(r.html), kb(r.font), r.requests, miss.length ? `**over**: ${miss.join('; ')}` : 'ok'];
  console.log(`| ${cells.join(' | ')} |`);
}
console.log(`\nBudgets: JS 0 KB on static pages, ≤ ${kb(budgets.jsInteractive)} KB on pages with controls, ≤ ${kb(budgets.jsChart)} KB on pages with a chart; HTML ≤ ${kb(budgets.html)} KB on every page.`);
if (failed) {
  console.error(`${failed} of ${rows.length} page(s) over budget.`);
  process.exit(1);
}
console.log(`All ${rows.length} pages within budget.`);
