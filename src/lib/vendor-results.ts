// Pure helpers for the vendors' published benchmark results: flattening a model's file into the
// site's plain list, and deciding which results may be compared (same benchmark, same setting).
import type { VendorResult } from '../schemas/vendor-results';
import type { FromFile, ModelResult } from './types';

/** A model's results file (content/results/<model>.yaml) as entries of the site's plain list, in file order. */
export function resultsOfFile(model: string, file: string, parsed: { results: readonly VendorResult[] }): FromFile<ModelResult>[] {
  return parsed.results.map((r) => ({ ...r, model, file }));
}

/**
 * A setting reduced to what decides comparability: case, spacing and the kind of hyphen or dash do
 * not make two settings different ("5-shot" = "5‑Shot"), anything else does ("0-shot CoT" ≠ "0-shot").
 */
export function settingKey(setting: string): string {
  return setting.normalize('NFKC').toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim();
}

/** Whether two results may be compared: the same benchmark measured under the same setting. */
export function comparable(a: Pick<VendorResult, 'benchmark' | 'setting'>, b: Pick<VendorResult, 'benchmark' | 'setting'>): boolean {
  return a.benchmark === b.benchmark && settingKey(a.setting) === settingKey(b.setting);
}

/** One benchmark's results that share a setting. */
export interface ComparableGroup<R extends ModelResult = ModelResult> {
  /** The benchmark id. */
  benchmark: string;
  /** The setting as the first result of the group prints it. */
  setting: string;
  /** The results, in list order. */
  results: R[];
  /** How many different models the group holds: a comparison needs at least two. */
  models: number;
}

/** The results grouped by benchmark and setting, in the order each group first appears. */
export function comparableGroups<R extends ModelResult>(results: readonly R[]): ComparableGroup<R>[] {
  const groups = new Map<string, ComparableGroup<R>>();
  for (const r of results) {
    const key = `${r.benchmark}\u0000${settingKey(r.setting)}`;
    const group = groups.get(key) ?? { benchmark: r.benchmark, setting: r.setting, results: [], models: 0 };
    if (!group.results.some((x) => x.model === r.model)) group.models += 1;
    group.results.push(r);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The results that earn a best-value mark: the highest score of a group of comparable results from
 * at least two models (every benchmark here is higher-is-better; ties are all marked). A result
 * with no comparable result from another model is never marked.
 */
export function bestResults<R extends ModelResult>(results: readonly R[]): Set<R> {
  const best = new Set<R>();
  for (const group of comparableGroups(results)) {
    if (group.models < 2) continue;
    const top = Math.max(...group.results.map((r) => r.score));
    for (const r of group.results) if (r.score === top) best.add(r);
  }
  return best;
}

/** The results of one model on one benchmark (a vendor may report several versions or settings), in list order. */
export function resultsIn<R extends ModelResult>(results: readonly R[], model: string, benchmark: string): R[] {
  return results.filter((r) => r.model === model && r.benchmark === benchmark);
}

/** The benchmark ids with a result from at least `minModels` different models, in the order of `benchmarkIds`. */
export function benchmarksReportedBy(results: readonly ModelResult[], benchmarkIds: readonly string[], minModels = 1): string[] {
  return benchmarkIds.filter((b) => new Set(results.filter((r) => r.benchmark === b).map((r) => r.model)).size >= minModels);
}
