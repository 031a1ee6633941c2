import type { Locale } from '../schemas/common';
import type { Section } from '../schemas/site';
import { benchmarkCode, parallelSetupCode, quantisationCode } from './code-samples';
import { pathInLocale } from './i18n';
import { diagramAspect, isDiagramId, type DiagramId } from './mermaid';
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

// Pixel sizes of an embed page's parts at 640 px wide, measured in Chromium on the built site:
// the frame around every figure (padding, title, source line), a table's heading row and legend,
// a body row (English metric names wrap onto two lines, Chinese ones do not), a line of code or text.
const frame = 110;
const tableHead = 62;
const legend = 30;
const rowHeight = { metrics: { en: 75, zh: 48 }, models: { en: 40, zh: 36 } } as const;
const codeLine = 21;
const textLine = 21;

/** Height of a comparison table with `rows` body rows of that kind, without the figure's frame. */
function tableHeight(rows: number, kind: 'metrics' | 'models', locale: Locale): number {
  return tableHead + rows * rowHeight[kind][locale] + legend;
}

/** Lines of the text version under each diagram (see DiagramFigure.astro). */
function diagramLines(data: SiteData, id: DiagramId): number {
  const lines: Record<DiagramId, number> = {
    'comparison-dimensions': data.dimensions.length,
    'architecture-map': data.models.length,
    'scenario-matrix': data.scenarios.length,
    'evolution-timeline': data.timeline.length,
    'developer-strategy': data.strategy.reduce((sum, branch) => sum + 1 + branch.recommendations.length, 0),
  };
  return lines[id];
}

/** The code of a generated sample, if the figure is one. */
function generatedCode(data: SiteData, id: string): string | undefined {
  if (id === 'benchmark-code') return benchmarkCode(data);
  if (id === 'parallel-setup-code') return parallelSetupCode(data)?.code;
  if (id === 'quantisation-code') return quantisationCode(data)?.code;
  return undefined;
}

/**
 * The height an embed iframe starts with (pixels, at 640 px wide), estimated from the data so a
 * fifth model or a longer table needs no change; /embed.js replaces it with the measured one.
 */
export function estimateHeight(data: SiteData, figure: string, locale: Locale): number {
  const table = data.tables.find((x) => x.id === figure);
  if (table) return frame + tableHeight(table.rows === 'models' ? data.models.length : table.metrics.length, table.rows, locale);
  const def = data.figures.find((f) => f.id === figure);
  if (!def) throw new Error(`estimateHeight: no figure "${figure}" in content/tables.yaml or content/figures.yaml`);
  const width = estimateWidth - 16;
  if (isDiagramId(figure)) return Math.round(frame + width / diagramAspect(figure, data.models.length) + 24 + diagramLines(data, figure) * textLine);
  const code = generatedCode(data, figure);
  if (code !== undefined) return frame + 34 + code.trimEnd().split('\n').length * codeLine;
  const scores = def.table === undefined ? undefined : data.tables.find((x) => x.id === def.table);
  if (scores) return frame + Math.min(width, 544) + 56 + tableHeight(scores.metrics.length, 'metrics', locale);
  switch (def.kind) {
    case 'chart':
      return frame + 30 + data.models.length * 36 + tableHeight(data.dataCategories.length, 'models', locale);
    case 'check':
      return frame + tableHeight(data.models.length, 'models', locale) + 40;
    case 'settings':
      return frame + 60;
    case 'formula':
      return frame + 310;
    default:
      // Hand-written code (src/figures/): a typical sample of 40 lines.
      return frame + 34 + 40 * codeLine;
  }
}
