import { describe, expect, it } from 'vitest';
import { creditLine, creditsFor } from '../../src/lib/credits';
import { modelOf, realData } from './helpers';

const data = realData();
const table = data.tables.find((x) => x.section === 'training' && x.metrics.includes('total-parameters'))!;
const figureOf = (draws: string) => data.figures.find((f) => f.draws === draws)!;

describe('creditsFor', () => {
  it('gives a table of the article’s figures one group: the article at the table’s section, every model', () => {
    expect(creditsFor(data, table, false)).toEqual([{ source: 'article', locator: table.articleSection, models: data.models.map((m) => ({ id: m.id })) }]);
    expect(creditLine(data, creditsFor(data, table, false), 'en')).toBe(`Source: the article’s claims, section ${table.articleSection}.`);
  });

  it('groups by source and place, naming a model’s metrics only when some of its figures come from elsewhere', () => {
    const changed = realData();
    const deepseek = modelOf(changed, 'deepseek');
    deepseek.figureSources['total-parameters'] = { source: 'ds-v3', locator: { en: 'Table 1', zh: '表1' } };
    const zeta = { ...structuredClone(deepseek), id: 'zeta', source: 'ds-v3', figureSources: {} };
    changed.models.push(zeta);
    const groups = creditsFor(changed, table, false);
    // In the order the cells are met: DeepSeek's first figure is the one with its own source.
    expect(groups).toEqual([
      { source: 'ds-v3', locator: { en: 'Table 1', zh: '表1' }, models: [{ id: 'deepseek', metrics: ['total-parameters'] }] },
      { source: 'article', locator: table.articleSection, models: [{ id: 'deepseek', metrics: table.metrics.filter((m) => m !== 'total-parameters') }, ...changed.models.slice(1, 4).map((m) => ({ id: m.id }))] },
      { source: 'ds-v3', models: [{ id: 'zeta' }] },
    ]);
    expect(creditLine(changed, groups, 'en')).toMatch(/^Sources: DeepSeek-AI, “DeepSeek-V3 Technical Report”, Table 1: DeepSeek \(Total parameters\) · the article’s claims, section 2\.3: DeepSeek \(Training tokens, .*\), GPT-4, Claude, PaLM-2 · DeepSeek-AI, “DeepSeek-V3 Technical Report”: DeepSeek\.$/);
  });

  it('credits a figure drawn from whole model files per model, and one from a site-wide file to the article', () => {
    const changed = realData();
    modelOf(changed, 'claude').source = 'ds-v3';
    const chains = figureOf('architecture-chains');
    expect(creditsFor(changed, chains, true).map((g) => [g.source, g.models.map((m) => m.id)])).toEqual([
      ['article', changed.models.filter((m) => m.id !== 'claude').map((m) => m.id)],
      ['ds-v3', ['claude']],
    ]);
    const timeline = figureOf('timeline');
    expect(creditsFor(changed, timeline, false)).toEqual([{ source: 'article', locator: timeline.articleSection, models: [] }]);
  });

  it('credits a chart drawn from a table (`table:`) cell by cell, as the table', () => {
    const radar = figureOf('radar');
    const changed = realData();
    modelOf(changed, 'gpt-4').source = 'ds-v3';
    expect(creditsFor(changed, radar, false).find((g) => g.source === 'ds-v3')?.models).toEqual([{ id: 'gpt-4' }]);
  });
});
