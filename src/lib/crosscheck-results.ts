import { unitRange } from '../schemas/vendor-results';
import type { CrossCheckData, Declared, Problem } from './problem';

/**
 * Checks the vendors' published results against the rest of the data: each results file belongs to
 * a model, each result names a known benchmark and source and has a score inside its unit's range,
 * and each benchmark names the paper that defines it.
 */
export function crossCheckResults(data: CrossCheckData, declared?: Declared): Problem[] {
  const problems: Problem[] = [];
  const models = declared?.models ?? new Set(data.models.map((m) => m.id));
  const benchmarks = new Map(data.benchmarks.map((b) => [b.id, b]));
  // An entry that failed its schema still exists: citing it is not a second mistake.
  // When benchmarks.yaml could not be read whole its ids are not all known, so references are not checked.
  const unreadable = declared !== undefined && 'benchmarks' in declared && declared.benchmarks === undefined;
  const knownBenchmark = (b: string) => unreadable || benchmarks.has(b) || (declared?.benchmarks?.has(b) ?? false);
  const knownSource = (s: string) => data.sources.has(s) || (declared ? declared.sources === undefined || declared.sources.has(s) : false);
  const sourceList = `known sources: ${[...(declared?.sources ?? data.sources.keys())].join(', ')}`;

  for (const b of data.benchmarks) {
    if (!knownSource(b.source)) problems.push({ file: b.file, field: `${b.id}.source`, message: `refers to source "${b.source}", which content/sources.yaml does not list (${sourceList})` });
  }
  const reported = new Set<string>();
  const index = new Map<string, number>();
  for (const r of data.results) {
    // Results keep file order, so a result's place among its file's results is its index there.
    const i = index.get(r.file) ?? 0;
    index.set(r.file, i + 1);
    const at = `results[${i}]`;
    if (!models.has(r.model) && !reported.has(r.file)) {
      reported.add(r.file);
      problems.push({ file: r.file, field: '(file name)', message: `is named after model "${r.model}", which has no file in content/models/ (known models: ${[...models].join(', ')})` });
    }
    const benchmark = benchmarks.get(r.benchmark);
    if (!benchmark) {
      if (!knownBenchmark(r.benchmark)) problems.push({ file: r.file, field: `${at}.benchmark`, message: `refers to benchmark "${r.benchmark}", which content/benchmarks.yaml does not define (known benchmarks: ${[...benchmarks.keys()].join(', ')})` });
    } else {
      const [low, high] = unitRange[benchmark.unit];
      if (r.score < low || r.score > high) problems.push({ file: r.file, field: `${at}.score`, message: `expected a score between ${low} and ${high} (${benchmark.id} is in ${benchmark.unit === 'percent' ? 'percent' : 'F1 ×100'}), found ${r.score}` });
    }
    if (!knownSource(r.source)) problems.push({ file: r.file, field: `${at}.source`, message: `refers to source "${r.source}", which content/sources.yaml does not list (${sourceList})` });
  }
  return problems;
}
