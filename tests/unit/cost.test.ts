import { describe, expect, it } from 'vitest';
import { costPerMillionTokens, type CostInputs } from '../../src/lib/cost';
import { costCheckTable } from '../../src/lib/cost-table-check';
import { realData } from './helpers';

/** DeepSeek's row of the article's cost table at our assumed $2.50 per GPU-hour. */
const deepseek: CostInputs = { gpus: 8, pricePerGpuHour: 2.5, tokensPerSecond: 3420, utilisation: 1, powerFactor: 1 };
const cost = (change: Partial<CostInputs> = {}) => costPerMillionTokens({ ...deepseek, ...change });

describe('costPerMillionTokens', () => {
  it('gives DeepSeek about $1.62 per million tokens at 8 GPUs × $2.50', () => {
    // $20 per hour / (3420 × 3600 tokens per hour) × 1e6.
    expect(cost()).toBeCloseTo(1.624, 3);
  });

  it('scales with GPUs, price, power and idle time, and falls with throughput', () => {
    expect(cost({ gpus: 16 })).toBeCloseTo(2 * cost(), 10);
    expect(cost({ pricePerGpuHour: 3.5 })).toBeGreaterThan(cost());
    expect(cost({ powerFactor: 1.2 })).toBeGreaterThan(cost());
    expect(cost({ utilisation: 0.5 })).toBeCloseTo(2 * cost(), 10);
    expect(cost({ tokensPerSecond: 6840 })).toBeCloseTo(cost() / 2, 10);
    expect(cost({ pricePerGpuHour: 0 })).toBe(0);
  });

  it.each([
    [{ gpus: 0 }, 'GPUs must be more than 0'],
    [{ gpus: Number.NaN }, 'GPUs must be more than 0'],
    [{ pricePerGpuHour: -1 }, 'the price per GPU-hour cannot be negative'],
    [{ tokensPerSecond: 0 }, 'throughput must be more than 0 tokens/s'],
    [{ utilisation: 0 }, 'utilisation must be above 0 and at most 1'],
    [{ utilisation: 1.2 }, 'utilisation must be above 0 and at most 1'],
    [{ powerFactor: 0 }, 'the power factor must be more than 0'],
  ] as [Partial<CostInputs>, string][])('rejects %o with a RangeError: %s', (change, message) => {
    expect(() => cost(change)).toThrow(RangeError);
    expect(() => cost(change)).toThrow(message);
  });
});

describe('costCheckTable', () => {
  it('sets the article’s claim beside its own formula at our price, per model', () => {
    const table = costCheckTable(realData(), 'cost-check', 'en');
    expect(table.columns.map((c) => c.text)).toHaveLength(5);
    expect(table.body.map((r) => r.header.text)).toEqual(['DeepSeek', 'GPT-4', 'Claude', 'PaLM-2']);
    expect(table.body[0]!.cells.map((c) => c.text)).toEqual(['8 × A100 80GB', '3,420', '$0.12', '$1.62', '13.54×']);
    expect(table.hasBest).toBe(false);
    expect(table.title).toBe('The article’s cost table against its own formula');
  });

  it('takes its title from its figure in content/figures.yaml, and says so when there is none', () => {
    expect(costCheckTable(realData(), 'cost-check', 'zh').title).toBe('用原文公式核对其成本表');
    expect(() => costCheckTable(realData(), 'cost-checks', 'en')).toThrow('costCheckTable: content/figures.yaml has no figure "cost-checks" to take the title from');
  });

  it('follows the assumed price', () => {
    const data = realData();
    data.costAssumptions.pricePerGpuHour = 1.25;
    expect(costCheckTable(data, 'cost-check', 'zh').body[0]!.cells[3]!.text).toBe('US$0.81');
  });
});
