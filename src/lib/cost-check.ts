import type { Locale } from '../schemas/common';
import { costPerMillionTokens } from './cost';
import { formatFigure, formatNumber } from './format';
import { t } from './i18n';
import type { TableView } from './table';
import type { SiteData } from './types';

/**
 * The article's cost table beside what its own formula gives at our assumed GPU price: one row per
 * model with a numeric instance size, throughput and claimed cost. `id` is the check's figure id
 * in content/figures.yaml, which gives the title.
 */
export function costCheckTable(data: SiteData, id: string, locale: Locale): TableView {
  const a = data.costAssumptions;
  const price = formatNumber(a.pricePerGpuHour, 'usd', locale);
  const columns = [
    { id: 'instance', text: t(locale, 'cost.instance') },
    { id: 'throughput', text: t(locale, 'cost.throughput') },
    { id: 'claimed', text: t(locale, 'cost.claimed') },
    { id: 'formula', text: t(locale, 'cost.formula', { price }) },
    { id: 'ratio', text: t(locale, 'cost.ratio') },
  ];
  const instanceMetric = data.metrics.get('instance-gpus');
  const body = data.models.flatMap((model) => {
    const gpus = model.figures['instance-gpus'];
    const tps = model.figures['throughput'];
    const claimed = model.figures['cost-per-million-tokens'];
    if (typeof gpus !== 'number' || typeof tps !== 'number' || typeof claimed !== 'number' || !instanceMetric) return [];
    const cost = costPerMillionTokens({ gpus, pricePerGpuHour: a.pricePerGpuHour, tokensPerSecond: tps, utilisation: a.utilisation, powerFactor: a.powerFactor });
    const texts = [
      formatFigure(gpus, instanceMetric, locale).text,
      formatNumber(tps, 'tokens-per-second', locale),
      formatNumber(claimed, 'usd', locale),
      formatNumber(cost, 'usd', locale),
      formatNumber(cost / claimed, 'ratio', locale),
    ];
    return [{
      header: { id: model.id, text: model.name[locale], color: model.color },
      cells: texts.map((text, i) => ({ text, best: false, model: model.id, metric: columns[i]!.id })),
    }];
  });
  const figure = data.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`costCheckTable: content/figures.yaml has no figure "${id}" to take the title from`);
  return { id, title: figure.title[locale], rows: 'models', corner: t(locale, 'table.model'), columns, body, hasBest: false };
}
