import { costCheckId } from './downloads';
import type { SiteData } from './types';
import { vendorSourceFiles } from './vendor-table';

/** Figures that are not tables but draw every model's file (a chain, a mix, a recommendation): their sources are the models'. */
export const modelBasedFigures: ReadonlySet<string> = new Set(['architecture-map', 'training-data-mix', 'parallel-setup-code', 'scenario-matrix', 'quantisation-code', 'developer-strategy']);

/**
 * The data files a figure is built from, relative to content/, the files holding its values first
 * and its definition (title) last: what "Edit this data" links to and what "last changed" dates.
 * Empty for figures without data (the formula, the routing code).
 */
export function figureSources(data: SiteData, id: string): string[] {
  const models = data.models.map((m) => `models/${m.id}.yaml`);
  if (data.tables.some((x) => x.id === id)) return [...models, 'metrics.yaml', 'tables.yaml'];
  const byFigure: Record<string, string[]> = {
    'comparison-dimensions': ['dimensions.yaml'],
    'architecture-map': models,
    'training-data-mix': [...models, 'data-categories.yaml'],
    'parallel-setup-code': models,
    'capability-radar': [...models, 'metrics.yaml', 'tables.yaml'],
    'vendor-results': vendorSourceFiles(data),
    'benchmark-settings': ['benchmark.yaml'],
    'benchmark-code': ['benchmark.yaml'],
    'scenario-matrix': ['scenarios.yaml', ...models],
    'quantisation-code': models,
    'evolution-timeline': ['timeline.yaml'],
    'developer-strategy': ['strategy.yaml', ...models],
    [costCheckId]: ['cost-assumptions.yaml', ...models],
  };
  const files = byFigure[id];
  if (!files) return [];
  return id === costCheckId ? files : [...files, 'figures.yaml'];
}
