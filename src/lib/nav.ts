import { sections, type Section } from '../schemas/site';

/** Pages beyond the article's sections, in the order the navigation lists them after the sections. */
export const extraPages = ['claims', 'methodology'] as const;
/** What a page is, for the navigation: a section, an extra page, or a model's own page. */
export type PageKey = Section | (typeof extraPages)[number] | 'model';

/** Every page the navigation links to, in order, as paths relative to the locale's root. */
export const navPages: { key: Section | (typeof extraPages)[number]; path: string }[] = [
  ...sections.map((s) => ({ key: s, path: s === 'overview' ? '' : `${s}/` })),
  ...extraPages.map((p) => ({ key: p, path: `${p}/` })),
];
