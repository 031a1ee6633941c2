// The address the site is built for. Embed snippets and oEmbed files are pasted on other sites, so
// they carry absolute addresses; without SITE_URL those point at a placeholder where nothing is served.

/** The address used when `SITE_URL` is unset: a reserved name (RFC 2606), so it never reaches a real site. */
export const placeholderSite = 'https://llm-showdown.example';

/** The site's address from the environment: `SITE_URL`, or {@link placeholderSite}. */
export function siteAddress(env: Readonly<Record<string, string | undefined>>): string {
  return env['SITE_URL'] || placeholderSite;
}

/**
 * The one line the build prints when `SITE_URL` is unset, saying what points at the placeholder
 * and how to set the address; undefined when it is set.
 */
export function siteUrlNotice(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env['SITE_URL']) return undefined;
  return `SITE_URL is not set: embed snippets and oEmbed files will point at the placeholder ${placeholderSite}, where nothing is served. Set the site’s address with SITE_URL=https://your.host npm run build`;
}
