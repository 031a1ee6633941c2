import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { fieldTable, fieldTableMarkers, withFieldTable } from '../../src/lib/field-table';
import { staleFiles, withModeline } from '../../src/lib/generated';
import { generateCommand, modeline } from '../../src/lib/json-schema';
import { parseYaml } from '../../src/lib/parse-yaml';
import { dataFiles, kindOf } from '../../src/schemas/files';
import { realData } from './helpers';

/** The generated JSON Schema of a kind of file, as served under /schemas/. */
const schemaOf = (file: string) => JSON.parse(readFileSync(`public/schemas/${file}`, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
/** The files of a one-entry-per-file folder, from its path with `*` ("models/*.yaml"). */
const filesIn = (path: string) => { const dir = `content/${path.slice(0, path.indexOf('/'))}`; return readdirSync(dir).map((f) => `${dir}/${f}`); };

describe('generated files', () => {
  it('are current: JSON Schemas, VS Code settings, the CONTRIBUTING.md field table and each data file’s schema line', () => {
    const stale = staleFiles();
    expect(stale, `out of date: ${stale.join(', ')}. Run: ${generateCommand}`).toEqual([]);
  });

  it('point every data file at its schema on its first line', () => {
    expect(readFileSync('content/models/gpt-4.yaml', 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../public/schemas/model.json');
    expect(readFileSync('content/tables.yaml', 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../public/schemas/tables.json');
    expect(withModeline('\uFEFF# old comment\na: 1\n', modeline(dataFiles[1]!))).toBe('# yaml-language-server: $schema=../public/schemas/metrics.json\n# old comment\na: 1\n');
    expect(withModeline('# yaml-language-server: $schema=old.json\na: 1\n', '# yaml-language-server: $schema=new.json')).toBe('# yaml-language-server: $schema=new.json\na: 1\n');
  });
});

describe('JSON Schemas', () => {
  it.each(dataFiles.map((k) => [k.schemaFile, k] as const))('%s accepts the real data and says it is generated', (_name, kind) => {
    const schema = schemaOf(kind.schemaFile);
    expect(schema['$comment']).toMatch(/^Generated from src\/schemas\/ by `npm run generate`; do not edit\./);
    const validate = ajv.compile(schema);
    const files = kind.shape === 'one-per-file' ? filesIn(kind.path) : [`content/${kind.path}`];
    for (const file of files) {
      const ok = validate(parseYaml(readFileSync(file, 'utf8'), file));
      expect(ok, `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('describes each figure’s real shapes, with the field docs, and rejects what validation rejects', () => {
    const schema = schemaOf('model.json') as { properties: { figures: { properties: Record<string, { anyOf: { type: string; properties?: object; description?: string }[]; description: string }> }; name: { description: string } } };
    const memory = schema.properties.figures.properties['memory-per-unit']!;
    expect(memory.anyOf.map((o) => (o.type === 'object' ? Object.keys(o.properties!).join('+') : o.type))).toEqual(['number', 'value+per+source+locator', 'value+source+locator', 'na']);
    expect(memory.description).toBe('Memory: Memory per expert (per path for PaLM-2). (number in gb, lower is better)');
    expect(schema.properties.figures.properties['overlap-communication']!.anyOf.map((o) => o.type)).toEqual(['boolean', 'object', 'object']);
    expect(schema.properties.name.description).toBe('Display name, in both languages.');
    const validate = ajv.compile(schema);
    const model = parseYaml(readFileSync('content/models/deepseek.yaml', 'utf8'), 'deepseek') as { figures: Record<string, unknown> };
    model.figures['parameter-utilisation'] = '83%';
    model.figures['context-window'] = 1;
    expect(validate(model)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain('/figures/parameter-utilisation');
    expect(validate.errors!.some((e) => e.keyword === 'additionalProperties' && e.params['additionalProperty'] === 'context-window')).toBe(true);
  });

  it('lists every metric of metrics.yaml in the model schema, so changing metrics needs a regeneration', () => {
    const schema = schemaOf('model.json') as { properties: { figures: { required: string[] } } };
    expect(schema.properties.figures.required).toEqual([...realData().metrics.keys()]);
  });

  it('maps content paths to their kind', () => {
    expect(kindOf('models/llama-3.yaml')?.schemaFile).toBe('model.json');
    expect(kindOf('tables.yaml')?.schemaFile).toBe('tables.json');
    expect(kindOf('notes.yaml')).toBeUndefined();
  });
});

describe('field table', () => {
  const data = realData();
  const table = fieldTable([...data.metrics.values()], data.tables);

  it('documents every field with what it takes, whether it is required and its doc', () => {
    expect(table.startsWith(fieldTableMarkers.start)).toBe(true);
    expect(table).toContain('| `name` | a text in both languages { en, zh }, at most 120 characters each | yes | Display name, in both languages. |');
    expect(table).toContain('| `quantisationExample.bits` | one of 2, 3, 4, 8 | yes | Bits per weight after quantisation: 2, 3, 4 or 8. |');
    expect(table).toContain('| `recommendations[].model` | kebab-case: lower-case letters, digits and single hyphens, starting with a letter, like "gpt-4" | yes | Id of the recommended model (a file name in content/models/). |');
    expect(table).toContain('| `direction` | one of higher, lower, none | no (default "none") |');
    expect(table).toContain('| `parameter-utilisation` | Parameter utilisation / 参数利用率 | number (percent) | higher | Share of parameters the article says are used per token. | `architecture-differences` |');
    expect(table).toContain("| `throughput` | Throughput / 吞吐量 | number (tokens-per-second) | higher | Tokens generated per second on the article's A100 80GB benchmark. | `inference-performance`, `cost-example` |");
  });

  it('replaces only the text between its markers, and says so when they are gone', () => {
    const doc = `# Title\n\n${fieldTableMarkers.start}\nold\n${fieldTableMarkers.end}\n\nAfter.\n`;
    expect(withFieldTable(doc, 'NEW')).toBe('# Title\n\nNEW\n\nAfter.\n');
    expect(() => withFieldTable('# no markers', 'NEW')).toThrow(/CONTRIBUTING.md has lost its markers/);
  });
});
