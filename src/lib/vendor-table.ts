// The vendors' published benchmark results shaped for the page: the table of benchmarks × models,
// the grouped bar chart of the comparable ones, one model's list, the credit line and the download.
// Pure: it reads SiteData and hands plain values to the components and the download builder.
import type { Locale } from '../schemas/common';
import type { PublishedBenchmark } from '../schemas/vendor-results';
import { creditLine, sourceName, type CreditGroup } from './credits';
import { langTag, t } from './i18n';
import type { ModelResult, SiteData } from './types';
import { benchmarksReportedBy, bestResults, comparableGroups, resultsIn, settingKey } from './vendor-results';

/** One published result as a cell shows it. */
export interface ResultView {
  /** The score with its unit, e.g. "87.1%" or "89.0 F1". */
  score: string;
  /** The score as a number, for sorting and the chart. */
  value: number;
  /** The metric printed beside the score ("EM", "Pass@1"), if the source prints one. */
  metric?: string;
  /** The setting exactly as printed ("5-shot", "0-shot CoT"). */
  setting: string;
  /** The exact model version the vendor reported. */
  version: string;
  /** The source's id in content/sources.yaml. */
  source: string;
  /** The source's short citation in the reader's language. */
  sourceName: string;
  /** The source's authors, the link's text in a cell. */
  sourceShort: string;
  /** The source's address, when sources.yaml gives one. */
  url?: string;
  /** Where in the source, in the reader's language. */
  locator: string;
  /** A remark from the data, in the reader's language. */
  note?: string;
  /** Best of a group of comparable results from two or more models. */
  best: boolean;
  /** Other models report this benchmark, but none under this setting: the result is not compared. */
  differs: boolean;
}

/** One cell of the table: a model's results on a benchmark (a vendor may print several versions). */
export interface VendorCell {
  model: string;
  /** Empty when the vendor did not report the benchmark, or no results file was read for the model. */
  results: ResultView[];
  /** What the cell says when it has no result: "not reported", or "not read yet" for a model without a results file. */
  empty?: string;
  /** The highest score in the cell, to sort the models by this benchmark. */
  sort?: number;
}

/** One benchmark's row. */
export interface VendorRow {
  /** The benchmark id. */
  id: string;
  name: string;
  cells: VendorCell[];
}

/** The table of benchmarks (rows) × models (columns). */
export interface VendorTableView {
  columns: { id: string; name: string; color: string; hint?: string }[];
  rows: VendorRow[];
  /** Whether any result carries the best mark (the legend is shown only then). */
  hasBest: boolean;
  /** Whether any result is marked as measured under a setting no other model shares. */
  hasDiffers: boolean;
}

