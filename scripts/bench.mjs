// `npm run bench [-- 4 40 400] [--keep]`: builds the site with 4, 40 and 400 models (generated from
// the real ones by scripts/bench-models.mjs) and prints, for each, the build's wall time and peak
// memory, the page count and the largest page's weight, so we know how cost grows with data.
// Each build reads a copy of content/ (CONTENT_DIR) and writes dist-bench-<n>/, removed afterwards
// unless --keep. Builds run one after another: the machine is shared.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeModels } from './bench-models.mjs';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const counts = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (counts.length === 0) counts.push(4, 40, 400);

/**
 * The process ids of a process and all its descendants, from /proc.
 * @param {number} root
 * @returns {number[]}
 */
function processTree(root) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(/** @type {number} */ (tree[i])) ?? []));
  return tree;
}

/**
 * A field of /proc/<pid>/status in KB (VmRSS, VmHWM), 0 when gone.
 * @param {number} pid
 * @param {string} field
 * @returns {number}
 */
function statusKb(pid, field) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * A process's proportional set size in KB (shared pages split among the processes sharing them, so
 * Chromium's processes are not counted many times over); its resident size where that is unreadable.
 * @param {number} pid
 * @returns {number}
 */
function pssKb(pid) {
  try {
    const match = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
    if (match) return Number(match[1]);
  } catch {
    // Older kernels have no smaps_rollup.
  }
  return statusKb(pid, 'VmRSS');
}

/**
 * Runs a command and samples its process tree's memory every 200 ms: the peak of the summed proportional
 * memory of all processes (node, esbuild, Chromium drawing diagrams), and the largest single process.
 * @param {string} command
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number | null, seconds: number, treeMb: number | undefined, largestMb: number | undefined, stdout: string, stderr: string }>}
 */
function measure(command, argv, env) {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const canSample = existsSync('/proc/self/status');
    let tree = 0;
    let largest = 0;
    const sample = () => {
      if (!child.pid) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        sum += pssKb(pid);
        largest = Math.max(largest, statusKb(pid, 'VmHWM'));
      }
      tree = Math.max(tree, sum);
    };
    const timer = canSample ? setInterval(sample, 200) : undefined;
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      done({ code, seconds, treeMb: canSample ? tree / 1024 : undefined, largestMb: canSample ? largest / 1024 : undefined, stdout, stderr });
    });
  });
}

/**
 * The JavaScript a page loads when it opens: its module scripts (inline and src) and the chunks they
 * import statically, gzipped one by one; lazy `import()` chunks (Chart.js) are left out.
 * @param {string} out
 * @param {string} html
 * @returns {number} Bytes after gzip.
 */
function pageJs(out, html) {
  const seen = new Set();
  let bytes = 0;
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const open = m[0].slice(0, m[0].indexOf('>'));
    if (/type="application\/(ld\+)?json"/.test(open)) continue;
    const src = open.match(/src="([^"]+)"/)?.[1];
    if (!src && m[1]) bytes += gzipSync(m[1]).length;
    const queue = src ? [src] : [...(m[1] ?? '').matchAll(/(?:^|[;}\s])import\s*(?:[\w{}*,\s$]+from\s*)?["']([^"']+\.js)["']/g)].map((x) => x[1] ?? '');
    while (queue.length) {
      const url = /** @type {string} */ (queue.shift());
      if (seen.has(url) || !url.startsWith('/')) continue;
      seen.add(url);
      const file = join(out, url);
      if (!existsSync(file)) continue;
      const code = readFileSync(file);
      bytes += gzipSync(code).length;
      for (const dep of code.toString('utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w{}*,\s$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
        queue.push(join(dirname(url), dep[1] ?? ''));
      }
    }
  }
  return bytes;
}

/**
 * Pages of a built site (every index.html and 404.html) and the largest by raw HTML.
 * @param {string} out
 */
function pagesOf(out) {
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html'));
  let largest = { path: '', raw: 0 };
  let total = 0;
  for (const path of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    const size = statSync(join(out, path)).size;
    if (statSync(join(out, path)).isFile()) total += size;
  }
  for (const path of pages) {
    const raw = statSync(join(out, path)).size;
    if (raw > largest.raw) largest = { path, raw };
  }
  const html = readFileSync(join(out, largest.path));
  const url = `/${largest.path.replace(/index\.html$/, '')}`;
  return { count: pages.length, totalMb: total / 2 ** 20, url, raw: largest.raw, gzip: gzipSync(html).length, js: pageJs(out, html.toString('utf8')) };
}

/**
 * The figure pictures' line of a build's log (src/integrations/figure-pictures.ts): files, MB, pages
 * drawn (not taken from the cache) and seconds; dashes when the build drew none.
 * @param {string} log
 */
function picturesOf(log) {
  const m = log.match(/(\d+) figure pictures \((\d+) KB\) of (\d+) embed pages, (\d+) drawn.*? in ([\d.]+) s/);
  return m ? [m[1] ?? '', ((Number(m[2]) * 1024) / 2 ** 20).toFixed(1), `${m[4]} of ${m[3]}`, m[5] ?? ''] : ['–', '–', '–', '–'];
}

const astro = join('node_modules', 'astro', 'astro.js');
const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
const mb = (/** @type {number | undefined} */ n) => (n === undefined ? 'n/a' : n.toFixed(0));
/** @type {string[][]} */
const rows = [];
for (const count of counts) {
  const work = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  const content = join(work, 'content');
  const out = `dist-bench-${count}`;
  cpSync('content', content, { recursive: true });
  writeModels(content, count);
  rmSync(out, { recursive: true, force: true });
  process.stderr.write(`bench: building with ${count} models into ${out}/ …\n`);
  // An empty picture cache, so the pictures' time is that of drawing them all, as on a fresh clone.
  const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', FIGURE_PICTURES_CACHE: join(work, 'picture-cache') };
  const run = await measure(process.execPath, [astro, 'build', '--outDir', out], env);
  rmSync(work, { recursive: true, force: true });
  if (run.code !== 0) {
    console.error(`bench: the build with ${count} models failed (exit ${run.code}):\n${run.stderr.slice(-4000)}`);
    process.exit(1);
  }
  const pages = pagesOf(out);
  rows.push([String(count), String(pages.count), run.seconds.toFixed(1), mb(run.treeMb), mb(run.largestMb), pages.totalMb.toFixed(1), pages.url, kb(pages.raw), kb(pages.gzip), kb(pages.js), ...picturesOf(run.stdout)]);
  if (!keep) rmSync(out, { recursive: true, force: true });
}

const head = ['models', 'pages', 'build s', 'peak MB (all processes)', 'peak MB (largest process)', 'site MB', 'largest page', 'HTML KB', 'HTML KB gzip', 'JS KB gzip at load', 'pictures', 'pictures MB', 'pages drawn', 'pictures s'];
console.log(`| ${head.join(' | ')} |\n|${head.map((_, i) => (i === 6 ? '---' : '--:')).join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
