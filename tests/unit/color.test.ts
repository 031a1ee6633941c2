import { describe, expect, it } from 'vitest';
import { contrastRatio, mix, over, parseColor, textOn, toHex } from '../../src/lib/color';

describe('colour arithmetic', () => {
  it('parses the forms browsers and Mermaid write', () => {
    expect(parseColor('#C386FF')).toEqual({ r: 195, g: 134, b: 255, a: 1 });
    expect(parseColor('#abc')).toEqual({ r: 170, g: 187, b: 204, a: 1 });
    expect(parseColor('rgb(195, 134, 255)')).toEqual({ r: 195, g: 134, b: 255, a: 1 });
    expect(parseColor('rgba(232, 232, 232, 0.8)')).toEqual({ r: 232, g: 232, b: 232, a: 0.8 });
    expect(parseColor('lightgrey')).toBeUndefined();
  });

  it('computes WCAG contrast: white on Mermaid\'s #C386FF is 2.57:1, black on white 21:1', () => {
    expect(contrastRatio('#ffffff', '#C386FF')).toBeCloseTo(2.57, 2);
    expect(contrastRatio('#000', '#fff')).toBe(21);
  });

  it('mixes and lays translucent colours over opaque ones', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(toHex(over(parseColor('rgba(0, 0, 0, 0.5)')!, parseColor('#ffffff')!))).toBe('#808080');
  });

  it('picks a preferred text colour when it reaches 4.5:1, else black or white', () => {
    expect(textOn('#0072B2', ['#ffffff'])).toBe('#ffffff');
    expect(textOn('#E69F00', ['#ffffff'])).toBe('#000000');
    for (let v = 0; v <= 255; v += 5) {
      const grey = toHex({ r: v, g: v, b: v, a: 1 });
      expect(contrastRatio(textOn(grey), grey)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
