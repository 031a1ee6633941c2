import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';
import { cspHash, fillHeaders, parsePolicy, policyProblems, readPageScripts, scriptHashesPlaceholder } from '../../src/lib/csp';

const strict = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'";

describe('readPageScripts', () => {
  it('finds the text of every inline script the browser would run, exactly as the browser hashes it', () => {
    const html = [
      '<!doctype html><html><head>',
      '<script>\r\n  if (a &amp;&amp; b < c) go("</scr" + "ipt>");\r\n</script>',
      '<script type="module">import "/_astro/x.js";</script>',
      '<script type="application/ld+json">{"@type":"Thing"}</script>',
      '<script type="module" src="/_astro/y.js"></script>',
      '</head><body><template><script>inTemplate()</script></template>',
      '<svg><script>inSvg()</script></svg><script TYPE=" Text/JavaScript ">typed()</script></body></html>',
    ].join('');
    // Entities are not decoded inside <script>, and the parser turns CRLF into LF before hashing.
    expect(readPageScripts(html)).toEqual({
      inline: ['\n  if (a &amp;&amp; b < c) go("</scr" + "ipt>");\n', 'import "/_astro/x.js";', 'inTemplate()', 'inSvg()', 'typed()'],
      problems: [],
      scriptUrls: [],
    });
  });

  it('names script that no hash can allow', () => {
    const { problems } = readPageScripts('<button onclick="go()">Go</button><a href=" JavaScript:go()">x</a><a href="/javascript:/">ok</a><img src=x onError="y">');
    expect(problems).toEqual([
      '<button onclick="…">: an event-handler attribute runs inline script; attach the listener from a script instead',
      '<a href="javascript:…">: a javascript: URL runs inline script; use a button with a listener instead',
      '<img onerror="…">: an event-handler attribute runs inline script; attach the listener from a script instead',
    ]);
  });
});

