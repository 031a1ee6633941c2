// What a comparison table looks like once built: the shapes the builder (table.ts), the public-record
// marks (table-records.ts) and the components share, apart so that neither imports the other.
import type { Unit } from '../schemas/metric';
import type { RecordView } from './record-view';

/** One cell of a comparison table as it is shown. */
export interface CellView {
  /** The formatted value ("83%", "n/a"). */
  text: string;
  /** Why there is no value, for "not applicable" cells. */
  reason?: string;
  /** Whether this is the best value of its metric. */
  best: boolean;
  /** The model the cell belongs to. */
  model: string;
  /** The metric the cell belongs to. */
  metric: string;
  /** The mark leading to the public record's note on this figure, when there is one. */
  mark?: CellMark;
  /** A number to sort by (a big-O class by its rank); none for text, yes/no and "not applicable". */
  sort?: number;
}

/** A header cell: text, and for metric headers the "higher/lower is better" hint. */
export interface HeaderView {
  id: string;
  text: string;
  hint?: string;
  color?: string;
  /** For a model's header: the model id, so its name can link to the model's page. */
  model?: string;
  /** For a metric's header: which way is better, and its unit when it is a number (for charts). */
  direction?: 'higher' | 'lower' | 'none';
  unit?: Unit;
}

/** Ways to show a table other than as the comparison page does. */
export interface TableOptions {
  /** Only these models, in data order (the best value is still judged against all models). */
  models?: readonly string[];
  /** Override the table's orientation. */
  rows?: 'metrics' | 'models';
}

/** A comparison table ready to render: column headers, then rows of a header and cells. */
export interface TableView {
  id: string;
  title: string;
  /** "metrics": one metric per row; "models": one model per row. */
  rows: 'metrics' | 'models';
  /** Text of the top-left header cell. */
  corner: string;
  columns: HeaderView[];
  body: { header: HeaderView; cells: CellView[] }[];
  /** Whether any cell is marked best (the legend is shown only then). */
  hasBest: boolean;
  /** True when only some models are shown; the best value is still judged against all of them. */
  partial?: boolean;
  /** Notes of the public record under the table: one per marked cell, then topic notes. */
  notes?: NoteView[];
}

/** A note of the public record under a table: numbered when a cell's mark leads to it. */
export interface NoteView extends RecordView {
  /** The note's element id (the mark's link target). */
  id: string;
  /** The number the mark shows; topic notes have none. */
  n?: number;
  /** Id of the mark that leads here, for the way back. */
  markId?: string;
}

/** The mark a cell carries when the public record says something about its figure. */
export interface CellMark {
  n: number;
  mark: RecordView['mark'];
  noteId: string;
  markId: string;
}
