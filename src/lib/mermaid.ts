import type { Locale } from '../schemas/common';
import { textOn } from './color';
import { themes } from './design-tokens';
import { DEFAULT_MODELS } from './model-choice';
import type { SiteData } from './types';

/**
 * Makes data text safe inside a quoted Mermaid label: quotes, angle brackets and the entity
 * marker itself become Mermaid entity codes, and line breaks become spaces.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;');
}

/** A quoted node or edge label. */
const q = (text: string) => `"${mermaidText(text)}"`;

/** Mermaid class of the model at this index of the data: its boxes in its own colour. */
export const modelClass = (index: number) => `model${index}`;

/**
 * A model's box colours, the same in both themes as in its tables and charts: its own colour as
 * fill and border, and white or the light theme's body text on it, whichever reaches 4.5:1.
 */
export function modelBox(color: string): { fill: string; stroke: string; text: string } {
  return { fill: color, stroke: color, text: textOn(color, ['#ffffff', themes.light.fg]) };
}

/** Flowchart `classDef` lines for these models (by index in the data). */
function modelClassDefs(data: SiteData, indices: Iterable<number>): string[] {
  return [...indices].flatMap((m) => {
    const model = data.models[m];
    if (!model) return [];
    const box = modelBox(model.color);
    return [`  classDef ${modelClass(m)} fill:${box.fill},stroke:${box.stroke},color:${box.text}`];
  });
}

/** The overview flowchart: the comparison dimensions around a root node. */
export function dimensionsDiagram(data: SiteData, locale: Locale, rootLabel: string): string {
  const lines = ['flowchart LR', `  root[${q(rootLabel)}]`];
  data.dimensions.forEach((d, i) => lines.push(`  root --> d${i}[${q(d.label[locale])}]`));
  return lines.join('\n');
}

/**
 * The architecture flowchart: one subgraph per model holding its chain of components, for the
 * first DEFAULT_MODELS models (those a page opens on): each adds a row, so hundreds would make a
 * drawing tens of thousands of pixels tall, past Mermaid's size limits. The list under it names all.
 */
export function architectureDiagram(data: SiteData, locale: Locale): string {
  // Top to bottom with invisible links keeps the subgraphs in the data's order, one per row.
  const lines = ['flowchart TB'];
  const models = data.models.slice(0, DEFAULT_MODELS);
  models.forEach((model, m) => {
    lines.push(`  subgraph m${m}[${q(model.name[locale])}]`, '    direction LR');
    const nodes = model.architectureChain.map((c, i) => `m${m}n${i}[${q(c[locale])}]`);
    lines.push(`    ${nodes.join(' --> ')}`, '  end');
    lines.push(`  style m${m} stroke:${model.color},stroke-width:3px`);
    if (nodes.length > 0) lines.push(`  class ${model.architectureChain.map((_, i) => `m${m}n${i}`).join(',')} ${modelClass(m)}`);
  });
  if (models.length > 1) lines.push(`  ${models.map((_, m) => `m${m}`).join(' ~~~ ')}`);
  lines.push(...modelClassDefs(data, models.keys()));
  return lines.join('\n');
}

/** The scenario matrix: scenarios from a root, each pointing to its best-fit model. */
export function scenarioDiagram(data: SiteData, locale: Locale, rootLabel: string, edgeLabel: string): string {
  const lines = ['flowchart LR', `  root[${q(rootLabel)}]`];
  const index = new Map(data.models.map((m, i) => [m.id, i]));
  const used = new Set<number>();
  data.scenarios.forEach((s, i) => {
    const m = index.get(s.bestFit) ?? -1;
    used.add(m);
    lines.push(`  root --> s${i}[${q(s.label[locale])}]`, `  s${i} -->|${q(edgeLabel)}| m${m}`);
  });
  for (const m of [...used].sort((a, b) => a - b)) {
    const model = data.models[m];
    if (model) lines.push(`  m${m}[${q(model.name[locale])}]`, `  style m${m} stroke:${model.color},stroke-width:3px`, `  class m${m} ${modelClass(m)}`);
  }
  lines.push(...modelClassDefs(data, [...used].filter((m) => m >= 0).sort((a, b) => a - b)));
  return lines.join('\n');
}

/** The predicted-evolution timeline, one period per year. */
export function timelineDiagram(data: SiteData, locale: Locale): string {
  // Timeline text is not quoted in Mermaid, so the separator ":" must be escaped too.
  const text = (s: string) => mermaidText(s).replace(/:/g, '#58;');
  return ['timeline', ...data.timeline.map((step) => `  ${step.year} : ${text(step.label[locale])}`)].join('\n');
}

/**
 * CSS for the mind map's model leaves (Mermaid's mind map has no `classDef`): each model's class in
 * its box colours, after Mermaid's section colours so that it wins.
 */
export function modelLeafCss(data: SiteData, indices: Iterable<number>): string {
  return [...indices]
    .map((m) => {
      const model = data.models[m];
      if (!model) return '';
      const box = modelBox(model.color);
      const c = `.${modelClass(m)}`;
      return `${c} rect,${c} path,${c} circle,${c} polygon{fill:${box.fill};stroke:${box.stroke};}${c} span{color:${box.text};}`;
    })
    .join('');
}

/**
 * The developer strategy mind map: branches, each with "situation → model" leaves in the model's
 * colour (a class on the leaf, its CSS in the diagram's front matter).
 */
export function strategyDiagram(data: SiteData, locale: Locale, rootLabel: string): string {
  const index = new Map(data.models.map((m, i) => [m.id, i]));
  const names = new Map(data.models.map((m) => [m.id, m.name[locale]]));
  const lines = ['mindmap', `  root((${q(rootLabel)}))`];
  const used = new Set<number>();
  data.strategy.forEach((branch, b) => {
    lines.push(`    b${b}[${q(branch.label[locale])}]`);
    branch.recommendations.forEach((r, i) => {
      lines.push(`      b${b}r${i}[${q(`${r.label[locale]} → ${names.get(r.model) ?? r.model}`)}]`);
      const m = index.get(r.model);
      if (m !== undefined) {
        used.add(m);
        lines.push(`      :::${modelClass(m)}`);
      }
    });
  });
  const css = modelLeafCss(data, [...used].sort((a, b) => a - b));
  // Double-quoted YAML: model colours are #rrggbb (the schema says so), so nothing in it needs escaping.
  return [...(css ? ['---', 'config:', `  themeCSS: "${css}"`, '---'] : []), ...lines].join('\n');
}
