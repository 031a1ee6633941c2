import { locales, type Locale, type Localized } from '../schemas/common';
import { ui, type UiKey } from '../i18n/ui';

/** BCP 47 tags for `lang`, `hreflang` and `Intl`. */
export { langTag } from './number-format';

/** Narrows any string (e.g. Astro.currentLocale) to a site locale, defaulting to English. */
export function toLocale(value: string | undefined): Locale {
  return (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : 'en';
}

/** Looks up an interface string and fills `{name}` placeholders with the given values. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return ui[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Picks the form of a data text for a locale. */
export function local(text: Localized, locale: Locale): string {
  return text[locale];
}

/**
 * The path of the same page in another locale. `path` is relative to the site base, e.g.
 * "training/" or "zh/training/"; the result is too.
 */
export function pathInLocale(path: string, locale: Locale): string {
  const bare = path.replace(/^\/+/, '').replace(/^zh(\/|$)/, '');
  return locale === 'en' ? bare : `zh/${bare}`;
}

/** Joins the site base (import.meta.env.BASE_URL) and a base-relative path. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
