// The header's search box, loaded only when a reader focuses it or presses "/" (the small inline
// loader in SiteSearch.astro imports this file, which src/integrations/search.ts bundles). It loads
// Pagefind, which picks the index of the page's language from <html lang>, and lists what it finds.
import { fill, maxResults, toResultView, type ExcerptPart, type PagefindResultData, type ResultView } from '../lib/search-results';

/** The part of Pagefind's browser API used here (pagefind.js, written by the build). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** UI strings the header renders into `data-strings` ("|"-separated, in this order), in the page's language. */
interface Strings {
  loading: string;
  none: string;
  count: string;
  figure: string;
  failed: string;
  results: string;
}

/** Reads the strings SiteSearch.astro wrote. */
function readStrings(root: HTMLElement): Strings {
  const [loading = '', none = '', count = '', figure = '', failed = '', results = ''] = (root.dataset['strings'] ?? '').split('|');
  return { loading, none, count, figure, failed, results };
}

/** The results panel: a named region with a status line and the list, hidden until there is a query. */
function makePanel(root: HTMLElement, input: HTMLInputElement, strings: Strings): { panel: HTMLElement; status: HTMLElement; list: HTMLOListElement } {
  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.id = 'site-search-panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', strings.results);
  // Focusable, so a click on its text keeps the focus inside the search (and the panel open).
  panel.tabIndex = -1;
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  panel.append(status, list);
  root.append(panel);
  input.setAttribute('aria-controls', panel.id);
  return { panel, status, list };
}

/** Text with its matches in <mark>, built from text nodes only. */
function excerptNode(parts: ExcerptPart[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  return p;
}

/** One page found, with its section and the headings (figures marked) that matched. */
function resultItem(view: ResultView, strings: Strings): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = view.url;
  link.className = 'page';
  if (view.section) {
    const section = document.createElement('span');
    section.className = 'section';
    section.textContent = view.section;
    link.append(section);
  }
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = view.title;
  link.append(title);
  li.append(link, excerptNode(view.excerpt));
  if (view.parts.length > 0) {
    const list = document.createElement('ul');
    for (const part of view.parts) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = part.url;
      if (part.figure) {
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = strings.figure;
        a.append(kind, ' ');
      }
      a.append(part.title);
      item.append(a, excerptNode(part.excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** Wires the search box inside `root` (the `[data-site-search]` element) to Pagefind. */
export async function start(root: HTMLElement): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const form = root.querySelector('form');
  if (!input || !form || root.querySelector('.search-panel')) return;
  const strings = readStrings(root);
  const { panel, status, list } = makePanel(root, input, strings);
  const show = (open: boolean) => {
    panel.hidden = !open;
  };

  status.textContent = strings.loading;
  let pagefind: Pagefind;
  try {
    // Pagefind sits beside this script (both in pagefind/ under the site's base path).
    const pagefindUrl = new URL('pagefind.js', import.meta.url);
    pagefind = (await import(pagefindUrl.href)) as Pagefind;
    await pagefind.options({ baseUrl: new URL('..', pagefindUrl).pathname, excerptLength: 18 });
    await pagefind.init();
  } catch {
    status.textContent = strings.failed;
    show(input.value.trim() !== '');
    return;
  }
  status.textContent = '';

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const mine = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      show(false);
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 150);
    // A newer keystroke started its own search: this one's answer is stale.
    if (search === null || mine !== latest) return;
    const views = (await Promise.all(search.results.slice(0, maxResults).map((r) => r.data()))).map(toResultView);
    if (mine !== latest) return;
    list.replaceChildren(...views.map((v) => resultItem(v, strings)));
    status.textContent = views.length === 0 ? strings.none : fill(strings.count, { count: search.results.length });
    root.dataset['searched'] = query;
    show(true);
  };

  input.addEventListener('input', () => void run());
  // A click in the box brings back the list it had (Escape only hid it).
  input.addEventListener('click', () => {
    if (input.value.trim() && list.childElementCount > 0) show(true);
  });
  // Enter opens the first page found.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.click();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    show(false);
    input.focus();
  });
  // A click or focus elsewhere closes the list.
  document.addEventListener('pointerdown', (event) => {
    if (!root.contains(event.target as Node)) show(false);
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) show(false);
  });
  if (input.value.trim()) await run();
}
