import type { Locale } from '../schemas/common';
import { isFlagged, flagOf } from './records';
import type { SiteData } from './types';

/** How a model's figures stand against the public record, for the summary on its page. */
export interface ModelFlags {
  /** Metrics the model fills in. */
  figures: number;
  /** Figures or topics whose record differs from the article. */
  differs: number;
  /** Figures or topics the vendor never disclosed. */
  notDisclosed: number;
  /** Groups of the record that only agree or add context. */
  other: number;
}

/** Counts a model's figures and how its public record stands. */
export function modelFlags(data: SiteData, modelId: string): ModelFlags {
  const groups = data.records.filter((r) => r.model === modelId);
  const flagged = groups.filter((g) => isFlagged(g));
  return {
    figures: data.metrics.size,
    differs: flagged.filter((g) => flagOf(g) === 'differs').length,
    notDisclosed: flagged.filter((g) => flagOf(g) === 'not-disclosed').length,
    other: groups.length - flagged.length,
  };
}

/** Where the article recommends a model: scenarios it calls the model the best fit for, and strategy advice. */
export function recommendationsOf(data: SiteData, modelId: string, locale: Locale): { scenarios: string[]; strategy: string[] } {
  return {
    scenarios: data.scenarios.filter((s) => s.bestFit === modelId).map((s) => s.label[locale]),
    strategy: data.strategy.flatMap((b) => b.recommendations.filter((r) => r.model === modelId).map((r) => `${b.label[locale]}: ${r.label[locale]}`)),
  };
}
