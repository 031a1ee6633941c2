// Downloads and "Edit this data" as a reader and an analyst meet them: every table and chart has a
// CSV and a JSON file in both languages whose values are the ones the page shows, edit links open
// the exact YAML file, dates come from git history, the data packages are valid Frictionless, and
// the Data page lists every file with its licence and citation.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { formatFigure, formatNumber } from '../../src/lib/format';
import type { MetricWithId, Unit } from '../../src/schemas/metric';
import type { Figure } from '../../src/schemas/model';
import { siteConfig } from '../../src/site.config';
import { pages, squash, type Lang } from './support';

interface Field { id: string; title: string; header: string; type: string; unit?: Unit }
interface Cell { value: string | number | boolean | null; na?: string; per?: string; unit?: string }
interface FigureJson { id: string; fields: Field[]; rows: Record<string, Cell>[]; lastUpdated?: string }

/** A CSV download read by a CSV library: header and rows of strings. */
async function csvOf(request: APIRequestContext, href: string): Promise<string[][]> {
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  const body = await response.body();
  // No byte-order mark: the data package declares "utf-8", which readers take to mean none.
  expect([...body.subarray(0, 3)], `${href} starts without a byte-order mark`).not.toEqual([0xef, 0xbb, 0xbf]);
  return parse(body.toString('utf8'), { bom: true });
}
async function jsonOf<T>(request: APIRequestContext, href: string): Promise<T> {
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  return (await response.json()) as T;
}

/** A table cell's visible value and its "not applicable" reason, without the best-value star. */
async function cellsOf(figure: Locator) {
  return figure.locator('table.data-table td[data-model]').evaluateAll((tds) =>
    tds.map((td) => {
      const copy = td.cloneNode(true) as HTMLElement;
      const reason = copy.querySelector('.reason')?.textContent?.trim();
      copy.querySelectorAll('.reason, [aria-hidden="true"], .visually-hidden').forEach((n) => n.remove());
      return { model: td.getAttribute('data-model')!, metric: td.getAttribute('data-metric')!, text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(), reason };
    }),
  );
}

/** What the page should show for a downloaded value, formatted the way the site formats it. */
function shown(cell: Cell, csv: string, field: Field, metric: MetricWithId | undefined, lang: Lang): { text: string; reason?: string } {
  if (metric) {
    const figure: Figure = cell.na
      ? { na: { en: cell.na, zh: cell.na } }
      : cell.per
        ? { value: Number(csv), per: { en: cell.per, zh: cell.per } }
        : metric.kind === 'number' ? Number(csv) : metric.kind === 'boolean' ? csv === 'true' : metric.kind === 'text' ? { en: csv, zh: csv } : (csv as Figure);
    const f = formatFigure(figure, metric, lang);
    return f.na ? { text: f.text, reason: f.reason } : { text: f.text };
  }
  // Data-mix shares and the cost check's computed columns carry their unit on the field.
  if (csv === '') return { text: '—' };
  return { text: formatNumber(Number(csv), field.unit ?? 'plain', lang) };
}

/** Checks one figure's downloads against what its page shows. */
async function compareFigure(page: Page, figure: Locator, lang: Lang, metrics: Map<string, MetricWithId>) {
  const csvHref = await figure.locator('a[data-download="csv"]').getAttribute('href');
  const jsonHref = await figure.locator('a[data-download="json"]').getAttribute('href');
  const id = await figure.getAttribute('id');
  expect(csvHref).toBe(`${lang === 'en' ? '' : '/zh'}/data/${id}.csv`);
  expect(jsonHref).toBe(`${lang === 'en' ? '' : '/zh'}/data/${id}.json`);
  const [header, ...rows] = await csvOf(page.request, csvHref!);
  const json = await jsonOf<FigureJson>(page.request, jsonHref!);
  expect(header).toEqual([...json.fields.map((f) => f.header), lang === 'en' ? 'Notes' : '备注']);
  // CSV and JSON hold the same values, row by row.
  expect(rows.map((r) => r.slice(0, -1))).toEqual(json.rows.map((r) => json.fields.map((f) => (r[f.id]!.value === null ? '' : String(r[f.id]!.value)))));

  const cells = await cellsOf(figure);
  for (const c of cells) {
    const rowIndex = json.rows.findIndex((r) => r['model']?.value === c.model);
    const fieldId = c.metric === 'instance' ? 'gpus' : c.metric;
    const col = json.fields.findIndex((f) => f.id === fieldId);
    expect(rowIndex, `${id}: a row for ${c.model}`).toBeGreaterThanOrEqual(0);
    expect(col, `${id}: a column for ${c.metric}`).toBeGreaterThanOrEqual(0);
    const field = json.fields[col]!;
    const metric = id === 'cost-check' && fieldId === 'gpus' ? metrics.get('instance-gpus') : metrics.get(fieldId);
    const want = shown(json.rows[rowIndex]![fieldId]!, rows[rowIndex]![col]!, field, metric, lang);
    expect({ text: c.text, ...(c.reason ? { reason: c.reason } : {}) }, `${id} ${c.model}/${c.metric}`).toEqual(want);
  }
  return { id: id!, header, rows, json, cells: cells.length };
}

