import type { Locale } from '../schemas/common';
import { costPerMillionTokens } from './cost';
import { formatFigure, formatNumber } from './format';
import { t } from './i18n';
import type { TableView } from './table';
import { withRecords } from './table-records';
import type { SiteData } from './types';

/**
 * The article's cost table beside what its own formula gives at our assumed GPU price: one row per
 * model with a numeric instance size, throughput and claimed cost. `id` is the check's figure id
 * in content/figures.yaml, which gives the title.
 */
export function costCheckTable(data: SiteData, id: string, locale: Locale): TableView {
  const a = data.costAssumptions;
  const price = formatNumber(a.pricePerGpuHour, 'usd', locale);
  const columns: TableView['columns'] = [
    { id: 'instance', text: t(locale, 'cost.instance'), direction: 'none', unit: 'gpus' },
    { id: 'throughput', text: t(locale, 'cost.throughput'), direction: 'higher', unit: 'tokens-per-second' },
    { id: 'claimed', text: t(locale, 'cost.claimed'), direction: 'lower', unit: 'usd' },
    { id: 'formula', text: t(locale, 'cost.formula', { price }), direction: 'lower', unit: 'usd' },
    { id: 'ratio', text: t(locale, 'cost.ratio'), direction: 'none', unit: 'ratio' },
  ];
  const instanceMetric = data.metrics.get('instance-gpus');
  const body = data.models.flatMap((model) => {
    const gpus = model.figures['instance-gpus'];
    const tps = model.figures['throughput'];
    const claimed = model.figures['cost-per-million-tokens'];
    if (typeof gpus !== 'number' || typeof tps !== 'number' || typeof claimed !== 'number' || !instanceMetric) return [];
    const cost = costPerMillionTokens({ gpus, pricePerGpuHour: a.pricePerGpuHour, tokensPerSecond: tps, utilisation: a.utilisation, powerFactor: a.powerFactor });
    const values = [gpus, tps, claimed, cost, cost / claimed];
    const texts = [
      formatFigure(gpus, instanceMetric, locale).text,
      formatNumber(tps, 'tokens-per-second', locale),
      formatNumber(claimed, 'usd', locale),
      formatNumber(cost, 'usd', locale),
      formatNumber(cost / claimed, 'ratio', locale),
    ];
    return [{
      header: { id: model.id, text: model.name[locale], color: model.color, model: model.id },
      cells: texts.map((text, i) => ({ text, best: false, model: model.id, metric: columns[i]!.id, sort: values[i]! })),
    }];
  });
  const figure = data.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`costCheckTable: content/figures.yaml has no figure "${id}" to take the title from`);
  const view: TableView = { id, title: figure.title[locale], rows: 'models', corner: t(locale, 'table.model'), columns, body, hasBest: false, notes: [] };
  // The article's own figures in this table carry the public record's marks too.
  return withRecords(view, data, locale, (cell) => claimColumns[cell.metric]);
}

/** The metric behind each column of the check that repeats an article figure. */
const claimColumns: Record<string, string> = { instance: 'instance-gpus', throughput: 'throughput', claimed: 'cost-per-million-tokens' };
