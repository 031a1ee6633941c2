import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodTypeAny } from 'astro/zod';
import type { Problem } from './crosscheck';
import { describeValue } from './describe-value';
import { explainIssues } from './explain';
import { parseYamlWithPositions, YamlError, type ParsedYaml } from './parse-yaml';
import { idPattern, idRule, maxIdLength } from '../schemas/common';

/** An entry read from a data file, before validation: its id, data and where it sits in the file. */
export interface RawEntry {
  id: string;
  data: unknown;
  /** The file, relative to the working directory. */
  file: string;
  /** Absolute path of the file. */
  path: string;
  /** The entry's path inside the file (its index in a list, its key in a mapping), for positions. */
  base: (string | number)[];
  /** How field names start: the entry id in list and mapping files, nothing in one-entry-per-file folders. */
  prefix: string[];
  parsed: ParsedYaml;
}

/** A zod path as a field name: `figures.parameter-utilisation`, `recommendations[0].model`. */
export function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Largest data file read: the biggest real one is a few kilobytes, so anything near this is a mistake. */
export const maxFileBytes = 1024 * 1024;

/** Reads and parses one YAML file, turning unreadable, oversized and invalid files into problems. */
function parseFile(path: string, problems: Problem[]): { parsed: ParsedYaml; file: string } | undefined {
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) {
    problems.push({ file, field: '', message: 'the file is missing; every content folder needs it (copy it from content/)' });
    return undefined;
  }
  try {
    const size = statSync(path).size;
    if (size > maxFileBytes) {
      problems.push({ file, field: '', message: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; data files must be at most 1 MB (is this the right file?)`, line: 1, column: 1 });
      return undefined;
    }
    return { parsed: parseYamlWithPositions(readFileSync(path, 'utf8'), file), file };
  } catch (error) {
    if (error instanceof YamlError) {
      for (const e of error.errors) problems.push({ file, field: '', message: `invalid YAML: ${e.message}`, line: e.line, column: e.column });
    } else {
      problems.push({ file, field: '', message: error instanceof Error ? error.message : String(error) });
    }
    return undefined;
  }
}

/**
 * Why a file of a one-entry-per-file folder cannot be read as an entry, or undefined when its name is
 * a valid id plus ".yaml". The name becomes the id, a page address and a download name, so it must
 * be one unambiguous kebab-case id; `others` are the folder's other file names, to catch two files
 * for one id.
 */
export function fileNameProblem(name: string, others: readonly string[]): string | undefined {
  if (name.startsWith('.')) return `"${name}" is a hidden file, which the site does not read and hosts do not serve; name the file after the model's id, like "gpt-4.yaml"`;
  const dot = name.indexOf('.');
  const stem = dot === -1 ? name : name.slice(0, dot);
  const extension = dot === -1 ? '' : name.slice(dot);
  if (extension !== '.yaml') {
    const twin = others.find((o) => o !== name && o.startsWith(`${stem}.`) && o.slice(stem.length) === '.yaml');
    if (twin) return `"${name}" and "${twin}" would both be the model "${stem}"; keep only "${twin}"`;
    return extension === '' ? `"${name}" has no extension; data files end in ".yaml"` : `"${name}" ends in "${extension}"; data files end in ".yaml" (one extension), like "${stem}.yaml"`;
  }
  if (stem.length > maxIdLength) return `the file name gives the id "${stem}" of ${stem.length} characters; ids must be at most ${maxIdLength}`;
  if (!idPattern.test(stem)) {
    const suggestion = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    const rename = idPattern.test(suggestion) ? `; rename it "${suggestion}.yaml"` : '';
    return `the file name gives the id "${stem}", which is not kebab-case (${idRule})${rename}`;
  }
  return undefined;
}

/** The names of the files of a folder (hidden ones too), sorted; none when it does not exist. */
function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).sort() : [];
}

/** The ids of a one-entry-per-file folder: its files whose names are valid, readable or not. */
export function modelIdsIn(dir: string): string[] {
  const all = filesIn(dir);
  return all.filter((name) => !fileNameProblem(name, all)).map((name) => name.slice(0, -'.yaml'.length));
}

/** Reads every file of a folder as one entry whose id is the file name; a name that is not `<id>.yaml` is a problem. */
export function readFolderEntries(dir: string, problems: Problem[]): RawEntry[] {
  const all = filesIn(dir);
  const names = all.filter((name) => {
    const problem = fileNameProblem(name, all);
    if (problem) problems.push({ file: relative(process.cwd(), join(dir, name)), field: '(file name)', message: problem });
    return !problem;
  });
  return names.flatMap((name) => {
    const path = join(dir, name);
    const read = parseFile(path, problems);
    if (!read) return [];
    const { parsed, file } = read;
    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      const found = parsed.data === null || parsed.data === undefined ? 'an empty file' : Array.isArray(parsed.data) ? 'a list' : String(parsed.data);
      problems.push({ file, field: '', message: `expected a mapping of fields (name, vendor, figures…), found ${found}`, line: 1, column: 1 });
      return [];
    }
    return [{ id: name.slice(0, -'.yaml'.length), data: parsed.data, file, path, base: [], prefix: [], parsed }];
  });
}

