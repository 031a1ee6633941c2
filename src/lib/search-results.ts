// What a search result shows, from Pagefind's result data: the page's title and section, a short
// excerpt, and the headings inside the page that matched (a figure's title marked as a figure).
// Pure, so the browser script stays small and the shaping is unit-tested.

/** Folder of the built site that holds Pagefind's index and the search box's script. */
export const searchFolder = 'pagefind';
/** File name of the search box's script inside {@link searchFolder}. */
export const searchScript = 'site-search.js';
/** Figure titles carry the figure's id plus this suffix (see Figure.astro): how a match in a figure is told apart. */
export const figureTitleSuffix = '-title';
/** Pages listed for one query: a short list a reader scans, not a results page. */
export const maxResults = 8;
/** Headings listed under one page. */
export const maxParts = 3;

/** The part of Pagefind's `result.data()` that the search box reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { element: string; id: string } }[];
}

/** A stretch of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** One heading inside a page that matched. */
export interface ResultPart {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
  /** The heading is a figure's title (a table, chart, diagram or code sample). */
  figure: boolean;
}

/** One page found. */
export interface ResultView {
  title: string;
  url: string;
  /** The site section the page belongs to (Pagefind meta `section`), when it differs from the title. */
  section: string | undefined;
  excerpt: ExcerptPart[];
  parts: ResultPart[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes into excerpts; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matches) into plain-text parts, so the
 * browser shows it with text nodes and never parses it as HTML. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

/** Shapes one page's result data for display: its title, section, excerpt and up to {@link maxParts} matching headings. */
export function toResultView(data: PagefindResultData): ResultView {
  const title = data.meta['title'] ?? data.url;
  const section = data.meta['section'];
  const parts = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.anchor)
    .slice(0, maxParts)
    .map((s) => ({ title: s.title, url: s.url, excerpt: excerptParts(s.excerpt), figure: s.anchor?.id.endsWith(figureTitleSuffix) === true }));
  return { title, url: data.url, section: section && section !== title ? section : undefined, excerpt: excerptParts(data.excerpt), parts };
}

/** Fills `{name}` placeholders of a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
