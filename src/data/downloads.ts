import { citation, dataPackage, datasetJson, figureCsv, figureJson, type DownloadContext } from '../lib/data-package';
import { downloadIds, figureDownload } from '../lib/downloads';
import { figureSources } from '../lib/figure-sources';
import { withBase } from '../lib/i18n';
import type { Locale } from '../schemas/common';
import { getSiteData } from './site-data';
import { lastChanged } from './last-updated';

/** Every data file of a kind of content, for the date of the whole dataset. */
const allSources = ['models', 'metrics.yaml', 'tables.yaml', 'figures.yaml', 'dimensions.yaml', 'data-categories.yaml', 'scenarios.yaml', 'timeline.yaml', 'strategy.yaml', 'benchmark.yaml', 'cost-assumptions.yaml', 'article.yaml', 'benchmarks.yaml', 'results'];

/** The site's absolute root address with its base path, ending in "/". */
export function siteRoot(site: URL | undefined): string {
  return new URL(withBase(import.meta.env.BASE_URL, ''), site ?? 'http://localhost/').href;
}

/** What a figure's files need: the site's address and the last change to the figure's data. */
export async function contextFor(site: URL | undefined, id?: string): Promise<DownloadContext> {
  const data = await getSiteData();
  return { siteUrl: siteRoot(site), lastUpdated: lastChanged(id ? figureSources(data, id) : allSources) };
}

/** The file names under `data/` for one language: a CSV and a JSON file per figure, the package, and (in English) the whole dataset. */
export async function downloadFiles(locale: Locale): Promise<{ params: { file: string } }[]> {
  const ids = downloadIds(await getSiteData());
  const files = [...ids.flatMap((id) => [`${id}.csv`, `${id}.json`]), 'datapackage.json', ...(locale === 'en' ? ['dataset.json'] : [])];
  return files.map((file) => ({ params: { file } }));
}

const json = (body: unknown) => new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** The body of one data file. */
export async function serveDownload(file: string, locale: Locale, site: URL | undefined): Promise<Response> {
  const data = await getSiteData();
  if (file === 'datapackage.json') return json(dataPackage(data, locale, await contextFor(site)));
  if (file === 'dataset.json') return json(datasetJson(data, await contextFor(site)));
  const match = /^(.+)\.(csv|json)$/.exec(file);
  if (!match) throw new Error(`No data file "${file}"`);
  const [, id, ext] = match as unknown as [string, string, 'csv' | 'json'];
  const download = figureDownload(data, id, locale);
  if (ext === 'csv') return new Response(figureCsv(download), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return json(figureJson(data, download, await contextFor(site, id)));
}

/** The citation of the data in a language, dated by the last change to it. */
export async function dataCitation(locale: Locale, site: URL | undefined) {
  return citation(await getSiteData(), locale, await contextFor(site));
}
