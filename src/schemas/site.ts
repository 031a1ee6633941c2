import { z } from 'astro/zod';
import { id, localized } from './common';

/** The section pages, in reading order. */
export const sections = ['overview', 'architecture', 'training', 'performance', 'scenarios', 'cost', 'outlook'] as const;
/** A section page id. */
export type Section = (typeof sections)[number];

/** One comparison dimension of the overview diagram, linked to its section page. */
export const dimensionSchema = z
  .object({
    /** Stable id. */
    id,
    /** Label in both languages. */
    label: localized,
    /** The section page that covers this dimension. */
    section: z.enum(sections),
  })
  .strict();

/** A training-data category of the data mix (web, books, code…). */
export const dataCategorySchema = z
  .object({
    /** Stable id, used as the key in each model's dataMix. */
    id,
    /** Label in both languages. */
    label: localized,
  })
  .strict();

/** An application scenario and the model the article calls its best fit. */
export const scenarioSchema = z
  .object({
    /** Stable id. */
    id,
    /** Label in both languages. */
    label: localized,
    /** Id of the best-fit model (a file name in content/models/). */
    bestFit: id,
  })
  .strict();

/** One step of the article's predicted timeline. */
export const timelineSchema = z
  .object({
    /** Stable id. */
    id,
    /** The year of the prediction. */
    year: z.number().int().min(2000).max(2100),
    /** What the article predicts for that year. */
    label: localized,
  })
  .strict();

/** A branch of the developer-strategy map with the models it recommends. */
export const strategySchema = z
  .object({
    /** Stable id. */
    id,
    /** Branch label. */
    label: localized,
    /** Recommendations: a situation and the model suggested for it. */
    recommendations: z
      .array(
        z
          .object({
            /** The situation, e.g. "edge computing". */
            label: localized,
            /** Id of the recommended model. */
            model: id,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** The article's benchmark settings (one file, not per model). */
export const benchmarkSchema = z
  .object({
    /** Stable id. */
    id,
    /** Hardware the article says the results are from. */
    hardware: z.string().min(1),
    /** Warm-up run. */
    warmup: z.object({ batchSize: z.number().int().positive(), inputLength: z.number().int().positive(), maxLength: z.number().int().positive() }).strict(),
    /** Measured run. */
    run: z.object({ batchSize: z.number().int().positive(), inputLength: z.number().int().positive(), maxLength: z.number().int().positive() }).strict(),
  })
  .strict();

/** Where the figures come from: the source article. */
export const articleSchema = z
  .object({
    /** Stable id. */
    id,
    /** The article's title as published. */
    title: z.string().min(1),
    /** Publication date, YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-03-03'),
    /** Where it was published. */
    publisher: localized,
    /** Address of the article, when known. */
    url: z.string().url().optional(),
    /** How to find it when there is no address. */
    locator: localized,
  })
  .strict();

/** A figure that is not a comparison table (a diagram, chart, formula or code sample), with its stable id. */
export const figureSchema = z
  .object({
    /** Stable id, used as the figure's anchor; survives rewording of the title. */
    id,
    /** What kind of figure it is; `check` is our own calculation from the article's figures. */
    kind: z.enum(['diagram', 'chart', 'formula', 'code', 'settings', 'check']),
    /** The section page it appears on. */
    section: z.enum(sections),
    /** The article's section number the figure comes from, e.g. "1.1". */
    articleSection: z.string().regex(/^\d+(\.\d+)?$/, 'must be a section number like "1.1"'),
    /** Title in both languages. */
    title: localized,
    /** For a chart drawn from a comparison table: that table's id in content/tables.yaml, shown under the chart. */
    table: id.optional(),
  })
  .strict();

/** Our assumptions for checking the article's cost table against its own formula (not the article's figures). */
export const costAssumptionsSchema = z
  .object({
    /** Stable id. */
    id,
    /** Assumed price of one A100 80GB for one hour, USD. */
    pricePerGpuHour: z.number().positive(),
    /** Lowest and highest prices seen in listings, USD per GPU-hour. */
    priceRange: z.tuple([z.number().positive(), z.number().positive()]),
    /** Assumed utilisation, above 0 and at most 1. */
    utilisation: z.number().gt(0).max(1),
    /** Assumed power factor (1 = price already includes power). */
    powerFactor: z.number().positive(),
    /** Where the assumptions come from. */
    note: localized,
  })
  .strict();
