import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePattern, headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';

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

  it.each(['/', '/cost/', '/zh/', '/zh/performance/', '/embedding/', '/zh/embedding/', '/embed.js', '/404.html'])('keeps %s out of other sites’ frames', (path) => {
    const headers = headersOf(text, path);
    expect(headers['content-security-policy']).toMatch(/(^|; )frame-ancestors 'self'($|;)/);
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it.each(['/embed/cost-example/', '/zh/embed/capability-radar/'])('lets any site frame %s', (path) => {
    const headers = headersOf(text, path);
    expect(headers['content-security-policy']).toMatch(/(^|; )frame-ancestors \*($|;)/);
    expect(headers).not.toHaveProperty('x-frame-options');
  });

  it.each(['/oembed/cost-example.json', '/zh/oembed/cost-example.json'])('lets any site read %s', (path) => {
    expect(headersOf(text, path)).toMatchObject({ 'access-control-allow-origin': '*' });
  });
});
