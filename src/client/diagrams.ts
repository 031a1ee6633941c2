// Draws the page's Mermaid diagrams in the browser: the fallback when the build had no Chromium to
// draw them (see src/integrations/diagrams.ts). Mermaid is imported only when a page has a diagram.
import { mermaidConfig } from '../lib/diagram-svg';
import { isDark, onThemeChange } from './theme';

let run = 0;

/** Renders every `[data-diagram]` on the page, again whenever the colour scheme changes. */
export async function renderDiagrams(): Promise<void> {
  const boxes = [...document.querySelectorAll<HTMLElement>('[data-diagram]')];
  if (boxes.length === 0) return;
  const { default: mermaid } = await import('mermaid');
  const draw = async () => {
    const current = ++run;
    for (const [i, box] of boxes.entries()) {
      const id = `diagram-${i}-${current}`;
      mermaid.initialize(mermaidConfig(isDark() ? 'dark' : 'light', id));
      const source = box.querySelector('.diagram-source')?.textContent ?? '';
      const { svg } = await mermaid.render(id, source);
      if (current !== run) return;
      box.querySelector('svg')?.remove();
      box.insertAdjacentHTML('beforeend', svg);
      const drawn = box.querySelector('svg');
      // The text version below the diagram carries the content; the picture gets a short name.
      drawn?.setAttribute('role', 'img');
      drawn?.setAttribute('aria-label', box.dataset['label'] ?? '');
      box.dataset['rendered'] = '';
    }
  };
  await draw();
  onThemeChange(() => void draw());
}
