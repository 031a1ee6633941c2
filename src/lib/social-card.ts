// Social cards: the 1200×630 picture a chat or a social post shows for a link to a page. These are the
// pure parts (where a card lives, how its title wraps, its SVG); src/integrations/social-cards.ts
// draws the SVG to PNG at build time.
import type { Locale } from '../schemas/common';

/** The card's size in pixels: what Open Graph and `summary_large_image` previews expect (1.91:1). */
export const socialCardSize = { width: 1200, height: 630 } as const;

/** Open Graph's locale names (language_TERRITORY), which differ from BCP 47's `zh-CN`. */
export const ogLocale: Record<Locale, string> = { en: 'en_US', zh: 'zh_CN' };

/**
 * The card's file, relative to the site base, for a page's base-relative path: "training/" gives
 * "img/social/training.png", "zh/embed/radar/" gives "zh/img/social/embed-radar.png", the home page
 * "index.png". One flat folder per language, so addresses stay stable when pages move between folders.
 */
export function socialCardFile(relPath: string): string {
  const trimmed = relPath.replace(/^\/+|\/+$/g, '').replace(/\/index\.html$|^index\.html$/, '');
  const zh = trimmed === 'zh' || trimmed.startsWith('zh/');
  const bare = zh ? trimmed.replace(/^zh\/?/, '') : trimmed;
  const slug = bare === '' ? 'index' : bare.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `${zh ? 'zh/' : ''}img/social/${slug}.png`;
}

/** Characters set one em wide: CJK ideographs, kana, Hangul and full-width forms. */
const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The width of a text in ems, estimated per character (no font file at hand in pure code) for Noto
 * Sans CJK Bold: wide for CJK, narrower for Latin. It errs wide, so a wrapped line never runs past
 * the card's edge.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (wide.test(ch)) width += 1;
    else if (ch === ' ') width += 0.25;
    else if (/[MW@%mw]/.test(ch)) width += 0.88;
    else if (/[A-Z0-9]/.test(ch)) width += 0.64;
    else if (/[ilj.,:;'’|!()[\]]/.test(ch)) width += 0.3;
    else width += 0.56;
  }
  return width;
}

/** Splits a text into the pieces a line may break between: words (with their space) and single CJK characters. */
function breakPieces(text: string): string[] {
  return text.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6][、，。：；！？）」』》]*|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/gu) ?? [];
}

/**
 * Wraps a text into at most `maxLines` lines of at most `maxEms` ems each (see {@link textWidth}),
 * breaking between words and between CJK characters; a text that does not fit ends in "…".
 */
