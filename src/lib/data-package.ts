import type { Locale } from '../schemas/common';
import type { Section } from '../schemas/site';
import { siteConfig } from '../site.config';
import { csvText } from './csv';
import type { FigureDownload } from './figures/download-rows';
import { downloadIds, figureDownload } from './figures/figure';
import { pathInLocale, t } from './i18n';
import type { SiteData } from './types';

/** What the files need beyond the data: the site's address and when the data last changed. */
export interface DownloadContext {
  /** Absolute address of the site root, with its base path and a final "/". */
  siteUrl: string;
  /** Date (YYYY-MM-DD) of the last commit that changed the data shown, when git history is there. */
  lastUpdated?: string | undefined;
}

/** Path of a download relative to the site root: `data/<id>.csv`, `zh/data/<id>.json`. Stable: documented on the Data page. */
export function downloadPath(id: string, locale: Locale, ext: 'csv' | 'json'): string {
  return pathInLocale(`data/${id}.${ext}`, locale);
}

/** Path of a section page relative to the site root. */
export function pagePath(section: Section, locale: Locale): string {
  return pathInLocale(section === 'overview' ? '' : `${section}/`, locale);
}

/**
 * The notes of one row: why values are missing and what numbers are per, named by column. Columns
 * with the same note share it ("Books, Code: not in this model's data mix").
 */
function rowNotes(d: FigureDownload, row: FigureDownload['rows'][number]): string {
  const byText = new Map<string, string[]>();
  row.forEach((cell, i) => {
    const text = cell.na ?? (cell.per ? t(d.locale, 'data.per', { per: cell.per }) : undefined);
    if (text) byText.set(text, [...(byText.get(text) ?? []), d.fields[i]!.title]);
  });
  const list = d.locale === 'zh' ? '、' : ', ';
  return [...byText].map(([text, fields]) => t(d.locale, 'data.note', { field: fields.join(list), text })).join(t(d.locale, 'data.noteSeparator'));
}

/** A figure as CSV: the headers with units, raw values, empty cells where there is none, and a notes column saying why. */
export function figureCsv(d: FigureDownload): string {
  return csvText([...d.fields.map((f) => f.header), t(d.locale, 'data.col.notes')], d.rows.map((row) => [...row.map((c) => c.value), rowNotes(d, row)]));
}

/** The source of every figure: the article, and the section a figure comes from. */
function source(data: SiteData, locale: Locale, articleSection?: string) {
  const a = data.article;
  return {
    title: a.title,
    publisher: a.publisher[locale],
    date: a.date,
    ...(a.url ? { url: a.url } : {}),
    locator: a.locator[locale],
    ...(articleSection ? { section: articleSection } : {}),
    note: t(locale, 'data.sourceNote'),
  };
}

const licence = () => ({ name: siteConfig.dataLicence.id, title: siteConfig.dataLicence.title, path: siteConfig.dataLicence.url });

/** A figure as JSON: its fields with units, its rows with every value's unit, and its source. */
export function figureJson(data: SiteData, d: FigureDownload, ctx: DownloadContext) {
  return {
    id: d.id,
    title: d.title,
    language: d.locale,
    page: `${ctx.siteUrl}${pagePath(d.section, d.locale)}#${d.id}`,
    csv: `${ctx.siteUrl}${downloadPath(d.id, d.locale, 'csv')}`,
    ...(ctx.lastUpdated ? { lastUpdated: ctx.lastUpdated } : {}),
    source: source(data, d.locale, d.articleSection),
    licence: licence(),
    fields: d.fields,
    rows: d.rows.map((row) => Object.fromEntries(row.map((cell, i) => [d.fields[i]!.id, { ...cell, ...(d.fields[i]!.unit && cell.value !== null ? { unit: d.fields[i]!.unit } : {}) }]))),
  };
}

