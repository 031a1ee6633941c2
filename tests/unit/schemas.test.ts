import { readFileSync } from 'node:fs';
import type { ZodTypeAny } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { explainIssues } from '../../src/lib/explain';
import { parseYaml } from '../../src/lib/parse-yaml';
import { readMetrics } from '../../src/lib/read-metrics';
import { metricSchema, tableSchema } from '../../src/schemas/metric';
import { modelSchema } from '../../src/schemas/model';
import { articleSchema, costAssumptionsSchema, figureSchema, timelineSchema } from '../../src/schemas/site';

const schema = modelSchema(readMetrics('content'));
type Raw = Record<string, any>;
/** A model file as written, before validation, to break in tests. */
const rawModel = (id: string): Raw => parseYaml(readFileSync(`content/models/${id}.yaml`, 'utf8'), id) as Raw;
/** Every problem as "path: message", what a reader of the error sees (zod issues as validation explains them). */
function issues(value: unknown, s: ZodTypeAny = schema): string[] {
  const result = s.safeParse(value);
  return result.success ? [] : explainIssues(s, value, result.error.issues).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('model schema', () => {
  it.each(['deepseek', 'gpt-4', 'claude', 'palm-2'])('accepts the real %s file', (id) => {
    expect(issues(rawModel(id))).toEqual([]);
  });

  it('rejects "83%" where a number is expected, saying what it wanted and what it found', () => {
    const model = rawModel('deepseek');
    model['figures']['parameter-utilisation'] = '83%';
    const found = issues(model);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^figures\.parameter-utilisation: /);
    expect(found[0]).toBe(
      'figures.parameter-utilisation: expected a number between 0 and 100 in percent (write 83, not "83%"), or { value, per: { en, zh } }, or { value, source, locator }, or { na: { en, zh } } giving the reason there is no figure; found the text "83%"',
    );
  });

  it('rejects a missing Chinese translation', () => {
    const model = rawModel('deepseek');
    delete model['name']['zh'];
    expect(issues(model)).toEqual(['name.zh: missing the Chinese translation ("zh")']);
  });

  it('rejects an empty text', () => {
    const model = rawModel('deepseek');
    model['summary']['en'] = '  ';
    expect(issues(model)).toEqual(['summary.en: English text ("en") is empty']);
  });

  it('rejects a figure for a metric that metrics.yaml does not define, at the key, suggesting a near match', () => {
    const model = rawModel('deepseek');
    model['figures']['context-window'] = 128000;
    model['figures']['throughputs'] = 1;
    expect(issues(model)).toEqual([
      'figures.context-window: "context-window" is not a metric defined in content/metrics.yaml; add it there first',
      'figures.throughputs: "throughputs" is not a metric defined in content/metrics.yaml; add it there first; did you mean "throughput"?',
    ]);
  });

  it('rejects a model that leaves out a metric, naming it', () => {
    const model = rawModel('deepseek');
    delete model['figures']['per-layer-latency'];
    const found = issues(model);
    expect(found).toHaveLength(1);
    expect(found[0]).toBe(
      'figures.per-layer-latency: expected a number of at least 0 in milliseconds, or { value, per: { en, zh } }, or { value, source, locator }, or { na: { en, zh } } giving the reason there is no figure; found nothing (the field is missing)',
    );
    expect(found[0]).not.toContain('undefined');
  });

  it('explains n/a in its message and accepts it', () => {
    const model = rawModel('deepseek');
    model['figures']['per-layer-latency'] = { na: { en: 'Not measured', zh: '未测量' } };
    expect(issues(model)).toEqual([]);
    model['figures']['per-layer-latency'] = { na: 'Not measured' };
    // The value has the shape of "not applicable", so the message is about its reason, at the reason.
    expect(issues(model)).toEqual(['figures.per-layer-latency.na: expected a text in both languages { en, zh }, found the text "Not measured"']);
  });

  it('checks texts, yes/no and big-O figures by their metric kind', () => {
    const model = rawModel('deepseek');
    model['figures']['expert-dynamism'] = 'Adjusted in real time';
    model['figures']['overlap-communication'] = 'yes';
    model['figures']['time-complexity'] = 'O(n2)';
    expect(issues(model)).toEqual([
      'figures.expert-dynamism: expected a text { en, zh }, or { value: { en, zh }, source, locator }, or { na: { en, zh } } giving the reason there is no figure; found the text "Adjusted in real time"',
      'figures.overlap-communication: expected true or false, or { value, source, locator }, or { na: { en, zh } } giving the reason there is no figure; found the text "yes"',
      'figures.time-complexity: expected one of O(1), O(log n), O(n), O(n log n), O(n^2), O(n^3), O(2^n), or { value, source, locator }, or { na: { en, zh } } giving the reason there is no figure; found the text "O(n2)"',
    ]);
  });

  it('rejects a colour that is not #rrggbb', () => {
    const model = rawModel('deepseek');
    model['color'] = 'blue';
    expect(issues(model)).toEqual(['color: must be a colour like "#0072b2"; found the text "blue"']);
  });

  it('rejects a one-component architecture chain and an unknown quantisation width', () => {
    const model = rawModel('deepseek');
    model['architectureChain'] = [{ en: 'MoE', zh: 'MoE' }];
    model['quantisationExample']['bits'] = 5;
    expect(issues(model)).toEqual(['architectureChain: needs at least two components; found a list of 1 item', 'quantisationExample.bits: expected one of 2, 3, 4, 8; found the number 5']);
  });

  it('rejects a data-mix key that is not kebab-case', () => {
    const model = rawModel('deepseek');
    model['dataMix'] = { Web: 45, books: 30, code: 15, multimodal: 10 };
    expect(issues(model)).toEqual(['dataMix.Web: the key "Web" must be kebab-case: lower-case letters, digits and single hyphens, starting with a letter, like "gpt-4"']);
  });
});

