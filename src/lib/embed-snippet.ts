// The snippet docs authors paste and the options of an embed's address. No imports: the Embed
// dialog rebuilds the snippet in the browser.

/** The colour options of an embed: the reader's system setting, or forced light or dark. */
export const themes = ['auto', 'light', 'dark'] as const;
/** An embed colour option. */
export type Theme = (typeof themes)[number];

/** Options of an embed page, passed in its query string. */
export interface EmbedOptions {
  /** `theme=light|dark`; `auto` (the default) is left out of the address. */
  theme: Theme;
  /** `title=0` hides the title (it is still read by screen readers). */
  showTitle: boolean;
}

/** The query string for embed options, empty for the defaults (e.g. `?theme=dark&title=0`). */
export function embedQuery({ theme, showTitle }: EmbedOptions): string {
  const params = new URLSearchParams();
  if (theme !== 'auto') params.set('theme', theme);
  if (!showTitle) params.set('title', '0');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What goes into an embed snippet. */
export interface SnippetInput {
  /** Absolute address of the embed page, options included. */
  src: string;
  /** The iframe's accessible name: the figure's title and the site's name. */
  title: string;
  /** Height in pixels the iframe has until /embed.js sets the real one. */
  height: number;
  /** Absolute address of /embed.js. */
  script: string;
}

/**
 * The HTML a docs author pastes: an iframe that shows the figure at a sensible height even
 * without the script, and the script that then fits the height to the content.
 */
export function embedSnippet({ src, title, height, script }: SnippetInput): string {
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="width:100%;border:0"></iframe>`;
  return `${iframe}\n<script async src="${escapeAttribute(script)}"></script>`;
}

/**
 * The root address of the site as the reader sees it (origin and base path, e.g.
 * `http://localhost:4321/`), or undefined when the page is not served over http(s) (a saved file).
 */
export function readerRoot(pageAddress: string, basePath: string): string | undefined {
  const page = new URL(pageAddress);
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return undefined;
  return new URL(basePath, page.origin).href;
}

/**
 * The snippet pointed at the site the reader is on. The build writes addresses under the site's
 * `SITE_URL` (a placeholder when unset); read elsewhere (a local server, a preview deploy), that
 * snippet would load nothing when pasted, so the embed page and /embed.js move to `reader`.
 * Returns `input` itself when the roots are the same or there is no reader root.
 */
export function rebaseSnippet(input: SnippetInput, builtRoot: string, reader: string | undefined): SnippetInput {
  if (reader === undefined || reader === builtRoot) return input;
  const move = (address: string) => (address.startsWith(builtRoot) ? reader + address.slice(builtRoot.length) : address);
  return { ...input, src: move(input.src), script: move(input.script) };
}
