// Lets the reader compare two or more of the models: everything on the page marked with a model
// (table cells, rows, notes, cards) follows, the radar hides the others' series and the diagrams
// fade them. The choice is kept in the address as ?models=a,b. Without this script all models show;
// with it, a page of many models opens on the first few (src/lib/model-choice.ts).
import { choiceParam, initialChoice } from '../lib/model-choice';
import { getParam, setParam } from './url-state';

interface Model {
  id: string;
  name: string;
}

/** Fades a diagram's elements of models left out; Mermaid ids carry the model's position ("m2", "m2n0"). */
function dimDiagrams(order: Model[], chosen: Set<string>): void {
  const off = order.flatMap((m, i) => (chosen.has(m.id) ? [] : [i]));
  const pattern = off.length ? new RegExp(`(^|[-_])m(${off.join('|')})(n\\d+)?([-_]|$)`) : undefined;
  for (const svg of document.querySelectorAll('[data-diagram] svg')) {
    for (const el of svg.querySelectorAll('[id]')) el.classList.toggle('model-dim', !!pattern && pattern.test(el.id));
  }
}

/** Hides the radar series of models left out, once each radar has been drawn. */
async function filterRadars(order: Model[], chosen: Set<string>): Promise<void> {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-radar]')];
  if (canvases.length === 0) return;
  const { Chart } = await import('chart.js');
  const names = new Map(order.map((m) => [m.name, m.id]));
  for (const canvas of canvases) {
    const chart = Chart.getChart(canvas);
    if (!chart) continue;
    chart.data.datasets.forEach((d, i) => chart.setDatasetVisibility(i, chosen.has(names.get(String(d.label)) ?? '')));
    chart.update();
    canvas.dataset['models'] = [...chosen].join(',');
  }
}

/** Starts the model picker on the page, if it has one. */
export function startModelFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-model-picker]');
  if (!form) return;
  const order = JSON.parse(form.dataset['modelPicker'] ?? '[]') as Model[];
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const status = form.querySelector<HTMLElement>('.status');
  const warning = form.querySelector<HTMLElement>('.min');
  const ids = order.map((m) => m.id);
  let chosen = new Set(initialChoice(ids, getParam('models')));

  const apply = () => {
    for (const box of boxes) box.checked = chosen.has(box.value);
    for (const el of document.querySelectorAll<HTMLElement>('main [data-model]')) el.classList.toggle('model-off', !chosen.has(el.dataset['model'] ?? ''));
    // A box of notes with none left to show goes too.
    for (const box of document.querySelectorAll<HTMLElement>('main .record-notes, main aside.record')) {
      box.classList.toggle('model-off', [...box.querySelectorAll('li[data-model]')].every((li) => li.classList.contains('model-off')));
    }
    dimDiagrams(order, chosen);
    void filterRadars(order, chosen);
    const param = choiceParam(ids, chosen);
    const query = param === null ? '' : `?models=${param}`;
    // Links to the other sections keep the choice.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a, header .brand, header a.lang')) a.search = query;
    if (status) status.textContent = (form.dataset['status'] ?? '').replace('{n}', String(chosen.size));
    document.dispatchEvent(new CustomEvent('models-change'));
  };
  form.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const next = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    if (warning) warning.hidden = next.size >= 2;
    if (next.size < 2) {
      box.checked = true;
      return;
    }
    chosen = new Set(ids.filter((id) => next.has(id)));
    setParam('models', choiceParam(ids, chosen));
    apply();
  });
  form.querySelector('button.all')?.addEventListener('click', () => {
    chosen = new Set(ids);
    if (warning) warning.hidden = true;
    setParam('models', choiceParam(ids, chosen));
    apply();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  // Radars and diagrams are drawn after this runs; apply again when they appear.
  const observer = new MutationObserver(() => {
    dimDiagrams(order, chosen);
    void filterRadars(order, chosen);
  });
  for (const el of document.querySelectorAll('[data-diagram], canvas[data-radar]')) observer.observe(el, { childList: true, attributes: true, attributeFilter: ['data-drawn'] });
  apply();
}
