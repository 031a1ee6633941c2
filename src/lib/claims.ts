import type { Locale } from '../schemas/common';
import type { RecordKind } from '../schemas/provenance';
import { sectionPath } from './embed';
import { recordView, type EntryView, type RecordView } from './record-view';
import type { SiteData } from './types';

/** One line of the claims page: one entry of the public record beside the article's claim. */
export interface ClaimRow extends EntryView {
  model: string;
  modelName: string;
  subject: string;
  subjectLabel: string;
  /** Where the figure is shown, relative to the locale's root: "training/#training-parameters". */
  figurePath: string;
  claim?: string;
  /** The mark the figure carries in the tables. */
  mark: RecordView['mark'];
}

/** Where a metric or topic is first shown: the first table with the metric, or the topic's figure. */
export function figurePathOf(data: SiteData, subject: string): string {
  const topic = data.recordTopics.find((x) => x.id === subject);
  const figure = topic
    ? [...data.tables, ...data.figures].find((f) => f.id === topic.figure)
    : data.tables.find((x) => x.metrics.includes(subject));
  // The English path has no locale prefix, which is what "relative to the locale's root" means.
  return figure ? `${sectionPath(figure.section, 'en')}#${figure.id}` : '';
}

/** Every entry of the public record as a row, in model order, then in the file's order. */
export function claimRows(data: SiteData, locale: Locale): ClaimRow[] {
  const order = new Map(data.models.map((m, i) => [m.id, i]));
  const groups = [...data.records].sort((a, b) => (order.get(a.model) ?? 0) - (order.get(b.model) ?? 0));
  return groups.flatMap((group) => {
    const view = recordView(data, group, locale);
    const figurePath = figurePathOf(data, group.subject);
    return view.entries.map((e) => ({
      ...e,
      model: view.model,
      modelName: view.modelName,
      subject: view.subject,
      subjectLabel: view.subjectLabel,
      figurePath,
      ...(view.claim !== undefined ? { claim: view.claim } : {}),
      mark: view.mark,
    }));
  });
}

/** The kinds present in the rows, in the order of the kinds list, with "none" last. */
export function kindsIn(rows: readonly ClaimRow[], order: readonly string[]): (RecordKind | 'none')[] {
  const present = new Set(rows.map((r) => r.kind));
  return [...order, 'none'].filter((k): k is RecordKind | 'none' => present.has(k as RecordKind | 'none'));
}
