import type { Locale, Localized } from '../schemas/common';
import type { Metric, Unit } from '../schemas/metric';
import type { Figure } from '../schemas/model';
import { t } from './i18n';
import { formatNumber } from './number-format';

// Number formatting lives apart, free of the UI strings and schemas, so browser code can share it.
export { formatNumber, formatPlain } from './number-format';

/** A formatted cell: the text to show, or "not applicable" with its reason. */
export type FormattedFigure = { na: false; text: string } | { na: true; text: string; reason: string };

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
