// What a docs author does, on a build made without SITE_URL (as every test build is): copy the
// Embed dialog's snippet, paste it into a page of another site, and see the figure load there,
// fitted to its content by /embed.js. The built snippet would point at the placeholder address
// and load nothing; the dialog points it at the site the reader is on and says so.
import { expect, test } from '@playwright/test';
import { fit, frameOf, hostOrigin, watch } from './embed-support';

const placeholder = 'https://llm-showdown.example/';

test.describe('the Embed dialog’s snippet, pasted on another site', () => {
  test.use({ viewport: { width: 900, height: 900 } });

  test('loads the figure and fits it, with SITE_URL unset', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const site = new URL(baseURL ?? '').origin;
    await page.goto('/cost/');
    await page.locator('#cost-example [data-embed-control] summary').click();
    const dialog = page.getByRole('dialog', { name: 'Embed “Cost example (A100 instances)”' });
    const code = dialog.getByRole('textbox', { name: 'HTML to paste' });
    const note = `This code points at the address you are on, ${site}/, not at ${placeholder}, the address the site was built for.`;
    await expect(dialog.locator('[data-address-note]')).toBeVisible();
    await expect(dialog.locator('[data-address-note]')).toHaveText(note);
    await expect(code).toHaveAccessibleDescription(note);
    await expect(code).toHaveValue(new RegExp(`^<iframe src="${site}/embed/cost-example/"[^\\n]*></iframe>\\n<script async src="${site}/embed.js"></script>\\n<noscript><a href="${site}/cost/#cost-example"><img src="${site}/img/cost-example.light.png"[^>]*></a></noscript>$`));
    await expect(code).not.toHaveValue(/llm-showdown\.example/);

    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await code.inputValue());

    // A page on another origin (tests/fixtures/embed-host/paste/), where the snippet is pasted and published.
    const host = `${hostOrigin(baseURL)}/paste/`;
    expect(new URL(host).origin).not.toBe(site);
    const problems = watch(page);
    await page.goto(host);
    const box = page.getByRole('textbox', { name: 'HTML to publish' });
    await box.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(box).toHaveValue(snippet);
    await page.getByRole('button', { name: 'Publish' }).click();
    const frame = await frameOf(page, '/embed/cost-example/');
    expect(new URL(frame.url()).origin).toBe(site);
    await expect(frame.getByRole('heading', { level: 1, name: 'Cost example (A100 instances)' })).toBeVisible();
    await expect(frame.locator('table[data-table="cost-example"]')).toBeVisible();

    // /embed.js, loaded from the site by the snippet, sets the iframe to the figure's height.
    await expect.poll(async () => {
      const f = await fit(page, '/embed/cost-example/');
      return f.styled !== '' && Math.abs(f.outer - f.content) <= 2 && !f.scrolls;
    }, { message: 'the iframe fits its figure', timeout: 20_000 }).toBe(true);
    const { styled, content } = await fit(page, '/embed/cost-example/');
    expect(Number.parseFloat(styled)).toBeCloseTo(content, -1);
    expect(problems).toEqual([]);
  });

  test('the Chinese dialog says the same in Chinese; the snippet without JavaScript stays as built', async ({ page, baseURL, browser }) => {
    const site = new URL(baseURL ?? '').origin;
    await page.goto('/zh/cost/');
    await page.locator('#cost-example [data-embed-control] summary').click();
    const dialog = page.getByRole('dialog', { name: '嵌入“成本计算示例（A100实例）”' });
    await expect(dialog.locator('[data-address-note]')).toHaveText(`这段代码指向你当前所在的地址 ${site}/，而不是本站构建时设定的地址 ${placeholder}。`);
    await expect(dialog.getByRole('textbox', { name: '要粘贴的 HTML' })).toHaveValue(new RegExp(`^<iframe src="${site}/zh/embed/cost-example/"`));

    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site}/zh/cost/`);
    const control = plain.locator('#cost-example details.embed-control');
    await control.locator('summary').click();
    await expect(control.getByRole('textbox', { name: '要粘贴的 HTML' })).toHaveValue(new RegExp(`^<iframe src="${placeholder}zh/embed/cost-example/"`));
    await context.close();
  });
});
