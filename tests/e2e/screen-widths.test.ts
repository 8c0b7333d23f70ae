import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { bundledFramework } from '../../src/framework/bundled-criteria';
import { openExample } from './app-actions';
import { findAccessibilityViolations, launchBrowser, openContext, saveScreenshot } from './browser';

// Layout only a real browser measures: every screen, with the example open, fits a 375 px phone in
// both languages, and at 1280 px the header's menu is one row. What the screens say is specified in
// tests/integration.

const baseUrl = inject('baseUrl');
const EXAMPLE = 'example-binh-duong-2023';
if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
const stepIds = ['profile', ...bundledFramework.value.criteria.map((c) => c.id), 'review'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A fresh browser at the given width with the example opened from the list, as a user does. */
async function openWithExample(
  locale: string,
  width: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const context = await openContext(browser, {
    locale,
    colorScheme,
    viewport: { width, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await openExample(page, locale);
  return page;
}

/** The example's share link, copied from its card in the list. */
async function copyShareLink(page: Page): Promise<string> {
  await page.goto(`${baseUrl}#/`);
  await page
    .getByRole('button', { name: /^(Copy link|Sao chép liên kết)/ })
    .first()
    .click();
  let link = '';
  await expect
    .poll(async () => (link = await page.evaluate(() => navigator.clipboard.readText())))
    .toContain('#/share/');
  return `#${link.split('#')[1]}`;
}

const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('at phone width (375 px)', () => {
  for (const locale of ['en-GB', 'vi-VN']) {
    it(`no screen is wider than the phone, in ${locale}`, async () => {
      const page = await openWithExample(locale, 375);
      const share = await copyShareLink(page);
      const routes = [
        '#/',
        ...stepIds.map((step) => `#/assessments/${EXAMPLE}/${step}`),
        `#/assessments/${EXAMPLE}/results`,
        '#/compare',
        '#/criteria',
        '#/method',
        share,
      ];
      const tooWide: string[] = [];
      for (const route of routes) {
        await page.goto(`${baseUrl}${route}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        const overflow = await overflowOf(page);
        if (overflow > 0) tooWide.push(`${route.slice(0, 40)}: ${overflow} px too wide`);
      }
      expect(tooWide).toEqual([]);
      await page.context().close();
    });
  }

  it('keeps the steps to one compact row and a step name on one line', async () => {
    const page = await openWithExample('vi-VN', 375);
    await page.goto(`${baseUrl}#/assessments/${EXAMPLE}/${stepIds[3]}`);
    const current = page
      .getByRole('navigation', { name: 'Các bước đánh giá' })
      .locator('[aria-current="step"]');
    await current.waitFor();
    const label = current.locator('.stepper__label');
    const { height, lineHeight } = await label.evaluate((element) => ({
      height: element.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(element).lineHeight),
    }));
    expect(height).toBeLessThan(lineHeight * 1.5);
    // The current step has been scrolled into the row's view.
    const box = await current.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await saveScreenshot(page, 'step-vi-375', { fullPage: false });
    await page.context().close();
  });
});

describe('at desktop width (1280 px)', () => {
  for (const locale of ['en-GB', 'vi-VN']) {
    it(`the header's menu is one row, in ${locale}`, async () => {
      const page = await openWithExample(locale, 1280);
      const links = page.getByRole('navigation', { name: /^(Main|Điều hướng chính)$/ }).getByRole('link');
      await links.first().waitFor();
      const tops = await links.evaluateAll((all) => all.map((link) => link.getBoundingClientRect().top));
      expect(tops).toHaveLength(4);
      expect(new Set(tops).size).toBe(1);
      await page.context().close();
    });
  }
});

describe('printing a screen (Ctrl+P)', () => {
  it('prints the results without the menu or controls, and never splits the chart', async () => {
    const page = await openWithExample('en-GB', 1280);
    await page.goto(`${baseUrl}#/assessments/${EXAMPLE}/results`);
    const chart = page.getByRole('img', { name: /^Radar chart/ });
    await chart.waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Export the PDF report' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Edit the answers' }).isVisible()).toBe(false);
    const figure = page.locator('.radar');
    expect(await figure.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
    await page.context().close();
  });
});

describe('dark mode', () => {
  it('follows the system, has no accessibility violations on the main screens, and the switch overrides it', async () => {
    const page = await openWithExample('en-GB', 1280, 'dark');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const lightBackground = 'rgb(243, 245, 249)';
    expect(await background()).not.toBe(lightBackground);
    const violations: string[] = [];
    for (const [route, screen] of [
      ['#/', 'list'],
      [`#/assessments/${EXAMPLE}/innovation`, 'step'],
      [`#/assessments/${EXAMPLE}/results`, 'results'],
    ] as const) {
      await page.goto(`${baseUrl}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (screen === 'results') await page.getByRole('img', { name: /^Radar chart/ }).waitFor();
      violations.push(...(await findAccessibilityViolations(page)).map((v) => `${screen}: ${v}`));
      await saveScreenshot(page, `dark-${screen}`, { fullPage: false });
    }
    expect(violations).toEqual([]);
    await page.getByRole('combobox', { name: 'Appearance' }).selectOption('Light');
    await expect.poll(background).toBe(lightBackground);
    // Kept for the next visit.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await background()).toBe(lightBackground);
    await page.context().close();
  });
});
