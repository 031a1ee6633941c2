import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/parse-yaml';

/** The message parseYaml throws for a text. */
function errorOf(text: string): string {
  try {
    parseYaml(text, 'content/models/x.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseYaml to throw');
}

describe('parseYaml', () => {
  it('parses YAML to plain data and drops a byte-order mark', () => {
    expect(parseYaml('\uFEFFname: { en: A, zh: 甲 }\nlist: [1, 2]\n', 'x.yaml')).toEqual({ name: { en: 'A', zh: '甲' }, list: [1, 2] });
  });

  it('reports invalid YAML with file:line:col', () => {
    const message = errorOf('name: { en: A, zh: B }\nfigures: [1, 2\norder: 3\n');
    expect(message).toMatch(/^Invalid YAML:\n/);
    expect(message).toContain('content/models/x.yaml:3:1  Flow sequence in block collection must be sufficiently indented and end with a ]');
  });

  it('reports tabs used as indentation with their position', () => {
    expect(errorOf('figures:\n\t- 1\n')).toContain('content/models/x.yaml:2:1  Tabs are not allowed as indentation');
  });

  it('rejects duplicate keys, one line per duplicate, each at the second occurrence', () => {
    const message = errorOf('order: 1\ncolor: "#000000"\norder: 2\ncolor: "#111111"\n');
    const lines = message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^content\/models\/x\.yaml:3:1 {2}Map keys must be unique/);
    expect(lines[2]).toMatch(/^content\/models\/x\.yaml:4:1 {2}Map keys must be unique/);
  });

  it('rejects duplicate keys in nested mappings too', () => {
    expect(errorOf('figures:\n  throughput: 1\n  throughput: 2\n')).toContain('content/models/x.yaml:3:3  Map keys must be unique');
  });
});
