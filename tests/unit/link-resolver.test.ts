import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite, cssUrls, fileForPath, jsRefs, jsonRefs, pageLinks, resolveLink, srcsetUrls, urlOfFile } from '../../scripts/link-resolver.mjs';

const site = 'https://example.org';
const root = { site, base: '/' };
const sub = { site, base: '/llm-showdown/' };

/** An in-memory built site from a map of file → text. */
function siteOf(files: Record<string, string>) {
  const dirs = new Set<string>();
  for (const file of Object.keys(files)) {
    const parts = file.split('/').slice(0, -1);
    parts.forEach((_, i) => dirs.add(parts.slice(0, i + 1).join('/')));
  }
  return { files: new Set(Object.keys(files)), dirs, read: (path: string) => files[path] ?? '' };
}

/** The broken links of a site, as "page: link (reason)". */
function brokenIn(files: Record<string, string>, options = root): string[] {
  return checkSite(siteOf(files), options).broken.map((b) => `${b.page}: ${b.link} (${b.reason})`);
}

describe('reading links', () => {
  it('finds every kind of link of a page and the ids it offers', () => {
    const { ids, refs } = pageLinks(
      `<!doctype html><html><head><link rel="stylesheet" href="/a.css"><link rel="preconnect" href="https://cdn.example">
       <meta property="og:image" content="https://example.org/p.png"><script src="/s.js"></script>
       <style>.x { background: url("/bg.png") }</style></head>
       <body><a id="top-link" href="/x/#y">x</a><a name="old"></a><img src="i.png" srcset="/i1.png 1x, /i2.png 2x">
       <iframe src="/embed/f/"></iframe><div style="background:url(/d.png)" data-preview-src="/embed/g/" data-snippet="&lt;iframe src=&quot;https://example.org/embed/h/&quot;&gt;"></div>
       <svg><path id="p" marker-end="url(#m)"></path><use href="#p"></use></svg><template><a href="/t/">t</a></template></body></html>`,
      site,
    );
    expect([...ids].sort()).toEqual(['old', 'p', 'top-link']);
    expect(refs.map((r) => r.value)).toEqual([
      '/a.css', 'https://example.org/p.png', '/s.js', '/bg.png', '/x/#y', 'i.png', '/i1.png', '/i2.png', '/embed/f/',
      '/d.png', '/embed/g/', 'https://example.org/embed/h/', '#m', '#p', '/t/',
    ]);
  });

  it('splits srcset and finds url() in CSS', () => {
    expect(srcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png')).toEqual(['a.png']);
    expect(cssUrls(`@font-face{src:url(./f.woff2) format("woff2"),url('g.woff')} a{b:url( "h.png" )}`)).toEqual(['./f.woff2', 'g.woff', 'h.png']);
  });

  it('finds relative imports and Vite preload entries in built JavaScript', () => {
    expect(jsRefs('import{a}from"./b.js";const c=()=>import("./d.js");import"./e.js";const m=["_astro/f.js","_astro/g.css"]').map((r) => r.value)).toEqual([
      './b.js', './d.js', './e.js', '~/_astro/f.js', '~/_astro/g.css',
    ]);
  });

  it('finds addresses of the site and relative $schema in JSON, not other hosts', () => {
    const text = JSON.stringify({ $schema: '../schemas/x.json', page: 'https://example.org/a/#b', html: '<iframe src="https://example.org/embed/c/"></iframe>', other: 'https://elsewhere.org/' });
    expect(jsonRefs(text, site).map((r) => r.value)).toEqual(['../schemas/x.json', 'https://example.org/a/#b', 'https://example.org/embed/c/']);
  });
});

describe('resolving links', () => {
  it('maps files to the URLs they are served at', () => {
    expect(urlOfFile('index.html', sub).href).toBe('https://example.org/llm-showdown/');
    expect(urlOfFile('zh/cost/index.html', sub).href).toBe('https://example.org/llm-showdown/zh/cost/');
    expect(urlOfFile('data/x.json', root).href).toBe('https://example.org/data/x.json');
  });

  it('tells internal, external, other and outside-the-base links apart', () => {
    const from = urlOfFile('zh/cost/index.html', sub);
    expect(resolveLink('../../models/a/#b%20c', from, sub)).toEqual({ kind: 'internal', path: 'models/a/', fragment: 'b c' });
    expect(resolveLink('https://example.org/llm-showdown/x.js', from, sub)).toEqual({ kind: 'internal', path: 'x.js', fragment: '' });
    expect(resolveLink('~/_astro/a.js', urlOfFile('_astro/b.js', sub), sub)).toEqual({ kind: 'internal', path: '_astro/a.js', fragment: '' });
    expect(resolveLink('/cost/', from, sub)).toEqual({ kind: 'outside', path: '/cost/' });
    expect(resolveLink('https://arxiv.org/abs/1', from, sub)).toEqual({ kind: 'external', url: 'https://arxiv.org/abs/1' });
    expect(resolveLink('mailto:a@example.org', from, sub)).toEqual({ kind: 'other' });
  });

  it('finds the file a path is served from, the way static hosts do', () => {
    const s = siteOf({ 'index.html': '', 'a/index.html': '', 'b/c.txt': '' });
    expect(fileForPath('', s)).toEqual({ file: 'index.html' });
    expect(fileForPath('a/', s)).toEqual({ file: 'a/index.html' });
    expect(fileForPath('b/c.txt', s)).toEqual({ file: 'b/c.txt' });
    expect(fileForPath('a', s)).toEqual({ problem: expect.stringContaining('trailing slash') });
    expect(fileForPath('b/', s)).toEqual({ problem: 'folder has no index.html' });
    expect(fileForPath('z/', s)).toEqual({ problem: 'no such folder' });
    expect(fileForPath('b/d.txt', s)).toEqual({ problem: 'no such file' });
  });
});

describe('checking a site', () => {
  const good = {
    'index.html': '<a href="/a/#part">a</a><a href="#main">skip</a><main id="main"></main><link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/m.js"></script>',
    'a/index.html': '<h2 id="part">Part</h2><a href="../">home</a><a href="https://elsewhere.org/">out</a>',
    '_astro/s.css': '@font-face{src:url(./f.woff2)}',
    '_astro/f.woff2': '',
    '_astro/m.js': 'import"./n.js";const p=["_astro/n.js"]',
    '_astro/n.js': '',
  };

  it('passes a site whose every link resolves, and counts what it checked', () => {
    const report = checkSite(siteOf(good), root);
    expect(report.broken).toEqual([]);
    expect(report).toMatchObject({ pages: 2, files: 5, links: 8, anchors: 2 });
    expect([...report.external.keys()]).toEqual(['https://elsewhere.org/']);
  });

  it('reports a missing page, a missing asset, a missing anchor and a link outside the base', () => {
    expect(
      brokenIn({
        ...good,
        'index.html': '<a href="/b/">b</a><a href="/a/#nowhere">a</a><img src="/x.png" alt=""><a href="#gone">g</a><a href="/a">a</a>',
        '_astro/s.css': '@font-face{src:url(./missing.woff2)}',
        '_astro/m.js': 'import("./gone.js")',
      }),
    ).toEqual([
      '_astro/m.js: ./gone.js (no such file)',
      '_astro/s.css: ./missing.woff2 (no such file)',
      'index.html: /b/ (no such folder)',
      'index.html: /a/#nowhere (no element with id "nowhere" on a/index.html)',
      'index.html: /x.png (no such file)',
      'index.html: #gone (no element with id "gone" on index.html)',
      'index.html: /a (folder linked without its trailing slash (a redirect on every host))',
    ]);
  });

  it('under a base path, flags links that forget the base', () => {
    const files = { 'index.html': '<a href="/llm-showdown/a/">ok</a><a href="/a/">forgot the base</a>', 'a/index.html': '' };
    expect(brokenIn(files, sub)).toEqual(['index.html: /a/ (outside the base path /llm-showdown/)']);
  });
});

describe('the command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (files: Record<string, string>) => {
    rmSync(dir, { recursive: true, force: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/check-links.mjs', dir, ...args], { encoding: 'utf8', env: { ...process.env, BASE_PATH: '', SITE_URL: '' } });

  it('exits 0 on a good folder and 1 with the page and target of each broken link', () => {
    write({ 'index.html': '<a href="/sub/a/">a</a>', 'a/index.html': '<a href="/sub/">home</a>' });
    const good = run('--base', '/sub/', '--site', site);
    expect(good.stdout).toContain('2 pages');
    expect(good.stdout).toContain('0 broken');
    expect(good.status).toBe(0);

    write({ 'index.html': '<a href="/sub/a/#x">a</a>', 'a/index.html': '<a href="/sub/nowhere/">gone</a>' });
    const bad = run('--base', '/sub/', '--site', site);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('2 broken');
    expect(bad.stdout).toContain('BROKEN a/index.html: a[href] "/sub/nowhere/": no such folder');
    expect(bad.stdout).toContain('BROKEN index.html: a[href] "/sub/a/#x": no element with id "x" on a/index.html');
  });

  it('fails on a folder without pages', () => {
    write({ 'a.txt': '' });
    const empty = run();
    expect(empty.status).toBe(1);
    expect(empty.stdout).toContain('no HTML page found');
  });
});
