import { z } from 'astro/zod';
import { id, localized, localizedSentence, plainText, webAddress, type Localized } from './common';

/** Kinds of public source, from most to least authoritative. */
export const recordKinds = ['report', 'card', 'vendor', 'press', 'estimate'] as const;
/** What kind of source a public-record entry rests on. */
export type RecordKind = (typeof recordKinds)[number];

/** How a public-record entry relates to the article's figure. */
export const recordStatuses = ['differs', 'not-disclosed', 'agrees', 'extra'] as const;
/** A record entry's relation to the article's claim. */
export type RecordStatus = (typeof recordStatuses)[number];

/** The reserved id of the article, the default source of every figure (content/article.yaml). */
export const articleSourceId = 'article';

/** A published source the public record cites, with what a reader needs to find it. */
export const sourceSchema = z
  .object({
    /** Stable id that records cite, e.g. "ds-v3". */
    id,
    /** Authors or the publishing organisation, as the source names them. */
    authors: plainText(300),
    /** Title as published (not translated). */
    title: plainText(300),
    /** Where it appeared: an arXiv id, an outlet, a repository. */
    venue: plainText(300).optional(),
    /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date like 2024-12 or 2023-05-16'),
    /** Address, only when it has been checked. */
    url: webAddress.optional(),
    /** A short remark shown after the citation, e.g. a later revision. */
    note: localizedSentence.optional(),
  })
  .strict()
  .refine((s) => s.id !== articleSourceId, { path: ['id'], message: `"${articleSourceId}" is reserved for the article itself (content/article.yaml)` });
/** A source as validated. */
export type Source = z.infer<typeof sourceSchema>;

/** A value of the public record: a number in the metric's unit, or a text in both languages. */
const recordValue = z.union([z.number(), localizedSentence], {
  errorMap: () => ({ message: 'expected a number in the metric’s unit, or a text { en, zh }' }),
});

/** One entry of the public record about one model's figure or topic. */
export const recordEntrySchema = z
  .object({
    /** How the record relates to the article's figure. */
    status: z.enum(recordStatuses),
    /** The public value; required unless the figure was never disclosed. */
    value: recordValue.optional(),
    /** The kind of source; left out only when no source was found at all. */
    kind: z.enum(recordKinds).optional(),
    /** Ids of content/sources.yaml the entry rests on. */
    sources: z.array(id).default([]),
    /** One or two sentences of context, in both languages. */
    note: localizedSentence,
  })
  .strict()
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if (e.status === 'not-disclosed' && e.value !== undefined) issue('value', 'a "not-disclosed" entry has no value: leave value out');
    if (e.status !== 'not-disclosed' && e.value === undefined) issue('value', `a "${e.status}" entry needs the public value`);
    if (e.sources.length > 0 && !e.kind) issue('kind', `give the kind of source, one of: ${recordKinds.join(', ')}`);
    if (e.sources.length === 0 && e.kind) issue('sources', `a "${e.kind}" entry needs at least one source id from content/sources.yaml`);
    if (e.sources.length === 0 && e.status !== 'not-disclosed') issue('sources', 'only a "not-disclosed" entry may go without a source');
  });
/** A public-record entry as validated. */
export type RecordEntry = {
  status: RecordStatus;
  value?: number | Localized | undefined;
  kind?: RecordKind | undefined;
  sources: string[];
  note: Localized;
};

/** One model's public record: metric or topic id → entries. The file's key is the model id. */
export const modelRecordSchema = z.record(id, z.array(recordEntrySchema).min(1, 'needs at least one entry'));

/** A topic of the public record that no single metric covers, e.g. the architecture. */
export const recordTopicSchema = z
  .object({
    /** Stable id, used as a key in public-record.yaml. */
    id,
    /** What the topic is called, in both languages. */
    label: localized,
    /** The table (tables.yaml) or figure (figures.yaml) the topic's records are shown with. */
    figure: id,
    /** Which part of a model file holds the article's claim on this topic; none when it makes no claim. */
    claim: z.enum(['architecture-chain']).optional(),
  })
  .strict();
/** A record topic as validated. */
export type RecordTopic = z.infer<typeof recordTopicSchema>;