const metricsOf = async (page: Page) => new Map((await jsonOf<{ metrics: MetricWithId[] }>(page.request, '/data/dataset.json')).metrics.map((m) => [m.id, m]));

/** The figures of a page that offer downloads: those of figures.yaml and tables.yaml, and the cost check. */
const withDownloads = (page: Page) => page.locator(':is(figure, section.check):has(a[data-download])');

for (const { path, lang } of pages) {
  test(`${path}: each table and chart's CSV and JSON files hold the values the page shows`, async ({ page }) => {
    const metrics = await metricsOf(page);
    await page.goto(path);
    const figures = withDownloads(page);
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      const { id, rows, json, cells } = await compareFigure(page, figure, lang, metrics);
      // Charts and diagrams: their numbers and labels against what the page draws or lists.
      const words = figure.locator('.text-version, dl');
      const text = (await words.count()) > 0 ? squash(await words.first().textContent()) : '';
      if (id === 'capability-radar') {
        const radar = JSON.parse((await figure.locator('canvas[data-radar]').getAttribute('data-radar'))!) as { datasets: { label: string; data: number[] }[] };
        // Each row: model id, name, the scores, then the source ids, the source and the notes.
        expect(radar.datasets.map((d) => [d.label, ...d.data.map(String)])).toEqual(rows.map((r) => r.slice(1, -3)));
      } else if (id === 'benchmark-settings') {
        for (const r of rows) for (const n of r.slice(2, 5)) expect(text).toContain(formatNumber(Number(n), 'plain', lang));
        expect(text).toContain(rows[0]![5]);
      } else if ((await figure.locator('table.vendor-table').count()) > 0) {
        // Published results: each row's setting, version and locator are in its model's cell for its benchmark.
        const col = (field: string) => json.fields.findIndex((f) => f.id === field);
        for (const r of rows) {
          const cell = squash(await figure.locator(`td[data-model="${r[col('model')]}"][data-benchmark="${r[col('benchmark')]}"]`).textContent());
          for (const v of [r[col('setting')]!, r[col('version')]!, r[col('locator')]!]) expect(cell, `${id}: ${v}`).toContain(squash(v));
        }
      } else if (cells === 0) {
        // Every label of every row is in the diagram's text version (ids, step numbers and section ids are not shown).
        const shownFields = json.fields.map((f, col) => ({ f, col })).filter(({ f }) => !/id$/.test(f.title) && !['sectionTitle', 'step'].includes(f.id));
        for (const r of rows) for (const { col } of shownFields) expect(text, `${id}: ${r[col]}`).toContain(r[col]!);
      }
    }
  });
}

