import { describe, expect, it } from 'vitest';
import { crossCheck, formatProblems } from '../../src/lib/crosscheck';
import type { SiteData } from '../../src/lib/types';
import { modelOf, realData } from './helpers';

/** The problems after one change to a copy of the real data. */
function problemsAfter(change: (data: SiteData) => void) {
  const data = realData();
  change(data);
  return crossCheck(data);
}

describe('crossCheck', () => {
  it('finds no problem in the real data', () => {
    expect(crossCheck(realData())).toEqual([]);
  });

  it('reports a table listing an unknown metric', () => {
    const problems = problemsAfter((d) => d.tables[0]!.metrics.push('made-up-metric'));
    expect(problems).toEqual([
      { file: 'content/tables.yaml', field: 'architecture-differences.metrics[4]', message: 'refers to metric "made-up-metric", which content/metrics.yaml does not define' },
    ]);
  });

  it('reports a metric that no table shows', () => {
    const problems = problemsAfter((d) => {
      d.tables[0]!.metrics = d.tables[0]!.metrics.filter((id) => id !== 'per-layer-latency');
    });
    expect(problems).toEqual([
      { file: 'content/metrics.yaml', field: 'per-layer-latency', message: 'is in no table of content/tables.yaml, so no page would show it' },
    ]);
  });

  it('reports an unknown data category, listing the known ones', () => {
    const problems = problemsAfter((d) => {
      modelOf(d, 'deepseek').dataMix = { web: 45, books: 30, code: 15, video: 10 };
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/models/deepseek.yaml', field: 'dataMix.video' });
    expect(problems[0]!.message).toMatch(/^unknown data category "video"; categories are defined in content\/data-categories.yaml \(web, books, /);
  });

  it('reports a data mix that does not add up to 100, with its sum', () => {
    const problems = problemsAfter((d) => {
      modelOf(d, 'deepseek').dataMix['web'] = 40;
    });
    expect(problems).toEqual([{ file: 'content/models/deepseek.yaml', field: 'dataMix', message: 'the shares add up to 95, expected 100' }]);
  });

  it('accepts a mix that adds up to 100 only after rounding error', () => {
    const problems = problemsAfter((d) => {
      modelOf(d, 'deepseek').dataMix = { web: 33.3, books: 33.3, code: 33.4 };
    });
    expect(problems).toEqual([]);
  });

  it('reports two models with the same colour, whatever the case', () => {
    const problems = problemsAfter((d) => {
      modelOf(d, 'claude').color = '#0072b2';
    });
    expect(problems).toEqual([
      { file: 'content/models/claude.yaml', field: 'color', message: '#0072b2 is already the colour of "deepseek"; each model needs its own colour' },
    ]);
  });

  it('reports a scenario whose best fit is not a model', () => {
    const problems = problemsAfter((d) => {
      d.scenarios[0]!.bestFit = 'llama';
    });
    expect(problems).toEqual([
      { file: 'content/scenarios.yaml', field: 'long-text.bestFit', message: 'refers to model "llama", which has no file in content/models/ (known models: deepseek, gpt-4, claude, palm-2)' },
    ]);
  });

  it('reports a strategy recommendation of an unknown model', () => {
    const problems = problemsAfter((d) => {
      d.strategy[0]!.recommendations[1]!.model = 'llama';
    });
    expect(problems).toEqual([
      {
        file: 'content/strategy.yaml',
        field: 'architecture-choice.recommendations[1].model',
        message: 'refers to model "llama", which has no file in content/models/ (known models: deepseek, gpt-4, claude, palm-2)',
      },
    ]);
  });

  it('reports two timeline steps in the same year', () => {
    const problems = problemsAfter((d) => {
      d.timeline[1]!.year = 2023;
    });
    expect(problems).toEqual([{ file: 'content/timeline.yaml', field: 'unified-multimodal.year', message: '2023 is already the year of "moe-mainstream"' }]);
  });

  it('reports a figure id used by both a table and another figure', () => {
    const problems = problemsAfter((d) => {
      d.figures[0]!.id = 'cost-example';
    });
    expect(problems).toEqual([
      { file: 'content/figures.yaml', field: 'cost-example.id', message: '"cost-example" is already the id of a table in content/tables.yaml; ids must be unique across tables.yaml and figures.yaml' },
    ]);
  });

  it('reports a chart drawn from a table that does not exist', () => {
    const problems = problemsAfter((d) => {
      d.figures.find((f) => f.id === 'capability-radar')!.table = 'capability-score';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/figures.yaml', field: 'capability-radar.table' });
    expect(problems[0]!.message).toMatch(/^refers to table "capability-score", which content\/tables.yaml does not define \(architecture-differences, .*capability-scores/);
  });

  it('reports fewer than two models', () => {
    const problems = problemsAfter((d) => {
      d.models = d.models.filter((m) => m.id === 'deepseek');
      for (const s of d.scenarios) s.bestFit = 'deepseek';
      for (const b of d.strategy) for (const r of b.recommendations) r.model = 'deepseek';
      d.records = d.records.filter((r) => r.model === 'deepseek');
      d.results = d.results.filter((r) => r.model === 'deepseek');
    });
    expect(problems).toEqual([{ file: 'content/models/', field: '', message: 'a comparison needs at least two model files, found 1' }]);
  });

  it('lists every problem, one per line, for the build error', () => {
    const problems = problemsAfter((d) => {
      modelOf(d, 'deepseek').dataMix['web'] = 40;
      d.scenarios[0]!.bestFit = 'llama';
    });
    expect(formatProblems(problems).split('\n')).toEqual([
      'content/models/deepseek.yaml  dataMix  the shares add up to 95, expected 100',
      'content/scenarios.yaml  long-text.bestFit  refers to model "llama", which has no file in content/models/ (known models: deepseek, gpt-4, claude, palm-2)',
    ]);
  });
});
