import { z } from 'astro/zod';
import { contrastRatio, faintOn, minModelColourContrast, themeBackgrounds } from '../lib/contrast';
import { describeValue } from '../lib/describe-value';
import { describeType } from '../lib/explain';
import { id, localized, localizedSentence, notApplicable } from './common';
import { complexities, type MetricWithId, type Unit } from './metric';

/** Where one figure comes from when it is not the model's own source: a source id and the place in it. */
const figureSourceFields = {
  /** An id of content/sources.yaml, or "article"; overrides the model's `source` for this figure. */
  source: id.describe('Where this figure comes from: an id of content/sources.yaml, or "article"; overrides the model’s `source`.'),
  /** Where in the source, e.g. { en: Table 1, zh: 表1 }. */
  locator: localized.optional().describe('Where in the source the figure is printed, e.g. { en: Table 1, zh: 表1 }.'),
};

/** A numeric figure, qualified by what it is per ("1.2 GB per expert"), optionally with its own source. */
const qualifiedNumber = (value: z.ZodNumber) =>
  z
    .object({
      /** The number, in the metric's unit. */
      value: value.describe('The number, in the metric’s unit.'),
      /** What the number is per, e.g. { en: expert, zh: 专家 }. */
      per: localized.describe('What the number is per, e.g. { en: expert, zh: 专家 }.'),
      source: figureSourceFields.source.optional(),
      locator: figureSourceFields.locator,
    })
    .strict()
    .describe('A number qualified by what it is per, e.g. 1.2 GB per expert.');

/** A figure with its own source: `{ value, source, locator }`, for any kind of value. */
const sourced = <T extends z.ZodTypeAny>(value: T) =>
  z
    .object({ value, ...figureSourceFields })
    .strict()
    .describe('A figure with its own source and place in it: { value, source, locator: { en, zh } }.');

/** The range a figure in this unit can take: shares and scores are bounded, amounts cannot be negative. */
export function numberIn(unit: Unit): z.ZodNumber {
  const n = z.number().finite();
  switch (unit) {
    case 'percent':
      return n.min(0).max(100);
    case 'score-10':
      return n.min(0).max(10);
    case 'gpus':
      return n.int().positive();
    case 'ratio':
      return n.positive();
    case 'plain':
      return n;
    default:
      return n.min(0);
  }
}

/** How a number in each unit is written, for messages and scaffold comments. */
export const unitWords: Record<Unit, string> = {
  percent: 'in percent (write 83, not "83%")',
  ms: 'in milliseconds',
  gb: 'in GB',
  'tokens-per-second': 'in tokens per second',
  usd: 'in US dollars (write 0.12, not "$0.12")',
  parameters: 'counting parameters (write 340000000000 or 3.4e11, not "340B")',
  tokens: 'counting tokens (write 4600000000000 or 4.6e12, not "4.6T")',
  'score-10': 'out of 10',
  ratio: 'as a ratio (write 4.8 for 4.8×)',
  gpus: 'counting GPUs',
  plain: '',
};

/** Builds the schema for one figure from its metric's kind, with a message naming what was expected. */
export function figureSchema(metric: MetricWithId) {
  const na = 'or { na: { en, zh } } giving the reason there is no figure';
  const about = `${metric.label.en}${metric.description ? `: ${metric.description.en}` : ''}`;
  switch (metric.kind) {
    case 'number': {
      const unit = metric.unit ?? 'plain';
      const number = numberIn(unit);
      const expected = `${describeType(number)}${unitWords[unit] ? ` ${unitWords[unit]}` : ''}, or { value, per: { en, zh } }, or { value, source, locator }, ${na}`;
      return z
        .union([number.describe(`A number in ${unit}.`), qualifiedNumber(number), sourced(number), notApplicable], {
          errorMap: (_issue, ctx) => ({ message: `expected ${expected}; found ${describeValue(ctx.data)}` }),
        })
        .describe(`${about} (number in ${unit}${metric.direction !== 'none' ? `, ${metric.direction} is better` : ''})`);
    }
    case 'text':
      return z
        .union([localized, sourced(localized), notApplicable], {
          errorMap: (_issue, ctx) => ({ message: `expected a text { en, zh }, or { value: { en, zh }, source, locator }, ${na}; found ${describeValue(ctx.data)}` }),
        })
        .describe(`${about} (text in both languages)`);
    case 'boolean':
      return z
        .union([z.boolean(), sourced(z.boolean()), notApplicable], {
          errorMap: (_issue, ctx) => ({ message: `expected true or false, or { value, source, locator }, ${na}; found ${describeValue(ctx.data)}` }),
        })
        .describe(`${about} (true or false)`);
    case 'complexity':
      return z
        .union([z.enum(complexities), sourced(z.enum(complexities)), notApplicable], {
          errorMap: (_issue, ctx) => ({ message: `expected one of ${complexities.join(', ')}, or { value, source, locator }, ${na}; found ${describeValue(ctx.data)}` }),
        })
        .describe(`${about} (big-O class)`);
  }
}

/** Where a figure comes from: a source id (content/sources.yaml, or "article") and, when known, the place in it. */
export interface FigureSource {
  /** An id of content/sources.yaml, or "article". */
  source: string;
  /** Where in the source, e.g. "Table 1". */
  locator?: z.infer<typeof localized> | undefined;
}

/**
 * Splits a figure as written into its value and, when it names one, its own source: `{ value: 5,
 * source: x }` is the figure 5 from x; `{ value: 5, per, source }` is "5 per …" from x.
 */
