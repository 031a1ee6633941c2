// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { cspHeaders } from './src/integrations/csp.ts';
import { diagrams } from './src/integrations/diagrams.ts';
import { siteSearch } from './src/integrations/search.ts';
import { rehypeCodeRegions } from './src/integrations/rehype-code-regions.ts';

// BASE_PATH lets the same build run under a sub-path (e.g. GitHub Pages project sites).
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://llm-showdown.example',
  base,
  trailingSlash: 'always',
  // One cached stylesheet for the whole site and scripts in cached files, not in every page: each
  // page's HTML then fits the first round trip (14 KB gzip). Scripts under 1 KB (the embed pages'
  // theme switch, which must run before the first paint) stay inline.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      cssCodeSplit: false,
      assetsInlineLimit: (/** @type {string} */ file, /** @type {Buffer} */ content) => (file.endsWith('.js') ? content.length < 1024 : undefined),
    },
  },
  i18n: {
    locales: ['en', 'zh'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // cspHeaders: the built pages' inline-script hashes go into _headers (see public/_headers).
  // siteSearch: Pagefind's index of the built pages and the search box's script, in pagefind/.
  integrations: [mdx(), diagrams(), cspHeaders(), siteSearch()],
  markdown: {
    remarkPlugins: [remarkMath],
    // Formulas become HTML + MathML at build time: no KaTeX JavaScript reaches the browser.
    // \htmlClass (and nothing else untrusted) marks the cost formula's symbols for the calculator.
    rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', trust: (/** @type {{ command: string }} */ c) => c.command === '\\htmlClass', strict: (/** @type {string} */ code) => (code === 'htmlExtension' ? 'ignore' : 'warn') }], rehypeCodeRegions],
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
  devToolbar: { enabled: false },
});
