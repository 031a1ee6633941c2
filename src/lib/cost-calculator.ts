import { costPerMillionTokens } from './cost';
import { formatNumber } from './number-format';
import type { SiteData } from './types';

/** A model's row of the article's cost table: the inputs it gives and the cost it claims. */
export interface CalculatorModel {
  id: string;
  name: string;
  /** GPUs per instance the article gives. */
  gpus: number;
  /** Tokens per second the article gives. */
  tokensPerSecond: number;
  /** The article's cost per million tokens, USD. */
  claimed: number;
}

/** The calculator's starting point: our assumptions (cost-assumptions.yaml) and the article's rows. */
export interface CalculatorDefaults {
  /** USD per GPU-hour. */
  price: number;
  /** Lowest and highest listed prices, USD per GPU-hour. */
  priceRange: [number, number];
  /** Utilisation in percent, above 0 and at most 100. */
  utilisation: number;
  powerFactor: number;
  models: CalculatorModel[];
}

/** Everything a reader can set, in the units of the form (utilisation in percent). */
export interface CalculatorState {
  price: number;
  utilisation: number;
  powerFactor: number;
  /** Per model id: GPUs and tokens per second. */
  models: Record<string, { gpus: number; tokensPerSecond: number }>;
  /** The model whose numbers the formula shows. */
  show: string;
}

/** The fields of the form; per-model fields are "gpus" and "tps" with the model id. */
export type FieldKind = 'price' | 'util' | 'power' | 'gpus' | 'tps';

/** Why a field's text is not usable; each has a sentence in src/i18n/ui.ts ("calc.err.<code>"). */
export type FieldError = 'number' | 'price' | 'util' | 'power' | 'gpus' | 'tps';

/** The article's cost table with our default assumptions; models without numeric figures are left out. */
export function calculatorDefaults(data: SiteData, locale: 'en' | 'zh'): CalculatorDefaults {
  const a = data.costAssumptions;
  const models = data.models.flatMap((m) => {
    const [gpus, tps, claimed] = [m.figures['instance-gpus'], m.figures['throughput'], m.figures['cost-per-million-tokens']];
    if (typeof gpus !== 'number' || typeof tps !== 'number' || typeof claimed !== 'number') return [];
    return [{ id: m.id, name: m.name[locale], gpus, tokensPerSecond: tps, claimed }];
  });
  return { price: a.pricePerGpuHour, priceRange: a.priceRange, utilisation: a.utilisation * 100, powerFactor: a.powerFactor, models };
}

/**
 * Reads the text of one field as a number, or says why it cannot be used: the same rules as
 * costPerMillionTokens, in words a reader can act on.
 */
export function parseField(kind: FieldKind, text: string): { value: number } | { error: FieldError } {
  const trimmed = text.trim();
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(value)) return { error: 'number' };
  const ok = {
    price: value >= 0,
    util: value > 0 && value <= 100,
    power: value > 0,
    gpus: Number.isInteger(value) && value >= 1,
    tps: value > 0,
  }[kind];
  return ok ? { value } : { error: kind };
}

/** The URL parameter of a field: "price", "util", "power", or "gpus-<model>" / "tps-<model>". */
export function paramOf(kind: FieldKind, model?: string): string {
  return model ? `${kind}-${model}` : kind;
}

/** The state at the defaults. */
export function defaultState(d: CalculatorDefaults): CalculatorState {
  return {
    price: d.price,
    utilisation: d.utilisation,
    powerFactor: d.powerFactor,
    models: Object.fromEntries(d.models.map((m) => [m.id, { gpus: m.gpus, tokensPerSecond: m.tokensPerSecond }])),
    show: d.models[0]?.id ?? '',
  };
}

/**
 * Reads a state from URL parameters; missing or unusable values fall back to the defaults, so a
 * damaged link still opens a working calculator.
 */
