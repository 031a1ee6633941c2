// Draws a table's own chart series (data-series on its chart box, built at build time) as one
// grouped bar chart: a group per category, a bar per model that is shown. Loaded only when a reader
// asks for the chart view; the table holds the same numbers as text.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { ToolLabels } from './table-labels';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** What the build puts in data-series (src/lib/vendor-table.ts, VendorChartSeries). */
interface Series {
  groups: string[];
  series: { model: string; name: string; color: string; values: (number | null)[]; texts: string[] }[];
}

/** Replaces the chart in `container` with a grouped bar chart of the models `table` shows. */
export function drawGroupedChart(table: HTMLTableElement, container: HTMLElement, labels: ToolLabels): void {
  const data = JSON.parse(container.dataset['series'] ?? '{"groups":[],"series":[]}') as Series;
  // With no comparable results the box keeps the sentence that says so.
  if (data.groups.length === 0) return;
  for (const canvas of container.querySelectorAll('canvas')) Chart.getChart(canvas)?.destroy();
  container.replaceChildren();
  const hidden = new Set([...table.querySelectorAll<HTMLElement>('thead th[data-model].model-off')].map((th) => th.dataset['model']));
  const series = data.series.filter((s) => !hidden.has(s.model));
  const css = getComputedStyle(document.documentElement);
  const text = css.getPropertyValue('--fg').trim();
  const grid = css.getPropertyValue('--border').trim();
  const sep = labels.locale === 'zh' ? '，' : ', ';
  const values = data.groups.map((g, i) => `${g}: ${series.map((s) => `${s.name} ${s.texts[i]}`).join(sep)}`).join(labels.locale === 'zh' ? '；' : '; ');
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', labels.chartLabel.replace('{values}', values));
  container.append(canvas);
  // Horizontal bars keep long group labels ("MMLU · 5-shot") readable on a phone.
  container.style.height = `${Math.max(14, 4 + data.groups.length * (1 + series.length * 1.3))}rem`;
  new Chart(canvas, {
    type: 'bar',
    data: {
      // A long printed setting is cut on the axis; the tooltip and the canvas's name keep it whole.
      labels: data.groups.map((g) => (g.length > 32 ? `${g.slice(0, 31)}…` : g)),
      datasets: series.map((s) => ({ label: s.name, data: s.values, backgroundColor: s.color, borderWidth: 0 })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { beginAtZero: true, max: 100, ticks: { color: text }, grid: { color: grid } },
        y: { ticks: { color: text }, grid: { display: false } },
      },
      plugins: {
        legend: { labels: { color: text } },
        tooltip: { callbacks: { title: (items) => data.groups[items[0]?.dataIndex ?? 0] ?? '', label: (item) => `${item.dataset.label ?? ''}: ${series[item.datasetIndex]?.texts[item.dataIndex] ?? ''}` } },
      },
    },
  });
  canvas.dataset['drawn'] = '';
}
