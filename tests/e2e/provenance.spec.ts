// The public record beside the article's figures: every entry of content/public-record.yaml is shown
// with its figure in both languages, and the marks in the tables work by mouse, keyboard, touch,
// screen reader and without JavaScript.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { pathOf, readTable, squash, type Lang } from './support';

type Localized = { en: string; zh: string };
type Entry = { status: string; note: Localized; sources?: string[] };
const load = <T>(file: string): T => parse(readFileSync(`content/${file}`, 'utf8')) as T;
const record = load<Record<string, Record<string, Entry[]>>>('public-record.yaml');
const tables = load<{ id: string; section: string; metrics: string[] }[]>('tables.yaml');
const figures = load<{ id: string; section: string }[]>('figures.yaml');
const topics = load<{ id: string; figure: string }[]>('record-topics.yaml');
const sources = load<{ id: string; title: string }[]>('sources.yaml');
const sectionPath = (s: string) => (s === 'overview' ? '' : `${s}/`);

/** Where a model's record on a subject must be seen: figure id and page, for each place it is shown. */
function placesOf(subject: string): { figure: string; section: string }[] {
  const topic = topics.find((t) => t.id === subject);
  if (topic) {
    const f = [...tables, ...figures].find((x) => x.id === topic.figure)!;
    return [{ figure: f.id, section: sectionPath(f.section) }];
  }
  const places = tables.filter((t) => t.metrics.includes(subject)).map((t) => ({ figure: t.id, section: sectionPath(t.section) }));
  // The cost check repeats the article's throughput and cost beside the formula's result.
  if (subject === 'throughput' || subject === 'cost-per-million-tokens') places.push({ figure: 'cost-check', section: 'cost/' });
  return places;
}

const groups = Object.entries(record).flatMap(([model, bySubject]) => Object.entries(bySubject).map(([subject, entries]) => ({ model, subject, entries })));
const pagesToVisit = [...new Set(groups.flatMap((g) => placesOf(g.subject).map((p) => p.section)))];

test('the public record in the data covers every row of the reference record', () => {
  // 21 rows of public-record.md, some split over several metrics or sources.
  expect(groups.length).toBeGreaterThanOrEqual(29);
  expect(Object.keys(record).sort()).toEqual(['claude', 'deepseek', 'gpt-4', 'palm-2']);
});

for (const lang of ['en', 'zh'] as const) {
  for (const section of pagesToVisit) {
    test(`every public-record entry for ${pathOf(section, lang)} is shown with its figure (${lang})`, async ({ page }) => {
      await page.goto(pathOf(section, lang));
      for (const g of groups) {
        for (const place of placesOf(g.subject).filter((p) => p.section === section)) {
          const where = `${g.model}/${g.subject} on #${place.figure} (${lang})`;
          const note = page.locator(`[id^="${place.figure}-note-"][data-model="${g.model}"][data-subject="${g.subject}"]`);
          await expect(note, where).toHaveCount(1);
          await expect(note, where).toBeVisible();
          const text = squash(await note.innerText());
          for (const e of g.entries) {
            expect(text, `${where}: note`).toContain(squash(e.note[lang]));
            for (const s of e.sources ?? []) expect(text, `${where}: cites ${s}`).toContain(sources.find((x) => x.id === s)!.title);
          }
          if (topics.some((t) => t.id === g.subject)) continue;
          // A figure with a record carries a mark that leads to its note.
          const cell = (await readTable(page, place.figure)).find((c) => c.model === g.model && (c.metric === g.subject || (place.figure === 'cost-check' && c.metric === { throughput: 'throughput', 'cost-per-million-tokens': 'claimed' }[g.subject])));
          expect(cell?.mark, `${where}: mark`).toMatch(/^[≠?i]\d+$/);
          expect(await note.getAttribute('id')).toBe(cell!.markTarget);
        }
      }
    });
  }
}

/** The mark on one cell of a table. */
const markOf = (page: Page, table: string, model: string, metric: string) => page.locator(`table[data-table="${table}"] td[data-model="${model}"][data-metric="${metric}"] a.mark`);

