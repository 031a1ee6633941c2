// A missing address, in either language tree, gets the site's own 404 page with the status 404 and
// ways back in both languages.
import { expect, test } from '@playwright/test';

for (const path of ['/no-such-page/', '/zh/no-such-page/', '/embed/no-such-figure/']) {
  test(`${path} answers 404 with a page that leads back in both languages`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('页面不存在');
    await page.getByRole('link', { name: '返回中文首页' }).click();
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
}
