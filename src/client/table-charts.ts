// Draws a comparison table as bar charts, one per numeric metric, with only the Chart.js parts a
// bar chart needs. Loaded only when a reader asks for the chart view.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, Tooltip } from 'chart.js';
import type { Unit } from '../schemas/metric';
import { formatNumber } from '../lib/number-format';
import { headerLabel, type ToolLabels } from './table-labels';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip);

/** One bar: a model, its colour, its value and the text the table shows for it. */
interface Bar {
  name: string;
  color: string;
  value: number | undefined;
  text: string;
}

/** What a cell shows, without marks, stars and notes. */
function cellText(cell: Element | undefined): string {
  if (!cell) return '';
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('a.mark, .reason, [aria-hidden="true"], .visually-hidden').forEach((e) => e.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const shown = (e: Element) => !e.classList.contains('model-off');

/** The numeric metrics of a table with one bar per model that is shown. */
function series(table: HTMLTableElement): { th: HTMLElement; bars: Bar[] }[] {
  const body = [...table.tBodies[0]!.rows];
  if (table.dataset['rows'] === 'models') {
    const rows = body.filter(shown);
    return [...table.tHead!.rows[0]!.cells].filter((th) => th.dataset['unit']).map((th) => ({
      th,
      bars: rows.map((r) => {
        const head = r.cells[0]!;
        const cell = r.cells[th.cellIndex];
        const raw = cell?.dataset['sort'];
        return { name: headerLabel(head), color: head.dataset['color'] ?? '#888888', value: raw ? Number(raw) : undefined, text: cellText(cell) };
      }),
    }));
  }
  const models = [...table.tHead!.rows[0]!.querySelectorAll<HTMLElement>('th[data-model]')].filter(shown);
  return body.map((r) => r.cells[0]!).filter((th) => th.dataset['unit']).map((th) => ({
    th,
    bars: models.map((m) => {
      const cell = th.parentElement!.querySelector<HTMLElement>(`td[data-model="${m.dataset['model']}"]`) ?? undefined;
      const raw = cell?.dataset['sort'];
      return { name: headerLabel(m), color: m.dataset['color'] ?? '#888888', value: raw ? Number(raw) : undefined, text: cellText(cell) };
    }),
  }));
}

/** Replaces the charts in `container` with one bar chart per numeric metric of `table`. */
export function drawBarCharts(table: HTMLTableElement, container: HTMLElement, labels: ToolLabels): void {
  for (const canvas of container.querySelectorAll('canvas')) Chart.getChart(canvas)?.destroy();
  container.replaceChildren();
  const css = getComputedStyle(document.documentElement);
  const text = css.getPropertyValue('--fg').trim();
  const grid = css.getPropertyValue('--border').trim();
  for (const { th, bars } of series(table)) {
    const unit = th.dataset['unit'] as Unit;
    const direction = th.dataset['direction'];
    const label = headerLabel(th);
    // Lower-is-better metrics say so in the title, as the tables do under the heading.
    const title = direction === 'lower' ? `${label} — ${labels.lower}` : direction === 'higher' ? `${label} — ${labels.higher}` : label;
    const values = bars.map((b) => `${b.name} ${b.value === undefined ? labels.none : b.text}`).join(labels.locale === 'zh' ? '，' : ', ');
    const figure = document.createElement('figure');
    figure.dataset['metric'] = th.dataset['id'] ?? '';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', labels.chartLabel.replace('{label}', title).replace('{values}', values));
    figure.append(canvas);
    container.append(figure);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: bars.map((b) => b.name),
        datasets: [{ label, data: bars.map((b) => b.value ?? null), backgroundColor: bars.map((b) => b.color), borderWidth: 0 }],
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { beginAtZero: true, ticks: { color: text, callback: (v) => formatNumber(Number(v), unit, labels.locale) }, grid: { color: grid } },
          y: { ticks: { color: text }, grid: { display: false } },
        },
        plugins: {
          // One series, named by the title; the radar's global legend would only repeat it.
          legend: { display: false },
          title: { display: true, text: title, color: text, font: { size: 13, weight: 'bold' } },
          tooltip: { callbacks: { label: (item) => bars[item.dataIndex]?.text ?? '' } },
        },
      },
    });
    canvas.dataset['drawn'] = '';
  }
}
