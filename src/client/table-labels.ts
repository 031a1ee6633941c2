// The table tools' labels and a header's text, shared by the sorting (table-tools.ts) and the charts
// it loads on demand (table-charts.ts), apart so that neither imports the other.

/** Interface text handed over by the table component. */
export interface ToolLabels {
  chart: string;
  table: string;
  sortBy: string;
  sortModels: string;
  lower: string;
  higher: string;
  none: string;
  chartLabel: string;
  locale: 'en' | 'zh';
}

/** The label of a header without its hint, for titles. */
export function headerLabel(th: Element): string {
  const copy = th.cloneNode(true) as Element;
  copy.querySelectorAll('.hint').forEach((e) => e.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