/** A score in its benchmark's unit, with at least one decimal as vendors print them: 89 → "89.0 F1". */
export function formatScore(score: number, unit: PublishedBenchmark['unit'], locale: Locale): string {
  const digits = Math.max(1, (String(score).split('.')[1] ?? '').length);
  const format = (style: 'percent' | 'decimal', v: number) => new Intl.NumberFormat(langTag[locale], { style, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
  return unit === 'percent' ? format('percent', Number((score / 100).toPrecision(12))) : `${format('decimal', score)} ${t(locale, 'vendor.unit.f1')}`;
}

const benchmarkOf = (data: SiteData, id: string) => data.benchmarks.find((b) => b.id === id)!;

/** The view of one result; `best` and `differs` are worked out over all the results, not only the shown ones. */
function resultView(data: SiteData, r: ModelResult, locale: Locale, best: ReadonlySet<ModelResult>, differs: ReadonlySet<ModelResult>): ResultView {
  const source = data.sources.get(r.source);
  return {
    score: formatScore(r.score, benchmarkOf(data, r.benchmark).unit, locale),
    value: r.score,
    // An F1 score already says F1 beside its number.
    ...(r.metric && !(benchmarkOf(data, r.benchmark).unit === 'f1' && r.metric === 'F1') ? { metric: r.metric } : {}),
    setting: r.setting,
    version: r.version,
    source: r.source,
    sourceName: sourceName(data, r.source, locale),
    sourceShort: source?.authors ?? r.source,
    ...(source?.url ? { url: source.url } : {}),
    locator: r.locator[locale],
    ...(r.note ? { note: r.note[locale] } : {}),
    best: best.has(r),
    differs: differs.has(r),
  };
}

/**
 * The results measured under a setting that no other model's result on the same benchmark shares,
 * on a benchmark that another model does report: these cells say their setting differs.
 */
export function differingResults(results: readonly ModelResult[]): Set<ModelResult> {
  const differs = new Set<ModelResult>();
  for (const r of results) {
    const others = results.filter((o) => o.benchmark === r.benchmark && o.model !== r.model);
    if (others.length > 0 && !others.some((o) => settingKey(o.setting) === settingKey(r.setting))) differs.add(r);
  }
  return differs;
}

/** The models that have a results file (at least one result). */
const modelsWithResults = (data: SiteData) => new Set(data.results.map((r) => r.model));

/** The table: every benchmark some vendor reports, every model in display order, every cell with its results or why it has none. */
export function vendorTable(data: SiteData, locale: Locale): VendorTableView {
  const best = bestResults(data.results);
  const differs = differingResults(data.results);
  const read = modelsWithResults(data);
  const ids = benchmarksReportedBy(data.results, data.benchmarks.map((b) => b.id));
  const rows = ids.map((id): VendorRow => {
    const b = benchmarkOf(data, id);
    const cells = data.models.map((m): VendorCell => {
      const results = resultsIn(data.results, m.id, id).map((r) => resultView(data, r, locale, best, differs));
      if (results.length > 0) return { model: m.id, results, sort: Math.max(...results.map((r) => r.value)) };
      return { model: m.id, results, empty: t(locale, read.has(m.id) ? 'vendor.notReported' : 'vendor.notRead') };
    });
    return { id, name: b.name, cells };
  });
  return {
    columns: data.models.map((m) => ({ id: m.id, name: m.name[locale], color: m.color, ...(read.has(m.id) ? {} : { hint: t(locale, 'vendor.noFile') }) })),
    rows,
    hasBest: best.size > 0,
    hasDiffers: differs.size > 0,
  };
}

/** The grouped bar chart's data: one group per benchmark and setting measured for two or more models, one series per model. */
export interface VendorChartSeries {
  /** Each group's label, "MMLU · 5-shot". */
  groups: string[];
  /** One series per model that has a result in some group; `values[i]` is its score in group i (its highest, if it has several), or null. */
  series: { model: string; name: string; color: string; values: (number | null)[]; texts: string[] }[];
  /** The unit of each group's scores, for the axis and the text. */
  units: PublishedBenchmark['unit'][];
}

/** The comparable results as a grouped bar chart's data; empty groups when no two models share a benchmark and setting. */
export function vendorChartSeries(data: SiteData, locale: Locale): VendorChartSeries {
  const groups = comparableGroups(data.results).filter((g) => g.models >= 2);
  const series = data.models
    .filter((m) => groups.some((g) => g.results.some((r) => r.model === m.id)))
    .map((m) => {
      const scores = groups.map((g) => g.results.filter((r) => r.model === m.id));
      const values = scores.map((rs) => (rs.length ? Math.max(...rs.map((r) => r.score)) : null));
      const texts = values.map((v, i) => (v === null ? t(locale, 'vendor.notReported') : formatScore(v, benchmarkOf(data, groups[i]!.benchmark).unit, locale)));
      return { model: m.id, name: m.name[locale], color: m.color, values, texts };
    });
  return {
    groups: groups.map((g) => `${benchmarkOf(data, g.benchmark).name} · ${g.setting}`),
    series,
    units: groups.map((g) => benchmarkOf(data, g.benchmark).unit),
  };
}

/** One model's published results with their benchmark's name, in file order (empty when none are recorded). */
export function modelResults(data: SiteData, model: string, locale: Locale): (ResultView & { benchmark: string })[] {
  const best = bestResults(data.results);
  const differs = differingResults(data.results);
  return data.results.filter((r) => r.model === model).map((r) => ({ ...resultView(data, r, locale, best, differs), benchmark: benchmarkOf(data, r.benchmark).name }));
}

/** The sources of the results, each with the models it gives: the figure's credit groups. */
export function vendorCredits(data: SiteData): CreditGroup[] {
  const groups = new Map<string, CreditGroup>();
  for (const m of data.models) {
    for (const source of new Set(data.results.filter((r) => r.model === m.id).map((r) => r.source))) {
      const group = groups.get(source) ?? { source, models: [] };
      group.models.push({ id: m.id });
      groups.set(source, group);
    }
  }
  return [...groups.values()];
}

/** The line under the figure, naming the vendors' sources (never the article, which prints none of these numbers). */
export function vendorCreditLine(data: SiteData, locale: Locale): string {
  const groups = vendorCredits(data);
  return groups.length ? creditLine(data, groups, locale) : t(locale, 'vendor.noSources');
}

/** The data files the figure is built from, relative to content/: the benchmarks and each model's results file. */
export function vendorSourceFiles(data: SiteData): string[] {
  return ['benchmarks.yaml', ...[...modelsWithResults(data)].map((m) => `results/${m}.yaml`)];
}

/** Width of a text in Latin-letter widths: a CJK character counts two. */
const textWidth = (text: string) => [...text].reduce((n, c) => n + (/[\u2e80-\uffef]/.test(c) ? 2 : 1), 0);
/** Lines a text takes in a column of `perLine` Latin letters. */
const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(textWidth(text) / perLine));

// Sizes at 640 px wide, measured in Chromium: a model column holds about 24 letters of a result's
// 0.85rem lines (20 px each).
const resultLine = { letters: 24, px: 20 };

/** Height in pixels of one result in a cell: the score, then its lines (setting, version, "not compared", source, "where"). */
function resultHeight(r: ResultView, locale: Locale): number {
  const texts = [t(locale, 'vendor.setting', { setting: r.setting }), t(locale, 'vendor.version', { version: r.version }), `${t(locale, 'vendor.source')} ${r.sourceShort}`, t(locale, 'vendor.where'), ...(r.differs ? [t(locale, 'vendor.differs')] : [])];
  return 40 + texts.reduce((sum, text) => sum + lines(text, resultLine.letters) * resultLine.px, 0);
}

/**
 * The starting height of the figure's embed frame (pixels at 640 px wide): the frame and tools, the
 * head row, and each benchmark's row as tall as its tallest cell.
 */
export function vendorHeight(data: SiteData, locale: Locale): number {
  const table = vendorTable(data, locale);
  const rows = table.rows.reduce((sum, row) => {
    const cells = row.cells.map((c) => c.results.reduce((h, r) => h + resultHeight(r, locale), 0));
    return sum + Math.max(40, ...cells) + 16;
  }, 0);
  return 110 + 40 + 62 + rows + 40;
}
