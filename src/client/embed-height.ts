// Tells the page that frames this embed how tall the figure is, whenever that changes (load,
// fonts, a chart or diagram drawn, a new width), so /embed.js can size the iframe to fit.
import { heightMessage, isPing } from '../lib/embed-message';

/** Starts reporting the height of `<main>` to the parent window; does nothing outside a frame. */
export function reportHeight(): void {
  const figure = document.documentElement.dataset['embed'];
  const box = document.querySelector('main');
  if (!figure || !box || window.parent === window) return;
  let last = 0;
  const report = (again = false) => {
    const height = Math.ceil(box.getBoundingClientRect().height);
    if (height <= 0 || (height === last && !again)) return;
    last = height;
    // Any site may frame us and the height is no secret, so any parent origin may read it.
    window.parent.postMessage(heightMessage(figure, height), '*');
  };
  new ResizeObserver(() => report()).observe(box);
  window.addEventListener('load', () => report());
  void document.fonts.ready.then(() => report());
  // /embed.js asks again when it starts after this frame has already reported.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isPing(event.data)) report(true);
  });
}
