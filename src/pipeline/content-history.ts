// Node-only: the history of content/ from git, one entry per commit of the first-parent chain
// (what was published), each compared with the one before it by the data diff.
import { spawnSync } from 'node:child_process';
import type { ChangeEntry, FigureMove } from '../lib/changes';
import { diffData, figureText } from '../lib/data-diff';
import { metricHeading } from '../lib/format';
import type { SiteData } from '../lib/types';
import { filesAt, locateContent } from './git-content';
import { looseSiteData } from './loose-content';

/** The most commits the changes page lists; older ones stay in git. */
export const historyLimit = 200;

/** Runs git and returns its output, or undefined when it fails (no git, no repository, a shallow edge). */
function tryGit(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : undefined;
}

/** One moved figure in both languages, from the two sides' own metric definitions. */
function move(base: SiteData, head: SiteData, change: ReturnType<typeof diffData>['figures']['changed'][number]): FigureMove {
  const model = head.models.find((m) => m.id === change.model)!;
  const oldMetric = base.metrics.get(change.metric);
  const newMetric = head.metrics.get(change.metric);
  const definition = newMetric ?? oldMetric;
  const heading = (locale: 'en' | 'zh') => {
    try {
      return definition ? metricHeading(definition, locale) : change.metric;
    } catch {
      return definition?.label[locale] ?? change.metric;
    }
  };
  return {
    model: change.model,
    modelName: model.name,
    metric: change.metric,
    metricLabel: { en: heading('en'), zh: heading('zh') },
    old: { en: figureText(change.old, oldMetric, 'en'), zh: figureText(change.old, oldMetric, 'zh') },
    new: { en: figureText(change.new, newMetric, 'en'), zh: figureText(change.new, newMetric, 'zh') },
  };
}

/**
 * Every commit that changed a content folder, newest first, with the figures it moved (old → new),
 * the models and sources it added and how many record entries and files it touched. Empty when
 * there is no git history (a download without .git); in a shallow clone, the oldest commit it
 * holds is marked rather than compared with a parent it does not have.
 */
export function contentHistory(contentDir: string, limit = historyLimit): ChangeEntry[] {
  let where: { root: string; prefix: string };
  try {
    where = locateContent(contentDir);
  } catch {
    return [];
  }
  const { root, prefix } = where;
  const log = tryGit(root, ['log', '--first-parent', `--max-count=${limit}`, '--format=%H%x1f%cs%x1f%cI%x1f%s', '--', `${prefix}/`]);
  if (!log) return [];
  const shallow = tryGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  const cache = new Map<string, { data: SiteData; files: Map<string, string> }>();
  const at = (commit: string | undefined) => {
    if (commit === undefined) return { data: looseSiteData(new Map()), files: new Map<string, string>() };
    if (!cache.has(commit)) {
      const files = filesAt(root, commit, prefix);
      cache.set(commit, { data: looseSiteData(files), files });
    }
    return cache.get(commit)!;
  };
  return log
    .split('\n')
    .filter((line) => line !== '')
    .map((line): ChangeEntry => {
      const [commit, date, time, ...subject] = line.split('\x1f') as [string, string, string, ...string[]];
      const parent = tryGit(root, ['rev-parse', '--verify', '--quiet', `${commit}^1`])?.trim();
      const head = at(commit);
      // A commit whose parent is absent is either the repository's first or the edge of a shallow clone.
      if (!parent && shallow) {
        return { commit, date, time, subject: subject.join(' '), start: 'shallow', figures: [], modelsAdded: [], modelsRemoved: [], sourcesAdded: [], records: 0, files: 0 };
      }
      const base = at(parent);
      const diff = diffData(base.data, head.data, { base: base.files, head: head.files });
      const names = (ids: { id: string }[], data: SiteData) => ids.map(({ id }) => ({ id, name: data.models.find((m) => m.id === id)!.name }));
      return {
        commit,
        date,
        time,
        subject: subject.join(' '),
        start: parent ? undefined : 'first',
        figures: diff.figures.changed.filter((c) => c.valueChanged && c.new !== undefined).map((c) => move(base.data, head.data, c)),
        modelsAdded: names(diff.models.added, head.data),
        modelsRemoved: names(diff.models.removed, base.data),
        sourcesAdded: diff.sources.added.map(({ id, name }) => ({ id, name })),
        records: diff.records.length,
        files: diff.files.added.length + diff.files.removed.length + diff.files.changed.length,
      };
    });
}
