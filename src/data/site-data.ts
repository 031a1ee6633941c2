import { getCollection, type CollectionKey } from 'astro:content';
import { assembleSiteData } from '../lib/assemble';
import { crossCheck, formatProblems } from '../lib/crosscheck';
import { recordGroups } from '../lib/records';
import { resultsOfFile } from '../lib/vendor-results';
import type { RecordEntry } from '../schemas/provenance';
import type { VendorResult } from '../schemas/vendor-results';
import type { FromFile, SiteData } from '../lib/types';

/** Collects a collection's entries as plain data with their id and file path. */
async function entries<T>(name: CollectionKey): Promise<FromFile<T>[]> {
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
  const { data, problems } = assembleSiteData({
    models: await entries('models'),
    metrics: await entries('metrics'),
    tables: await entries('tables'),
    dimensions: await entries('dimensions'),
    dataCategories: await entries('dataCategories'),
    scenarios: await entries('scenarios'),
    timeline: await entries('timeline'),
    strategy: await entries('strategy'),
    figures: await entries('figures'),
    benchmark: await entries('benchmark'),
    costAssumptions: await entries('costAssumptions'),
    article: await entries('article'),
    sources: await entries('sources'),
    recordTopics: await entries('recordTopics'),
    // A model's record is a mapping of subjects, so it is not spread like the other entries.
    records: (await getCollection('publicRecord')).flatMap((e) =>
      recordGroups(e.id, e.filePath ?? 'content (publicRecord)', e.data as Record<string, RecordEntry[]>),
    ),
    benchmarks: await entries('benchmarks'),
    // A results file is one model's list, flattened into the plain list the pages read.
    results: (await getCollection('results')).flatMap((e) => resultsOfFile(e.id, e.filePath ?? 'content (results)', e.data as { results: VendorResult[] })),
  });
  const all = data ? crossCheck(data) : problems;
  if (!data || all.length > 0) {
    throw new Error(`The data in content/ has ${all.length} problem(s) across files:\n${formatProblems(all)}`);
  }
  return data;
}

/** Static paths of the model pages, one per model file, so a new file gets its page with no code change. */
export async function modelPagePaths(): Promise<{ params: { id: string } }[]> {
  const { models } = await getSiteData();
  return models.map((m) => ({ params: { id: m.id } }));
}
