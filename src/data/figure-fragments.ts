import type { Locale } from '../schemas/common';

/** An MDX fragment module: its default export renders the content. */
export interface Fragment {
  /** Renders the fragment. */
  default: (props: Record<string, never>) => unknown;
}

// Loaded on demand, so a page bundles only the fragments it shows.
const fragments = import.meta.glob<Fragment>('../figures/*.mdx');

/** Loader of a figure's hand-written content, src/figures/<id>.<locale>.mdx, if that file exists. */
export function fragmentLoader(id: string, locale: Locale): (() => Promise<Fragment>) | undefined {
  return fragments[`../figures/${id}.${locale}.mdx`];
}

// The sources too (eager; two small files), to tell which fragments typeset a formula.
const sources = import.meta.glob<string>('../figures/*.mdx', { query: '?raw', import: 'default', eager: true });

/** Whether a figure's hand-written content has a formula (`$$…$$` or `$…$`), so its page needs KaTeX's font. */
export function fragmentHasMath(id: string, locale: Locale): boolean {
  return /(^|[^\\])\$/m.test(sources[`../figures/${id}.${locale}.mdx`] ?? '');
}

/** Whether a figure's content is written by hand in src/figures/ (in any language). */
export function hasFragment(id: string): boolean {
  return Object.keys(fragments).some((path) => path.startsWith(`../figures/${id}.`));
}
