import { describe, expect, it } from 'vitest';
import { diagramOf, diagramSource } from '../../src/lib/figures/figure';
import { architectureDiagram, modelBox, modelClass, dimensionsDiagram, mermaidText, scenarioDiagram, strategyDiagram, timelineDiagram } from '../../src/lib/mermaid';
import { locales } from '../../src/schemas/common';
import { tooBigForMermaid } from '../../src/lib/diagram-svg';
import { contrastRatio } from '../../src/lib/color';
import { DEFAULT_MODELS } from '../../src/lib/model-choice';
import { modelOf, realData } from './helpers';

const data = realData();
/** Positions of each text in a source, to check order. */
const positions = (source: string, texts: string[]) => texts.map((text) => source.indexOf(text));
/** A Mermaid source without its `---` front matter. */
const withoutFrontMatter = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/, '');
const increasing = (xs: number[]) => xs.every((x, i) => x >= 0 && (i === 0 || x > xs[i - 1]!));

describe('mermaidText', () => {
  it('escapes quotes, angle brackets, the entity marker and backticks', () => {
    expect(mermaidText('say "hi" <b> #1 `x`')).toBe('say #quot;hi#quot; #lt;b#gt; #35;1 #96;x#96;');
  });
  it('turns line breaks and tabs into one space', () => {
    expect(mermaidText('a\nb\r\nc\td')).toBe('a b c d');
  });
  it('escapes "#" before adding entity codes, so they are not escaped twice', () => {
    expect(mermaidText('#quot;')).toBe('#35;quot;');
  });
});

