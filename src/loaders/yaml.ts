import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseYaml } from '../lib/parse-yaml';

/** Where the data lives; CONTENT_DIR lets tests build the site from a copy with extra files. */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env['CONTENT_DIR'] ?? 'content');
}

/** Stores one entry, letting Astro validate it against the collection schema (errors name the file). */
async function put(ctx: LoaderContext, id: string, data: Record<string, unknown>, filePath: string) {
  const rel = relative(process.cwd(), filePath);
  const parsed = await ctx.parseData({ id, data, filePath });
  ctx.store.set({ id, data: parsed, filePath: rel });
}

/** Re-runs the load when a watched data file changes in the dev server. */
function watch(ctx: LoaderContext, matches: (path: string) => boolean, reload: () => Promise<void>) {
  ctx.watcher?.on('all', (_event, path) => {
    if (matches(path)) void reload().catch((error: unknown) => ctx.logger.error(String(error)));
  });
}

/**
 * Loads every `*.yaml` file of a folder as one entry whose id is the file name.
 * Unlike Astro's glob loader, unreadable YAML fails the build instead of being logged and skipped.
 */
export function yamlFolder(folder: string): Loader {
  return {
    name: 'yaml-folder',
    load: async (ctx) => {
      const dir = join(contentDir(), folder);
      const run = async () => {
        ctx.store.clear();
        const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
        for (const file of files) {
          const path = join(dir, file);
          const data = parseYaml(readFileSync(path, 'utf8'), relative(process.cwd(), path));
          if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error(`${relative(process.cwd(), path)}: expected a mapping of fields (name, vendor, figures…), found ${Array.isArray(data) ? 'a list' : String(data)}`);
          }
          await put(ctx, basename(file).replace(/\.ya?ml$/, ''), data as Record<string, unknown>, path);
        }
      };
      await run();
      watch(ctx, (p) => resolve(p).startsWith(dir), run);
    },
  };
}

/**
 * Loads one YAML file holding a list of entries with an `id` field, or a mapping from id to entry.
 * Duplicate ids fail the build with the file name.
 */
export function yamlFile(file: string): Loader {
  return {
    name: 'yaml-file',
    load: async (ctx) => {
      const path = join(contentDir(), file);
      const rel = relative(process.cwd(), path);
      const run = async () => {
        ctx.store.clear();
        const data = parseYaml(readFileSync(path, 'utf8'), rel);
        if (Array.isArray(data)) {
          const seen = new Set<string>();
          for (const [index, item] of data.entries()) {
            const id = (item as { id?: unknown } | null)?.id;
            if (typeof id !== 'string' || id === '') throw new Error(`${rel}: entry ${index + 1} has no "id" (expected a kebab-case text like "web")`);
            if (seen.has(id)) throw new Error(`${rel}: id "${id}" is used twice (entry ${index + 1}); ids must be unique`);
            seen.add(id);
            await put(ctx, id, item as Record<string, unknown>, path);
          }
        } else if (data !== null && typeof data === 'object') {
          for (const [id, item] of Object.entries(data)) {
            if (item === null || typeof item !== 'object') throw new Error(`${rel}: "${id}" should be a mapping of fields, found ${String(item)}`);
            await put(ctx, id, item as Record<string, unknown>, path);
          }
        } else {
          throw new Error(`${rel}: expected a list of entries or a mapping of ids, found ${data === null ? 'an empty file' : typeof data}`);
        }
      };
      await run();
      watch(ctx, (p) => resolve(p) === path, run);
    },
  };
}
