/** Colour themes every diagram is drawn in; the page shows the one matching `prefers-color-scheme`. */
export const diagramThemes = ['light', 'dark'] as const;

/** One of the diagram colour themes. */
export type DiagramTheme = (typeof diagramThemes)[number];

/**
 * The font stack of diagram text: the page's own (`--font` in global.css, kept equal by a unit
 * test), so labels are measured at build time in the font they are shown in, CJK included.
 */
export const diagramFont =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Mermaid's configuration for a theme; `seed` keeps generated ids stable between builds. */
export function mermaidConfig(theme: DiagramTheme, seed: string) {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: theme === 'dark' ? 'dark' : 'default',
    // Mermaid's dark edge labels are #ccc on #585858 (4.4:1); a darker box meets WCAG AA.
    themeVariables: theme === 'dark' ? { edgeLabelBackground: '#333333' } : {},
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
