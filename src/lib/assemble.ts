import type { Problem } from './crosscheck';
import type { FromFile, SiteData } from './types';
import { safeHref } from './web-address';

/** The validated entries of every collection, as lists, before they are put together. */
export interface Collections {
  models: SiteData['models'];
  metrics: FromFile<SiteData['metrics'] extends Map<string, infer M> ? M : never>[];
  tables: SiteData['tables'];
  dimensions: SiteData['dimensions'];
  dataCategories: SiteData['dataCategories'];
  scenarios: SiteData['scenarios'];
  timeline: SiteData['timeline'];
  strategy: SiteData['strategy'];
  figures: SiteData['figures'];
  benchmark: FromFile<SiteData['benchmark']>[];
  costAssumptions: FromFile<SiteData['costAssumptions']>[];
  article: FromFile<SiteData['article']>[];
  sources: FromFile<SiteData['sources'] extends Map<string, infer S> ? S : never>[];
  recordTopics: SiteData['recordTopics'];
  records: SiteData['records'];
  benchmarks: SiteData['benchmarks'];
  results: SiteData['results'];
}

/**
 * The entry with its address normalised, or without one that is not a plain https address: links
 * are built only from what passed checkWebAddress, even if a schema were ever bypassed.
 */
function withSafeAddress<T extends { url?: string | undefined }>(entry: T): T {
  const { url, ...rest } = entry;
  const href = safeHref(url);
  return (href ? { ...rest, url: href } : rest) as T;
}

/** Files that must hold exactly one entry. */
const singles = { benchmark: 'benchmark.yaml', costAssumptions: 'cost-assumptions.yaml', article: 'article.yaml' } as const;

/**
 * Puts validated collections together in display order (models by `order` then id, the timeline by
 * year). Used by both the build and the standalone reader, so they cannot drift apart.
 */
export function assembleSiteData(c: Collections, contentDir = 'content'): { data: SiteData | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const [key, file] of Object.entries(singles) as [keyof typeof singles, string][]) {
    if (c[key].length !== 1) problems.push({ file: `${contentDir}/${file}`, field: '', message: `must hold exactly one entry, found ${c[key].length}` });
  }
  const [benchmark] = c.benchmark;
  const [costAssumptions] = c.costAssumptions;
  const [article] = c.article;
  if (!benchmark || !costAssumptions || !article || problems.length > 0) return { data: undefined, problems };
  const models = [...c.models].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  // Results follow the models' display order; a file for a model that does not exist sorts last (the cross-check reports it).
  const rank = new Map(models.map((m, i) => [m.id, i]));
  const at = (model: string) => rank.get(model) ?? models.length;
  const data: SiteData = {
    models,
    metrics: new Map(c.metrics.map((m) => [m.id, m])),
    tables: c.tables,
    dimensions: c.dimensions,
    dataCategories: c.dataCategories,
    scenarios: c.scenarios,
    timeline: [...c.timeline].sort((a, b) => a.year - b.year),
    strategy: c.strategy,
    figures: c.figures,
    benchmark,
    costAssumptions,
    article: withSafeAddress(article),
    sources: new Map(c.sources.map((x) => [x.id, withSafeAddress(x)])),
    recordTopics: c.recordTopics,
    records: c.records,
    benchmarks: c.benchmarks,
    results: c.results.map((r, i) => ({ r, i })).sort((a, b) => at(a.r.model) - at(b.r.model) || a.r.model.localeCompare(b.r.model) || a.i - b.i).map(({ r }) => r),
  };
  return { data, problems };
}