/** Everything in one file, in both languages: models with every figure, metric definitions and the other data. */
export function datasetJson(data: SiteData, ctx: DownloadContext) {
  const plain = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;
  return {
    title: 'LLM Showdown',
    description: { en: t('en', 'data.description'), zh: t('zh', 'data.description') },
    homepage: ctx.siteUrl,
    ...(ctx.lastUpdated ? { lastUpdated: ctx.lastUpdated } : {}),
    licence: licence(),
    source: { en: source(data, 'en'), zh: source(data, 'zh') },
    metrics: [...data.metrics.values()].map(plain),
    models: data.models.map((m) => ({
      ...plain(m),
      figures: Object.fromEntries(Object.entries(m.figures).map(([id, f]) => {
        const unit = data.metrics.get(id)?.unit === 'plain' ? undefined : data.metrics.get(id)?.unit;
        return [id, typeof f === 'number' && unit ? { value: f, unit } : typeof f === 'object' && 'value' in f && unit ? { ...f, unit } : f];
      })),
    })),
    tables: data.tables.map(plain),
    figures: data.figures.map(plain),
    dimensions: data.dimensions.map(plain),
    dataCategories: data.dataCategories.map(plain),
    scenarios: data.scenarios.map(plain),
    timeline: data.timeline.map(plain),
    strategy: data.strategy.map(plain),
    benchmark: plain(data.benchmark as typeof data.benchmark & { file: string }),
    costAssumptions: plain(data.costAssumptions as typeof data.costAssumptions & { file: string }),
    downloads: downloadIds(data).map((id) => ({ id, csv: { en: `${ctx.siteUrl}${downloadPath(id, 'en', 'csv')}`, zh: `${ctx.siteUrl}${downloadPath(id, 'zh', 'csv')}` }, json: { en: `${ctx.siteUrl}${downloadPath(id, 'en', 'json')}`, zh: `${ctx.siteUrl}${downloadPath(id, 'zh', 'json')}` } })),
  };
}

/**
 * A Frictionless Tabular Data Package describing the CSV files of one language: each file's
 * columns with their types, titles, descriptions and units. Paths are relative to the package.
 */
export function dataPackage(data: SiteData, locale: Locale, ctx: DownloadContext) {
  return {
    profile: 'tabular-data-package',
    name: locale === 'en' ? 'llm-showdown' : 'llm-showdown-zh',
    title: t(locale, 'data.packageTitle'),
    description: t(locale, 'data.description'),
    homepage: `${ctx.siteUrl}${pathInLocale('data/', locale)}`,
    ...(ctx.lastUpdated ? { version: ctx.lastUpdated } : {}),
    licenses: [licence()],
    // Every source a model's figures are credited to (the article first), as Frictionless lists them.
    sources: [
      { title: data.article.title, ...(data.article.url ? { path: data.article.url } : {}) },
      ...[...data.sources.values()]
        .filter((s) => data.models.some((m) => m.source === s.id || Object.values(m.figureSources).some((f) => f.source === s.id)))
        .map((s) => ({ title: `${s.authors}, ${s.title}`, ...(s.url ? { path: s.url } : {}) })),
    ],
    contributors: [{ title: siteConfig.author[locale], role: 'author' }],
    resources: downloadIds(data).map((id) => {
      const d = figureDownload(data, id, locale);
      return {
        profile: 'tabular-data-resource',
        name: id,
        path: `${id}.csv`,
        title: d.title,
        description: t(locale, 'data.resourceDescription', { section: d.articleSection }),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', doubleQuote: true, quoteChar: '"', lineTerminator: '\r\n', header: true },
        schema: {
          fields: [
            ...d.fields.map((f) => ({
              name: f.header,
              title: f.title,
              type: f.type,
              ...(f.description || f.unitLabel ? { description: [f.description, f.unitLabel && t(locale, 'data.unitIs', { unit: f.unitLabel })].filter(Boolean).join(' ') } : {}),
              ...(f.unit ? { unit: f.unit } : {}),
            })),
            { name: t(locale, 'data.col.notes'), title: t(locale, 'data.col.notes'), type: 'string', description: t(locale, 'data.notesDescription') },
          ],
          missingValues: [''],
        },
      };
    }),
  };
}

/** How to cite the data, as a sentence and as a BibTeX entry. */
export function citation(data: SiteData, locale: Locale, ctx: DownloadContext): { text: string; bibtex: string } {
  const year = ctx.lastUpdated?.slice(0, 4);
  const url = `${ctx.siteUrl}${pathInLocale('data/', locale)}`;
  const title = t(locale, 'data.packageTitle');
  const from = t(locale, 'data.from', { title: data.article.title, publisher: data.article.publisher[locale], date: data.article.date });
  const text = t(locale, 'data.citation', { author: siteConfig.author[locale], year: year ?? 'n.d.', title, url, licence: siteConfig.dataLicence.id, from });
  const tex = (s: string) => s.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
  const bibtex = [
    '@misc{llm-showdown-data,',
    `  author = {{${tex(siteConfig.author.en)}}},`,
    `  title = {${tex(title)}},`,
    ...(year ? [`  year = {${year}},`] : []),
    `  howpublished = {\\url{${url}}},`,
    `  note = {${tex(t(locale, 'data.bibNote', { licence: siteConfig.dataLicence.id, from }))}},`,
    '}',
  ].join('\n');
  return { text, bibtex };
}
