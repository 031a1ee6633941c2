import { z, type ZodTypeAny } from 'astro/zod';
import { id } from './common';
import { metricSchema, tableSchema, type MetricWithId } from './metric';
import { modelSchema } from './model';
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
} from './site';
import { modelRecordSchema, recordTopicSchema, sourceSchema } from './provenance';
import { publishedBenchmarkSchema, vendorResultsFileSchema } from './vendor-results';

/** How a data file holds its entries. */
export type FileShape = 'one-per-file' | 'list' | 'mapping' | 'single';

/** One kind of data file in content/: where it is, its JSON Schema's name, and the schema of one entry. */
export interface DataFileKind {
  /** Path inside content/, with `*` for the file name of one-per-file folders. */
  path: string;
  /** File name of the generated JSON Schema in public/schemas/. */
  schemaFile: string;
  /** What the file holds, for the schema's title and the docs. */
  title: string;
  /** "one-per-file": the file is the entry; "list": a list of entries with ids; "mapping": ids to entries; "single": a list of exactly one entry. */
  shape: FileShape;
  /** The schema of one entry (the model schema needs the metric definitions). */
  entry: (metrics: readonly MetricWithId[]) => ZodTypeAny;
}

/**
 * Every kind of data file by the name of its collection (content.config.ts, lib/read-content.ts and
 * the pages' data read them all from here), in the order the docs list them.
 */
export const dataFileKinds = {
  models: { path: 'models/*.yaml', schemaFile: 'model.json', title: 'A model: its names, colour, data mix and a figure for every metric', shape: 'one-per-file', entry: (m) => modelSchema(m) },
  metrics: { path: 'metrics.yaml', schemaFile: 'metrics.json', title: 'Metric definitions: one per row of a comparison table, by id', shape: 'mapping', entry: () => metricSchema },
  tables: { path: 'tables.yaml', schemaFile: 'tables.json', title: 'Comparison tables: which metrics each shows and where', shape: 'list', entry: () => tableSchema },
  figures: { path: 'figures.yaml', schemaFile: 'figures.json', title: 'Diagrams, charts, formulas and code samples, with stable ids', shape: 'list', entry: () => figureSchema },
  dimensions: { path: 'dimensions.yaml', schemaFile: 'dimensions.json', title: 'Comparison dimensions of the overview diagram', shape: 'list', entry: () => dimensionSchema },
  dataCategories: { path: 'data-categories.yaml', schemaFile: 'data-categories.json', title: 'Training-data categories used in each model’s dataMix', shape: 'list', entry: () => dataCategorySchema },
  scenarios: { path: 'scenarios.yaml', schemaFile: 'scenarios.json', title: 'Application scenarios and their best-fit model', shape: 'list', entry: () => scenarioSchema },
  timeline: { path: 'timeline.yaml', schemaFile: 'timeline.json', title: 'The article’s predicted timeline, one step per year', shape: 'list', entry: () => timelineSchema },
  strategy: { path: 'strategy.yaml', schemaFile: 'strategy.json', title: 'The developer strategy map: branches and recommended models', shape: 'list', entry: () => strategySchema },
  benchmark: { path: 'benchmark.yaml', schemaFile: 'benchmark.json', title: 'The article’s benchmark settings (one entry)', shape: 'single', entry: () => benchmarkSchema },
  costAssumptions: { path: 'cost-assumptions.yaml', schemaFile: 'cost-assumptions.json', title: 'Our assumptions for checking the article’s cost table (one entry)', shape: 'single', entry: () => costAssumptionsSchema },
  article: { path: 'article.yaml', schemaFile: 'article.json', title: 'The source article (one entry)', shape: 'single', entry: () => articleSchema },
  sources: { path: 'sources.yaml', schemaFile: 'sources.json', title: 'Sources the public record cites, with full citations', shape: 'list', entry: () => sourceSchema },
  recordTopics: { path: 'record-topics.yaml', schemaFile: 'record-topics.json', title: 'Topics of the public record that no single metric covers', shape: 'list', entry: () => recordTopicSchema },
  publicRecord: { path: 'public-record.yaml', schemaFile: 'public-record.json', title: 'What published sources say beside the article’s figures, by model and metric or topic', shape: 'mapping', entry: () => modelRecordSchema },
  benchmarks: { path: 'benchmarks.yaml', schemaFile: 'benchmarks.json', title: 'Public benchmarks the vendors report on (not the article’s inference settings, which are in benchmark.yaml)', shape: 'list', entry: () => publishedBenchmarkSchema },
  results: { path: 'results/*.yaml', schemaFile: 'results.json', title: 'What a model’s vendor reports on public benchmarks: one file per model, named after it', shape: 'one-per-file', entry: () => vendorResultsFileSchema },
} as const satisfies Record<string, DataFileKind>;

/** The name of a data collection: a key of dataFileKinds. */
export type CollectionName = keyof typeof dataFileKinds;

/** Every kind of data file, in the order the docs list them. */
export const dataFiles: readonly DataFileKind[] = Object.values(dataFileKinds);

/** The folder of a one-per-file kind ("models" for models/*.yaml), else undefined. */
export function folderOf(kind: DataFileKind): string | undefined {
  return kind.shape === 'one-per-file' ? kind.path.slice(0, kind.path.indexOf('/*')) : undefined;
}

/** The schema of a whole file of this kind, as an editor sees it. */
export function fileSchema(kind: DataFileKind, metrics: readonly MetricWithId[]): ZodTypeAny {
  const entry = kind.entry(metrics);
  switch (kind.shape) {
    case 'one-per-file':
      return entry;
    case 'mapping':
      return z.record(id, entry);
    case 'list':
      return z.array(entry);
    case 'single':
      return z.array(entry).length(1);
  }
}

/** The kind of a content file by its path inside content/ ("models/gpt-4.yaml" → the model kind). */
export function kindOf(pathInContent: string): DataFileKind | undefined {
  return dataFiles.find((k) => (k.path.includes('*') ? pathInContent.startsWith(k.path.slice(0, k.path.indexOf('*'))) && pathInContent.endsWith('.yaml') : k.path === pathInContent));
}
