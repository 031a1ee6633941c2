// The article's five diagrams: each is an SVG showing all its labels and links, in both languages,
// drawn at build time into the HTML, so no page loads Mermaid and nothing moves as a page loads.
// (The browser-drawn fallback is checked on the fixture site, in diagram-fallback.spec.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pathOf, readDiagram, squash, waitUntilDrawn, type Lang } from './support';

type Pair = readonly [en: string, zh: string];
const pick = (p: Pair, lang: Lang) => (lang === 'en' ? p[0] : p[1]);
/** Labels compared without whitespace: Mermaid wraps long timeline labels over several lines. */
const bare = (s: string) => s.replace(/\s+/g, '');

const model = { deepseek: 'DeepSeek', gpt4: 'GPT-4', claude: 'Claude', palm2: 'PaLM-2' } as const;

const dimensions = {
  root: ['Comparison dimensions', '对比维度'] as Pair,
  children: [
    ['Architecture', '架构设计'],
    ['Training strategy', '训练策略'],
    ['Performance', '性能表现'],
    ['Application scenarios', '应用场景'],
    ['Deployment cost', '部署成本'],
  ] as Pair[],
};

const chains: [string, Pair[]][] = [
  [model.deepseek, [['Dynamic MoE', '动态MoE'], ['Layered attention', '分层注意力'], ['Expert routing network', '专家路由网络']]],
  [model.gpt4, [['Dense Transformer', '密集Transformer'], ['Mixture-of-experts system', '混合专家系统'], ['Fixed routing', '固定路由']]],
  [model.claude, [['Constitutional-AI architecture', '宪法AI架构'], ['Ethics layer', '道德层'], ['Self-correction', '自我修正']]],
  [model.palm2, [['Sparse activation', '稀疏激活'], ['Path selection', '路径选择'], ['Task adaptation', '任务适配']]],
];

const scenarios = {
  root: ['Application scenarios', '应用场景'] as Pair,
  bestFit: ['Best fit', '最佳适配'] as Pair,
  links: [
    [['Long-text processing', '长文本处理'], model.deepseek],
    [['Real-time dialogue', '实时对话'], model.claude],
    [['Code generation', '代码生成'], model.deepseek],
    [['Knowledge reasoning', '知识推理'], model.gpt4],
  ] as [Pair, string][],
};

const timeline: [string, Pair][] = [
  ['2023', ['MoE architectures go mainstream', 'MoE架构普及']],
  ['2024', ['Unified multimodal modelling', '多模态统一建模']],
  ['2025', ['Real-time inference at a trillion parameters', '万亿参数实时推理']],
  ['2026', ['Self-evolving architectures', '自我进化架构']],
  ['2027', ['First prototypes of general AI', '通用人工智能雏形']],
];

const strategy = {
  root: ['Developer strategy', '开发策略'] as Pair,
  branches: [
    [['Architecture choice', '架构选择'], [[['MoE-first scenarios', 'MoE优先场景'], model.deepseek], [['Dense compute', '密集计算'], model.gpt4]]],
    [['Training optimisation', '训练优化'], [[['Hybrid parallelism', '混合并行'], model.deepseek], [['Data engineering', '数据工程'], model.palm2]]],
    [['Deployment', '部署方案'], [[['Edge computing', '边缘计算'], model.deepseek], [['Cloud service', '云端服务'], model.gpt4]]],
  ] as [Pair, [Pair, string][]][],
};

