// The "Embed" control of every figure: without JavaScript a <details> shows the snippet; with it,
// the summary opens a dialog with theme options, a copy button and a live preview.
import { embedQuery, embedSnippet, markdownSnippet, pictureSnippet, readerRoot, rebaseSnippet, themes, type SnippetInput, type Theme } from '../lib/embed-snippet';

let resizerLoaded = false;

/** Loads /embed.js once, so the preview fits its height as it would on a docs page. */
function loadResizer(src: string): void {
  if (resizerLoaded) return;
  resizerLoaded = true;
  const script = document.createElement('script');
  script.src = src;
  script.async = true;
  document.head.append(script);
}

/** Wires one control: its summary opens the dialog that follows it. */
function enhance(control: HTMLDetailsElement): void {
  const dialog = control.nextElementSibling;
  const summary = control.querySelector('summary');
  if (!(dialog instanceof HTMLDialogElement) || !summary || typeof dialog.showModal !== 'function') return;
  const built = JSON.parse(dialog.dataset['snippet'] ?? '{}') as SnippetInput;
  const code = dialog.querySelector<HTMLTextAreaElement>('[data-code="iframe"]');
  const markdown = dialog.querySelector<HTMLTextAreaElement>('[data-code="markdown"]');
  const picture = dialog.querySelector<HTMLTextAreaElement>('[data-code="picture"]');
  const plain = dialog.querySelector<HTMLInputElement>('[data-plain]');
  const still = dialog.querySelector<HTMLInputElement>('[data-static]');
  const preview = dialog.querySelector<HTMLIFrameElement>('[data-preview]');
  const status = dialog.querySelector<HTMLElement>('[data-status]');
  const showTitle = dialog.querySelector<HTMLInputElement>('[data-show-title]');
  if (!code || !preview || !status || !showTitle) return;

  // Read anywhere but at the address the site was built for (SITE_URL unset, a preview deploy), the
  // built snippet would load nothing once pasted: point it at this site, and say so.
  const reader = readerRoot(location.href, dialog.dataset['base'] ?? '/');
  const base = rebaseSnippet(built, dialog.dataset['siteRoot'] ?? '', reader);
  const note = dialog.querySelector<HTMLElement>('[data-address-note]');
  const here = note?.querySelector('[data-here]');
  if (base !== built && reader && note && here) {
    here.textContent = reader;
    note.hidden = false;
    code.setAttribute('aria-describedby', note.id);
  }

  // The preview comes from this very site, so it works before the published address does.
  const previewSrc = dialog.dataset['previewSrc'] ?? '';
  const resizer = dialog.dataset['resizer'] ?? '';
  const theme = (): Theme => {
    const value = dialog.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
    return themes.find((x) => x === value) ?? 'auto';
  };
  const update = () => {
    const options = { theme: theme(), showTitle: showTitle.checked, plain: plain?.checked, static: still?.checked };
    const query = embedQuery(options);
    code.value = embedSnippet({ ...base, src: base.src + query }, options.theme);
    if (base.picture && markdown) markdown.value = markdownSnippet(base.picture, options.theme);
    if (base.picture && picture) picture.value = pictureSnippet(base.picture, options.theme);
    status.textContent = '';
    if (dialog.open && preview.getAttribute('src') !== previewSrc + query) preview.setAttribute('src', previewSrc + query);
  };

  summary.addEventListener('click', (event) => {
    event.preventDefault();
    loadResizer(resizer);
    dialog.showModal();
    update();
  });
  dialog.addEventListener('change', update);
  // A click on the backdrop (outside the dialog's box) closes it, as Escape does.
  dialog.addEventListener('click', (event) => {
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (event.target === dialog && !inside) dialog.close();
  });
  dialog.querySelector('[data-copy]')?.addEventListener('click', () => {
    navigator.clipboard.writeText(code.value).then(
      () => {
        status.textContent = status.dataset['copied'] ?? '';
      },
      () => {
        // No clipboard access (an old browser, or permission refused): select the code for Ctrl+C.
        code.focus();
        code.select();
        status.textContent = status.dataset['failed'] ?? '';
      },
    );
  });
}

/** Enhances every embed control on the page. */
export function enhanceEmbedControls(): void {
  document.querySelectorAll<HTMLDetailsElement>('details[data-embed-control]').forEach(enhance);
}
