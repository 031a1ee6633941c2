// Node-only: reads the site's formulas and KaTeX's stylesheet to write src/styles/katex.css.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import katex from 'katex';
import { classesIn, displayMath, katexOptions, katexSubset } from './katex-subset';

/** Where the subset goes; MdxFigure.astro links it on pages with a formula. */
export const katexStylesheetPath = 'src/styles/katex.css';

/** Every .mdx file under a folder. */
function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The KaTeX stylesheet cut to what the display formulas of src/figures/ and src/pages/ use, drawn
 * with the site's KaTeX options; font files are taken from the katex package.
 */
export function katexStylesheet(root = '.'): string {
  const formulas = ['src/figures', 'src/pages'].flatMap((d) => mdxFiles(join(root, d))).flatMap((f) => displayMath(readFileSync(f, 'utf8')));
  const html = formulas.map((tex) => katex.renderToString(tex, { ...katexOptions, displayMode: true })).join('\n');
  const require = createRequire(import.meta.url);
  const css = readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8');
  const version = (JSON.parse(readFileSync(require.resolve('katex/package.json'), 'utf8')) as { version: string }).version;
  return [
    `/* Generated from katex ${version}'s katex.min.css and the formulas in src/figures/ and src/pages/ by \`npm run generate\`; do not edit. */`,
    katexSubset(css, classesIn(html), '../../node_modules/katex/dist/fonts/'),
    '',
  ].join('\n');
}
