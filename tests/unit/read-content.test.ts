import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content';
import { copyContent, replaceIn } from './helpers';

const copies: string[] = [];
/** A temporary copy of content/, removed after the test. */
function copy(): string {
  const dir = copyContent();
  copies.push(dirname(dir));
  return dir;
}
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});
/** A file of a content copy as problems name it: relative to the working directory. */
const rel = (dir: string, file: string) => relative(process.cwd(), join(dir, file));

describe('readContent on the real content/', () => {
  const { data, problems } = readContent('content');

  it('finds no problem', () => {
    expect(problems).toEqual([]);
    expect(data).toBeDefined();
  });

  it('sorts models by order and timeline steps by year, and names each entry’s file', () => {
    expect(data!.models.map((m) => m.id)).toEqual(['deepseek', 'gpt-4', 'claude', 'palm-2']);
    expect(data!.models.map((m) => m.file)).toEqual(['content/models/deepseek.yaml', 'content/models/gpt-4.yaml', 'content/models/claude.yaml', 'content/models/palm-2.yaml']);
    const years = data!.timeline.map((s) => s.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(data!.tables.every((t) => t.file === 'content/tables.yaml')).toBe(true);
    expect(data!.metrics.get('throughput')).toMatchObject({ id: 'throughput', file: 'content/metrics.yaml', direction: 'higher' });
  });

  it('applies schema defaults, as Astro does', () => {
    expect(data!.tables.find((t) => t.id === 'architecture-differences')!.rows).toBe('metrics');
    expect(data!.metrics.get('training-framework')!.direction).toBe('none');
  });
});

describe('readContent on broken copies', () => {
  it('reports every problem in every broken file, each with its file and field', () => {
    const dir = copy();
    replaceIn(join(dir, 'models/deepseek.yaml'), 'parameter-utilisation: 83', 'parameter-utilisation: "83%"');
    replaceIn(join(dir, 'models/deepseek.yaml'), 'color: "#0072B2"', 'color: blue');
    replaceIn(join(dir, 'models/gpt-4.yaml'), 'name: { en: GPT-4, zh: GPT-4 }', 'name: { en: GPT-4 }');
    replaceIn(join(dir, 'models/claude.yaml'), 'order: 3', 'order: 3\norder: 4');
    replaceIn(join(dir, 'tables.yaml'), 'section: architecture', 'section: nowhere');
    replaceIn(join(dir, 'timeline.yaml'), 'year: 2024', 'year: 1999');
    replaceIn(join(dir, 'models/palm-2.yaml'), 'multilingual: 60', 'multilingual: 55'); // across files, found in the same run

    const { data, problems } = readContent(dir);
    expect(data).toBeUndefined();
    const summary = problems.map((p) => `${p.file} | ${p.field}`);
    expect(summary).toEqual([
      `${rel(dir, 'models/claude.yaml')} | `,
      `${rel(dir, 'models/deepseek.yaml')} | color`,
      `${rel(dir, 'models/deepseek.yaml')} | figures.parameter-utilisation`,
      `${rel(dir, 'models/gpt-4.yaml')} | name.zh`,
      `${rel(dir, 'tables.yaml')} | architecture-differences.section`,
      `${rel(dir, 'timeline.yaml')} | unified-multimodal.year`,
      `${rel(dir, 'models/palm-2.yaml')} | dataMix`,
    ]);
    expect(problems[0]).toMatchObject({ message: 'invalid YAML: Map keys must be unique; a field is given twice; keep one', line: 7, column: 1 });
    expect(problems[2]!.message).toContain('found the text "83%"');
    expect(problems[3]!.message).toBe('missing the Chinese translation ("zh")');
  });

  it('checks across files once every file passes, with the same problems as the build, at the field’s line and column', () => {
    const dir = copy();
    replaceIn(join(dir, 'models/palm-2.yaml'), 'multilingual: 60', 'multilingual: 55');
    replaceIn(join(dir, 'scenarios.yaml'), 'bestFit: gpt-4', 'bestFit: gpt-5');
    const { data, problems } = readContent(dir);
    expect(data).toBeDefined();
    expect(problems).toEqual([
      { file: rel(dir, 'models/palm-2.yaml'), field: 'dataMix', message: 'the shares add up to 95, expected 100', line: 15, column: 10 },
      { file: rel(dir, 'scenarios.yaml'), field: 'knowledge-reasoning.bestFit', message: 'refers to model "gpt-5", which has no file in content/models/ (known models: claude, deepseek, gpt-4, palm-2)', line: 14, column: 12 },
    ]);
  });

  it('sorts models with the same order by id, and the timeline by year whatever the file order', () => {
    const dir = copy();
    replaceIn(join(dir, 'models/palm-2.yaml'), 'order: 4', 'order: 1');
    const timeline = readFileSync(join(dir, 'timeline.yaml'), 'utf8');
    const [head, ...steps] = timeline.split(/(?=^- id:)/m);
    writeFileSync(join(dir, 'timeline.yaml'), [head, ...steps.reverse()].join(''));
    const { data, problems } = readContent(dir);
    expect(problems).toEqual([]);
    expect(data!.models.map((m) => m.id)).toEqual(['deepseek', 'palm-2', 'gpt-4', 'claude']);
    expect(data!.timeline.map((s) => s.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
  });

  it('reports a broken metric definition and does not check models against it', () => {
    const dir = copy();
    replaceIn(join(dir, 'metrics.yaml'), '  kind: number\n  unit: percent\n  direction: higher', '  kind: number\n  direction: higher');
    const { data, problems } = readContent(dir);
    expect(data).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: rel(dir, 'metrics.yaml'), field: 'parameter-utilisation.unit', line: 12, column: 1 });
    expect(problems[0]!.message).toContain('a metric of kind "number" needs a unit');
  });

  it('reports list entries without an id, reused ids, missing files and empty single-entry files', () => {
    const dir = copy();
    replaceIn(join(dir, 'dimensions.yaml'), '- id: training\n', '- id: architecture\n');
    replaceIn(join(dir, 'data-categories.yaml'), '- id: books\n', '- name: books\n');
    writeFileSync(join(dir, 'benchmark.yaml'), '[]\n');
    rmSync(join(dir, 'article.yaml'));
    const { problems } = readContent(dir);
    expect(problems.map((p) => `${p.file} | ${p.field}`)).toEqual([
      `${rel(dir, 'dimensions.yaml')} | architecture.id`,
      `${rel(dir, 'data-categories.yaml')} | [1].id`,
      `${rel(dir, 'article.yaml')} | `,
      `${rel(dir, 'benchmark.yaml')} | `,
    ]);
    expect(problems[0]!.message).toBe('id "architecture" is used twice (entry 2); ids must be unique');
    expect(problems[1]!.message).toBe('entry 2 has no "id" (expected a kebab-case text like "web")');
    expect(problems[2]!.message).toBe('the file is missing; every content folder needs it (copy it from content/)');
    expect(problems[3]!.message).toBe('must hold exactly one entry, found 0');
  });
});
