// Runs inside the build's Chromium, on an embed page (passed to page.evaluate, so it must not use
// anything from outside its own body): turns the figure's title, its SVG drawing and its source line
// into one standalone SVG the size of the PNG, with the page's computed colours and fonts.

/** The standalone SVG of the embed page's figure, or an error naming what is missing. */
export function composeFigureSvg(): { svg: string } | { error: string } {
  const main = document.querySelector('main');
  const figure = main?.querySelector('figure');
  const title = figure?.querySelector(':scope > h1');
  const caption = figure?.querySelector(':scope > figcaption');
  if (!main || !figure || !title || !caption) return { error: 'no <figure> with an <h1> title and a <figcaption> in <main>' };
  const area = (el: Element) => el.getBoundingClientRect().width * el.getBoundingClientRect().height;
  // The drawing: the largest visible top-level SVG (a diagram shows one of its two themes' SVGs).
  const drawing = [...figure.querySelectorAll('svg')]
    .filter((s) => !s.parentElement?.closest('svg') && s.checkVisibility() && s.getBoundingClientRect().width > 100)
    .sort((a, b) => area(b) - area(a))[0];
  if (!drawing) return { error: 'no visible SVG drawing in the figure' };

  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const px = (n: number) => String(Math.round(n * 10) / 10);
  const origin = main.getBoundingClientRect();

  /** Each line of an element's visible text as an SVG <text>, where the page drew it, shifted up by `dy`. */
  const textLines = (el: Element, dy: number): string[] => {
    const out: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility()) continue;
      const style = getComputedStyle(parent);
      const text = node.textContent ?? '';
      let run: { text: string; left: number; right: number; top: number; bottom: number } | undefined;
      const flush = () => {
        if (run && run.text.trim()) {
          out.push(
            `<text x="${px(run.left - origin.left)}" y="${px((run.top + run.bottom) / 2 - origin.top - dy)}" dominant-baseline="central" textLength="${px(run.right - run.left)}" lengthAdjust="spacingAndGlyphs" font-family="${esc(style.fontFamily)}" font-size="${style.fontSize}" font-weight="${style.fontWeight}" fill="${style.color}">${esc(run.text.trim())}</text>`,
          );
        }
        run = undefined;
      };
      for (let i = 0; i < text.length; ) {
        const step = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        range.setStart(node, i);
        range.setEnd(node, i + step);
        const ch = text.slice(i, i + step);
        i += step;
        const r = range.getClientRects()[0];
        if (!r) continue;
        // A new line starts where a character sits lower than the run's top.
        if (run && Math.abs(r.top - run.top) > 1) flush();
        if (!run) {
          if (!ch.trim()) continue;
          run = { text: '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }
        run.text += ch;
        if (ch.trim()) run.right = r.right;
      }
      flush();
    }
    return out;
  };

  // Standalone, the drawing keeps only what it says itself: a Mermaid SVG carries its own <style>,
  // any other SVG gets its computed colours and fonts written onto each element.
  const clone = drawing.cloneNode(true) as SVGSVGElement;
  if (!drawing.querySelector('style')) {
    const props = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight'];
    const originals = [drawing, ...drawing.querySelectorAll('*')];
    const copies = [clone, ...clone.querySelectorAll('*')];
    originals.forEach((el, i) => {
      const computed = getComputedStyle(el);
      copies[i]?.setAttribute('style', props.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';'));
    });
  }
  const box = drawing.getBoundingClientRect();
  clone.removeAttribute('class');
  clone.setAttribute('x', px(box.left - origin.left));
  clone.setAttribute('y', px(box.top - origin.top));
  clone.setAttribute('width', px(box.width));
  clone.setAttribute('height', px(box.height));
  if (drawing.querySelector('style')) clone.removeAttribute('style');

  // The caption follows the drawing, without what the page shows between them (a text version).
  const gap = 12;
  const shift = Math.max(0, caption.getBoundingClientRect().top - box.bottom - gap);
  const height = Math.ceil(caption.getBoundingClientRect().bottom - origin.top - shift + gap);
  const width = Math.round(origin.width);
  const name = (title.textContent ?? '').trim();
  const background = getComputedStyle(document.body).backgroundColor;
  const body = [...textLines(title, 0), new XMLSerializer().serializeToString(clone), ...textLines(caption, shift)].join('\n');
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(name)}">\n<title>${esc(name)}</title>\n<rect width="100%" height="100%" fill="${background}"/>\n${body}\n</svg>\n`,
  };
}
