import type { Locale } from '../schemas/common';
import type { MetricWithId, Unit } from '../schemas/metric';
import type { Figure } from '../schemas/model';
import type { Section } from '../schemas/site';
import { costPerMillionTokens } from './cost';
import { creditText, creditsFor } from './credits';
import { formatNumber } from './format';
import { t } from './i18n';
import type { SiteData } from './types';
import { vendorDownload } from './vendor-download';

/** One column of a download. */
export interface DownloadField {
  /** Stable id of the column (a metric id, "model", "year"…): the key in JSON rows, the same in both languages. */
  id: string;
  /** The column's label in the download's language, without its unit. */
  title: string;
  /** The CSV header: the label with its unit, e.g. "Parameter utilisation (%)". */
  header: string;
  /** The values' type, as Frictionless Table Schema names it. */
  type: 'string' | 'number' | 'integer' | 'boolean';
  /** Unit of a numeric column. */
  unit?: Unit;
  /** The unit as readers see it ("%", "GB"); absent for plain numbers. */
  unitLabel?: string;
  /** What the values mean. */
  description?: string;
  /** Which way is better, for metrics that have a best value. */
  direction?: 'higher' | 'lower';
}

/** One value of a download: the value (null when there is none), why there is none, what it is per. */
export interface DownloadCell {
  value: string | number | boolean | null;
  /** The reason there is no value ("not applicable" figures). */
  na?: string;
  /** What a number is per ("expert"). */
  per?: string;
}

/** The data of one figure, in one language, ready to write as CSV or JSON. */
export interface FigureDownload {
  /** The figure's id: its anchor and its file name. */
  id: string;
  title: string;
  locale: Locale;
  /** The page the figure is on. */
  section: Section;
  /** The article's section the figures come from. */
  articleSection: string;
  fields: DownloadField[];
  rows: DownloadCell[][];
}

const text = (locale: Locale, id: string, key: Parameters<typeof t>[1]): DownloadField => ({ id, title: t(locale, key), header: t(locale, key), type: 'string' });
const integer = (locale: Locale, id: string, key: Parameters<typeof t>[1], unit?: Unit): DownloadField => ({ ...withUnit(t(locale, key), unit, locale), id, type: 'integer', ...(unit ? { unit } : {}) });
/** A label with its unit as the header, and the unit label, unless the unit is plain. */
function withUnit(title: string, unit: Unit | undefined, locale: Locale): { title: string; header: string; unitLabel?: string } {
  const unitLabel = unit ? t(locale, `unit.${unit}`) : '';
  return unitLabel ? { title, header: t(locale, 'table.withUnit', { label: title, unit: unitLabel }), unitLabel } : { title, header: title };
}

/** The column of a metric: its label with its unit, its type, description and direction. */
export function metricField(m: MetricWithId, locale: Locale): DownloadField {
  const type = m.kind === 'number' ? (m.unit === 'gpus' ? 'integer' : 'number') : m.kind === 'boolean' ? 'boolean' : 'string';
  return {
    id: m.id,
    ...withUnit(m.label[locale], m.kind === 'number' ? m.unit : undefined, locale),
    type,
    ...(m.kind === 'number' && m.unit && m.unit !== 'plain' ? { unit: m.unit } : {}),
    ...(m.description ? { description: m.description[locale] } : {}),
    ...(m.direction !== 'none' ? { direction: m.direction } : {}),
  };
}

/** One figure as a cell: the raw value (not formatted), the reason of "not applicable", what a number is per. */
export function figureCell(f: Figure, locale: Locale): DownloadCell {
  if (typeof f === 'object' && 'na' in f) return { value: null, na: f.na[locale] };
  if (typeof f === 'object' && 'value' in f) return { value: f.value, per: f.per[locale] };
  if (typeof f === 'object') return { value: f[locale] };
  return { value: f };
}

