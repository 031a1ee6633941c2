import type { Locale } from '../schemas/common';
import { complexities } from '../schemas/metric';
import type { Figure } from '../schemas/model';
import { bestIds } from './best';
import { formatFigure, metricHeading } from './format';
import { t } from './i18n';
import { withRecords } from './table-records';
import type { CellView, HeaderView, TableOptions, TableView } from './table-view';

export type { CellMark, CellView, HeaderView, NoteView, TableOptions, TableView } from './table-view';
import type { SiteData } from './types';

/**
 * The ids of the headers a reader can sort by: with one model per row, the metric columns that hold
 * a number; with one metric per row, the rows that do. The build marks them so the space of their
 * sort buttons is kept from the first paint, and the browser script finds them.
 */
export function sortableHeaders(view: Pick<TableView, 'rows' | 'columns' | 'body'>): Set<string> {
  if (view.rows === 'models') return new Set(view.columns.filter((_, i) => view.body.some((row) => row.cells[i]?.sort !== undefined)).map((h) => h.id));
  return new Set(view.body.filter((row) => row.cells.some((c) => c.sort !== undefined)).map((row) => row.header.id));
}

/** The number a figure sorts by: its value, or a big-O class's rank; undefined when it has none. */
export function sortKey(figure: Figure): number | undefined {
  if (typeof figure === 'number') return figure;
  if (typeof figure === 'string') return complexities.indexOf(figure);
  if (typeof figure === 'object' && 'value' in figure) return figure.value;
  return undefined;
}

/**
 * A comparison table's definition and its metrics, in its order: what its page view (buildTable), its
 * downloads and its embed height are all built from. Throws, naming the file, for an unknown table or metric.
 */
export function tableMetrics(data: SiteData, tableId: string) {
  const def = data.tables.find((x) => x.id === tableId);
  if (!def) throw new Error(`No table "${tableId}" in content/tables.yaml (known: ${data.tables.map((x) => x.id).join(', ')})`);
  const metrics = def.metrics.map((id) => {
    const metric = data.metrics.get(id);
    if (!metric) throw new Error(`${def.file}: table "${def.id}" lists metric "${id}", which metrics.yaml does not define`);
    return metric;
  });
  return { def, metrics };
}

/** Builds a comparison table from the data for a locale; throws if the table id is unknown. */
export function buildTable(data: SiteData, tableId: string, locale: Locale, options: TableOptions = {}): TableView {
  const { def, metrics } = tableMetrics(data, tableId);
  const metricHeader = (m: (typeof metrics)[number]): HeaderView => {
    const hint = m.direction === 'higher' ? t(locale, 'table.higher') : m.direction === 'lower' ? t(locale, 'table.lower') : undefined;
    return { id: m.id, text: metricHeading(m, locale), ...(hint ? { hint } : {}), direction: m.direction, ...(m.kind === 'number' && m.unit ? { unit: m.unit } : {}) };
  };
  const modelHeader = (m: SiteData['models'][number]): HeaderView => ({ id: m.id, text: m.name[locale], color: m.color, model: m.id });
  const shown = options.models ? data.models.filter((m) => options.models!.includes(m.id)) : data.models;
  const isShown = new Set(shown.map((m) => m.id));
  const cellsByMetric = new Map(
    metrics.map((metric) => {
      const figures = data.models.map((model) => ({ id: model.id, figure: model.figures[metric.id]! }));
      const best = bestIds(metric, figures);
      const cells = figures.filter(({ id }) => isShown.has(id)).map(({ id, figure }): CellView => {
        const f = formatFigure(figure, metric, locale);
        const key = sortKey(figure);
        return { text: f.text, ...(f.na ? { reason: f.reason } : {}), best: best.has(id), model: id, metric: metric.id, ...(key !== undefined ? { sort: key } : {}) };
      });
      return [metric.id, cells] as const;
    }),
  );
  const byMetrics = (options.rows ?? def.rows) === 'metrics';
  const body = byMetrics
    ? metrics.map((m) => ({ header: metricHeader(m), cells: cellsByMetric.get(m.id)! }))
    : shown.map((model, i) => ({ header: modelHeader(model), cells: metrics.map((m) => cellsByMetric.get(m.id)![i]!) }));
  return withRecords({
    id: def.id,
    title: def.title[locale],
    rows: byMetrics ? 'metrics' : 'models',
    corner: t(locale, byMetrics ? 'table.metric' : 'table.model'),
    columns: byMetrics ? shown.map(modelHeader) : metrics.map(metricHeader),
    body,
    hasBest: [...cellsByMetric.values()].some((cells) => cells.some((c) => c.best)),
    ...(shown.length < data.models.length ? { partial: true } : {}),
    notes: [],
  }, data, locale);
}
