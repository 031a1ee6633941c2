import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { classesIn, displayMath, katexOptions, katexSubset } from '../../src/lib/katex-subset';
import { katexStylesheet } from '../../src/lib/katex-stylesheet';

const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');

describe('katexSubset', () => {
  it('keeps the rules a formula can match and the faces of the fonts they name, WOFF2 only', () => {
    const html = katex.renderToString('\\text{Cost} = \\frac{a}{b}', { ...katexOptions, displayMode: true });
    const out = katexSubset(css, classesIn(html), 'fonts/');
    expect(out).toContain('.katex .mfrac .frac-line{');
    expect(out).toContain('.katex-display{');
    expect(out).toContain('src:url(fonts/KaTeX_Main-Regular.woff2) format("woff2")}');
    // a and b are maths italic: KaTeX_Math's face comes too, but no AMS, sizes or scripts.
    expect(out).toContain('KaTeX_Math-Italic.woff2');
    expect(out).not.toMatch(/KaTeX_(AMS|Size1|Script|Fraktur)/);
    expect(out).not.toContain('.woff)');
    expect(out.length).toBeLessThan(css.length / 4);
  });

  it('drops a rule whose every selector names a class the formula does not use', () => {
    expect(katexSubset('.katex .a,.katex .b{x:1}.katex .c{y:2}', new Set(['katex', 'b']), '')).toBe('.katex .b{x:1}');
  });

  it('finds display formulas only when $$ stands on lines of its own', () => {
    expect(displayMath('Text $$x$$ inline.\n\n$$\na + b\n$$\n\nCosts $2 and $3.')).toEqual(['a + b']);
  });

  it('the site\'s subset styles the cost formula with KaTeX_Main only (the fonts a page fetches)', () => {
    const out = katexStylesheet();
    expect(out).toContain('KaTeX_Main-Regular.woff2');
    expect(out).not.toContain('KaTeX_Math');
  });
});
