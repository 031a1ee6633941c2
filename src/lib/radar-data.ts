import type { Locale } from '../schemas/common';
import type { SiteData } from './types';

/** Point shapes per model, so series differ by more than colour. */
export const pointStyles = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'] as const;

/** What the radar chart needs, passed to the browser as JSON in a data attribute. */
export interface RadarData {
  labels: string[];
  max: number;
  datasets: { label: string; data: (number | null)[]; color: string; pointStyle: (typeof pointStyles)[number] }[];
}

/**
 * Builds the radar chart's data from a table of scores: one axis per metric, one series per model
 * (or per model of `only`, each keeping the point shape it has on the full chart).
 */
export function radarData(data: SiteData, tableId: string, locale: Locale, max = 10, only?: readonly string[]): RadarData {
  const table = data.tables.find((x) => x.id === tableId);
  if (!table) throw new Error(`radarData: no table "${tableId}" in content/tables.yaml`);
  return {
    labels: table.metrics.map((id) => data.metrics.get(id)?.label[locale] ?? id),
    max,
    datasets: data.models.flatMap((model, i) => (only && !only.includes(model.id) ? [] : [{
      label: model.name[locale],
      data: table.metrics.map((id) => {
        const f = model.figures[id];
        return typeof f === 'number' ? f : null;
      }),
      color: model.color,
      pointStyle: pointStyles[i % pointStyles.length]!,
    }])),
  };
}
