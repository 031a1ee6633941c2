// Every figure of the article's tables, as the reader sees it, in the right table, row and column,
// in both languages. The expected texts are typed in by hand from the article
// (/work/shared/seed/article-text.txt), not produced by the site's own formatting code, so a
// formatting or data slip shows up here.
import { expect, test } from '@playwright/test';
import { pathOf, readTable, type Lang } from './support';

type Pair = readonly [en: string, zh: string];
/** A cell: the same text in both languages, a pair [en, zh], or "not applicable" with its reason. */
type Cell = string | Pair | { na: Pair };

interface TableSpec {
  section: string;
  /** The table's accessible name (its heading), exactly or as a pattern. */
  title: Pair | readonly [RegExp, RegExp];
  /** Whether each row is a metric (models are columns) or a model (metrics are columns). */
  rows: 'metrics' | 'models';
  /** metric → model → expected cell. */
  cells: Record<string, Record<string, Cell>>;
  /** Cells marked best, as "model/metric". */
  best: string[];
  /**
   * Public-record marks as "model/metric" → what the mark shows: ≠ the record differs, ? never
   * disclosed, i agrees or adds context, then its note's number in reading order. Every other cell has none.
   */
  marks?: Record<string, string>;
}

const models = { deepseek: 'DeepSeek', 'gpt-4': 'GPT-4', claude: 'Claude', 'palm-2': 'PaLM-2' } as const;
type ModelId = keyof typeof models;

/** Metric (or category / column) labels as the row or column header shows them. */
const labels: Record<string, Pair> = {
  'expert-dynamism': ['Expert dynamism', '专家动态性'],
  'parameter-utilisation': ['Parameter utilisation', '参数利用率'],
  'per-layer-latency': ['Per-layer latency (ms)', '单层延迟（ms）'],
  'memory-per-unit': ['Memory (GB)', '内存占用（GB）'],
  'training-framework': ['Parallel training framework', '并行训练框架'],
  'parallel-data': ['Data-parallel degree', '数据并行度'],
  'parallel-tensor': ['Tensor-parallel degree', '张量并行度'],
  'parallel-pipeline': ['Pipeline-parallel degree', '流水线并行度'],
  'parallel-expert': ['Expert-parallel degree', '专家并行度'],
  optimizer: ['Optimiser', '优化器'],
  'learning-rate': ['Learning rate', '学习率'],
  'adam-beta1': ['Adam β₁', 'Adam β₁'],
  'adam-beta2': ['Adam β₂', 'Adam β₂'],
  'overlap-communication': ['Overlaps communication with compute', '通信与计算重叠'],
  'total-parameters': ['Total parameters', '总参数量'],
  'training-tokens': ['Training tokens', '训练Token数'],
  'batch-size': ['Batch size', '批大小'],
  'lr-schedule': ['Learning-rate schedule', '学习率策略'],
  'hardware-utilisation': ['Hardware utilisation', '硬件利用率'],
  'language-understanding': ['Language understanding', '语言理解'],
  'logical-reasoning': ['Logical reasoning', '逻辑推理'],
  'code-generation': ['Code generation', '代码生成'],
  'multi-turn-dialogue': ['Multi-turn dialogue', '多轮对话'],
  'knowledge-qa': ['Knowledge QA', '知识问答'],
  throughput: ['Throughput (tokens/s)', '吞吐量（tokens/s）'],
  'time-to-first-token': ['Time to first token (ms)', '首token延迟（ms）'],
  'gpu-memory': ['GPU memory (GB)', '显存占用（GB）'],
  'compile-pass-rate': ['Compile pass rate', '编译通过率'],
  'time-complexity': ['Time complexity', '时间复杂度'],
  'pep8-compliance': ['PEP 8 compliance', 'PEP8合规率'],
  'comment-coverage': ['Comment coverage', '注释覆盖率'],
  'instance-gpus': ['Instance', '实例规格'],
  'cost-per-million-tokens': ['Cost per million tokens', '每百万token成本'],
  'accuracy-loss-8bit': ['8-bit accuracy loss', '8bit精度损失'],
  'accuracy-loss-4bit': ['4-bit accuracy loss', '4bit精度损失'],
  'compression-ratio': ['Compression ratio', '压缩率'],
  web: ['Web data', '网络数据'],
  books: ['Books', '书籍'],
  code: ['Code', '代码'],
  multimodal: ['Multimodal', '多模态'],
  private: ['Private data', '私有数据'],
  'human-curated': ['Human-curated', '人工清洗'],
  'academic-papers': ['Academic papers', '学术论文'],
  multilingual: ['Multilingual data', '多语言数据'],
  'scientific-literature': ['Scientific literature', '科学文献'],
  instance: ['Instance', '实例规格'],
  claimed: ['Article’s cost per million tokens', '原文的每百万token成本'],
  formula: ['By the formula at $2.50/GPU-hour', '按公式计算（每GPU小时US$2.50）'],
  ratio: ['Formula ÷ article', '公式结果 ÷ 原文'],
};

