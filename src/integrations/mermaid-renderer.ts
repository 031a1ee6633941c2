// Draws Mermaid diagrams to SVG with Mermaid's own renderer in one headless Chromium per build, so
// readers get finished SVG and no Mermaid JavaScript. The state lives on globalThis because the
// integration (loaded with the config) and the pages (bundled by Vite) import separate copies of
// this module in the same process.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { mermaidConfig, tooBigForMermaid, type DiagramTheme } from '../lib/diagram-svg';

interface RendererState {
  /** The Chromium to launch, set by the diagrams integration. */
  chromium?: string;
  /** Launch flags for that Chromium. */
  args: string[];
  /** The browser and its one page with Mermaid loaded, started on the first diagram. */
  session?: Promise<{ browser: Browser; page: Page }>;
  /** Finished renders by hash of source and theme, so a diagram is drawn once per build. */
  cache: Map<string, Promise<string>>;
  /** The tail of the render queue: Mermaid draws one diagram at a time in a page. */
  queue: Promise<unknown>;
}

const key = Symbol.for('llm-showdown.mermaid-renderer');
const store = globalThis as typeof globalThis & { [key]?: RendererState };

function state(): RendererState {
  store[key] ??= { args: [], cache: new Map(), queue: Promise.resolve() };
  return store[key];
}

/** Tells the renderer which Chromium to use; called by the integration before pages render. */
export function useChromium(path: string, args: readonly string[]): void {
  const s = state();
  s.chromium = path;
  s.args = [...args];
}

async function start(s: RendererState): Promise<{ browser: Browser; page: Page }> {
  if (!s.chromium) throw new Error('renderMermaid: no Chromium configured; is the diagrams integration in astro.config.mjs?');
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: s.chromium, args: s.args });
  } catch (error) {
    throw new Error(
      `The Chromium at ${s.chromium} did not start, so diagrams cannot be drawn at build time. Set MERMAID_RENDER=client to draw them in the browser instead.\n${String(error)}`,
    );
  }
  const page = await browser.newPage();
  // Mermaid in strict mode needs nothing from the network; nothing may leak into the output.
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
  const mermaidPath = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  await page.addScriptTag({ path: mermaidPath });
  return { browser, page };
}

/** A stable id for a diagram's SVG, unique per source and theme (ids inside it are prefixed with it). */
export function renderId(source: string, theme: DiagramTheme): string {
  return `diagram-${createHash('sha256').update(source).digest('hex').slice(0, 10)}-${theme}`;
}

/**
 * Draws one Mermaid source in one theme and returns Mermaid's SVG. The same source and theme give
 * the same bytes: fixed ids and seeds, and one cached render per build.
 */
export function renderMermaid(source: string, theme: DiagramTheme): Promise<string> {
  const s = state();
  const id = renderId(source, theme);
  const cached = s.cache.get(id);
  if (cached) return cached;
  // Mermaid would not fail but publish a box saying the diagram is too big: fail the build instead.
  const tooBig = tooBigForMermaid(source);
  if (tooBig) return Promise.reject(new Error(`Mermaid cannot draw a diagram: ${tooBig}. Draw less in it (see src/lib/mermaid.ts).\nIts source begins:\n${source.slice(0, 500)}`));
  const job = s.queue.then(async () => {
    s.session ??= start(s);
    const { page } = await s.session;
    return page.evaluate(
      async ({ id, source, config }) => {
        const mermaid = (globalThis as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        mermaid.initialize(config);
        const { svg } = await mermaid.render(id, source);
        // Mermaid ships every diagram type's CSS in each SVG (13–24 KB); keep only rules that match
        // something in the finished drawing, tested against the real DOM.
        const host = document.createElement('div');
        host.innerHTML = svg;
        document.body.append(host);
        const root = host.querySelector('svg');
        const style = root?.querySelector('style');
        if (!root || !style?.sheet) throw new Error(`Mermaid drew no SVG with styles for ${id}`);
        // HTML allows no <p> inside the <span> that holds a label: make the paragraphs spans (Mermaid
        // gives them no margin, and has already measured the label, so nothing moves).
        for (const p of root.querySelectorAll('foreignObject p')) {
          const span = document.createElement('span');
          for (const a of p.attributes) span.setAttribute(a.name, a.value);
          span.append(...p.childNodes);
          p.replaceWith(span);
        }
        // Mermaid's mind map writes its gradient twice under one id; an id must be unique on the page.
        const seen = new Set<string>();
        for (const el of root.querySelectorAll('[id]')) {
          if (seen.has(el.id)) el.remove();
          else seen.add(el.id);
        }
        const matches = (selector: string) => {
          const still = selector.replace(/:(hover|focus|focus-visible|focus-within|active)\b/g, '');
          try {
            return root.matches(still) || root.querySelector(still) !== null;
          } catch {
            return true;
          }
        };
        const rules = [...style.sheet.cssRules];
        const kept = rules.filter((r) => !(r instanceof CSSStyleRule) || matches(r.selectorText)).map((r) => r.cssText);
        const text = kept.filter((css) => !css.startsWith('@keyframes') || kept.some((other) => other !== css && other.includes(css.split(/\s+/)[1] ?? '\u0000')));
        style.textContent = text.join('');
        const out = root.outerHTML;
        host.remove();
        return out;
      },
      { id, source, config: mermaidConfig(theme, id) },
    ).catch((error: unknown) => {
      const message = String(error instanceof Error ? error.message : error).replace(/^page\.evaluate: /, '');
      throw new Error(`Mermaid could not draw a diagram (${theme} theme): ${message}\nIts source:\n${source}`);
    });
  });
  s.queue = job.catch(() => undefined);
  s.cache.set(id, job);
  return job;
}

/** Closes the browser (at the end of a build or dev session) and forgets the renders. */
export async function closeMermaidRenderer(): Promise<void> {
  const s = state();
  const session = s.session;
  delete s.session;
  s.cache.clear();
  if (session) await session.then(({ browser }) => browser.close(), () => undefined);
}