for (const lang of ['en', 'zh'] as const) {
  test.describe(`diagrams (${lang})`, () => {
    test('overview: comparison dimensions', async ({ page }) => {
      await page.goto(pathOf('', lang));
      await waitUntilDrawn(page);
      const d = await readDiagram(page, 0);
      const root = pick(dimensions.root, lang);
      const children = dimensions.children.map((c) => pick(c, lang));
      expect(d.labels.sort()).toEqual([root, ...children].sort());
      expect(d.edges.sort()).toEqual(children.map((c) => [root, c, '']).sort());
    });

    test('architecture: one subgraph per model with its chain of three', async ({ page }) => {
      await page.goto(pathOf('architecture/', lang));
      await waitUntilDrawn(page);
      const d = await readDiagram(page, 0);
      const all = chains.flatMap(([name, chain]) => [name, ...chain.map((c) => pick(c, lang))]);
      expect(d.labels.sort(), 'all 4 model names and 12 chain labels, nothing else').toEqual(all.sort());
      expect(d.clusters.map((c) => c.label).sort()).toEqual(chains.map(([name]) => name).sort());
      for (const [name, chain] of chains) {
        const labels = chain.map((c) => pick(c, lang));
        expect(d.clusters.find((c) => c.label === name)?.contains.sort(), `${name}'s subgraph holds its chain`).toEqual([...labels].sort());
        expect(d.edges).toContainEqual([labels[0], labels[1], '']);
        expect(d.edges).toContainEqual([labels[1], labels[2], '']);
      }
      expect(d.edges).toHaveLength(8);
    });

    test('scenarios: each scenario links to its best-fit model', async ({ page }) => {
      await page.goto(pathOf('scenarios/', lang));
      await waitUntilDrawn(page);
      const d = await readDiagram(page, 0);
      const root = pick(scenarios.root, lang);
      const fit = pick(scenarios.bestFit, lang);
      const names = scenarios.links.map(([s]) => pick(s, lang));
      for (const label of [root, ...names, model.deepseek, model.claude, model.gpt4]) expect(d.labels).toContain(label);
      expect(d.labels.filter((l) => l === fit), `"${fit}" on every scenario's link`).toHaveLength(4);
      expect(d.edges.sort()).toEqual([
        ...names.map((s) => [root, s, '']),
        ...scenarios.links.map(([s, m]) => [pick(s, lang), m, fit]),
      ].sort());
    });

    test('outlook: timeline 2023–2027 and developer-strategy mind map', async ({ page }) => {
      await page.goto(pathOf('outlook/', lang));
      await waitUntilDrawn(page);
      await expect(page.locator('[data-diagram]')).toHaveCount(2);

      const t = await readDiagram(page, 0);
      const seen = t.labels.map(bare);
      for (const [year, label] of timeline) {
        expect(seen).toContain(year);
        expect(seen).toContain(bare(pick(label, lang)));
      }
      // The years read left to right in order.
      const xs = await page.locator('[data-diagram]').nth(0).locator('svg:visible text').evaluateAll((texts, years) =>
        years.map((y) => texts.find((t) => t.textContent?.trim() === y)?.getBoundingClientRect().left ?? NaN), timeline.map(([y]) => y));
      expect(xs.every((x, i) => i === 0 || x > xs[i - 1]!), `years in order: ${xs.join(', ')}`).toBe(true);

      const m = await readDiagram(page, 1);
      const root = pick(strategy.root, lang);
      const expectedEdges: [string, string, string][] = [];
      const expectedLabels = [root];
      for (const [branch, leaves] of strategy.branches) {
        expectedEdges.push([root, pick(branch, lang), '']);
        expectedLabels.push(pick(branch, lang));
        for (const [leaf, who] of leaves) {
          const label = `${pick(leaf, lang)} → ${who}`;
          expectedEdges.push([pick(branch, lang), label, '']);
          expectedLabels.push(label);
        }
      }
      expect(m.labels.sort(), 'root, 3 branches and 6 leaves').toEqual(expectedLabels.sort());
      expect(m.edges.sort()).toEqual(expectedEdges.sort());
    });
  });
}

test('every diagram is drawn at a readable size and has a text version', async ({ page }) => {
  for (const section of ['', 'architecture/', 'scenarios/', 'outlook/']) {
    await page.goto(pathOf(section, 'en'));
    await waitUntilDrawn(page);
    const boxes = page.locator('[data-diagram]');
    for (let i = 0; i < (await boxes.count()); i++) {
      const d = await readDiagram(page, i);
      expect(d.width, `${section} diagram ${i} width`).toBeGreaterThan(200);
      expect(d.height, `${section} diagram ${i} height`).toBeGreaterThan(100);
      const svg = boxes.nth(i).locator('svg:visible');
      await expect(svg).toHaveAttribute('role', 'img');
      expect(squash(await svg.getAttribute('aria-label')).length).toBeGreaterThan(0);
      await expect(boxes.nth(i).locator('xpath=following-sibling::div[contains(@class,"text-version")][1]//li').first()).toBeVisible();
    }
  }
});

test('diagrams arrive drawn in the HTML: no script, and the boxes never change size', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  for (const section of ['', 'architecture/', 'scenarios/', 'outlook/']) {
    await page.goto(pathOf(section, 'en'), { waitUntil: 'commit' });
    // As soon as the boxes are parsed they hold their drawn SVG at its final size.
    const boxes = page.locator('[data-diagram]');
    await expect(boxes.first()).toBeAttached();
    await page.waitForLoadState('domcontentloaded');
    const before = await boxes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    for (const h of before) expect(h, `${section}: box height when parsed`).toBeGreaterThan(100);
    await page.waitForLoadState('networkidle');
    await waitUntilDrawn(page);
    const after = await boxes.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(after, `${section}: no layout shift`).toEqual(before);
  }
  // Pages may load the table tools and the model picker, but nothing that draws diagrams.
  expect(scripts.filter((s) => /mermaid|diagram/i.test(s)), 'no diagram page fetches a drawing script').toEqual([]);
});

test('no page requests Mermaid, and the built site holds no Mermaid code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  for (const lang of ['en', 'zh'] as const) {
    for (const section of ['', 'architecture/', 'training/', 'performance/', 'scenarios/', 'cost/', 'outlook/']) {
      await page.goto(pathOf(section, lang));
      await waitUntilDrawn(page);
      await page.waitForLoadState('networkidle');
    }
  }
  expect(scripts.filter((s) => /mermaid|Diagram|flowDiagram|dagre|cytoscape/i.test(s)), scripts.join(', ')).toEqual([]);
  const js = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
  const withMermaid = js.filter((f) => /mermaid|dagre|cytoscape/i.test(f) || readFileSync(join('dist/_astro', f), 'utf8').includes('mermaid'));
  expect(withMermaid, 'JavaScript files in dist/_astro that carry Mermaid').toEqual([]);
});