/** One row of four model values, in the order DeepSeek, GPT-4, Claude, PaLM-2. */
const four = (d: Cell, g: Cell, c: Cell, p: Cell): Record<ModelId, Cell> => ({ deepseek: d, 'gpt-4': g, claude: c, 'palm-2': p });
const noFigure: Cell = { na: ['The article gives no figure', '文章未给出'] };
const onlyDeepSeek = (value: Cell) => four(value, noFigure, noFigure, noFigure);
const none: Pair = ['—', '—'];

const tables: Record<string, TableSpec> = {
  'architecture-differences': {
    section: 'architecture/',
    title: ['Architecture differences', '架构差异分析表'],
    rows: 'metrics',
    cells: {
      'expert-dynamism': four(['Adjusted in real time', '实时调整'], ['Updated on a fixed schedule', '固定周期更新'], ['No MoE', '无MoE'], ['Static paths', '静态路径']),
      'parameter-utilisation': four('83%', '68%', '100%', '75%'),
      'per-layer-latency': four('18', '22', '25', '20'),
      'memory-per-unit': four(['1.2 per expert', '1.2/专家'], ['1.8 per expert', '1.8/专家'], { na: ['No experts (no MoE)', '无专家（无MoE）'] }, ['1.5 per path', '1.5/路径']),
    },
    best: ['claude/parameter-utilisation', 'deepseek/per-layer-latency', 'deepseek/memory-per-unit'],
  },
  'training-data-mix': {
    section: 'training/',
    title: ['Training data mix', '训练数据构成对比'],
    rows: 'metrics',
    cells: {
      web: four('45%', '50%', '40%', none),
      books: four('30%', '25%', none, none),
      code: four('15%', '15%', '5%', '25%'),
      multimodal: four('10%', none, none, none),
      private: four(none, '10%', none, none),
      'human-curated': four(none, none, '35%', none),
      'academic-papers': four(none, none, '20%', none),
      multilingual: four(none, none, none, '60%'),
      'scientific-literature': four(none, none, none, '15%'),
    },
    best: [],
  },
  'parallel-settings': {
    section: 'training/',
    title: ['Parallelism and optimiser settings', '并行与优化器配置'],
    rows: 'metrics',
    cells: {
      'training-framework': four(['Hybrid 3D + expert parallelism', '混合并行（3D并行 + 专家并行）'], ['Megatron-Core tensor-parallel layers', 'Megatron-Core 张量并行层'], noFigure, noFigure),
      'parallel-data': onlyDeepSeek('32'),
      'parallel-tensor': onlyDeepSeek('8'),
      'parallel-pipeline': onlyDeepSeek('4'),
      'parallel-expert': onlyDeepSeek('2'),
      optimizer: onlyDeepSeek('HybridAdam'),
      'learning-rate': onlyDeepSeek('2 × 10⁻⁵'),
      'adam-beta1': onlyDeepSeek('0.9'),
      'adam-beta2': onlyDeepSeek('0.98'),
      'overlap-communication': onlyDeepSeek(['Yes', '是']),
    },
    best: [],
    marks: { 'deepseek/training-framework': '≠1', 'deepseek/parallel-tensor': '≠2', 'deepseek/parallel-pipeline': '≠3', 'deepseek/parallel-expert': '≠4', 'deepseek/optimizer': '≠5', 'deepseek/learning-rate': '≠6', 'deepseek/adam-beta1': 'i7', 'deepseek/adam-beta2': '≠8' },
  },
  'training-parameters': {
    section: 'training/',
    title: ['Key training parameters', '关键训练参数对比'],
    rows: 'metrics',
    cells: {
      'total-parameters': four(['340B', '3400亿'], ['1.8T', '1.8万亿'], ['520B', '5200亿'], ['340B', '3400亿']),
      'training-tokens': four(['4.6T', '4.6万亿'], ['13T', '13万亿'], ['2.8T', '2.8万亿'], ['3.6T', '3.6万亿']),
      'batch-size': four(['4M tokens', '400万 tokens'], ['3.2M tokens', '320万 tokens'], ['2.4M tokens', '240万 tokens'], ['5M tokens', '500万 tokens']),
      'lr-schedule': four(['Dynamic cosine', '动态余弦'], ['Linear decay', '线性衰减'], ['Step', '阶梯式'], ['Exponential decay', '指数衰减']),
      'hardware-utilisation': four('92%', '85%', '78%', '88%'),
    },
    best: ['deepseek/hardware-utilisation'],
    marks: {
      'deepseek/total-parameters': '≠1', 'gpt-4/total-parameters': '?2', 'claude/total-parameters': '?3', 'palm-2/total-parameters': '?4',
      'deepseek/training-tokens': '≠5', 'gpt-4/training-tokens': '?6', 'claude/training-tokens': '?7', 'palm-2/training-tokens': '?8',
      'deepseek/batch-size': '≠9', 'gpt-4/batch-size': '≠10', 'claude/batch-size': '?11', 'palm-2/batch-size': '?12',
    },
  },
  'capability-scores': {
    section: 'performance/',
    title: [/^[\w ]*capabilit[\w ]*\(out of 10\)$/i, /^综合能力.*（满分10）$/],
    rows: 'metrics',
    cells: {
      'language-understanding': four('9.2', '9.5', '8.7', '8.9'),
      'logical-reasoning': four('8.8', '9.3', '9.1', '8.5'),
      'code-generation': four('9.5', '9.0', '7.8', '9.2'),
      'multi-turn-dialogue': four('8.7', '8.9', '9.3', '7.9'),
      'knowledge-qa': four('9.1', '9.2', '8.9', '8.7'),
    },
    best: ['gpt-4/language-understanding', 'gpt-4/logical-reasoning', 'deepseek/code-generation', 'claude/multi-turn-dialogue', 'gpt-4/knowledge-qa'],
  },
  'inference-performance': {
    section: 'performance/',
    title: ['Inference performance', '推理性能对比表'],
    rows: 'models',
    cells: {
      throughput: four('3,420', '2,850', '2,380', '3,150'),
      'time-to-first-token': four('125', '180', '210', '150'),
      'gpu-memory': four('68', '82', '75', '71'),
    },
    best: ['deepseek/throughput', 'deepseek/time-to-first-token', 'deepseek/gpu-memory'],
    marks: { 'deepseek/throughput': '?1', 'deepseek/time-to-first-token': '?2', 'deepseek/gpu-memory': '≠3' },
  },
  'code-quality': {
    section: 'scenarios/',
    title: ['Code-generation quality', '代码生成质量对比'],
    rows: 'metrics',
    cells: {
      'compile-pass-rate': four('92%', '89%', '85%', '91%'),
      'time-complexity': four('O(n log n)', 'O(n log n)', 'O(n²)', 'O(n log n)'),
      'pep8-compliance': four('95%', '93%', '88%', '90%'),
      'comment-coverage': four('80%', '75%', '60%', '78%'),
    },
    best: ['deepseek/compile-pass-rate', 'deepseek/time-complexity', 'gpt-4/time-complexity', 'palm-2/time-complexity', 'deepseek/pep8-compliance', 'deepseek/comment-coverage'],
  },
  'cost-example': {
    section: 'cost/',
    title: ['Cost example (A100 instances)', '成本计算示例（A100实例）'],
    rows: 'models',
    cells: {
      'instance-gpus': four(['8 × A100 80GB', '8×A100 80GB'], ['16 × A100 80GB', '16×A100 80GB'], ['12 × A100 80GB', '12×A100 80GB'], ['8 × A100 80GB', '8×A100 80GB']),
      throughput: four('3,420', '2,850', '2,380', '3,150'),
      'cost-per-million-tokens': four(['$0.12', 'US$0.12'], ['$0.18', 'US$0.18'], ['$0.21', 'US$0.21'], ['$0.15', 'US$0.15']),
    },
    best: ['deepseek/throughput', 'deepseek/cost-per-million-tokens'],
    marks: { 'deepseek/throughput': '?1', 'deepseek/cost-per-million-tokens': 'i2' },
  },
  // Our check of the article's cost table against its own formula, at $2.50 per GPU-hour with
  // utilisation and power factor 1: e.g. DeepSeek 8 × 2.50 / (3420 × 3600 / 10⁶) = $1.62.
  'cost-check': {
    section: 'cost/',
    title: ['The article’s cost table against its own formula', '用原文公式核对其成本表'],
    rows: 'models',
    cells: {
      instance: four(['8 × A100 80GB', '8×A100 80GB'], ['16 × A100 80GB', '16×A100 80GB'], ['12 × A100 80GB', '12×A100 80GB'], ['8 × A100 80GB', '8×A100 80GB']),
      throughput: four('3,420', '2,850', '2,380', '3,150'),
      claimed: four(['$0.12', 'US$0.12'], ['$0.18', 'US$0.18'], ['$0.21', 'US$0.21'], ['$0.15', 'US$0.15']),
      formula: four(['$1.62', 'US$1.62'], ['$3.90', 'US$3.90'], ['$3.50', 'US$3.50'], ['$1.76', 'US$1.76']),
      ratio: four('13.54×', '21.66×', '16.67×', '11.76×'),
    },
    best: [],
    marks: { 'deepseek/throughput': '?1', 'deepseek/claimed': 'i2' },
  },
  'quantisation-results': {
    section: 'cost/',
    title: ['Quantisation results', '量化效果对比表'],
    rows: 'models',
    cells: {
      'accuracy-loss-8bit': four('0.3%', '0.8%', '1.2%', '0.5%'),
      'accuracy-loss-4bit': four('0.6%', '2.1%', '3.5%', '1.3%'),
      'compression-ratio': four('4.8×', '3.9×', '4.2×', '4.5×'),
    },
    best: ['deepseek/accuracy-loss-8bit', 'deepseek/accuracy-loss-4bit', 'deepseek/compression-ratio'],
    marks: { 'deepseek/accuracy-loss-4bit': '?1' },
  },
};

