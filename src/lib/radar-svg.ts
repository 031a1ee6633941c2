import type { RadarData } from './radar-data';

/** A label placed in the static radar picture. */
export interface RadarText {
  /** Anchor point, in viewBox units. */
  x: number;
  /** Baseline, in viewBox units. */
  y: number;
  /** The text shown. */
  text: string;
  /** Which end of the text sits at `x` (SVG `text-anchor`). */
  anchor: 'start' | 'middle' | 'end';
}

/** One model's series in the static radar picture. */
export interface RadarSeries {
  /** The model's name. */
  label: string;
  /** The model's colour, as in the data. */
  color: string;
  /** The closed outline through its scores (`points` of a polygon); gaps (n/a) sit at the centre. */
  outline: string;
  /** Path data of the point markers, in the model's point style. */
  markers: string;
  /** Legend entry: where its marker and name go. */
  legend: { marker: string; text: RadarText };
}

/** Everything the static radar SVG draws, in the coordinates of its square `viewBox`. */
export interface RadarPicture {
  /** Width and height of the square viewBox. */
  size: number;
  /** The grid rings, one per scale step (`points` of a polygon). */
  rings: string[];
  /** One line from the centre per axis (path data). */
  spokes: string[];
  /** The axis names, outside the outer ring. */
  axisLabels: RadarText[];
  /** The scale values along the first axis. */
  ticks: RadarText[];
  /** One entry per model. */
  series: RadarSeries[];
}

const round = (n: number) => Math.round(n * 10) / 10;
const cjk = /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** Rough width of a text in the chart's font: CJK characters are 1 em, others about 0.5 em. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((w, ch) => w + (cjk.test(ch) ? 1 : 0.5), 0) * fontSize;
}

/** Path data for a point marker of a Chart.js point style, centred on (x, y) with radius r. */
export function markerPath(style: RadarData['datasets'][number]['pointStyle'], x: number, y: number, r: number): string {
  const p = (dx: number, dy: number) => `${round(x + dx)} ${round(y + dy)}`;
  switch (style) {
    case 'rect':
    case 'rectRounded':
      return `M${p(-r, -r)}H${round(x + r)}V${round(y + r)}H${round(x - r)}Z`;
    case 'triangle':
      return `M${p(0, -r * 1.2)}L${p(r * 1.1, r * 0.8)}L${p(-r * 1.1, r * 0.8)}Z`;
    case 'rectRot':
      return `M${p(0, -r * 1.3)}L${p(r * 1.3, 0)}L${p(0, r * 1.3)}L${p(-r * 1.3, 0)}Z`;
    case 'cross':
      return `M${p(-r, 0)}H${round(x + r)}M${p(0, -r)}V${round(y + r)}`;
    case 'crossRot':
      return `M${p(-r, -r)}L${p(r, r)}M${p(r, -r)}L${p(-r, r)}`;
    case 'star':
      return `M${p(-r, 0)}H${round(x + r)}M${p(0, -r)}V${round(y + r)}M${p(-r * 0.7, -r * 0.7)}L${p(r * 0.7, r * 0.7)}M${p(r * 0.7, -r * 0.7)}L${p(-r * 0.7, r * 0.7)}`;
    case 'circle':
      return `M${p(-r, 0)}A${r} ${r} 0 1 0 ${p(r, 0)}A${r} ${r} 0 1 0 ${p(-r, 0)}Z`;
  }
}

/**
 * Lays out a static radar chart for the same data Chart.js draws later: a legend on top, rings every
 * `step`, one spoke and label per axis (the first straight up, clockwise like Chart.js) and one
 * outline per model. Shown until Chart.js loads, and as the picture when it never does.
 */
export function radarPicture(spec: RadarData, { size = 540, fontSize = 13, step = 2 } = {}): RadarPicture {
  const axes = spec.labels.length;
  if (axes < 3) throw new Error(`radarPicture: a radar needs at least 3 axes, got ${axes}`);
  // Legend rows, wrapped to the picture's width.
  const gap = fontSize * 1.2;
  const items = spec.datasets.map((d) => ({ d, width: fontSize * 1.6 + textWidth(d.label, fontSize) }));
  const rows: (typeof items)[] = [[]];
  let used = 0;
  for (const item of items) {
    if (used > 0 && used + gap + item.width > size - 20) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(item);
    used += (used > 0 ? gap : 0) + item.width;
  }
  const rowHeight = fontSize * 1.6;
  const legend = new Map<string, RadarSeries['legend']>();
  rows.forEach((row, r) => {
    const total = row.reduce((w, item, i) => w + item.width + (i > 0 ? gap : 0), 0);
    let x = (size - total) / 2;
    const y = fontSize + r * rowHeight;
    for (const { d, width } of row) {
      legend.set(d.label, {
        marker: markerPath(d.pointStyle, x + fontSize * 0.5, y - fontSize * 0.35, fontSize * 0.4),
        text: { x: round(x + fontSize * 1.3), y: round(y), text: d.label, anchor: 'start' },
      });
      x += width + gap;
    }
  });
  const top = rows.length * rowHeight + fontSize;
  const cx = size / 2;
  const cy = round(top + (size - top) / 2);
  const direction = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes;
  const pad = fontSize * 0.8;
  // The largest radius at which every axis label still fits inside the picture, as Chart.js does.
  const radius = spec.labels.reduce((r, label, i) => {
    const cos = Math.cos(direction(i));
    const room = size / 2 - 4 - pad - textWidth(label, fontSize) / (Math.abs(cos) < 0.2 ? 2 : 1);
    return Math.abs(cos) < 0.2 ? r : Math.min(r, room / Math.abs(cos));
  }, (size - top) / 2 - fontSize * 2.2);
  const at = (i: number, value: number) => {
    const angle = direction(i);
    const r = (radius * Math.max(0, Math.min(value, spec.max))) / spec.max;
    return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), cos: Math.cos(angle), sin: Math.sin(angle) };
  };
  const points = (value: (i: number) => number) =>
    Array.from({ length: axes }, (_, i) => at(i, value(i)))
      .map(({ x, y }) => `${round(x)},${round(y)}`)
      .join(' ');
  const levels = Array.from({ length: Math.floor(spec.max / step) }, (_, i) => (i + 1) * step);
  return {
    size,
    rings: levels.map((level) => points(() => level)),
    spokes: Array.from({ length: axes }, (_, i) => {
      const end = at(i, spec.max);
      return `M${cx} ${cy}L${round(end.x)} ${round(end.y)}`;
    }),
    axisLabels: spec.labels.map((text, i) => {
      const edge = at(i, spec.max);
      const x = edge.x + edge.cos * pad;
      const y = edge.y + edge.sin * pad + fontSize * 0.35 + (edge.sin > 0.5 ? fontSize * 0.5 : edge.sin < -0.5 ? -fontSize * 0.3 : 0);
      const anchor = Math.abs(edge.cos) < 0.2 ? 'middle' : edge.cos > 0 ? 'start' : 'end';
      return { x: round(x), y: round(y), text, anchor };
    }),
    ticks: levels.map((level) => {
      const p = at(0, level);
      return { x: round(p.x + 4), y: round(p.y + fontSize * 0.35), text: String(level), anchor: 'start' as const };
    }),
    series: spec.datasets.map((d) => {
      const value = (i: number) => d.data[i] ?? 0;
      return {
        label: d.label,
        color: d.color,
        outline: points(value),
        markers: d.data.map((v, i) => (v === null ? '' : markerPath(d.pointStyle, at(i, v).x, at(i, v).y, 3.5))).join(''),
        legend: legend.get(d.label)!,
      };
    }),
  };
}
