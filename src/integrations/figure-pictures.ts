// Draws the picture of every figure when the build ends: serves the built site, opens each embed
// page (both languages) in the Chromium the diagrams use, with scripts off so the picture is the page
// every reader gets first, and saves the figure as PNG at 1× and 2× in each colour scheme, and as SVG
// where its embed page says it is vector (data-picture-svg). Pages link to the pictures only when
// the build decided at its start that it can draw them (figure-picture-state.ts).
import { existsSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chromium as playwright, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { chromiumArgs, findChromium } from '../../scripts/find-chromium.mjs';
import { siteHandler } from '../../scripts/serve.mjs';
import { chooseDiagramMode } from '../lib/diagram-mode';
import { choosePictureMode, picturePath, pictureThemes, pictureWidth } from '../lib/figure-pictures';
import { locales, type Locale } from '../schemas/common';
import { composeFigureSvg } from './figure-picture-svg';
import { pictureState } from './figure-picture-state';

/** One embed page to draw. */
interface Job {
  /** The figure's id (its embed page's folder name). */
  figure: string;
  /** The page's language. */
  locale: Locale;
}

/** Every embed page of the built site, read from the output so a new figure needs no code here. */
export function embedJobs(root: string): Job[] {
  return locales.flatMap((locale) => {
    const folder = join(root, locale === 'en' ? '' : locale, 'embed');
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(folder, d.name, 'index.html')))
      .map((d) => ({ figure: d.name, locale }))
      .sort((a, b) => a.figure.localeCompare(b.figure));
  });
}

/** The size of a PNG from its header, to check a picture came out whole, at the width it promises. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The 1× picture from the 2× one: half the width and height, Lanczos-filtered as a browser scales an
 * image, so a figure is painted once per theme. The same input gives the same bytes.
 */
export async function halve(png2x: Buffer): Promise<Buffer> {
  const { width, height } = pngSize(png2x);
  return sharp(png2x).resize({ width: Math.round(width / 2), height: Math.round(height / 2), kernel: 'lanczos3' }).png({ compressionLevel: 9 }).toBuffer();
}

