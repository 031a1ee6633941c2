// Node-only: reads an old version of content/ without validating it, for the history of changes.
// Old commits were written against older schemas (files missing, fields renamed), so the strict
// reader would refuse most of them; this one keeps what the data diff needs and defaults the rest.
import { parse } from 'yaml';
import type { SiteData } from '../lib/types';

/** Parses one YAML text, or undefined when it is missing or not YAML. */
function yamlOf(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

/** A plain object, or an empty one. */
function objectOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Entries with an id, from a list of `- id:` entries or a mapping from id to entry. */
function entriesOf(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.map(objectOf).filter((e) => typeof e['id'] === 'string');
  return Object.entries(objectOf(value)).map(([id, e]) => ({ ...objectOf(e), id }));
}

/** A label in both languages, falling back to the id. */
function label(value: unknown, id: string): { en: string; zh: string } {
  const o = objectOf(value);
  const en = typeof o['en'] === 'string' ? o['en'] : typeof value === 'string' ? value : id;
  return { en, zh: typeof o['zh'] === 'string' ? o['zh'] : en };
}

/**
 * The parts of the site data a data diff reads (models and their figures, metrics, tables,
 * figures, sources, the public record), from the files of a content folder as they are.
 */
export function looseSiteData(files: Map<string, string>): SiteData {
  const read = (name: string) => yamlOf(files.get(name));
  const models = [...files.keys()]
    .filter((f) => /^models\/[^/]+\.ya?ml$/.test(f))
    .map((f) => {
      const id = f.slice('models/'.length).replace(/\.ya?ml$/, '');
      const data = objectOf(read(f));
      return { ...data, id, file: f, name: label(data['name'], id), order: typeof data['order'] === 'number' ? data['order'] : 0, figures: objectOf(data['figures']) };
    })
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const metrics = new Map(entriesOf(read('metrics.yaml')).map((m) => [String(m['id']), { ...m, id: String(m['id']), label: label(m['label'], String(m['id'])), file: 'metrics.yaml' }]));
  const list = (name: string): Record<string, unknown>[] => entriesOf(read(name)).map((e) => ({ ...e, file: name }));
  const records = Object.entries(objectOf(read('public-record.yaml'))).flatMap(([model, subjects]) =>
    Object.entries(objectOf(subjects)).map(([subject, entries]) => ({
      model,
      subject,
      file: 'public-record.yaml',
      entries: (Array.isArray(entries) ? entries : []).map((e) => ({ ...objectOf(e), sources: Array.isArray(objectOf(e)['sources']) ? objectOf(e)['sources'] : [] })),
    })),
  );
  const sources = new Map(list('sources.yaml').map((s) => [String(s['id']), { ...s, authors: String(s['authors'] ?? ''), title: String(s['title'] ?? s['id']) }]));
  return {
    models,
    metrics,
    tables: list('tables.yaml').map((t) => ({ ...t, metrics: Array.isArray(t['metrics']) ? t['metrics'] : [] })),
    figures: list('figures.yaml'),
    sources,
    records,
    recordTopics: list('record-topics.yaml').map((t) => ({ ...t, label: label(t['label'], String(t['id'])) })),
  } as unknown as SiteData;
}
