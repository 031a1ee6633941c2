import type { RecordEntry } from '../schemas/provenance';
import type { FromFile, RecordGroup, SiteData } from './types';

/** Turns one model's validated public record (subject → entries) into groups, in file order. */
export function recordGroups(model: string, file: string, bySubject: Record<string, RecordEntry[]>): FromFile<RecordGroup>[] {
  return Object.entries(bySubject).map(([subject, entries]) => ({ model, subject, entries, file }));
}

/** The public record of one model's figure or topic, or undefined when there is none. */
export function recordOf(data: SiteData, model: string, subject: string): FromFile<RecordGroup> | undefined {
  return data.records.find((r) => r.model === model && r.subject === subject);
}

/** Whether a group calls for a marker: some entry differs from the article or was never disclosed. */
export function isFlagged(group: RecordGroup | undefined): boolean {
  return !!group && group.entries.some((e) => e.status === 'differs' || e.status === 'not-disclosed');
}

/** The marker a flagged group carries: "differs" wins over "not-disclosed". */
export function flagOf(group: RecordGroup): 'differs' | 'not-disclosed' {
  return group.entries.some((e) => e.status === 'differs') ? 'differs' : 'not-disclosed';
}

/** The topics of the public record shown with a figure or table (record-topics.yaml). */
export function topicsOf(data: SiteData, figureId: string): string[] {
  return data.recordTopics.filter((t) => t.figure === figureId).map((t) => t.id);
}

/** Every group of the public record about topics shown with this figure, in model order. */
export function topicRecordsOf(data: SiteData, figureId: string): FromFile<RecordGroup>[] {
  const topics = topicsOf(data, figureId);
  return data.models.flatMap((m) => topics.flatMap((t) => recordOf(data, m.id, t) ?? []));
}
