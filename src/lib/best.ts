import { complexities, type Metric } from '../schemas/metric';
import type { Figure } from '../schemas/model';

/** A comparable reading of a figure: its number and what it is per (values are only compared like with like). */
function reading(figure: Figure): { value: number; per: string } | undefined {
  if (typeof figure === 'number') return { value: figure, per: '' };
  if (typeof figure === 'string') return { value: complexities.indexOf(figure), per: '' };
  if (typeof figure === 'object' && 'value' in figure) return { value: figure.value, per: figure.per.en };
  return undefined;
}

/**
 * Ids of the models holding the best value of a metric, by its direction. Values are compared only
 * with values of the same qualifier ("per expert" vs "per path"); a group needs two or more
 * values that are not all equal, so a lone or tied-by-all value is not called best.
 */
export function bestIds(metric: Metric, figures: ReadonlyArray<{ id: string; figure: Figure }>): Set<string> {
  const best = new Set<string>();
  if (metric.direction === 'none') return best;
  const groups = new Map<string, { id: string; value: number }[]>();
  for (const { id, figure } of figures) {
    const r = reading(figure);
    if (!r) continue;
    groups.set(r.per, [...(groups.get(r.per) ?? []), { id, value: r.value }]);
  }
  for (const group of groups.values()) {
    const values = group.map((g) => g.value);
    const target = metric.direction === 'higher' ? Math.max(...values) : Math.min(...values);
    if (group.length < 2 || values.every((v) => v === target)) continue;
    for (const g of group) if (g.value === target) best.add(g.id);
  }
  return best;
}
