import { getSiteData } from './site-data';
import { embedPath, oembedResponse, sectionPath, type OEmbedResponse } from '../lib/embed';
import { estimateHeight, findFigure, kindName } from '../lib/figures/figure';
import type { PictureAddresses, SnippetInput } from '../lib/embed-snippet';
import { picturePath } from '../lib/figure-pictures';
import { picturesDrawn } from '../integrations/figure-picture-state';
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

/** A figure's name for frames and its embed page: its kind and title, and the site ("Table: … · LLM Showdown"). */
export async function frameTitle(figure: string, title: string, locale: Locale): Promise<string> {
  const data = await getSiteData();
  const found = findFigure(data, figure);
  const kind = found ? kindName(found) : 'table';
  return t(locale, 'embed.frameTitle', { kind: t(locale, `figureKind.${kind}` as const), title, site: t(locale, 'site.name') });
}

/** Absolute addresses of a figure's pictures, or undefined when this build does not draw them. */
async function pictureAddresses(figure: string, title: string, locale: Locale, site: URL | undefined): Promise<PictureAddresses | undefined> {
  const data = await getSiteData();
  const def = findFigure(data, figure)?.def;
  if (!def || !picturesDrawn()) return undefined;
  const png = (theme: 'light' | 'dark', format: 'png' | 'png2x') => absolute(picturePath(figure, locale, theme, format), site);
  return { alt: title, page: `${absolute(sectionPath(def.section, locale), site)}#${figure}`, light: png('light', 'png'), light2x: png('light', 'png2x'), dark: png('dark', 'png'), dark2x: png('dark', 'png2x') };
}

/** What the default snippet of a figure holds: its embed page, name, starting height, /embed.js and its picture. */
export async function snippetInput(figure: string, title: string, locale: Locale, site: URL | undefined): Promise<SnippetInput> {
  const picture = await pictureAddresses(figure, title, locale, site);
  return {
    src: absolute(embedPath(figure, locale), site),
    title: await frameTitle(figure, title, locale),
    height: estimateHeight(await getSiteData(), figure, locale),
    script: absolute('embed.js', site),
    ...(picture ? { picture } : {}),
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
