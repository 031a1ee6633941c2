import { describe, expect, it } from 'vitest';
import { embedPath, oembedPath, oembedResponse, sectionPath } from '../../src/lib/embed';
import { estimateHeight } from '../../src/lib/figures/figure';
import { heightMessage, isPing } from '../../src/lib/embed-message';
import { embedQuery, embedSnippet, escapeAttribute, readerRoot, rebaseSnippet } from '../../src/lib/embed-snippet';
import { realData } from './helpers';

const input = {
  src: 'https://example.org/embed/cost-example/',
  title: 'Cost example (A100 instances) · LLM Showdown',
  height: 361.6,
  script: 'https://example.org/embed.js',
};

describe('addresses', () => {
  it('puts embed pages, oEmbed files and section pages under the locale’s prefix', () => {
    expect([embedPath('cost-example', 'en'), embedPath('cost-example', 'zh')]).toEqual(['embed/cost-example/', 'zh/embed/cost-example/']);
    expect([oembedPath('cost-example', 'en'), oembedPath('cost-example', 'zh')]).toEqual(['oembed/cost-example.json', 'zh/oembed/cost-example.json']);
    expect([sectionPath('overview', 'en'), sectionPath('overview', 'zh'), sectionPath('cost', 'zh')]).toEqual(['', 'zh/', 'zh/cost/']);
  });

  it.each([
    [{ theme: 'auto', showTitle: true }, ''],
    [{ theme: 'dark', showTitle: true }, '?theme=dark'],
    [{ theme: 'light', showTitle: false }, '?theme=light&title=0'],
    [{ theme: 'auto', showTitle: false }, '?title=0'],
  ] as const)('writes options %o as "%s"', (options, query) => {
    expect(embedQuery(options)).toBe(query);
  });
});

describe('embedSnippet', () => {
  it('is an iframe with a name, full width, a starting height and lazy loading, then the script', () => {
    expect(embedSnippet(input)).toBe(
      '<iframe src="https://example.org/embed/cost-example/" title="Cost example (A100 instances) · LLM Showdown" width="100%" height="362" loading="lazy" style="width:100%;border:0"></iframe>\n' +
        '<script async src="https://example.org/embed.js"></script>',
    );
  });

  it('escapes text from the data in attributes', () => {
    expect(escapeAttribute('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d');
    const html = embedSnippet({ ...input, title: 'x" onload="alert(1)' });
    expect(html).toContain('title="x&quot; onload=&quot;alert(1)"');
    expect(html).not.toContain('" onload="');
  });
});

describe('oembedResponse', () => {
  it('is an oEmbed 1.0 rich response with the snippet', () => {
    const response = oembedResponse({ title: 'Cost example', siteName: 'LLM Showdown', siteUrl: 'https://example.org/', snippet: input });
    expect(response).toEqual({
      type: 'rich',
      version: '1.0',
      title: 'Cost example',
      provider_name: 'LLM Showdown',
      provider_url: 'https://example.org/',
      html: embedSnippet(input),
      width: 640,
      height: 362,
    });
  });
});

describe('messages', () => {
  it('rounds the height up so the frame never cuts the figure', () => {
    expect(heightMessage('cost-example', 361.02)).toEqual({ type: 'llm-showdown:height', figure: 'cost-example', height: 362 });
  });

  it.each([
    [{ type: 'llm-showdown:ping' }, true],
    [{ type: 'llm-showdown:height' }, false],
    ['llm-showdown:ping', false],
    [null, false],
  ])('knows a ping: %o → %s', (data, ping) => {
    expect(isPing(data)).toBe(ping);
  });
});

describe('estimateHeight', () => {
  const data = realData();

  it('gives every figure a height between a line and a long page', () => {
    for (const f of [...data.tables, ...data.figures]) {
      for (const locale of ['en', 'zh'] as const) {
        const height = estimateHeight(data, f.id, locale);
        expect(height, `${f.id} (${locale})`).toBeGreaterThan(150);
        // The tallest, training-parameters with 13 public-record notes, measures 2726 px in Chromium.
        expect(height, `${f.id} (${locale})`).toBeLessThan(4000);
      }
    }
  });

  it('grows with the data: a fifth model adds a row to tables with one row per model', () => {
    const before = estimateHeight(data, 'cost-example', 'en');
    const more = realData();
    more.models.push({ ...more.models[0]!, id: 'fifth' });
    expect(estimateHeight(more, 'cost-example', 'en')).toBeGreaterThan(before);
    expect(estimateHeight(more, 'architecture-map', 'en')).toBeGreaterThan(estimateHeight(data, 'architecture-map', 'en'));
  });

  it('adds the public-record notes under a table: none, one, more entries', () => {
    const none = realData();
    none.records = [];
    const base = estimateHeight(none, 'training-parameters', 'en');
    expect(estimateHeight(data, 'training-parameters', 'en')).toBeGreaterThan(base + 1000);
    const one = realData();
    one.records = one.records.filter((g) => g.subject === 'batch-size').slice(0, 1);
    const withOne = estimateHeight(one, 'training-parameters', 'en');
    expect(withOne - base).toBeGreaterThan(150);
    expect(withOne - base).toBeLessThan(300);
  });

  it('fails with the id it does not know', () => {
    expect(() => estimateHeight(data, 'no-such-figure', 'en')).toThrow('estimateHeight: no figure "no-such-figure" in content/tables.yaml or content/figures.yaml');
  });
});

describe('the snippet where the reader is', () => {
  const built = 'https://llm-showdown.example/';

  it('reads the root from the page address and the base path, and has none for a saved file', () => {
    expect(readerRoot('http://127.0.0.1:4321/cost/?x=1#y', '/')).toBe('http://127.0.0.1:4321/');
    expect(readerRoot('https://me.github.io/llm-showdown/zh/cost/', '/llm-showdown/')).toBe('https://me.github.io/llm-showdown/');
    expect(readerRoot('file:///home/me/dist/cost/index.html', '/')).toBeUndefined();
  });

  it('moves the embed page and /embed.js to the reader’s root when it differs from the built one', () => {
    const snippet = { ...input, src: `${built}zh/embed/cost-example/?theme=dark`, script: `${built}embed.js` };
    expect(rebaseSnippet(snippet, built, 'http://localhost:4321/')).toEqual({ ...snippet, src: 'http://localhost:4321/zh/embed/cost-example/?theme=dark', script: 'http://localhost:4321/embed.js' });
    expect(rebaseSnippet({ ...snippet, src: 'https://x.example/llm/embed/a/', script: 'https://x.example/llm/embed.js' }, 'https://x.example/llm/', 'https://preview.example/llm/')).toMatchObject({
      src: 'https://preview.example/llm/embed/a/',
      script: 'https://preview.example/llm/embed.js',
    });
  });

  it('keeps the built snippet itself on the built site or without a reader root', () => {
    const snippet = { ...input, src: `${built}embed/cost-example/`, script: `${built}embed.js` };
    expect(rebaseSnippet(snippet, built, built)).toBe(snippet);
    expect(rebaseSnippet(snippet, built, undefined)).toBe(snippet);
  });
});
