import { atomFeed } from '../lib/atom';
import { changeAnchor, changesFeedPath, changesPath, moveLine, type ChangeEntry } from '../lib/changes';
import { langTag, t } from '../lib/i18n';
import { contentDir } from '../loaders/yaml';
import { contentHistory } from '../pipeline/content-history';
import type { Locale } from '../schemas/common';
import { siteConfig } from '../site.config';
import { siteRoot } from './download-routes';
import { getSiteData } from './site-data';

let cached: ChangeEntry[] | undefined;

/**
 * The history of content/ from git, newest first, read once per build. Empty, never an error,
 * when the site is built without git history, so a download of the source still builds.
 */
export function getChanges(): ChangeEntry[] {
  if (!cached) {
    try {
      cached = contentHistory(contentDir());
    } catch {
      cached = [];
    }
  }
  return cached;
}

/** The Atom feed of the changes in one language, with absolute addresses under the site's root. */
export async function changesFeed(locale: Locale, site: URL | undefined): Promise<string> {
  const data = await getSiteData();
  const root = siteRoot(site);
  const page = new URL(changesPath(locale), root).href;
  const changes = getChanges();
  const entries = changes.map((c) => {
    const lines = [
      ...c.figures.map((m) => moveLine(m, locale)),
      ...(c.modelsAdded.length > 0 ? [`${t(locale, 'changes.modelsAdded')} ${c.modelsAdded.map((m) => m.name[locale]).join(', ')}`] : []),
      ...c.sourcesAdded.map((s) => `${t(locale, 'changes.sourcesAdded', { n: 1 }).replace(/\s*[(（].*$/, '')}: ${s.name}`),
      ...(c.records > 0 ? [t(locale, 'changes.records', { n: c.records })] : []),
      `${t(locale, 'changes.subject')} ${c.subject}`,
    ];
    const summary = t(locale, 'changes.summary', { figures: c.figures.length, models: c.modelsAdded.length, sources: c.sourcesAdded.length });
    return { id: `${page}#${changeAnchor(c)}`, title: t(locale, 'changes.entryTitle', { date: c.date, summary }), updated: c.time, link: `${page}#${changeAnchor(c)}`, text: lines.join('\n') };
  });
  return atomFeed({
    id: page,
    title: t(locale, 'changes.feedTitle'),
    subtitle: t(locale, 'changes.feedSubtitle'),
    lang: langTag[locale],
    self: new URL(changesFeedPath(locale), root).href,
    page,
    // With no history, the article's date: a fixed value, so two builds give the same bytes.
    updated: changes[0]?.time ?? (/^\d{4}-\d{2}-\d{2}$/.test(data.article.date) ? `${data.article.date}T00:00:00Z` : '2000-01-01T00:00:00Z'),
    author: siteConfig.author[locale],
    entries,
  });
}
