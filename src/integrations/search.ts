// Builds the site search after the pages exist: Pagefind indexes the reading pages (those marked
// `data-pagefind-body`), one index per language, into `pagefind/`, and esbuild bundles the search
// box's script (src/client/site-search.ts) beside it. That script is not part of Astro's bundle on
// purpose: pages load it only when a reader opens search, from a fixed address the header names.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { searchFolder, searchScript } from '../lib/search-results';

const client = fileURLToPath(new URL('../client/site-search.ts', import.meta.url));

/** Not indexed: the formula's MathML copy (its LaTeX source would show in excerpts) and the tables' chart toggle. */
const excludeSelectors = ['.katex-mathml', '.view-toggle'];

/** Pagefind's ready-made interfaces, which the site never loads: it has its own search box. */
const unusedFiles = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/**
 * The search integration: after `astro build`, writes Pagefind's index and the search box's script
 * into `<outDir>/pagefind/`. Fails the build when Pagefind reports an error or indexes no page.
 */
export function siteSearch(): AstroIntegration {
  return {
    name: 'llm-showdown:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const output = join(root, searchFolder);
        try {
          const { errors, index } = await pagefind.createIndex({ excludeSelectors });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: root });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          for (const file of unusedFiles) rmSync(join(output, file), { force: true });
          // One index per language, from each page's <html lang>; only pages marked data-pagefind-body count.
          const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const counts = Object.entries(entry.languages).map(([lang, l]) => `${lang} ${l.page_count}`);
          if (Object.values(entry.languages).every((l) => l.page_count === 0)) throw new Error('Pagefind found no page marked data-pagefind-body');
          logger.info(`Pagefind indexed the reading pages (${counts.join(', ')}) into ${searchFolder}/`);
        } finally {
          await pagefind.close();
        }
        // Bundled on its own, minified and without source maps or paths, so two builds give the same bytes.
        const bundled = await build({ entryPoints: [client], bundle: true, format: 'esm', minify: true, target: 'es2022', write: false, legalComments: 'none', logLevel: 'silent' });
        const file = bundled.outputFiles[0];
        if (!file) throw new Error(`esbuild wrote nothing for ${client}`);
        writeFileSync(join(output, searchScript), file.contents);
        logger.info(`search box script: ${file.contents.length} bytes`);
      },
    },
  };
}