describe('diagrams from the real data', () => {
  it.each(locales)('architecture (%s): one subgraph per model in order, holding its whole chain', (locale) => {
    const source = architectureDiagram(data, locale);
    expect(source.split('\n')[0]).toBe('flowchart TB');
    expect(source.match(/^ {2}subgraph /gm)).toHaveLength(data.models.length);
    expect(increasing(positions(source, data.models.map((m, i) => `subgraph m${i}["${m.name[locale]}"]`)))).toBe(true);
    data.models.forEach((model, m) => {
      const chain = model.architectureChain.map((c, i) => `m${m}n${i}["${mermaidText(c[locale])}"]`).join(' --> ');
      expect(source).toContain(chain);
      expect(source).toContain(`style m${m} stroke:${model.color},stroke-width:3px`);
    });
    expect(source).toContain('m0 ~~~ m1 ~~~ m2 ~~~ m3');
  });

  it('architecture: with hundreds of models, draws the first few and stays within Mermaid\'s size limit', () => {
    const many = realData();
    const real = many.models.slice();
    many.models = Array.from({ length: 400 }, (_, i) => ({ ...real[i % 4]!, id: `m-${i}`, name: { en: `Model ${i}`, zh: `模型 ${i}` } }));
    const source = architectureDiagram(many, 'en');
    expect(source.match(/^ {2}subgraph /gm)).toHaveLength(DEFAULT_MODELS);
    expect(source).toContain(`subgraph m${DEFAULT_MODELS - 1}["Model ${DEFAULT_MODELS - 1}"]`);
    expect(source).not.toContain(`Model ${DEFAULT_MODELS}"`);
    expect(tooBigForMermaid(source)).toBeUndefined();
    expect(tooBigForMermaid('x'.repeat(50_001))).toMatch(/50001 characters long, over Mermaid's limit of 50000/);
  });

  it('architecture: a model name with quotes stays inside its label', () => {
    const changed = realData();
    modelOf(changed, 'claude').name.en = 'Claude "3" <Opus>';
    expect(architectureDiagram(changed, 'en')).toContain('subgraph m2["Claude #quot;3#quot; #lt;Opus#gt;"]');
  });

  it.each(locales)('scenarios (%s): one labelled edge per scenario to its best-fit model', (locale) => {
    const source = scenarioDiagram(data, locale, 'Scenarios', 'best fit');
    const index = new Map(data.models.map((m, i) => [m.id, i]));
    expect(source.match(/-->\|"best fit"\|/g)).toHaveLength(data.scenarios.length);
    data.scenarios.forEach((s, i) => {
      expect(source).toContain(`root --> s${i}["${s.label[locale]}"]`);
      expect(source).toContain(`s${i} -->|"best fit"| m${index.get(s.bestFit)}`);
    });
    // Only models that are a best fit get a node: PaLM-2 is nobody's.
    expect(source).toContain(`m0["${modelOf(data, 'deepseek').name[locale]}"]`);
    expect(source).not.toContain('m3[');
  });

  it('timeline: one line per year in order, with ":" escaped', () => {
    expect(timelineDiagram(data, 'en').split('\n')).toEqual([
      'timeline',
      '  2023 : MoE architectures go mainstream',
      '  2024 : Unified multimodal modelling',
      '  2025 : Real-time inference at a trillion parameters',
      '  2026 : Self-evolving architectures',
      '  2027 : First prototypes of general AI',
    ]);
    const changed = realData();
    changed.timeline[0]!.label.zh = '阶段一: MoE "普及"';
    expect(timelineDiagram(changed, 'zh').split('\n')[1]).toBe('  2023 : 阶段一#58; MoE #quot;普及#quot;');
  });

  it('strategy: every branch and every "situation → model" leaf', () => {
    const source = strategyDiagram(data, 'en', 'Strategy');
    expect(withoutFrontMatter(source).split('\n').slice(0, 2)).toEqual(['mindmap', '  root(("Strategy"))']);
    for (const branch of data.strategy) {
      expect(source).toContain(`["${branch.label.en}"]`);
      for (const r of branch.recommendations) expect(source).toContain(`${r.label.en} → ${modelOf(data, r.model).name.en}"]`);
    }
    expect(source).toContain('b0r0["MoE-first scenarios → DeepSeek"]');
  });

  it('strategy: each model leaf carries its model\'s class, coloured in the front matter', () => {
    const source = strategyDiagram(data, 'en', 'Strategy');
    const deepseek = data.models.findIndex((m) => m.id === 'deepseek');
    expect(source).toContain(`b0r0["MoE-first scenarios → DeepSeek"]\n      :::${modelClass(deepseek)}`);
    expect(source.split('\n')[0]).toBe('---');
    const box = modelBox(modelOf(data, 'deepseek').color);
    expect(source).toContain(`.${modelClass(deepseek)} span{color:${box.text};}`);
    expect(source).toContain(`fill:${box.fill};`);
  });

  it('architecture and scenarios: model boxes in the model\'s colour, with text at 4.5:1 on it', () => {
    const arch = architectureDiagram(data, 'en');
    const scen = scenarioDiagram(data, 'en', 'Scenarios', 'best fit');
    data.models.forEach((model, m) => {
      const box = modelBox(model.color);
      expect(contrastRatio(box.text, box.fill)).toBeGreaterThanOrEqual(4.5);
      expect(arch).toContain(`classDef ${modelClass(m)} fill:${model.color},stroke:${model.color},color:${box.text}`);
      expect(arch).toContain(`class ${model.architectureChain.map((_, i) => `m${m}n${i}`).join(',')} ${modelClass(m)}`);
    });
    expect(scen).toContain(`class m0 ${modelClass(0)}`);
    expect(scen).not.toContain(`classDef ${modelClass(3)} `);
  });

  it('modelBox: any colour a contributor picks gets readable text', () => {
    for (const color of ['#000000', '#ffffff', '#777777', '#808080', '#f0e442', '#56b4e9', '#d55e00', '#0072b2']) {
      const box = modelBox(color);
      expect(contrastRatio(box.text, box.fill), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(locales)('dimensions (%s): the root and one node per dimension', (locale) => {
    const source = dimensionsDiagram(data, locale, 'LLM "showdown"');
    expect(source).toContain('root["LLM #quot;showdown#quot;"]');
    data.dimensions.forEach((d, i) => expect(source).toContain(`root --> d${i}["${d.label[locale]}"]`));
  });
});

describe('diagramSource', () => {
  it.each(locales)('gives every diagram its figure title and Mermaid source (%s)', (locale) => {
    const diagrams = data.figures.filter((f) => diagramOf(f) !== undefined).map((f) => f.id);
    expect(diagrams).toEqual(['comparison-dimensions', 'architecture-map', 'scenario-matrix', 'evolution-timeline', 'developer-strategy']);
    const kinds = diagrams.map((id) => {
      const { title, source, aspect } = diagramSource(data, id, locale);
      expect(title).toBe(data.figures.find((f) => f.id === id)?.title[locale]);
      expect(aspect).toBeGreaterThan(0);
      return withoutFrontMatter(source).split('\n')[0];
    });
    expect(kinds).toEqual(['flowchart LR', 'flowchart TB', 'flowchart LR', 'timeline', 'mindmap']);
    expect(diagramSource(data, 'scenario-matrix', locale).source).toBe(
      scenarioDiagram(data, locale, data.dimensions.find((d) => d.section === 'scenarios')!.label[locale], locale === 'en' ? 'Best fit' : '最佳适配'),
    );
  });

  it('reserves more height for the architecture map as models are added', () => {
    const more = realData();
    more.models.push({ ...modelOf(more, 'deepseek'), id: 'fifth' });
    expect(diagramSource(more, 'architecture-map', 'en').aspect).toBeLessThan(diagramSource(data, 'architecture-map', 'en').aspect);
  });
});
