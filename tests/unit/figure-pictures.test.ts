import { describe, expect, it } from 'vitest';
import { markdownSnippet, embedSnippet, embedQuery, escapeMarkdown, pictureSnippet, rebaseSnippet, type PictureAddresses } from '../../src/lib/embed-snippet';
import { choosePictureMode, formatsOf, pictureFiles, picturePath } from '../../src/lib/figure-pictures';
import { findFigure, isVector } from '../../src/lib/figures/figure';
import { realData } from './helpers';

const picture: PictureAddresses = {
  alt: 'Cost example [A100] "instances"',
  page: 'https://example.org/cost/#cost-example',
  light: 'https://example.org/img/cost-example.light.png',
  light2x: 'https://example.org/img/cost-example.light@2x.png',
  dark: 'https://example.org/img/cost-example.dark.png',
  dark2x: 'https://example.org/img/cost-example.dark@2x.png',
};
const input = { src: 'https://example.org/embed/cost-example/', title: 'Table: Cost example · LLM Showdown', height: 300, script: 'https://example.org/embed.js', picture };

describe('picture addresses', () => {
  it('sits beside the data downloads, per language, theme and format, apart from the social cards', () => {
    expect(picturePath('cost-example', 'en', 'light', 'png')).toBe('img/cost-example.light.png');
    expect(picturePath('cost-example', 'en', 'dark', 'png2x')).toBe('img/cost-example.dark@2x.png');
    expect(picturePath('architecture-map', 'zh', 'dark', 'svg')).toBe('zh/img/architecture-map.dark.svg');
  });

  it('gives SVG to diagrams and charts drawn from a table only', async () => {
    const data = await realData();
    const vector = [...data.tables, ...data.figures].filter((f) => isVector(findFigure(data, f.id)!)).map((f) => f.id);
    expect(vector).toEqual(data.figures.filter((f) => f.kind === 'diagram' || (f.kind === 'chart' && f.table)).map((f) => f.id));
    expect(vector).toEqual(['comparison-dimensions', 'architecture-map', 'capability-radar', 'scenario-matrix', 'evolution-timeline', 'developer-strategy']);
    expect(formatsOf(true)).toEqual(['png', 'png2x', 'svg']);
    expect(formatsOf(false)).toEqual(['png', 'png2x']);
    expect(pictureFiles('x', false, 'zh').map((f) => f.path)).toEqual(['zh/img/x.light.png', 'zh/img/x.light@2x.png', 'zh/img/x.dark.png', 'zh/img/x.dark@2x.png']);
  });
});

describe('choosePictureMode', () => {
  const found = () => Promise.resolve('/usr/bin/chromium');
  const missing = () => Promise.reject(new Error('No Chromium found. Install one of: …'));

  it('draws when a Chromium is found and diagrams are drawn at build time', async () => {
    expect(await choosePictureMode(undefined, true, found)).toEqual({ draw: true, chromium: '/usr/bin/chromium' });
    expect(await choosePictureMode('build', true, found)).toEqual({ draw: true, chromium: '/usr/bin/chromium' });
  });

  it('says in one line what it leaves out when it cannot draw, and fails only when told to draw', async () => {
    const none = await choosePictureMode('auto', true, missing);
    expect(none.draw).toBe(false);
    expect(!none.draw && none.note).toMatch(/^No Chromium found, so the build leaves out the PNG and SVG pictures/);
    expect(!none.draw && none.note).not.toContain('\n');
    const client = await choosePictureMode('', false, found);
    expect(!client.draw && client.note).toMatch(/^diagrams are drawn in the browser \(MERMAID_RENDER=client\), so/);
    await expect(choosePictureMode('build', true, missing)).rejects.toThrow('FIGURE_PICTURES=build needs a Chromium');
    expect(await choosePictureMode('off', true, found)).toEqual({ draw: false });
    await expect(choosePictureMode('yes', true, found)).rejects.toThrow('FIGURE_PICTURES is "yes"; expected one of auto, build, off');
  });
});

