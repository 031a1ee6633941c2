import { articleSourceId } from '../schemas/provenance';
import type { CrossCheckData, Declared, Problem } from './problem';

/** Whether two numbers are the same figure, allowing for floating-point noise. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Checks the public record against the rest of the data: every model, metric, topic and source it
 * names must exist, each value must fit its metric, and "agrees" / "differs" must match the figures.
 */
export function crossCheckRecords(data: CrossCheckData, declared?: Declared): Problem[] {
  const problems: Problem[] = [];
  const models = new Map(data.models.map((m) => [m.id, m]));
  // A model file that failed its schema still exists: its records are checked once it is fixed.
  const known = declared?.models ?? new Set(models.keys());
  const topics = new Set(data.recordTopics.map((t) => t.id));
  const figures = new Set([...data.tables, ...data.figures].map((f) => f.id));
  const sourceIds = [...data.sources.keys()];
  // A source that failed its schema is still there: citing it is not a second mistake.
  const knownSource = (s: string) => data.sources.has(s) || (declared ? declared.sources === undefined || declared.sources.has(s) : false);
  const reportedModels = new Set<string>();

  for (const topic of data.recordTopics) {
    if (data.metrics.has(topic.id)) problems.push({ file: topic.file, field: `${topic.id}.id`, message: `"${topic.id}" is already a metric in content/metrics.yaml; a topic needs an id of its own` });
    if (!figures.has(topic.figure)) problems.push({ file: topic.file, field: `${topic.id}.figure`, message: `refers to figure "${topic.figure}", which is neither a table in content/tables.yaml nor a figure in content/figures.yaml` });
  }

  for (const group of data.records) {
    const at = `${group.model}.${group.subject}`;
    const model = models.get(group.model);
    if (!known.has(group.model)) {
      // Once per model: its every metric would repeat the same mistake.
      if (reportedModels.has(group.model)) continue;
      reportedModels.add(group.model);
      problems.push({ file: group.file, field: group.model, message: `refers to model "${group.model}", which has no file in content/models/ (known models: ${[...known].join(', ')})` });
      continue;
    }
    if (!model) continue;
    const metric = data.metrics.get(group.subject);
    if (!metric && !topics.has(group.subject)) {
      problems.push({ file: group.file, field: at, message: `"${group.subject}" is neither a metric of content/metrics.yaml nor a topic of content/record-topics.yaml (topics: ${[...topics].join(', ')})` });
      continue;
    }
    const figure = model.figures[group.subject];
    group.entries.forEach((entry, i) => {
      const field = `${at}[${i}]`;
      entry.sources.forEach((s, j) => {
        if (s === articleSourceId) problems.push({ file: group.file, field: `${field}.sources[${j}]`, message: 'the article is the claim, not the public record; cite a published source' });
        else if (!knownSource(s)) problems.push({ file: group.file, field: `${field}.sources[${j}]`, message: `refers to source "${s}", which content/sources.yaml does not list (known: ${sourceIds.join(', ')})` });
      });
      const value = entry.value;
      if (value === undefined) return;
      if (typeof value === 'number' && metric?.kind !== 'number') {
        problems.push({ file: group.file, field: `${field}.value`, message: `"${group.subject}" has no unit, so its public value must be a text { en, zh }, not the number ${value}` });
      } else if (typeof value === 'number' && typeof figure === 'number') {
        // The record stands beside whatever source the figure comes from, the article or another.
        const fromArticle = (model.figureSources[group.subject]?.source ?? model.source) === articleSourceId;
        const theirs = fromArticle ? `the article's ${figure}` : `${figure}, the figure content/models/${model.id}.yaml gives`;
        const own = fromArticle ? "the article's own figure" : `the figure content/models/${model.id}.yaml gives`;
        if (entry.status === 'agrees' && !same(value, figure)) problems.push({ file: group.file, field: `${field}.status`, message: `says "agrees", but ${value} is not ${theirs}` });
        if (entry.status === 'differs' && same(value, figure)) problems.push({ file: group.file, field: `${field}.status`, message: `says "differs", but ${value} is ${own}; use "agrees"` });
      }
    });
  }
  return problems;
}
