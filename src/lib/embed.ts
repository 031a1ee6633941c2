import type { Locale } from '../schemas/common';
import type { Section } from '../schemas/site';
import { pathInLocale } from './i18n';
import { embedSnippet, type SnippetInput } from './embed-snippet';
import { estimateWidth } from './figures/heights';

/** Base-relative path of a section page, e.g. `cost/` or `zh/cost/`. */
export function sectionPath(section: Section, locale: Locale): string {
  return pathInLocale(section === 'overview' ? '' : `${section}/`, locale);
}

/** Heading levels inside a figure: its title, and the parts under it (text version, notes, the radar's table). */
export interface FigureHeadings {
  /** The figure's title. */
  title: 'h1' | 'h3';
  /** A part of the figure, one level below its title. */
  part: 'h2' | 'h4';
}

/**
 * The heading levels of a figure: under a section's h2 on its page, the page's own h1 on an embed
 * page, where the figure is the whole document.
 */
export function figureHeadings(embed: boolean): FigureHeadings {
  return embed ? { title: 'h1', part: 'h2' } : { title: 'h3', part: 'h4' };
}

/** Base-relative path of a figure's embed page, e.g. `embed/cost-example/` or `zh/embed/cost-example/`. */
export function embedPath(figure: string, locale: Locale): string {
  return pathInLocale(`embed/${figure}/`, locale);
}

/** Base-relative path of a figure's oEmbed description, e.g. `oembed/cost-example.json`. */
export function oembedPath(figure: string, locale: Locale): string {
  return pathInLocale(`oembed/${figure}.json`, locale);
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/, section 2.3.4). */
export interface OEmbedResponse {
  /** Always "rich": HTML to insert. */
  type: 'rich';
  /** The oEmbed version, "1.0". */
  version: '1.0';
  /** The figure's title. */
  title: string;
  /** The site's name. */
  provider_name: string;
  /** The site's home page in the response's language. */
  provider_url: string;
  /** The snippet: iframe and /embed.js. */
  html: string;
  /** Width in pixels the height is estimated for (the iframe itself is 100% wide). */
  width: number;
  /** The iframe's starting height in pixels. */
  height: number;
}

/** Builds the oEmbed description of a figure from its snippet. */
export function oembedResponse(input: { title: string; siteName: string; siteUrl: string; snippet: SnippetInput }): OEmbedResponse {
  return {
    type: 'rich',
    version: '1.0',
    title: input.title,
    provider_name: input.siteName,
    provider_url: input.siteUrl,
    html: embedSnippet(input.snippet),
    width: estimateWidth,
    height: Math.round(input.snippet.height),
  };
}
