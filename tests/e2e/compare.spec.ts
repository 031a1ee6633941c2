// Compare and explore: choosing the models (kept in ?models=), sorting any table with its best
// values still marked, and seeing a numeric table as bar charts; by keyboard, through a reload,
// axe-clean, and with every model shown when JavaScript is off.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pathOf, readTable, waitUntilDrawn } from './support';

const params = (page: Page) => new URL(page.url()).searchParams;
/** Visible model columns (or rows) of a table, in order. */
const shownModels = (page: Page, table: string) =>
  page.locator(`table[data-table="${table}"] [data-model]:is(th, tr):visible`).evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset['model']))]);
/** Opaque pixels of a colour on a canvas, below `skip` of its height (to leave out a legend). */
const pixelsOf = (page: Page, selector: string, [r, g, b]: [number, number, number], skip = 0) =>
  page.locator(selector).evaluate((c: HTMLCanvasElement, [rgb, skip]) => {
    const top = Math.round(c.height * skip);
    const { data } = c.getContext('2d')!.getImageData(0, top, c.width, c.height - top);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200 && Math.abs(data[i]! - rgb[0]) <= 12 && Math.abs(data[i + 1]! - rgb[1]) <= 12 && Math.abs(data[i + 2]! - rgb[2]) <= 12) n++;
    return n;
  }, [[r, g, b], skip] as const);

test('choosing models by keyboard narrows tables, radar and notes, and survives a reload and a change of page', async ({ page }) => {
  await page.goto(pathOf('performance/', 'en'));
  await waitUntilDrawn(page);
  const claudeGreen: [number, number, number] = [0x00, 0x9e, 0x73];
  // The chart area, below the legend.
  const before = await pixelsOf(page, '#capability-radar canvas', claudeGreen, 0.12);
  expect(before).toBeGreaterThan(100);
  const claude = page.getByRole('checkbox', { name: 'Claude' });
  await claude.focus();
  await page.keyboard.press('Space');
  await expect(claude).not.toBeChecked();
  expect(params(page).get('models')).toBe('deepseek,gpt-4,palm-2');
  expect(await shownModels(page, 'inference-performance')).toEqual(['deepseek', 'gpt-4', 'palm-2']);
  expect(await shownModels(page, 'capability-scores')).toEqual(['deepseek', 'gpt-4', 'palm-2']);
  await expect(page.locator('.picker .status')).toHaveText('Showing 3 of 4 models.');
  // The radar no longer paints Claude's series (only its struck-through legend entry).
  await expect(page.locator('#capability-radar canvas')).toHaveAttribute('data-models', 'deepseek,gpt-4,palm-2');
  expect(await pixelsOf(page, '#capability-radar canvas', claudeGreen, 0.12)).toBeLessThan(10);

  // Two models at least: the last but one cannot be unticked.
  await page.getByRole('checkbox', { name: 'GPT-4' }).press('Space');
  const palm = page.getByRole('checkbox', { name: 'PaLM-2' });
  await palm.press('Space');
  await expect(palm).toBeChecked();
  await expect(page.getByRole('alert')).toHaveText('Choose at least two models to compare.');
  expect(params(page).get('models')).toBe('deepseek,palm-2');
  // DeepSeek's notes stay, the others' go with them.
  await expect(page.locator('#inference-performance .record-notes')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'GPT-4' })).not.toBeChecked();
  expect(await shownModels(page, 'inference-performance')).toEqual(['deepseek', 'palm-2']);
  await page.locator('header nav').getByRole('link', { name: 'Training' }).click();
  await expect(page).toHaveURL(/\/training\/\?models=deepseek%2Cpalm-2$|\/training\/\?models=deepseek,palm-2$/);
  expect(await shownModels(page, 'training-parameters')).toEqual(['deepseek', 'palm-2']);
  expect((await readTable(page, 'training-data-mix')).filter((c) => c.colHead === 'GPT-4').length).toBe(9);
  await expect(page.locator('table[data-table="training-data-mix"] th[data-model="gpt-4"]')).toBeHidden();
  // The data-mix bars above that table follow too.
  await expect(page.locator('#training-data-mix .bar-row[data-model="gpt-4"]')).toBeHidden();
  await expect(page.locator('#training-data-mix .bar-row[data-model="palm-2"]')).toBeVisible();

  await page.getByRole('button', { name: 'Show all models' }).click();
  expect(await shownModels(page, 'training-parameters')).toEqual(['deepseek', 'gpt-4', 'claude', 'palm-2']);
  expect(params(page).get('models')).toBeNull();
});

