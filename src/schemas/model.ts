import { z } from 'astro/zod';
import { id, localized, notApplicable } from './common';
import { complexities, type MetricWithId } from './metric';

/** A numeric figure, optionally qualified ("1.2 GB per expert"). */
const qualifiedNumber = z
  .object({
    /** The number, in the metric's unit. */
    value: z.number(),
    /** What the number is per, e.g. { en: expert, zh: 专家 }. */
    per: localized,
  })
  .strict();

/** Describes what was found, for error messages that say what was expected and what was there. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the figure is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).join(', ') || '(none)'}`;
  return `${typeof value} ${String(value)}`;
}

/** Builds the schema for one figure from its metric's kind, with a message naming what was expected. */
export function figureSchema(metric: MetricWithId) {
  const na = 'or { na: { en, zh } } giving the reason there is no figure';
  switch (metric.kind) {
    case 'number': {
      const expected = `a number in ${metric.unit} (write 83, not "83%"), or { value, per: { en, zh } }, ${na}`;
      return z.union([z.number(), qualifiedNumber, notApplicable], {
        errorMap: (_issue, ctx) => ({ message: `expected ${expected}; found ${describe(ctx.data)}` }),
      });
    }
    case 'text':
      return z.union([localized, notApplicable], {
        errorMap: (_issue, ctx) => ({ message: `expected a text { en, zh }, ${na}; found ${describe(ctx.data)}` }),
      });
    case 'boolean':
      return z.union([z.boolean(), notApplicable], {
        errorMap: (_issue, ctx) => ({ message: `expected true or false, ${na}; found ${describe(ctx.data)}` }),
      });
    case 'complexity':
      return z.union([z.enum(complexities), notApplicable], {
        errorMap: (_issue, ctx) => ({ message: `expected one of ${complexities.join(', ')}, ${na}; found ${describe(ctx.data)}` }),
      });
  }
}

/** A figure as validated: a number, a qualified number, a text, a yes/no, a big-O class, or not applicable. */
export type Figure =
  | number
  | boolean
  | (typeof complexities)[number]
  | z.infer<typeof qualifiedNumber>
  | z.infer<typeof localized>
  | z.infer<typeof notApplicable>;

/** The article's quantisation example, for the model that has one. */
export const quantisationExampleSchema = z
  .object({
    /** Bits per weight after quantisation. */
    bits: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(8)]),
    /** Weights sharing one scale. */
    groupSize: z.number().int().positive(),
    /** Whether activations are quantised too. */
    activationQuantisation: z.boolean(),
    /** Accuracy before quantisation, percent. */
    accuracyBefore: z.number().min(0).max(100),
    /** Accuracy after quantisation, percent. */
    accuracyAfter: z.number().min(0).max(100),
  })
  .strict();

/**
 * Builds the schema of a model file from the metric definitions, so every metric must be filled in
 * (or marked not applicable) and each figure is checked against its metric's kind.
 */
export function modelSchema(metrics: readonly MetricWithId[]) {
  const figures = z
    .object(Object.fromEntries(metrics.map((m) => [m.id, figureSchema(m)])))
    .strict();
  return z
    .object({
      /** Display name, in both languages. */
      name: localized,
      /** Who makes the model. */
      vendor: localized,
      /** Sort position in tables and legends (lower first). */
      order: z.number().int(),
      /** The model's colour across the whole site, "#rrggbb"; pick one colour-blind readers can tell apart. */
      color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour like "#0072b2"'),
      /** One sentence on the model, in both languages. */
      summary: localized,
      /** The architecture as the article draws it: a chain of components, first to last. */
      architectureChain: z.array(localized).min(2, 'needs at least two components'),
      /** Training data mix in percent by category id (see data-categories.yaml); must sum to 100. */
      dataMix: z.record(id, z.number().min(0).max(100)),
      /** Every metric of metrics.yaml, by id. */
      figures,
      /** The article's quantisation example, if it gives one for this model. */
      quantisationExample: quantisationExampleSchema.optional(),
    })
    .strict();
}
/** A model file as validated. */
export type Model = {
  name: z.infer<typeof localized>;
  vendor: z.infer<typeof localized>;
  order: number;
  color: string;
  summary: z.infer<typeof localized>;
  architectureChain: z.infer<typeof localized>[];
  dataMix: Record<string, number>;
  figures: Record<string, Figure>;
  quantisationExample?: z.infer<typeof quantisationExampleSchema> | undefined;
};
/** A model with its id (its file name). */
export type ModelWithId = Model & { id: string };
