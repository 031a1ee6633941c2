import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataFiles, kindOf } from '../schemas/files';
import { fieldTable, withFieldTable } from './field-table';
import { generateCommand, jsonSchemaText, modeline, schemaPath, vscodeSettingsText } from './json-schema';
import { readContent } from './read-content';
import { tokensCss } from './design-tokens';
import { katexStylesheet, katexStylesheetPath } from './katex-stylesheet';

/** A data file's text with its schema modeline as the first line (replacing an old one). */
export function withModeline(text: string, line: string): string {
  const body = text.replace(/^\uFEFF/, '');
  return body.startsWith('# yaml-language-server:') ? `${line}${body.slice(body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'))}` : `${line}\n${body}`;
}

/** Every data file of a content folder, relative to the repository root. */
function contentFiles(root: string): string[] {
  const dir = join(root, 'content');
  const top = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => `content/${f}`);
  const models = existsSync(join(dir, 'models')) ? readdirSync(join(dir, 'models')).filter((f) => f.endsWith('.yaml')).map((f) => `content/models/${f}`) : [];
  return [...top, ...models].sort();
}

/**
 * Every generated file with the text it should have: the JSON Schemas, the VS Code settings, the
 * design tokens' CSS, the KaTeX stylesheet subset, the field table in CONTRIBUTING.md and the schema line at the top of each data file. Needs valid data
 * (the model schema and the metric table come from content/metrics.yaml).
 */
export function generatedFiles(root = '.'): Map<string, string> {
  const { data, problems } = readContent(join(root, 'content'));
  if (!data) throw new Error(`content/ has ${problems.length} problem(s); run npm run validate and fix them before ${generateCommand}`);
  const metrics = [...data.metrics.values()];
  const files = new Map<string, string>();
  for (const kind of dataFiles) files.set(schemaPath(kind), jsonSchemaText(kind, metrics));
  files.set('.vscode/settings.json', vscodeSettingsText());
  files.set('src/styles/tokens.css', tokensCss());
  files.set(katexStylesheetPath, katexStylesheet(root));
  files.set('CONTRIBUTING.md', withFieldTable(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8'), fieldTable(metrics, data.tables)));
  for (const file of contentFiles(root)) {
    const kind = kindOf(file.slice('content/'.length));
    if (kind) files.set(file, withModeline(readFileSync(join(root, file), 'utf8'), modeline(kind)));
  }
  return files;
}

/** The generated files whose text on disk differs from what `npm run generate` would write. */
export function staleFiles(root = '.'): string[] {
  return [...generatedFiles(root)].filter(([file, text]) => !existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== text).map(([file]) => file);
}