const modelKeys = (locale: Locale) => [text(locale, 'model', 'data.col.modelId'), text(locale, 'name', 'table.model')];
const modelCells = (m: SiteData['models'][number], locale: Locale): DownloadCell[] => [{ value: m.id }, { value: m.name[locale] }];
/** The last columns of a row of model figures: where they come from, as ids and as a citation. */
const sourceKeys = (locale: Locale) => [text(locale, 'sourceIds', 'data.col.sourceIds'), text(locale, 'source', 'data.col.source')];
/** Where one model's figures in a figure come from: the source ids, and each source with its place (and the metrics, when only some come from it). */
function sourceCells(data: SiteData, m: SiteData['models'][number], def: { id: string; articleSection: string; table?: string | undefined }, locale: Locale): DownloadCell[] {
  const own = { ...data, models: [m] };
  const groups = creditsFor(own, def, true);
  return [{ value: [...new Set(groups.map((g) => g.source))].join('; ') }, { value: creditText(own, groups, locale, false) }];
}

/** A comparison table as one row per model and one column per metric, whatever its layout on the page. */
function tableRows(data: SiteData, tableId: string, locale: Locale): Pick<FigureDownload, 'fields' | 'rows'> {
  const table = data.tables.find((x) => x.id === tableId)!;
  const metrics = table.metrics.map((id) => data.metrics.get(id)!);
  return {
    fields: [...modelKeys(locale), ...metrics.map((m) => metricField(m, locale)), ...sourceKeys(locale)],
    rows: data.models.map((model) => [...modelCells(model, locale), ...metrics.map((m) => figureCell(model.figures[m.id]!, locale)), ...sourceCells(data, model, table, locale)]),
  };
}

type Build = (data: SiteData, locale: Locale) => Pick<FigureDownload, 'fields' | 'rows'>;

/** How each figure that is not a comparison table becomes rows, by figure id. */
const figureBuilders: Record<string, Build> = {
  // The radar draws the capability-scores table, so its download is that table.
  'capability-radar': (data, locale) => tableRows(data, 'capability-scores', locale),
  'vendor-results': vendorDownload,
  'training-data-mix': (data, locale) => {
    const used = data.dataCategories.filter((c) => data.models.some((m) => c.id in m.dataMix));
    return {
      fields: [...modelKeys(locale), ...used.map((c) => ({ id: c.id, ...withUnit(c.label[locale], 'percent', locale), type: 'number' as const, unit: 'percent' as const }))],
      rows: data.models.map((m) => [...modelCells(m, locale), ...used.map((c) => (c.id in m.dataMix ? { value: m.dataMix[c.id]! } : { value: null, na: t(locale, 'data.notInMix') }))]),
    };
  },
  'comparison-dimensions': (data, locale) => ({
    fields: [text(locale, 'dimension', 'data.col.dimensionId'), text(locale, 'label', 'data.col.dimension'), text(locale, 'section', 'data.col.sectionId'), text(locale, 'sectionTitle', 'data.col.section')],
    rows: data.dimensions.map((d) => [{ value: d.id }, { value: d.label[locale] }, { value: d.section }, { value: t(locale, `section.${d.section}`) }]),
  }),
  'architecture-map': (data, locale) => ({
    fields: [...modelKeys(locale), integer(locale, 'step', 'data.col.step'), text(locale, 'component', 'data.col.component')],
    rows: data.models.flatMap((m) => m.architectureChain.map((c, i) => [...modelCells(m, locale), { value: i + 1 }, { value: c[locale] }])),
  }),
  'scenario-matrix': (data, locale) => ({
    fields: [text(locale, 'scenario', 'data.col.scenarioId'), text(locale, 'label', 'data.col.scenario'), text(locale, 'bestFit', 'data.col.bestFitId'), text(locale, 'bestFitName', 'data.col.bestFit')],
    rows: data.scenarios.map((s) => [{ value: s.id }, { value: s.label[locale] }, { value: s.bestFit }, { value: data.models.find((m) => m.id === s.bestFit)?.name[locale] ?? s.bestFit }]),
  }),
  'evolution-timeline': (data, locale) => ({
    fields: [text(locale, 'step', 'data.col.stepId'), integer(locale, 'year', 'data.col.year'), text(locale, 'prediction', 'data.col.prediction')],
    rows: data.timeline.map((s) => [{ value: s.id }, { value: s.year }, { value: s.label[locale] }]),
  }),
  'developer-strategy': (data, locale) => ({
    fields: [text(locale, 'branch', 'data.col.branchId'), text(locale, 'branchLabel', 'data.col.branch'), text(locale, 'situation', 'data.col.situation'), ...modelKeys(locale)],
    rows: data.strategy.flatMap((b) => b.recommendations.map((r) => [{ value: b.id }, { value: b.label[locale] }, { value: r.label[locale] }, { value: r.model }, { value: data.models.find((m) => m.id === r.model)?.name[locale] ?? r.model }])),
  }),
  'benchmark-settings': (data, locale) => {
    const b = data.benchmark;
    const run = (id: 'warmup' | 'run', key: 'data.warmup' | 'data.run') => [{ value: id }, { value: t(locale, key) }, { value: b[id].batchSize }, { value: b[id].inputLength }, { value: b[id].maxLength }, { value: b.hardware }];
    return {
      fields: [text(locale, 'run', 'data.col.runId'), text(locale, 'runLabel', 'data.col.run'), integer(locale, 'batchSize', 'data.col.batchSize'), integer(locale, 'inputLength', 'data.col.inputLength', 'tokens'), integer(locale, 'maxLength', 'data.col.maxLength', 'tokens'), text(locale, 'hardware', 'data.col.hardware')],
      rows: [run('warmup', 'data.warmup'), run('run', 'data.run')],
    };
  },
};

