// Shows a public-record note beside its mark on hover, focus or tap. Without this script the mark is
// a plain link to the note under the table, and screen readers get the note as its description.

let tip: HTMLDivElement | undefined;
let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;
let lastPointer = '';
let shownBeforeTap = false;
let listening = false;

/** The single floating box; a visual copy of the note, so it is hidden from assistive technology. */
function tipBox(): HTMLDivElement {
  if (tip) return tip;
  tip = document.createElement('div');
  tip.className = 'mark-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  tip.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', () => scheduleHide());
  document.body.append(tip);
  return tip;
}

/** Copies the note's text without ids or links, so nothing in the box can take focus. */
function fill(box: HTMLDivElement, note: Element): void {
  const copy = note.cloneNode(true) as Element;
  copy.removeAttribute('id');
  for (const a of copy.querySelectorAll('a')) a.replaceWith(...a.childNodes);
  box.replaceChildren(...copy.childNodes);
}

function place(box: HTMLDivElement, mark: HTMLElement): void {
  const r = mark.getBoundingClientRect();
  const room = document.documentElement.clientWidth;
  const width = Math.min(360, room - 16);
  box.style.width = `${width}px`;
  box.style.left = `${Math.max(8, Math.min(r.left, room - width - 8)) + window.scrollX}px`;
  box.style.top = `${r.bottom + 6 + window.scrollY}px`;
}

function show(mark: HTMLAnchorElement): void {
  const note = document.getElementById(mark.getAttribute('aria-describedby') ?? '');
  if (!note) return;
  window.clearTimeout(hideTimer);
  const box = tipBox();
  fill(box, note);
  box.hidden = false;
  place(box, mark);
  box.dataset['for'] = mark.id;
  current = mark;
}

function hide(): void {
  window.clearTimeout(hideTimer);
  if (tip) tip.hidden = true;
  current = undefined;
}

// A short delay lets the pointer travel from the mark into the box.
function scheduleHide(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 250);
}

/** The public-record mark an event happened in, if any. */
function markOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a.mark') : null;
}

/**
 * Wires every public-record mark on the page, and any a table draws later; safe to call more than once.
 * One listener per event on the document: a page has hundreds of marks, and touching each at start-up
 * was a long task on a phone.
 */
export function enhanceMarks(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('pointerover', (e) => {
    const mark = markOf(e.target);
    if (mark && mark !== markOf(e.relatedTarget) && e.pointerType !== 'touch') show(mark);
  });
  document.addEventListener('pointerout', (e) => {
    const mark = markOf(e.target);
    if (mark && mark !== markOf(e.relatedTarget)) scheduleHide();
  });
  document.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  document.addEventListener('focusout', (e) => {
    if (markOf(e.target)) scheduleHide();
  });
  document.addEventListener('pointerdown', (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    lastPointer = e.pointerType;
    shownBeforeTap = current === mark;
  });
  // A tap shows the note in place; a second tap (or Enter, or a click) follows the link to it.
  document.addEventListener('click', (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    if (lastPointer === 'touch' && !shownBeforeTap) {
      e.preventDefault();
      show(mark);
    }
    lastPointer = '';
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) hide();
  });
}
