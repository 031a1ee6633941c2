import { z } from 'astro/zod';
import { id, localizedSentence, plainText } from './common';

/**
 * Units a published benchmark score can have. Both are 0–100 scales: "percent" for accuracy, exact
 * match and pass rates, "f1" for an F1 score written ×100 (DROP), which is not a share of items.
 */
export const benchmarkUnits = ['percent', 'f1'] as const;
/** A benchmark score's unit. */
export type BenchmarkUnit = (typeof benchmarkUnits)[number];

/** The lowest and highest score each unit allows, inclusive. */
export const unitRange: Readonly<Record<BenchmarkUnit, readonly [number, number]>> = { percent: [0, 100], f1: [0, 100] };

/** A public benchmark the vendors report results on (content/benchmarks.yaml). */
export const publishedBenchmarkSchema = z
  .object({
    /** Stable id that results cite, e.g. "mmlu". */
    id,
    /** The benchmark's name as its paper writes it, e.g. "MMLU" (the same in both languages). */
    name: plainText().describe('The benchmark’s name as its paper writes it, e.g. "MMLU" (the same in both languages).'),
    /** What the benchmark measures, one sentence in both languages. */
    measures: localizedSentence.describe('What the benchmark measures, one sentence in both languages.'),
    /** The unit of its scores: "percent" (accuracy, exact match, pass rate) or "f1" (F1 ×100). */
    unit: z.enum(benchmarkUnits).describe('The unit of its scores: "percent" (accuracy, exact match, pass rate) or "f1" (F1 score ×100); both run from 0 to 100.'),
    /** Which way is better; every benchmark here is "higher". */
    direction: z.literal('higher').describe('Which way is better; every benchmark here is "higher".'),
    /** The paper that defines the benchmark: an id of content/sources.yaml. */
    source: id.describe('The paper that defines the benchmark: an id of content/sources.yaml.'),
  })
  .strict();
/** A benchmark definition as validated. */
export type PublishedBenchmark = z.infer<typeof publishedBenchmarkSchema>;

/** One score a vendor published for one version of its model on one benchmark. */
export const vendorResultSchema = z
  .object({
    /** The benchmark: an id of content/benchmarks.yaml. */
    benchmark: id.describe('The benchmark: an id of content/benchmarks.yaml.'),
    /** The score exactly as printed, in the benchmark's unit (86.4% is 86.4). */
    score: z.number().finite().describe('The score exactly as printed, in the benchmark’s unit (86.4% is 86.4).'),
    /** The metric as the source prints it beside the score, e.g. "EM", "Pass@1", "Acc.". */
    metric: plainText(60).optional().describe('The metric as the source prints it beside the score, e.g. "EM", "Pass@1", "Acc.".'),
    /** How it was measured, exactly as printed: shots, chain-of-thought, pass@k, majority voting. */
    setting: plainText(200).describe('How it was measured, exactly as printed: shots, chain-of-thought, pass@k, majority voting (e.g. "5-shot").'),
    /** The exact model version the vendor reported, e.g. "DeepSeek-V3-Base" or "gpt-4-turbo-2024-04-09". */
    version: plainText().describe('The exact model version the vendor reported, e.g. "DeepSeek-V3-Base" or "gpt-4-turbo-2024-04-09".'),
    /** Where it is printed: an id of content/sources.yaml. */
    source: id.describe('Where it is printed: an id of content/sources.yaml.'),
    /** Where in the source, in both languages: table, section, page or line. */
    locator: localizedSentence.describe('Where in the source, in both languages: table, section, page or line.'),
    /** A remark readers need, e.g. that a setting differs from the other vendors'. */
    note: localizedSentence.optional().describe('A remark readers need, e.g. that a setting differs from the other vendors’.'),
  })
  .strict();
/** A vendor-reported result as validated. */
export type VendorResult = z.infer<typeof vendorResultSchema>;

/** A model's file of vendor-reported results (content/results/<model-id>.yaml). */
export const vendorResultsFileSchema = z
  .object({
    /** The results, in the order the page lists them. */
    results: z.array(vendorResultSchema).min(1, 'needs at least one result; leave the file out when the vendor reports none').describe('The vendor-reported results, in the order the page lists them.'),
  })
  .strict();
