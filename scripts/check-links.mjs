// @ts-check
// Checks that every internal link, anchor and asset of a built site resolves:
//   node scripts/check-links.mjs [folder] [--base /llm-showdown/] [--site https://example.org] [--list-external]
// Every HTML page (href, src, srcset, <link>, <script>, <iframe>, url() in styles, data-* addresses,
// #fragments against the target page's ids), every CSS file (url()), every built JS module (relative
// imports, Vite's preload list) and every JSON file (addresses of the site, `$schema`) is read.
// Links to other hosts are counted and, with --list-external, listed; none is fetched.
// Prints counts and each broken link with its file and target; exits 1 when any link is broken.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSite } from './link-resolver.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
    // The placeholder is the one astro.config.mjs builds with when SITE_URL is unset.
    site: { type: 'string', default: process.env.SITE_URL || 'https://llm-showdown.example' },
    'list-external': { type: 'boolean', default: false },
  },
});
const folder = positionals[0] ?? 'dist';
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`check-links: ${folder} is not a folder; build the site first (npm run build).`);
  process.exit(2);
}

const started = performance.now();
/** @type {Set<string>} */
const files = new Set();
/** @type {Set<string>} */
const dirs = new Set();
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  const path = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
  if (entry.isDirectory()) dirs.add(path);
  else files.add(path);
}
const report = checkSite({ files, dirs, read: (path) => readFileSync(join(folder, path), 'utf8') }, { site: values.site, base });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const externalCount = [...report.external.values()].reduce((a, b) => a + b, 0);
console.log(
  `check-links ${folder} (base ${base}): ${report.pages} pages and ${report.files - report.pages} other files read, ` +
    `${report.links} internal links checked (${report.anchors} with a #fragment), ` +
    `${externalCount} links to ${report.external.size} external addresses not fetched, ${report.broken.length} broken, in ${seconds} s`,
);
if (values['list-external']) for (const [url, count] of [...report.external].sort()) console.log(`  external ${url} (${count}×)`);
for (const b of report.broken) console.log(`  BROKEN ${b.page}: ${b.where} "${b.link}": ${b.reason}`);
// A folder without pages passes nothing: it is a build that went wrong, not a site without broken links.
if (report.pages === 0) console.log(`  BROKEN ${folder}: no HTML page found`);
process.exitCode = report.broken.length > 0 || report.pages === 0 ? 1 : 0;