describe('cspHash', () => {
  it('gives the source expression of the CSP specification’s example', () => {
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('hashes the UTF-8 bytes, as browsers do', () => {
    expect(cspHash('中文 – “quotes”')).toBe("'sha256-bsUA0wBFBbitHfi0UDEqJDJcV2mSxB2BtZHhylmi9dk='");
  });
});

describe('parsePolicy', () => {
  it('reads directives by lower-case name; the first of two same-named ones counts', () => {
    const policy = parsePolicy(" Script-Src 'self'  'sha256-a=' ; script-src *; upgrade-insecure-requests;");
    expect([...policy]).toEqual([
      ['script-src', ["'self'", "'sha256-a='"]],
      ['upgrade-insecure-requests', []],
    ]);
  });
});

describe('policyProblems', () => {
  it('accepts scripts from this origin plus hashes, with inline styles allowed', () => {
    expect(policyProblems(strict)).toEqual([]);
  });

  it("accepts 'wasm-unsafe-eval' (WebAssembly for the search), which lets no JavaScript run", () => {
    expect(policyProblems(strict.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"))).toEqual([]);
  });

  it.each([
    ["script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'", "script-src allows 'unsafe-inline': scripts must be 'self' plus hashes"],
    ["script-src 'self' 'UNSAFE-EVAL'; object-src 'none'; base-uri 'self'", "script-src allows 'UNSAFE-EVAL': scripts must be 'self' plus hashes"],
    ["default-src 'self' https:; object-src 'none'; base-uri 'self'", "default-src allows https:: scripts must be 'self' plus hashes"],
    [`${strict}; script-src-attr 'unsafe-inline'`, "script-src-attr allows 'unsafe-inline': scripts must be 'self' plus hashes"],
    ["style-src 'self'; object-src 'none'; base-uri 'self'", 'has no script-src (nor default-src): any script would run'],
    ["script-src 'self'; base-uri 'self'", "needs object-src 'none': plugins could run script"],
    ["script-src 'self'; object-src 'none'", "needs base-uri 'self': an injected <base> would move every relative script"],
  ])('finds what is loose in %s', (policy, problem) => {
    expect(policyProblems(policy)).toEqual([problem]);
  });

  it('lets default-src be loose for other content when script-src is strict', () => {
    expect(policyProblems("default-src *; script-src 'self'; object-src 'none'; base-uri 'self'")).toEqual([]);
  });
});

describe('fillHeaders', () => {
  const csp = (ancestors: string) => `  Content-Security-Policy: script-src 'self' ${scriptHashesPlaceholder}; object-src 'none'; base-uri 'self'; frame-ancestors ${ancestors}`;
  const text = ['# hashes go where it says ' + scriptHashesPlaceholder, '/*', csp("'self'"), '/embed/*', '  ! Content-Security-Policy', csp('*'), ''].join('\n');

  it('puts the hashes into every policy and leaves comments as written', () => {
    const { text: filled, problems } = fillHeaders(text, ["'sha256-a='", "'sha256-b='"], ['/', '/embed/x/', '/404.html']);
    expect(problems).toEqual([]);
    expect(filled.split('\n')[0]).toBe(`# hashes go where it says ${scriptHashesPlaceholder}`);
    const { rules } = parseHeadersFile(filled);
    expect(headersFor(rules, '/cost/').get('content-security-policy')).toBe("script-src 'self' 'sha256-a=' 'sha256-b='; object-src 'none'; base-uri 'self'; frame-ancestors 'self'");
    expect(headersFor(rules, '/embed/x/').get('content-security-policy')).toBe("script-src 'self' 'sha256-a=' 'sha256-b='; object-src 'none'; base-uri 'self'; frame-ancestors *");
  });

  it('refuses a policy without the placeholder, a loose policy, a page without a policy and a line too long for hosts', () => {
    const bad = "/*\n  Content-Security-Policy: script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'\n/open/*\n  ! Content-Security-Policy\n";
    expect(fillHeaders(bad, ["'sha256-a='"], ['/open/'])).toMatchObject({
      problems: [
        `the rule for /* (line 1): script-src needs ${scriptHashesPlaceholder}, or the site's inline scripts are blocked`,
        "the rule for /* (line 1): the Content-Security-Policy script-src allows 'unsafe-inline': scripts must be 'self' plus hashes",
        '/open/: no rule gives this page a Content-Security-Policy',
      ],
    });
    const many = Array.from({ length: 40 }, (_, i) => `'sha256-${String(i).padStart(43, 'x')}='`);
    expect(fillHeaders(text, many, ['/']).problems).toEqual([expect.stringMatching(/^line 3: 2\d{3} characters with the hashes, more than hosts read \(2000\)$/), expect.stringMatching(/^line 6: /)]);
  });

  it('passes on the problems of the file itself', () => {
    expect(fillHeaders('/*\n  no colon\n', [], []).problems).toEqual(['line 2: expected "Header-Name: value", found "no colon"', 'line 1: the rule for /* has no headers']);
  });
});

describe('public/_headers', () => {
  const text = readFileSync('public/_headers', 'utf8');
  const pages = ['/', '/cost/', '/zh/', '/models/gpt-4/', '/embedding/', '/404.html', '/embed/cost-example/', '/zh/embed/capability-radar/'];
  const { text: filled, problems } = fillHeaders(text, ["'sha256-a='"], pages);
  const { rules } = parseHeadersFile(filled);
  const policyOf = (path: string) => parsePolicy(headersFor(rules, path).get('content-security-policy') ?? '');

  it('gives every kind of page a strict policy once the build fills in the hashes', () => {
    expect(problems).toEqual([]);
  });

  it.each(pages)('sends %s the security headers, scripts from this origin plus hashes only', (path) => {
    const headers = headersFor(rules, path);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy')).toMatch(/(^|, )camera=\(\)/);
    // The site's pages let the search compile WebAssembly; embedded figures have no search.
    const embed = path.includes('/embed/');
    expect(policyOf(path).get('script-src')).toEqual(embed ? ["'self'", "'sha256-a='"] : ["'self'", "'wasm-unsafe-eval'", "'sha256-a='"]);
  });

  it('gives embed pages the same policy as other pages, apart from who may frame them and the search', () => {
    const withoutFraming = (path: string) =>
      [...policyOf(path)].filter(([name]) => name !== 'frame-ancestors').map(([name, values]) => [name, values.filter((v) => v !== "'wasm-unsafe-eval'")]);
    expect(withoutFraming('/embed/cost-example/')).toEqual(withoutFraming('/'));
    expect(withoutFraming('/zh/embed/cost-example/')).toEqual(withoutFraming('/'));
  });
});

describe('the CSP build step', () => {
  it('names the data file and field of a javascript: link it finds, and leaves no output to deploy', async () => {
    const { cspHeaders } = await import('../../src/integrations/csp');
    const { mkdtempSync, mkdirSync, writeFileSync, existsSync, copyFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { pathToFileURL } = await import('node:url');
    const top = mkdtempSync(join(tmpdir(), 'csp-'));
    const out = join(top, 'dist');
    const content = join(top, 'content');
    mkdirSync(join(out, 'a'), { recursive: true });
    mkdirSync(content);
    copyFileSync('public/_headers', join(out, '_headers'));
    // As if a schema had been bypassed: the address reaches a built page as written.
    writeFileSync(join(content, 'sources.yaml'), '- id: evil\n  authors: X\n  title: Y\n  date: "2024"\n  url: "Java\\tScript:alert(1)"\n');
    for (const page of ['index.html', 'a/index.html']) writeFileSync(join(out, page), '<!doctype html><title>x</title><a href="Java\tScript:alert(1)">source</a>');
    const before = process.env['CONTENT_DIR'];
    process.env['CONTENT_DIR'] = content;
    try {
      const hook = cspHeaders().hooks['astro:build:done'] as (o: unknown) => void;
      expect(() => hook({ dir: pathToFileURL(`${out}/`), logger: { info: () => undefined } })).toThrow(
        /sources\.yaml:5:8 {2}\[0\]\.url {2}is a javascript: address[^\n]*\n {2}<a href="javascript:…">: a javascript: URL runs inline script; use a button with a listener instead \(2 pages: a\/index\.html, index\.html\)/,
      );
      expect(existsSync(out)).toBe(false);
    } finally {
      if (before === undefined) delete process.env['CONTENT_DIR'];
      else process.env['CONTENT_DIR'] = before;
    }
  });
});
