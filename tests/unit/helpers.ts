import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../../src/lib/read-content';
import type { SiteData } from '../../src/lib/types';

/** The real content/, read once; tests get their own copy to change. */
const real = readContent('content');

/** A fresh, changeable copy of the site data built from the real content/. */
export function realData(): SiteData {
  if (!real.data) throw new Error(`content/ does not load:\n${JSON.stringify(real.problems, null, 2)}`);
  return structuredClone(real.data);
}

/** The model with this id, failing loudly if the fixture lost it. */
export function modelOf(data: SiteData, id: string): SiteData['models'][number] {
  const model = data.models.find((m) => m.id === id);
  if (!model) throw new Error(`no model "${id}" in the fixture`);
  return model;
}

/** The metric with this id, failing loudly if the fixture lost it. */
export function metricOf(data: SiteData, id: string) {
  const metric = data.metrics.get(id);
  if (!metric) throw new Error(`no metric "${id}" in the fixture`);
  return metric;
}

/** A temporary copy of content/ (for tests that break files on disk); returns its path. */
export function copyContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'llm-showdown-')), 'content');
  cpSync('content', dir, { recursive: true });
  return dir;
}

/** Replaces one exact text in a file, failing if it is not there (so a content edit cannot silently void a test). */
export function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}
