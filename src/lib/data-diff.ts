import type { Locale } from '../schemas/common';
import type { Figure } from '../schemas/model';
import type { MetricWithId } from '../schemas/metric';
import { articleSourceId, type RecordEntry, type Source } from '../schemas/provenance';
import { embedPath, sectionPath } from './embed';
import { formatFigure, metricHeading } from './format';
import type { SiteData } from './types';

/**
 * A figure reduced to what a reviewer compares: its value and, when the data gives one, where it
 * comes from. The one place that knows how a figure is written in a model file, so a new way of
 * writing one (a per-figure `{ value, source, locator }`) only needs this function to change.
 */
export interface NormalisedFigure {
  /** The figure itself: a number, a yes/no, a text, a qualified number or a "not applicable". */
  value: unknown;
  /** The source id (content/sources.yaml, or the article's id) the figure is credited to. */
  source: string;
  /** Where that credit comes from: the figure's own `source`, its model's, or the site's default (the article). */
  sourceFrom: 'figure' | 'model' | 'default';
  /** Where in the source, when the figure says. */
  locator?: unknown;
}

/** Keys a figure may carry beside its value: they say where it comes from, not what it is. */
const provenanceKeys = new Set(['source', 'locator']);

/**
 * Reduces a figure as written in a model file, and its model's own `source` if any, to a
 * {@link NormalisedFigure}. A figure that names no source is the article's, as it always was, so
 * writing `source: article` into a model file changes nothing.
 */
export function normaliseFigure(raw: unknown, modelSource?: string): NormalisedFigure {
  const fallback = modelSource !== undefined ? { source: modelSource, sourceFrom: 'model' as const } : { source: articleSourceId, sourceFrom: 'default' as const };
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).some((k) => provenanceKeys.has(k))) {
    const record = raw as Record<string, unknown>;
    const rest = Object.fromEntries(Object.entries(record).filter(([k]) => !provenanceKeys.has(k)));
    const keys = Object.keys(rest);
    const value = keys.length === 1 && keys[0] === 'value' ? rest['value'] : rest;
    const own = typeof record['source'] === 'string' ? { source: record['source'], sourceFrom: 'figure' as const } : fallback;
    return { value, ...own, ...(record['locator'] !== undefined ? { locator: record['locator'] } : {}) };
  }
  return { value: raw, ...fallback };
}

/** JSON with sorted keys and without the `file` bookkeeping, so equal data compares equal. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === 'file') return undefined;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** The number inside a figure value (plain or qualified), if there is one. */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'number') return (value as { value: number }).value;
  return undefined;
}

/** Whether two numbers are the same figure, allowing for floating-point noise (as the cross-checks do). */
function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether two figure values are the same (numbers allowing for floating-point noise). */
function sameValue(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' ? sameNumber(a, b) : stableJson(a) === stableJson(b);
}

/** Whether two normalised figures are the same: value, source and place in it. */
function sameFigure(a: NormalisedFigure, b: NormalisedFigure): boolean {
  return sameValue(a.value, b.value) && a.source === b.source && stableJson(a.locator) === stableJson(b.locator);
}

/** Why a reviewer should look twice at a change; flags never fail the check. */
export type FlagKind = 'factor' | 'unit-scale' | 'lost-source' | 'no-longer-agrees' | 'record-lost-source';

/** One thing for a reviewer to look at. */
export interface Flag {
  kind: FlagKind;
  model: string;
  /** The metric or public-record topic. */
  subject: string;
  /** One sentence, in English, naming the values. */
  message: string;
}

