import type { Locale } from '../schemas/common';
import { bestIds } from './best';
import { formatFigure, metricHeading } from './format';
import { t } from './i18n';
import type { SiteData } from './types';

/** One cell of a comparison table as it is shown. */
export interface CellView {
  /** The formatted value ("83%", "n/a"). */
  text: string;
  /** Why there is no value, for "not applicable" cells. */
  reason?: string;
  /** Whether this is the best value of its metric. */
  best: boolean;
  /** The model the cell belongs to. */
  model: string;
  /** The metric the cell belongs to. */
  metric: string;
}

/** A header cell: text, and for metric headers the "higher/lower is better" hint. */
export interface HeaderView {
  id: string;
  text: string;
  hint?: string;
  color?: string;
}

/** A comparison table ready to render: column headers, then rows of a header and cells. */
export interface TableView {
  id: string;
  title: string;
  /** "metrics": one metric per row; "models": one model per row. */
  rows: 'metrics' | 'models';
  /** Text of the top-left header cell. */
  corner: string;
  columns: HeaderView[];
  body: { header: HeaderView; cells: CellView[] }[];
  /** Whether any cell is marked best (the legend is shown only then). */
  hasBest: boolean;
}

/** Builds a comparison table from the data for a locale; throws if the table id is unknown. */
export function buildTable(data: SiteData, tableId: string, locale: Locale): TableView {
  const def = data.tables.find((x) => x.id === tableId);
  if (!def) throw new Error(`No table "${tableId}" in content/tables.yaml (known: ${data.tables.map((x) => x.id).join(', ')})`);
  const metrics = def.metrics.map((id) => {
    const metric = data.metrics.get(id);
    if (!metric) throw new Error(`${def.file}: table "${def.id}" lists metric "${id}", which metrics.yaml does not define`);
    return metric;
  });
  const metricHeader = (m: (typeof metrics)[number]): HeaderView => {
    const hint = m.direction === 'higher' ? t(locale, 'table.higher') : m.direction === 'lower' ? t(locale, 'table.lower') : undefined;
    return { id: m.id, text: metricHeading(m, locale), ...(hint ? { hint } : {}) };
  };
  const modelHeader = (m: SiteData['models'][number]): HeaderView => ({ id: m.id, text: m.name[locale], color: m.color });
  const cellsByMetric = new Map(
    metrics.map((metric) => {
      const figures = data.models.map((model) => ({ id: model.id, figure: model.figures[metric.id]! }));
      const best = bestIds(metric, figures);
      const cells = figures.map(({ id, figure }): CellView => {
        const f = formatFigure(figure, metric, locale);
        return { text: f.text, ...(f.na ? { reason: f.reason } : {}), best: best.has(id), model: id, metric: metric.id };
      });
      return [metric.id, cells] as const;
    }),
  );
  const byMetrics = def.rows === 'metrics';
  const body = byMetrics
    ? metrics.map((m) => ({ header: metricHeader(m), cells: cellsByMetric.get(m.id)! }))
    : data.models.map((model, i) => ({ header: modelHeader(model), cells: metrics.map((m) => cellsByMetric.get(m.id)![i]!) }));
  return {
    id: def.id,
    title: def.title[locale],
    rows: def.rows,
    corner: t(locale, byMetrics ? 'table.metric' : 'table.model'),
    columns: byMetrics ? data.models.map(modelHeader) : metrics.map(metricHeader),
    body,
    hasBest: [...cellsByMetric.values()].some((cells) => cells.some((c) => c.best)),
  };
}
