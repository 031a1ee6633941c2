// Shared helpers for the end-to-end tests: the page list and "wait until the page is fully drawn".
import { expect, type Page } from '@playwright/test';

export type Lang = 'en' | 'zh';

/** The seven sections, by their path relative to the site root (English). */
export const sections = ['', 'architecture/', 'training/', 'performance/', 'scenarios/', 'cost/', 'outlook/'] as const;

/** Path of a section in a language: "" → "/" or "/zh/". */
export function pathOf(section: string, lang: Lang): string {
  return lang === 'en' ? `/${section}` : `/zh/${section}`;
}

/** All 14 pages: every section in both languages. */
export const pages: { path: string; lang: Lang; section: string }[] = (['en', 'zh'] as const).flatMap((lang) =>
  sections.map((section) => ({ path: pathOf(section, lang), lang, section })),
);

/** Sections whose pages draw Mermaid diagrams, and how many. */
export const diagramCount: Record<string, number> = { '': 1, 'architecture/': 1, 'scenarios/': 1, 'outlook/': 2 };

/** Sections whose pages draw a radar chart. */
export const radarSections = new Set(['performance/']);

/**
 * Waits until every diagram box shows one SVG (drawn at build time, one per colour theme with only
 * the matching one visible; or drawn by Mermaid in the browser in the fallback build) and every
 * radar canvas is painted, scrolling each chart into view first since Chart.js loads only then.
 */
export async function waitUntilDrawn(page: Page): Promise<void> {
  const boxes = page.locator('[data-diagram]');
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    await expect(boxes.nth(i)).toHaveAttribute('data-rendered', '', { timeout: 20_000 });
    await expect(boxes.nth(i).locator('svg:visible')).toHaveCount(1);
  }
  const canvases = page.locator('canvas[data-radar]');
  const c = await canvases.count();
  for (let i = 0; i < c; i++) {
    await canvases.nth(i).evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await expect(canvases.nth(i)).toHaveAttribute('data-drawn', '', { timeout: 20_000 });
  }
}

/** The visible text of an element with whitespace collapsed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** What a drawn Mermaid diagram shows: its labels, nodes, subgraphs and the links between them. */
export interface SeenDiagram {
  /** Every text label in the SVG (HTML labels and SVG text), whitespace collapsed. */
  labels: string[];
  /** Subgraphs (flowchart clusters): label and whether each node lies inside it. */
  clusters: { label: string; contains: string[] }[];
  /** Links as [from label, to label, edge label]. Invisible layout links are left out. */
  edges: [string, string, string][];
  width: number;
  height: number;
}

/** Reads the diagram the reader sees inside the `index`-th `[data-diagram]` box of the page. */
export async function readDiagram(page: Page, index: number): Promise<SeenDiagram> {
  return page.locator('[data-diagram]').nth(index).locator('svg:visible').evaluate((svg: SVGSVGElement) => {
    const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const labels: string[] = [];
    svg.querySelectorAll('foreignObject').forEach((f) => {
      const t = squash(f.textContent);
      if (t) labels.push(t);
    });
    svg.querySelectorAll('text').forEach((t) => {
      const spans = [...t.querySelectorAll('tspan')];
      const text = squash(spans.length ? spans.map((s) => s.textContent).join(' ') : t.textContent);
      if (text) labels.push(text);
    });
    // Nodes by their Mermaid id: "…-flowchart-<id>-<n>" (flowcharts) or "…-node_<n>" (mind maps).
    const nodes = new Map<string, { label: string; box: DOMRect }>();
    svg.querySelectorAll('g.node').forEach((g) => {
      const id = g.id.match(/-flowchart-(.+)-\d+$/)?.[1] ?? g.id.match(/(node_\d+)$/)?.[1];
      if (id) nodes.set(id, { label: squash(g.textContent), box: g.getBoundingClientRect() });
    });
    const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const clusters = [...svg.querySelectorAll('g.cluster')].map((g) => {
      const rect = (g.querySelector('rect') ?? g).getBoundingClientRect();
      return {
        label: squash(g.querySelector('.cluster-label')?.textContent ?? g.textContent),
        contains: [...nodes.values()].filter((n) => inside(n.box, rect)).map((n) => n.label),
      };
    });
    const edgeLabels = new Map<string, string>();
    svg.querySelectorAll('g.edgeLabel g.label[data-id], g.edgeLabels g.label[data-id]').forEach((g) => {
      edgeLabels.set(g.getAttribute('data-id') ?? '', squash(g.textContent));
    });
    const edges: [string, string, string][] = [];
    svg.querySelectorAll('path[data-edge="true"]').forEach((p) => {
      const id = p.getAttribute('data-id') ?? '';
      if (getComputedStyle(p).stroke === 'none' || p.classList.contains('edge-thickness-invisible')) return;
      const parts = id.split('_');
      const [from, to] = parts[0] === 'edge' ? [`node_${parts[1]}`, `node_${parts[2]}`] : [parts[1], parts[2]];
      const a = nodes.get(from ?? '');
      const b = nodes.get(to ?? '');
      if (a && b) edges.push([a.label, b.label, edgeLabels.get(id) ?? '']);
    });
    const box = svg.getBoundingClientRect();
    return { labels, clusters, edges, width: box.width, height: box.height };
  });
}

