import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagramFont, finishSvg, mermaidConfig, minDiagramScale } from '../../src/lib/diagram-svg';

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
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(/--font:\s*([^;]+);/.exec(css)?.[1]).toBe(diagramFont);
    expect(diagramFont).toContain("'Noto Sans CJK SC'");
  });

  it('draws in strict mode with stable ids, and gives dark edge labels a darker box', () => {
    const light = mermaidConfig('light', 'seed-1');
    const dark = mermaidConfig('dark', 'seed-1');
    expect(light).toMatchObject({ securityLevel: 'strict', theme: 'default', deterministicIds: true, deterministicIDSeed: 'seed-1', fontFamily: diagramFont });
    expect(light.themeVariables).toEqual({});
    expect(dark).toMatchObject({ theme: 'dark', themeVariables: { edgeLabelBackground: '#333333' } });
  });
});
