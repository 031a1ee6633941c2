import { z } from 'astro/zod';

/** The languages the site is published in; every text value in the data has one form per locale. */
export const locales = ['en', 'zh'] as const;
/** A site language code. */
export type Locale = (typeof locales)[number];

/** A text with an English and a Chinese form; both are required so no page shows a gap. */
export const localized = z
  .object({
    /** English text. */
    en: z.string({ required_error: 'missing the English text ("en")' }).trim().min(1, 'English text ("en") is empty'),
    /** Chinese text (the article's own wording where it has one). */
    zh: z.string({ required_error: 'missing the Chinese translation ("zh")' }).trim().min(1, 'Chinese text ("zh") is empty'),
  })
  .strict();
/** Text in both site languages. */
export type Localized = z.infer<typeof localized>;

/** A kebab-case identifier, used for file names, anchors and references between files. */
export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens, like "gpt-4"');

/** A figure the article does not have or that does not apply, with the reason shown to readers. */
export const notApplicable = z
  .object({
    /** Why there is no figure, in both languages (e.g. "Claude has no experts"). */
    na: localized,
  })
  .strict();
/** An explicit "not applicable" figure. */
export type NotApplicable = z.infer<typeof notApplicable>;
