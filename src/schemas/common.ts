import { z } from 'astro/zod';
import { describeValue, forbiddenCharacter } from '../lib/describe-value';
import { checkWebAddress } from '../lib/web-address';

/** The languages the site is published in; every text value in the data has one form per locale. */
export const locales = ['en', 'zh'] as const;
/** A site language code. */
export type Locale = (typeof locales)[number];

/** Longest label (a name, title, table cell or diagram node), in UTF-16 units as JavaScript counts them. */
export const maxLabelLength = 120;
/** Longest sentence-like text (a summary, description, note or reason). */
export const maxSentenceLength = 400;

/** Rejects characters that would not show, or would make the shown text differ from what a reviewer reads. */
function checkCharacters(text: string, ctx: z.RefinementCtx): void {
  const bad = forbiddenCharacter(text);
  if (bad) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `contains ${bad.name} at character ${bad.index + 1}; remove it (control characters and bidirectional controls are not allowed in data texts)` });
}

/** One language's form of a text: trimmed, not empty, at most `max` characters, no hidden control characters. */
function oneLanguage(name: string, code: 'en' | 'zh', max: number) {
  return z
    .string({ required_error: code === 'zh' ? 'missing the Chinese translation ("zh")' : 'missing the English text ("en")' })
    .trim()
    .min(1, `${name} text ("${code}") is empty`)
    .max(max)
    .superRefine(checkCharacters);
}

/** A text with an English and a Chinese form, each at most `max` characters. */
function localizedText(max: number) {
  return z
    .object({
      /** English text. */
      en: oneLanguage('English', 'en', max).describe('English text.'),
      /** Chinese text (the article's own wording where it has one). */
      zh: oneLanguage('Chinese', 'zh', max).describe('Chinese text (the article’s own wording where it has one).'),
    })
    .strict();
}

/** A short text (a label, name, title or cell) in English and Chinese; both are required so no page shows a gap. */
export const localized = localizedText(maxLabelLength);
/** A sentence-long text (summary, description, note, reason) in English and Chinese. */
export const localizedSentence = localizedText(maxSentenceLength);
/** Text in both site languages. */
export type Localized = z.infer<typeof localized>;

/** A single-language text such as a title as published or a hardware name, with the same checks as a label. */
export function plainText(max = maxLabelLength) {
  return z.string().trim().min(1, 'is empty').max(max).superRefine(checkCharacters);
}

/** The form of every id: it becomes a file name, an anchor and a path segment of the site's addresses. */
export const idPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** What an id must look like, for messages. */
export const idRule = 'lower-case letters, digits and single hyphens, starting with a letter, like "gpt-4"';
/** Longest id: ids are file names and path segments, and long ones make unwieldy addresses. */
export const maxIdLength = 60;

/** A kebab-case identifier, used for file names, anchors and references between files. */
export const id = z.string().max(maxIdLength).regex(idPattern, `must be kebab-case: ${idRule}`);

/**
 * A web address from the data: an absolute https:// address with a host, as a browser reads it
 * (see checkWebAddress). Anything else could become a link that runs script or leaks the reader.
 */
export const webAddress = z.string().superRefine((text, ctx) => {
  const check = checkWebAddress(text);
  if (!check.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be an https:// web address; found ${describeValue(text)}, which ${check.reason}` });
});

/** A figure the article does not have or that does not apply, with the reason shown to readers. */
export const notApplicable = z
  .object({
    /** Why there is no figure, in both languages (e.g. "Claude has no experts"). */
    na: localizedSentence.describe('Why there is no figure, in both languages (e.g. "Claude has no experts"); shown to readers.'),
  })
  .strict()
  .describe('No figure: the source gives none or it does not apply; say why in both languages.');
/** An explicit "not applicable" figure. */
export type NotApplicable = z.infer<typeof notApplicable>;
