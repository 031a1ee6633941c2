// The live cost calculator under the formula: the article's own formula at our default price gives
// DeepSeek $1.62 per million tokens, not the $0.12 it claims; changing inputs changes the result, the
// address keeps it, bad input gets a clear message, and without JavaScript the static check remains.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pathOf, squash } from './support';

const calc = (page: Page) => page.locator('#cost-calculator');
const row = (page: Page, model: string) => calc(page).locator(`tr[data-model="${model}"]`);
/** What a model's row shows: the formula's cost, the article's claim and the ratio. */
async function result(page: Page, model: string) {
  const r = row(page, model);
  return [squash(await r.locator('td.cost').textContent()), squash(await r.locator('td.claimed').textContent()), squash(await r.locator('td.ratio').textContent())];
}
/** The value the typeset formula shows over or under a symbol. */
const symbolValue = (page: Page, name: string) => page.locator(`#cost-formula .katex-html .cost-${name}`).getAttribute('data-value');

test('at the defaults DeepSeek costs $1.62 per million tokens by the formula, against the article’s $0.12', async ({ page }) => {
  await page.goto(pathOf('cost/', 'en'));
  await expect(calc(page)).toBeVisible();
  expect(await result(page, 'deepseek')).toEqual(['$1.62', '$0.12', '13.54×']);
  expect(await result(page, 'gpt-4')).toEqual(['$3.90', '$0.18', '21.66×']);
  await expect(page.getByLabel('Price per GPU-hour (USD)')).toHaveValue('2.5');
  await expect(calc(page).locator('.sum')).toHaveText('DeepSeek: ($2.50 × 8 GPUs) ÷ (3,420 tokens/s × 3,600 s × 100%) × 1 × 10⁶ = $1.62 per million tokens, 13.54× the article’s $0.12.');
  // The formula's symbols carry the current values.
  expect(await symbolValue(page, 'hw')).toBe('$20.00/h');
  expect(await symbolValue(page, 'tps')).toBe('12.312M tokens/h');
  expect(await symbolValue(page, 'util')).toBe('100%');
  expect(await symbolValue(page, 'result')).toBe('$1.62');
  expect(new URL(page.url()).search).toBe('');
});

test('changing inputs by keyboard changes the result, lights up the symbol, and survives a reload', async ({ page }) => {
  await page.goto(pathOf('cost/', 'en'));
  const price = page.getByLabel('Price per GPU-hour (USD)');
  await price.focus();
  await expect(page.locator('#cost-formula .cost-hw')).toHaveClass(/cost-lit/);
  await price.fill('1.4');
  // 8 × $1.40 = $11.20 an hour over 12.312M tokens.
  expect(await result(page, 'deepseek')).toEqual(['$0.91', '$0.12', '7.58×']);
  expect(await symbolValue(page, 'hw')).toBe('$11.20/h');
  await page.keyboard.press('Tab');
  await expect(page.locator('#cost-formula .cost-hw')).not.toHaveClass(/cost-lit/);
  await expect(page.getByLabel('Utilisation (%)')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('50');
  expect(await result(page, 'deepseek')).toEqual(['$1.82', '$0.12', '15.16×']);
  const gpus = page.getByRole('spinbutton', { name: 'DeepSeek GPUs per instance' });
  await gpus.focus();
  await page.keyboard.press('ArrowUp');
  await expect(gpus).toHaveValue('9');
  expect((await result(page, 'deepseek'))[0]).toBe('$2.05');
  await page.getByLabel('Show the sums in the formula for').selectOption('claude');
  await expect(calc(page).locator('.sum')).toContainText('Claude: ($1.40 × 12 GPUs) ÷ (2,380 tokens/s × 3,600 s × 50%)');
  expect(new URL(page.url()).searchParams.toString()).toBe('price=1.4&util=50&gpus-deepseek=9&model=claude');

  await page.reload();
  await expect(page.getByLabel('Price per GPU-hour (USD)')).toHaveValue('1.4');
  await expect(gpus).toHaveValue('9');
  await expect(page.getByLabel('Show the sums in the formula for')).toHaveValue('claude');
  expect((await result(page, 'deepseek'))[0]).toBe('$2.05');

  await page.getByRole('button', { name: 'Back to the defaults' }).click();
  expect(await result(page, 'deepseek')).toEqual(['$1.62', '$0.12', '13.54×']);
  expect(new URL(page.url()).search).toBe('');
});

test('bad input gets a clear message, no result and no change to the address', async ({ page }) => {
  await page.goto(`${pathOf('cost/', 'en')}?price=3`);
  const price = page.getByLabel('Price per GPU-hour (USD)');
  await price.fill('-1');
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(price).toHaveAccessibleDescription(/the price cannot be negative/);
  await expect(page.locator('#calc-price-error')).toHaveText('Price per GPU-hour (USD): the price cannot be negative.');
  expect((await result(page, 'deepseek'))[0]).toBe('—');
  await expect(calc(page).locator('.sum')).toHaveText('Fix the marked field to see a result.');
  expect(new URL(page.url()).search).toBe('?price=3');
  await price.fill('3');

  const tps = page.getByRole('spinbutton', { name: 'GPT-4 Throughput (tokens/s)' });
  await tps.fill('0');
  await expect(page.locator('#calc-tps-gpt-4-error')).toHaveText('GPT-4, Throughput (tokens/s): throughput must be more than 0 tokens/s.');
  expect((await result(page, 'gpt-4'))[0]).toBe('—');
  // The other models still have their results.
  expect((await result(page, 'deepseek'))[0]).toBe('$1.95');
  const { violations } = await new AxeBuilder({ page }).include('#cost-calculator').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await tps.fill('');
  await expect(page.locator('#calc-tps-gpt-4-error')).toHaveText('GPT-4, Throughput (tokens/s): enter a number.');
});

test('the calculator speaks Chinese on the Chinese page', async ({ page }) => {
  await page.goto(`${pathOf('cost/', 'zh')}?price=3.5`);
  expect(await result(page, 'deepseek')).toEqual(['US$2.27', 'US$0.12', '18.95×']);
  await expect(page.getByLabel('每 GPU 小时价格（美元）')).toHaveValue('3.5');
  await expect(calc(page).locator('.sum')).toContainText('DeepSeek：（US$3.50 × 8 块 GPU）');
  await page.getByLabel('功耗系数').fill('0');
  await expect(page.locator('#calc-power-error')).toHaveText('功耗系数：功耗系数必须大于 0。');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the calculator is out of the way and the static check shows the defaults', async ({ page }) => {
    await page.goto(pathOf('cost/', 'en'));
    await expect(calc(page)).toBeHidden();
    const note = await page.locator('noscript .calc-noscript, .calc-noscript').first().evaluate((e) => e.textContent);
    expect(note).toBe('The calculator needs JavaScript. The check below gives the result at our default assumptions.');
    await expect(page.locator('table[data-table="cost-check"] td[data-model="deepseek"][data-metric="formula"]')).toHaveText('$1.62');
  });
});
