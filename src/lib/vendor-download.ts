// The vendors' published results as download rows: one row per result with everything a reader
// needs to check it (setting, version, source, locator). The shapes match the fields and cells of
// figures/download-rows.ts structurally, so the registry (figures/kinds.ts) registers this as the
// download of `draws: published-results` without an import cycle.
import type { Locale } from '../schemas/common';
import { sourceName } from './credits';
import type { UiKey } from '../i18n/ui';
import { t } from './i18n';
import type { SiteData } from './types';
import { bestResults } from './vendor-results';

/** A column of the download (a DownloadField of downloads.ts). */
interface Column {
  id: string;
  title: string;
  header: string;
  type: 'string' | 'number' | 'boolean';
  description?: string;
}

const column = (locale: Locale, id: string, key: UiKey, type: Column['type'] = 'string'): Column => ({ id, title: t(locale, key), header: t(locale, key), type });

/** Every result of every model, in the site's order: benchmark, model, version, score, unit, setting, source and locator. */
export function vendorDownload(data: SiteData, locale: Locale): { fields: Column[]; rows: { value: string | number | boolean | null }[][] } {
  const best = bestResults(data.results);
  const fields = [
    column(locale, 'benchmark', 'vendor.col.benchmarkId'),
    column(locale, 'benchmarkName', 'vendor.col.benchmark'),
    column(locale, 'model', 'data.col.modelId'),
    column(locale, 'name', 'table.model'),
    column(locale, 'version', 'vendor.col.version'),
    { ...column(locale, 'score', 'vendor.col.score', 'number'), description: t(locale, 'vendor.col.scoreDescription') },
    column(locale, 'unit', 'vendor.col.unit'),
    column(locale, 'metric', 'vendor.col.metric'),
    column(locale, 'setting', 'vendor.col.setting'),
    { ...column(locale, 'best', 'vendor.col.best', 'boolean'), description: t(locale, 'vendor.col.bestDescription') },
    column(locale, 'sourceId', 'vendor.col.sourceId'),
    column(locale, 'source', 'data.col.source'),
    column(locale, 'locator', 'vendor.col.locator'),
    column(locale, 'note', 'vendor.col.note'),
  ];
  const rows = data.results.map((r) => {
    const b = data.benchmarks.find((x) => x.id === r.benchmark)!;
    const name = data.models.find((m) => m.id === r.model)?.name[locale] ?? r.model;
    const values = [r.benchmark, b.name, r.model, name, r.version, r.score, b.unit, r.metric ?? null, r.setting, best.has(r), r.source, sourceName(data, r.source, locale), r.locator[locale], r.note?.[locale] ?? null];
    return values.map((value) => ({ value }));
  });
  return { fields, rows };
}
