import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, sitePages } from '../../scripts/serve.mjs';

/** A small built site: two pages, a nested one, an asset, a 404 page and a _headers file. */
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'serve-'));
  const files: Record<string, string> = {
    'index.html': '<h1>Home</h1>',
    'zh/cost/index.html': '<h1>成本</h1>',
    '_astro/site.css': 'body{}',
    '404.html': '<h1>Not here</h1>',
    _headers: '/*\n  X-Content-Type-Options: nosniff\n/zh/*\n  Content-Language: zh\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sitePages', () => {
  it('lists every folder with an index.html as a site path, sorted, and nothing else', () => {
    expect(sitePages(root)).toEqual(['/', '/zh/cost/']);
  });
});

describe('serveSite', () => {
  it('serves on a free port with the _headers rules, redirects folders to a trailing slash, and answers 404 with the 404 page', async () => {
    const { origin, close } = await serveSite(root);
    try {
      expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(`${origin}/zh/cost/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe('<h1>成本</h1>');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('content-language')).toBe('zh');
      expect((await fetch(`${origin}/`)).headers.get('content-language')).toBeNull();

      const folder = await fetch(`${origin}/zh/cost?x=1`, { redirect: 'manual' });
      expect(folder.status).toBe(301);
      expect(folder.headers.get('location')).toBe('/zh/cost/?x=1');

      const missing = await fetch(`${origin}/nowhere/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe('<h1>Not here</h1>');
      // The host's configuration file is never served.
      expect((await fetch(`${origin}/_headers`)).status).toBe(404);
    } finally {
      await close();
    }
  });
});
