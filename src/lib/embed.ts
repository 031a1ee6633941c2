import type { Locale } from '../schemas/common';
import type { Section } from '../schemas/site';
import { benchmarkCode, parallelSetupCode, quantisationCode } from './code-samples';
import { pathInLocale } from './i18n';
import { diagramAspect, isDiagramId, type DiagramId } from './mermaid';
import { embedSnippet, type SnippetInput } from './embed-snippet';
import type { SiteData } from './types';
import { vendorHeight } from './vendor-table';

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

// The public-record notes under a table: a heading and legend, a line naming each note's model and
// figure, and a paragraph of two to four lines per entry (measured: 1 note 228 px, 8 notes 1092 px,
// 13 notes with 20 entries 2097 px).
const notesFrame = 60;
const noteLine = 60;
const noteEntry = 70;

/** Height of the public-record notes under a table with these metrics. */
function notesHeight(data: SiteData, metrics: readonly string[]): number {
  const groups = data.records.filter((g) => metrics.includes(g.subject));
  const entries = groups.reduce((n, g) => n + g.entries.length, 0);
  return groups.length === 0 ? 0 : notesFrame + groups.length * noteLine + entries * noteEntry;
}

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
  if (table) return frame + tableHeight(table.rows === 'models' ? data.models.length : table.metrics.length, table.rows, locale) + notesHeight(data, table.metrics);
  const def = data.figures.find((f) => f.id === figure);
  if (!def) throw new Error(`estimateHeight: no figure "${figure}" in content/tables.yaml or content/figures.yaml`);
  const width = estimateWidth - 16;
  if (figure === 'vendor-results') return vendorHeight(data, locale);
  if (isDiagramId(figure)) return Math.round(frame + width / diagramAspect(figure, data.models.length) + 24 + diagramLines(data, figure) * textLine);
  const code = generatedCode(data, figure);
  if (code !== undefined) return frame + 34 + code.trimEnd().split('\n').length * codeLine;
  const scores = def.table === undefined ? undefined : data.tables.find((x) => x.id === def.table);
  if (scores) return frame + Math.min(width, 544) + 56 + tableHeight(scores.metrics.length, 'metrics', locale);
  switch (def.kind) {
    case 'chart':
      return frame + 30 + data.models.length * 36 + tableHeight(data.dataCategories.length, 'models', locale);
    case 'check':
      return frame + tableHeight(data.models.length, 'models', locale) + 40 + notesHeight(data, ['instance-gpus', 'throughput', 'cost-per-million-tokens']);
    case 'settings':
      return frame + 60;
    case 'formula':
      return frame + 310;
    default:
      // Hand-written code (src/figures/): a typical sample of 40 lines.
      return frame + 34 + 40 * codeLine;
  }
}
