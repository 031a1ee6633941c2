import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costPerMillionTokens, type CostInputs } from '../../src/lib/cost';
import { calculate, calculatorDefaults, defaultState, paramsFromState, parseField, stateFromParams, summaryValues } from '../../src/lib/cost-calculator';
import { t } from '../../src/lib/i18n';
import { realData } from './helpers';

const d = calculatorDefaults(realData(), 'en');

describe('the calculator at the default assumptions', () => {
  it('gives DeepSeek about $1.62 per million tokens against the article’s $0.12', () => {
    const deepseek = calculate(defaultState(d), d).find((r) => r.id === 'deepseek')!;
    expect(deepseek.cost).toBeCloseTo(1.624, 3);
    expect(deepseek.claimed).toBe(0.12);
    expect(deepseek.ratio).toBeCloseTo(13.54, 2);
    expect(deepseek.dollarsPerHour).toBe(20);
    expect(deepseek.tokensPerHour).toBe(12_312_000);
  });

  it('starts from cost-assumptions.yaml and the article’s cost table', () => {
    expect(d).toMatchObject({ price: 2.5, priceRange: [1.4, 3.5], utilisation: 100, powerFactor: 1 });
    expect(d.models.map((m) => [m.id, m.gpus, m.tokensPerSecond, m.claimed])).toEqual([
      ['deepseek', 8, 3420, 0.12], ['gpt-4', 16, 2850, 0.18], ['claude', 12, 2380, 0.21], ['palm-2', 8, 3150, 0.15],
    ]);
  });
});

describe('summaryValues', () => {
  it('spells out the formula for the model shown, in each language', () => {
    const s = defaultState(d);
    expect(t('en', 'calc.sum', summaryValues(s, d, calculate(s, d), 'en'))).toBe(
      'DeepSeek: ($2.50 × 8 GPUs) ÷ (3,420 tokens/s × 3,600 s × 100%) × 1 × 10⁶ = $1.62 per million tokens, 13.54× the article’s $0.12.',
    );
    const zh = calculatorDefaults(realData(), 'zh');
    const other = { ...defaultState(zh), show: 'claude', price: 3.5 };
    expect(t('zh', 'calc.sum', summaryValues(other, zh, calculate(other, zh), 'zh'))).toBe(
      'Claude：（US$3.50 × 12 块 GPU）÷（2,380 tokens/s × 3600 秒 × 100%）× 1 × 10⁶ = 每百万 token US$4.90，是原文 US$0.21 的 23.34×。',
    );
  });

  it('names the model it cannot find', () => {
    const s = { ...defaultState(d), show: 'nobody' };
    expect(() => summaryValues(s, d, calculate(s, d), 'en')).toThrow('no model "nobody"');
  });
});

describe('parseField', () => {
  it.each([
    ['price', '0', { value: 0 }], ['price', ' 1.4 ', { value: 1.4 }], ['price', '-1', { error: 'price' }], ['price', '', { error: 'number' }], ['price', 'abc', { error: 'number' }],
    ['tps', '0', { error: 'tps' }], ['tps', '1e3', { value: 1000 }], ['gpus', '2.5', { error: 'gpus' }], ['gpus', '0', { error: 'gpus' }], ['gpus', '16', { value: 16 }],
    ['util', '0', { error: 'util' }], ['util', '100', { value: 100 }], ['util', '101', { error: 'util' }], ['power', '0', { error: 'power' }], ['power', 'Infinity', { error: 'number' }],
  ] as const)('%s "%s" → %o', (kind, text, want) => {
    expect(parseField(kind, text)).toEqual(want);
  });
});

