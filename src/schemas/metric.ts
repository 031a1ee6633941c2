import { z } from 'astro/zod';
import { id, localized, localizedSentence } from './common';

/** Units a numeric figure can carry; formatting and unit labels are keyed by these. */
export const units = [
  'percent',
  'ms',
  'gb',
  'tokens-per-second',
  'usd',
  'parameters',
  'tokens',
  'score-10',
  'ratio',
  'gpus',
  'plain',
] as const;
/** A unit of measure. */
export type Unit = (typeof units)[number];

/** Time complexities in increasing order, so "lower is better" can rank them. */
export const complexities = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)', 'O(n^3)', 'O(2^n)'] as const;
/** A big-O class. */
export type Complexity = (typeof complexities)[number];

/** One metric: a row of a comparison table, defined once and filled in by every model file. */
export const metricSchema = z
  .object({
    /** What the metric is called, in both languages. */
    label: localized.describe('What the metric is called, in both languages.'),
    /** What a value means and how it was measured; shown in the table's notes. */
    description: localizedSentence.optional().describe('What a value means and how it was measured; shown in the table’s notes.'),
    /** The kind of value every model gives: a number with a unit, a text, a yes/no, or a big-O class. */
    kind: z.enum(['number', 'text', 'boolean', 'complexity']).describe('The kind of value every model gives: a number with a unit, a text, a yes/no, or a big-O class.'),
    /** Unit of a numeric metric (required when kind is "number"). */
    unit: z.enum(units).optional().describe('Unit of a numeric metric (required when kind is "number", not allowed otherwise).'),
    /** Which way is better; "none" marks no best value (e.g. instance size). */
    direction: z.enum(['higher', 'lower', 'none']).default('none').describe('Which way is better; "none" (the default) marks no best value, e.g. instance size.'),
    /** Optional cell template with "{n}" for the formatted number, e.g. "{n} × A100 80GB". */
    template: localized.optional().describe('Cell template with "{n}" for the formatted number, e.g. "{n} × A100 80GB".'),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.kind === 'number' && !m.unit) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['unit'], message: `a metric of kind "number" needs a unit, one of: ${units.join(', ')}` });
    }
    if (m.kind !== 'number' && m.unit) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['unit'], message: `only metrics of kind "number" have a unit; this one is "${m.kind}"` });
    }
    if ((m.kind === 'text' || m.kind === 'boolean') && m.direction !== 'none') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['direction'], message: `a "${m.kind}" metric cannot have a best value: use direction "none"` });
    }
  });
/** A metric definition as validated. */
export type Metric = z.infer<typeof metricSchema>;
/** A metric definition with its id (the key in metrics.yaml). */
export type MetricWithId = Metric & { id: string };

/** A comparison table: which metrics it shows, in order, and where it appears. */
export const tableSchema = z
  .object({
    /** Stable id, used as the table's anchor. */
    id: id.describe('Stable id, used as the table’s anchor and download file name; do not change it when rewording the title.'),
    /** Table title, in both languages. */
    title: localized.describe('Table title, in both languages.'),
    /** The article's section number the figures come from, e.g. "1.2". */
    articleSection: z.string().regex(/^\d+(\.\d+)?$/, 'must be a section number like "1.2"').describe('The article’s section number the figures come from, e.g. "1.2".'),
    /** The section page the table belongs to. */
    section: z.enum(['overview', 'architecture', 'training', 'performance', 'scenarios', 'cost', 'outlook']).describe('The section page the table belongs to.'),
    /** Metric ids, in display order; each must be defined in metrics.yaml. */
    metrics: z.array(id).min(1).describe('Metric ids, in display order; each must be defined in content/metrics.yaml.'),
    /** "metrics" puts one metric per row (models as columns); "models" puts one model per row. */
    rows: z.enum(['metrics', 'models']).default('metrics').describe('"metrics" (the default) puts one metric per row with models as columns; "models" puts one model per row.'),
  })
  .strict();
/** A table definition. */
export type TableDef = z.infer<typeof tableSchema>;
