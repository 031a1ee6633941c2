// Pictures of figures: a PNG (1× and 2×) of every figure with an embed page, and an SVG of those
// already drawn as vectors, in both languages and themes. These are the pure parts (where a picture
// lives, which formats a figure has, whether this build draws them); src/integrations/figure-pictures.ts
// draws them from the built embed pages when the build ends.
import type { Locale } from '../schemas/common';

/** The colour themes a picture is drawn in. */
export const pictureThemes = ['light', 'dark'] as const;
/** A picture's colour theme. */
export type PictureTheme = (typeof pictureThemes)[number];

/** The width of a 1× picture in CSS pixels: wide enough for a table of four models without scrolling. */
export const pictureWidth = 1200;

/** The files of one picture: PNG at 1×, PNG at 2× (crisp on dense screens and in print), SVG. */
export const pictureFormats = ['png', 'png2x', 'svg'] as const;
/** One of {@link pictureFormats}. */
export type PictureFormat = (typeof pictureFormats)[number];

const suffix: Record<PictureFormat, string> = { png: '.png', png2x: '@2x.png', svg: '.svg' };

/**
 * A picture's file relative to the site base: `img/<figure>.<theme>.png`, `…@2x.png` or `….svg`, under
 * `zh/` for Chinese. Beside `data/` (the CSV and JSON) and apart from `img/social/` (social cards),
 * which no figure id can reach because ids have no slash.
 */
export function picturePath(figure: string, locale: Locale, theme: PictureTheme, format: PictureFormat): string {
  return `${locale === 'en' ? '' : 'zh/'}img/${figure}.${theme}${suffix[format]}`;
}

/** The formats a figure's picture comes in: SVG too when the figure is drawn as a vector (`isVector` in figures/figure.ts). */
export function formatsOf(vector: boolean): PictureFormat[] {
  return vector ? [...pictureFormats] : ['png', 'png2x'];
}

/** What `FIGURE_PICTURES` may be set to; unset means `auto`. */
export const pictureModeValues = ['auto', 'build', 'off'] as const;

/** Whether this build draws pictures, and when not, the one line it prints about it. */
export type PictureMode = { draw: true; chromium: string } | { draw: false; note?: string };

/**
 * Decides whether the build draws the figures' pictures, from `FIGURE_PICTURES`, whether diagrams are
 * drawn at build time (a picture of a diagram needs the diagram in the page) and the Chromium finder.
 * `auto` draws when it can and says in one line what it leaves out; `build` fails instead; `off` skips
 * quietly. Throws a sentence naming the variable on an unknown value.
 */
export async function choosePictureMode(value: string | undefined, diagramsAtBuild: boolean, findChromium: () => Promise<string>): Promise<PictureMode> {
  const wanted = value === undefined || value === '' ? 'auto' : value;
  if (!(pictureModeValues as readonly string[]).includes(wanted)) {
    throw new Error(`FIGURE_PICTURES is "${wanted}"; expected one of ${pictureModeValues.join(', ')} (unset means auto).`);
  }
  if (wanted === 'off') return { draw: false };
  let reason: string;
  try {
    const chromium = await findChromium();
    if (diagramsAtBuild) return { draw: true, chromium };
    reason = 'diagrams are drawn in the browser (MERMAID_RENDER=client)';
  } catch (error) {
    reason = (error instanceof Error ? error.message : String(error)).split(/[.:](?:\s|$)/)[0] || 'No Chromium found';
  }
  if (wanted === 'build') throw new Error(`FIGURE_PICTURES=build needs a Chromium and diagrams drawn at build time: ${reason}.`);
  return { draw: false, note: `${reason}, so the build leaves out the PNG and SVG pictures of the figures (img/<figure>.<theme>.png|svg) and no page links to them; FIGURE_PICTURES=off silences this line.` };
}

/** One file of a picture, as a page links to it. */
export interface PictureLink {
  /** Its format. */
  format: PictureFormat;
  /** Its theme. */
  theme: PictureTheme;
  /** Its path relative to the site base. */
  path: string;
}

/** Every file of a figure's picture in a language, themes first then formats; `vector` as {@link formatsOf}. */
export function pictureFiles(figure: string, vector: boolean, locale: Locale): PictureLink[] {
  return pictureThemes.flatMap((theme) => formatsOf(vector).map((format) => ({ format, theme, path: picturePath(figure, locale, theme, format) })));
}
