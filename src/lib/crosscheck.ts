import { articleSourceId } from '../schemas/provenance';
import { crossCheckRecords } from './crosscheck-records';
import { crossCheckResults } from './crosscheck-results';
import { declaredIn, type CrossCheckData, type Declared, type Problem } from './problem';

export { declaredIn, type CrossCheckData, type Declared, type Problem } from './problem';

/** Figure ids that would clash with the whole-dataset downloads in /data/. */
export const reservedIds = ['dataset', 'datapackage'];

/** Formats problems one per line as "file[:line:column]  field  message". */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}  ${p.field}  ${p.message}`).join('\n');
}

/**
 * Checks that span files: references to models, metrics and categories that must exist, data
 * mixes that sum to 100, unique colours. Per-file shape is the schemas' job. Runs on the entries
 * that passed their schemas, so one run reports both kinds of problem.
 */
export function crossCheck(data: CrossCheckData, declared: Declared = declaredIn(data)): Problem[] {
  const problems: Problem[] = [];
  const modelIds = declared.models;
  const known = `known models: ${[...modelIds].join(', ')}`;
  const categoryIds = declared.categories;

  for (const table of data.tables) {
    table.metrics.forEach((id, i) => {
      if (declared.metrics && !declared.metrics.has(id)) {
        problems.push({ file: table.file, field: `${table.id}.metrics[${i}]`, message: `refers to metric "${id}", which content/metrics.yaml does not define` });
      }
    });
  }
  // Tables and other figures share one namespace of ids: each is an anchor on the site.
  const anchors = new Map<string, string>();
  for (const f of [...data.tables, ...data.figures]) {
    if (reservedIds.includes(f.id)) problems.push({ file: f.file, field: `${f.id}.id`, message: `"${f.id}" is reserved for the download /data/${f.id}.json; pick another id` });
    const other = anchors.get(f.id);
    if (other) problems.push({ file: f.file, field: `${f.id}.id`, message: `"${f.id}" is already the id of ${other}; ids must be unique across tables.yaml and figures.yaml` });
    anchors.set(f.id, `${'kind' in f ? 'a figure' : 'a table'} in ${f.file}`);
  }
  const tableIds = new Set(data.tables.map((x) => x.id));
  for (const figure of data.figures) {
    if (figure.table !== undefined && !tableIds.has(figure.table)) {
      problems.push({ file: figure.file, field: `${figure.id}.table`, message: `refers to table "${figure.table}", which content/tables.yaml does not define (${[...tableIds].join(', ')})` });
    }
  }
  const shown = new Set(data.tables.flatMap((x) => x.metrics));
  for (const metric of declared.tablesComplete ? data.metrics.values() : []) {
    if (!shown.has(metric.id)) problems.push({ file: metric.file, field: metric.id, message: 'is in no table of content/tables.yaml, so no page would show it' });
  }

  // A model's figures, and any one of them, name where they come from: the article or a listed source.
  const knownSource = (s: string) => s === articleSourceId || data.sources.has(s) || (declared.sources !== undefined ? declared.sources.has(s) : true);
  const sourceList = `known sources: ${[articleSourceId, ...(declared.sources ?? data.sources.keys())].join(', ')}`;
  for (const model of data.models) {
    if (!knownSource(model.source)) problems.push({ file: model.file, field: 'source', message: `refers to source "${model.source}", which is neither "${articleSourceId}" nor an id of content/sources.yaml (${sourceList})` });
    for (const [metric, own] of Object.entries(model.figureSources)) {
      if (!knownSource(own.source)) problems.push({ file: model.file, field: `figures.${metric}.source`, message: `refers to source "${own.source}", which is neither "${articleSourceId}" nor an id of content/sources.yaml (${sourceList})` });
    }
  }

  const colours = new Map<string, string>();
  for (const model of data.models) {
    let sum = 0;
    for (const [category, percent] of Object.entries(model.dataMix)) {
      sum += percent;
      if (categoryIds && !categoryIds.has(category)) {
        problems.push({ file: model.file, field: `dataMix.${category}`, message: `unknown data category "${category}"; categories are defined in content/data-categories.yaml (${[...categoryIds].join(', ')})` });
      }
    }
    if (Math.abs(sum - 100) > 1e-6) {
      problems.push({ file: model.file, field: 'dataMix', message: `the shares add up to ${Number(sum.toFixed(6))}, expected 100` });
    }
    const colour = model.color.toLowerCase();
    const other = colours.get(colour);
    if (other) problems.push({ file: model.file, field: 'color', message: `${model.color} is already the colour of "${other}"; each model needs its own colour` });
    colours.set(colour, model.id);
  }

  for (const s of data.scenarios) {
    if (!modelIds.has(s.bestFit)) problems.push({ file: s.file, field: `${s.id}.bestFit`, message: `refers to model "${s.bestFit}", which has no file in content/models/ (${known})` });
  }
  for (const branch of data.strategy) {
    branch.recommendations.forEach((r, i) => {
      if (!modelIds.has(r.model)) problems.push({ file: branch.file, field: `${branch.id}.recommendations[${i}].model`, message: `refers to model "${r.model}", which has no file in content/models/ (${known})` });
    });
  }
  const years = new Map<number, string>();
  for (const step of data.timeline) {
    const other = years.get(step.year);
    if (other) problems.push({ file: step.file, field: `${step.id}.year`, message: `${step.year} is already the year of "${other}"` });
    years.set(step.year, step.id);
  }
  if (modelIds.size < 2) problems.push({ file: 'content/models/', field: '', message: `a comparison needs at least two model files, found ${modelIds.size}` });
  problems.push(...crossCheckRecords(data, declared));
  problems.push(...crossCheckResults(data, declared));
  return problems;
}
