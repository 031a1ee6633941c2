/**
 * Where the site's source lives and under which licence its data is published: the one place to
 * change them. "Edit this data" links open `<url>/edit/<branch>/<file>` (GitHub's web editor).
 */
export const siteConfig = {
  /** The repository host's address of this project, and the branch pull requests go to. */
  repository: { url: 'https://github.com/llm-showdown/llm-showdown', branch: 'main' },
  /** Licence of our compilation of the data (the downloads); the figures themselves are the article's claims. */
  dataLicence: {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  /** Who to credit in citations of the data. */
  author: { en: 'LLM Showdown contributors', zh: 'LLM Showdown 贡献者' },
} as const;