export function stateFromParams(params: URLSearchParams, d: CalculatorDefaults): CalculatorState {
  const s = defaultState(d);
  const read = (kind: FieldKind, fallback: number, model?: string) => {
    const text = params.get(paramOf(kind, model));
    if (text === null) return fallback;
    const parsed = parseField(kind, text);
    return 'value' in parsed ? parsed.value : fallback;
  };
  s.price = read('price', s.price);
  s.utilisation = read('util', s.utilisation);
  s.powerFactor = read('power', s.powerFactor);
  for (const m of d.models) s.models[m.id] = { gpus: read('gpus', m.gpus, m.id), tokensPerSecond: read('tps', m.tokensPerSecond, m.id) };
  const show = params.get('model');
  if (show && d.models.some((m) => m.id === show)) s.show = show;
  return s;
}

/** URL parameters for a state: only what differs from the defaults, so the plain address means "defaults". */
export function paramsFromState(s: CalculatorState, d: CalculatorDefaults): URLSearchParams {
  const p = new URLSearchParams();
  if (s.price !== d.price) p.set('price', String(s.price));
  if (s.utilisation !== d.utilisation) p.set('util', String(s.utilisation));
  if (s.powerFactor !== d.powerFactor) p.set('power', String(s.powerFactor));
  for (const m of d.models) {
    const v = s.models[m.id];
    if (v && v.gpus !== m.gpus) p.set(paramOf('gpus', m.id), String(v.gpus));
    if (v && v.tokensPerSecond !== m.tokensPerSecond) p.set(paramOf('tps', m.id), String(v.tokensPerSecond));
  }
  if (s.show !== d.models[0]?.id) p.set('model', s.show);
  return p;
}

/** One model's result: the formula's cost per million tokens, the article's claim, and their ratio. */
export interface CalculatorResult {
  id: string;
  cost: number;
  claimed: number;
  /** How many times the article's claim the formula's cost is. */
  ratio: number;
  /** USD per hour for the instance. */
  dollarsPerHour: number;
  /** Tokens per hour at full utilisation. */
  tokensPerHour: number;
}

/** The formula for every model at a state, with the same arithmetic as the build-time check. */
export function calculate(s: CalculatorState, d: CalculatorDefaults): CalculatorResult[] {
  return d.models.map((m) => {
    const v = s.models[m.id] ?? { gpus: m.gpus, tokensPerSecond: m.tokensPerSecond };
    const cost = costPerMillionTokens({ gpus: v.gpus, pricePerGpuHour: s.price, tokensPerSecond: v.tokensPerSecond, utilisation: s.utilisation / 100, powerFactor: s.powerFactor });
    return { id: m.id, cost, claimed: m.claimed, ratio: cost / m.claimed, dollarsPerHour: v.gpus * s.price, tokensPerHour: v.tokensPerSecond * 3600 };
  });
}

/**
 * The values of the sentence under the calculator (the "calc.sum" text) for the model the formula
 * shows, formatted for the page's language: the build writes it at the defaults and the browser
 * rewrites it on each change, so both say the same.
 */
export function summaryValues(s: CalculatorState, d: CalculatorDefaults, results: readonly CalculatorResult[], locale: 'en' | 'zh'): Record<string, string> {
  const model = d.models.find((m) => m.id === s.show);
  const shown = results.find((r) => r.id === s.show);
  const v = s.models[s.show];
  if (!model || !shown || !v) throw new Error(`summaryValues: no model "${s.show}" in the calculator`);
  const usd = (n: number) => formatNumber(n, 'usd', locale);
  const plain = (n: number) => formatNumber(n, 'plain', locale);
  return {
    model: model.name,
    price: usd(s.price),
    gpus: plain(v.gpus),
    tps: plain(v.tokensPerSecond),
    util: formatNumber(s.utilisation, 'percent', locale),
    power: plain(s.powerFactor),
    cost: usd(shown.cost),
    ratio: formatNumber(shown.ratio, 'ratio', locale),
    claimed: usd(model.claimed),
  };
}
