// @ts-check
// The pure parts of the link checker (scripts/check-links.mjs): what a built file links to, and
// whether each link resolves to a file of the built folder and, for `#fragment`, to an id on the
// target page. Plain JavaScript with JSDoc types so the checker runs under Node without a build step.
import { parse } from 'parse5';

/**
 * One link found in a file.
 * @typedef {object} Ref
 * @property {string} where What holds it, e.g. `a[href]`, `img[srcset]`, `style url()`, `json`.
 * @property {string} value The link as written.
 */

/**
 * What a page offers and links to.
 * @typedef {object} PageLinks
 * @property {Set<string>} ids Every `id`, and `name` of `<a>`: the fragments that land on this page.
 * @property {Ref[]} refs Every link of the page, in document order.
 */

/**
 * The built site as the checker sees it: paths relative to the folder, with `/` separators.
 * @typedef {object} SiteFiles
 * @property {Set<string>} files Every file, e.g. `index.html`, `zh/cost/index.html`, `_astro/a.js`.
 * @property {Set<string>} dirs Every folder, e.g. `zh`, `zh/cost`.
 * @property {(path: string) => string} read The text of a file (only called for files in `files`).
 */

/**
 * Where the site is served: its origin and base path, e.g. `https://example.org` and `/llm-showdown/`.
 * @typedef {object} SiteOptions
 * @property {string} site Origin (or any URL) of the site; links to it count as internal.
 * @property {string} base Base path the folder is served under, with slashes at both ends.
 */

/**
 * One link that does not resolve.
 * @typedef {object} Broken
 * @property {string} page The file that holds the link, relative to the folder.
 * @property {string} where What holds it (see Ref.where).
 * @property {string} link The link as written.
 * @property {string} reason What is wrong.
 */

/**
 * What a whole check found.
 * @typedef {object} Report
 * @property {number} files Files read for links (HTML, CSS, JS, JSON).
 * @property {number} pages HTML pages among them.
 * @property {number} links Internal links checked.
 * @property {number} anchors Internal links with a `#fragment` whose target id was checked.
 * @property {Map<string, number>} external Links to other hosts, not fetched, with how often each appears.
 * @property {Broken[]} broken Every link that does not resolve.
 */

/** Attributes that hold one URL, by element. */
const urlAttributes = /** @type {Record<string, string[]>} */ ({
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
});

/** `<meta>` whose content is a URL of the page or one of its pictures. */
const urlMeta = new Set(['og:url', 'og:image', 'twitter:image']);

/** `url(...)` in CSS, quoted or not. */
const cssUrl = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g;

