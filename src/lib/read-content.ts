import { join, relative } from 'node:path';
import type { ZodTypeAny } from 'astro/zod';
import type { RecordEntry } from '../schemas/provenance';
import type { VendorResult } from '../schemas/vendor-results';
import { assembleSiteData, type Collections } from './assemble';
import { dataFileKinds, folderOf, kindOf, type CollectionName } from '../schemas/files';
import { modelIdsIn, positionProblems, readFileEntries, readFolderEntries, validateEntries, type RawEntry } from './content-files';
import { crossCheck, type Declared, type Problem } from './crosscheck';
import { readMetricsInto } from './read-metrics';
import { recordGroups } from './records';
import { resultsOfFile } from './vendor-results';
import type { SiteData } from './types';

/** What `readContent` found: the site data when every file is valid, and every problem. */
export interface ContentResult {
  /** The assembled data, or undefined when any file failed its schema or could not be read (problems across files leave it defined). */
  data: SiteData | undefined;
  /** All problems: per-file schema problems, then those across files (among the entries that passed). */
  problems: Problem[];
}

/**
 * Reads and validates everything in a content folder without Astro, for unit tests and a
 * command-line check, with the same readers and schemas as the build. Every file is read and every
 * problem collected, including the checks across files on the entries that passed their schemas.
 */
export function readContent(dir: string): ContentResult {
  const problems: Problem[] = [];
  // Every entry read, valid or not, so problems across files get a position and know every id.
  const all: RawEntry[] = [];
  // Files that could not be read whole (bad YAML, an entry without id): their ids are not all known.
  const unreadable = new Set<string>();
  const readList = (name: string) => {
    const before = problems.length;
    const entries = readFileEntries(join(dir, name), problems, kindOf(name)?.shape === 'mapping' ? 'mapping' : 'list');
    if (problems.length > before) unreadable.add(name);
    all.push(...entries);
    return entries;
  };
  const metrics = readMetricsInto(readList(dataFileKinds.metrics.path), problems);
  const metricsOk = problems.length === 0;
  const modelEntries = readFolderEntries(join(dir, folderOf(dataFileKinds.models)!), problems);
  all.push(...modelEntries);
  const resultEntries = readFolderEntries(join(dir, folderOf(dataFileKinds.results)!), problems);
  all.push(...resultEntries);
  const valid = <T>(entries: RawEntry[], schema: ZodTypeAny): T[] =>
    validateEntries(schema, entries, problems).map((e) => ({ ...(e.valid as object), id: e.id, file: e.file }) as T);
  // Each file's path and schema come from src/schemas/files.ts, as the build's collections do.
  const checked = (name: CollectionName, entries: RawEntry[]) => validateEntries(dataFileKinds[name].entry(metrics), entries, problems);
  const list = <T>(name: CollectionName) => valid<T>(readList(dataFileKinds[name].path), dataFileKinds[name].entry(metrics));
  const collections: Collections = {
    // Without valid metric definitions there is no model schema to check the models against.
    models: metricsOk ? valid(modelEntries, dataFileKinds.models.entry(metrics)) : [],
    metrics,
    tables: list('tables'),
    dimensions: list('dimensions'),
    dataCategories: list('dataCategories'),
    scenarios: list('scenarios'),
    timeline: list('timeline'),
    strategy: list('strategy'),
    figures: list('figures'),
    benchmark: list('benchmark'),
    costAssumptions: list('costAssumptions'),
    article: list('article'),
    sources: list('sources'),
    recordTopics: list('recordTopics'),
    records: checked('publicRecord', readList(dataFileKinds.publicRecord.path)).flatMap((e) => recordGroups(e.id, e.file, e.valid as Record<string, RecordEntry[]>)),
    benchmarks: list('benchmarks'),
    results: checked('results', resultEntries).flatMap((e) => resultsOfFile(e.id, e.file, e.valid as { results: VendorResult[] })),
  };
  const assembled = assembleSiteData(collections, relative(process.cwd(), dir));
  // "Must hold exactly one entry" only adds noise when the entry is there but failed its schema.
  problems.push(...positionProblems(assembled.problems.filter((a) => !problems.some((p) => p.file === a.file)), all));
  // Check across files what passed its schema; ids of entries that failed it still count as known,
  // and references into a file that could not be read whole are not checked.
  const idsOf = (name: string) => (unreadable.has(name) ? undefined : new Set(all.filter((e) => e.file === relative(process.cwd(), join(dir, name))).map((e) => e.id)));
  const modelsDir = join(dir, folderOf(dataFileKinds.models)!);
  const declared: Declared = {
    models: new Set(modelIdsIn(modelsDir)),
    metrics: idsOf(dataFileKinds.metrics.path),
    categories: idsOf(dataFileKinds.dataCategories.path),
    sources: idsOf(dataFileKinds.sources.path),
    benchmarks: idsOf(dataFileKinds.benchmarks.path),
    tablesComplete: !problems.some((p) => p.file === relative(process.cwd(), join(dir, dataFileKinds.tables.path))),
  };
  // In display order, as the build checks them, so "already the colour of" names the earlier model.
  const models = [...collections.models].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const cross = crossCheck({ ...collections, models, metrics: new Map(collections.metrics.map((m) => [m.id, m])), sources: new Map(collections.sources.map((s) => [s.id, s])) }, declared);
  return { data: problems.length === 0 ? assembled.data : undefined, problems: [...problems, ...positionProblems(cross, all)] };
}
