import { join, relative } from 'node:path';
import type { ZodTypeAny } from 'astro/zod';
import { tableSchema } from '../schemas/metric';
import { modelSchema } from '../schemas/model';
import {
  articleSchema,
  benchmarkSchema,
  costAssumptionsSchema,
  dataCategorySchema,
  dimensionSchema,
  figureSchema,
  scenarioSchema,
  strategySchema,
  timelineSchema,
} from '../schemas/site';
import { assembleSiteData, type Collections } from './assemble';
import { readFileEntries, readFolderEntries, validateEntries } from './content-files';
import { crossCheck, type Problem } from './crosscheck';
import { readMetricsInto } from './read-metrics';
import type { SiteData } from './types';

/** What `readContent` found: the site data when every file is valid, and every problem. */
export interface ContentResult {
  /** The assembled data, or undefined when any file failed its schema or could not be read. */
  data: SiteData | undefined;
  /** All problems: per-file schema problems, then (only if there were none) cross-file ones. */
  problems: Problem[];
}

/**
 * Reads and validates everything in a content folder without Astro, for unit tests and a
 * command-line check, with the same readers and schemas as the build. Every file is read and every
 * problem collected; when all files pass their schemas, the data is checked across files.
 */
export function readContent(dir: string): ContentResult {
  const problems: Problem[] = [];
  const metrics = readMetricsInto(dir, problems);
  const metricsOk = problems.length === 0;
  const read = <T>(entries: ReturnType<typeof readFileEntries>, schema: ZodTypeAny): T[] =>
    validateEntries(schema, entries, problems).map((e) => ({ ...(e.valid as object), id: e.id, file: e.file }) as T);
  const list = <T>(name: string, schema: ZodTypeAny) => read<T>(readFileEntries(join(dir, name), problems), schema);
  const collections: Collections = {
    // Without valid metric definitions there is no model schema; checking models would only add noise.
    models: metricsOk ? read(readFolderEntries(join(dir, 'models'), problems), modelSchema(metrics)) : [],
    metrics,
    tables: list('tables.yaml', tableSchema),
    dimensions: list('dimensions.yaml', dimensionSchema),
    dataCategories: list('data-categories.yaml', dataCategorySchema),
    scenarios: list('scenarios.yaml', scenarioSchema),
    timeline: list('timeline.yaml', timelineSchema),
    strategy: list('strategy.yaml', strategySchema),
    figures: list('figures.yaml', figureSchema),
    benchmark: list('benchmark.yaml', benchmarkSchema),
    costAssumptions: list('cost-assumptions.yaml', costAssumptionsSchema),
    article: list('article.yaml', articleSchema),
  };
  const assembled = assembleSiteData(collections, relative(process.cwd(), dir));
  problems.push(...assembled.problems);
  if (problems.length > 0 || !assembled.data) return { data: undefined, problems };
  return { data: assembled.data, problems: crossCheck(assembled.data) };
}
