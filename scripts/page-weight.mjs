// Prints what each built page makes a browser download (gzip bytes by type, and requests), measured
// in real Chromium so lazily imported chunks (mermaid) count.
// Usage: node scripts/page-weight.mjs [port] [path prefix, e.g. /embed/ for the embed pages only]
// Serve dist/ first, e.g. `node scripts/serve.mjs dist --port 4321`.
import { gzipSync } from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-chromium.mjs';

const port = process.argv[2] ?? '4321';
const only = process.argv[3] ?? '/';
const origin = `http://127.0.0.1:${port}`;

/** Every index.html under dist/, as site paths. */
function pages(dir = 'dist') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name === 'index.html' ? [`/${relative('dist', dir)}${dir === 'dist' ? '' : '/'}`] : [];
  });
}

const kind = (type, url) =>
  type.includes('javascript') || url.endsWith('.js') ? 'js' : type.includes('css') ? 'css' : type.includes('html') ? 'html' : type.includes('font') || /\.woff2?$/.test(url) ? 'font' : 'other';

const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
const rows = [];
for (const path of pages().filter((p) => p.startsWith(only)).sort()) {
  const page = await browser.newPage();
  const totals = { js: 0, css: 0, html: 0, font: 0, other: 0, requests: 0 };
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          totals[kind(response.headers()['content-type'] ?? '', response.url())] += gzipSync(body).length;
          totals.requests += 1;
        },
        () => {},
      ),
    );
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  // Let lazy work (diagrams, charts) finish and fetch what it needs.
  await page.waitForTimeout(1500);
  await Promise.all(pending);
  rows.push({ page: path, ...totals });
  await page.close();
}
await browser.close();

const kb = (n) => (n / 1024).toFixed(1);
const width = Math.max(20, ...rows.map((r) => r.page.length + 1));
console.log('page'.padEnd(width), 'JS KB', 'CSS KB', 'HTML KB', 'font KB', 'total KB', 'requests  (gzip)');
for (const r of rows) {
  const total = r.js + r.css + r.html + r.font + r.other;
  console.log(r.page.padEnd(width), kb(r.js).padStart(5), kb(r.css).padStart(6), kb(r.html).padStart(7), kb(r.font).padStart(7), kb(total).padStart(8), String(r.requests).padStart(8));
}