/** One figure that differs between the two sides. */
export interface FigureChange {
  model: string;
  modelName: string;
  metric: string;
  metricLabel: string;
  /** Undefined when the figure is new (a metric added). */
  old?: NormalisedFigure | undefined;
  /** Undefined when the figure is gone (a metric removed). */
  new?: NormalisedFigure | undefined;
  /** As the site shows it (English), or "—" when absent. */
  oldText: string;
  newText: string;
  /** Whether the value moved (and not only its source or locator). */
  valueChanged: boolean;
  /** (new − old) / |old| for numbers, when old is not 0. */
  relative?: number | undefined;
  /** Base-relative paths of the pages and embeds that show the figure. */
  shownOn: string[];
}

/** One public-record entry that was added, removed or changed. */
export interface RecordChange {
  model: string;
  subject: string;
  /** "GPT-4 · Total parameters". */
  name: string;
  change: 'added' | 'removed' | 'changed';
  old?: RecordEntry | undefined;
  new?: RecordEntry | undefined;
  /** The entry in brief: status, value as the site shows it, sources; "—" when absent. */
  oldText: string;
  newText: string;
}

/** An id with what a reader calls it (a model's English name, a source's title). */
export interface Named {
  id: string;
  name: string;
  /** For an edited entry, the fields that differ. */
  fields?: string[];
}

/** Everything that differs between two valid versions of content/. */
export interface DataDiff {
  models: { added: Named[]; removed: Named[]; fieldsChanged: { model: string; fields: string[] }[] };
  figures: { changed: FigureChange[]; identical: number };
  records: RecordChange[];
  sources: { added: Named[]; removed: Named[]; changed: Named[] };
  /** Files of content/ that differ at all (relative to content/), whatever the above says. */
  files: { added: string[]; removed: string[]; changed: string[] };
  flags: Flag[];
}

/** A model's `source:` field, when its file has one (issue 11 adds it). */
function modelSource(model: object): string | undefined {
  const source = (model as { source?: unknown }).source;
  return typeof source === 'string' ? source : undefined;
}

/** The figures of a model, as written, by metric id: a figure with its own source (split off into `figureSources` when read) is put back as `{ value, source, locator }`. */
function figuresOf(model: object): Record<string, unknown> {
  const { figures = {}, figureSources = {} } = model as { figures?: Record<string, unknown>; figureSources?: Record<string, object> };
  return Object.fromEntries(
    Object.entries(figures).map(([metric, figure]) => {
      const own = figureSources[metric];
      if (!own) return [metric, figure];
      return [metric, figure !== null && typeof figure === 'object' && 'per' in figure ? { ...figure, ...own } : { value: figure, ...own }];
    }),
  );
}

/** Formats a normalised figure the way the site shows it (in English unless told); falls back to its JSON. */
export function figureText(figure: Pick<NormalisedFigure, 'value'> | undefined, metric: MetricWithId | undefined, locale: Locale = 'en'): string {
  if (!figure) return '—';
  if (!metric) return stableJson(figure.value);
  try {
    return formatFigure(figure.value as Figure, metric, locale).text;
  } catch {
    return stableJson(figure.value);
  }
}

/** Base-relative paths (English) of every page and embed that shows a metric, and the model's own page. */
export function pagesShowing(data: SiteData, metric: string, model: string): string[] {
  const paths: string[] = [];
  for (const table of data.tables.filter((t) => t.metrics.includes(metric))) {
    paths.push(`/${sectionPath(table.section, 'en')}#${table.id}`, `/${embedPath(table.id, 'en')}`);
    for (const figure of data.figures.filter((f) => f.table === table.id)) paths.push(`/${sectionPath(figure.section, 'en')}#${figure.id}`, `/${embedPath(figure.id, 'en')}`);
  }
  if (data.models.some((m) => m.id === model)) paths.push(`/models/${model}/`);
  return [...new Set(paths)];
}

/** The smallest count a unit must reach, with what a smaller number probably means. */
const scaleFloors: Partial<Record<string, { min: number; hint: string }>> = {
  parameters: { min: 1e6, hint: 'parameters are counted one by one (write 340000000000 or 3.4e11, not 340 for "340B")' },
  tokens: { min: 1e6, hint: 'tokens are counted one by one (write 4600000000000 or 4.6e12, not 4.6 for "4.6T")' },
};

