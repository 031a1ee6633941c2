import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every relative import of src/ (static, type-only, re-exports and dynamic import()), as a graph.
const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|mjs|astro)$/.test(f))
  .map((f) => join('src', f));

/** The files of src/ a file imports, resolved as Vite does (with or without an extension). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return specs.flatMap((spec) => {
    const base = join(dirname(file), spec);
    const found = [base, `${base}.ts`, `${base}.mjs`, `${base}.astro`, join(base, 'index.ts')].find((p) => existsSync(p) && files.includes(p));
    return found ? [found] : [];
  });
}

/** Every cycle in the graph, each once, as the list of files around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>();
  const visit = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      const cycle = path.slice(at);
      found.set([...cycle].sort().join(' '), cycle);
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    done.add(node);
  };
  const done = new Set<string>();
  for (const node of graph.keys()) visit(node, []);
  return [...found.values()];
}

describe('src/', () => {
  it('has no import cycle, type-only and dynamic imports included', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    expect(cycles(graph).map((c) => c.map((f) => relative('src', f)).join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });
});
