// The one registry of figure kinds: what each `draws` value of content/figures.yaml reads, exports,
// measures and generates. Figures are named by id only in the data and the MDX that places them;
// code picks what to do by `draws`. The component that shows each kind is chosen in FigureById.astro.
import type { Locale } from '../../schemas/common';
import type { Draws } from '../../schemas/site';
import { benchmarkCode, parallelSetupCode, quantisationCode } from '../code-samples';
import { costCheckMetrics } from '../cost-table-check';
import { t } from '../i18n';
import { architectureDiagram, dimensionsDiagram, scenarioDiagram, strategyDiagram, timelineDiagram } from '../mermaid';
import { DEFAULT_MODELS } from '../model-choice';
import { tableMetrics } from '../table';
import type { FigureDef, SiteData } from '../types';
import { vendorDownload } from '../vendor-download';
import { vendorCreditLine, vendorHeight, vendorSourceFiles } from '../vendor-table';
import {
  architectureRows,
  costCheckDownload,
  dataMixRows,
  dimensionRows,
  runSettingsRows,
  scenarioRows,
  strategyRows,
  tableRows,
  timelineRows,
  type DownloadRows,
} from './download-rows';
import { codeHeight, contentWidth, frame, notesHeight, tableHeight, textLine } from './heights';

/** A figure drawn as a Mermaid diagram: its source, its shape and its text version's length. */
export interface DiagramKind {
  /** The Mermaid source, in the reader's language; `title` is the figure's. */
  source: (data: SiteData, locale: Locale, title: string) => string;
  /** Width ÷ height as drawn (measured on the rendered diagrams), to reserve its space and estimate embed heights. */
  aspect: (models: number) => number;
  /** Lines of the text version under the diagram (see DiagramFigure.astro). */
  textLines: (data: SiteData) => number;
}

/** Everything the site does with one kind of figure, apart from the component that draws it. */
export interface FigureKind {
  /**
   * The data files it is built from, relative to content/, the files holding its values first:
   * what "Edit this data" links to and what "last changed" dates. content/figures.yaml, which
   * holds the figure's title, is added after them unless the list is empty (nothing of it is data).
   */
  files: (data: SiteData, def: FigureDef) => string[];
  /** Whether it draws every model's file as a whole (a chain, a mix): its sources are then the models'. */
  modelBased: boolean;
  /**
   * Whether its page draws it as SVG (a Mermaid diagram, the radar of radar-svg.ts), so its picture
   * comes as SVG too; the build fails naming the figure when its embed page holds no SVG drawing.
   */
  vector: boolean;
  /**
   * The line under it naming its sources, for a kind whose figures come from neither the article nor
   * the model files; absent for the others, whose line Figure.astro builds from the figures' sources.
   */
  credit?: (data: SiteData, locale: Locale) => string;
  /** Its rows for the CSV/JSON downloads and the data package; absent when it has no data of its own. */
  download?: (data: SiteData, def: FigureDef, locale: Locale) => DownloadRows;
  /** The height (pixels, at estimateWidth) its embed iframe starts with, estimated from the data. */
  height: (data: SiteData, def: FigureDef, locale: Locale) => number;
  /** How it is drawn, for the Mermaid diagrams. */
  diagram?: DiagramKind;
  /** Its Python code, for the samples written from the data; undefined when no model has the figures it needs. */
  code?: (data: SiteData) => string | undefined;
}

const modelFiles = (data: SiteData) => data.models.map((m) => `models/${m.id}.yaml`);
/** The comparison table a figure draws (`table:` in figures.yaml). */
const tableOf = (data: SiteData, def: FigureDef) => data.tables.find((x) => x.id === def.table);

/** A Mermaid diagram's kind: files, download and height follow from its source. */
function diagramKind(files: (data: SiteData) => string[], modelBased: boolean, download: (data: SiteData, locale: Locale) => DownloadRows, diagram: DiagramKind): FigureKind {
  return {
    files,
    modelBased,
    vector: true,
    download: (data, _def, locale) => download(data, locale),
    height: (data) => Math.round(frame + contentWidth / diagram.aspect(data.models.length) + 24 + diagram.textLines(data) * textLine),
    diagram,
  };
}

/** A code sample written from the data. */
function codeKind(files: (data: SiteData) => string[], modelBased: boolean, code: (data: SiteData) => string | undefined): FigureKind {
  return { files, modelBased, vector: false, height: (data) => codeHeight(code(data)), code };
}