/** A unit-scale slip in one value: a count far too small for its unit. */
export function unitScaleSlip(value: unknown, metric: MetricWithId | undefined): string | undefined {
  const n = numberOf(value);
  const floor = metric?.kind === 'number' && metric.unit ? scaleFloors[metric.unit] : undefined;
  if (n === undefined || !floor || n === 0 || Math.abs(n) >= floor.min) return undefined;
  return `${n} ${metric!.unit} is under 10⁶: ${floor.hint}`;
}

/** How far a number moved, as a factor ≥ 1 ("×4" or "÷4"), when it moved by more than 3 either way. */
export function bigFactor(oldValue: unknown, newValue: unknown): string | undefined {
  const a = numberOf(oldValue);
  const b = numberOf(newValue);
  if (a === undefined || b === undefined || sameNumber(a, b)) return undefined;
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return a === 0 ? 'from 0' : b === 0 ? 'to 0' : 'across zero';
  const ratio = b / a;
  if (ratio > 3) return `×${trimFactor(ratio)}`;
  if (ratio < 1 / 3) return `÷${trimFactor(1 / ratio)}`;
  return undefined;
}

/** A factor written briefly: 4, 12.5, 1,000,000. */
function trimFactor(x: number): string {
  return new Intl.NumberFormat('en', { maximumSignificantDigits: 3 }).format(x);
}

/** Pairs the entries of one record group: identical first, then by the same sources, then in order. */
function pairEntries(base: RecordEntry[], head: RecordEntry[]): { old?: RecordEntry; new?: RecordEntry }[] {
  const left = base.map((e, i) => ({ e, i }));
  const right = head.map((e, i) => ({ e, i }));
  const pairs: { old?: RecordEntry; new?: RecordEntry }[] = [];
  const take = (match: (a: RecordEntry, b: RecordEntry) => boolean) => {
    for (const l of [...left]) {
      const r = right.find((x) => match(l.e, x.e));
      if (!r) continue;
      pairs.push({ old: l.e, new: r.e });
      left.splice(left.indexOf(l), 1);
      right.splice(right.indexOf(r), 1);
    }
  };
  take((a, b) => stableJson(a) === stableJson(b));
  take((a, b) => a.sources.length > 0 && stableJson([...a.sources].sort()) === stableJson([...b.sources].sort()));
  take(() => true);
  for (const r of right) pairs.push({ new: r.e });
  return pairs;
}

