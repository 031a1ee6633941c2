import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagramFont, diagramThemes, finishSvg, mermaidConfig, minDiagramScale, themeVariables } from '../../src/lib/diagram-svg';
import { contrastRatio } from '../../src/lib/color';
import { themeNames, themes, tokensCss } from '../../src/lib/design-tokens';

const mermaidSvg =
  '<svg aria-roledescription="flowchart-v2" role="graphics-document document" viewBox="0 0 800 382" style="max-width: 800px;" class="flowchart" xmlns="http://www.w3.org/2000/svg" width="100%" id="diagram-abc-light"><style>#diagram-abc-light{fill:#333;}</style><g></g></svg>';

describe('finishSvg', () => {
  it('gives the picture role and name in place of Mermaid\'s roles, and keeps the rest byte for byte', () => {
    const svg = finishSvg(mermaidSvg, 'Scenario matrix');
    const open = svg.slice(0, svg.indexOf('>') + 1);
    expect(open).toMatch(/^<svg role="img" aria-label="Scenario matrix" /);
    expect(open).not.toContain('graphics-document');
    expect(open).not.toContain('aria-roledescription');
    expect(svg.slice(open.length)).toBe(mermaidSvg.slice(mermaidSvg.indexOf('>') + 1));
  });

  it('lets the diagram shrink to the minimum scale of its drawn width, no further', () => {
    const open = finishSvg(mermaidSvg, 'x').split('>')[0]!;
    expect(open).toContain(`style="max-width: 800px; min-width: ${Math.round(800 * minDiagramScale)}px"`);
    expect(open.match(/style=/g)).toHaveLength(1);
  });

  it('escapes the name for its attribute', () => {
    expect(finishSvg(mermaidSvg, 'A "B" <C> & D')).toContain('aria-label="A &quot;B&quot; &lt;C&gt; &amp; D"');
  });

  it('refuses output that is not an SVG with a viewBox', () => {
    expect(() => finishSvg('<div>Syntax error</div>', 'x')).toThrow('does not start with an <svg> element');
    expect(() => finishSvg('<svg id="x"></svg>', 'x')).toThrow('no viewBox width');
  });
});

describe('diagram font and Mermaid configuration', () => {
  it('uses the page\'s own font stack, with a CJK font, so labels are measured in the font they are shown in', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8');
    expect(/--font:\s*([^;]+);/.exec(css)?.[1]).toBe(diagramFont);
    expect(diagramFont).toContain("'Noto Sans CJK SC'");
  });

  it('draws in strict mode with stable ids, in Mermaid\'s base theme coloured from the design tokens', () => {
    const light = mermaidConfig('light', 'seed-1');
    const dark = mermaidConfig('dark', 'seed-1');
    expect(light).toMatchObject({ securityLevel: 'strict', theme: 'base', deterministicIds: true, deterministicIDSeed: 'seed-1', fontFamily: diagramFont });
    expect(dark.theme).toBe('base');
    for (const theme of diagramThemes) {
      const v = themeVariables(theme);
      expect(v['background']).toBe(themes[theme].bg);
      expect(v['primaryTextColor']).toBe(themes[theme].fg);
      expect(v['darkMode']).toBe(theme === 'dark');
    }
  });

  it.each(diagramThemes)('every text colour of the %s palette is at 4.5:1 on the fills it sits on', (theme) => {
    const v = themeVariables(theme);
    const pairs: [string, string][] = [
      ['primaryTextColor', 'primaryColor'],
      ['textColor', 'background'],
      ['titleColor', 'clusterBkg'],
      ['textColor', 'edgeLabelBackground'],
      ['gitBranchLabel0', 'git0'],
      ...Array.from({ length: 12 }, (_, i) => [`cScaleLabel${i}`, `cScale${i}`] as [string, string]),
    ];
    for (const [text, fill] of pairs) expect(contrastRatio(String(v[text]), String(v[fill])), `${text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('design tokens', () => {
  it.each(themeNames)('%s: body and muted text reach 4.5:1 on the page and soft backgrounds, links too', (name) => {
    const t = themes[name];
    for (const text of [t.fg, t.fgMuted, t.link]) for (const bg of [t.bg, t.bgSoft]) expect(contrastRatio(text, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('writes each token as a custom property for both themes', () => {
    const css = tokensCss();
    expect(css).toContain('--bg-soft: #f4f5f7;');
    expect(css).toContain("@media (prefers-color-scheme: dark) {\n  :root:not([data-theme='light']) {\n    --bg: #15171b;");
    expect(css.match(/--best-bg: /g)).toHaveLength(3);
  });
});
