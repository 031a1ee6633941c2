// Serves a built site the way a static host does: the `_headers` file applied to every response,
// `index.html` for folders, `/x` redirected to `/x/`, the site's 404 page with status 404, and text
// (HTML, CSS, JavaScript, JSON, SVG) gzipped for clients that accept it, as every static host does.
// Usage: node scripts/serve.mjs [folder=dist] [--port 4321] [--host 127.0.0.1]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

/** Files hosts read as configuration and never serve. */
const hidden = new Set(['/_headers', '/_redirects']);

/** Content types a host compresses (binary formats such as WOFF2 and PNG are compressed already). */
const compressible = /^(text\/|application\/(javascript|json|manifest\+json|xml|ld\+json)|image\/svg\+xml)/;

/**
 * Gzips the body of a 200 response of a compressible type when the request accepts gzip. Without it
 * Lighthouse measured every page as if the host sent it uncompressed (6–7× the bytes), which none does.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function gzipWhenAccepted(req, res) {
  if (req.method === 'HEAD' || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return;
  const { writeHead, write, end } = res;
  /** @type {import('node:zlib').Gzip | undefined} */
  let gzip;
  // sirv answers with writeHead(code, headers), then pipes the file into the response.
  res.writeHead = /** @type {any} */ (function (/** @type {number} */ code, /** @type {any} */ headers) {
    const type = String(headers?.['Content-Type'] ?? res.getHeader('Content-Type') ?? '');
    if (code === 200 && compressible.test(type)) {
      headers = { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' };
      delete headers['Content-Length'];
      res.removeHeader('Content-Length');
      gzip = createGzip();
      gzip.on('data', (chunk) => write.call(res, chunk));
      gzip.on('end', () => end.call(res));
    }
    return writeHead.call(res, code, headers);
  });
  // Pages are small: the gzip stream buffers, so the pipe never waits for a 'drain' the response will not send.
  res.write = /** @type {any} */ ((/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => (gzip ? (gzip.write(chunk), true) : write.call(res, chunk, ...rest)));
  res.end = /** @type {any} */ ((/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
    if (!gzip) return end.call(res, chunk, ...rest);
    if (chunk && typeof chunk !== 'function') gzip.write(chunk);
    gzip.end();
    return res;
  });
}

/**
 * A request handler for the folder `root`. Throws when its `_headers` file has a line it cannot
 * read, naming the line.
 * @param {string} root
 * @returns {import('node:http').RequestListener}
 */
export function siteHandler(root) {
  const dir = resolve(root);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder: build the site first (npm run build)`);
  const headersPath = join(dir, '_headers');
  const { rules, problems } = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : { rules: [], problems: [] };
  if (problems.length > 0) throw new Error(`${headersPath}:\n${problems.map((p) => `  line ${p.line}: ${p.message}`).join('\n')}`);
  const notFoundPage = join(dir, '404.html');
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false });

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = url.pathname;
    try {
      pathname = decodeURI(pathname);
    } catch {
      // A malformed escape is looked up as written and ends in a 404.
    }
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);

    const notFound = () => {
      res.statusCode = 404;
      if (existsSync(notFoundPage)) {
        res.setHeader('Content-Type', 'text/html;charset=utf-8');
        res.end(readFileSync(notFoundPage));
      } else {
        res.setHeader('Content-Type', 'text/plain;charset=utf-8');
        res.end('Not found');
      }
    };
    if (hidden.has(pathname) || pathname.includes('\0')) return notFound();
    // Folders are addressed with a trailing slash, as the site's links are (trailingSlash: 'always').
    if (!pathname.endsWith('/') && join(dir, pathname).startsWith(dir) && existsSync(join(dir, pathname, 'index.html'))) {
      res.statusCode = 301;
      res.setHeader('Location', `${url.pathname}/${url.search}`);
      return res.end();
    }
    gzipWhenAccepted(req, res);
    files(req, res, notFound);
  };
}

/**
 * Starts a server for `root` and resolves once it listens.
 * @param {{ root: string, port: number, host?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ root, port, host = '127.0.0.1' }) {
  const server = createServer(siteHandler(root));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

/**
 * Serves `root` on 127.0.0.1 at a free port, for scripts that measure the built site (budgets,
 * Lighthouse) with the headers readers get.
 * @param {string} root
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveSite(root) {
  const server = await serve({ root, port: 0 });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/**
 * Every page (a folder's index.html) under `root`, as site paths such as "/" and "/zh/cost/", sorted.
 * @param {string} root
 * @returns {string[]}
 */
export function sitePages(root) {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } },
  });
  const root = positionals[0] ?? 'dist';
  try {
    await serve({ root, port: Number(values.port), host: values.host });
    // 127.0.0.1 is what http://localhost:4321/ (the README's address) reaches.
    const shown = values.host === '127.0.0.1' ? 'localhost' : values.host;
    console.log(`Serving ${root}/ at http://${shown}:${values.port}/ as the host will: its _headers applied, /x redirected to /x/, the 404 page`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
