import { z } from 'astro/zod';
import { id, localized, localizedSentence, plainText, webAddress } from './common';

/** The section pages, in reading order. */
export const sections = ['overview', 'architecture', 'training', 'performance', 'scenarios', 'cost', 'outlook'] as const;
/** A section page id. */
export type Section = (typeof sections)[number];

/** A stable id of a list entry, with what it is used for. */
const entryId = (use: string) => id.describe(`Stable id${use ? `, ${use}` : ''}; keep it when rewording labels.`);
/** A label in both languages. */
const label = localized.describe('Label in both languages.');
/** A section number of the article. */
const articleSection = z.string().regex(/^\d+(\.\d+)?$/, 'must be a section number like "1.1"');
/** A positive whole number. */
const count = z.number().int().positive();

/** One comparison dimension of the overview diagram, linked to its section page. */
export const dimensionSchema = z
  .object({
    /** Stable id. */
    id: entryId(''),
    /** Label in both languages. */
    label,
    /** The section page that covers this dimension. */
    section: z.enum(sections).describe('The section page that covers this dimension.'),
  })
  .strict();

/** A training-data category of the data mix (web, books, code…). */
export const dataCategorySchema = z
  .object({
    /** Stable id, used as the key in each model's dataMix. */
    id: entryId('used as the key in each model’s dataMix'),
    /** Label in both languages. */
    label,
  })
  .strict();

/** An application scenario and the model the article calls its best fit. */
export const scenarioSchema = z
  .object({
    /** Stable id. */
    id: entryId(''),
    /** Label in both languages. */
    label,
    /** Id of the best-fit model (a file name in content/models/). */
    bestFit: id.describe('Id of the best-fit model: a file name in content/models/ without .yaml.'),
  })
  .strict();

/** One step of the article's predicted timeline. */
export const timelineSchema = z
  .object({
    /** Stable id. */
    id: entryId(''),
    /** The year of the prediction. */
    year: z.number().int().min(2000).max(2100).describe('The year of the prediction (2000–2100); one step per year.'),
    /** What the article predicts for that year. */
    label: localized.describe('What the article predicts for that year, in both languages.'),
  })
  .strict();

/** A branch of the developer strategy map with the models it recommends. */
export const strategySchema = z
  .object({
    /** Stable id. */
    id: entryId(''),
    /** Branch label. */
    label: localized.describe('Branch label, in both languages.'),
    /** Recommendations: a situation and the model suggested for it. */
    recommendations: z
      .array(
        z
          .object({
            /** The situation, e.g. "edge computing". */
            label: localized.describe('The situation, e.g. "edge computing", in both languages.'),
            /** Id of the recommended model. */
            model: id.describe('Id of the recommended model (a file name in content/models/).'),
          })
          .strict(),
      )
      .min(1)
      .max(12)
      .describe('Recommendations: a situation and the model suggested for it.'),
  })
  .strict();

/** One benchmark run: batch size and lengths in tokens. */
const run = z
  .object({
    /** Prompts per batch. */
    batchSize: count.describe('Prompts per batch.'),
    /** Prompt length, tokens. */
    inputLength: count.describe('Prompt length, in tokens.'),
    /** The `max_length` setting, tokens. */
    maxLength: count.describe('The max_length setting, in tokens.'),
  })
  .strict();

/** The article's benchmark settings (one file, not per model). */
export const benchmarkSchema = z
  .object({
    /** Stable id. */
    id: entryId(''),
    /** Hardware the article says the results are from. */
    hardware: plainText().describe('Hardware the article says the results are from.'),
    /** Warm-up run. */
    warmup: run.describe('The warm-up run.'),
    /** Measured run. */
    run: run.describe('The measured run.'),
  })
  .strict();

/** Where the figures come from: the source article. */
export const articleSchema = z
  .object({
    /** Stable id. */
    id: entryId(''),
    /** The article's title as published. */
    title: plainText(300).describe('The article’s title as published, in its own language.'),
    /** Publication date, YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-03-03').describe('Publication date, YYYY-MM-DD (quote it: "2025-03-03").'),
    /** Where it was published. */
    publisher: localized.describe('Where it was published, in both languages.'),
    /** Address of the article, when known. */
    url: webAddress.optional().describe('Address of the article, when known: an https:// address.'),
    /** How to find it when there is no address. */
    locator: localized.describe('How to find it when there is no address, in both languages.'),
  })
  .strict();

/** A figure that is not a comparison table (a diagram, chart, formula or code sample), with its stable id. */
/**
 * What a figure draws, which picks the code that builds it (src/lib/figures/kinds.ts) and the component
 * that shows it (FigureById.astro); `kind` is the broader label. "written": its content is hand-written
 * in src/figures/<id>.<locale>.mdx.
 */
export const drawsValues = ['radar', 'data-mix', 'dimension-map', 'architecture-chains', 'scenario-fit', 'timeline', 'strategy-map', 'run-settings', 'benchmark-loop', 'parallel-setup', 'group-quantisation', 'formula-check', 'published-results', 'written'] as const;
/** What a figure draws (see drawsValues). */
export type Draws = (typeof drawsValues)[number];

export const figureSchema = z
  .object({
    /** Stable id, used as the figure's anchor; survives rewording of the title. */
    id: id.describe('Stable id, used as the figure’s anchor and download file name; keep it when rewording the title.'),
    /** What it draws, which picks the code and component that build it (see drawsValues). */
    draws: z.enum(drawsValues).describe('What it draws, which picks the code that builds it (src/lib/figures/kinds.ts) and the component that shows it (src/components/FigureById.astro); "written": its content is hand-written in src/figures/<id>.<locale>.mdx.'),
    /** What kind of figure it is; `check` is our own calculation from the article's figures. */
    kind: z.enum(['diagram', 'chart', 'formula', 'code', 'settings', 'check']).describe('What kind of figure it is; "check" is our own calculation from the article’s figures.'),
    /** The section page it appears on. */
    section: z.enum(sections).describe('The section page it appears on.'),
    /** The article's section number the figure comes from, e.g. "1.1". */
    articleSection: articleSection.describe('The article’s section number the figure comes from, e.g. "1.1".'),
    /** Title in both languages. */
    title: localized.describe('Title in both languages.'),
    /** For a figure drawn from a comparison table's figures (the radar, the cost check): that table's id in content/tables.yaml. */
    table: id.optional().describe('For a figure drawn from a comparison table’s figures (the radar, the cost check): that table’s id in content/tables.yaml.'),
  })
  .strict();

/** Our assumptions for checking the article's cost table against its own formula (not the article's figures). */
export const costAssumptionsSchema = z
  .object({
    /** Stable id. */
    id: entryId(''),
    /** Assumed price of one A100 80GB for one hour, USD. */
    pricePerGpuHour: z.number().positive().describe('Assumed price of one A100 80GB for one hour, in USD.'),
    /** Lowest and highest prices seen in listings, USD per GPU-hour. */
    priceRange: z.tuple([z.number().positive(), z.number().positive()]).describe('Lowest and highest prices seen in listings, USD per GPU-hour: [low, high].'),
    /** Assumed utilisation, above 0 and at most 1. */
    utilisation: z.number().gt(0).max(1).describe('Assumed utilisation, above 0 and at most 1.'),
    /** Assumed power factor (1 = price already includes power). */
    powerFactor: z.number().positive().describe('Assumed power factor (1 = the price already includes power).'),
    /** Where the assumptions come from. */
    note: localizedSentence.describe('Where the assumptions come from, in both languages.'),
  })
  .strict();
