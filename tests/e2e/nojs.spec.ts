// With JavaScript off, nothing is lost: every table is there, every diagram is drawn (at build time)
// with its text version, and the radar chart shows its static picture above its table.
import { expect, test } from '@playwright/test';
import { pages, squash } from './support';

test.use({ javaScriptEnabled: false });

const tablesOn: Record<string, string[]> = {
  '': [],
  'architecture/': ['architecture-differences'],
  'training/': ['training-data-mix', 'parallel-settings', 'training-parameters'],
  'performance/': ['capability-scores', 'vendor-benchmarks', 'inference-performance'],
  'scenarios/': ['code-quality'],
  'cost/': ['cost-example', 'cost-check', 'quantisation-results'],
  'outlook/': [],
};

/** Per diagram on a page: how many list items its text version has, and text it must include. */
const textVersionsOn: Record<string, { items: number; en: string[]; zh: string[] }[]> = {
  '': [{ items: 5, en: ['Architecture', 'Training strategy', 'Performance', 'Application scenarios', 'Deployment cost'], zh: ['架构设计', '训练策略', '性能表现', '应用场景', '部署成本'] }],
  'architecture/': [{
    items: 4,
    en: ['DeepSeek: Dynamic MoE → Layered attention → Expert routing network', 'GPT-4: Dense Transformer → Mixture-of-experts system → Fixed routing', 'Claude: Constitutional-AI architecture → Ethics layer → Self-correction', 'PaLM-2: Sparse activation → Path selection → Task adaptation'],
    zh: ['DeepSeek: 动态MoE → 分层注意力 → 专家路由网络', 'GPT-4: 密集Transformer → 混合专家系统 → 固定路由', 'Claude: 宪法AI架构 → 道德层 → 自我修正', 'PaLM-2: 稀疏激活 → 路径选择 → 任务适配'],
  }],
  'scenarios/': [{
    items: 4,
    en: ['Long-text processing → Best fit: DeepSeek', 'Real-time dialogue → Best fit: Claude', 'Code generation → Best fit: DeepSeek', 'Knowledge reasoning → Best fit: GPT-4'],
    zh: ['长文本处理 → 最佳适配: DeepSeek', '实时对话 → 最佳适配: Claude', '代码生成 → 最佳适配: DeepSeek', '知识推理 → 最佳适配: GPT-4'],
  }],
  'outlook/': [
    { items: 5, en: ['2023: MoE architectures go mainstream', '2027: First prototypes of general AI'], zh: ['2023: MoE架构普及', '2024: 多模态统一建模', '2025: 万亿参数实时推理', '2026: 自我进化架构', '2027: 通用人工智能雏形'] },
    { items: 9, en: ['Architecture choice', 'MoE-first scenarios → DeepSeek', 'Cloud service → GPT-4'], zh: ['架构选择', 'MoE优先场景 → DeepSeek', '密集计算 → GPT-4', '训练优化', '混合并行 → DeepSeek', '数据工程 → PaLM-2', '部署方案', '边缘计算 → DeepSeek', '云端服务 → GPT-4'] },
  ],
};

const radarAxes = {
  en: ['Language understanding', 'Logical reasoning', 'Code generation', 'Multi-turn dialogue', 'Knowledge QA'],
  zh: ['语言理解', '逻辑推理', '代码生成', '多轮对话', '知识问答'],
} as const;

for (const { path, lang, section } of pages) {
  test(`without JavaScript ${path} keeps its tables and text versions`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);

    // Tables: all there, visible, with every cell filled.
    const ids = tablesOn[section]!;
    await expect(page.locator('table[data-table]')).toHaveCount(ids.length);
    for (const id of ids) {
      const table = page.locator(`table[data-table="${id}"]`);
      await expect(table).toBeVisible();
      const cells = await table.locator('td').allTextContents();
      expect(cells.length, `${id} has cells`).toBeGreaterThan(8);
      for (const c of cells) expect(squash(c), `${id}: no empty cell`).not.toBe('');
    }

    // Diagrams: the drawn picture, with a name, and the text version.
    const boxes = page.locator('[data-diagram]');
    const versions = textVersionsOn[section] ?? [];
    await expect(boxes).toHaveCount(versions.length);
    for (const [i, v] of versions.entries()) {
      const box = boxes.nth(i);
      const svg = box.locator('svg:visible');
      await expect(svg).toHaveCount(1);
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAccessibleName(/.+/);
      expect((await svg.boundingBox())!.height, 'the diagram is drawn at full size').toBeGreaterThan(150);
      expect(await box.locator('noscript').count(), 'no "needs JavaScript" note').toBe(0);
      const text = box.locator('xpath=following-sibling::div[contains(@class,"text-version")][1]');
      await expect(text).toBeVisible();
      await expect(text.locator('li')).toHaveCount(v.items);
      const whole = squash(await text.innerText());
      for (const want of v[lang]) expect(whole, 'text version').toContain(want);
    }

    // The radar chart: its static picture (axes and one outline per model) above the table.
    if (section === 'performance/') {
      const picture = page.locator('#capability-radar svg[data-radar-picture]');
      await expect(picture).toBeVisible();
      await expect(picture).toHaveAccessibleName(/.+/);
      expect((await picture.boundingBox())!.height).toBeGreaterThan(250);
      expect(await picture.locator('.axes text').allTextContents()).toEqual(radarAxes[lang]);
      await expect(picture.locator('.series polygon')).toHaveCount(4);
      await expect(page.locator('#capability-radar canvas')).toBeHidden();
      await expect(page.locator('#capability-radar table[data-table="capability-scores"]')).toBeVisible();
    }
    // The formula needs no script.
    if (section === 'cost/') await expect(page.locator('.katex-display .katex-html')).toBeVisible();
    expect(scripts, 'no script is fetched when JavaScript is off').toEqual([]);
  });
}
