// One figure, by id, as everything that shows or exports it reads it: its definition (a comparison
// table of tables.yaml or a figure of figures.yaml), its files, its download, its embed height, its
// diagram or code. Each asks the registry (kinds.ts) by the figure's `draws`, never by its id.
import type { Locale } from '../../schemas/common';
import type { TableDef } from '../../schemas/metric';
import type { FigureDef, FromFile, SiteData } from '../types';
import type { FigureDownload } from './download-rows';
import { comparisonTableKind, kindOf, type DiagramKind, type FigureKind } from './kinds';

/** A figure found by id: a comparison table, or a figure of figures.yaml with its kind's entry in the registry. */
export type FoundFigure = { type: 'table'; def: FromFile<TableDef> } | { type: 'figure'; def: FromFile<FigureDef>; kind: FigureKind };

/** The table or figure with this id, or undefined. */
export function findFigure(data: SiteData, id: string): FoundFigure | undefined {
  const table = data.tables.find((x) => x.id === id);
  if (table) return { type: 'table', def: table };
  const def = data.figures.find((f) => f.id === id);
  return def && { type: 'figure', def, kind: kindOf(def.draws) };
}

/** A figure's broad kind as readers are told it ("Table: …", "Diagram: …"): a comparison table is a `table`. */
export function kindName(found: FoundFigure): FigureDef['kind'] | 'table' {
  return found.type === 'table' ? 'table' : found.def.kind;
}

/** Whether a figure is drawn as SVG on its page, so its picture comes as SVG too (the registry's `vector`). */
export function isVector(found: FoundFigure): boolean {
  return found.type === 'table' ? comparisonTableKind.vector : found.kind.vector;
}

/** The figures of figures.yaml that draw this (in file order). */
export function figuresDrawing(data: SiteData, draws: FigureDef['draws']): FromFile<FigureDef>[] {
  return data.figures.filter((f) => f.draws === draws);
}

/**
 * The data files a figure is built from, relative to content/, the files holding its values first
 * and its definition (title) last: what "Edit this data" links to and what "last changed" dates.
 * Empty for figures without data (the hand-written ones).
 */
export function figureSources(data: SiteData, id: string): string[] {
  const found = findFigure(data, id);
  if (!found) return [];
  if (found.type === 'table') return comparisonTableKind.files(data);
  const files = found.kind.files(data, found.def);
  return files.length === 0 ? files : [...files, 'figures.yaml'];
}

/**
 * Ids of every figure with downloads, in page order: each comparison table, each figure with data
 * of its own, then our own checks of the source's figures. Code samples and the formula have none
 * (their numbers are in these).
 */
export function downloadIds(data: SiteData): string[] {
  const withData = data.figures.filter((f) => kindOf(f.draws).download !== undefined);
  const ours = (f: FigureDef) => f.kind === 'check';
  return [...data.tables.map((x) => x.id), ...withData.filter((f) => !ours(f)).map((f) => f.id), ...withData.filter(ours).map((f) => f.id)];
}

/** The data of one figure in one language; throws for a figure without downloads. */
export function figureDownload(data: SiteData, id: string, locale: Locale): FigureDownload {
  const found = findFigure(data, id);
  const head = found && { id, title: found.def.title[locale], locale, section: found.def.section, articleSection: found.def.articleSection };
  if (found?.type === 'table') return { ...head!, ...comparisonTableKind.download(data, id, locale) };
  if (found?.kind.download) return { ...head!, ...found.kind.download(data, found.def, locale) };
  throw new Error(`No download for "${id}": it is not a table of content/tables.yaml or a figure of content/figures.yaml whose kind (draws) has data`);
}

/**
 * The height an embed iframe starts with (pixels, at 640 px wide), estimated from the data so a
 * fifth model or a longer table needs no change; /embed.js replaces it with the measured one.
 */
export function estimateHeight(data: SiteData, id: string, locale: Locale): number {
  const found = findFigure(data, id);
  if (!found) throw new Error(`estimateHeight: no figure "${id}" in content/tables.yaml or content/figures.yaml`);
  return found.type === 'table' ? comparisonTableKind.height(data, id, locale) : found.kind.height(data, found.def, locale);
}

/** The Mermaid drawing of a figure, if its kind is a diagram. */
export function diagramOf(def: FigureDef): DiagramKind | undefined {
  return kindOf(def.draws).diagram;
}

/** A diagram figure's title, Mermaid source and the space to reserve (width ÷ height); throws for a figure that is not a diagram. */
export function diagramSource(data: SiteData, id: string, locale: Locale): { title: string; source: string; aspect: number } {
  const def = data.figures.find((f) => f.id === id);
  const diagram = def && diagramOf(def);
  if (!def || !diagram) throw new Error(`diagramSource: "${id}" is not a figure of content/figures.yaml drawn as a diagram`);
  const title = def.title[locale];
  return { title, source: diagram.source(data, locale, title), aspect: diagram.aspect(data.models.length) };
}

/** The code of a figure written from the data, if its kind is a generated code sample (undefined when no model has its figures). */
export function figureCode(data: SiteData, def: FigureDef): string | undefined {
  return kindOf(def.draws).code?.(data);
}
