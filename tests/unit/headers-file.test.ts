import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { describe, expect, it } from 'vitest';
import { compilePattern, headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';
import { fillHeaders } from '../../src/lib/csp';

/** Headers of a path under a `_headers` text, as a plain object. */
function headersOf(text: string, path: string): Record<string, string> {
  const { rules, problems } = parseHeadersFile(text);
  expect(problems).toEqual([]);
  return Object.fromEntries(headersFor(rules, path));
}

describe('compilePattern', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/zh/cost/', true],
    ['/embed/*', '/embed/cost-example/', true],
    ['/embed/*', '/embedding/', false],
    ['/embed/*', '/zh/embed/cost-example/', false],
    ['/zh/embed/*', '/zh/embed/cost-example/', true],
    ['/embed/:figure/', '/embed/cost-example/', true],
    ['/embed/:figure/', '/embedding/', false],
    ['/embed/:figure/', '/embed/', false],
    ['/embed/:figure/', '/embed/a/b/', false],
    ['/oembed/:file', '/oembed/cost-example.json', true],
    ['/oembed/:file', '/oembed/', false],
    ['/oembed/*.json', '/oembed/cost-example.json', true],
    ['/oembed/*.json', '/oembed/cost-exampleXjson', false],
    ['/models/:id/', '/models/gpt-4/', true],
    ['/models/:id/', '/models/a/b/', false],
    ['/cost/', '/cost/', true],
    ['/cost/', '/cost/x/', false],
  ])('%s against %s: %s', (pattern, path, matches) => {
    expect(compilePattern(pattern).test(path)).toBe(matches);
  });
});

describe('parseHeadersFile', () => {
  it('reads paths, headers, detach lines and comments', () => {
    const { rules, problems } = parseHeadersFile('# comment\n/a/*\n  X-One: 1\n  ! X-Two\n\n/b\n  X-Three: a: b\n');
    expect(problems).toEqual([]);
    expect(rules.map((r) => [r.path, r.set, r.unset, r.line])).toEqual([
      ['/a/*', [['X-One', '1']], ['X-Two'], 2],
      ['/b', [['X-Three', 'a: b']], [], 6],
    ]);
  });

  it('names the line of everything it cannot read', () => {
    const { rules, problems } = parseHeadersFile('  X-Early: 1\n/ok\n  X-Ok: 1\nhttps://example.com/*\n  X-A: 1\n/x\n  no colon here\n  X-Empty:\n  ! \n/empty\n');
    expect(problems).toEqual([
      { line: 1, message: 'a header line must follow a path line' },
      { line: 4, message: 'expected a path starting with "/" (absolute URLs are not supported here), found "https://example.com/*"' },
      { line: 7, message: 'expected "Header-Name: value", found "no colon here"' },
      { line: 8, message: 'expected "Header-Name: value", found "X-Empty:"' },
      { line: 9, message: 'expected "! Header-Name" to detach a header, found "!"' },
      { line: 6, message: 'the rule for /x has no headers' },
      { line: 10, message: 'the rule for /empty has no headers' },
    ]);
    // The header under the unreadable path is not given to the rule before it.
    expect(rules[0]!.set).toEqual([['X-Ok', '1']]);
  });
});

describe('headersFor', () => {
  it('applies every matching rule and joins a header set twice, as Cloudflare Pages does', () => {
    const text = '/*\n  X-Robots-Tag: nosnippet\n  Vary: a\n  Vary: b\n/docs/*\n  X-Robots-Tag: noindex\n';
    expect(headersOf(text, '/docs/x/')).toEqual({ 'x-robots-tag': 'nosnippet, noindex', vary: 'a, b' });
    expect(headersOf(text, '/')).toEqual({ 'x-robots-tag': 'nosnippet', vary: 'a, b' });
  });

  it('lets a later rule detach a header and set it anew', () => {
    const text = '/*\n  CSP: one\n  XFO: SAMEORIGIN\n/open/*\n  ! csp\n  ! XFO\n  CSP: two\n';
    expect(headersOf(text, '/open/page/')).toEqual({ csp: 'two' });
    expect(headersOf(text, '/closed/')).toEqual({ csp: 'one', xfo: 'SAMEORIGIN' });
  });
});

