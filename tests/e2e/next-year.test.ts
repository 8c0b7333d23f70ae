import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import type { Answer, Assessment } from '../../src/domain/assessment/assessment-schema';
import { createCollectionFile, serializeCollectionFile } from '../../src/domain/assessment/import-file';
import { bundledFramework } from '../../src/framework/bundled-criteria';
import { findAccessibilityViolations, launchBrowser, openContext, saveScreenshot } from './browser';

// What next year's screens say is specified in tests/integration/next-year (jsdom). Here only what
// needs a real browser: the dialog, the marks and the trend charts drawn and laid out at a phone's
// and a desktop's width, without horizontal overflow, and axe.

const baseUrl = inject('baseUrl');
if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
const framework = bundledFramework.value;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The same level to every level question: a score in every criterion, so every chart has a line. */
function answersOf(level: number): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const question of framework.criteria.flatMap((c) => c.questions)) {
    if (question.type === 'level') answers[question.id] = { value: level };
  }
  return answers;
}
const vinhLong = (year: number, level: number, basedOn?: string): Assessment => ({
  id: `vl-${year}`,
  profile: { name: 'Vĩnh Long', year },
  answers: answersOf(level),
  ...(basedOn ? { basedOn } : {}),
  updatedAt: `${year}-12-01T00:00:00.000Z`,
});
const SEED = serializeCollectionFile(
  createCollectionFile(framework, [vinhLong(2023, 1), vinhLong(2024, 3, 'vl-2023')]),
);

const TEXT = {
  'en-GB': {
    imported: 'Vĩnh Long 2024',
    start: "Start next year's: Vĩnh Long 2024",
    dialog: "Start next year's assessment",
    submit: 'Create and start',
    mark: 'From 2024, to confirm',
    confirmAll: 'Confirm all in this criterion',
    undo: 'Undo',
    trend: 'Over the years',
  },
  'vi-VN': {
    imported: 'Vĩnh Long 2024',
    start: 'Tạo bản năm sau: Vĩnh Long 2024',
    dialog: 'Tạo bản đánh giá năm sau',
    submit: 'Tạo và bắt đầu',
    mark: 'Từ năm 2024, cần xác nhận',
    confirmAll: 'Xác nhận tất cả trong tiêu chí này',
    undo: 'Hoàn tác',
    trend: 'Diễn biến qua các năm',
  },
} as const;

const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("next year's assessment in a real browser", () => {
  it.each([
    ['vi-VN', 375],
    ['en-GB', 1280],
  ] as const)(
    'in %s at %i px: the dialog, confirming, and the trend charts fit and pass axe',
    async (locale, width) => {
      const text = TEXT[locale];
      const tag = `next-year-${locale}-${width}`;
      const context = await openContext(browser, { locale, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(baseUrl);
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: 'vinh-long.json', mimeType: 'application/json', buffer: Buffer.from(SEED) });
      await page.getByRole('dialog').locator('button.button--primary').click();

      await page.getByRole('button', { name: text.start }).click();
      const dialog = page.getByRole('dialog', { name: text.dialog });
      await expect.poll(() => dialog.getByRole('textbox').inputValue()).toBe('2025');
      expect(await findAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, `${tag}-dialog`, { fullPage: false });
      await dialog.getByRole('button', { name: text.submit }).click();
      await page.waitForURL(/#\/assessments\/[^/]+\/profile$/);
      const id = /assessments\/([^/]+)\//.exec(page.url())?.[1] ?? '';

      await page.goto(`${baseUrl}#/assessments/${id}/broadband`);
      const marks = page.getByText(text.mark, { exact: true });
      await marks.first().waitFor();
      const before = await marks.count();
      await page.locator('.carried-over button').first().click();
      await expect.poll(() => marks.count()).toBe(before - 2);
      expect(await overflowOf(page)).toBe(0);
      expect(await findAccessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: text.confirmAll }).click();
      await expect.poll(() => marks.count()).toBe(0);
      await page.getByRole('button', { name: text.undo, exact: true }).waitFor();
      await page.keyboard.press('Control+z');
      await expect.poll(() => marks.count()).toBe(before - 2);
      await saveScreenshot(page, `${tag}-step`, { fullPage: false });

      await page.goto(`${baseUrl}#/assessments/${id}/results`);
      const trend = page.getByRole('region', { name: text.trend });
      // Recharts draws once it has measured its box: a line a chart, the overall and six criteria.
      await expect
        .poll(() => trend.locator('.recharts-line-curve').count(), { timeout: 30_000 })
        .toBe(framework.criteria.length + 1);
      expect(await overflowOf(page)).toBe(0);
      expect(await findAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, `${tag}-results`);
      await context.close();
    },
  );
});
