import { defineCollection } from 'astro:content';
import { contentDir, yamlFile, yamlFolder } from './loaders/yaml';
import { readMetrics } from './lib/read-metrics';
import { dataFileKinds, folderOf, type CollectionName } from './schemas/files';

// The model schema depends on the metric definitions, so those are read first.
const metrics = readMetrics(contentDir());

/** A collection of one kind of data file of content/ (or CONTENT_DIR), validated by the loader and by Astro. */
function collectionOf(name: CollectionName) {
  const kind = dataFileKinds[name];
  const schema = kind.entry(metrics);
  const folder = folderOf(kind);
  return defineCollection({ loader: folder ? yamlFolder(folder, schema) : yamlFile(kind.path, schema), schema });
}

/** All data collections, one per kind of data file of src/schemas/files.ts. */
export const collections = Object.fromEntries((Object.keys(dataFileKinds) as CollectionName[]).map((name) => [name, collectionOf(name)])) as Record<CollectionName, ReturnType<typeof collectionOf>>;
