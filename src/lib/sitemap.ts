// What the sitemap lists (see @astrojs/sitemap in astro.config.mjs) and the robots.txt that names it.

/**
 * Whether an address belongs in the sitemap: reading pages only, not the embed pages (framed copies
 * of figures, marked noindex), oEmbed files, the 404 page, data downloads or feeds.
 */
export function inSitemap(address: string): boolean {
  const path = new URL(address).pathname;
  if (/\/(embed|oembed)\//.test(path)) return false;
  if (/\/404\/?$/.test(path)) return false;
  return path.endsWith('/');
}

/** The sitemap index's file name, as @astrojs/sitemap writes it. */
export const sitemapIndex = 'sitemap-index.xml';

/** robots.txt for a site whose root (with its base) is `root`: allow everything and name the sitemap. */
export function robotsTxt(root: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapIndex, root).href}\n`;
}
