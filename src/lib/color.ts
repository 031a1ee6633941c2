// Colour arithmetic for the design tokens and the diagrams: WCAG 2 contrast, mixing, parsing the
// forms browsers and Mermaid write (#rgb, #rrggbb, rgb(), rgba()).

/** A colour as 0–255 red, green and blue, and 0–1 alpha. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(r, g, b)` or `rgba(r, g, b, a)`; undefined for anything else. */
export function parseColor(text: string): Rgba | undefined {
  const s = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(s);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4]);
    return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha };
  }
  return undefined;
}

/** Parses a colour or throws, naming it: for colours the code itself defines. */
function must(text: string): Rgba {
  const c = parseColor(text);
  if (!c) throw new Error(`Not a colour this site can compute with: "${text}" (use #rrggbb)`);
  return c;
}

/** `#rrggbb` of a colour (alpha dropped). */
export function toHex(c: Rgba): string {
  return `#${[c.r, c.g, c.b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;
}

/** `a` mixed with `b`: `share` of `a` (0–1) and the rest of `b`, as `#rrggbb`. */
export function mix(a: string, b: string, share: number): string {
  const x = must(a);
  const y = must(b);
  const m = (p: number, q: number) => p * share + q * (1 - share);
  return toHex({ r: m(x.r, y.r), g: m(x.g, y.g), b: m(x.b, y.b), a: 1 });
}

/** A colour with alpha laid over an opaque background, as the eye sees it. */
export function over(top: Rgba, below: Rgba): Rgba {
  const m = (p: number, q: number) => p * top.a + q * (1 - top.a);
  return { r: m(top.r, below.r), g: m(top.g, below.g), b: m(top.b, below.b), a: 1 };
}

/** WCAG 2 relative luminance. */
export function luminance(c: Rgba): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG 2 contrast ratio of two opaque colours (1–21). */
export function contrastRatio(a: string | Rgba, b: string | Rgba): number {
  const [la, lb] = [typeof a === 'string' ? must(a) : a, typeof b === 'string' ? must(b) : b].map(luminance) as [number, number];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG 2 AA contrast for normal text. */
export const minTextContrast = 4.5;

/**
 * The text colour for a fill: the first of `preferred` that reaches AA on it, else black or white,
 * whichever contrasts more (one of them always reaches 4.58:1 on any opaque colour).
 */
export function textOn(fill: string, preferred: readonly string[] = []): string {
  const ok = preferred.find((c) => contrastRatio(c, fill) >= minTextContrast);
  if (ok) return ok;
  return contrastRatio('#000000', fill) >= contrastRatio('#ffffff', fill) ? '#000000' : '#ffffff';
}
