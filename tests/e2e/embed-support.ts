// Helpers for the embed tests: where the "other site" is, and when an embed frame is fully drawn.
import { expect, type Frame, type Page } from '@playwright/test';

/** The origin of the docs page on "another site" (playwright.config.ts serves it on the site's port + 2). */
export function hostOrigin(baseURL: string | undefined): string {
  const site = new URL(baseURL ?? 'http://127.0.0.1:4321');
  return `http://127.0.0.1:${Number(site.port) + 2}`;
}

/** The host page embedding these figures (e.g. "cost-example", "zh/scenario-matrix") from the site. */
export function hostPage(baseURL: string | undefined, figures: string[], theme?: 'light' | 'dark'): string {
  const query = new URLSearchParams({ site: new URL(baseURL ?? '').origin, figures: figures.join(',') });
  if (theme) query.set('theme', theme);
  return `${hostOrigin(baseURL)}/?${query}`;
}

/** Waits until a frame's diagrams and charts are drawn. */
export async function waitUntilFrameDrawn(frame: Frame): Promise<void> {
  await expect.poll(() => frame.evaluate(() => [...document.querySelectorAll('[data-diagram]')].every((d) => d.hasAttribute('data-rendered'))), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => frame.evaluate(() => [...document.querySelectorAll('canvas[data-radar]')].every((c) => c.hasAttribute('data-drawn'))), { timeout: 30_000 }).toBe(true);
}

/** What an embed iframe and its content measure, seen from the host page and from inside. */
export interface FrameFit {
  /** The iframe's height on the host page. */
  outer: number;
  /** The height the iframe's inline style was given (by /embed.js), or "" if none. */
  styled: string;
  /** The figure's content height inside the frame. */
  content: number;
  /** Whether the frame's document scrolls (an inner scrollbar). */
  scrolls: boolean;
}

/** Measures the iframe whose address contains `path`. */
export async function fit(page: Page, path: string): Promise<FrameFit> {
  const iframe = page.locator(`iframe[src*="${path}"]`);
  const { outer, styled } = await iframe.evaluate((el: HTMLIFrameElement) => ({ outer: el.getBoundingClientRect().height, styled: el.style.height }));
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame for ${path}`);
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      content: document.querySelector('main')?.getBoundingClientRect().height ?? 0,
      scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
    };
  });
  return { outer, styled, ...inner };
}

/**
 * The frame showing the embed whose address contains `path`, once that page has loaded in it.
 * The snippet's iframes load lazily: until one nears the viewport its frame is about:blank, and
 * evaluating in it while it navigates fails with "Execution context was destroyed".
 */
export async function frameOf(page: Page, path: string): Promise<Frame> {
  const iframe = page.locator(`iframe[src*="${path}"]`);
  const current = async (): Promise<Frame | null> => (await (await iframe.elementHandle())?.contentFrame()) ?? null;
  await expect.poll(async () => (await current())?.url() ?? '', { message: `${path} loads in its iframe`, timeout: 30_000 }).toContain(path);
  const frame = await current();
  if (!frame) throw new Error(`no frame for ${path}`);
  await frame.waitForLoadState('load');
  return frame;
}

/** Records console errors and warnings, uncaught errors, failed requests and HTTP errors of a page. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}
