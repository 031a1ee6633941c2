// Draws a radar chart with only the Chart.js parts a radar needs, to keep the bundle small; loaded by
// radar.ts when the chart comes near the viewport.
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';
import { DEFAULT_MODELS } from '../lib/model-choice';
import type { RadarData } from '../lib/radar-data';
import { onThemeChange } from './theme';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

/** Colours of the chart furniture, read from the page's theme variables. */
function themeColours() {
  const css = getComputedStyle(document.documentElement);
  return { text: css.getPropertyValue('--fg').trim(), grid: css.getPropertyValue('--border').trim() };
}

/** Draws a `canvas[data-radar]` over its static picture and redraws it when the colour scheme changes. */
export function drawRadar(canvas: HTMLCanvasElement): void {
  const spec = JSON.parse(canvas.dataset['radar'] ?? '{}') as RadarData;
  const { text, grid } = themeColours();
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((d) => ({
        label: d.label,
        data: d.data,
        borderColor: d.color,
        backgroundColor: `${d.color}22`,
        pointBackgroundColor: d.color,
        pointStyle: d.pointStyle,
        pointRadius: 4,
        borderWidth: 2,
      })),
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        r: {
          // The scale starts at 0 so the areas compare honestly.
          min: 0,
          max: spec.max,
          ticks: { color: text, backdropColor: 'transparent', stepSize: 2 },
          grid: { color: grid },
          angleLines: { color: grid },
          pointLabels: { color: text, font: { size: 13 } },
        },
      },
      // With more models than a page opens on, the legend lists only those shown: the picker adds others.
      plugins: { legend: { labels: { color: text, usePointStyle: true, ...(spec.datasets.length > DEFAULT_MODELS ? { filter: (item: { hidden?: boolean }) => !item.hidden } : {}) } } },
    },
  });
  canvas.dataset['drawn'] = '';
  canvas.closest<HTMLElement>('[data-radar-box]')?.setAttribute('data-drawn', '');
  onThemeChange(() => {
    const c = themeColours();
    const r = chart.options.scales?.['r'] as { ticks: { color: string }; grid: { color: string }; angleLines: { color: string }; pointLabels: { color: string } };
    r.ticks.color = c.text; r.grid.color = c.grid; r.angleLines.color = c.grid; r.pointLabels.color = c.text;
    if (chart.options.plugins?.legend?.labels) chart.options.plugins.legend.labels.color = c.text;
    chart.update();
  });
}
