// Starts a new model file with every field documented and null where data is needed.
// Usage: npm run new:model -- <id> [--source <source id>] [--content <dir>]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFileEntries, readFolderEntries, validateEntries } from '../src/lib/content-files';
import type { Problem } from '../src/lib/crosscheck';
import { readMetrics } from '../src/lib/read-metrics';
import { placeholdersIn, scaffoldModel } from '../src/lib/scaffold';
import { id as idSchema, type Localized } from '../src/schemas/common';
import { tableSchema } from '../src/schemas/metric';
import { articleSourceId, sourceSchema } from '../src/schemas/provenance';
import { dataCategorySchema } from '../src/schemas/site';

const args = process.argv.slice(2);
const at = args.indexOf('--content');
const dir = at >= 0 ? args[at + 1] ?? '' : process.env['CONTENT_DIR'] ?? 'content';
const sourceAt = args.indexOf('--source');
const source = sourceAt >= 0 ? args[sourceAt + 1] ?? '' : undefined;
const ids = args.filter((a, i) => !a.startsWith('-') && (at < 0 || i !== at + 1) && (sourceAt < 0 || i !== sourceAt + 1));
const fail = (message: string): never => {
  console.error(`npm run new:model: ${message}`);
  process.exit(1);
};

if (ids.length !== 1) fail('give the new model’s id, e.g. npm run new:model -- llama-3');
const id = ids[0]!;
const checked = idSchema.safeParse(id);
if (!checked.success) fail(`"${id}" cannot be a model id: it ${checked.error.issues[0]!.message}`);
const file = join(dir, 'models', `${id}.yaml`);
if (existsSync(file)) fail(`${relative(process.cwd(), file)} already exists; edit it, or pick another id`);

let metrics;
try {
  metrics = readMetrics(dir);
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\nFix content/metrics.yaml first: the new file lists every metric.`);
}
// The other files only feed comments and defaults, so their problems are left to npm run validate.
const ignored: Problem[] = [];
const valid = <T>(name: string, schema: Parameters<typeof validateEntries>[0]) =>
  validateEntries(schema, readFileEntries(join(dir, name), ignored), ignored).map((e) => ({ ...(e.valid as T), id: e.id }));
const sources = [articleSourceId, ...valid<object>('sources.yaml', sourceSchema).map((s) => s.id)];
if (source !== undefined && !sources.includes(source)) fail(`--source "${source}" is neither "${articleSourceId}" nor an id of content/sources.yaml (known: ${sources.join(', ')}); add the source there first`);
if (source === undefined) console.log(`Where do its figures come from? Give --source <id> (one of ${sources.join(', ')}), or fill in "source:" in the file.`);
const text = scaffoldModel({
  id,
  sources,
  source,
  metrics: metrics!,
  tables: valid<{ title: Localized; metrics: string[] }>('tables.yaml', tableSchema),
  categories: valid<{ label: Localized }>('data-categories.yaml', dataCategorySchema),
  models: readFolderEntries(join(dir, 'models'), ignored).map((e) => e.data as { order?: unknown; color?: unknown }),
});
mkdirSync(join(dir, 'models'), { recursive: true });
writeFileSync(file, text, { flag: 'wx' });
console.log(`Created ${relative(process.cwd(), file)} with ${placeholdersIn(text)} fields to fill in (the lines with null).`);
console.log('Run npm run validate to list what is left; the model appears on the site once none is.');