/**
 * Reads one YAML file holding a list of entries with unique `id` fields ("list"), or a mapping from
 * id to entry ("mapping", like metrics.yaml); a missing or reused id is a problem.
 */
export function readFileEntries(path: string, problems: Problem[], shape: 'list' | 'mapping' = 'list'): RawEntry[] {
  const read = parseFile(path, problems);
  if (!read) return [];
  const { parsed, file } = read;
  const { data } = parsed;
  const at = (p: (string | number)[]) => parsed.locate(p);
  const empty = data === null || data === undefined;
  if (!empty && shape === 'list' && !Array.isArray(data)) {
    problems.push({ file, field: '', message: `expected a list of entries, each starting "- id: …", found ${describeValue(data)}`, ...at([]) });
    return [];
  }
  if (!empty && shape === 'mapping' && (typeof data !== 'object' || Array.isArray(data))) {
    problems.push({ file, field: '', message: `expected a mapping from id to entry ("some-id:" then its fields), found ${describeValue(data)}`, ...at([]) });
    return [];
  }
  if (Array.isArray(data)) {
    const seen = new Set<string>();
    return data.flatMap((item: unknown, index): RawEntry[] => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || id === '') {
        problems.push({ file, field: `[${index}].id`, message: `entry ${index + 1} has no "id" (expected a kebab-case text like "web")`, ...at([index]) });
        return [];
      }
      if (seen.has(id)) {
        problems.push({ file, field: `${id}.id`, message: `id "${id}" is used twice (entry ${index + 1}); ids must be unique`, ...at([index, 'id']) });
        return [];
      }
      seen.add(id);
      return [{ id, data: item, file, path, base: [index], prefix: [id], parsed }];
    });
  }
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).map(([id, item]) => ({ id, data: item, file, path, base: [id], prefix: [id], parsed }));
  }
  problems.push({ file, field: '', message: `expected ${shape === 'list' ? 'a list of entries' : 'a mapping from id to entry'}, found an empty file`, line: 1, column: 1 });
  return [];
}

/** Validates entries against a schema, adding a problem with its position for every zod issue. */
export function validateEntries(schema: ZodTypeAny, entries: readonly RawEntry[], problems: Problem[]): (RawEntry & { valid: unknown })[] {
  return entries.flatMap((entry) => {
    const result = schema.safeParse(entry.data);
    if (result.success) return [{ ...entry, valid: result.data }];
    for (const x of explainIssues(schema, entry.data, result.error.issues)) {
      const path = [...entry.base, ...x.path];
      const pos = x.atKey ? entry.parsed.locateKey(path) : entry.parsed.locate(path);
      problems.push({ file: entry.file, field: fieldPath([...entry.prefix, ...x.path]) || '(whole entry)', message: x.message, line: pos.line, column: pos.column });
    }
    return [];
  });
}

/** Splits a field name back into a path: `recommendations[0].model` → ["recommendations", 0, "model"]. */
export function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
}

/**
 * Adds line and column to problems found after validation (the checks across files), from the
 * entries they were read from: the field's value, or the entry's key when the whole entry is meant.
 * Problems about a file as a whole point at its start; those about a folder stay without a position.
 */
export function positionProblems(problems: readonly Problem[], entries: readonly RawEntry[]): Problem[] {
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    const inFile = entries.filter((e) => e.file === p.file);
    if (inFile.length === 0) return existsSync(p.file) && !p.file.endsWith('/') ? { ...p, line: 1, column: 1 } : p;
    const path = parseFieldPath(p.field);
    const entry = inFile[0]!.prefix.length === 0 ? inFile[0]! : inFile.find((e) => e.id === path[0]);
    if (!entry) return { ...p, line: 1, column: 1 };
    const rest = path.slice(entry.prefix.length);
    const pos = rest.length === 0 ? entry.parsed.locateKey(entry.base) : entry.parsed.locate([...entry.base, ...rest]);
    return { ...p, ...pos };
  });
}

/** Every text value of every YAML file under `dir` that `matches` accepts, with its file, position and field. */
export function findInContent(dir: string, matches: (text: string) => boolean): Problem[] {
  const found: Problem[] = [];
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  for (const name of files) {
    const read = parseFile(join(dir, name), []);
    if (!read) continue;
    const walk = (value: unknown, path: (string | number)[]): void => {
      if (typeof value === 'string' && matches(value)) found.push({ file: read.file, field: fieldPath(path), message: '', ...read.parsed.locate(path) });
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(read.parsed.data, []);
  }
  return found;
}
