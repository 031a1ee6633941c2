import type { Locale, Localized } from '../schemas/common';
import type { Metric, Unit } from '../schemas/metric';
import type { Figure } from '../schemas/model';
import { langTag, t } from './i18n';

/** A formatted cell: the text to show, or "not applicable" with its reason. */
export type FormattedFigure = { na: false; text: string } | { na: true; text: string; reason: string };

const superscripts: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Formats a plain number; very small ones as "2 × 10⁻⁵" so learning rates stay readable. */
export function formatPlain(value: number, locale: Locale): string {
  if (value !== 0 && Math.abs(value) < 1e-3) {
    const exponent = Math.floor(Math.log10(Math.abs(value)));
    const mantissa = Number((value / 10 ** exponent).toPrecision(6));
    const power = String(exponent).replace(/./g, (c) => superscripts[c] ?? c);
    return `${new Intl.NumberFormat(langTag[locale]).format(mantissa)} × 10${power}`;
  }
  return new Intl.NumberFormat(langTag[locale], { maximumFractionDigits: 6 }).format(value);
}

/** Formats a number in its unit for a locale: 83 → "83%", 340e9 → "340B" / "3400亿", 0.12 → "$0.12". */
export function formatNumber(value: number, unit: Unit, locale: Locale): string {
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

/** Units shown once in the row or column header rather than in every cell. */
export function unitInHeader(unit: Unit | undefined): boolean {
  return unit === 'ms' || unit === 'gb' || unit === 'tokens-per-second';
}

/** A metric's label with its unit when the unit is not in the cells, e.g. "Per-layer latency (ms)". */
export function metricHeading(metric: Metric, locale: Locale): string {
  const label = metric.label[locale];
  return metric.unit && unitInHeader(metric.unit)
    ? t(locale, 'table.withUnit', { label, unit: t(locale, `unit.${metric.unit}`) })
    : label;
}

/** True when a figure is the explicit "not applicable" value. */
export function isNotApplicable(figure: Figure): figure is { na: Localized } {
  return typeof figure === 'object' && 'na' in figure;
}

/** Formats one figure of a metric for display. */
export function formatFigure(figure: Figure, metric: Metric, locale: Locale): FormattedFigure {
  if (isNotApplicable(figure)) return { na: true, text: t(locale, 'table.na'), reason: figure.na[locale] };
  let text: string;
  if (typeof figure === 'number') text = formatNumber(figure, metric.unit ?? 'plain', locale);
  else if (typeof figure === 'boolean') text = t(locale, figure ? 'table.yes' : 'table.no');
  else if (typeof figure === 'string') text = figure.replace('^2', '²').replace('^3', '³').replace('2^n', '2ⁿ');
  else if ('value' in figure) text = t(locale, 'per', { value: formatNumber(figure.value, metric.unit ?? 'plain', locale), per: figure.per[locale] });
  else text = figure[locale];
  if (metric.template && (typeof figure === 'number')) text = metric.template[locale].replace('{n}', text);
  return { na: false, text };
}