describe('public/_headers', () => {
  const text = readFileSync('public/_headers', 'utf8');

  it.each(['/', '/cost/', '/zh/', '/zh/performance/', '/embedding/', '/zh/embedding/', '/embed.js', '/404.html', '/embed/', '/oembed/x.json'])('keeps %s out of other sites’ frames', (path) => {
    const headers = headersOf(text, path);
    expect(headers['content-security-policy']).toMatch(/^[^,]*(^|; )frame-ancestors 'self'$/);
    // frame-ancestors alone: an X-Frame-Options could not be lifted for embed pages on Netlify.
    expect(headers).not.toHaveProperty('x-frame-options');
  });

  it.each(['/embed/cost-example/', '/zh/embed/capability-radar/'])('lets any site frame %s', (path) => {
    const headers = headersOf(text, path);
    expect(headers['content-security-policy']).toMatch(/^[^,]*(^|; )frame-ancestors \*$/);
    expect(headers).not.toHaveProperty('x-frame-options');
  });

  it.each(['/oembed/cost-example.json', '/zh/oembed/cost-example.json'])('lets any site read %s', (path) => {
    expect(headersOf(text, path)).toMatchObject({ 'access-control-allow-origin': '*' });
  });
});

/**
 * What Netlify sends for each path: the rules its own parser reads from the file (it skips
 * `! Name` lines, which have no colon), every matching rule applied in order, and a header set by
 * two rules taking the later value, as Netlify's local server does (`headersForPath` in netlify-cli
 * and @netlify/headers: `Object.assign` over the matching rules' values). Names in lower case.
 */
async function netlifyHeaders(text: string, paths: readonly string[]): Promise<Record<string, Record<string, string>>> {
  const dir = mkdtempSync(join(tmpdir(), 'netlify-headers-'));
  try {
    const file = join(dir, '_headers');
    writeFileSync(file, text);
    const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
    expect(errors.map((e) => e.message)).toEqual([]);
    const rules = headers as Header[];
    return Object.fromEntries(
      paths.map((path) => {
        const sent: Record<string, string> = {};
        for (const rule of rules.filter((r) => r.forRegExp.test(path))) {
          for (const [name, value] of Object.entries(rule.values)) sent[name.toLowerCase()] = value;
        }
        return [path, sent];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('public/_headers on Netlify', () => {
  const source = readFileSync('public/_headers', 'utf8');
  // As the build ships it: src/integrations/csp.ts fills in the inline scripts' hashes.
  const built = fillHeaders(source, ["'sha256-AAAA'", "'sha256-BBBB'"], ['/', '/embed/cost-example/']);
  const paths = [
    '/',
    '/performance/',
    '/zh/performance/',
    '/embedding/',
    '/zh/embedding/',
    '/embed/',
    '/embed/cost-example/',
    '/zh/embed/capability-radar/',
    '/oembed/x.json',
    '/zh/oembed/x.json',
    '/embed.js',
    '/404.html',
  ];

  it('the built file has no problems', () => {
    expect(built.problems).toEqual([]);
  });

  it.each([
    ['public/_headers', source],
    ['dist/_headers', built.text],
  ])('%s gives every path the same headers on Netlify as on Cloudflare Pages and npm run serve', async (_, text) => {
    const netlify = await netlifyHeaders(text, paths);
    const { rules } = parseHeadersFile(text);
    for (const path of paths) expect(netlify[path], path).toEqual(Object.fromEntries(headersFor(rules, path)));
  });

  it('on Netlify only embed pages may be framed by other sites, and only oEmbed files are open to any reader', async () => {
    const netlify = await netlifyHeaders(built.text, paths);
    const ancestors = Object.fromEntries(paths.map((p) => [p, /frame-ancestors ([^;]*)$/.exec(netlify[p]?.['content-security-policy'] ?? '')?.[1]]));
    expect(ancestors).toEqual(Object.fromEntries(paths.map((p) => [p, /^(\/zh)?\/embed\/[^/]+\/$/.test(p) ? '*' : "'self'"])));
    expect(paths.filter((p) => netlify[p]?.['x-frame-options'] !== undefined)).toEqual([]);
    expect(paths.filter((p) => netlify[p]?.['access-control-allow-origin'] === '*')).toEqual(['/oembed/x.json', '/zh/oembed/x.json']);
    expect(netlify['/embed/cost-example/']?.['content-security-policy']).toContain("script-src 'self' 'sha256-AAAA' 'sha256-BBBB';");
  });

  it('the file as it was sent X-Frame-Options: SAMEORIGIN to embed pages on Netlify (the check can fail)', async () => {
    const old = source.replace('/embed/:figure/\n  ! Content-Security-Policy\n', '/embed/:figure/\n  ! Content-Security-Policy\n  ! X-Frame-Options\n').replace('/*\n', '/*\n  X-Frame-Options: SAMEORIGIN\n');
    const netlify = await netlifyHeaders(old, ['/embed/cost-example/']);
    expect(netlify['/embed/cost-example/']?.['x-frame-options']).toBe('SAMEORIGIN');
    expect(headersFor(parseHeadersFile(old).rules, '/embed/cost-example/').has('x-frame-options')).toBe(false);
  });
});
