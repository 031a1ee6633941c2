import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatPlain, metricHeading } from '../../src/lib/format';
import type { Unit } from '../../src/schemas/metric';
import { metricOf, realData } from './helpers';

const data = realData();

describe('formatNumber: every unit in English and Chinese', () => {
  const cases: [number, Unit, string, string][] = [
    [83, 'percent', '83%', '83%'],
    [0.3, 'percent', '0.3%', '0.3%'],
    [340e9, 'parameters', '340B', '3400亿'],
    [1.8e12, 'parameters', '1.8T', '1.8万亿'],
    [4.6e12, 'tokens', '4.6T', '4.6万亿'],
    [4e6, 'tokens', '4M', '400万'],
    [0.12, 'usd', '$0.12', 'US$0.12'],
    [1.6244, 'usd', '$1.62', 'US$1.62'],
    [4.8, 'ratio', '4.8×', '4.8×'],
    [9, 'score-10', '9.0', '9.0'],
    [9.25, 'score-10', '9.25', '9.25'],
    [2e-5, 'plain', '2 × 10⁻⁵', '2 × 10⁻⁵'],
    [1.5e-4, 'plain', '1.5 × 10⁻⁴', '1.5 × 10⁻⁴'],
    [-2e-5, 'plain', '-2 × 10⁻⁵', '-2 × 10⁻⁵'],
    [0.98, 'plain', '0.98', '0.98'],
    [0, 'plain', '0', '0'],
    [3420, 'tokens-per-second', '3,420', '3,420'],
    [3420, 'plain', '3,420', '3,420'],
    [18, 'ms', '18', '18'],
    [68, 'gb', '68', '68'],
    [8, 'gpus', '8', '8'],
  ];
  it.each(cases)('%d %s → en %s, zh %s', (value, unit, en, zh) => {
    expect(formatNumber(value, unit, 'en')).toBe(en);
    expect(formatNumber(value, unit, 'zh')).toBe(zh);
  });

  it('writes small plain numbers with a power of ten, others as decimals', () => {
    expect(formatPlain(2e-5, 'en')).toBe('2 × 10⁻⁵');
    expect(formatPlain(0.001, 'en')).toBe('0.001');
    expect(formatPlain(1234567, 'en')).toBe('1,234,567');
  });
});

describe('formatFigure: what a cell shows', () => {
  const memory = metricOf(data, 'memory-per-unit');
  it('qualified values say what they are per', () => {
    const figure = { value: 1.2, per: { en: 'expert', zh: '专家' } };
    expect(formatFigure(figure, memory, 'en')).toEqual({ na: false, text: '1.2 per expert' });
    expect(formatFigure(figure, memory, 'zh')).toEqual({ na: false, text: '1.2/专家' });
  });

  it('not applicable shows n/a with the reason in the locale', () => {
    const figure = { na: { en: 'No experts (no MoE)', zh: '无专家（无MoE）' } };
    expect(formatFigure(figure, memory, 'en')).toEqual({ na: true, text: 'n/a', reason: 'No experts (no MoE)' });
    expect(formatFigure(figure, memory, 'zh')).toEqual({ na: true, text: '不适用', reason: '无专家（无MoE）' });
  });

  it('booleans read Yes/No and 是/否', () => {
    const overlap = metricOf(data, 'overlap-communication');
    expect(formatFigure(true, overlap, 'en').text).toBe('Yes');
    expect(formatFigure(false, overlap, 'en').text).toBe('No');
    expect(formatFigure(true, overlap, 'zh').text).toBe('是');
    expect(formatFigure(false, overlap, 'zh').text).toBe('否');
  });

  it('complexities use superscripts', () => {
    const complexity = metricOf(data, 'time-complexity');
    expect(formatFigure('O(n^2)', complexity, 'en').text).toBe('O(n²)');
    expect(formatFigure('O(n^3)', complexity, 'zh').text).toBe('O(n³)');
    expect(formatFigure('O(2^n)', complexity, 'en').text).toBe('O(2ⁿ)');
    expect(formatFigure('O(n log n)', complexity, 'en').text).toBe('O(n log n)');
  });

  it('templates wrap the number', () => {
    const instance = metricOf(data, 'instance-gpus');
    expect(formatFigure(8, instance, 'en').text).toBe('8 × A100 80GB');
    expect(formatFigure(16, instance, 'zh').text).toBe('16×A100 80GB');
  });

  it('texts show the locale form', () => {
    const schedule = metricOf(data, 'lr-schedule');
    expect(formatFigure({ en: 'Dynamic cosine', zh: '动态余弦' }, schedule, 'en').text).toBe('Dynamic cosine');
    expect(formatFigure({ en: 'Dynamic cosine', zh: '动态余弦' }, schedule, 'zh').text).toBe('动态余弦');
  });

  it('numbers use their metric unit', () => {
    expect(formatFigure(83, metricOf(data, 'parameter-utilisation'), 'en').text).toBe('83%');
    expect(formatFigure(340e9, metricOf(data, 'total-parameters'), 'zh').text).toBe('3400亿');
    expect(formatFigure(2e-5, metricOf(data, 'learning-rate'), 'en').text).toBe('2 × 10⁻⁵');
  });
});

describe('metricHeading', () => {
  it('puts header units in the heading and leaves cell units out of it', () => {
    expect(metricHeading(metricOf(data, 'per-layer-latency'), 'en')).toBe('Per-layer latency (ms)');
    expect(metricHeading(metricOf(data, 'per-layer-latency'), 'zh')).toBe('单层延迟（ms）');
    expect(metricHeading(metricOf(data, 'throughput'), 'en')).toBe('Throughput (tokens/s)');
    expect(metricHeading(metricOf(data, 'parameter-utilisation'), 'en')).toBe('Parameter utilisation');
  });
});
