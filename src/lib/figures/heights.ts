import type { Locale } from '../../schemas/common';
import type { SiteData } from '../types';

/** The width the default embed heights are estimated at, and the one oEmbed responses give. */
export const estimateWidth = 640;
/** The width a figure's content gets inside its frame at estimateWidth. */
export const contentWidth = estimateWidth - 16;

// Pixel sizes of an embed page's parts at 640 px wide, measured in Chromium on the built site:
// the frame around every figure (padding, title, source line), a table's heading row and legend,
// a body row (English metric names wrap onto two lines, Chinese ones do not), a line of code or text.
/** The frame around every figure: padding, title, source line. */
export const frame = 110;
const tableHead = 62;
const legend = 30;
const rowHeight = { metrics: { en: 75, zh: 48 }, models: { en: 40, zh: 36 } } as const;
/** One line of a code sample. */
export const codeLine = 21;
/** One line of text (a diagram's text version). */
export const textLine = 21;

// The public-record notes under a table: a heading and legend, a line naming each note's model and
// figure, and a paragraph of two to four lines per entry (measured: 1 note 228 px, 8 notes 1092 px,
// 13 notes with 20 entries 2097 px).
const notesFrame = 60;
const noteLine = 60;
const noteEntry = 70;

/** Height of the public-record notes under a table with these metrics. */
export function notesHeight(data: SiteData, metrics: readonly string[]): number {
  const groups = data.records.filter((g) => metrics.includes(g.subject));
  const entries = groups.reduce((n, g) => n + g.entries.length, 0);
  return groups.length === 0 ? 0 : notesFrame + groups.length * noteLine + entries * noteEntry;
}

/** Height of a comparison table with `rows` body rows of that kind, without the figure's frame. */
export function tableHeight(rows: number, kind: 'metrics' | 'models', locale: Locale): number {
  return tableHead + rows * rowHeight[kind][locale] + legend;
}

/** Height of a code sample of this text, or of a typical hand-written one of 40 lines. */
export function codeHeight(code: string | undefined): number {
  return frame + 34 + (code === undefined ? 40 : code.trimEnd().split('\n').length) * codeLine;
}
