import type { Locale } from '../schemas/common';
import { costPerMillionTokens } from './cost';
import { formatFigure, formatNumber } from './format';
import { t } from './i18n';
import type { TableView } from './table';
import { withRecords } from './table-records';
import type { SiteData } from './types';

/** One model's row of the cost check: the article's instance size, throughput and claimed cost, and what its formula gives. */
export interface CostCheckRow {
  model: SiteData['models'][number];
  gpus: number;
  tokensPerSecond: number;
  claimed: number;
  /** Cost per million tokens by the article's formula at our assumptions, USD. */
  formula: number;
  /** formula ÷ claimed. */
  ratio: number;
}

/** The metrics of content/metrics.yaml the check repeats from the article, by the check's column. */
export const costCheckMetrics = { instance: 'instance-gpus', throughput: 'throughput', claimed: 'cost-per-million-tokens' } as const;

/**
 * The cost check's rows, computed once for its page table and its downloads: one per model with a
 * numeric instance size, throughput and claimed cost.
 */
export function costCheckRows(data: SiteData): CostCheckRow[] {
  const a = data.costAssumptions;
  return data.models.flatMap((model) => {
    const [gpus, tokensPerSecond, claimed] = [model.figures[costCheckMetrics.instance], model.figures[costCheckMetrics.throughput], model.figures[costCheckMetrics.claimed]];
    if (typeof gpus !== 'number' || typeof tokensPerSecond !== 'number' || typeof claimed !== 'number') return [];
    const formula = costPerMillionTokens({ gpus, pricePerGpuHour: a.pricePerGpuHour, tokensPerSecond, utilisation: a.utilisation, powerFactor: a.powerFactor });
    return [{ model, gpus, tokensPerSecond, claimed, formula, ratio: formula / claimed }];
  });
}

/**
 * The article's cost table beside what its own formula gives at our assumed GPU price: one row per
 * model with a numeric instance size, throughput and claimed cost. `id` is the check's figure id
 * in content/figures.yaml, which gives the title.
 */
export function costCheckTable(data: SiteData, id: string, locale: Locale): TableView {
  const price = formatNumber(data.costAssumptions.pricePerGpuHour, 'usd', locale);
  const columns: TableView['columns'] = [
    { id: 'instance', text: t(locale, 'cost.instance'), direction: 'none', unit: 'gpus' },
    { id: 'throughput', text: t(locale, 'cost.throughput'), direction: 'higher', unit: 'tokens-per-second' },
    { id: 'claimed', text: t(locale, 'cost.claimed'), direction: 'lower', unit: 'usd' },
    { id: 'formula', text: t(locale, 'cost.formula', { price }), direction: 'lower', unit: 'usd' },
    { id: 'ratio', text: t(locale, 'cost.ratio'), direction: 'none', unit: 'ratio' },
  ];
  const instanceMetric = data.metrics.get(costCheckMetrics.instance);
  const body = (instanceMetric ? costCheckRows(data) : []).map(({ model, gpus, tokensPerSecond, claimed, formula, ratio }) => {
    const values = [gpus, tokensPerSecond, claimed, formula, ratio];
    const texts = [
      formatFigure(gpus, instanceMetric!, locale).text,
      formatNumber(tokensPerSecond, 'tokens-per-second', locale),
      formatNumber(claimed, 'usd', locale),
      formatNumber(formula, 'usd', locale),
      formatNumber(ratio, 'ratio', locale),
    ];
    return {
      header: { id: model.id, text: model.name[locale], color: model.color, model: model.id },
      cells: texts.map((text, i) => ({ text, best: false, model: model.id, metric: columns[i]!.id, sort: values[i]! })),
    };
  });
  const figure = data.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`costCheckTable: content/figures.yaml has no figure "${id}" to take the title from`);
  const view: TableView = { id, title: figure.title[locale], rows: 'models', corner: t(locale, 'table.model'), columns, body, hasBest: false, notes: [] };
  // The article's own figures in this table carry the public record's marks too.
  return withRecords(view, data, locale, (cell) => (costCheckMetrics as Record<string, string>)[cell.metric]);
}
