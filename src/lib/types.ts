import type { Localized } from '../schemas/common';
import type { MetricWithId, TableDef } from '../schemas/metric';
import type { ModelWithId } from '../schemas/model';
import type { RecordEntry, RecordTopic, Source } from '../schemas/provenance';
import type { Draws, Section } from '../schemas/site';
import type { PublishedBenchmark, VendorResult } from '../schemas/vendor-results';

/** A data entry together with the file it came from, for error messages. */
export type FromFile<T> = T & { file: string };

/** Everything the pages render, already validated per file; cross-file checks run on this shape. */
export interface SiteData {
  /** Models sorted by `order`, then id. */
  models: FromFile<ModelWithId>[];
  /** Metric definitions by id. */
  metrics: Map<string, FromFile<MetricWithId>>;
  tables: FromFile<TableDef>[];
  dimensions: FromFile<{ id: string; label: Localized; section: Section }>[];
  dataCategories: FromFile<{ id: string; label: Localized }>[];
  scenarios: FromFile<{ id: string; label: Localized; bestFit: string }>[];
  timeline: FromFile<{ id: string; year: number; label: Localized }>[];
  strategy: FromFile<{ id: string; label: Localized; recommendations: { label: Localized; model: string }[] }>[];
  figures: FromFile<FigureDef>[];
  benchmark: {
    hardware: string;
    warmup: { batchSize: number; inputLength: number; maxLength: number };
    run: { batchSize: number; inputLength: number; maxLength: number };
  };
  costAssumptions: { pricePerGpuHour: number; priceRange: [number, number]; utilisation: number; powerFactor: number; note: Localized };
  article: { title: string; date: string; publisher: Localized; locator: Localized; url?: string | undefined };
  /** Published sources the public record cites, by id. */
  sources: Map<string, FromFile<Source>>;
  /** Topics of the public record that no single metric covers. */
  recordTopics: FromFile<RecordTopic>[];
  /** The public record, one group per model and metric (or topic), in file order. */
  records: FromFile<RecordGroup>[];
  /** Public benchmarks the vendors report on (benchmarks.yaml), in file order. */
  benchmarks: FromFile<PublishedBenchmark>[];
  /** Every vendor-reported result as one plain list: models in display order, each model's results in file order. */
  results: FromFile<ModelResult>[];
}

/** A figure of content/figures.yaml (a diagram, chart, formula, code sample, settings or check). */
export interface FigureDef {
  id: string;
  kind: 'diagram' | 'chart' | 'formula' | 'code' | 'settings' | 'check';
  /** What it draws: picks its entry in src/lib/figures/kinds.ts and its component in FigureById.astro. */
  draws: Draws;
  section: Section;
  articleSection: string;
  title: Localized;
  table?: string | undefined;
}

/** One vendor-reported result with the model (the file name in content/results/) it belongs to. */
export interface ModelResult extends VendorResult {
  /** The model id. */
  model: string;
}

/** What the public record says about one model's figure (a metric) or topic. */
export interface RecordGroup {
  /** The model id. */
  model: string;
  /** A metric id (metrics.yaml) or a topic id (record-topics.yaml). */
  subject: string;
  /** The entries, in file order. */
  entries: RecordEntry[];
}