for (const lang of ['en', 'zh'] as const) {
  test.describe(`downloads (${lang})`, () => {
    test('every download of the dataset is offered beside its figure on a page', async ({ page }) => {
      const seen: string[] = [];
      for (const { path } of pages.filter((p) => p.lang === lang)) {
        await page.goto(path);
        seen.push(...(await withDownloads(page).evaluateAll((fs) => fs.map((f) => f.id))));
      }
      // The radar draws the capability-scores table and shows it beneath; its files are that table's.
      if (seen.includes('capability-radar')) seen.push('capability-scores');
      const all = await jsonOf<{ downloads: { id: string }[] }>(page.request, '/data/dataset.json');
      expect(seen.sort()).toEqual(all.downloads.map((d) => d.id).sort());
    });

    test('every figure with data links to its exact YAML files on the repository host, dated by git', async ({ page }) => {
      const { url, branch } = siteConfig.repository;
      for (const { path } of pages.filter((p) => p.lang === lang)) {
        await page.goto(path);
        const tools = page.locator('.figure-tools:has(a[data-edit])');
        for (let i = 0; i < (await tools.count()); i++) {
          const links = await tools.nth(i).locator('a[data-edit]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
          const files = links.map((href) => {
            expect(href.startsWith(`${url}/edit/${branch}/content/`), href).toBe(true);
            return href.slice(`${url}/edit/${branch}/`.length);
          });
          for (const file of files) expect(existsSync(file), file).toBe(true);
          const git = spawnSync('git', ['log', '-1', '--format=%cs', '--', ...files], { encoding: 'utf8' }).stdout.trim();
          await expect(tools.nth(i).locator('time')).toHaveAttribute('datetime', git);
        }
      }
    });

    test('the data package validates against the Frictionless schema and describes each CSV file’s header', async ({ page }) => {
      const ajv = new AjvDraft04({ allErrors: true, strict: false });
      addFormats(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync('tests/fixtures/frictionless/tabular-data-package.json', 'utf8')));
      const base = lang === 'en' ? '/data/' : '/zh/data/';
      const pkg = await jsonOf<{ resources: { path: string; schema: { fields: { name: string }[] } }[] }>(page.request, `${base}datapackage.json`);
      expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
      for (const r of pkg.resources) {
        const [header] = await csvOf(page.request, `${base}${r.path}`);
        expect(header, r.path).toEqual(r.schema.fields.map((f) => f.name));
      }
    });

    test('the Data page lists every file, which all load, with the licence and a citation, and passes axe', async ({ page }) => {
      await page.goto(lang === 'en' ? '/data/' : '/zh/data/');
      const hrefs = await page.locator('a[data-file]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const all = await jsonOf<{ downloads: { id: string }[] }>(page.request, '/data/dataset.json');
      expect(hrefs.length).toBe(2 + all.downloads.length * 2);
      const statuses = await Promise.all(hrefs.map(async (href) => `${href} ${(await page.request.get(href)).status()}`));
      expect(statuses).toEqual(hrefs.map((href) => `${href} 200`));
      await expect(page.locator('a[rel~="license"]')).toHaveAttribute('href', siteConfig.dataLicence.url);
      await expect(page.locator('[data-citation]')).toContainText(lang === 'en' ? 'LLM Showdown contributors (' : 'LLM Showdown 贡献者（');
      await expect(page.locator('[data-bibtex]')).toContainText('@misc{llm-showdown-data,');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('the toolbar is reachable by keyboard and opens the list of files to edit', async ({ page }) => {
      await page.goto(lang === 'en' ? '/architecture/' : '/zh/architecture/');
      const tools = page.locator('#architecture-differences .figure-tools');
      // CSV, JSON and the pictures in the reader's colours (the other theme's set is hidden), in order.
      const links = tools.locator('.downloads a:visible');
      await expect(links.first()).toHaveAttribute('data-download', 'csv');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(2);
      await links.first().focus();
      for (let i = 1; i < count; i += 1) {
        await page.keyboard.press('Tab');
        await expect(links.nth(i)).toBeFocused();
      }
      await page.keyboard.press('Tab');
      // The edit list is the data links' own disclosure (the Embed control sits beside it).
      await expect(tools.locator('.data-links summary')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(tools.locator('.data-links details')).toHaveAttribute('open', '');
      await expect(tools.locator('a[data-edit]').first()).toBeVisible();
    });
  });
}

// The Frictionless JavaScript library, as an analyst's script would use it, on the built files.
test('the Frictionless JavaScript library reads every resource of both data packages without an error', async () => {
  const { Package } = (await import('datapackage')) as unknown as { Package: { load: (d: string, o: { basePath: string }) => Promise<{ valid: boolean; errors: Error[]; resources: { name: string; read: (o: { keyed: boolean }) => Promise<Record<string, unknown>[]> }[] }> } };
  for (const folder of ['dist/data', 'dist/zh/data']) {
    const pkg = await Package.load(`${folder}/datapackage.json`, { basePath: folder });
    expect(pkg.errors.map((e) => e.message), folder).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.length).toBeGreaterThanOrEqual(17);
    for (const resource of pkg.resources) {
      const rows = await resource.read({ keyed: true });
      expect(rows.length, `${folder} ${resource.name}`).toBeGreaterThan(0);
    }
  }
});
