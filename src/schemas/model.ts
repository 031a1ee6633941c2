import { z } from 'astro/zod';
import { contrastRatio, faintOn, minModelColourContrast, themeBackgrounds } from '../lib/contrast';
import { describeValue } from '../lib/describe-value';
import { describeType } from '../lib/explain';
import { id, localized, localizedSentence, notApplicable } from './common';
import { complexities, type MetricWithId, type Unit } from './metric';

/** A numeric figure, optionally qualified ("1.2 GB per expert"). */
const qualifiedNumber = (value: z.ZodNumber) =>
  z
    .object({
      /** The number, in the metric's unit. */
      value: value.describe('The number, in the metric’s unit.'),
      /** What the number is per, e.g. { en: expert, zh: 专家 }. */
      per: localized.describe('What the number is per, e.g. { en: expert, zh: 专家 }.'),
    })
    .strict()
    .describe('A number qualified by what it is per, e.g. 1.2 GB per expert.');

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
      const expected = `${describeType(number)}${unitWords[unit] ? ` ${unitWords[unit]}` : ''}, or { value, per: { en, zh } }, ${na}`;
      return z
        .union([number.describe(`A number in ${unit}.`), qualifiedNumber(number), notApplicable], {
          errorMap: (_issue, ctx) => ({ message: `expected ${expected}; found ${describeValue(ctx.data)}` }),
        })
        .describe(`${about} (number in ${unit}${metric.direction !== 'none' ? `, ${metric.direction} is better` : ''})`);
    }
    case 'text':
      return z
        .union([localized, notApplicable], {
          errorMap: (_issue, ctx) => ({ message: `expected a text { en, zh }, ${na}; found ${describeValue(ctx.data)}` }),
        })
        .describe(`${about} (text in both languages)`);
    case 'boolean':
      return z
        .union([z.boolean(), notApplicable], {
          errorMap: (_issue, ctx) => ({ message: `expected true or false, ${na}; found ${describeValue(ctx.data)}` }),
        })
        .describe(`${about} (true or false)`);
    case 'complexity':
      return z
        .union([z.enum(complexities), notApplicable], {
          errorMap: (_issue, ctx) => ({ message: `expected one of ${complexities.join(', ')}, ${na}; found ${describeValue(ctx.data)}` }),
        })
        .describe(`${about} (big-O class)`);
  }
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
  return z
    .object({
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