/** What the reader sees in one cell, with the row and column it sits in. */
export interface SeenCell {
  model: string;
  metric: string;
  value: string;
  reason: string;
  star: boolean;
  starVisible: boolean;
  hidden: string;
  hiddenClipped: boolean;
  bestClass: boolean;
  rowHead: string;
  colHead: string;
  /** The public-record mark the cell carries, as seen ("≠1", "?3"), or "" when it has none. */
  mark: string;
  /** Where the mark leads (the id of its note), or "". */
  markTarget: string;
}

/** Reads every body cell of a `table[data-table]` as the reader sees it. */
export async function readTable(page: Page, id: string): Promise<SeenCell[]> {
  return page.locator(`table[data-table="${id}"]`).evaluate((table: HTMLTableElement) => {
    const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const headText = (th: Element | null | undefined) => {
      if (!th) return '';
      const copy = th.cloneNode(true) as Element;
      copy.querySelectorAll('.hint').forEach((e) => e.remove());
      return squash(copy.textContent);
    };
    const colHeads = [...table.tHead!.rows[0]!.cells];
    return [...table.querySelectorAll<HTMLTableCellElement>('tbody td')].map((td) => {
      // The figure and its best marking are read apart from the public-record mark, which is read on its own.
      const mark = td.querySelector<HTMLAnchorElement>('a.mark');
      const copy = td.cloneNode(true) as Element;
      copy.querySelectorAll('a.mark, .reason, [aria-hidden="true"], .visually-hidden').forEach((e) => e.remove());
      const star = td.querySelector(':scope > strong [aria-hidden="true"], :scope > [aria-hidden="true"]');
      const hidden = td.querySelector(':scope > strong .visually-hidden, :scope > .visually-hidden');
      const hiddenBox = hidden?.getBoundingClientRect();
      return {
        model: td.dataset['model'] ?? '',
        metric: td.dataset['metric'] ?? '',
        value: squash(copy.textContent),
        reason: squash(td.querySelector('.reason')?.textContent),
        star: squash(star?.textContent) === '★',
        starVisible: !!star && star.getBoundingClientRect().width > 0 && getComputedStyle(star).visibility === 'visible',
        hidden: squash(hidden?.textContent),
        hiddenClipped: !!hiddenBox && hiddenBox.width <= 1 && hiddenBox.height <= 1,
        bestClass: td.classList.contains('best'),
        rowHead: headText(td.parentElement?.querySelector('th[scope="row"]')),
        colHead: headText(colHeads[td.cellIndex]),
        mark: squash(mark?.querySelector('[aria-hidden="true"]')?.textContent),
        markTarget: (mark?.getAttribute('href') ?? '').replace(/^#/, ''),
      };
    });
  });
}
