// The main flows with the keyboard alone (Tab, Shift+Tab, Enter, Space, Escape, arrow keys): skip
// link, navigation, language, choosing models, sorting, chart and table, public-record notes, the
// Embed dialog with its theme option, and the cost calculator. Every stop the focus makes on the way
// is on screen and drawn with a visible focus indicator.
import { expect, test, type Page } from '@playwright/test';
import { readTable } from './support';

/** Where the focus is, as a reader sees it. */
interface Stop {
  /** Tag, id and text of the focused element, for messages. */
  what: string;
  /** Whether the element matches the selector looked for. */
  matches: boolean;
  /** A focus indicator is drawn: an outline or a box shadow. */
  ring: boolean;
  /** The element has a size and lies at least partly in the viewport. */
  inView: boolean;
}

/** The focused element (inside an open shadow root or not), matched against `selector`. */
function focusedStop(page: Page, selector: string): Promise<Stop | null> {
  return page.evaluate((selector) => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : ''} “${text}”`,
      matches: el.matches(selector),
      ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      inView: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    };
  }, selector);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, checking that every
 * stop on the way is on screen with a focus indicator. Fails after `max` presses.
 */
async function tabTo(page: Page, selector: string, { back = false, max = 200 } = {}): Promise<void> {
  const unseen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const stop = await focusedStop(page, selector);
    if (!stop) continue;
    if (!stop.ring || !stop.inView) unseen.push(`${stop.what}: ${stop.ring ? '' : 'no focus indicator '}${stop.inView ? '' : 'off screen'}`);
    if (stop.matches) {
      expect(unseen, `focus stops without a visible focus on the way to ${selector}`).toEqual([]);
      return;
    }
  }
  throw new Error(`${selector} not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Checks that the focused element is on screen with a focus indicator. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const stop = await focusedStop(page, '*');
  expect(stop, 'something has the focus').not.toBeNull();
  expect(stop, `${stop?.what} shows its focus`).toMatchObject({ ring: true, inView: true });
}

test('the skip link leads to the content, the navigation to another section, the language link to the other language', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, 'a.skip-link', { max: 1 });
  await expect(page.locator('a.skip-link')).toHaveText('Skip to content');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // From the content, back up into the navigation and take it to the Training section.
  await tabTo(page, 'header nav a[href*="/training/"]', { back: true, max: 20 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/training\/$/);
  await expect(page.locator('header nav a[aria-current="page"]')).toHaveText('Training');

  // Skip link, site name, the search box, then the language link.
  await tabTo(page, 'input[type="search"]', { max: 3 });
  await tabTo(page, 'a.lang', { max: 1 });
  // Its name starts with the words it shows (WCAG 2.5.3), so "click 中文" works by voice too.
  await expect(page.locator('a.lang')).toHaveAccessibleName('中文 (Read this page in Chinese)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/training\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('header nav a[aria-current="page"]')).toHaveText('训练策略');
  await tabTo(page, 'a.skip-link', { max: 1 });
  await expect(page.locator('a.skip-link')).toHaveText('跳到正文');
  await tabTo(page, 'a.lang', { max: 3 });
  await expect(page.locator('a.lang')).toHaveAccessibleName('English (阅读本页英文版)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/training\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('on a comparison page: choose models, sort a table, see it as a chart and back, read a note', async ({ page }) => {
  await page.goto('/performance/');
  const table = page.locator('table[data-table="inference-performance"]');
  const models = () => table.locator('tbody tr:visible').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['model']));
  expect(await models()).toEqual(['deepseek', 'gpt-4', 'claude', 'palm-2']);

  // The model picker: leave Claude out with Space.
  await tabTo(page, '.picker input[value="claude"]');
  await page.keyboard.press('Space');
  await expect(page.locator('.picker input[value="claude"]')).not.toBeChecked();
  expect(await models()).toEqual(['deepseek', 'gpt-4', 'palm-2']);
  await expect(page.locator('.picker .status')).toHaveText('Showing 3 of 4 models.');
  expect(new URL(page.url()).searchParams.get('models')).toBe('deepseek,gpt-4,palm-2');

  // Sort by time to first token: lower is better, so the best comes first and keeps its star.
  await tabTo(page, '#inference-performance th[data-id="time-to-first-token"] button.sort');
  await page.keyboard.press('Enter');
  await expect(table.locator('th[data-id="time-to-first-token"]')).toHaveAttribute('aria-sort', 'ascending');
  expect(await models()).toEqual(['deepseek', 'palm-2', 'gpt-4']);
  const stars = (await readTable(page, 'inference-performance')).filter((c) => c.star && c.starVisible).map((c) => `${c.model}/${c.metric}`);
  expect(stars).toEqual(['deepseek/throughput', 'deepseek/time-to-first-token', 'deepseek/gpu-memory']);
  expect(new URL(page.url()).searchParams.get('sort-inference-performance')).toBe('time-to-first-token:asc');

  // The chart switch comes before the table: back to it, chart, and table again.
  const toggle = page.locator('[data-tools-for="inference-performance"] button.view-toggle');
  await tabTo(page, '[data-tools-for="inference-performance"] button.view-toggle', { back: true });
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveText('Show as table');
  await expect(table).toBeHidden();
  await expect(page.locator('#inference-performance-charts canvas')).toHaveCount(3);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveText('Show as chart');
  await expect(table).toBeVisible();
  expect(await models()).toEqual(['deepseek', 'palm-2', 'gpt-4']);

  // A public-record mark in the table shows its note on focus; Escape hides it, the focus stays.
  await tabTo(page, '#inference-performance a.mark');
  const mark = page.locator('#inference-performance a.mark:focus');
  const tip = page.locator('.mark-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute('data-for', (await mark.getAttribute('id')) ?? '');
  await expect(tip).toContainText('DeepSeek');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(mark).toBeFocused();
});

test('the Embed dialog opens from the keyboard, its theme option changes the code, Copy is reached, Escape returns the focus', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/cost/');
  const summary = page.locator('#cost-example [data-embed-control] summary');
  await tabTo(page, '#cost-example [data-embed-control] summary');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed “Cost example (A100 instances)”' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole('textbox', { name: 'HTML to paste' });

  // The theme is one radio group: Tab into it, arrow keys choose.
  await tabTo(page, 'dialog[open] input[type="radio"]');
  await expect(dialog.getByRole('radio', { name: 'Reader’s setting' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expectVisibleFocus(page);
  await expect(code).toHaveValue(/\/embed\/cost-example\/\?theme=dark"/);
  await expect(dialog.locator('iframe[data-preview]')).toHaveAttribute('src', '/embed/cost-example/?theme=dark');

  await tabTo(page, 'dialog[open] button[data-copy]', { max: 10 });
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(summary).toBeFocused();
  await expectVisibleFocus(page);
});

test('the cost calculator takes new figures from the keyboard and shows the new result', async ({ page }) => {
  await page.goto('/cost/');
  const cost = page.locator('#cost-calculator tr[data-model="deepseek"] td.cost');
  await expect(cost).toHaveText('$1.62');
  await tabTo(page, '#calc-price');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.4');
  // 8 × $1.40 an hour over 3,420 tokens/s.
  await expect(cost).toHaveText('$0.91');
  await tabTo(page, '#calc-gpus-deepseek');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#calc-gpus-deepseek')).toHaveValue('9');
  await expect(cost).toHaveText('$1.02');
  await expectVisibleFocus(page);
  expect(new URL(page.url()).searchParams.toString()).toBe('price=1.4&gpus-deepseek=9');
});
