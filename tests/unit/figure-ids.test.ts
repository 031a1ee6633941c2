import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/parse-yaml';

// Figures are named by id only in the data and in the MDX that places them (src/pages/, src/figures/):
// code picks what to do by a figure's `draws` (src/lib/figures/kinds.ts), so a new figure of a known
// kind, or a renamed one, needs no code change.
const idsIn = (file: string) => (parseYaml(readFileSync(file, 'utf8'), file) as { id: string }[]).map((e) => e.id);
const ids = [...idsIn('content/figures.yaml'), ...idsIn('content/tables.yaml')];

/** The text of a source file without its comments (line comments, block and JSX comments, HTML comments). */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[\s;{}])\/\/.*$/gm, '$1');
}

/** The figure ids a text names, each as a whole word (not part of a longer id or of "data-mix"). */
function namedIds(text: string, known: readonly string[]): string[] {
  return known.filter((id) => new RegExp(`(?<![\\w-])${id.replace(/-/g, '\\-')}(?![\\w-])`).test(text));
}

const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .map((f) => join('src', f))
  .filter((f) => /\.(ts|mjs|astro|css)$/.test(f) && !f.startsWith(join('src', 'pages')) && !f.startsWith(join('src', 'figures')));

describe('figure ids in code', () => {
  it('reads the ids of every figure and table', () => {
    expect(ids).toContain('cost-check');
    expect(ids).toContain('inference-performance');
    expect(ids.length).toBeGreaterThan(20);
  });

  it('finds an id named in code, but not in a comment or inside a longer name', () => {
    expect(namedIds(`const x = 'cost-check';`, ids)).toEqual(['cost-check']);
    expect(namedIds(withoutComments(`document.getElementById("cost-formula")`), ids)).toEqual(['cost-formula']);
    expect(namedIds(withoutComments(`#cost-formula .katex { }`), ids)).toEqual(['cost-formula']);
    expect(namedIds(withoutComments(`// e.g. embed/cost-example/\n/** the cost-check */ {/* cost-formula */}`), ids)).toEqual([]);
    expect(namedIds(`<h2 id="data-mix"> https://example.org/cost-check-old`, ids)).toEqual([]);
  });

  it.each(files)('%s names no figure or table id', (file) => {
    expect(namedIds(withoutComments(readFileSync(file, 'utf8')), ids)).toEqual([]);
  });
});