test('the diagrams fade the models left out', async ({ page }) => {
  await page.goto(`${pathOf('architecture/', 'zh')}?models=deepseek,claude`);
  await waitUntilDrawn(page);
  // Mermaid names each model's subgraph by its position: m0 DeepSeek, m1 GPT-4, m2 Claude, m3 PaLM-2.
  // Each box holds a light and a dark drawing; the shown one is measured.
  const shown = page.locator('#architecture-map [data-diagram] svg').locator('visible=true');
  const opacity = (n: number) => shown.locator(`g.cluster[id$="-m${n}"]`).evaluate((g) => Number(getComputedStyle(g).opacity));
  expect([await opacity(0), await opacity(1), await opacity(2), await opacity(3)]).toEqual([1, 0.15, 1, 0.15]);
  const node = (n: number) => shown.locator(`g.node[id*="-m${n}n0-"]`).evaluate((g) => Number(getComputedStyle(g).opacity));
  expect([await node(0), await node(1)]).toEqual([1, 0.15]);
  await expect(page.getByRole('checkbox', { name: 'PaLM-2' })).not.toBeChecked();
  // Notes of the public record under the diagram follow too.
  await expect(page.locator('aside.record li[data-model="gpt-4"]')).toBeHidden();
  await expect(page.locator('aside.record li[data-model="claude"]')).toBeVisible();
});

test('sorting a table by a column, by keyboard, keeps the best values marked and survives a reload', async ({ page }) => {
  await page.goto(pathOf('performance/', 'en'));
  const ttft = page.locator('table[data-table="inference-performance"] thead th[data-id="time-to-first-token"]');
  const button = ttft.getByRole('button', { name: 'Time to first token (ms)' });
  await button.focus();
  await page.keyboard.press('Enter');
  // Lower is better, so the best comes first.
  await expect(ttft).toHaveAttribute('aria-sort', 'ascending');
  let cells = await readTable(page, 'inference-performance');
  const order = () => [...new Set(cells.map((c) => c.rowHead))];
  expect(order()).toEqual(['DeepSeek', 'PaLM-2', 'GPT-4', 'Claude']);
  expect(cells.filter((c) => c.bestClass && c.star).map((c) => `${c.model}/${c.metric}`)).toEqual(['deepseek/throughput', 'deepseek/time-to-first-token', 'deepseek/gpu-memory']);
  await page.keyboard.press('Enter');
  await expect(ttft).toHaveAttribute('aria-sort', 'descending');
  expect(params(page).get('sort-inference-performance')).toBe('time-to-first-token:desc');
  await page.reload();
  cells = await readTable(page, 'inference-performance');
  expect(order()).toEqual(['Claude', 'GPT-4', 'PaLM-2', 'DeepSeek']);
  // The header text is still the label: the arrow is drawn, not written.
  expect(cells[0]!.colHead).toBe('Throughput (tokens/s)');
});

