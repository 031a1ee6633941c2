import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content';
import { crossCheckResults } from '../../src/lib/crosscheck-results';
import type { ModelResult, SiteData } from '../../src/lib/types';
import { benchmarksReportedBy, bestResults, comparable, comparableGroups, resultsIn, resultsOfFile, settingKey } from '../../src/lib/vendor-results';

/** A result with only what a test cares about. */
function result(model: string, benchmark: string, score: number, setting: string): ModelResult {
  return { model, benchmark, score, setting, version: `${model}-v`, source: 's', locator: { en: 'Table 1', zh: '表1' } };
}

describe('which vendor results may be compared', () => {
  it('compares the same benchmark under the same setting, ignoring case, spacing and dashes only', () => {
    expect(settingKey('  5‑Shot ')).toBe('5-shot');
    expect(comparable(result('a', 'mmlu', 1, '5-shot'), result('b', 'mmlu', 2, '5‑shot'))).toBe(true);
    expect(comparable(result('a', 'mmlu', 1, '5-shot'), result('b', 'mmlu', 2, '5-shot CoT'))).toBe(false);
    expect(comparable(result('a', 'mmlu', 1, '5-shot'), result('b', 'gsm8k', 2, '5-shot'))).toBe(false);
  });

  it('groups results by benchmark and setting and counts the models in each group', () => {
    const groups = comparableGroups([result('a', 'mmlu', 80, '5-shot'), result('b', 'mmlu', 85, '5-shot'), result('a', 'mmlu', 88, '0-shot CoT'), result('a', 'math', 50, '4-shot')]);
    expect(groups.map((g) => [g.benchmark, g.setting, g.models, g.results.length])).toEqual([
      ['mmlu', '5-shot', 2, 2],
      ['mmlu', '0-shot CoT', 1, 1],
      ['math', '4-shot', 1, 1],
    ]);
  });

  it('marks the best only among comparable results of two or more models, ties included', () => {
    const a5 = result('a', 'mmlu', 85, '5-shot');
    const b5 = result('b', 'mmlu', 85, '5-shot');
    const c5 = result('c', 'mmlu', 80, '5-shot');
    const aCot = result('a', 'gsm8k', 95, '0-shot CoT');
    const b8 = result('b', 'gsm8k', 90, '8-shot');
    const best = bestResults([a5, b5, c5, aCot, b8]);
    expect([...best]).toEqual([a5, b5]);
  });

  it('never marks two results of one model as a comparison (base and chat versions)', () => {
    expect(bestResults([result('a', 'drop', 89, '3-shot'), result('a', 'drop', 91.6, '3-shot')]).size).toBe(0);
  });

  it('finds a model’s results on a benchmark and the benchmarks enough models report', () => {
    const list = [result('a', 'mmlu', 1, 'x'), result('a', 'mmlu', 2, 'y'), result('b', 'mmlu', 3, 'x'), result('b', 'math', 4, 'x')];
    expect(resultsIn(list, 'a', 'mmlu').map((r) => r.score)).toEqual([1, 2]);
    expect(benchmarksReportedBy(list, ['math', 'mmlu', 'gsm8k'], 2)).toEqual(['mmlu']);
    expect(benchmarksReportedBy(list, ['math', 'mmlu', 'gsm8k'])).toEqual(['math', 'mmlu']);
  });

  it('flattens a model’s file into the plain list with the model and file on each result', () => {
    const [r] = resultsOfFile('gpt-4', 'content/results/gpt-4.yaml', { results: [{ benchmark: 'mmlu', score: 86.7, setting: 's', version: 'v', source: 'x', locator: { en: 'a', zh: 'b' } }] });
    expect(r).toMatchObject({ model: 'gpt-4', file: 'content/results/gpt-4.yaml', score: 86.7 });
  });
});

describe('the cross-check of vendor results', () => {
  const data = {
    models: [{ id: 'gpt-4' }],
    sources: new Map([['src', {}]]),
    benchmarks: [{ id: 'drop', name: 'DROP', unit: 'f1', direction: 'higher', source: 'src', file: 'b.yaml', measures: { en: 'x', zh: 'x' } }],
    results: [{ ...result('gpt-4', 'drop', 100.5, '3-shot'), source: 'src', file: 'r/gpt-4.yaml' }, { ...result('gpt-4', 'drop', 100, '3-shot'), source: 'src', file: 'r/gpt-4.yaml' }],
  } as unknown as SiteData;

  it('checks an F1 score against its unit’s range and counts the index within the file', () => {
    expect(crossCheckResults(data)).toEqual([{ file: 'r/gpt-4.yaml', field: 'results[0].score', message: 'expected a score between 0 and 100 (drop is in F1 ×100), found 100.5' }]);
  });
});

describe('the vendor results in content/', () => {
  const { data, problems } = readContent('content');

  it('are valid and hold MMLU, HumanEval and MATH for both vendors read, GSM8K for DeepSeek', () => {
    expect(problems).toEqual([]);
    const ids = (model: string) => new Set(data!.results.filter((r) => r.model === model).map((r) => r.benchmark));
    for (const b of ['mmlu', 'humaneval', 'math']) for (const m of ['deepseek', 'gpt-4']) expect(ids(m).has(b), `${m} ${b}`).toBe(true);
    expect(ids('deepseek').has('gsm8k')).toBe(true);
  });

  it('give every benchmark a result from at least two vendors, except GSM8K which the brief asks for anyway', () => {
    const ids = data!.benchmarks.map((b) => b.id);
    expect(benchmarksReportedBy(data!.results, ids, 2)).toEqual(ids.filter((b) => b !== 'gsm8k'));
  });

  it('keep the scores as printed in the sources (a few checked by hand)', () => {
    const score = (model: string, benchmark: string, version: string) => data!.results.find((r) => r.model === model && r.benchmark === benchmark && r.version === version)?.score;
    expect(score('deepseek', 'mmlu', 'DeepSeek-V3-Base')).toBe(87.1);
    expect(score('deepseek', 'math', 'DeepSeek-V3-Base')).toBe(61.6);
    expect(score('deepseek', 'gpqa-diamond', 'DeepSeek-V3 (chat)')).toBe(59.1);
    expect(score('gpt-4', 'humaneval', 'gpt-4-turbo-2024-04-09')).toBe(88.2);
    expect(score('gpt-4', 'math', 'gpt-4-turbo-2024-04-09')).toBe(73.4);
  });

  it('list results in model order, each model’s in file order', () => {
    expect(data!.results.map((r) => r.model).filter((m, i, a) => a.indexOf(m) === i)).toEqual(['deepseek', 'gpt-4']);
  });

  it('compare nothing across vendors today: no two vendors share a setting', () => {
    expect(bestResults(data!.results).size).toBe(0);
  });
});
