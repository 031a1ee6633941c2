import type { Locale } from '../schemas/common';
import type { Section } from '../schemas/site';
import { pathInLocale } from './i18n';
import type { SiteData } from './types';

/** Type of the message an embed page posts to its parent window when its content height changes. */
export const heightMessageType = 'llm-showdown:height';
/** Type of the message /embed.js posts to an embed frame to ask for its height again. */
export const pingMessageType = 'llm-showdown:ping';

/** What an embed page tells the page that frames it (documented on the "Embed a figure" page). */
export interface HeightMessage {
  /** Always `llm-showdown:height`. */
  type: typeof heightMessageType;
  /** The figure's id, as in its embed address `/embed/<figure>/`. */
  figure: string;
  /** Height of the figure's content in CSS pixels, a whole number above 0. */
  height: number;
}

/** The message an embed page sends for a content height; rounded up so nothing is cut off. */
export function heightMessage(figure: string, height: number): HeightMessage {
  return { type: heightMessageType, figure, height: Math.ceil(height) };
}

/** Whether a message is /embed.js asking for the height again. */
export function isPing(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === pingMessageType;
}

/** The colour options of an embed: the reader's system setting, or forced light or dark. */
export const themes = ['auto', 'light', 'dark'] as const;
/** An embed colour option. */
export type Theme = (typeof themes)[number];

/** Options of an embed page, passed in its query string. */
export interface EmbedOptions {
  /** `theme=light|dark`; `auto` (the default) is left out of the address. */
  theme: Theme;
  /** `title=0` hides the title (it is still read by screen readers). */
  showTitle: boolean;
}

/** The query string for embed options, empty for the defaults (e.g. `?theme=dark&title=0`). */
export function embedQuery({ theme, showTitle }: EmbedOptions): string {
  const params = new URLSearchParams();
  if (theme !== 'auto') params.set('theme', theme);
  if (!showTitle) params.set('title', '0');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Base-relative path of a section page, e.g. `cost/` or `zh/cost/`. */
export function sectionPath(section: Section, locale: Locale): string {
  return pathInLocale(section === 'overview' ? '' : `${section}/`, locale);
}

/** Base-relative path of a figure's embed page, e.g. `embed/cost-example/` or `zh/embed/cost-example/`. */
export function embedPath(figure: string, locale: Locale): string {
  return pathInLocale(`embed/${figure}/`, locale);
}

/** Base-relative path of a figure's oEmbed description, e.g. `oembed/cost-example.json`. */
export function oembedPath(figure: string, locale: Locale): string {
  return pathInLocale(`oembed/${figure}.json`, locale);
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What goes into an embed snippet. */
export interface SnippetInput {
  /** Absolute address of the embed page, options included. */
  src: string;
  /** The iframe's accessible name: the figure's title and the site's name. */
  title: string;
  /** Height in pixels the iframe has until /embed.js sets the real one. */
  height: number;
  /** Absolute address of /embed.js. */
  script: string;
}

/**
 * The HTML a docs author pastes: an iframe that shows the figure at a sensible height even
 * without the script, and the script that then fits the height to the content.
 */
export function embedSnippet({ src, title, height, script }: SnippetInput): string {
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="width:100%;border:0"></iframe>`;
  return `${iframe}\n<script async src="${escapeAttribute(script)}"></script>`;
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/, section 2.3.4). */
export interface OEmbedResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** The width the default heights are estimated at, and the one oEmbed responses give. */
export const estimateWidth = 640;

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

// Pixel sizes of the embed page's parts at 640 px wide, measured in Chromium: the frame around a
// figure (padding, title, source line) and a table's heading row, body rows and legend.
const frame = 110;
const tableHead = 62;
const tableRow = 42;
const legend = 30;

/** Height of a comparison table with `rows` body rows, without the figure's frame. */
function tableHeight(rows: number): number {
  return tableHead + rows * tableRow + legend;
}

/**
 * The height an embed iframe starts with (pixels at 640 px wide), estimated from the data so a
 * fifth model or a longer table needs no change; /embed.js replaces it with the measured one.
 */
export function estimateHeight(data: SiteData, figure: string): number {
  const table = data.tables.find((x) => x.id === figure);
  if (table) return frame + tableHeight(table.rows === 'models' ? data.models.length : table.metrics.length);
  const def = data.figures.find((f) => f.id === figure);
  if (!def) throw new Error(`estimateHeight: no figure "${figure}" in content/tables.yaml or content/figures.yaml`);
  const n = data.models.length;
  const width = estimateWidth - 16;
  switch (def.kind) {
    case 'diagram': {
      const lines = {
        'comparison-dimensions': data.dimensions.length,
        'architecture-map': n,
        'scenario-matrix': data.scenarios.length,
        'evolution-timeline': data.timeline.length,
        'developer-strategy': data.strategy.reduce((sum, b) => sum + 1 + b.recommendations.length, 0),
      }[figure] ?? 5;
      return frame + width * 0.6 + 30 + lines * 26;
    }
    case 'chart': {
      const drawn = def.table ? Math.min(width, 544) + 16 + tableHeight(data.tables.find((x) => x.id === def.table)?.metrics.length ?? 5) : 0;
      return frame + (drawn || 60 + n * 36 + tableHeight(data.dataCategories.length));
    }
    case 'check':
      return frame + tableHeight(n) + 60;
    case 'settings':
      return frame + 90;
    case 'formula':
      return frame + 300;
    case 'code':
      return frame + 700;
  }
}
