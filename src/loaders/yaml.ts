import { join, resolve } from 'node:path';
import type { ZodTypeAny } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblems, type Problem } from '../lib/crosscheck';
import { readFileEntries, readFolderEntries, validateEntries, type RawEntry } from '../lib/content-files';
import { kindOf } from '../schemas/files';

/** Where the data lives; CONTENT_DIR lets tests build the site from a copy with extra files. */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env['CONTENT_DIR'] ?? 'content');
}

/**
 * Validates every entry with our own messages (Astro's error map would replace them), throws one
 * error listing every problem of the collection with file, line and field, then stores the entries.
 */
async function store(ctx: LoaderContext, schema: ZodTypeAny, read: (problems: Problem[]) => RawEntry[]) {
  const problems: Problem[] = [];
  const entries = validateEntries(schema, read(problems), problems);
  if (problems.length > 0) {
    throw new Error(`The data does not match its schema (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
  }
  ctx.store.clear();
  for (const e of entries) {
    // The data as written: Astro runs the schema (and its transforms) itself; ours only gave the messages.
    const data = await ctx.parseData({ id: e.id, data: e.data as Record<string, unknown>, filePath: e.path });
    ctx.store.set({ id: e.id, data, filePath: e.file });
  }
}

/** Re-runs the load when a watched data file changes in the dev server. */
function watch(ctx: LoaderContext, matches: (path: string) => boolean, reload: () => Promise<void>) {
  ctx.watcher?.on('all', (_event, path) => {
    if (matches(resolve(path))) void reload().catch((error: unknown) => ctx.logger.error(String(error)));
  });
}

/**
 * Loads every `*.yaml` file of a folder as one entry whose id is the file name.
 * Unlike Astro's glob loader, unreadable YAML fails the build instead of being logged and skipped.
 */
export function yamlFolder(folder: string, schema: ZodTypeAny): Loader {
  return {
    name: 'yaml-folder',
    load: async (ctx) => {
      const dir = join(contentDir(), folder);
      const run = () => store(ctx, schema, (problems) => readFolderEntries(dir, problems));
      await run();
      watch(ctx, (p) => p.startsWith(dir), run);
    },
  };
}

/** Loads one YAML file holding a list of entries with an `id` field, or a mapping from id to entry. */
export function yamlFile(file: string, schema: ZodTypeAny): Loader {
  return {
    name: 'yaml-file',
    load: async (ctx) => {
      const path = join(contentDir(), file);
      const run = () => store(ctx, schema, (problems) => readFileEntries(path, problems, kindOf(file)?.shape === 'mapping' ? 'mapping' : 'list'));
      await run();
      watch(ctx, (p) => p === path, run);
    },
  };
}