test('sorting the models by a row reorders the columns, marks and stars included', async ({ page }) => {
  await page.goto(pathOf('training/', 'zh'));
  const row = page.locator('table[data-table="training-parameters"] tbody th[data-id="total-parameters"]');
  await row.getByRole('button', { name: '总参数量' }).click();
  await expect(row).toHaveAttribute('aria-sort', 'descending');
  const cells = await readTable(page, 'training-parameters');
  const params1 = cells.filter((c) => c.metric === 'total-parameters');
  expect(params1.map((c) => [c.colHead, c.value, c.mark])).toEqual([
    ['GPT-4', '1.8万亿', '?2'], ['Claude', '5200亿', '?3'], ['DeepSeek', '3400亿', '≠1'], ['PaLM-2', '3400亿', '?4'],
  ]);
  expect(cells.find((c) => c.bestClass)).toMatchObject({ model: 'deepseek', metric: 'hardware-utilisation', star: true, colHead: 'DeepSeek' });
  expect(params(page).get('sort-training-parameters')).toBe('total-parameters:desc');
});

test('a numeric table becomes bar charts and back, by keyboard, following the chosen models', async ({ page }) => {
  await page.goto(`${pathOf('performance/', 'en')}?models=deepseek,gpt-4,claude`);
  const toggle = page.locator('[data-tools-for="inference-performance"] button.view-toggle');
  await expect(toggle).toHaveText('Show as chart');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveText('Show as table');
  await expect(page.locator('table[data-table="inference-performance"]')).toBeHidden();
  const charts = page.locator('#inference-performance-charts canvas');
  await expect(charts).toHaveCount(3);
  for (let i = 0; i < 3; i++) await expect(charts.nth(i)).toHaveAttribute('data-drawn', '');
  await expect(charts.nth(1)).toHaveAccessibleName('Bar chart of Time to first token (ms) — lower is better: DeepSeek 125, GPT-4 180, Claude 210.');
  await expect(charts.nth(0)).toHaveAccessibleName('Bar chart of Throughput (tokens/s) — higher is better: DeepSeek 3,420, GPT-4 2,850, Claude 2,380.');
  // Bars in the models' colours: DeepSeek blue is painted.
  expect(await pixelsOf(page, '#inference-performance-charts canvas >> nth=0', [0x00, 0x72, 0xb2])).toBeGreaterThan(200);
  expect(params(page).get('view-inference-performance')).toBe('chart');

  // Choosing models redraws the charts.
  await page.getByRole('checkbox', { name: 'GPT-4' }).press('Space');
  await expect(charts.nth(1)).toHaveAccessibleName('Bar chart of Time to first token (ms) — lower is better: DeepSeek 125, Claude 210.');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  await page.reload();
  await expect(charts).toHaveCount(3);
  await expect(charts.nth(2)).toHaveAccessibleName('Bar chart of GPU memory (GB) — lower is better: DeepSeek 68, Claude 75.');
  await toggle.press('Enter');
  await expect(page.locator('table[data-table="inference-performance"]')).toBeVisible();
  await expect(page.locator('#inference-performance-charts')).toBeHidden();
  expect(params(page).get('view-inference-performance')).toBeNull();
});

test('charts in Chinese, with metrics that have no figure for a model said so', async ({ page }) => {
  await page.goto(`${pathOf('training/', 'zh')}?view-parallel-settings=chart`);
  const charts = page.locator('#parallel-settings-charts canvas');
  // Seven of its ten metrics are numbers.
  await expect(charts).toHaveCount(7);
  await expect(charts.first()).toHaveAccessibleName('数据并行度的条形图：DeepSeek 32，GPT-4 无数字，Claude 无数字，PaLM-2 无数字。');
  await expect(page.locator('[data-tools-for="parallel-settings"] button')).toHaveText('以表格显示');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every model shows, whatever the address asks, and the tools stay out of the way', async ({ page }) => {
    await page.goto(`${pathOf('performance/', 'en')}?models=deepseek,claude&view-inference-performance=chart&sort-inference-performance=throughput:asc`);
    expect(await shownModels(page, 'inference-performance')).toEqual(['deepseek', 'gpt-4', 'claude', 'palm-2']);
    await expect(page.locator('.picker')).toBeHidden();
    await expect(page.locator('.table-tools').first()).toBeHidden();
    await expect(page.locator('table[data-table="inference-performance"]')).toBeVisible();
  });
});