describe('picture snippets', () => {
  it('writes a linked Markdown image, with brackets in the title escaped', () => {
    expect(escapeMarkdown('a [b] \\ c')).toBe('a \\[b\\] \\\\ c');
    expect(markdownSnippet(picture)).toBe('[![Cost example \\[A100\\] "instances"](https://example.org/img/cost-example.light.png)](https://example.org/cost/#cost-example)');
    expect(markdownSnippet(picture, 'dark')).toContain('(https://example.org/img/cost-example.dark.png)');
  });

  it('writes a <picture> that follows the reader’s dark mode, 2× on dense screens', () => {
    expect(pictureSnippet(picture)).toBe(
      '<a href="https://example.org/cost/#cost-example">\n  <picture>\n' +
        '    <source media="(prefers-color-scheme: dark)" srcset="https://example.org/img/cost-example.dark.png, https://example.org/img/cost-example.dark@2x.png 2x">\n' +
        '    <img src="https://example.org/img/cost-example.light.png" srcset="https://example.org/img/cost-example.light@2x.png 2x" alt="Cost example [A100] &quot;instances&quot;" style="max-width:100%;height:auto">\n' +
        '  </picture>\n</a>',
    );
    expect(pictureSnippet(picture, 'light')).not.toContain('<source');
    expect(pictureSnippet(picture, 'dark')).toContain('<img src="https://example.org/img/cost-example.dark.png" srcset="https://example.org/img/cost-example.dark@2x.png 2x"');
  });

  it('gives the iframe snippet the picture in <noscript>, only when there is one', () => {
    expect(embedSnippet(input).split('\n')).toEqual([
      expect.stringMatching(/^<iframe src="https:\/\/example.org\/embed\/cost-example\/" title="Table: Cost example · LLM Showdown"/),
      '<script async src="https://example.org/embed.js"></script>',
      '<noscript><a href="https://example.org/cost/#cost-example"><img src="https://example.org/img/cost-example.light.png" alt="Cost example [A100] &quot;instances&quot;" style="max-width:100%;height:auto"></a></noscript>',
    ]);
    expect(embedSnippet(input, 'dark')).toContain('<noscript><a href="https://example.org/cost/#cost-example"><img src="https://example.org/img/cost-example.dark.png"');
    const { picture: _, ...bare } = input;
    expect(embedSnippet(bare)).not.toContain('noscript');
  });

  it('moves the picture’s addresses with the rest to the reader’s site', () => {
    const moved = rebaseSnippet(input, 'https://example.org/', 'http://localhost:4321/');
    expect(moved.picture).toEqual({ ...picture, page: 'http://localhost:4321/cost/#cost-example', light: 'http://localhost:4321/img/cost-example.light.png', light2x: 'http://localhost:4321/img/cost-example.light@2x.png', dark: 'http://localhost:4321/img/cost-example.dark.png', dark2x: 'http://localhost:4321/img/cost-example.dark@2x.png' });
  });

  it.each([
    [{ theme: 'auto', showTitle: true, plain: true }, '?plain=1'],
    [{ theme: 'dark', showTitle: false, plain: true, static: true }, '?theme=dark&plain=1&static=1'],
    [{ theme: 'light', showTitle: true, static: true }, '?theme=light&static=1'],
  ] as const)('writes options %o as "%s"', (options, query) => {
    expect(embedQuery(options)).toBe(query);
  });
});

describe('halve', () => {
  it('makes the 1× picture from the 2× one: half each side, the same colours, the same bytes every time', async () => {
    const { halve } = await import('../../src/integrations/figure-pictures');
    const sharp = (await import('sharp')).default;
    // A 2×-sized picture: left half dark, right half light, as a figure's two columns might be.
    const raw = Buffer.alloc(40 * 20 * 3);
    for (let y = 0; y < 20; y += 1) for (let x = 0; x < 40; x += 1) raw.fill(x < 20 ? 20 : 240, (y * 40 + x) * 3, (y * 40 + x) * 3 + 3);
    const png2x = await sharp(raw, { raw: { width: 40, height: 20, channels: 3 } }).png().toBuffer();
    const once = await halve(png2x);
    expect(once.equals(await halve(png2x))).toBe(true);
    const { data, info } = await sharp(once).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([20, 10]);
    expect(data[(5 * 20 + 2) * info.channels]).toBe(20);
    expect(data[(5 * 20 + 17) * info.channels]).toBe(240);
  });
});
