import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findAccessibilityViolations, launchBrowser, openContext } from './browser';

// Every screen's sweep expects findAccessibilityViolations to return nothing: this is what makes
// that expectation mean something, the same check finding what it exists to find.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the accessibility check the screens are swept with', () => {
  it('names each violation and where it is, and passes a page that has none', async () => {
    const context = await openContext(browser);
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1>' +
        '<img id="chart" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
        '<p style="color:#bbb;background:#fff">Faint words</p></main></body></html>',
    );
    const violations = await findAccessibilityViolations(page);
    expect(violations).toEqual([
      expect.stringMatching(/^color-contrast: .*\(p\)$/),
      expect.stringMatching(/^image-alt: .*\(#chart\)$/),
    ]);

    await page.locator('#chart').evaluate((image) => image.setAttribute('alt', 'A chart'));
    await page.locator('p').evaluate((text) => text.setAttribute('style', 'color:#333;background:#fff'));
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
