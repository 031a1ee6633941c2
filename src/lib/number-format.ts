import type { Unit } from '../schemas/metric';

/** BCP 47 tags of the site's languages, for `lang`, `hreflang` and `Intl`. */
export const langTag = { en: 'en', zh: 'zh-CN' } as const;
/** A site language, as far as number formatting is concerned. */
type Lang = keyof typeof langTag;

const superscripts: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Formats a plain number; very small ones as "2 × 10⁻⁵" so learning rates stay readable. */
export function formatPlain(value: number, locale: Lang): string {
  if (value !== 0 && Math.abs(value) < 1e-3) {
    const exponent = Math.floor(Math.log10(Math.abs(value)));
    const mantissa = Number((value / 10 ** exponent).toPrecision(6));
    const power = String(exponent).replace(/./g, (c) => superscripts[c] ?? c);
    return `${new Intl.NumberFormat(langTag[locale]).format(mantissa)} × 10${power}`;
  }
  return new Intl.NumberFormat(langTag[locale], { maximumFractionDigits: 6 }).format(value);
}

/** Formats a number in its unit for a locale: 83 → "83%", 340e9 → "340B" / "3400亿", 0.12 → "$0.12". */
export function formatNumber(value: number, unit: Unit, locale: Lang): string {
  const tag = langTag[locale];
  switch (unit) {
    case 'percent':
      // Divide in decimal to avoid 0.3/100 = 0.0030000000000000005 artefacts.
      return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 }).format(Number((value / 100).toPrecision(12)));
    case 'usd':
      return new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD', minimumFractionDigits: 2 }).format(value);
    case 'parameters':
    case 'tokens':
      return new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
    case 'score-10':
      return new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);
    case 'ratio':
      return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(value)}×`;
    case 'plain':
      return formatPlain(value, locale);
    default:
      return new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(value);
  }
}

