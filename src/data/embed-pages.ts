import { getSiteData } from './site-data';
import { embedPath, oembedResponse, type OEmbedResponse } from '../lib/embed';
import { estimateHeight } from '../lib/figures/figure';
import type { SnippetInput } from '../lib/embed-snippet';
import { t, withBase } from '../lib/i18n';
import type { Locale } from '../schemas/common';

/** Every figure of the site, tables first, as `getStaticPaths` entries for the embed and oEmbed routes. */
export async function embedPages(locale: Locale) {
  const data = await getSiteData();
  return [...data.tables, ...data.figures].map((f) => ({
    params: { figure: f.id },
    props: { figure: f.id, title: f.title[locale] },
  }));
}

/** Absolute address of a base-relative path; snippets are pasted on other sites, so they need one. */
function absolute(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site` (or SITE_URL): embed snippets need absolute addresses');
  return new URL(withBase(import.meta.env.BASE_URL, path), site).href;
}

/** What the default snippet of a figure holds: its embed page, name, starting height and /embed.js. */
export async function snippetInput(figure: string, title: string, locale: Locale, site: URL | undefined): Promise<SnippetInput> {
  return {
    src: absolute(embedPath(figure, locale), site),
    title: t(locale, 'embed.frameTitle', { title, site: t(locale, 'site.name') }),
    height: estimateHeight(await getSiteData(), figure, locale),
    script: absolute('embed.js', site),
  };
}

/** The oEmbed description of a figure. */
export async function oembedFor(figure: string, title: string, locale: Locale, site: URL | undefined): Promise<OEmbedResponse> {
  return oembedResponse({
    title,
    siteName: t(locale, 'site.name'),
    siteUrl: absolute(locale === 'en' ? '' : 'zh/', site),
    snippet: await snippetInput(figure, title, locale, site),
  });
}
