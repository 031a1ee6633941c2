import { mix, textOn } from './color';
import { fontStack, themeNames, themes } from './design-tokens';

/** Colour themes every diagram is drawn in; the page shows the one matching `prefers-color-scheme`. */
export const diagramThemes = themeNames;

/** One of the diagram colour themes. */
export type DiagramTheme = (typeof diagramThemes)[number];

/** The font stack of diagram text: the page's own, so labels are measured at build time in the font they are shown in. */
export const diagramFont = fontStack;

/** How many section colours Mermaid's timeline and mind map cycle through (its THEME_COLOR_LIMIT). */
const sectionColours = 12;

/**
 * The diagram colours of a theme, from the site's design tokens: boxes tinted with the accent, text
 * in the body colour, lines in the muted colour, group boxes in the soft background.
 */
export function diagramPalette(theme: DiagramTheme) {
  const t = themes[theme];
  const node = mix(t.link, t.bg, theme === 'dark' ? 0.2 : 0.1);
  const section = mix(t.link, t.bg, theme === 'dark' ? 0.32 : 0.2);
  return { bg: t.bg, fg: t.fg, muted: t.fgMuted, border: t.border, accent: t.link, node, section, cluster: t.bgSoft, accentText: textOn(t.link, [t.bg, t.fg]) };
}

/** Mermaid's `base` theme variables for a theme, from `diagramPalette`. */
export function themeVariables(theme: DiagramTheme): Record<string, string | boolean> {
  const p = diagramPalette(theme);
  const sections = Object.fromEntries(
    Array.from({ length: sectionColours }, (_, i) => [
      [`cScale${i}`, p.section],
      [`cScaleLabel${i}`, p.fg],
      [`cScaleInv${i}`, p.accent],
      [`cScalePeer${i}`, p.accent],
    ]).flat(),
  );
  return {
    darkMode: theme === 'dark',
    background: p.bg,
    fontFamily: diagramFont,
    fontSize: '16px',
    primaryColor: p.node,
    primaryTextColor: p.fg,
    primaryBorderColor: p.accent,
    secondaryColor: p.cluster,
    secondaryTextColor: p.fg,
    secondaryBorderColor: p.border,
    tertiaryColor: p.cluster,
    tertiaryTextColor: p.fg,
    tertiaryBorderColor: p.border,
    mainBkg: p.node,
    nodeBorder: p.accent,
    nodeTextColor: p.fg,
    textColor: p.fg,
    titleColor: p.fg,
    lineColor: p.muted,
    arrowheadColor: p.muted,
    clusterBkg: p.cluster,
    clusterBorder: p.border,
    edgeLabelBackground: p.bg,
    git0: p.accent,
    gitBranchLabel0: p.accentText,
    ...sections,
  };
}

/** Mermaid's configuration for a theme; `seed` keeps generated ids stable between builds. */
export function mermaidConfig(theme: DiagramTheme, seed: string) {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    themeVariables: themeVariables(theme),
    // The timeline brightens its event boxes by 20 %, which would undo the contrast worked out above.
    themeCSS: '.eventWrapper{filter:none;}',
    fontFamily: diagramFont,
    deterministicIds: true,
    deterministicIDSeed: seed,
  } as const;
}

/** Mermaid's default limit on a source's length; over it, Mermaid draws a box saying so instead of the diagram. */
export const mermaidMaxTextSize = 50_000;

/** Why Mermaid would not draw this source (it would draw its "size exceeded" box), or undefined. */
export function tooBigForMermaid(source: string): string | undefined {
  return source.length > mermaidMaxTextSize ? `its source is ${source.length} characters long, over Mermaid's limit of ${mermaidMaxTextSize}` : undefined;
}

/** Escapes text for a double-quoted HTML attribute. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Narrowest share of its drawn width a diagram may shrink to, so 16 px labels stay about 10 px on phones. */
export const minDiagramScale = 0.65;

/**
 * Finishes a Mermaid SVG for the page: a picture role and a short accessible name (the text version
 * follows it), replacing Mermaid's own role attributes, and a width range from its drawn width
 * down to `minDiagramScale` of it (narrower screens scroll it sideways instead of shrinking it
 * further).
 */
export function finishSvg(svg: string, label: string): string {
  const open = /^\s*<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('finishSvg: the Mermaid output does not start with an <svg> element');
  const width = Number(/\sviewBox="[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+"/.exec(open[0])?.[1]);
  if (!(width > 0)) throw new Error('finishSvg: the Mermaid SVG has no viewBox width');
  const px = (n: number) => `${Math.round(n)}px`;
  const tag = open[0]
    .replace(/\s(role|aria-roledescription|aria-label|aria-labelledby|aria-describedby|style)="[^"]*"/g, '')
    .replace(/^\s*<svg\b/, `<svg role="img" aria-label="${attr(label)}" style="max-width: ${px(width)}; min-width: ${px(width * minDiagramScale)}"`);
  return tag + svg.slice(open[0].length);
}
