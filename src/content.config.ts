import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentDir, yamlFile, yamlFolder } from './loaders/yaml';
import { readMetrics } from './lib/read-metrics';
import { metricSchema, tableSchema } from './schemas/metric';
import { modelSchema } from './schemas/model';
import { modelRecordSchema, recordTopicSchema, sourceSchema } from './schemas/provenance';
import { publishedBenchmarkSchema, vendorResultsFileSchema } from './schemas/vendor-results';
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
} from './schemas/site';

// The model schema depends on the metric definitions, so those are read first.
const metrics = readMetrics(contentDir());

/** A collection read from one YAML file of content/, validated by the loader and by Astro. */
function fromFile<S extends z.ZodTypeAny>(file: string, schema: S) {
  return defineCollection({ loader: yamlFile(file, schema), schema });
}

const model = modelSchema(metrics);
// The superRefine wrapper is not a ZodObject; the loader and Astro only need it as a schema.
const metric = metricSchema as unknown as z.ZodTypeAny;

/** All data collections; every file lives in content/ (or CONTENT_DIR). */
export const collections = {
  models: defineCollection({ loader: yamlFolder('models', model), schema: model }),
  metrics: fromFile('metrics.yaml', metric),
  tables: fromFile('tables.yaml', tableSchema),
  dimensions: fromFile('dimensions.yaml', dimensionSchema),
  dataCategories: fromFile('data-categories.yaml', dataCategorySchema),
  scenarios: fromFile('scenarios.yaml', scenarioSchema),
  timeline: fromFile('timeline.yaml', timelineSchema),
  strategy: fromFile('strategy.yaml', strategySchema),
  benchmark: fromFile('benchmark.yaml', benchmarkSchema),
  figures: fromFile('figures.yaml', figureSchema),
  costAssumptions: fromFile('cost-assumptions.yaml', costAssumptionsSchema),
  article: fromFile('article.yaml', articleSchema),
  // The public record: its sources, its topics, and per model what it says beside each figure.
  sources: fromFile('sources.yaml', sourceSchema),
  recordTopics: fromFile('record-topics.yaml', recordTopicSchema),
  publicRecord: fromFile('public-record.yaml', modelRecordSchema),
  // What the vendors report on public benchmarks: the benchmarks, and one file of results per model.
  benchmarks: fromFile('benchmarks.yaml', publishedBenchmarkSchema),
  results: defineCollection({ loader: yamlFolder('results', vendorResultsFileSchema), schema: vendorResultsFileSchema }),
};
