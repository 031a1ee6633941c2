import { zodToJsonSchema } from 'zod-to-json-schema';
import type { MetricWithId } from '../schemas/metric';
import { dataFiles, fileSchema, type DataFileKind } from '../schemas/files';

/** The command that regenerates every generated file; stale-file messages print it. */
export const generateCommand = 'npm run generate';

/** Path of the JSON Schema of a kind of file, relative to the repository root. */
export function schemaPath(kind: DataFileKind): string {
  return `public/schemas/${kind.schemaFile}`;
}

/**
 * The first line of a data file, telling the YAML language server (VS Code's YAML extension) which
 * schema to check it against, by a path relative to the file.
 */
export function modeline(kind: DataFileKind): string {
  const depth = kind.path.split('/').length;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${schemaPath(kind)}`;
}

/** The JSON Schema of one kind of data file, generated from its zod schema, as formatted JSON text. */
export function jsonSchemaText(kind: DataFileKind, metrics: readonly MetricWithId[]): string {
  const generated = zodToJsonSchema(fileSchema(kind, metrics), { $refStrategy: 'none', target: 'jsonSchema7' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $comment: `Generated from src/schemas/ by \`${generateCommand}\`; do not edit. ${kind.path === 'models/*.yaml' ? 'It depends on content/metrics.yaml: regenerate after changing metrics.' : ''}`.trim(),
    title: `content/${kind.path}: ${kind.title}`,
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** VS Code settings mapping every data file to its schema, for files whose modeline is missing. */
export function vscodeSettingsText(): string {
  const schemas = Object.fromEntries(dataFiles.map((k) => [`./${schemaPath(k)}`, `content/${k.path}`]));
  return `${JSON.stringify({ 'yaml.schemas': schemas, 'yaml.validate': true, 'yaml.completion': true, 'yaml.hover': true, 'files.insertFinalNewline': true }, null, 2)}\n`;
}
