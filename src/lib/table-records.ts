import type { Locale } from '../schemas/common';
import { recordOf, topicRecordsOf } from './records';
import { recordView } from './record-view';
import type { CellView, NoteView, TableView } from './table-view';

export type { CellMark, NoteView } from './table-view';
import type { SiteData } from './types';

/**
 * Adds the public record to a table: a numbered mark on every cell whose figure has a record (in
 * reading order) and a note for each under the table, then the notes on topics shown with it.
 * `subjectOf` names the metric a cell shows, for tables whose columns are not metrics.
 */
export function withRecords(view: TableView, data: SiteData, locale: Locale, subjectOf: (cell: CellView) => string | undefined = (c) => c.metric): TableView {
  const notes: NoteView[] = [];
  const body = view.body.map((row) => ({
    ...row,
    cells: row.cells.map((cell): CellView => {
      const subject = subjectOf(cell);
      const group = subject === undefined ? undefined : recordOf(data, cell.model, subject);
      if (!group) return cell;
      const n = notes.length + 1;
      const noteId = `${view.id}-note-${n}`;
      const markId = `${view.id}-mark-${n}`;
      const note = recordView(data, group, locale);
      notes.push({ ...note, id: noteId, n, markId });
      return { ...cell, mark: { n, mark: note.mark, noteId, markId } };
    }),
  }));
  // Topic notes only for the models the table shows (a model's own page shows one).
  const shown = new Set(view.body.flatMap((r) => r.cells.map((c) => c.model)));
  const topics = topicRecordsOf(data, view.id)
    .filter((g) => shown.has(g.model))
    .map((g): NoteView => ({ ...recordView(data, g, locale), id: `${view.id}-note-${g.model}-${g.subject}` }));
  return { ...view, body, notes: [...notes, ...topics] };
}
