import type { ZodTypeAny } from 'astro/zod';
import type { Localized } from '../schemas/common';
import { dataFiles } from '../schemas/files';
import type { MetricWithId } from '../schemas/metric';
import { modelFields, numberIn, unitWords } from '../schemas/model';
import { faintOn } from './contrast';
import { describeType } from './explain';
import { modeline } from './json-schema';

/** Colour-blind-safe colours for new models: Okabe–Ito first (the current models use it), then Paul Tol's "bright". */
export const modelPalette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377'] as const;

/** What the scaffold needs to know about the existing data. */
export interface ScaffoldInput {
  /** The new model's id (its file name). */
  id: string;
  /** Metric definitions, in file order. */
  metrics: readonly MetricWithId[];
  /** Tables, to group the figures under the table that shows them. */
  tables: readonly { id: string; title: Localized; metrics: readonly string[] }[];
  /** Data categories, listed in the dataMix comment. */
  categories: readonly { id: string; label: Localized }[];
  /** Ids a model may cite as its source: "article" and those of content/sources.yaml. */
  sources: readonly string[];
  /** The source to write in, when the editor gave one (`--source`); otherwise null, to fill in. */
  source?: string | undefined;
  /** The existing models' order and colour, to pick the next order and a free colour. */
  models: readonly { order?: unknown; color?: unknown }[];
}

/** Wraps a text into comment lines of at most ~100 characters, indented. */
function comment(text: string, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > 98 - indent.length) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

/** What one metric's figure takes, for its comment: "a number between 0 and 100 in percent (…)". */
function figureTakes(m: MetricWithId): string {
  switch (m.kind) {
    case 'number': {
      const unit = m.unit ?? 'plain';
      return `${describeType(numberIn(unit))}${unitWords[unit] ? ` ${unitWords[unit]}` : ''}${m.direction !== 'none' ? `; ${m.direction} is better` : ''}`;
    }
    case 'text':
      return 'a text in both languages { en: …, zh: … }';
    case 'boolean':
      return 'true or false';
    case 'complexity':
      return `one of ${['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)', 'O(n^3)', 'O(2^n)'].join(', ')}${m.direction !== 'none' ? `; ${m.direction} is better` : ''}`;
  }
}

/** The metrics in the order a reader meets them: grouped by the first table showing each, then the rest. */
function groups(input: ScaffoldInput): { title: string; metrics: MetricWithId[] }[] {
  const byId = new Map(input.metrics.map((m) => [m.id, m]));
  const placed = new Set<string>();
  const out = input.tables.map((t) => {
    const metrics = t.metrics.filter((id) => !placed.has(id) && byId.has(id)).map((id) => byId.get(id)!);
    metrics.forEach((m) => placed.add(m.id));
    return { title: `${t.title.en} (table ${t.id})`, metrics };
  });
  const rest = input.metrics.filter((m) => !placed.has(m.id));
  return [...out, ...(rest.length ? [{ title: 'In no table yet', metrics: rest }] : [])].filter((g) => g.metrics.length > 0);
}

/**
 * The text of a new model file: every field with its documentation (from the schema and
 * metrics.yaml) as comments, the next order and a free colour filled in, and `null` wherever data
 * is needed. The nulls fail validation on purpose, so the file cannot be published half-filled and
 * `npm run validate` lists exactly what is left to fill.
 */
export function scaffoldModel(input: ScaffoldInput): string {
  const kind = dataFiles.find((k) => k.shape === 'one-per-file')!;
  const shape = modelFields(input.metrics).shape as Record<string, ZodTypeAny>;
  const doc = (key: string) => shape[key]?.description ?? '';
  const orders = input.models.map((m) => m.order).filter((o): o is number => typeof o === 'number');
  const used = new Set(input.models.map((m) => String(m.color).toLowerCase()));
  // Only colours that stay visible on both themes: the schema refuses the others.
  const color = modelPalette.find((c) => !used.has(c.toLowerCase()) && faintOn(c).length === 0);
  const lines = [
    modeline(kind),
    `# ${input.id}: made by \`npm run new:model -- ${input.id}\`. Replace every null; \`npm run validate\` lists`,
    '# the ones left. Where the source gives no figure, write { na: { en: <reason>, zh: <原因> } }.',
    '# Every field is described in CONTRIBUTING.md.',
    '',
    ...comment(`${doc('source')} Known: ${input.sources.join(', ')}. To cite a new one, add it to content/sources.yaml first (CONTRIBUTING.md, "Cite a source").`),
    `source: ${input.source ?? 'null'}`,
    ...comment(`${doc('name')} For example: { en: Llama 3, zh: Llama 3 }`),
    'name: null',
    ...comment(doc('vendor')),
    'vendor: null',
    ...comment(doc('order')),
    `order: ${orders.length ? Math.max(...orders) + 1 : 1}`,
    ...comment(`${doc('color')}${color ? ' This one is not used by another model yet.' : ' Every colour of the palette is taken: pick one that is clearly different.'}`),
    `color: ${color ? JSON.stringify(color) : 'null'}`,
    ...comment(doc('summary')),
    'summary: null',
    ...comment(`${doc('architectureChain')} At least two components, each { en, zh }, for example:`),
    '#   - { en: Dense transformer, zh: 稠密Transformer }',
    '#   - { en: Multi-head attention, zh: 多头注意力 }',
    'architectureChain: null',
    ...comment(`${doc('dataMix')} Categories: ${input.categories.map((c) => `${c.id} (${c.label.en})`).join(', ')}. For example:`),
    '#   { web: 60, books: 25, code: 15 }',
    'dataMix: null',
    ...comment(doc('figures')),
    'figures:',
    ...groups(input).flatMap((g, i) => [
      ...(i > 0 ? [''] : []),
      `  # ${g.title}`,
      ...g.metrics.flatMap((m) => [...comment(`${m.label.en}: ${figureTakes(m)}.${m.description ? ` ${m.description.en}` : ''}`, '  '), `  ${m.id}: null`]),
    ]),
    '',
    ...comment(`${doc('quantisationExample')} Optional: leave it out when there is none, or add it like this:`),
    '# quantisationExample:',
    '#   bits: 4                        # 2, 3, 4 or 8',
    '#   groupSize: 128                 # weights sharing one scale',
    '#   activationQuantisation: true',
    '#   accuracyBefore: 92.3           # percent',
    '#   accuracyAfter: 91.7            # percent',
  ];
  return `${lines.join('\n')}\n`;
}

/** How many nulls a scaffold leaves to fill in (each is one problem `npm run validate` reports). */
export function placeholdersIn(text: string): number {
  return text.split('\n').filter((l) => /^\s*[\w-]+: null$/.test(l)).length;
}