const naText = { en: 'n/a', zh: '不适用' } as const;
const bestText = { en: '(best)', zh: '(最佳)' } as const;
const pick = (pair: Pair, lang: Lang) => (lang === 'en' ? pair[0] : pair[1]);

for (const [id, spec] of Object.entries(tables)) {
  for (const lang of ['en', 'zh'] as const) {
    test(`${id} (${lang}) shows every figure of the article in its cell`, async ({ page }) => {
      await page.goto(pathOf(spec.section, lang));
      const table = page.locator(`table[data-table="${id}"]`);
      await expect(table).toHaveCount(1);
      await expect(table).toBeVisible();
      const title = lang === 'en' ? spec.title[0] : spec.title[1];
      await expect(page.getByRole('table', { name: title, exact: true })).toHaveCount(1);

      const seen = await readTable(page, id);
      const expectedCount = Object.values(spec.cells).reduce((n, row) => n + Object.keys(row).length, 0);
      expect(seen, 'one cell per figure, no more').toHaveLength(expectedCount);

      for (const [metric, row] of Object.entries(spec.cells)) {
        for (const [model, want] of Object.entries(row)) {
          const where = `${id} ${model}/${metric} (${lang})`;
          const cell = seen.find((c) => c.model === model && c.metric === metric);
          expect(cell, `${where}: cell exists`).toBeDefined();
          if (!cell) continue;
          if (typeof want === 'object' && 'na' in want) {
            expect(cell.value, where).toBe(naText[lang]);
            expect(cell.reason, `${where}: reason`).toBe(pick(want.na, lang));
          } else {
            expect(cell.value, where).toBe(typeof want === 'string' ? want : pick(want, lang));
            expect(cell.reason, `${where}: no reason`).toBe('');
          }
          // The cell sits under the right model and metric headings.
          const modelHead = spec.rows === 'metrics' ? cell.colHead : cell.rowHead;
          const metricHead = spec.rows === 'metrics' ? cell.rowHead : cell.colHead;
          expect(modelHead, `${where}: model heading`).toBe(models[model as ModelId]);
          expect(metricHead, `${where}: metric heading`).toBe(pick(labels[metric]!, lang));

          // Best values: ★ that is seen plus text that is read, not colour alone.
          const best = spec.best.includes(`${model}/${metric}`);
          expect({ best: cell.bestClass, star: cell.star, hidden: cell.hidden }, `${where}: best marking`).toEqual(
            best ? { best: true, star: true, hidden: bestText[lang] } : { best: false, star: false, hidden: '' },
          );
          if (best) {
            expect(cell.starVisible, `${where}: ★ is visible`).toBe(true);
            expect(cell.hiddenClipped, `${where}: "(best)" is for screen readers only`).toBe(true);
          }
          // The public record's mark, and the note it leads to under the same table.
          const mark = spec.marks?.[`${model}/${metric}`] ?? '';
          expect(cell.mark, `${where}: public-record mark`).toBe(mark);
          if (mark) expect(cell.markTarget, `${where}: mark leads to its note`).toBe(`${id}-note-${mark.slice(1)}`);
        }
      }
      if (spec.best.length > 0) {
        // What a screen reader reads for a best cell includes the word.
        const [model, metric] = spec.best[0]!.split('/');
        await expect(table.locator(`td[data-model="${model}"][data-metric="${metric}"]`)).toContainText(bestText[lang]);
      }
    });
  }
}
