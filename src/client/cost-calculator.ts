// The live cost calculator under the formula on the cost page: reads the form, checks each field,
// runs the same arithmetic as the build-time check, and keeps the state in the address.
import {
  calculate,
  parseField,
  paramsFromState,
  stateFromParams,
  summaryValues,
  type CalculatorDefaults,
  type CalculatorState,
  type FieldKind,
} from '../lib/cost-calculator';
import { formatNumber, langTag } from '../lib/number-format';

interface Config {
  locale: 'en' | 'zh';
  defaults: CalculatorDefaults;
  text: Record<string, string>;
}

/** Which symbols of the typeset formula each field feeds. */
const symbolsOf: Record<FieldKind, string[]> = { price: ['hw'], gpus: ['hw'], tps: ['tps'], util: ['util'], power: ['power'] };
const ownParam = /^(price|util|power|model|gpus-.+|tps-.+)$/;

/** Starts the calculator on the page, if it has one. */
export function startCalculator(): void {
  const root = document.querySelector<HTMLElement>('[data-calc]');
  const form = root?.querySelector('form');
  if (!root || !form) return;
  const config = JSON.parse(root.dataset['calc'] ?? '{}') as Config;
  const d = config.defaults;
  const say = (key: string, vars: Record<string, string> = {}) => (config.text[key] ?? key).replace(/\{(\w+)\}/g, (w, n: string) => vars[n] ?? w);
  const usd = (n: number) => formatNumber(n, 'usd', config.locale);
  const num = (n: number) => formatNumber(n, 'plain', config.locale);
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[data-field]')];
  const select = form.querySelector<HTMLSelectElement>('select')!;
  const sum = form.querySelector<HTMLElement>('.sum')!;
  // The page marks the typeset formula's figure [data-live-formula] (see CostCalculator.astro's styles).
  const formula = document.querySelector<HTMLElement>('[data-live-formula] > figure');
  const symbol = (name: string) => formula?.querySelector<HTMLElement>(`.cost-${name}`) ?? null;
  let state: CalculatorState = stateFromParams(new URLSearchParams(location.search), d);

  const valueOf = (input: HTMLInputElement): number => {
    const model = input.dataset['model'];
    const kind = input.dataset['field'] as FieldKind;
    if (model) return kind === 'gpus' ? state.models[model]!.gpus : state.models[model]!.tokensPerSecond;
    return kind === 'price' ? state.price : kind === 'util' ? state.utilisation : state.powerFactor;
  };
  const fieldName = (input: HTMLInputElement) => {
    const kind = input.dataset['field'] as FieldKind;
    const label = say(`calc.${kind}`);
    const model = d.models.find((m) => m.id === input.dataset['model']);
    return model ? `${model.name}, ${label}` : label;
  };

  /** Reads every field into the state; returns the fields that are wrong. */
  function read(): Set<string> {
    const bad = new Set<string>();
    for (const input of inputs) {
      const kind = input.dataset['field'] as FieldKind;
      const model = input.dataset['model'];
      const parsed = parseField(kind, input.value);
      const error = document.getElementById(`${input.id}-error`);
      if ('error' in parsed) {
        bad.add(model ?? 'shared');
        input.setAttribute('aria-invalid', 'true');
        if (error) error.textContent = say('calc.errorIn', { field: fieldName(input), message: say(`calc.err.${parsed.error}`) });
        continue;
      }
      input.removeAttribute('aria-invalid');
      if (error) error.textContent = '';
      if (model) state.models[model] = { ...state.models[model]!, [kind === 'gpus' ? 'gpus' : 'tokensPerSecond']: parsed.value };
      else if (kind === 'price') state.price = parsed.value;
      else if (kind === 'util') state.utilisation = parsed.value;
      else state.powerFactor = parsed.value;
    }
    return bad;
  }

  function render(bad: Set<string>): void {
    const results = calculate(state, d);
    for (const r of results) {
      const row = form!.querySelector<HTMLElement>(`tr[data-model="${r.id}"]`);
      const ok = !bad.has('shared') && !bad.has(r.id);
      row!.querySelector('output')!.textContent = ok ? usd(r.cost) : say('calc.invalid');
      row!.querySelector('.ratio')!.textContent = ok ? formatNumber(r.ratio, 'ratio', config.locale) : say('calc.invalid');
    }
    const shown = results.find((r) => r.id === state.show)!;
    const ok = !bad.has('shared') && !bad.has(state.show);
    sum.textContent = ok
      ? say('calc.sum', summaryValues(state, d, results, config.locale))
      : say('calc.fix');
    // The typeset formula shows the current values under (or over) its symbols.
    const values: Record<string, string> = {
      hw: say('calc.perHour', { value: usd(shown.dollarsPerHour) }),
      tps: say('calc.tokensPerHour', { value: new Intl.NumberFormat(langTag[config.locale], { notation: 'compact', maximumFractionDigits: 3 }).format(shown.tokensPerHour) }),
      util: formatNumber(state.utilisation, 'percent', config.locale),
      power: num(state.powerFactor),
      result: usd(shown.cost),
    };
    formula?.classList.toggle('cost-live', ok);
    for (const [name, text] of Object.entries(values)) symbol(name)?.setAttribute('data-value', text);
  }

  function remember(bad: Set<string>): void {
    if (bad.size > 0) return;
    const params = new URLSearchParams(location.search);
    for (const key of [...params.keys()]) if (ownParam.test(key)) params.delete(key);
    for (const [k, v] of paramsFromState(state, d)) params.set(k, v);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  const update = () => {
    const bad = read();
    render(bad);
    remember(bad);
  };
  for (const input of inputs) {
    input.value = String(valueOf(input));
    const light = (on: boolean) => symbolsOf[input.dataset['field'] as FieldKind].forEach((n) => symbol(n)?.classList.toggle('cost-lit', on));
    input.addEventListener('focus', () => light(true));
    input.addEventListener('blur', () => light(false));
  }
  select.value = state.show;
  form.addEventListener('input', update);
  select.addEventListener('change', () => {
    state.show = select.value;
    update();
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    state = stateFromParams(new URLSearchParams(), d);
    for (const input of inputs) input.value = String(valueOf(input));
    select.value = state.show;
    update();
  });
  update();
}
