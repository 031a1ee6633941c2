// Link previews and the sitemap, over every built page in one pass: each reading and embed page's
// og:image is a 1200×630 PNG the server serves, and the sitemap lists every reading page with its
// other language as an hreflang alternate (and nothing else).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

/** Every built HTML page's path as the server serves it ("/", "/zh/embed/x/"), 404 left out. */
function builtPages(dir = 'dist'): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') found.push(`/${relative(dir, folder)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(dir);
  return found.filter((p) => !p.startsWith('/pagefind/')).sort();
}

/** The attribute `content` of a meta tag with this property or name, or undefined. */
function meta(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  return tag?.[1]?.replace(/&amp;/g, '&');
}

const isEmbed = (path: string): boolean => /^\/(zh\/)?embed\//.test(path);

test('every page names a 1200×630 PNG social card, and the sitemap lists every reading page in both languages', async ({ request }) => {
  const pages = builtPages();
  const reading = pages.filter((p) => !isEmbed(p));
  expect(reading.length).toBeGreaterThanOrEqual(30);
  expect(pages.length).toBeGreaterThan(reading.length);
  const problems: string[] = [];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const image = meta(html, 'og:image');
    for (const key of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:type']) if (!meta(html, key)) problems.push(`${path}: no ${key}`);
    if (meta(html, 'og:locale') !== (path.startsWith('/zh/') ? 'zh_CN' : 'en_US')) problems.push(`${path}: og:locale ${meta(html, 'og:locale')}`);
    if (meta(html, 'twitter:card') !== 'summary_large_image') problems.push(`${path}: twitter:card ${meta(html, 'twitter:card')}`);
    if (!image) {
      problems.push(`${path}: no og:image`);
      continue;
    }
    // og:image is absolute (previews fetch it from elsewhere); the server here answers its path.
    const url = new URL(image);
    const png = await request.get(url.pathname);
    const body = await png.body();
    const signature = body.subarray(0, 8).toString('hex');
    if (png.status() !== 200 || signature !== '89504e470d0a1a0a') {
      problems.push(`${path}: ${url.pathname} is not a PNG (HTTP ${png.status()})`);
      continue;
    }
    // The IHDR chunk follows the signature: width and height are its first two 32-bit numbers.
    const size = [body.readUInt32BE(16), body.readUInt32BE(20)];
    if (size[0] !== 1200 || size[1] !== 630) problems.push(`${path}: card is ${size.join('×')}`);
    if (meta(html, 'og:image:width') !== '1200' || meta(html, 'og:image:height') !== '630') problems.push(`${path}: og:image:width/height`);
  }
  expect(problems).toEqual([]);

  const robots = await (await request.get('/robots.txt')).text();
  const index = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(index, 'robots.txt names the sitemap').toBeTruthy();
  const indexXml = await (await request.get(new URL(index!).pathname)).text();
  const listed = new Map<string, string[]>();
  for (const loc of indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await request.get(new URL(loc[1]!).pathname)).text();
    for (const url of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
      const page = new URL(url[1]!.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname;
      listed.set(page, [...url[1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${new URL(m[2]!).pathname}`).sort());
    }
  }
  expect([...listed.keys()].sort()).toEqual(reading);
  for (const [page, alternates] of listed) {
    const en = page.replace(/^\/zh\//, '/');
    expect(alternates, page).toEqual([`en ${en}`, `zh-CN /zh${en}`]);
  }
});
