/** The page background of each colour theme, as in src/styles/global.css (`--bg`). */
export const themeBackgrounds = { light: '#ffffff', dark: '#15171b' } as const;
/** A colour theme of the site. */
export type ThemeName = keyof typeof themeBackgrounds;

/**
 * Least contrast a model colour needs against either theme's background to be accepted: below 2:1
 * a line, bar or swatch nearly vanishes (white on white is 1:1). WCAG asks 3:1 of graphics; the
 * article's Okabe–Ito colours sit between the two, so 2:1 is the floor that refuses, not the aim.
 */
export const minModelColourContrast = 2;

/** The relative luminance of a "#rrggbb" colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two "#rrggbb" colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The themes on whose background a colour is under `min`:1, with its ratio there. */
export function faintOn(colour: string, min = minModelColourContrast): { theme: ThemeName; ratio: number }[] {
  return (Object.keys(themeBackgrounds) as ThemeName[]).map((theme) => ({ theme, ratio: contrastRatio(colour, themeBackgrounds[theme]) })).filter((x) => x.ratio < min);
}
