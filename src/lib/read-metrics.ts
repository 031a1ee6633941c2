import { join } from 'node:path';
import { metricSchema, type MetricWithId } from '../schemas/metric';
import { readFileEntries, validateEntries, type RawEntry } from './content-files';
import { formatProblems, type Problem } from './crosscheck';

/** Validates the entries of metrics.yaml, adding every problem to `problems`; returns the valid metrics. */
export function readMetricsInto(entries: readonly RawEntry[], problems: Problem[]): (MetricWithId & { file: string })[] {
  return validateEntries(metricSchema, entries, problems).map((e) => ({ ...(e.valid as MetricWithId), id: e.id, file: e.file }));
}

/**
 * Reads metrics.yaml before the collections load, because the model schema is built from it:
 * each model must fill in every metric with a value of that metric's kind. Throws on any problem.
 */
export function readMetrics(dir: string): MetricWithId[] {
  const problems: Problem[] = [];
  const metrics = readMetricsInto(readFileEntries(join(dir, 'metrics.yaml'), problems, 'mapping'), problems);
  if (problems.length > 0) throw new Error(`The metric definitions have problems:\n${formatProblems(problems)}`);
  return metrics;
}