/** Static and dynamic imports of relative modules in built JavaScript, and Vite's preload list. */
const jsImport = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'](\.{1,2}\/[^"'\s]+)["']/g;
const vitePreload = /["'](_astro\/[^"'\s]+\.(?:js|css))["']/g;

/**
 * Splits a `srcset` into its URLs (each candidate is "URL [descriptor]").
 * @param {string} value
 * @returns {string[]}
 */
export function srcsetUrls(value) {
  return value
    .split(/,\s+|,(?=\S+\s)|^\s*,|,\s*$/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/**
 * The `url()` references in a piece of CSS.
 * @param {string} css
 * @returns {string[]}
 */
export function cssUrls(css) {
  return [...css.matchAll(cssUrl)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter((url) => url !== '');
}

/**
 * Matches the site's absolute addresses inside a text (a snippet, a JSON string).
 * @param {string} origin
 * @returns {RegExp}
 */
function addressesOf(origin) {
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}/[^\\s"'<>\\\\]*`, 'g');
}

/**
 * Every URL-looking string (absolute at `site`, or a path from the root) inside a JSON document.
 * @param {string} text
 * @param {string} origin The site's origin, e.g. `https://example.org`.
 * @returns {Ref[]}
 */
export function jsonRefs(text, origin) {
  /** @type {Ref[]} */
  const refs = [];
  const inText = addressesOf(origin);
  /** @param {unknown} value @param {string} key */
  const visit = (value, key) => {
    if (typeof value === 'string') {
      if (key === '$schema' && !/^[a-z]+:/.test(value)) refs.push({ where: 'json $schema', value });
      for (const m of value.matchAll(inText)) refs.push({ where: `json ${key}`, value: m[0] });
    } else if (Array.isArray(value)) {
      value.forEach((item) => visit(item, key));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(JSON.parse(text), '');
  return refs;
}

/**
 * The relative modules a built JavaScript file imports, and the base-relative files of Vite's
 * preload lists (which the browser fetches from `<base>/_astro/...`).
 * @param {string} code
 * @returns {Ref[]}
 */
export function jsRefs(code) {
  return [
    ...[...code.matchAll(jsImport)].map((m) => ({ where: 'js import', value: m[1] ?? '' })),
    ...[...code.matchAll(vitePreload)].map((m) => ({ where: 'js preload', value: `~/${m[1] ?? ''}` })),
  ];
}

/**
 * Reads an HTML page: the ids it offers and every link it holds.
 * @param {string} html
 * @param {string} origin The site's origin, for absolute links inside `data-*` attributes.
 * @returns {PageLinks}
 */
export function pageLinks(html, origin) {
  /** @type {Set<string>} */
  const ids = new Set();
  /** @type {Ref[]} */
  const refs = [];
  const inText = addressesOf(origin);
  /** @param {any} node */
  const visit = (node) => {
    const tag = /** @type {string | undefined} */ (node.tagName);
    if (tag) {
      /** @type {Map<string, string>} */
      const attrs = new Map(node.attrs.map((/** @type {{ name: string, prefix?: string, value: string }} */ a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]));
      const id = attrs.get('id');
      if (id) ids.add(id);
      if (tag === 'a' && attrs.get('name')) ids.add(/** @type {string} */ (attrs.get('name')));
      for (const name of urlAttributes[tag] ?? []) {
        const value = attrs.get(name);
        if (value !== undefined && !(tag === 'link' && /\b(preconnect|dns-prefetch)\b/.test(attrs.get('rel') ?? ''))) refs.push({ where: `${tag}[${name}]`, value });
      }
      for (const name of ['srcset', 'imagesrcset']) {
        const value = attrs.get(name);
        if (value !== undefined) refs.push(...srcsetUrls(value).map((v) => ({ where: `${tag}[${name}]`, value: v })));
      }
      if (tag === 'meta' && urlMeta.has(attrs.get('property') ?? attrs.get('name') ?? '')) refs.push({ where: `meta[${attrs.get('property') ?? attrs.get('name')}]`, value: attrs.get('content') ?? '' });
      for (const [name, value] of attrs) {
        if (name === 'style' || /^(?:fill|stroke|clip-path|mask|filter|marker-(?:start|mid|end))$/.test(name)) {
          refs.push(...cssUrls(value).map((v) => ({ where: `${tag}[${name}] url()`, value: v })));
        } else if (name.startsWith('data-')) {
          // Browser code reads these as addresses (e.g. data-preview-src, data-resizer) or builds snippets from them.
          if (/^\/[^\s]*$/.test(value)) refs.push({ where: `${tag}[${name}]`, value });
          else for (const m of value.matchAll(inText)) refs.push({ where: `${tag}[${name}]`, value: m[0] });
        }
      }
      if (tag === 'style') {
        const text = (node.childNodes ?? []).map((/** @type {{ value?: string }} */ c) => c.value ?? '').join('');
        refs.push(...cssUrls(text).map((v) => ({ where: 'style url()', value: v })));
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html));
  return { ids, refs };
}

/**
 * The URL a file of the folder is served at, e.g. `zh/cost/index.html` → `<site><base>zh/cost/`.
 * @param {string} file
 * @param {SiteOptions} options
 * @returns {URL}
 */
export function urlOfFile(file, options) {
  const path = file.endsWith('index.html') && (file === 'index.html' || file.endsWith('/index.html')) ? file.slice(0, -'index.html'.length) : file;
  return new URL(`${options.base}${path}`, options.site);
}

/**
 * Where a link leads: elsewhere (another host, mail), or to a file of the folder and a fragment.
 * @param {string} value The link as written; `~/x` means `x` under the base path (Vite's preload list).
 * @param {URL} from The URL of the file that holds the link.
 * @param {SiteOptions} options
 * @returns {{ kind: 'external', url: string } | { kind: 'other' } | { kind: 'outside', path: string } | { kind: 'internal', path: string, fragment: string }}
 *   `internal.path` is relative to the folder, percent-decoded; `fragment` is decoded, without `#`.
 */
export function resolveLink(value, from, options) {
  const trimmed = value.trim();
  if (trimmed === '') return { kind: 'internal', path: pathInFolder(from.pathname, options) ?? '', fragment: '' };
  /** @type {URL} */
  let url;
  try {
    url = new URL(trimmed.startsWith('~/') ? `${options.base}${trimmed.slice(2)}` : trimmed, from);
  } catch {
    return { kind: 'outside', path: trimmed };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'other' };
  if (url.origin !== new URL(options.site).origin) return { kind: 'external', url: url.href };
  const path = pathInFolder(url.pathname, options);
  if (path === null) return { kind: 'outside', path: url.pathname };
  return { kind: 'internal', path, fragment: decode(url.hash.slice(1)) };
}

/**
 * @param {string} pathname
 * @param {SiteOptions} options
 * @returns {string | null} The path relative to the base, decoded, or null when outside it.
 */
function pathInFolder(pathname, options) {
  if (!pathname.startsWith(options.base)) return null;
  return decode(pathname.slice(options.base.length));
}

/** @param {string} text */
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The file a base-relative path is served from, the way static hosts do: `x/` → `x/index.html`.
 * @param {string} path
 * @param {SiteFiles} site
 * @returns {{ file: string } | { problem: string }}
 */
export function fileForPath(path, site) {
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return site.files.has(index) ? { file: index } : { problem: site.dirs.has(path.replace(/\/$/, '')) || path === '' ? 'folder has no index.html' : 'no such folder' };
  }
  if (site.files.has(path)) return { file: path };
  if (site.dirs.has(path)) return { problem: 'folder linked without its trailing slash (a redirect on every host)' };
  return { problem: 'no such file' };
}

/** Fragments every page has without an id: the top of the page, and text fragments. */
const implicitFragment = /^(?:top|:~:.*)$/;

/**
 * Checks every link of every HTML, CSS, JS and JSON file of a built site.
 * @param {SiteFiles} site
 * @param {SiteOptions} options
 * @returns {Report}
 */
export function checkSite(site, options) {
  const origin = new URL(options.site).origin;
  /** @type {Map<string, PageLinks>} */
  const pages = new Map();
  /** @param {string} file */
  const pageOf = (file) => {
    let page = pages.get(file);
    if (!page) {
      page = pageLinks(site.read(file), origin);
      pages.set(file, page);
    }
    return page;
  };
  /** @type {Report} */
  const report = { files: 0, pages: 0, links: 0, anchors: 0, external: new Map(), broken: [] };
  const sorted = [...site.files].sort();
  for (const file of sorted) {
    /** @type {Ref[]} */
    let refs;
    if (file.endsWith('.html')) {
      refs = pageOf(file).refs;
      report.pages += 1;
    } else if (file.endsWith('.css')) refs = cssUrls(site.read(file)).map((value) => ({ where: 'css url()', value }));
    else if (file.endsWith('.js') || file.endsWith('.mjs')) refs = jsRefs(site.read(file));
    else if (file.endsWith('.json')) refs = jsonRefs(site.read(file), origin);
    else continue;
    report.files += 1;
    const from = urlOfFile(file, options);
    for (const ref of refs) {
      const target = resolveLink(ref.value, from, options);
      if (target.kind === 'other') continue;
      if (target.kind === 'external') {
        report.external.set(target.url, (report.external.get(target.url) ?? 0) + 1);
        continue;
      }
      report.links += 1;
      const broken = (/** @type {string} */ reason) => report.broken.push({ page: file, where: ref.where, link: ref.value, reason });
      if (target.kind === 'outside') {
        broken(`outside the base path ${options.base}`);
        continue;
      }
      const found = fileForPath(target.path, site);
      if ('problem' in found) {
        broken(found.problem);
        continue;
      }
      if (target.fragment === '' || !found.file.endsWith('.html')) continue;
      report.anchors += 1;
      if (!implicitFragment.test(target.fragment) && !pageOf(found.file).ids.has(target.fragment)) broken(`no element with id "${target.fragment}" on ${found.file}`);
    }
  }
  return report;
}
