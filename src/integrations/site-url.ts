// Prints one line at the start of a build when SITE_URL is unset (see src/lib/site-url.ts): a
// deploy built that way hands out embed snippets that load nothing, and nothing else would say so.
import type { AstroIntegration } from 'astro';
import { siteUrlNotice } from '../lib/site-url';

/** The SITE_URL integration: warns once per build when the site's address is the placeholder. */
export function siteUrlCheck(): AstroIntegration {
  return {
    name: 'llm-showdown:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const notice = siteUrlNotice(process.env);
        if (notice) logger.warn(notice);
      },
    },
  };
}