/** The article's cost table checked against its own formula, one row per model with numeric figures. */
function costCheckRows(data: SiteData, locale: Locale): Pick<FigureDownload, 'fields' | 'rows'> {
  const a = data.costAssumptions;
  const usd = (id: string, title: string): DownloadField => ({ id, ...withUnit(title, 'usd', locale), type: 'number', unit: 'usd' });
  const fields: DownloadField[] = [
    ...modelKeys(locale),
    integer(locale, 'gpus', 'data.col.gpus', 'gpus'),
    { id: 'throughput', ...withUnit(t(locale, 'data.col.throughput'), 'tokens-per-second', locale), type: 'number', unit: 'tokens-per-second' },
    usd('claimed', t(locale, 'cost.claimed')),
    usd('formula', t(locale, 'cost.formula', { price: formatNumber(a.pricePerGpuHour, 'usd', locale) })),
    { id: 'ratio', ...withUnit(t(locale, 'cost.ratio'), 'ratio', locale), type: 'number', unit: 'ratio' },
  ];
  const rows = data.models.flatMap((m) => {
    const [gpus, tps, claimed] = [m.figures['instance-gpus'], m.figures['throughput'], m.figures['cost-per-million-tokens']];
    if (typeof gpus !== 'number' || typeof tps !== 'number' || typeof claimed !== 'number') return [];
    const cost = costPerMillionTokens({ gpus, pricePerGpuHour: a.pricePerGpuHour, tokensPerSecond: tps, utilisation: a.utilisation, powerFactor: a.powerFactor });
    return [[...modelCells(m, locale), { value: gpus }, { value: tps }, { value: claimed }, { value: cost }, { value: cost / claimed }]];
  });
  return { fields, rows };
}

/** Id of the figure that checks the article's cost figures against its formula (in figures.yaml, kind "check"; its rows are computed). */
export const costCheckId = 'cost-check';

/**
 * Ids of every figure with downloads, in page order: each comparison table, each chart and diagram
 * with data of its own, the benchmark settings, and the cost check. Code samples and the formula
 * have none (their numbers are in these).
 */
export function downloadIds(data: SiteData): string[] {
  const figures = data.figures.filter((f) => f.id in figureBuilders);
  const check = data.figures.some((f) => f.id === costCheckId) && data.tables.some((x) => x.id === 'cost-example') ? [costCheckId] : [];
  return [...data.tables.map((x) => x.id), ...figures.map((f) => f.id), ...check];
}

/** The data of one figure in one language; throws for a figure without downloads. */
export function figureDownload(data: SiteData, id: string, locale: Locale): FigureDownload {
  const table = data.tables.find((x) => x.id === id);
  const figure = data.figures.find((f) => f.id === id);
  if (table) return { id, title: table.title[locale], locale, section: table.section, articleSection: table.articleSection, ...tableRows(data, id, locale) };
  if (figure && figureBuilders[id]) return { id, title: figure.title[locale], locale, section: figure.section, articleSection: figure.articleSection, ...figureBuilders[id](data, locale) };
  if (id === costCheckId && figure) return { id, title: figure.title[locale], locale, section: figure.section, articleSection: figure.articleSection, ...costCheckRows(data, locale) };
  throw new Error(`No download for "${id}": it is not a table of content/tables.yaml or a chart, diagram or settings figure with data`);
}