describe('metric and site schemas', () => {
  it('requires a unit on numbers, and only on numbers', () => {
    expect(issues({ label: { en: 'A', zh: '甲' }, kind: 'number' }, metricSchema)).toEqual([
      'unit: a metric of kind "number" needs a unit, one of: percent, ms, gb, tokens-per-second, usd, parameters, tokens, score-10, ratio, gpus, plain',
    ]);
    expect(issues({ label: { en: 'A', zh: '甲' }, kind: 'text', unit: 'ms' }, metricSchema)).toEqual(['unit: only metrics of kind "number" have a unit; this one is "text"']);
  });

  it('refuses a best value on text metrics', () => {
    expect(issues({ label: { en: 'A', zh: '甲' }, kind: 'text', direction: 'higher' }, metricSchema)).toEqual([
      'direction: a "text" metric cannot have a best value: use direction "none"',
    ]);
  });

  it('checks tables, figures, timeline, article and cost assumptions', () => {
    expect(issues({ id: 'x', title: { en: 'X', zh: '甲' }, articleSection: '1.2', section: 'architecture', metrics: [] }, tableSchema)).toHaveLength(1);
    expect(issues({ id: 'x', kind: 'diagram', draws: 'timeline', section: 'architecture', articleSection: 'one', title: { en: 'X', zh: '甲' } }, figureSchema)).toEqual([
      'articleSection: must be a section number like "1.1"; found the text "one"',
    ]);
    // What a figure draws picks the code that builds it, so it is required and one of the known kinds.
    expect(issues({ id: 'x', kind: 'diagram', section: 'architecture', articleSection: '1.1', title: { en: 'X', zh: '甲' } }, figureSchema)).toHaveLength(1);
    expect(issues({ id: 'x', kind: 'diagram', draws: 'pie', section: 'architecture', articleSection: '1.1', title: { en: 'X', zh: '甲' } }, figureSchema)[0]).toMatch(/^draws: .*radar.*written/);
    expect(issues({ id: 'x', year: 1999, label: { en: 'X', zh: '甲' } }, timelineSchema)).toHaveLength(1);
    expect(issues({ id: 'article', title: 'T', date: '3 March 2025', publisher: { en: 'P', zh: 'P' }, locator: { en: 'L', zh: 'L' } }, articleSchema)).toEqual([
      'date: must be a date like 2025-03-03; found the text "3 March 2025"',
    ]);
    expect(issues({ id: 'default', pricePerGpuHour: 2.5, priceRange: [1.4, 3.5], utilisation: 1.5, powerFactor: 1, note: { en: 'N', zh: 'N' } }, costAssumptionsSchema)).toHaveLength(1);
    expect(issues({ id: 'Not Kebab', label: { en: 'X', zh: '甲' }, year: 2024 }, timelineSchema)).toEqual([
      'id: must be kebab-case: lower-case letters, digits and single hyphens, starting with a letter, like "gpt-4"; found the text "Not Kebab"',
    ]);
  });
});
