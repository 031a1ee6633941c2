// The site's colours and fonts, in one place: `npm run generate` writes them as CSS custom properties
// to src/styles/tokens.css (read by global.css), and the diagrams take their Mermaid theme from them.

/** The colours of one theme. Each becomes a CSS custom property (`bgSoft` → `--bg-soft`). */
export interface ThemeTokens {
  /** Page background. */
  bg: string;
  /** Background of quiet areas (table stripes, placeholders, diagram boxes). */
  bgSoft: string;
  /** Body text. */
  fg: string;
  /** Secondary text (captions, hints); AA on `bg` and `bgSoft`. */
  fgMuted: string;
  /** Borders and rules. */
  border: string;
  /** Links, and the accent of controls and diagrams. */
  link: string;
  /** The focus ring. */
  focus: string;
  /** Background of the best value in a table. */
  bestBg: string;
}

/** The colour themes, light first (the default without a system preference). */
export const themeNames = ['light', 'dark'] as const;

/** One of the colour themes. */
export type ThemeName = (typeof themeNames)[number];

/** Both themes' colours; every text colour meets WCAG AA on both backgrounds (a unit test checks). */
export const themes: Record<ThemeName, ThemeTokens> = {
  light: {
    bg: '#ffffff',
    bgSoft: '#f4f5f7',
    fg: '#1b1d21',
    fgMuted: '#4a4f57',
    border: '#c9ced6',
    link: '#0b57d0',
    focus: '#b3261e',
    bestBg: '#fff4cc',
  },
  dark: {
    bg: '#15171b',
    bgSoft: '#1f2228',
    fg: '#e8eaed',
    fgMuted: '#b4b9c1',
    border: '#4a4f57',
    link: '#8ab4f8',
    focus: '#ffb4ab',
    bestBg: '#3d3410',
  },
};

/** The page's font stack, CJK included; diagram labels are measured in it at build time. */
export const fontStack =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** The monospace stack of code. */
export const monoStack = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Noto Sans Mono CJK SC', monospace";

/** `bgSoft` → `--bg-soft`. */
export function cssName(token: string): string {
  return `--${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

const declarations = (tokens: ThemeTokens, indent: string) =>
  Object.entries(tokens)
    .map(([k, v]) => `${indent}${cssName(k)}: ${v};`)
    .join('\n');

/**
 * src/styles/tokens.css: the light theme on `:root`, the dark one under `prefers-color-scheme: dark`
 * unless an embed forced light with `data-theme`, and on `data-theme='dark'`.
 */
export function tokensCss(): string {
  return [
    '/* Generated from src/lib/design-tokens.ts by `npm run generate`; do not edit. */',
    '/* Colours follow the reader\'s system setting; both themes meet WCAG AA contrast. */',
    ':root {',
    '  color-scheme: light dark;',
    declarations(themes.light, '  '),
    `  --font: ${fontStack};`,
    `  --mono: ${monoStack};`,
    '}',
    '/* An embed can force a theme with data-theme on <html> (set from ?theme=); otherwise the system decides. */',
    '@media (prefers-color-scheme: dark) {',
    "  :root:not([data-theme='light']) {",
    declarations(themes.dark, '    '),
    '  }',
    '}',
    ":root[data-theme='dark'] {",
    '  color-scheme: dark;',
    declarations(themes.dark, '  '),
    '}',
    ":root[data-theme='light'] { color-scheme: light; }",
    '',
  ].join('\n');
}