describe('the state in the address', () => {
  it('writes only what differs from the defaults, and reads it back', () => {
    const s = defaultState(d);
    expect(paramsFromState(s, d).toString()).toBe('');
    s.price = 1.4;
    s.models['claude']!.tokensPerSecond = 5000;
    s.show = 'gpt-4';
    const params = paramsFromState(s, d);
    expect(params.toString()).toBe('price=1.4&tps-claude=5000&model=gpt-4');
    expect(stateFromParams(params, d)).toEqual(s);
  });

  it('falls back to the defaults for values a damaged link cannot hold', () => {
    const s = stateFromParams(new URLSearchParams('price=-3&util=abc&gpus-deepseek=0&model=llama&tps-gpt-4=100'), d);
    expect(s).toEqual({ ...defaultState(d), models: { ...defaultState(d).models, 'gpt-4': { gpus: 16, tokensPerSecond: 100 } } });
  });
});

// Property tests: the formula's arithmetic, whatever the (valid) inputs.
const inputs = fc.record({
  gpus: fc.integer({ min: 1, max: 1024 }),
  // Free GPUs, or a price of at least a cent: sub-cent prices only test floating-point underflow.
  pricePerGpuHour: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 100, noNaN: true })),
  tokensPerSecond: fc.double({ min: 1, max: 1e6, noNaN: true }),
  utilisation: fc.double({ min: 0.01, max: 1, noNaN: true }),
  powerFactor: fc.double({ min: 0.1, max: 5, noNaN: true }),
});
const factor = fc.double({ min: 1.01, max: 10, noNaN: true });
/** Equal up to floating-point rounding, relative to the size of the numbers. */
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12));

describe('costPerMillionTokens, for any valid inputs', () => {
  it('never goes down when GPUs, price or power factor go up', () => {
    fc.assert(fc.property(inputs, factor, (i, k) => {
      const base = costPerMillionTokens(i);
      expect(costPerMillionTokens({ ...i, gpus: i.gpus + 1 })).toBeGreaterThanOrEqual(base);
      expect(costPerMillionTokens({ ...i, pricePerGpuHour: i.pricePerGpuHour * k })).toBeGreaterThanOrEqual(base);
      expect(costPerMillionTokens({ ...i, powerFactor: i.powerFactor * k })).toBeGreaterThanOrEqual(base);
    }));
  });

  it('never goes up when throughput or utilisation go up', () => {
    fc.assert(fc.property(inputs, factor, (i, k) => {
      const base = costPerMillionTokens(i);
      expect(costPerMillionTokens({ ...i, tokensPerSecond: i.tokensPerSecond * k })).toBeLessThanOrEqual(base);
      expect(costPerMillionTokens({ ...i, utilisation: Math.min(1, i.utilisation * k) })).toBeLessThanOrEqual(base);
    }));
  });

  it('keeps its units: dollars per hour ÷ millions of tokens per hour, linear in price and inverse in throughput', () => {
    fc.assert(fc.property(inputs, factor, (i: CostInputs, k) => {
      const cost = costPerMillionTokens(i);
      const perHour = i.gpus * i.pricePerGpuHour * i.powerFactor;
      const millionsPerHour = (i.tokensPerSecond * 3600 * i.utilisation) / 1e6;
      near(cost, perHour / millionsPerHour);
      // k times the price costs k times as much; the same work done k times faster costs 1/k.
      near(costPerMillionTokens({ ...i, pricePerGpuHour: i.pricePerGpuHour * k }), cost * k);
      near(costPerMillionTokens({ ...i, tokensPerSecond: i.tokensPerSecond * k }) * k, cost);
      // A cost per million tokens is a million times the cost per token: an hour's cost over the tokens made.
      near((perHour / (i.tokensPerSecond * 3600 * i.utilisation)) * 1e6, cost);
    }));
  });

  it('is never negative, and zero only when the GPUs are free', () => {
    fc.assert(fc.property(inputs, (i) => {
      const cost = costPerMillionTokens(i);
      expect(cost).toBeGreaterThanOrEqual(0);
      expect(cost === 0).toBe(i.pricePerGpuHour === 0);
    }));
  });
});
