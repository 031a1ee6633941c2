// Sorting and the chart view for the comparison tables. Without this script the tables stay as
// built: in the article's order, as tables.
import { getParam, setParam } from './url-state';
import { headerLabel, type ToolLabels } from './table-labels';

type Direction = 'ascending' | 'descending';

/** The number a cell sorts by, or undefined (those go last). */
const keyOf = (cell: Element | undefined): number | undefined => {
  const raw = (cell as HTMLElement | undefined)?.dataset['sort'];
  return raw === undefined || raw === '' ? undefined : Number(raw);
};
const compare = (dir: Direction) => (a: number | undefined, b: number | undefined) =>
  a === undefined ? (b === undefined ? 0 : 1) : b === undefined ? -1 : dir === 'ascending' ? a - b : b - a;


/** Headers a table can be sorted by, as the build marked them (src/lib/table.ts, sortableHeaders). */
function sortHeaders(table: HTMLTableElement): HTMLTableCellElement[] {
  return [...table.querySelectorAll<HTMLTableCellElement>('th[data-sortable]')];
}

/** Sorts the rows by a column, or the model columns by a row; best marks move with their cells. */
function sortBy(table: HTMLTableElement, th: HTMLTableCellElement, dir: Direction): void {
  const body = table.tBodies[0]!;
  if (table.dataset['rows'] === 'models') {
    const rows = [...body.rows].sort((a, b) => compare(dir)(keyOf(a.cells[th.cellIndex]), keyOf(b.cells[th.cellIndex])));
    body.append(...rows);
  } else {
    const cells = [...th.parentElement!.querySelectorAll<HTMLElement>('td[data-model]')];
    const order = cells.sort((a, b) => compare(dir)(keyOf(a), keyOf(b))).map((c) => c.dataset['model']);
    for (const row of table.rows) {
      const byModel = [...row.querySelectorAll<HTMLElement>(':scope > [data-model]')];
      row.append(...order.flatMap((m) => byModel.filter((c) => c.dataset['model'] === m)));
    }
  }
  for (const h of table.querySelectorAll('th[aria-sort]')) h.removeAttribute('aria-sort');
  th.setAttribute('aria-sort', dir);
}

function setUpSorting(table: HTMLTableElement, id: string, labels: ToolLabels): void {
  const param = `sort-${id}`;
  const byModels = table.dataset['rows'] === 'models';
  for (const th of sortHeaders(table)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.title = (byModels ? labels.sortBy : labels.sortModels).replace('{label}', headerLabel(th));
    button.append(...[...th.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('hint'))));
    th.prepend(button);
    button.addEventListener('click', () => {
      // First the best value first, then the other way round.
      const current = th.getAttribute('aria-sort') as Direction | null;
      const dir: Direction = current ? (current === 'ascending' ? 'descending' : 'ascending') : th.dataset['direction'] === 'lower' ? 'ascending' : 'descending';
      sortBy(table, th, dir);
      setParam(param, `${th.dataset['id']}:${dir === 'ascending' ? 'asc' : 'desc'}`);
    });
  }
  const [key, dir] = (getParam(param) ?? '').split(':');
  const th = sortHeaders(table).find((h) => h.dataset['id'] === key);
  if (th && (dir === 'asc' || dir === 'desc')) sortBy(table, th, dir === 'asc' ? 'ascending' : 'descending');
}

function setUpChartToggle(table: HTMLTableElement, id: string, tools: HTMLElement, labels: ToolLabels): void {
  const toggle = tools.querySelector<HTMLButtonElement>('button.view-toggle');
  const charts = document.getElementById(`${id}-charts`);
  const region = table.closest<HTMLElement>('.scroll');
  if (!toggle || !charts || !region) return;
  const param = `view-${id}`;
  // A table that brings its own series (data-series) is drawn as one grouped chart, others as a bar chart per metric.
  const draw = async () => (charts.dataset['series'] ? (await import('./grouped-chart')).drawGroupedChart(table, charts, labels) : (await import('./table-charts')).drawBarCharts(table, charts, labels));
  const show = async (asChart: boolean) => {
    toggle.setAttribute('aria-pressed', String(asChart));
    toggle.textContent = asChart ? labels.table : labels.chart;
    region.hidden = asChart;
    charts.hidden = !asChart;
    if (asChart) await draw();
  };
  toggle.addEventListener('click', () => {
    const asChart = toggle.getAttribute('aria-pressed') !== 'true';
    setParam(param, asChart ? 'chart' : null);
    void show(asChart);
  });
  // The charts follow the chosen models.
  document.addEventListener('models-change', () => {
    if (!charts.hidden) void draw();
  });
  if (getParam(param) === 'chart') void show(true);
}

/** Adds sorting and the chart view to every comparison table on the page; safe to call again. */
export function enhanceTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-table]:not([data-enhanced])')) {
    table.dataset['enhanced'] = '';
    const id = table.dataset['table']!;
    const tools = document.querySelector<HTMLElement>(`[data-tools-for="${id}"]`);
    if (!tools) continue;
    const labels = JSON.parse(tools.dataset['labels'] ?? '{}') as ToolLabels;
    setUpSorting(table, id, labels);
    setUpChartToggle(table, id, tools, labels);
  }
}
