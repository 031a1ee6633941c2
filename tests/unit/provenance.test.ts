import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/lib/crosscheck';
import { readContent } from '../../src/lib/read-content';
import { isFlagged, recordOf } from '../../src/lib/records';
import { citeSource, formatRecordValue, formatSourceDate, recordView } from '../../src/lib/record-view';
import { buildTable } from '../../src/lib/table';
import { costCheckTable } from '../../src/lib/cost-table-check';
import { recordEntrySchema, sourceSchema } from '../../src/schemas/provenance';
import type { SiteData } from '../../src/lib/types';
import { copyContent, metricOf, realData, replaceIn } from './helpers';

const messages = (result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('recordEntrySchema', () => {
  const note = { en: 'A note.', zh: '注释。' };
  it('accepts a value with its kind and sources, and a bare "not disclosed"', () => {
    expect(recordEntrySchema.safeParse({ status: 'differs', value: 671e9, kind: 'report', sources: ['ds-v3'], note }).success).toBe(true);
    expect(recordEntrySchema.safeParse({ status: 'not-disclosed', note }).success).toBe(true);
  });

  it.each([
    [{ status: 'not-disclosed', value: 1, kind: 'card', sources: ['x'], note }, 'value: a "not-disclosed" entry has no value: leave value out'],
    [{ status: 'differs', kind: 'report', sources: ['x'], note }, 'value: a "differs" entry needs the public value'],
    [{ status: 'differs', value: 1, sources: ['x'], note }, 'kind: give the kind of source, one of: report, card, vendor, press, estimate'],
    [{ status: 'agrees', value: 1, note }, 'sources: only a "not-disclosed" entry may go without a source'],
    [{ status: 'not-disclosed', kind: 'press', note }, 'sources: a "press" entry needs at least one source id from content/sources.yaml'],
    [{ status: 'differs', value: '671B', kind: 'report', sources: ['x'], note }, 'value: expected a number in the metric’s unit, or a text { en, zh }'],
  ])('rejects %o: %s', (entry, message) => {
    expect(messages(recordEntrySchema.safeParse(entry))).toContain(message);
  });
});

describe('sourceSchema', () => {
  it('reserves the id "article" and checks dates and addresses', () => {
    const ok = { id: 'x', authors: 'A', title: 'T', date: '2024-12' };
    expect(sourceSchema.safeParse(ok).success).toBe(true);
    expect(messages(sourceSchema.safeParse({ ...ok, id: 'article' }))).toEqual(['id: "article" is reserved for the article itself (content/article.yaml)']);
    expect(messages(sourceSchema.safeParse({ ...ok, date: 'Dec 2024' }))).toEqual(['date: must be a date like 2024-12 or 2023-05-16']);
    expect(messages(sourceSchema.safeParse({ ...ok, url: 'arxiv.org/abs/1' }))).toEqual(['url: must be an https:// web address; found the text "arxiv.org/abs/1", which is not a full web address; expected an absolute address starting with https:// and the host, like https://example.org/page']);
  });
});

describe('crossCheck on the public record', () => {
  const after = (change: (d: SiteData) => void) => {
    const d = realData();
    change(d);
    return crossCheck(d);
  };
  const group = (d: SiteData, model: string, subject: string) => recordOf(d, model, subject)!;

  it('names the file and field of an unknown model, subject or source', () => {
    expect(after((d) => void (group(d, 'claude', 'batch-size').model = 'llama'))).toEqual([
      { file: 'content/public-record.yaml', field: 'llama', message: 'refers to model "llama", which has no file in content/models/ (known models: deepseek, gpt-4, claude, palm-2)' },
    ]);
    expect(after((d) => void (group(d, 'claude', 'batch-size').subject = 'batch-sise'))).toEqual([
      { file: 'content/public-record.yaml', field: 'claude.batch-sise', message: '"batch-sise" is neither a metric of content/metrics.yaml nor a topic of content/record-topics.yaml (topics: architecture, training-cost)' },
    ]);
    const problems = after((d) => void (group(d, 'deepseek', 'total-parameters').entries[1]!.sources = ['ds-v9']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/public-record.yaml', field: 'deepseek.total-parameters[1].sources[0]' });
    expect(problems[0]!.message).toMatch(/^refers to source "ds-v9", which content\/sources.yaml does not list \(known: ds-v3, ds-v2, /);
  });

  it('keeps "agrees" and "differs" honest against the article’s figure', () => {
    expect(after((d) => void (group(d, 'palm-2', 'total-parameters').entries[1]!.value = 540e9))).toEqual([
      { file: 'content/public-record.yaml', field: 'palm-2.total-parameters[1].status', message: 'says "agrees", but 540000000000 is not the article\'s 340000000000' },
    ]);
    expect(after((d) => void (group(d, 'deepseek', 'adam-beta2').entries[0]!.value = 0.98))).toEqual([
      { file: 'content/public-record.yaml', field: 'deepseek.adam-beta2[0].status', message: 'says "differs", but 0.98 is the article\'s own figure; use "agrees"' },
    ]);
  });

  it('wants text, not numbers, for topics and text metrics, and topics shown with a known figure', () => {
    expect(after((d) => void (group(d, 'deepseek', 'optimizer').entries[0]!.value = 1))).toEqual([
      { file: 'content/public-record.yaml', field: 'deepseek.optimizer[0].value', message: '"optimizer" has no unit, so its public value must be a text { en, zh }, not the number 1' },
    ]);
    expect(after((d) => void (d.recordTopics[0]!.figure = 'architecture-mapp'))).toEqual([
      { file: 'content/record-topics.yaml', field: 'architecture.figure', message: 'refers to figure "architecture-mapp", which is neither a table in content/tables.yaml nor a figure in content/figures.yaml' },
    ]);
  });
});

describe('readContent with a broken public record', () => {
  let dir = '';
  afterEach(() => rmSync(dirname(dir), { recursive: true, force: true }));
  it('reports the file, line and field of a schema problem', () => {
    dir = copyContent();
    replaceIn(join(dir, 'public-record.yaml'), '      kind: card\n      sources: [claude37-card]\n      note:\n        en: "Anthropic does not', '      sources: [claude37-card]\n      note:\n        en: "Anthropic does not');
    const { problems } = readContent(dir);
    expect(problems).toEqual([
      expect.objectContaining({ file: relative(process.cwd(), join(dir, 'public-record.yaml')), field: 'claude.total-parameters[0].kind', message: 'give the kind of source, one of: report, card, vendor, press, estimate' }),
    ]);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });
});

describe('formatting the public record', () => {
  const data = realData();
  it('formats dates of a year, a month or a day in both languages', () => {
    expect([formatSourceDate('2023', 'en'), formatSourceDate('2024-12', 'en'), formatSourceDate('2023-05-16', 'en')]).toEqual(['2023', 'Dec 2024', 'May 16, 2023']);
    expect([formatSourceDate('2024-12', 'zh'), formatSourceDate('2025-03-01', 'zh')]).toEqual(['2024年12月', '2025年3月1日']);
  });

  it('cites a source in full, with its link only when it has one', () => {
    expect(citeSource(data.sources.get('ds-v3')!, 'en')).toEqual({
      id: 'ds-v3',
      text: 'DeepSeek-AI, “DeepSeek-V3 Technical Report”, arXiv:2412.19437, Dec 2024 (revised as v2 in February 2025)',
      url: 'https://arxiv.org/abs/2412.19437',
    });
    expect(citeSource(data.sources.get('cnbc-palm2')!, 'zh').url).toBeUndefined();
    expect(citeSource(data.sources.get('cnbc-palm2')!, 'zh').text).toMatch(/^CNBC，《Google's newest .+》，CNBC，2023年5月16日$/);
  });

  it('formats public values in the metric’s unit, with units a table keeps in its header spelt out', () => {
    expect(formatRecordValue(671e9, metricOf(data, 'total-parameters'), 'en')).toBe('671B');
    expect(formatRecordValue(671e9, metricOf(data, 'total-parameters'), 'zh')).toBe('6710亿');
    expect(formatRecordValue(63e6, metricOf(data, 'batch-size'), 'en')).toBe('63M tokens');
    expect(formatRecordValue(671, metricOf(data, 'gpu-memory'), 'en')).toBe('671 GB');
    expect(formatRecordValue(2.2e-4, metricOf(data, 'learning-rate'), 'en')).toBe('2.2 × 10⁻⁴');
    expect(formatRecordValue({ en: 'none', zh: '无' }, metricOf(data, 'parallel-tensor'), 'zh')).toBe('无');
  });

  it('puts the claim beside the record, and marks only what differs or was never disclosed', () => {
    const v = recordView(data, recordOf(data, 'gpt-4', 'total-parameters')!, 'en');
    expect(v).toMatchObject({ modelName: 'GPT-4', subjectLabel: 'Total parameters', claim: '1.8T', mark: 'not-disclosed' });
    expect(v.entries.map((e) => [e.statusText, e.value, e.kindText])).toEqual([['Not disclosed', undefined, 'Technical report'], ['Agrees', '1.8T', 'Unofficial estimate']]);
    expect(recordView(data, recordOf(data, 'claude', 'architecture')!, 'zh').claim).toBe('宪法AI架构 → 道德层 → 自我修正');
    expect(isFlagged(recordOf(data, 'deepseek', 'adam-beta1'))).toBe(false);
    expect(recordView(data, recordOf(data, 'deepseek', 'batch-size')!, 'en').mark).toBe('differs');
    expect(recordView(data, recordOf(data, 'claude', 'batch-size')!, 'en').entries[0]!.kind).toBe('none');
  });
});

describe('marks and notes on tables', () => {
  const data = realData();
  it('numbers the marks in reading order and adds one note per mark, then the topic notes', () => {
    const view = buildTable(data, 'training-parameters', 'en');
    const marks = view.body.flatMap((r) => r.cells.filter((c) => c.mark).map((c) => `${c.model}/${c.metric}:${c.mark!.mark}:${c.mark!.n}`));
    expect(marks.slice(0, 5)).toEqual(['deepseek/total-parameters:differs:1', 'gpt-4/total-parameters:not-disclosed:2', 'claude/total-parameters:not-disclosed:3', 'palm-2/total-parameters:not-disclosed:4', 'deepseek/training-tokens:differs:5']);
    expect(marks).toHaveLength(12);
    expect(view.notes!.map((n) => n.id)).toEqual([...marks.map((_, i) => `training-parameters-note-${i + 1}`), 'training-parameters-note-deepseek-training-cost']);
    expect(view.notes!.at(-1)).toMatchObject({ subjectLabel: 'Training cost', mark: 'info' });
    expect(view.notes!.at(-1)!.n).toBeUndefined();
  });

  it('marks the article’s figures in the cost check too, but not the formula’s', () => {
    const view = costCheckTable(data, 'cost-check', 'en');
    const marked = view.body.flatMap((r) => r.cells.filter((c) => c.mark).map((c) => `${c.model}/${c.metric}`));
    expect(marked).toEqual(['deepseek/throughput', 'deepseek/claimed']);
  });

  it('leaves a table without a record unmarked', () => {
    expect(buildTable(data, 'capability-scores', 'zh').notes).toEqual([]);
  });
});
