import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentDir, yamlFile, yamlFolder } from './loaders/yaml';
import { readMetrics } from './lib/read-metrics';
import { metricSchema, tableSchema } from './schemas/metric';
import { modelSchema } from './schemas/model';
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

/** All data collections; every file lives in content/ (or CONTENT_DIR). */
export const collections = {
  models: defineCollection({ loader: yamlFolder('models'), schema: modelSchema(metrics) }),
  metrics: defineCollection({ loader: yamlFile('metrics.yaml'), schema: metricSchema as unknown as z.ZodTypeAny }),
  tables: defineCollection({ loader: yamlFile('tables.yaml'), schema: tableSchema }),
  dimensions: defineCollection({ loader: yamlFile('dimensions.yaml'), schema: dimensionSchema }),
  dataCategories: defineCollection({ loader: yamlFile('data-categories.yaml'), schema: dataCategorySchema }),
  scenarios: defineCollection({ loader: yamlFile('scenarios.yaml'), schema: scenarioSchema }),
  timeline: defineCollection({ loader: yamlFile('timeline.yaml'), schema: timelineSchema }),
  strategy: defineCollection({ loader: yamlFile('strategy.yaml'), schema: strategySchema }),
  benchmark: defineCollection({ loader: yamlFile('benchmark.yaml'), schema: benchmarkSchema }),
  figures: defineCollection({ loader: yamlFile('figures.yaml'), schema: figureSchema }),
  costAssumptions: defineCollection({ loader: yamlFile('cost-assumptions.yaml'), schema: costAssumptionsSchema }),
  article: defineCollection({ loader: yamlFile('article.yaml'), schema: articleSchema }),
};