const spot = {
  en: { claim: 'The article: 68 GB', value: 'Differs: 671 GB', cite: 'DeepSeek-AI, “DeepSeek-V3 Technical Report”, arXiv:2412.19437, Dec 2024', kind: 'Technical report', sr: 'Public record, note 3: Differs' },
  zh: { claim: '原文：68 GB', value: '与原文不同：671 GB', cite: 'DeepSeek-AI，《DeepSeek-V3 Technical Report》，arXiv:2412.19437，2024年12月', kind: '技术报告', sr: '公开资料，注3：与原文不同' },
} as const;

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`hovering a mark shows the public value, its kind and the citation (${lang})`, async ({ page }) => {
    await page.goto(pathOf('performance/', lang));
    const mark = markOf(page, 'inference-performance', 'deepseek', 'gpu-memory');
    await expect(mark).toHaveText(new RegExp(`^\\s*≠3\\s*${spot[lang].sr}\\s*$`));
    const tip = page.locator('.mark-tip');
    await expect(tip).toHaveCount(0);
    await mark.hover();
    await expect(tip).toBeVisible();
    const text = squash(await tip.innerText());
    for (const want of [spot[lang].claim, spot[lang].value, spot[lang].kind, spot[lang].cite]) expect(text).toContain(want);
    // The box sits next to the mark, inside the window.
    const [m, b] = [await mark.boundingBox(), await tip.boundingBox()];
    expect(b!.y).toBeGreaterThan(m!.y);
    expect(b!.y - (m!.y + m!.height)).toBeLessThan(20);
    expect(b!.x + b!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
  });
}

test('a mark is reached by Tab, shows its note on focus, hides on Escape and leads to the note on Enter', async ({ page }) => {
  await page.goto(pathOf('performance/', 'en'));
  // From the row's model name (a link to its page), the next stop is the mark on its first figure.
  await page.locator('table[data-table="inference-performance"] tbody th a').first().focus();
  await page.keyboard.press('Tab');
  const first = markOf(page, 'inference-performance', 'deepseek', 'throughput');
  await expect(first).toBeFocused();
  // Screen readers hear the whole note as the mark's description.
  await expect(first).toHaveAccessibleDescription(/DeepSeek has published no A100 figures; it serves the model on clusters of H800 GPUs/);
  await expect(first).toHaveAccessibleName('Public record, note 1: Not disclosed');
  const tip = page.locator('.mark-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Not disclosed');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inference-performance-note-1$/);
  const note = page.locator('#inference-performance-note-1');
  await expect(note).toBeInViewport();
  // The way back.
  await note.getByRole('link', { name: 'Back to the figure' }).click();
  await expect(page).toHaveURL(/#inference-performance-mark-1$/);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  test('a tap shows the note in place; a second tap goes to it', async ({ page }) => {
    await page.goto(pathOf('training/', 'zh'));
    // Wide tables scroll in their own box; nothing in them (marks, screen-reader text) widens the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const mark = markOf(page, 'training-parameters', 'claude', 'total-parameters');
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const tip = page.locator('.mark-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Anthropic 不公布 Claude 的规模');
    expect(new URL(page.url()).hash).toBe('');
    const box = await tip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await mark.tap();
    await expect(page).toHaveURL(/#training-parameters-note-3$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a mark is a link to its note under the table', async ({ page }) => {
    await page.goto(pathOf('cost/', 'en'));
    const mark = markOf(page, 'quantisation-results', 'deepseek', 'accuracy-loss-4bit');
    await expect(mark).toHaveAttribute('href', '#quantisation-results-note-1');
    await mark.click();
    const note = page.locator('#quantisation-results-note-1');
    await expect(note).toBeInViewport();
    await expect(note).toContainText('DeepSeek: 4-bit accuracy loss — The article: 0.6%');
    await expect(note).toContainText('Not disclosed. DeepSeek has published no 4-bit results; the weights are released in FP8 only.');
    await expect(page.locator('.mark-tip')).toHaveCount(0);
  });
});

test('the hand-written asides are gone: each page shows the record once, from the data', async ({ page }) => {
  await page.goto(pathOf('architecture/', 'en'));
  const aside = page.locator('aside[data-record-for="architecture-map"]');
  await expect(aside).toHaveCount(1);
  await expect(aside.locator(':scope > ul > li')).toHaveCount(4);
  await expect(aside).toContainText('Claude: Architecture — The article: Constitutional-AI architecture → Ethics layer → Self-correction');
  await expect(aside.locator('li[data-model="claude"] li[data-status="differs"]')).toContainText('Constitutional AI is a training method');
  await expect(aside.locator('a[href="https://arxiv.org/abs/2212.08073"]')).toHaveCount(1);
  await page.goto(pathOf('training/', 'en'));
  await expect(page.locator('aside.record')).toHaveCount(0);
  await expect(page.locator('#training-parameters [data-subject="training-cost"]')).toContainText('2.788M H800 GPU-hours');
});
