import type { Localized } from '../schemas/common';

/** One figure that moved in one change of content/, in both languages, as the site shows it. */
export interface FigureMove {
  model: string;
  modelName: Localized;
  metric: string;
  metricLabel: Localized;
  /** "—" when the figure did not exist before. */
  old: Localized;
  new: Localized;
}

/** One commit that changed content/, and what it did to the data. */
export interface ChangeEntry {
  /** Full commit id. */
  commit: string;
  /** Committer date, YYYY-MM-DD. */
  date: string;
  /** Committer time, ISO 8601 with offset, for the feed. */
  time: string;
  /** The commit's subject line, as written. */
  subject: string;
  /** Set on the oldest entry: the data's first version, or the oldest commit a shallow clone holds. */
  start?: 'first' | 'shallow' | undefined;
  figures: FigureMove[];
  modelsAdded: { id: string; name: Localized }[];
  modelsRemoved: { id: string; name: Localized }[];
  sourcesAdded: { id: string; name: string }[];
  /** Public-record entries added, removed or changed. */
  records: number;
  /** Files of content/ that differ, whatever else changed. */
  files: number;
}

/** The anchor of a change on the changes page: `c-` and the short commit id. */
export function changeAnchor(entry: Pick<ChangeEntry, 'commit'>): string {
  return `c-${entry.commit.slice(0, 10)}`;
}

/** Base-relative path of the changes page: `changes/` or `zh/changes/`. */
export function changesPath(locale: 'en' | 'zh'): string {
  return locale === 'en' ? 'changes/' : 'zh/changes/';
}

/** Base-relative path of the changes feed: `changes.xml` or `zh/changes.xml`. */
export function changesFeedPath(locale: 'en' | 'zh'): string {
  return locale === 'en' ? 'changes.xml' : 'zh/changes.xml';
}

/** One line per moved figure: "GPT-4 · Per-layer latency (ms): 22 → 25". */
export function moveLine(move: FigureMove, locale: 'en' | 'zh'): string {
  return `${move.modelName[locale]} · ${move.metricLabel[locale]}${locale === 'zh' ? '：' : ': '}${move.old[locale]} → ${move.new[locale]}`;
}