/** Serves the built folder at 127.0.0.1 under the site's base path, as the host would. */
export async function serveBuilt(root: string, base: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const handle = siteHandler(root);
  const prefix = base.replace(/\/+$/, '');
  const server = createServer((req, res) => {
    if (prefix && req.url?.startsWith(`${prefix}/`)) req.url = req.url.slice(prefix.length);
    handle(req, res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Pages drawn at once: two keeps both cores of a small build machine busy without thrashing. */
const parallel = 2;

/** Where drawn pictures are kept between builds, by a hash of what they are drawn from. */
export const pictureCache = 'node_modules/.cache/figure-pictures';

/** Bumped when the way pictures are drawn changes, so no cached picture of the old way is reused. */
const drawingVersion = '4';

/**
 * The cache key of a page's pictures: the page's HTML (its stylesheets and scripts have content-hashed
 * names in it), the browser's version, and how the pictures are drawn. The same key gives the same bytes.
 */
function cacheKey(html: Buffer, browserVersion: string): string {
  return createHash('sha256').update(`${drawingVersion}\0${browserVersion}\0${pictureWidth}\0${composeFigureSvg.toString()}\0`).update(html).digest('hex').slice(0, 32);
}

/** Draws every job's pictures into `root` (or copies them from the cache); returns the counts and bytes. */
export async function drawPictures(browser: Browser, origin: string, root: string, jobs: Job[], cacheDir?: string): Promise<{ files: number; bytes: number; drawn: number }> {
  // Scripts off: the picture is the finished HTML every reader gets first, the same bytes every build.
  // Device scale 2: the capture is the 2× picture, and `halve` makes the 1× one from it.
  const context = await browser.newContext({ viewport: { width: pictureWidth, height: 800 }, deviceScaleFactor: 2, javaScriptEnabled: false });
  // Everything a page needs is on this site; nothing may reach the network.
  await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  let files = 0;
  let bytes = 0;
  let drawn = 0;
  const save = async (path: string, body: Buffer | string, cached?: string) => {
    const file = join(root, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, body);
    if (cached) await writeFile(cached, body);
    files += 1;
    bytes += Buffer.byteLength(body);
  };
  const queue = [...jobs];
  const worker = async () => {
    const page = await context.newPage();
    for (let job = queue.shift(); job; job = queue.shift()) {
      const path = `${job.locale === 'en' ? '' : `${job.locale}/`}embed/${job.figure}/`;
      const url = `${origin}/${path}`;
      const entry = cacheDir && join(cacheDir, cacheKey(await readFile(join(root, path, 'index.html')), browser.version()));
      const names = entry && existsSync(join(entry, 'done')) ? (await readFile(join(entry, 'done'), 'utf8')).split('\n').filter(Boolean) : undefined;
      if (entry && names) {
        for (const name of names) await save(name.replace('{figure}', job.figure), await readFile(join(entry, encodeURIComponent(name))));
        continue;
      }
      if (entry) await mkdir(entry, { recursive: true });
      const made: string[] = [];
      const keep = (name: string) => {
        made.push(name);
        return entry ? join(entry, encodeURIComponent(name)) : undefined;
      };
      const response = await page.goto(url);
      if (!response?.ok()) throw new Error(`Figure pictures: ${url} answered ${response?.status() ?? 'nothing'}`);
      const vector = await page.evaluate(() => document.documentElement.hasAttribute('data-picture-svg'));
      for (const theme of pictureThemes) {
        await page.emulateMedia({ colorScheme: theme });
        // The figure's box, to whole pixels within the page (a fraction past the page's end is not painted).
        const height = await page.evaluate(() => Math.min(Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? 0), document.documentElement.scrollHeight));
        // Playwright's capture waits until the whole area is painted (a raw capture can catch tiles not yet drawn).
        // Painted once, at 2×: painting is most of the cost, and halving the picture in libvips is far cheaper.
        const png2x = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: pictureWidth, height }, scale: 'device', animations: 'disabled', caret: 'hide' });
        const png = await halve(png2x);
        for (const [format, body, factor] of [['png', png, 1], ['png2x', png2x, 2]] as const) {
          const size = pngSize(body);
          if (size.width !== pictureWidth * factor || size.height !== height * factor) {
            throw new Error(`Figure pictures: ${url} came out ${size.width}×${size.height} px, not ${pictureWidth * factor}×${height * factor}`);
          }
          const name = picturePath('{figure}', job.locale, theme, format);
          await save(picturePath(job.figure, job.locale, theme, format), body, keep(name));
        }
        if (!vector) continue;
        // esbuild's keepNames (tsx, Vitest) wraps inner functions in __name(), which the page lacks.
        await page.evaluate('globalThis.__name ??= (f) => f');
        const result = await page.evaluate(composeFigureSvg);
        if ('error' in result) throw new Error(`Figure pictures: ${url} is marked vector (the "vector" of its kind in src/lib/figures/kinds.ts) but has ${result.error}`);
        await save(picturePath(job.figure, job.locale, theme, 'svg'), result.svg, keep(picturePath('{figure}', job.locale, theme, 'svg')));
      }
      drawn += 1;
      // Written last: an entry without it (a build stopped halfway) is drawn again.
      if (entry) await writeFile(join(entry, 'done'), `${made.join('\n')}\n`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { files, bytes, drawn };
}

/**
 * The figure-pictures integration: decides when the build starts whether it can draw the pictures
 * (`FIGURE_PICTURES`, see `choosePictureMode`), and draws them when the build ends.
 */
export function figurePictures(): AstroIntegration {
  let base = '/';
  let chromium = '';
  return {
    name: 'llm-showdown:figure-pictures',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const state = pictureState();
        state.draw = false;
        if (command !== 'build') return;
        base = config.base;
        const diagrams = await chooseDiagramMode(process.env['MERMAID_RENDER'], findChromium).catch(() => ({ mode: 'client' as const }));
        const mode = await choosePictureMode(process.env['FIGURE_PICTURES'], diagrams.mode === 'build', findChromium);
        if (mode.draw) {
          state.draw = true;
          chromium = mode.chromium;
        } else if (mode.note) {
          logger.warn(mode.note);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pictureState().draw) return;
        const started = performance.now();
        const root = fileURLToPath(dir);
        const jobs = embedJobs(root);
        const browser = await playwright.launch({ executablePath: chromium, args: chromiumArgs });
        const site = await serveBuilt(root, base);
        try {
          // FIGURE_PICTURES_CACHE moves the cache, e.g. to an empty folder to time a cold drawing (npm run bench).
          const cache = process.env['FIGURE_PICTURES_CACHE'] || pictureCache;
          const { files, bytes, drawn } = await drawPictures(browser, site.origin, root, jobs, cache);
          const reused = jobs.length - drawn;
          logger.info(`${files} figure pictures (${Math.round(bytes / 1024)} KB) of ${jobs.length} embed pages, ${drawn} drawn${reused ? `, ${reused} unchanged taken from ${cache}/` : ''}, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await browser.close();
          await site.close();
        }
      },
    },
  };
}
