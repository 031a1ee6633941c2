import { describe, expect, it } from 'vitest';
import { radarData, type RadarData } from '../../src/lib/radar-data';
import { markerPath, radarPicture, textWidth } from '../../src/lib/radar-svg';
import { realData } from './helpers';

const spec = radarData(realData(), 'capability-scores', 'en');
const pairs = (points: string) => points.split(' ').map((p) => p.split(',').map(Number) as [number, number]);

describe('radarPicture', () => {
  const pic = radarPicture(spec);
  const rings = pic.rings.map(pairs);
  const outer = rings.at(-1)!;

  it('draws a ring every 2 points up to 10 and one spoke per axis, the first straight up', () => {
    expect(pic.rings).toHaveLength(5);
    expect(pic.ticks.map((t) => t.text)).toEqual(['2', '4', '6', '8', '10']);
    expect(pic.spokes).toHaveLength(5);
    expect(rings.every((r) => r.length === 5)).toBe(true);
    const [cx] = outer[0]!;
    expect(cx).toBeCloseTo(pic.size / 2, 0);
    expect(outer[0]![1]).toBeLessThan(outer[1]![1]);
  });

  it('puts each score at its share of the radius, in the data order, clockwise', () => {
    const centre = { x: pic.size / 2, y: Number(pic.spokes[0]!.split(' ')[1]!.split('L')[0]) };
    const radius = centre.y - outer[0]![1];
    const deepseek = pairs(pic.series[0]!.outline);
    spec.datasets[0]!.data.forEach((score, i) => {
      const [x, y] = deepseek[i]!;
      expect(Math.hypot(x - centre.x, y - centre.y) / radius).toBeCloseTo(score! / 10, 2);
    });
    expect(deepseek[1]![0]).toBeGreaterThan(centre.x);
  });

  it('has one series per model, in its colour and point style, with a legend entry', () => {
    expect(pic.series.map((s) => [s.label, s.color])).toEqual(spec.datasets.map((d) => [d.label, d.color]));
    expect(pic.series.map((s) => s.legend.text.text)).toEqual(spec.datasets.map((d) => d.label));
    expect(pic.series[1]!.markers.startsWith('M')).toBe(true);
  });

  it('keeps every axis label inside the picture, in English and Chinese', () => {
    for (const locale of ['en', 'zh'] as const) {
      const p = radarPicture(radarData(realData(), 'capability-scores', locale));
      for (const l of p.axisLabels) {
        const w = textWidth(l.text, 13);
        const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
        expect(left, l.text).toBeGreaterThanOrEqual(0);
        expect(left + w, l.text).toBeLessThanOrEqual(p.size);
        expect(l.y, l.text).toBeGreaterThan(0);
        expect(l.y, l.text).toBeLessThan(p.size);
      }
    }
  });

  it('wraps the legend onto a second row when the names do not fit one', () => {
    const many: RadarData = { ...spec, datasets: Array.from({ length: 8 }, (_, i) => ({ ...spec.datasets[0]!, label: `A long model name ${i}` })) };
    const ys = new Set(radarPicture(many).series.map((s) => s.legend.text.y));
    expect(ys.size).toBeGreaterThan(1);
    expect(new Set(pic.series.map((s) => s.legend.text.y)).size).toBe(1);
  });

  it('draws an n/a score at the centre with no marker, and needs at least three axes', () => {
    const gap: RadarData = { ...spec, datasets: [{ ...spec.datasets[0]!, data: [9, null, 9, 9, 9] }] };
    const p = radarPicture(gap);
    const centre = pic.spokes[0]!.slice(1).split('L')[0]!.split(' ').map(Number);
    expect(pairs(p.series[0]!.outline)[1]).toEqual(centre);
    expect(p.series[0]!.markers.match(/M/g)).toHaveLength(4);
    expect(() => radarPicture({ ...spec, labels: ['a', 'b'] })).toThrow('at least 3 axes');
  });
});

describe('markerPath and textWidth', () => {
  it('draws every point style as a path around its centre', () => {
    for (const style of ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'] as const) {
      const d = markerPath(style, 100, 50, 4);
      expect(d, style).toMatch(/^M/);
      const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.max(...nums), style).toBeLessThanOrEqual(106);
    }
  });
  it('counts CJK characters as a full em and others as about half', () => {
    expect(textWidth('语言理解', 10)).toBe(40);
    expect(textWidth('abcd', 10)).toBe(20);
  });
});
