import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { costCheckTable } from '../../src/lib/cost-table-check';
import { datasetJson } from '../../src/lib/data-package';
import { dataMix } from '../../src/lib/data-mix';
import { downloadIds, figureDownload } from '../../src/lib/figures/figure';
import { architectureDiagram } from '../../src/lib/mermaid';
import { parseYaml } from '../../src/lib/parse-yaml';
import { radarData } from '../../src/lib/radar-data';
import { readContent } from '../../src/lib/read-content';
import { modelPalette, placeholdersIn, scaffoldModel } from '../../src/lib/scaffold';
import { buildTable } from '../../src/lib/table';
import { copyContent, realData } from './helpers';

const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));
function copy(): string {
  const dir = copyContent();
  copies.push(dirname(dir));
  return dir;
}
/** Runs `npm run new:model` the way package.json does. */
const newModel = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['scripts/new-model.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

/** Replaces every `key: null` of a scaffold with the value of that key in another model file, as YAML flow (JSON). */
function fillFrom(text: string, source: Record<string, unknown>, name: object): string {
  const figures = source['figures'] as Record<string, unknown>;
  return text.replace(/^( *)([\w-]+): null$/gm, (_line, indent: string, key: string) => {
    const value = key === 'name' ? name : indent ? figures[key] : source[key];
    return `${indent}${key}: ${JSON.stringify(value)}`;
  });
}

describe('npm run new:model', () => {
  const data = realData();

  it('asks for the source, and takes it from --source when it is a known one', () => {
    const dir = copy();
    const run = newModel('llama-3', '--source', 'ds-v3', '--content', dir);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'models/llama-3.yaml'), 'utf8')).toContain('\nsource: ds-v3\n');
    const unknown = newModel('llama-4', '--source', 'meta-paper', '--content', dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('--source "meta-paper" is neither "article" nor an id of content/sources.yaml');
  });

  it('writes a documented file whose only problems are its placeholders, one per field to fill', () => {
    const dir = copy();
    const run = newModel('llama-3', '--content', dir);
    const file = relative(process.cwd(), join(dir, 'models/llama-3.yaml'));
    expect(run.status, run.stderr).toBe(0);
    const known = ['article', ...data.sources.keys()].join(', ');
    expect(run.stdout).toBe(`Where do its figures come from? Give --source <id> (one of ${known}), or fill in "source:" in the file.\nCreated ${file} with 42 fields to fill in (the lines with null).\nRun npm run validate to list what is left; the model appears on the site once none is.\n`);
    const text = readFileSync(join(dir, 'models/llama-3.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../public/schemas/model.json');
    expect(text).toContain('order: 5\n');
    expect(text).toContain('color: "#D55E00"\n');
    expect(text).toContain('  # Parameter utilisation: a number between 0 and 100 in percent (write 83, not "83%"); higher is\n  # better. Share of parameters the article says are used per token.\n  parameter-utilisation: null\n');

    const { problems } = readContent(dir);
    expect(problems.every((p) => p.file === file), JSON.stringify(problems.filter((p) => p.file !== file))).toBe(true);
    expect(problems.map((p) => p.field)).toEqual(['source', 'name', 'vendor', 'summary', 'architectureChain', 'dataMix', ...[...data.metrics.keys()].map((id) => `figures.${id}`)]);
    expect(problems).toHaveLength(placeholdersIn(text));
    const lines = text.split('\n');
    for (const p of problems) expect(lines[p.line! - 1]!.slice(p.column! - 1)).toBe('null');
    expect(problems[1]!.message).toBe('expected a text in both languages { en, zh }, found null (an empty placeholder still to fill in)');
  });

  it('refuses an id that already has a file, and one that is not kebab-case, writing nothing', () => {
    const dir = copy();
    const existing = newModel('gpt-4', '--content', dir);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toBe(`npm run new:model: ${relative(process.cwd(), join(dir, 'models/gpt-4.yaml'))} already exists; edit it, or pick another id\n`);
    const invalid = newModel('Llama 3', '--content', dir);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toBe('npm run new:model: "Llama 3" cannot be a model id: it must be kebab-case: lower-case letters, digits and single hyphens, starting with a letter, like "gpt-4"\n');
    expect(existsSync(join(dir, 'models/Llama 3.yaml'))).toBe(false);
  });

  it('once filled in, gives a model that appears in every table, chart, diagram and download', () => {
    const dir = copy();
    expect(newModel('llama-3', '--content', dir).status).toBe(0);
    const path = join(dir, 'models/llama-3.yaml');
    const deepseek = parseYaml(readFileSync('content/models/deepseek.yaml', 'utf8'), 'deepseek') as Record<string, unknown>;
    writeFileSync(path, fillFrom(readFileSync(path, 'utf8'), deepseek, { en: 'Llama 3', zh: '羊驼3' }));
    const { data: filled, problems } = readContent(dir);
    expect(problems).toEqual([]);
    const site = filled!;
    expect(site.models.map((m) => m.id)).toEqual(['deepseek', 'gpt-4', 'claude', 'palm-2', 'llama-3']);
    for (const table of site.tables) {
      for (const locale of ['en', 'zh'] as const) {
        const view = buildTable(site, table.id, locale);
        const ids = view.rows === 'metrics' ? view.columns.map((c) => c.id) : view.body.map((r) => r.header.id);
        expect(ids, table.id).toContain('llama-3');
      }
    }
    expect(radarData(site, 'capability-scores', 'zh').datasets.map((d) => d.label)).toContain('羊驼3');
    expect(dataMix(site, 'en').rows.map((r) => r.model)).toContain('llama-3');
    expect(architectureDiagram(site, 'en')).toContain('"Llama 3"');
    expect(costCheckTable(site, 'cost-check', 'en').body.map((r) => r.header.id)).toContain('llama-3');
    const withModels = downloadIds(site).filter((id) => figureDownload(site, id, 'en').fields[0]!.id === 'model');
    expect(withModels.length).toBeGreaterThan(10);
    for (const id of withModels) expect(figureDownload(site, id, 'zh').rows.some((r) => r[0]!.value === 'llama-3'), id).toBe(true);
    expect(datasetJson(site, { siteUrl: 'https://example.org/' }).models.map((m) => m.id)).toContain('llama-3');
  });
});

describe('scaffoldModel', () => {
  const data = realData();
  const input = { id: 'x', metrics: [...data.metrics.values()], tables: data.tables, categories: data.dataCategories, models: data.models, sources: ['article', ...data.sources.keys()] };

  it('takes the next order and the first colour no model uses', () => {
    const text = scaffoldModel(input);
    expect(text).toContain('\norder: 5\n');
    expect(text).toContain('\ncolor: "#D55E00"\n');
  });

  it('leaves the colour to fill in when the palette is used up', () => {
    const text = scaffoldModel({ ...input, models: modelPalette.map((color, i) => ({ order: i, color })) });
    expect(text).toContain('color: null');
    expect(text).toContain('Every colour of the palette is taken');
  });

  it('groups figures under the first table that shows them, each metric once', () => {
    const text = scaffoldModel(input);
    expect(text.match(/^ {2}throughput: null$/gm)).toHaveLength(1);
    expect(text.indexOf('# Inference performance (table inference-performance)')).toBeLessThan(text.indexOf('throughput: null'));
    expect(placeholdersIn(text)).toBe(6 + data.metrics.size);
  });
});
