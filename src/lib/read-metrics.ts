import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { metricSchema, type MetricWithId } from '../schemas/metric';
import { parseYaml } from './parse-yaml';

/**
 * Reads metrics.yaml before the collections load, because the model schema is built from it:
 * each model must fill in every metric with a value of that metric's kind.
 */
export function readMetrics(dir: string): MetricWithId[] {
  const path = join(dir, 'metrics.yaml');
  const rel = relative(process.cwd(), path);
  const raw = parseYaml(readFileSync(path, 'utf8'), rel);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error(`${rel}: expected a mapping from metric id to its definition`);
  }
  return Object.entries(raw).map(([id, def]) => {
    const result = metricSchema.safeParse(def);
    if (!result.success) {
      const issues = result.error.issues.map((i) => `  ${[id, ...i.path].join('.')}: ${i.message}`).join('\n');
      throw new Error(`${rel}: metric "${id}" does not match the metric schema:\n${issues}`);
    }
    return { ...result.data, id };
  });
}