/** Compares two valid versions of the site data: `base` (before) and `head` (after). */
export function diffData(base: SiteData, head: SiteData, files?: { base: Map<string, string>; head: Map<string, string> }): DataDiff {
  const flags: Flag[] = [];
  const flag = (kind: FlagKind, model: string, subject: string, message: string) => flags.push({ kind, model, subject, message });
  const baseModels = new Map(base.models.map((m) => [m.id, m]));
  const headModels = new Map(head.models.map((m) => [m.id, m]));
  const added = head.models.filter((m) => !baseModels.has(m.id)).map((m) => ({ id: m.id, name: m.name.en }));
  const removed = base.models.filter((m) => !headModels.has(m.id)).map((m) => ({ id: m.id, name: m.name.en }));
  const changed: FigureChange[] = [];
  const fieldsChanged: DataDiff['models']['fieldsChanged'] = [];
  let identical = 0;

  for (const model of head.models) {
    const before = baseModels.get(model.id);
    const newFigures = figuresOf(model);
    if (!before) {
      // A new model's figures are all new: only a slip in scale is worth a flag.
      for (const [metric, raw] of Object.entries(newFigures)) {
        const slip = unitScaleSlip(normaliseFigure(raw).value, head.metrics.get(metric));
        if (slip) flag('unit-scale', model.id, metric, `${model.name.en} · ${head.metrics.get(metric)?.label.en ?? metric}: ${slip}`);
      }
      continue;
    }
    const oldFigures = figuresOf(before);
    const other = changedKeys(before, model).filter((k) => !['figures', 'figureSources', 'id'].includes(k));
    if (other.length > 0) fieldsChanged.push({ model: model.id, fields: other });
    const metricIds = [...new Set([...Object.keys(oldFigures), ...Object.keys(newFigures)])];
    for (const metric of metricIds) {
      const old = metric in oldFigures ? normaliseFigure(oldFigures[metric], modelSource(before)) : undefined;
      const now = metric in newFigures ? normaliseFigure(newFigures[metric], modelSource(model)) : undefined;
      if (old && now && sameFigure(old, now)) {
        identical++;
        continue;
      }
      const oldMetric = base.metrics.get(metric);
      const newMetric = head.metrics.get(metric);
      const definition = newMetric ?? oldMetric;
      const label = definition ? metricHeading(definition, 'en') : metric;
      const a = numberOf(old?.value);
      const b = numberOf(now?.value);
      const change: FigureChange = {
        model: model.id,
        modelName: model.name.en,
        metric,
        metricLabel: label,
        old,
        new: now,
        valueChanged: !old || !now || !sameValue(old.value, now.value),
        oldText: figureText(old, oldMetric),
        newText: figureText(now, newMetric),
        relative: a !== undefined && b !== undefined && a !== 0 ? (b - a) / Math.abs(a) : undefined,
        shownOn: pagesShowing(head, metric, model.id),
      };
      changed.push(change);
      const name = `${model.name.en} · ${label}`;
      const factor = bigFactor(old?.value, now?.value);
      if (factor) flag('factor', model.id, metric, `${name}: ${change.oldText} → ${change.newText} moved ${factor}, more than ×3 or ÷3`);
      const slip = now && unitScaleSlip(now.value, newMetric);
      if (slip && !(old && unitScaleSlip(old.value, oldMetric))) flag('unit-scale', model.id, metric, `${name}: ${slip}`);
      if (old?.sourceFrom === 'figure' && now && now.sourceFrom !== 'figure') {
        flag('lost-source', model.id, metric, `${name}: the figure was credited to "${old.source}" and no longer names a source of its own (it falls back to ${now.sourceFrom === 'model' ? 'its model’s' : 'the default'}, "${now.source}")`);
      }
    }
  }

  const records = diffRecords(base, head, changed, flag);
  const sources = diffSources(base.sources, head.sources);
  return {
    models: { added, removed, fieldsChanged },
    figures: { changed, identical },
    records,
    sources,
    files: files ? diffFiles(files.base, files.head) : { added: [], removed: [], changed: [] },
    flags,
  };
}

