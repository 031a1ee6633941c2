import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { contentDir } from '../loaders/yaml';

const cache = new Map<string, string | undefined>();

/**
 * The date (YYYY-MM-DD) of the last commit that changed any of these files of content/, from git
 * history, so builds of the same commit say the same. Undefined when there is no history (a copy
 * outside git, a download without .git): the date is then left out rather than guessed.
 */
export function lastChanged(files: readonly string[]): string | undefined {
  if (files.length === 0) return undefined;
  const key = files.join('\n');
  if (!cache.has(key)) {
    const dir = contentDir();
    const result = spawnSync('git', ['log', '-1', '--format=%cs', '--', ...files.map((f) => join(dir, f))], { cwd: dir, encoding: 'utf8', timeout: 10_000 });
    const date = result.status === 0 ? result.stdout.trim() : '';
    cache.set(key, /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined);
  }
  return cache.get(key);
}
