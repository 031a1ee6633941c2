// A problem in the data and what the checks across files know, apart from the checks themselves so
// that the checks of the public record (crosscheck-records.ts) need not import crosscheck.ts.
import type { SiteData } from './types';

/** One problem found across files: the file, the field path, and a sentence saying what is wrong. */
export interface Problem {
  /** The file, relative to the working directory. */
  file: string;
  /** Dotted field path; list entries start with their id, e.g. `long-text.bestFit`. */
  field: string;
  /** What was expected and what was found. */
  message: string;
  /** 1-based line of the offending value, when known. */
  line?: number;
  /** 1-based column of the offending value, when known. */
  column?: number;
}

/** The parts of the site data that the checks across files look at. */
export type CrossCheckData = Pick<SiteData, 'models' | 'metrics' | 'tables' | 'figures' | 'dataCategories' | 'scenarios' | 'strategy' | 'timeline' | 'sources' | 'recordTopics' | 'records' | 'benchmarks' | 'results'>;

/**
 * Ids that exist in the files even when their entries failed their schema, so that checking the
 * valid rest does not also report references to them as broken; and whether every table passed,
 * without which "no table shows this metric" cannot be known.
 */
export interface Declared {
  /** Model ids (file names in content/models/). */
  models: ReadonlySet<string>;
  /** Metric ids, or undefined when metrics.yaml could not be read whole (references are then not checked). */
  metrics: ReadonlySet<string> | undefined;
  /** Data category ids, or undefined when data-categories.yaml could not be read whole. */
  categories: ReadonlySet<string> | undefined;
  /** Source ids of sources.yaml, including entries that failed their schema, or undefined when the file could not be read whole. */
  sources: ReadonlySet<string> | undefined;
  /** Benchmark ids of benchmarks.yaml, including entries that failed their schema, or undefined when the file could not be read whole; left out, the valid entries count. */
  benchmarks?: ReadonlySet<string> | undefined;
  /** Whether every table passed its schema. */
  tablesComplete: boolean;
}

/** What the data itself declares, for data that passed every schema. */
export function declaredIn(data: CrossCheckData): Declared {
  return { models: new Set(data.models.map((m) => m.id)), metrics: new Set(data.metrics.keys()), categories: new Set(data.dataCategories.map((c) => c.id)), sources: new Set(data.sources.keys()), benchmarks: new Set(data.benchmarks.map((b) => b.id)), tablesComplete: true };
}
