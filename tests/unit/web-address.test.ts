import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScriptUrl } from '../../src/lib/csp';
import { contrastRatio, faintOn } from '../../src/lib/contrast';
import { checkWebAddress, safeHref } from '../../src/lib/web-address';

describe('checkWebAddress', () => {
  it('accepts plain https addresses and gives them as a browser normalises them', () => {
    expect(checkWebAddress('https://arxiv.org/abs/2412.19437')).toEqual({ ok: true, href: 'https://arxiv.org/abs/2412.19437' });
    expect(checkWebAddress('HTTPS://ArXiv.org/abs/1')).toEqual({ ok: true, href: 'https://arxiv.org/abs/1' });
  });

  it.each([
    ['javascript:alert(1)', 'is a "javascript:" address'],
    ['JaVaScRiPt:alert(1)', 'is a "javascript:" address (a browser reads it as "javascript:alert(1)")'],
    ['java\tscript:alert(1)', 'is a "javascript:" address'],
    ['java\nscript:alert(1)', 'is a "javascript:" address'],
    ['\u0001 javascript:alert(1)', 'is a "javascript:" address'],
    ['data:text/html,<script>x</script>', 'is a "data:" address'],
    ['vbscript:x', 'is a "vbscript:" address'],
    ['http://arxiv.org/', 'is a "http:" address'],
    ['//evil.example/', 'is not a full web address'],
    ['/relative', 'is not a full web address'],
    ['https:evil.example', 'is not a full web address'],
    ['https:\\\\evil.example', 'is not a full web address'],
    ['https:///x', 'is not a full web address'],
    ['https://user:pw@evil.example/', 'carries a user name or password'],
    ['https://arxiv.org@evil.example/', 'carries a user name or password'],
    ['https://exa mple.org/', 'contains a space at character 12'],
    ['https://example.org/\u202Eabc', 'contains the invisible character U+202E'],
  ])('refuses %j', (text, reason) => {
    const check = checkWebAddress(text);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain(reason);
    expect(safeHref(text)).toBeUndefined();
  });

  it('never accepts an address that a browser would run as script (property)', () => {
    const scheme = fc.constantFrom('javascript:', 'JAVASCRIPT:', 'jAvAsCrIpT:');
    // Browsers strip C0 controls and spaces around an address, and tabs and newlines anywhere in it.
    const lead = fc.constantFrom('', '\t', '\n', '\r', ' ', '\u0000', '\u001f');
    const inside = fc.constantFrom('\t', '\n', '\r');
    const spelled = fc.tuple(lead, scheme, fc.array(inside, { maxLength: 3 }), fc.string()).map(([before, s, inner, rest]) => {
      const cut = Math.max(1, Math.floor(s.length / 2));
      return `${before}${s.slice(0, cut)}${inner.join('')}${s.slice(cut)}${rest}`;
    });
    fc.assert(
      fc.property(spelled, (text) => {
        expect(isScriptUrl(text)).toBe(true);
        expect(checkWebAddress(text).ok).toBe(false);
      }),
    );
  });
});

describe('model colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#E69F00', '#ffffff')).toBeCloseTo(2.25, 2);
  });

  it('finds the theme on which a colour nearly vanishes', () => {
    expect(faintOn('#FFFFFF').map((f) => f.theme)).toEqual(['light']);
    expect(faintOn('#000000').map((f) => f.theme)).toEqual(['dark']);
    expect(faintOn('#F0E442').map((f) => f.theme)).toEqual(['light']);
    for (const ok of ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9']) expect(faintOn(ok), ok).toEqual([]);
  });
});
