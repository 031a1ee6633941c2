import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, fill, maxParts, toResultView } from '../../src/lib/search-results';

describe('excerptParts', () => {
  it('splits an excerpt into text and marked matches', () => {
    expect(excerptParts('measures <mark>throughput</mark> with a batch')).toEqual([
      { text: 'measures ', marked: false },
      { text: 'throughput', marked: true },
      { text: ' with a batch', marked: false },
    ]);
  });

  it('keeps escaped markup as text and drops any other tag', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <b>x</b> &amp; <mark>吞吐量</mark>')).toEqual([
      { text: '<script>alert(1)</script> x & ', marked: false },
      { text: '吞吐量', marked: true },
    ]);
  });

  it('decodes numeric references and leaves unknown ones as written', () => {
    expect(decodeEntities('&#39;a&#x2019; &bogus; &#0;')).toBe("'a\u2019 &bogus; &#0;");
  });
});

describe('toResultView', () => {
  const data = {
    url: '/performance/',
    excerpt: 'The <mark>throughput</mark>',
    meta: { title: 'Performance', section: 'Performance' },
    sub_results: [
      { title: 'Performance', url: '/performance/', excerpt: 'top' },
      { title: 'Inference speed', url: '/performance/#inference-speed', excerpt: 'a', anchor: { element: 'h2', id: 'inference-speed' } },
      { title: 'Inference performance', url: '/performance/#inference-performance-title', excerpt: 'b', anchor: { element: 'h3', id: 'inference-performance-title' } },
      { title: 'c', url: '/performance/#c', excerpt: 'c', anchor: { element: 'h2', id: 'c' } },
      { title: 'd', url: '/performance/#d', excerpt: 'd', anchor: { element: 'h2', id: 'd' } },
    ],
  };

  it('lists the headings that matched, figures marked, at most a few', () => {
    const view = toResultView(data);
    expect(view.parts.map((p) => [p.title, p.figure])).toEqual([
      ['Inference speed', false],
      ['Inference performance', true],
      ['c', false],
    ]);
    expect(view.parts).toHaveLength(maxParts);
  });

  it('names the section only when it is not the title', () => {
    expect(toResultView(data).section).toBeUndefined();
    expect(toResultView({ ...data, meta: { title: 'GPT-4', section: 'Models' } }).section).toBe('Models');
  });
});

it('fill replaces known placeholders only', () => {
  expect(fill('Pages found: {count} {other}', { count: 3 })).toBe('Pages found: 3 {other}');
});
