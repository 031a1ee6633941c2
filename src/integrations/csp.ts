// Finishes the Content-Security-Policy once the pages exist: hashes every inline script the build
// wrote and puts the hashes into the output's `_headers`, so scripts need no 'unsafe-inline'.
// Only the build is touched: the dev server serves no `_headers`, so Vite's inline scripts still run.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspHash, fillHeaders, isScriptUrl, readPageScripts, scriptHashesPlaceholder } from '../lib/csp';
import { findInContent } from '../lib/content-files';
import { contentDir } from '../loaders/yaml';

/** The URL path a built HTML file is served at (`zh/cost/index.html` → `/zh/cost/`). */
function servedPath(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The CSP integration: after the build, fills {@link scriptHashesPlaceholder} in the output's
 * `_headers` (copied from `public/`) with the sha256 hashes of all inline scripts of all pages,
 * and fails the build when a page has script no hash can allow or a page's policy is not strict.
 */
export function cspHeaders(): AstroIntegration {
  return {
    name: 'llm-showdown:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const headersFile = join(root, '_headers');
        if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing: public/_headers must ship the site's Content-Security-Policy`);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
        const hashes = new Set<string>();
        // The same mistake on many pages is one problem, listed with a few of its pages.
        const onPages = new Map<string, string[]>();
        let scripts = 0;
        let scriptUrls = 0;
        for (const page of pages) {
          const found = readPageScripts(readFileSync(join(root, page), 'utf8'));
          for (const source of found.inline) hashes.add(cspHash(source));
          scripts += found.inline.length;
          scriptUrls += found.scriptUrls.length;
          for (const p of found.problems) onPages.set(p, [...(onPages.get(p) ?? []), page]);
        }
        const problems = [...onPages].map(([p, where]) => `${p} (${where.length === 1 ? where[0] : `${where.length} pages: ${where.slice(0, 3).join(', ')}${where.length > 3 ? ', …' : ''}`})`);
        // A script address in a page nearly always comes from the data: name the line to fix first.
        const inData = scriptUrls > 0 ? findInContent(contentDir(), isScriptUrl) : [];
        problems.unshift(...inData.map((p) => `${p.file}:${p.line}:${p.column}  ${p.field}  is a javascript: address, which would run as script when a reader clicks it; use an https:// address (npm run validate refuses it too)`));
        // One policy for every page: per-page rules would pass hosts' limits (Cloudflare Pages: 100 rules).
        const filled = fillHeaders(readFileSync(headersFile, 'utf8'), [...hashes].sort(), pages.map(servedPath));
        problems.push(...filled.problems.map((p) => `public/_headers ${p}`));
        if (problems.length > 0) {
          // Nothing of a build that failed its policy may be deployed by mistake.
          rmSync(root, { recursive: true, force: true });
          throw new Error(`Content-Security-Policy (${root} removed, nothing of this build can be deployed):\n${problems.map((p) => `  ${p}`).join('\n')}`);
        }
        writeFileSync(headersFile, filled.text);
        logger.info(`${scripts} inline scripts on ${pages.length} pages, ${hashes.size} distinct: their hashes are in _headers`);
      },
    },
  };
}