/** Every kind of figure, by the `draws` value of content/figures.yaml. */
export const figureKinds = {
  'dimension-map': diagramKind(() => ['dimensions.yaml'], false, dimensionRows, {
    source: (data, locale, title) => dimensionsDiagram(data, locale, title),
    aspect: () => 1.3,
    textLines: (data) => data.dimensions.length,
  }),
  'architecture-chains': diagramKind(modelFiles, true, architectureRows, {
    source: (data, locale) => architectureDiagram(data, locale),
    // The map grows with the models, side by side up to DEFAULT_MODELS.
    aspect: (models) => 4.6 / Math.min(models, DEFAULT_MODELS),
    textLines: (data) => data.models.length,
  }),
  'scenario-fit': diagramKind((data) => ['scenarios.yaml', ...modelFiles(data)], true, scenarioRows, {
    source: (data, locale) => scenarioDiagram(data, locale, data.dimensions.find((d) => d.section === 'scenarios')?.label[locale] ?? t(locale, 'section.scenarios'), t(locale, 'diagram.bestFit')),
    aspect: () => 1.9,
    textLines: (data) => data.scenarios.length,
  }),
  timeline: diagramKind(() => ['timeline.yaml'], false, timelineRows, {
    source: (data, locale) => timelineDiagram(data, locale),
    aspect: () => 3.1,
    textLines: (data) => data.timeline.length,
  }),
  'strategy-map': diagramKind((data) => ['strategy.yaml', ...modelFiles(data)], true, strategyRows, {
    source: (data, locale, title) => strategyDiagram(data, locale, title),
    aspect: () => 1.9,
    textLines: (data) => data.strategy.reduce((sum, branch) => sum + 1 + branch.recommendations.length, 0),
  }),
  radar: {
    files: (data) => [...modelFiles(data), 'metrics.yaml', 'tables.yaml'],
    modelBased: false,
    vector: true,
    // The radar draws its table of scores, so its download is that table.
    download: (data, def, locale) => tableRows(data, def.table!, locale),
    height: (data, def, locale) => {
      const scores = tableOf(data, def);
      return frame + Math.min(contentWidth, 544) + 56 + (scores ? tableHeight(scores.metrics.length, 'metrics', locale) : 0);
    },
  },
  'data-mix': {
    files: (data) => [...modelFiles(data), 'data-categories.yaml'],
    modelBased: true,
    vector: false,
    download: (data, _def, locale) => dataMixRows(data, locale),
    height: (data, _def, locale) => frame + 30 + data.models.length * 36 + tableHeight(data.dataCategories.length, 'models', locale),
  },
  'run-settings': {
    files: () => ['benchmark.yaml'],
    modelBased: false,
    vector: false,
    download: (data, _def, locale) => runSettingsRows(data, locale),
    height: () => frame + 60,
  },
  'benchmark-loop': codeKind(() => ['benchmark.yaml'], false, benchmarkCode),
  'parallel-setup': codeKind(modelFiles, true, (data) => parallelSetupCode(data)?.code),
  'group-quantisation': codeKind(modelFiles, true, (data) => quantisationCode(data)?.code),
  'formula-check': {
    files: (data) => ['cost-assumptions.yaml', ...modelFiles(data)],
    modelBased: false,
    vector: false,
    download: (data, _def, locale) => costCheckDownload(data, locale),
    height: (data, _def, locale) => frame + tableHeight(data.models.length, 'models', locale) + 40 + notesHeight(data, Object.values(costCheckMetrics)),
  },
  'published-results': {
    files: (data) => vendorSourceFiles(data),
    modelBased: false,
    vector: false,
    credit: (data, locale) => vendorCreditLine(data, locale),
    download: (data, _def, locale) => vendorDownload(data, locale),
    height: (data, _def, locale) => vendorHeight(data, locale),
  },
  written: {
    // Hand-written in src/figures/<id>.<locale>.mdx: no data of its own.
    files: () => [],
    modelBased: false,
    vector: false,
    height: (_data, def) => (def.kind === 'formula' ? frame + 310 : codeHeight(undefined)),
  },
} satisfies Record<Draws, FigureKind>;

/** What the site does with the comparison tables of content/tables.yaml, which all draw the same way. */
export const comparisonTableKind = {
  /** A table is HTML; its picture is a PNG. */
  vector: false,
  files: (data: SiteData) => [...modelFiles(data), 'metrics.yaml', 'tables.yaml'],
  download: (data: SiteData, id: string, locale: Locale) => tableRows(data, id, locale),
  height: (data: SiteData, id: string, locale: Locale) => {
    const { def, metrics } = tableMetrics(data, id);
    return frame + tableHeight(def.rows === 'models' ? data.models.length : metrics.length, def.rows, locale) + notesHeight(data, def.metrics);
  },
};

/** The registry's entry for a kind of figure. */
export function kindOf(draws: Draws): FigureKind {
  return figureKinds[draws];
}
