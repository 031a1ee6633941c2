import type { Locale } from '../schemas/common';
import { formatNumber } from './format';
import { t } from './i18n';
import type { TableView } from './table';
import type { SiteData } from './types';

/** Colours for data categories (Paul Tol's "muted" scheme, distinguishable with colour-blindness), by category order. */
export const categoryColours = ['#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499', '#DDDDDD'] as const;

/** One model's mix as segments in category order, leaving out categories it does not use. */
export interface MixRow {
  model: string;
  name: string;
  color: string;
  segments: { category: string; label: string; percent: number; colour: string }[];
}

/** The data-mix chart and table: categories (in file order) and one row per model. */
export function dataMix(data: SiteData, locale: Locale): { categories: { id: string; label: string; colour: string }[]; rows: MixRow[] } {
  const used = new Set(data.models.flatMap((m) => Object.keys(m.dataMix)));
  const categories = data.dataCategories
    .map((c, i) => ({ id: c.id, label: c.label[locale], colour: categoryColours[i % categoryColours.length]! }))
    .filter((c) => used.has(c.id));
  const rows = data.models.map((model) => ({
    model: model.id,
    name: model.name[locale],
    color: model.color,
    segments: categories
      .filter((c) => (model.dataMix[c.id] ?? 0) > 0)
      .map((c) => ({ category: c.id, label: c.label, percent: model.dataMix[c.id]!, colour: c.colour })),
  }));
  return { categories, rows };
}

/** The data mix as a table (one category per row, one model per column), for the generic table component. */
export function dataMixTable(data: SiteData, id: string, title: string, locale: Locale): TableView {
  const { categories, rows } = dataMix(data, locale);
  const pct = (n: number) => formatNumber(n, 'percent', locale);
  return {
    id,
    title,
    rows: 'metrics',
    corner: t(locale, 'mix.category'),
    columns: rows.map((r) => ({ id: r.model, text: r.name, color: r.color, model: r.model })),
    body: categories.map((c) => ({
      header: { id: c.id, text: c.label, direction: 'none' as const, unit: 'percent' as const },
      cells: rows.map((r) => {
        const share = r.segments.find((s) => s.category === c.id);
        return { text: share ? pct(share.percent) : t(locale, 'mix.none'), best: false, model: r.model, metric: c.id, sort: share?.percent ?? 0 };
      }),
    })),
    hasBest: false,
  };
}
