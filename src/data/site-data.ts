import { getCollection } from 'astro:content';
import type { MetricWithId } from '../schemas/metric';
import type { ModelWithId } from '../schemas/model';
import { crossCheck, formatProblems } from '../lib/crosscheck';
import type { FromFile, SiteData } from '../lib/types';

/** Collects a collection's entries as plain data with their file path. */
async function entries<T>(name: Parameters<typeof getCollection>[0]): Promise<FromFile<T>[]> {
  const list = await getCollection(name);
  return list.map((e) => ({ ...(e.data as T), id: e.id, file: e.filePath ?? `content (${name})` }) as FromFile<T>);
}

let cached: Promise<SiteData> | undefined;

/**
 * All site data, validated per file by the collections and across files here. Any cross-file
 * problem throws, which fails the build with every problem listed.
 */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const models = (await entries<ModelWithId>('models')).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const metrics = new Map((await entries<MetricWithId>('metrics')).map((m) => [m.id, m]));
  const [benchmark] = await entries<SiteData['benchmark']>('benchmark');
  const [article] = await entries<SiteData['article']>('article');
  const [costAssumptions] = await entries<SiteData['costAssumptions']>('costAssumptions');
  if (!benchmark || !article || !costAssumptions) throw new Error('content/benchmark.yaml, content/article.yaml and content/cost-assumptions.yaml must each hold one entry');
  const data: SiteData = {
    models,
    metrics,
    tables: await entries('tables'),
    dimensions: await entries('dimensions'),
    dataCategories: await entries('dataCategories'),
    scenarios: await entries('scenarios'),
    timeline: (await entries<SiteData['timeline'][number]>('timeline')).sort((a, b) => a.year - b.year),
    strategy: await entries('strategy'),
    figures: await entries('figures'),
    benchmark,
    costAssumptions,
    article,
  };
  const problems = crossCheck(data);
  if (problems.length > 0) {
    throw new Error(`The data in content/ has ${problems.length} problem(s) across files:\n${formatProblems(problems)}`);
  }
  return data;
}
