import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { findAccessibilityViolations, launchBrowser, openContext, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openApp(locale: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await openContext(browser, { locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${baseUrl}#/criteria`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  return { page, errors, requests };
}

describe('the criteria overview', () => {
  it('shows the six criteria in English, with no accessibility violations', async () => {
    const { page, errors, requests } = await openApp('en-GB');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('The six criteria');
    const names = await page.getByRole('region').getByRole('heading', { level: 2 }).allTextContents();
    expect(names).toEqual([
      'Broadband',
      'Knowledge workforce',
      'Innovation',
      'Digital equality',
      'Advocacy',
      'Sustainability',
      'Score bands',
    ]);
    await page
      .getByRole('region', { name: 'Broadband' })
      .getByRole('heading', { level: 3, name: /^Questions/ })
      .click();
    await expect(
      page.getByText('How much real choice of fixed broadband provider').isVisible(),
    ).resolves.toBe(true);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'criteria-overview-en');
    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true);
    await page.context().close();
  });

  it('switches to Vietnamese, remembers the choice, and stays accessible', async () => {
    const { page } = await openApp('en-GB');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sáu tiêu chí' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    const digitalEquality = page.getByRole('region', { name: 'Bình đẳng tiếp cận kỹ thuật số' });
    await digitalEquality.waitFor();
    await expect(page.getByRole('button', { name: 'Tiếng Việt' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await digitalEquality.getByRole('heading', { level: 3 }).click();
    await digitalEquality.getByRole('list', { name: 'Các mức' }).first().waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'criteria-overview-vi');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sáu tiêu chí' }).waitFor();
    await page.context().close();
  });

  it('opens in Vietnamese for a browser that prefers it', async () => {
    const { page } = await openApp('vi-VN');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sáu tiêu chí');
    await expect(page.title()).resolves.toBe('Tự đánh giá cộng đồng thông minh theo ICF');
    await page.context().close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page } = await openApp('en-GB');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    // Through the title and the navigation to the language switch, by Tab alone.
    for (let i = 0; i < 12; i += 1) {
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Tiếng Việt') break;
      await page.keyboard.press('Tab');
    }
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Tiếng Việt');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sáu tiêu chí' }).waitFor();
    await page.context().close();
  });
});
