// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { cspHeaders } from './src/integrations/csp.ts';
import { diagrams } from './src/integrations/diagrams.ts';
import { siteUrlCheck } from './src/integrations/site-url.ts';
import { siteAddress } from './src/lib/site-url.ts';
import { katexOptions } from './src/lib/katex-subset.ts';
import { siteSearch } from './src/integrations/search.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { figurePictures } from './src/integrations/figure-pictures.ts';
import { inSitemap } from './src/lib/sitemap.ts';
import { rehypeCodeRegions } from './src/integrations/rehype-code-regions.ts';

// BASE_PATH lets the same build run under a sub-path (e.g. GitHub Pages project sites).
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // Without SITE_URL the build says that embed snippets point at a placeholder (siteUrlCheck).
  site: siteAddress(process.env),
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
  // sitemap: the reading pages with their other language as hreflang alternates (robots.txt names it).
  // socialCards: each page's 1200×630 og:image, drawn with resvg-js when the build ends.
  // figurePictures: a PNG (and SVG) of every figure from its embed page, in the diagrams' Chromium.
  integrations: [
    mdx(),
    diagrams(),
    cspHeaders(),
    siteUrlCheck(),
    siteSearch(),
    sitemap({ filter: inSitemap, i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } } }),
    socialCards(),
    figurePictures(),
  ],
  markdown: {
    remarkPlugins: [remarkMath],
    // Formulas become HTML + MathML at build time: no KaTeX JavaScript reaches the browser; the
    // options are shared with the stylesheet subset (src/lib/katex-subset.ts).
    rehypePlugins: [[rehypeKatex, katexOptions], rehypeCodeRegions],
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
  devToolbar: { enabled: false },
});