export function wrapText(text: string, maxEms: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const pieces = breakPieces(text.replace(/\s+/g, ' ').trim());
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (textWidth((line + piece).trimEnd()) <= maxEms || line === '') {
      line += piece;
      continue;
    }
    lines.push(line.trimEnd());
    line = piece.trimStart();
    if (lines.length === maxLines) {
      // The last line that fits gets an ellipsis in place of what is cut.
      let last = lines[maxLines - 1]!;
      while (last.length > 0 && textWidth(`${last}…`) > maxEms) last = [...last].slice(0, -1).join('');
      lines[maxLines - 1] = `${last.trimEnd()}…`;
      return lines;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  // A single word wider than a line is cut rather than drawn past the edge.
  return lines.map((l) => {
    if (textWidth(l) <= maxEms) return l;
    let cut = l;
    while (cut.length > 0 && textWidth(`${cut}…`) > maxEms) cut = [...cut].slice(0, -1).join('');
    return `${cut}…`;
  });
}

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

/** What one card shows. */
export interface SocialCard {
  /** The page's title (for an embed page, the figure's title). */
  title: string;
  /** The site's name in the page's language. */
  siteName: string;
  /** The page's section or kind ("Architecture", "Figure"), shown above the title; none to leave it out. */
  section?: string | undefined;
  /** The page's language: sets `lang` so the renderer picks Chinese glyph forms. */
  locale: Locale;
}

/** Font families named in the card, first found first: Noto Sans CJK covers both languages, DejaVu and Liberation are Latin fallbacks. */
export const cardFontFamilies = ['Noto Sans CJK SC', 'DejaVu Sans', 'Liberation Sans'] as const;

/** The title's font size by number of lines: long titles get smaller type rather than a fourth line. */
const titleSizes = [76, 68, 58] as const;
/** Room for the title, in pixels: the card less its margins. */
const titleWidth = socialCardSize.width - 2 * 80;

/** How much wider than Noto Sans CJK the Latin fallback fonts (DejaVu Sans Bold) set the same text. */
export const latinFallbackWidth = 1.2;

/**
 * The card as SVG, in the site's dark colours (previews sit on both light and dark feeds; dark
 * reads on both). `widthScale` widens the text estimate for fonts wider than Noto Sans CJK.
 */
export function socialCardSvg(card: SocialCard, widthScale = 1): string {
  const { width, height } = socialCardSize;
  const lang = card.locale === 'zh' ? 'zh-CN' : 'en';
  // The largest size whose wrap fits in 3 lines without a cut; otherwise the smallest, cut.
  let size: number = titleSizes[0];
  let lines: string[] = [];
  for (const candidate of titleSizes) {
    size = candidate;
    lines = wrapText(card.title, titleWidth / size / widthScale, 3);
    if (!lines.some((l) => l.endsWith('…'))) break;
  }
  const lineHeight = Math.round(size * 1.25);
  // The title's lines sit centred between the section label (above 170 px) and the rule (at 520 px).
  const block = (lines.length - 1) * lineHeight + size;
  const titleTop = Math.round(170 + (330 - block) / 2 + size * 0.9);
  const family = cardFontFamilies.map((f) => `'${f}'`).join(', ');
  const title = lines.map((l, i) => `<tspan x="80" y="${titleTop + i * lineHeight}">${escapeXml(l)}</tspan>`).join('');
  const section = card.section ? `<text x="80" y="130" font-size="36" font-weight="700" fill="#8ab4f8">${escapeXml(card.section)}</text>` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${lang}" font-family="${escapeXml(family)}">`,
    `<rect width="${width}" height="${height}" fill="#15171b"/>`,
    `<rect x="0" y="0" width="16" height="${height}" fill="#8ab4f8"/>`,
    section,
    `<text font-size="${size}" font-weight="700" fill="#e8eaed">${title}</text>`,
    `<rect x="80" y="520" width="1040" height="2" fill="#4a4f57"/>`,
    `<text x="80" y="578" font-size="34" font-weight="700" fill="#b4b9c1">${escapeXml(card.siteName)}</text>`,
    '</svg>',
  ].join('');
}

/** What the build can draw, by the fonts it found. */
export interface CardFonts {
  /** A font with Chinese glyphs (Noto Sans CJK), which covers Latin too. */
  cjk: boolean;
  /** A Latin font (DejaVu Sans, Liberation Sans). */
  latin: boolean;
}

/** The font files the cards are drawn with, and which scripts they cover. */
export interface FoundFonts extends CardFonts {
  /** Font files handed to resvg; system fonts are not scanned, so cards look the same on every machine with these files. */
  files: string[];
}

/** The languages whose cards can be drawn readably with these fonts. */
export function cardLocales(fonts: CardFonts): Locale[] {
  if (fonts.cjk) return ['en', 'zh'];
  return fonts.latin ? ['en'] : [];
}

/** The one line the build prints when it leaves cards out for want of fonts; undefined when it draws them all. */
export function cardFontsNotice(fonts: CardFonts): string | undefined {
  if (fonts.cjk) return undefined;
  const left = fonts.latin ? 'Chinese pages get no social card (og:image)' : 'No page gets a social card (og:image)';
  return `${left}: no ${fonts.latin ? 'Noto Sans CJK' : 'usable'} font found. Install fonts-noto-cjk (Debian/Ubuntu) or set SOCIAL_CARD_FONTS to font files, separated by ":".`;
}
