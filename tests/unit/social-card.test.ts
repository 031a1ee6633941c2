import { describe, expect, it } from 'vitest';
import { collectionFace, collectionSize, faceHasName } from '../../src/lib/font-face';
import { cardFontsNotice, cardLocales, escapeXml, socialCardFile, socialCardSvg, textWidth, wrapText } from '../../src/lib/social-card';
import { inSitemap, robotsTxt } from '../../src/lib/sitemap';

describe('socialCardFile', () => {
  it('puts each language in one flat folder, the home page as index', () => {
    expect(socialCardFile('')).toBe('img/social/index.png');
    expect(socialCardFile('training/')).toBe('img/social/training.png');
    expect(socialCardFile('zh/')).toBe('zh/img/social/index.png');
    expect(socialCardFile('zh/models/gpt-4/')).toBe('zh/img/social/models-gpt-4.png');
    expect(socialCardFile('/embed/capability-radar/')).toBe('img/social/embed-capability-radar.png');
  });
});

describe('wrapText', () => {
  it('breaks between words and keeps every word', () => {
    const lines = wrapText('Quantisation: how much quality each model keeps at 8, 4 and 3 bits', 12, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Quantisation: how much quality each model keeps at 8, 4 and 3 bits');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(12);
  });
  it('breaks between Chinese characters, keeping punctuation with the character before it', () => {
    const lines = wrapText('量化：各模型在比特权重下保留多少质量', 6, 5);
    expect(lines.join('')).toBe('量化：各模型在比特权重下保留多少质量');
    expect(lines.some((l) => l.startsWith('：'))).toBe(false);
  });
  it('cuts what does not fit in the lines allowed with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 6, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!)).toBeLessThanOrEqual(6);
  });
});

describe('socialCardSvg', () => {
  it('escapes titles from data', () => {
    const svg = socialCardSvg({ title: '<script>&"\'', siteName: 'A & B', section: '<i>', locale: 'en' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;&apos;');
    expect(svg).toContain('A &amp; B');
    expect(escapeXml('<&>')).toBe('&lt;&amp;&gt;');
  });
  it('is 1200×630 and marks Chinese cards as zh-CN', () => {
    const svg = socialCardSvg({ title: '架构设计', siteName: '大模型对决', locale: 'zh' });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"[^>]*lang="zh-CN"/);
  });
});

describe('card fonts', () => {
  it('draws both languages with a CJK font, English with a Latin one, none without fonts', () => {
    expect(cardLocales({ cjk: true, latin: false })).toEqual(['en', 'zh']);
    expect(cardLocales({ cjk: false, latin: true })).toEqual(['en']);
    expect(cardLocales({ cjk: false, latin: false })).toEqual([]);
  });
  it('says in one line what it leaves out', () => {
    expect(cardFontsNotice({ cjk: true, latin: true })).toBeUndefined();
    expect(cardFontsNotice({ cjk: false, latin: true })).toMatch(/^Chinese pages get no social card.*fonts-noto-cjk/);
    expect(cardFontsNotice({ cjk: false, latin: false })).not.toContain('\n');
  });
});

/** A font collection of faces that hold only a `name` table with the given text, in UTF-16BE. */
function fakeCollection(names: string[]): Uint8Array {
  const faces = names.map((n) => new Uint8Array([...n].flatMap((ch) => [0, ch.charCodeAt(0)])));
  const headerSize = 12 + 4 * names.length;
  const dirSize = 12 + 16;
  const total = headerSize + names.length * dirSize + faces.reduce((s, f) => s + ((f.length + 3) & ~3), 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x74746366);
  view.setUint32(4, 0x00010000);
  view.setUint32(8, names.length);
  let data = headerSize + names.length * dirSize;
  faces.forEach((face, i) => {
    const dir = headerSize + i * dirSize;
    view.setUint32(12 + 4 * i, dir);
    view.setUint32(dir, 0x4f54544f);
    view.setUint16(dir + 4, 1);
    bytes.set([..."name"].map((c) => c.charCodeAt(0)), dir + 12);
    view.setUint32(dir + 12 + 8, data);
    view.setUint32(dir + 12 + 12, face.length);
    bytes.set(face, data);
    data += (face.length + 3) & ~3;
  });
  return bytes;
}

describe('collectionFace', () => {
  it('takes one face out of a collection with its tables at new offsets', () => {
    const ttc = fakeCollection(['Noto Sans CJK JP', 'Noto Sans CJK SC']);
    expect(collectionSize(ttc)).toBe(2);
    const faces = [0, 1].map((i) => collectionFace(ttc, i));
    expect(faces.map((f) => faceHasName(f, 'Noto Sans CJK SC'))).toEqual([false, true]);
    expect(new DataView(faces[1]!.buffer).getUint32(0)).toBe(0x4f54544f);
    expect(() => collectionFace(ttc, 2)).toThrow(/no face 2/);
  });
  it('knows a plain font is no collection', () => {
    expect(collectionSize(new Uint8Array(16))).toBe(0);
  });
});

describe('sitemap', () => {
  it('lists reading pages only', () => {
    expect(inSitemap('https://x.example/')).toBe(true);
    expect(inSitemap('https://x.example/zh/models/gpt-4/')).toBe(true);
    expect(inSitemap('https://x.example/base/data/')).toBe(true);
    expect(inSitemap('https://x.example/embed/capability-radar/')).toBe(false);
    expect(inSitemap('https://x.example/zh/oembed/capability-radar.json')).toBe(false);
    expect(inSitemap('https://x.example/404/')).toBe(false);
    expect(inSitemap('https://x.example/data/models.csv')).toBe(false);
  });
  it('is named in robots.txt by its absolute address, under the base', () => {
    expect(robotsTxt(new URL('https://x.example/llm-showdown/'))).toContain('Sitemap: https://x.example/llm-showdown/sitemap-index.xml\n');
  });
});
