import type { Locale, Localized } from '../schemas/common';
import type { MetricWithId } from '../schemas/metric';
import type { RecordEntry, RecordKind, RecordStatus, Source } from '../schemas/provenance';
import { formatFigure, formatNumber, unitInHeader } from './format';
import { langTag, t } from './i18n';
import { flagOf, isFlagged } from './records';
import type { RecordGroup, SiteData } from './types';

/** A source as a reader sees it cited. */
export interface CitationView {
  id: string;
  /** "DeepSeek-AI, “DeepSeek-V3 Technical Report”, arXiv:2412.19437, Dec 2024 (…)" */
  text: string;
  url?: string;
}

/** One entry of the public record, formatted for a locale. */
export interface EntryView {
  status: RecordStatus;
  statusText: string;
  /** The public value in the metric's unit, or undefined when it was never disclosed. */
  value?: string;
  /** The kind of source, "none" when no source was found. */
  kind: RecordKind | 'none';
  kindText: string;
  note: string;
  citations: CitationView[];
}

/** What the public record says about one figure or topic of one model, ready to show. */
export interface RecordView {
  model: string;
  modelName: string;
  subject: string;
  /** The metric's or topic's label. */
  subjectLabel: string;
  /** The article's figure as shown on the site, or undefined when it makes no claim. */
  claim?: string;
  /** "differs" / "not-disclosed" when the figure gets a warning mark, "info" otherwise. */
  mark: 'differs' | 'not-disclosed' | 'info';
  entries: EntryView[];
}

/** Formats a date of the form YYYY, YYYY-MM or YYYY-MM-DD for a locale: "Dec 2024", "2024年12月". */
export function formatSourceDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC', ...(d ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(langTag[locale], options).format(new Date(Date.UTC(y!, m - 1, d ?? 1)));
}

/** Cites a source in full for a locale. */
export function citeSource(source: Source, locale: Locale): CitationView {
  const parts = [t(locale, 'record.citation', { authors: source.authors, title: source.title }), source.venue, formatSourceDate(source.date, locale)].filter(Boolean);
  const sep = locale === 'zh' ? '，' : ', ';
  const note = source.note ? (locale === 'zh' ? `（${source.note.zh}）` : ` (${source.note.en})`) : '';
  return { id: source.id, text: `${parts.join(sep)}${note}`, ...(source.url ? { url: source.url } : {}) };
}

/** A number in its metric's unit with the unit spelt out, since a note has no header to carry it. */
function numberWithUnit(value: number, metric: MetricWithId, locale: Locale): string {
  const unit = metric.unit ?? 'plain';
  const text = formatFigure(value, metric, locale).text;
  return unitInHeader(unit) ? `${text} ${t(locale, `unit.${unit}`)}` : text;
}

/** Formats a public value: a number in the metric's unit, or the text in the locale. */
export function formatRecordValue(value: number | Localized, metric: MetricWithId | undefined, locale: Locale): string {
  if (typeof value !== 'number') return value[locale];
  return metric ? numberWithUnit(value, metric, locale) : formatNumber(value, 'plain', locale);
}

/** The article's claim about a model's figure or topic, as the site shows it. */
function claimOf(data: SiteData, group: RecordGroup, locale: Locale): string | undefined {
  const model = data.models.find((m) => m.id === group.model);
  if (!model) return undefined;
  const metric = data.metrics.get(group.subject);
  if (metric) {
    const figure = model.figures[metric.id];
    if (figure === undefined) return undefined;
    const f = formatFigure(figure, metric, locale);
    if (f.na) return undefined;
    return typeof figure === 'number' && metric.unit && unitInHeader(metric.unit) ? numberWithUnit(figure, metric, locale) : f.text;
  }
  const topic = data.recordTopics.find((x) => x.id === group.subject);
  return topic?.claim === 'architecture-chain' ? model.architectureChain.map((c) => c[locale]).join(' → ') : undefined;
}

/** Formats one entry with its citations. */
function entryView(data: SiteData, entry: RecordEntry, metric: MetricWithId | undefined, locale: Locale): EntryView {
  const kind = entry.kind ?? 'none';
  return {
    status: entry.status,
    statusText: t(locale, `status.${entry.status}`),
    ...(entry.value !== undefined ? { value: formatRecordValue(entry.value, metric, locale) } : {}),
    kind,
    kindText: t(locale, `kind.${kind}`),
    note: entry.note[locale],
    citations: entry.sources.flatMap((id) => {
      const source = data.sources.get(id);
      return source ? [citeSource(source, locale)] : [];
    }),
  };
}

/** Formats what the public record says about one model's figure or topic. */
export function recordView(data: SiteData, group: RecordGroup, locale: Locale): RecordView {
  const metric = data.metrics.get(group.subject);
  const topic = data.recordTopics.find((x) => x.id === group.subject);
  const claim = claimOf(data, group, locale);
  return {
    model: group.model,
    modelName: data.models.find((m) => m.id === group.model)?.name[locale] ?? group.model,
    subject: group.subject,
    subjectLabel: (metric?.label ?? topic?.label)?.[locale] ?? group.subject,
    ...(claim !== undefined ? { claim } : {}),
    mark: isFlagged(group) ? flagOf(group) : 'info',
    entries: group.entries.map((e) => entryView(data, e, metric, locale)),
  };
}

/** The glyph of a mark: ≠ differs, ? never disclosed, i for a record that only adds or agrees. */
export function markGlyph(mark: RecordView['mark']): string {
  return mark === 'differs' ? '≠' : mark === 'not-disclosed' ? '?' : 'i';
}
