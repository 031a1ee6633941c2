// The "Embed" control under every figure: a dialog with the snippet, a copy button that says it
// copied, theme and title options and a live preview; usable by keyboard, axe-clean, and without
// JavaScript still a way to the snippet. Also the "Embed a figure" docs page in both languages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readContent } from '../../src/lib/read-content';
import { watch } from './embed-support';

// The address the test build is made for (SITE_URL unset): the no-JavaScript snippet keeps it, while
// the dialog, read on the test server, points its snippet at that server (see embed-paste.spec.ts).
const published = 'https://llm-showdown.example';

test.describe('Embed dialog', () => {
  test('opens from the keyboard with the snippet, copies it and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const here = new URL(baseURL ?? '').origin;
    const problems = watch(page);
    await page.goto('/cost/');
    const summary = page.locator('#cost-example [data-embed-control] summary');
    await expect(summary).toHaveAccessibleName('Embed “Cost example (A100 instances)”');
    await summary.focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Embed “Cost example (A100 instances)”' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'HTML to paste' });
    await expect(code).toHaveValue(new RegExp(`^<iframe src="${here}/embed/cost-example/" title="Table: Cost example \\(A100 instances\\) · LLM Showdown" width="100%" height="\\d+" loading="lazy"`));
    // Then the picture, for hosts that run no scripts and show no frames.
    await expect(code).toHaveValue(new RegExp(`<script async src="${here}/embed.js"></script>\\n<noscript><a href="${here}/cost/#cost-example"><img src="${here}/img/cost-example.light.png" alt="Cost example \\(A100 instances\\)"[^>]*></a></noscript>$`));

    const status = dialog.getByRole('status');
    await expect(status).toHaveText('');
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(status).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

    // The live preview is the embed page, fitted to its figure by /embed.js.
    const preview = dialog.locator('iframe[data-preview]');
    await expect(preview).toHaveAttribute('src', '/embed/cost-example/');
    const frame = preview.contentFrame();
    await expect(frame.locator('table[data-table="cost-example"]')).toBeVisible();
    await expect.poll(() => preview.evaluate((el: HTMLIFrameElement) => el.style.height)).toMatch(/^\d+px$/);

    // Escape closes it and the focus goes back to the control.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(summary).toBeFocused();
    expect(problems).toEqual([]);
  });

  test('the theme and title options change the snippet and the preview', async ({ page, baseURL }) => {
    const here = new URL(baseURL ?? '').origin;
    await page.goto('/performance/');
    await page.locator('#capability-radar [data-embed-control] summary').click();
    const dialog = page.getByRole('dialog', { name: 'Embed “Overall capability radar (out of 10)”' });
    const code = dialog.getByRole('textbox', { name: 'HTML to paste' });
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await expect(code).toHaveValue(new RegExp(`src="${here}/embed/capability-radar/\\?theme=dark"`));
    await dialog.getByRole('checkbox', { name: 'Show the title' }).uncheck();
    await expect(code).toHaveValue(new RegExp(`src="${here}/embed/capability-radar/\\?theme=dark&amp;title=0"`));
    const preview = dialog.locator('iframe[data-preview]');
    await expect(preview).toHaveAttribute('src', '/embed/capability-radar/?theme=dark&title=0');
    const frame = preview.contentFrame();
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(frame.locator('html')).toHaveAttribute('data-hide-title', '');
    // The radar draws when it comes into view; the preview sits under the snippets, as a reader scrolls to it.
    await preview.scrollIntoViewIfNeeded();
    await expect(frame.locator('canvas[data-radar]')).toHaveAttribute('data-drawn', '');
    await dialog.getByRole('radio', { name: 'Reader’s setting' }).check();
    await expect(code).toHaveValue(/\/embed\/capability-radar\/\?title=0"/);
    await dialog.getByRole('checkbox', { name: 'The figure alone (no title, no source line)' }).check();
    await dialog.getByRole('checkbox', { name: 'No scripts in the frame (fixed height)' }).check();
    await expect(code).toHaveValue(/\/embed\/capability-radar\/\?plain=1&amp;static=1"/);
    await expect(preview).toHaveAttribute('src', '/embed/capability-radar/?plain=1&static=1');
    await expect(frame.locator('html')).toHaveAttribute('data-plain', '');
    await expect(frame.locator('figcaption')).toBeHidden();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open dialog passes axe (${colorScheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('/zh/cost/');
      await page.locator('#cost-formula [data-embed-control] summary').click();
      const dialog = page.getByRole('dialog', { name: '嵌入“推理成本对比模型”' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('textbox', { name: '要粘贴的 HTML' })).toHaveValue(/\/zh\/embed\/cost-formula\//);
      await expect(dialog.locator('iframe[data-preview]').contentFrame().locator('.katex').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }

  test('without JavaScript the control opens to the snippet and a link to the figure alone', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/outlook/');
    const control = page.locator('#evolution-timeline details.embed-control');
    await control.locator('summary').click();
    await expect(control.getByRole('textbox', { name: 'HTML to paste' })).toHaveValue(new RegExp(`^<iframe src="${published}/embed/evolution-timeline/"`));
    await control.getByRole('link', { name: 'Open the figure alone' }).click();
    await expect(page).toHaveURL(/\/embed\/evolution-timeline\/$/);
    await expect(page.locator('figure#evolution-timeline')).toBeVisible();
    await context.close();
  });
});

test.describe('“Embed a figure” page', () => {
  for (const { path, lang, heading, link } of [
    { path: '/embedding/', lang: 'en', heading: 'Embed a figure', link: 'Embed a figure in your own pages' },
    { path: '/zh/embedding/', lang: 'zh-CN', heading: '嵌入图表', link: '在你的页面中嵌入图表' },
  ]) {
    test(`${path} documents the snippet, options, messages and headers, and lists every figure`, async ({ page }) => {
      // From the home page's footer, once that page has finished loading its diagram.
      await page.goto(path === '/embedding/' ? '/' : '/zh/');
      await page.waitForLoadState('networkidle');
      const problems = watch(page);
      await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const main = page.locator('main');
      await expect(main).toContainText(`${published}/embed.js`);
      await expect(main).toContainText('"type": "llm-showdown:height"');
      await expect(main).toContainText('theme=dark');
      await expect(main).toContainText('frame-ancestors *');
      await expect(main).toContainText('location ~ ^/(zh/)?embed/');
      const { data } = readContent('content');
      await expect(page.locator('main table').last().locator('tbody tr')).toHaveCount((data?.tables.length ?? 0) + (data?.figures.length ?? 0));
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