export function splitFigure(written: unknown): { figure: Figure; source?: FigureSource } {
  if (written === null || typeof written !== 'object' || !('source' in written)) return { figure: written as Figure };
  const { source, locator, ...rest } = written as { source: string; locator?: FigureSource['locator']; value: unknown; per?: unknown };
  const figure = ('per' in rest ? rest : rest.value) as Figure;
  return { figure, source: locator ? { source, locator } : { source } };
}

/** A figure as validated: a number, a qualified number, a text, a yes/no, a big-O class, or not applicable. */
export type Figure =
  | number
  | boolean
  | (typeof complexities)[number]
  | { value: number; per: z.infer<typeof localized> }
  | z.infer<typeof localized>
  | z.infer<typeof notApplicable>;

/** The article's quantisation example, for the model that has one. */
export const quantisationExampleSchema = z
  .object({
    /** Bits per weight after quantisation. */
    bits: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(8)]).describe('Bits per weight after quantisation: 2, 3, 4 or 8.'),
    /** Weights sharing one scale. */
    groupSize: z.number().int().positive().describe('How many weights share one scale.'),
    /** Whether activations are quantised too. */
    activationQuantisation: z.boolean().describe('Whether activations are quantised too.'),
    /** Accuracy before quantisation, percent. */
    accuracyBefore: z.number().min(0).max(100).describe('Accuracy before quantisation, in percent.'),
    /** Accuracy after quantisation, percent. */
    accuracyAfter: z.number().min(0).max(100).describe('Accuracy after quantisation, in percent.'),
  })
  .strict();

/** Builds the mapping of figures: one entry per metric, and nothing else. */
/** A model's colour: "#rrggbb" that stays visible on both themes' backgrounds, where every chart, legend and swatch draws it. */
const modelColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#0072b2"')
  .superRefine((colour, ctx) => {
    const faint = faintOn(colour);
    if (faint.length === 0) return;
    const where = faint.map((f) => `${f.ratio.toFixed(2)}:1 against the ${f.theme} theme’s background ${themeBackgrounds[f.theme]}`).join(' and ');
    const other = faint[0]!.theme === 'light' ? 'dark' : 'light';
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `is ${where}, so it would nearly vanish there; pick a colour of at least ${minModelColourContrast}:1 against both ${themeBackgrounds.light} and ${themeBackgrounds.dark} (it is ${contrastRatio(colour, themeBackgrounds[other]).toFixed(2)}:1 on the ${other} one)`,
    });
  });

function figuresSchema(metrics: readonly MetricWithId[]) {
  // The message follows the unknown key's name: "context-window" is not a metric defined in …
  return z.object(Object.fromEntries(metrics.map((m) => [m.id, figureSchema(m)]))).strict('is not a metric defined in content/metrics.yaml; add it there first');
}

/**
 * Builds the schema of a model file from the metric definitions, so every metric must be filled in
 * (or marked not applicable) and each figure is checked against its metric's kind.
 */
export function modelSchema(metrics: readonly MetricWithId[]) {
  return (
    modelFields(metrics)
      // Pages read plain figures; a figure's own source moves to `figureSources`, by metric.
      .transform((m) => {
        const figures: Record<string, Figure> = {};
        const figureSources: Record<string, FigureSource> = {};
        for (const [metric, written] of Object.entries(m.figures)) {
          const split = splitFigure(written);
          figures[metric] = split.figure;
          if (split.source) figureSources[metric] = split.source;
        }
        return { ...m, figures, figureSources };
      })
  );
}

/** The fields of a model file as written, before figures are split from their sources; the scaffold documents them. */
export function modelFields(metrics: readonly MetricWithId[]) {
  return z
    .object({
      /** Where the model's figures come from, unless a figure names its own source. */
      source: z.string({ required_error: 'missing: say where this model’s figures come from, "source: article" or an id of content/sources.yaml' }).pipe(id).describe('Where this model’s figures come from: "article" for the source article, or an id of content/sources.yaml; a figure can name its own with { value, source, locator }.'),
      /** Display name, in both languages. */
      name: localized.describe('Display name, in both languages.'),
      /** Who makes the model. */
      vendor: localized.describe('Who makes the model, in both languages.'),
      /** Sort position in tables and legends (lower first). */
      order: z.number().int().describe('Sort position in tables and legends (lower first).'),
      /** The model's colour across the whole site, "#rrggbb"; pick one colour-blind readers can tell apart. */
      color: modelColour.describe('The model’s colour across the site, "#rrggbb", at least 2:1 against both the light (#ffffff) and the dark (#15171b) background; pick one colour-blind readers can tell from the others (e.g. #D55E00, #56B4E9).'),
      /** One sentence on the model, in both languages. */
      summary: localizedSentence.describe('One sentence on the model, in both languages.'),
      /** The architecture as the article draws it: a chain of components, first to last. */
      architectureChain: z.array(localized).min(2, 'needs at least two components').max(12).describe('The architecture as the article draws it: a chain of components, first to last.'),
      /** Training data mix in percent by category id (see data-categories.yaml); must sum to 100. */
      dataMix: z.record(id, z.number().min(0).max(100)).describe('Training data mix in percent by category id (see content/data-categories.yaml); the shares must add up to 100.'),
      /** Every metric of metrics.yaml, by id. */
      figures: figuresSchema(metrics).describe('Every metric of content/metrics.yaml, by id: a value of the metric’s kind, or { na: { en, zh } }.'),
      /** The article's quantisation example, if it gives one for this model. */
      quantisationExample: quantisationExampleSchema.optional().describe('The article’s quantisation example, if it gives one for this model.'),
    })
    .strict();
}

/** A model file as validated. */
export type Model = {
  /** Where the model's figures come from: "article" or an id of content/sources.yaml. */
  source: string;
  /** Figures that name their own source, by metric id. */
  figureSources: Record<string, FigureSource>;
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