/** Compares the public record, flagging "agrees" entries that stop agreeing and entries that lose a source. */
function diffRecords(base: SiteData, head: SiteData, figures: FigureChange[], flag: (kind: FlagKind, model: string, subject: string, message: string) => void): RecordChange[] {
  const group = (data: SiteData) => new Map(data.records.map((g) => [`${g.model}\u0000${g.subject}`, g]));
  const before = group(base);
  const after = group(head);
  const out: RecordChange[] = [];
  const name = (model: string, subject: string) => {
    const m = head.models.find((x) => x.id === model) ?? base.models.find((x) => x.id === model);
    const label = head.metrics.get(subject)?.label.en ?? head.recordTopics.find((t) => t.id === subject)?.label.en ?? subject;
    return `${m?.name.en ?? model} · ${label}`;
  };
  for (const key of [...new Set([...before.keys(), ...after.keys()])]) {
    const b = before.get(key);
    const a = after.get(key);
    const model = (a ?? b)!.model;
    const subject = (a ?? b)!.subject;
    const figureMoved = figures.find((f) => f.model === model && f.metric === subject && f.valueChanged);
    for (const pair of pairEntries(b?.entries ?? [], a?.entries ?? [])) {
      const same = pair.old && pair.new && stableJson(pair.old) === stableJson(pair.new);
      if (!same) {
        out.push({
          model,
          subject,
          name: name(model, subject),
          change: !pair.old ? 'added' : !pair.new ? 'removed' : 'changed',
          old: pair.old,
          new: pair.new,
          oldText: entryText(pair.old, base.metrics.get(subject)),
          newText: entryText(pair.new, head.metrics.get(subject)),
        });
      }
      if (pair.old?.status === 'agrees' && pair.new && pair.new.status !== 'agrees') {
        flag('no-longer-agrees', model, subject, `${name(model, subject)}: a public-record entry (${pair.old.sources.join(', ') || 'no source'}) said "agrees" and now says "${pair.new.status}"`);
      } else if (pair.new?.status === 'agrees' && figureMoved && stableJson(pair.old?.value) === stableJson(pair.new.value)) {
        flag('no-longer-agrees', model, subject, `${name(model, subject)}: the figure moved (${figureMoved.oldText} → ${figureMoved.newText}) but its public-record entry still "agrees" with the old value`);
      }
      if (pair.old && pair.new) {
        const lost = pair.old.sources.filter((s) => !pair.new!.sources.includes(s));
        if (lost.length > 0) flag('record-lost-source', model, subject, `${name(model, subject)}: a public-record entry no longer cites ${lost.map((s) => `"${s}"`).join(', ')}${pair.new.sources.length === 0 ? ' and now cites nothing' : ''}`);
      }
    }
  }
  return out;
}

/** A record entry in brief: `differs: 671B (ds-v3)`. */
function entryText(entry: RecordEntry | undefined, metric: MetricWithId | undefined): string {
  if (!entry) return '—';
  const value = entry.value === undefined ? '' : `: ${typeof entry.value === 'number' ? figureText({ value: entry.value }, metric) : entry.value.en}`;
  return `${entry.status}${value}${entry.sources.length > 0 ? ` (${entry.sources.join(', ')})` : ''}`;
}

/** The keys whose values differ between two versions of an entry, sorted. */
function changedKeys(a: object, b: object): string[] {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => k !== 'file' && stableJson(x[k]) !== stableJson(y[k])).sort();
}

/** Sources added, removed and changed, by id. */
function diffSources(base: Map<string, Source>, head: Map<string, Source>): DataDiff['sources'] {
  const named = (s: Source): Named => ({ id: s.id, name: `${s.authors}, ${s.title}` });
  return {
    added: [...head.values()].filter((s) => !base.has(s.id)).map(named),
    removed: [...base.values()].filter((s) => !head.has(s.id)).map(named),
    changed: [...head.values()]
      .filter((s) => base.has(s.id) && stableJson(base.get(s.id)) !== stableJson(s))
      .map((s) => ({ ...named(s), fields: changedKeys(base.get(s.id)!, s) })),
  };
}

/** Files added, removed and changed, by path, sorted. */
export function diffFiles(base: Map<string, string>, head: Map<string, string>): DataDiff['files'] {
  const sorted = (xs: string[]) => xs.sort();
  return {
    added: sorted([...head.keys()].filter((f) => !base.has(f))),
    removed: sorted([...base.keys()].filter((f) => !head.has(f))),
    changed: sorted([...head.keys()].filter((f) => base.has(f) && base.get(f) !== head.get(f))),
  };
}

/** Whether the diff found nothing at all. */
export function isEmpty(diff: DataDiff): boolean {
  return (
    diff.models.added.length + diff.models.removed.length + diff.models.fieldsChanged.length + diff.figures.changed.length + diff.records.length +
      diff.sources.added.length + diff.sources.removed.length + diff.sources.changed.length +
      diff.files.added.length + diff.files.removed.length + diff.files.changed.length ===
    0
  );
}
