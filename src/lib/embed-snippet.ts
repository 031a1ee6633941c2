// The snippet docs authors paste and the options of an embed's address. No imports: the Embed
// dialog rebuilds the snippet in the browser.

/** The colour options of an embed: the reader's system setting, or forced light or dark. */
export const themes = ['auto', 'light', 'dark'] as const;
/** An embed colour option. */
export type Theme = (typeof themes)[number];

/** Options of an embed page, passed in its query string. */
export interface EmbedOptions {
  /** `theme=light|dark`; `auto` (the default: the host reader's colours) is left out of the address. */
  theme: Theme;
  /** `title=0` hides the title (it is still read by screen readers). */
  showTitle: boolean;
  /** `plain=1`: the figure alone, without its title and source line. */
  plain?: boolean | undefined;
  /** `static=1`: the page runs no script after its first inline one (no height reports to /embed.js). */
  static?: boolean | undefined;
}

/** The query string for embed options, empty for the defaults (e.g. `?theme=dark&title=0`). */
export function embedQuery({ theme, showTitle, plain, static: still }: EmbedOptions): string {
  const params = new URLSearchParams();
  if (theme !== 'auto') params.set('theme', theme);
  if (!showTitle && !plain) params.set('title', '0');
  if (plain) params.set('plain', '1');
  if (still) params.set('static', '1');
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
  /** The figure's pictures, when the build drew them: the iframe's fallback where frames are not shown. */
  picture?: PictureAddresses | undefined;
}

/** Absolute addresses of a figure's picture (PNG), for snippets where no frame is allowed. */
export interface PictureAddresses {
  /** The figure's title: the picture's alternative text. */
  alt: string;
  /** The figure on its section page (`…/cost/#cost-example`), which the picture links to. */
  page: string;
  /** The light PNG at 1×. */
  light: string;
  /** The light PNG at 2×. */
  light2x: string;
  /** The dark PNG at 1×. */
  dark: string;
  /** The dark PNG at 2×. */
  dark2x: string;
}

/** Escapes text for the brackets of a Markdown link or image. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** A linked image in Markdown: `[![title](png)](page#figure)`, dark when `theme` is dark, else light. */
export function markdownSnippet(picture: PictureAddresses, theme: Theme = 'auto'): string {
  const png = theme === 'dark' ? picture.dark : picture.light;
  return `[![${escapeMarkdown(picture.alt)}](${png})](${picture.page})`;
}

/**
 * A linked `<picture>`: for `auto`, the dark PNG when the reader's system is dark, else the light one;
 * 2× on dense screens. Hosts that allow HTML but no frames (a README, a wiki) show it.
 */
export function pictureSnippet(picture: PictureAddresses, theme: Theme = 'auto'): string {
  const [one, two] = theme === 'dark' ? [picture.dark, picture.dark2x] : [picture.light, picture.light2x];
  const img = `<img src="${escapeAttribute(one)}" srcset="${escapeAttribute(two)} 2x" alt="${escapeAttribute(picture.alt)}" style="max-width:100%;height:auto">`;
  const source = theme === 'auto' ? `\n    <source media="(prefers-color-scheme: dark)" srcset="${escapeAttribute(picture.dark)}, ${escapeAttribute(picture.dark2x)} 2x">` : '';
  return `<a href="${escapeAttribute(picture.page)}">\n  <picture>${source}\n    ${img}\n  </picture>\n</a>`;
}

/**
 * The HTML a docs author pastes: an iframe that shows the figure at a sensible height even
 * without the script, and the script that then fits the height to the content.
 */
export function embedSnippet({ src, title, height, script, picture }: SnippetInput, theme: Theme = 'auto'): string {
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="width:100%;border:0"></iframe>`;
  // Where the host runs no scripts (feed readers, e-mail), frames are usually dropped too: the picture stands in.
  const fallback = picture ? `\n<noscript>${linkedImage(picture, theme)}</noscript>` : '';
  return `${iframe}\n<script async src="${escapeAttribute(script)}"></script>${fallback}`;
}

/** The one-line linked image of the iframe snippet's `<noscript>`. */
function linkedImage(picture: PictureAddresses, theme: Theme): string {
  const png = theme === 'dark' ? picture.dark : picture.light;
  return `<a href="${escapeAttribute(picture.page)}"><img src="${escapeAttribute(png)}" alt="${escapeAttribute(picture.alt)}" style="max-width:100%;height:auto"></a>`;
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
  const p = input.picture;
  const picture = p && { ...p, page: move(p.page), light: move(p.light), light2x: move(p.light2x), dark: move(p.dark), dark2x: move(p.dark2x) };
  return { ...input, src: move(input.src), script: move(input.script), ...(picture ? { picture } : {}) };
}
