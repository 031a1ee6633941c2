import type { Locale, Localized } from '../schemas/common';
import type { FigureSource } from '../schemas/model';
import { articleSourceId } from '../schemas/provenance';
import { t } from './i18n';
import type { SiteData } from './types';

/** One source of a figure and what of the figure comes from it. */
export interface CreditGroup {
  /** "article" or an id of content/sources.yaml. */
  source: string;
  /** Where in the source: for the article, the section; otherwise the figure's locator, if given. */
  locator?: Localized | string | undefined;
  /** The models whose figures come from it, in display order; `metrics` when only some of a model's figures do. */
  models: { id: string; metrics?: string[] }[];
}

type Model = SiteData['models'][number];

/** Where one model's figure for a metric comes from: its own source, else the model's. */
function sourceOf(model: Model, metric: string): FigureSource {
  return model.figureSources[metric] ?? { source: model.source };
}

/**
 * The sources of a figure, grouped: for a figure drawn from metrics (a table, or a chart of one),
 * per cell; for one drawn from whole model files (the architecture map, the data mix), per model;
 * for one from a site-wide file (the timeline, the dimensions), the article. The article's group
 * carries the figure's article section as its place.
 */
export function creditsFor(data: SiteData, def: { articleSection: string; table?: string | undefined; id: string }, modelBased: boolean): CreditGroup[] {
  const metrics = data.tables.find((x) => x.id === (def.table ?? def.id))?.metrics;
  const groups = new Map<string, CreditGroup>();
  const add = (at: FigureSource, model: string, metric?: string) => {
    const locator = at.source === articleSourceId ? def.articleSection : at.locator;
    const key = `${at.source}\u0000${typeof locator === 'string' ? locator : (locator?.en ?? '')}`;
    const group = groups.get(key) ?? { source: at.source, ...(locator !== undefined ? { locator } : {}), models: [] };
    groups.set(key, group);
    const entry = group.models.find((m) => m.id === model) ?? { id: model, metrics: [] as string[] };
    if (!group.models.includes(entry)) group.models.push(entry);
    if (metric) entry.metrics?.push(metric);
  };
  if (metrics) for (const m of data.models) for (const metric of metrics) add(sourceOf(m, metric), m.id, metric);
  else if (modelBased) for (const m of data.models) add({ source: m.source }, m.id);
  else return [{ source: articleSourceId, locator: def.articleSection, models: [] }];
  // A model named with some of its metrics only where its other figures come from elsewhere.
  for (const group of groups.values()) {
    for (const entry of group.models) {
      if (!metrics || entry.metrics?.length === metrics.length) delete entry.metrics;
    }
  }
  return [...groups.values()];
}

/** A source's short citation: "the article" or "authors, “title”", in the reader's language. */
export function sourceName(data: SiteData, source: string, locale: Locale): string {
  if (source === articleSourceId) return t(locale, 'credit.article');
  const s = data.sources.get(source);
  return s ? t(locale, 'record.citation', { authors: s.authors, title: s.title }) : source;
}

/**
 * The line under a figure: unchanged ("Source: the article's claims, section 3.2.") when all of it is
 * the article's, else each source with its place and the models (and metrics) it gives, e.g.
 * "Sources: the article's claims, section 3.2: DeepSeek, GPT-4 · DeepSeek-AI, “DeepSeek-V3
 * Technical Report”, Table 1: ZetaTest."
 */
export function creditLine(data: SiteData, groups: readonly CreditGroup[], locale: Locale): string {
  const [only] = groups;
  if (groups.length === 1 && only?.source === articleSourceId) return t(locale, 'figure.source', { section: String(only.locator ?? '') });
  return t(locale, 'credit.sources', { list: creditText(data, groups, locale) });
}

/** The sources of credit groups as one text, "source, place: models · …"; without model names (for one model's row of a download) when `names` is false. */
export function creditText(data: SiteData, groups: readonly CreditGroup[], locale: Locale, names = true): string {
  const sep = locale === 'zh' ? '、' : ', ';
  const parts = groups.map((g) => {
    const place = g.locator === undefined ? '' : typeof g.locator === 'string' ? t(locale, 'credit.section', { section: g.locator }) : g.locator[locale];
    const head = g.source === articleSourceId ? t(locale, 'credit.claims') : sourceName(data, g.source, locale);
    const who = g.models
      .map((m) => {
        const name = data.models.find((x) => x.id === m.id)?.name[locale] ?? m.id;
        const metrics = m.metrics?.map((id) => data.metrics.get(id)?.label[locale] ?? id).join(sep);
        const wrapped = metrics ? (locale === 'zh' ? `（${metrics}）` : ` (${metrics})`) : '';
        return names ? `${name}${wrapped}` : wrapped.trim();
      })
      .filter(Boolean)
      .join(sep);
    const at = `${head}${place ? `${locale === 'zh' ? '，' : ', '}${place}` : ''}`;
    return who ? (names ? `${at}${locale === 'zh' ? '：' : ': '}${who}` : `${at} ${who}`) : at;
  });
  return parts.join(' · ');
}
