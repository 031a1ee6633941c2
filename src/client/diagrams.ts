// Draws the page's Mermaid diagrams in the browser; mermaid is imported only when a page has one.
import { isDark, onThemeChange } from './theme';

let run = 0;

/** Renders every `[data-diagram]` on the page, again whenever the colour scheme changes. */
export async function renderDiagrams(): Promise<void> {
  const boxes = [...document.querySelectorAll<HTMLElement>('[data-diagram]')];
  if (boxes.length === 0) return;
  const { default: mermaid } = await import('mermaid');
  const draw = async () => {
    const current = ++run;
    const dark = isDark();
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: dark ? 'dark' : 'default',
      // Mermaid's dark edge labels are #ccc on #585858 (4.4:1); a darker box meets WCAG AA.
      ...(dark ? { themeVariables: { edgeLabelBackground: '#333333' } } : {}),
      fontFamily: getComputedStyle(document.documentElement).fontFamily,
    });
    for (const [i, box] of boxes.entries()) {
      const source = box.querySelector('.diagram-source')?.textContent ?? '';
      const { svg } = await mermaid.render(`diagram-${i}-${current}`, source);
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
