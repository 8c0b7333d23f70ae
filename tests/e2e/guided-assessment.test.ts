import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { createAssessment } from './app-actions';
import { findAccessibilityViolations, launchBrowser, openContext, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

type Session = { context: BrowserContext; page: Page; errors: string[] };

async function openApp(locale = 'en-GB', width = 1280): Promise<Session> {
  const context = await openContext(browser, { locale, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, errors };
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await findAccessibilityViolations(page), where).toEqual([]);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('the guided assessment', () => {
  it('creates an assessment, fills the profile and finds it again after a reload', async () => {
    const { context, page, errors } = await openApp();
    await expectNoViolations(page, 'empty list');
    await saveScreenshot(page, 'list-empty-en');
    await createAssessment(page, 'Thành phố Huế', '2025');
    expect(page.url()).toMatch(/#\/assessments\/[\w-]+\/profile$/);
    await expect(focusedText(page)).resolves.toBe('Community profile');

    await page.getByLabel('Country').fill('Việt Nam');
    await page.getByLabel('Population').fill('1 236 393');
    await page.getByLabel('Year assessed').fill('20x5');
    await page.getByText('Enter a year from 1990 to 2100.').waitFor();
    const year = page.getByLabel('Year assessed');
    await expect(year.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await year.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toContain('Enter a year');
    await year.fill('2025');
    await page.getByText('All changes saved').waitFor();
    await expectNoViolations(page, 'profile step');
    await saveScreenshot(page, 'profile-en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
    await expect(page.getByLabel('Country').inputValue()).resolves.toBe('Việt Nam');
    await expect(page.getByLabel('Population').inputValue()).resolves.toBe('1236393');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers a whole criterion with the keyboard alone, and keeps it through a reload', async () => {
    const { context, page, errors } = await openApp();
    await createAssessment(page, 'Đà Nẵng', '2025');
    await page.getByRole('link', { name: /^Next/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Broadband' }).waitFor();
    await expect(focusedText(page)).resolves.toBe('Broadband');

    // From the heading, Tab reaches each question's first control; arrows choose, Space ticks.
    const card = (n: number) => page.locator('.question-card').nth(n);
    const tabTo = async (locator: ReturnType<Page['locator']>) => {
      for (let i = 0; i < 60; i += 1) {
        if (await locator.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('could not reach the control with Tab');
    };
    const questions = await page.locator('.question-card').count();
    expect(questions).toBe(9);
    for (let n = 0; n < questions; n += 1) {
      const radios = card(n).locator('.choices input[type=radio]');
      const checkboxes = card(n).locator('.choices input[type=checkbox]');
      const text = card(n).locator('.quantity input.input');
      if ((await radios.count()) > 0) {
        await tabTo(radios.first());
        await page.keyboard.press('ArrowDown'); // level 1 / "No"
        await page.keyboard.press('ArrowDown'); // level 2 / N/A or back to "Yes"
      } else if ((await checkboxes.count()) > 0) {
        await tabTo(checkboxes.first());
        await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
      } else {
        await tabTo(text.first());
        await page.keyboard.type('75');
      }
    }
    await page.getByText('9 of 9 answered').waitFor();
    await expectNoViolations(page, 'broadband step');
    await saveScreenshot(page, 'criterion-en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Broadband' }).waitFor();
    await page.getByText('9 of 9 answered').waitFor();
    await expect(card(0).locator('input[type=radio]').nth(2).isChecked()).resolves.toBe(true);
    await expect(card(1).locator('.quantity input.input').inputValue()).resolves.toBe('75');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('records notes, evidence and data quality, and refuses a bad link beside the field', async () => {
    const { context, page } = await openApp();
    await createAssessment(page, 'Cần Thơ', '2024');
    await page.goto(page.url().replace(/profile$/, 'innovation'));
    await page.getByRole('heading', { level: 1, name: 'Innovation' }).waitFor();
    const first = page.locator('.question-card').first();
    await first.locator('summary').click();
    await first
      .getByLabel('Notes', { exact: true })
      .fill('Đề án thành phố thông minh, 2016 <b>not markup</b>');
    await first.getByLabel('Data quality', { exact: true }).selectOption('measured');
    await first.getByLabel('Web address').fill('javascript:alert(1)');
    await first.getByRole('button', { name: 'Add link' }).click();
    await first.getByText('Enter a full web address starting with https:// or http://.').waitFor();
    await first.getByLabel('Web address').fill('https://example.org/de-an-2016');
    await first.getByLabel('What it is (optional)').fill('Đề án 2016');
    await first.getByRole('button', { name: 'Add link' }).click();
    await first.getByRole('link', { name: 'Đề án 2016' }).waitFor();
    await expectNoViolations(page, 'evidence');
    await page.getByText('All changes saved').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Innovation' }).waitFor();
    const reloaded = page.locator('.question-card').first();
    await expect(reloaded.getByLabel('Notes', { exact: true }).inputValue()).resolves.toBe(
      'Đề án thành phố thông minh, 2016 <b>not markup</b>',
    );
    await expect(reloaded.getByRole('link', { name: 'Đề án 2016' }).getAttribute('href')).resolves.toBe(
      'https://example.org/de-an-2016',
    );
    await expect(reloaded.getByLabel('Data quality', { exact: true }).inputValue()).resolves.toBe('measured');
    await context.close();
  });

  it('reviews what is unanswered, with a link to each question, and reaches steps by URL', async () => {
    const { context, page } = await openApp();
    await createAssessment(page, 'Hải Phòng', '2025');
    const reviewUrl = page.url().replace(/profile$/, 'review');
    await page.goto(reviewUrl);
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await page.getByText('0 of 54 questions answered.', { exact: false }).waitFor();
    await expectNoViolations(page, 'review');
    await saveScreenshot(page, 'review-en');
    await page.getByRole('link', { name: /How much real choice of fixed broadband provider/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Broadband' }).waitFor();
    expect(page.url()).toMatch(/\/broadband\/broadband\.isp-competition$/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'question-broadband.isp-competition',
    );
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await context.close();
  });

  it('shows the steps in Vietnamese, with no accessibility violations on any screen', async () => {
    const { context, page } = await openApp('vi-VN');
    await page.getByRole('button', { name: 'Tạo bản đánh giá mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo bản đánh giá mới' });
    await expectNoViolations(page, 'create dialog (vi)');
    await dialog.getByLabel('Tên cộng đồng').fill('Bắc Ninh');
    await dialog.getByRole('button', { name: 'Tạo và bắt đầu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thông tin cộng đồng' }).waitFor();
    await expectNoViolations(page, 'profile (vi)');
    await saveScreenshot(page, 'profile-vi');
    const base = page.url().replace(/profile$/, '');
    for (const [step, heading] of [
      ['broadband', 'Kết nối băng thông rộng'],
      ['knowledge-workforce', 'Nguồn nhân lực tri thức'],
      ['innovation', 'Đổi mới sáng tạo'],
      ['digital-equality', 'Bình đẳng tiếp cận kỹ thuật số'],
      ['sustainability', 'Phát triển bền vững'],
      ['advocacy', 'Ủng hộ khích lệ và gắn kết cộng đồng'],
      ['review', 'Rà soát'],
    ]) {
      await page.goto(`${base}${step}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page
        .locator('details summary')
        .first()
        .click()
        .catch(() => undefined);
      await expectNoViolations(page, `${step} (vi)`);
    }
    await saveScreenshot(page, 'review-vi');
    await page.goto(`${base}broadband`);
    await page.getByRole('heading', { level: 1, name: 'Kết nối băng thông rộng' }).waitFor();
    await saveScreenshot(page, 'criterion-vi');
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Các bản đánh giá của bạn' }).waitFor();
    await expectNoViolations(page, 'list (vi)');
    await saveScreenshot(page, 'list-vi');
    await context.close();
  });

  it('switches a step to Vietnamese in place', async () => {
    const { context, page } = await openApp();
    await createAssessment(page, 'Huế', '2025');
    await page.goto(page.url().replace(/profile$/, 'sustainability'));
    await page.getByRole('heading', { level: 1, name: 'Sustainability' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Phát triển bền vững' }).waitFor();
    await page.getByText('Câu hỏi 1/9').waitFor();
    await context.close();
  });

  it('deletes an assessment after confirmation, and undoes it', async () => {
    const { context, page } = await openApp();
    await createAssessment(page, 'Quảng Ninh', '2025');
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 2, name: 'Quảng Ninh 2025' }).waitFor();
    await page.getByRole('button', { name: 'Delete: Quảng Ninh 2025' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the assessment?' });
    await expectNoViolations(page, 'delete dialog');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('“Quảng Ninh” was deleted.').waitFor();
    await expect(page.getByRole('heading', { level: 2, name: 'Quảng Ninh 2025' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { level: 2, name: 'Quảng Ninh 2025' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Quảng Ninh 2025' }).waitFor();
    await context.close();
  });

  it("starts next year's assessment from this one, and renames it", async () => {
    const { context, page } = await openApp();
    await createAssessment(page, 'Vĩnh Long', '2024');
    await page.goto(page.url().replace(/profile$/, 'broadband'));
    await page.locator('.question-card').first().locator('input[type=radio]').nth(3).check();
    await page.goto(baseUrl);
    await page.getByRole('button', { name: "Start next year's: Vĩnh Long 2024" }).click();
    await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
    await expect(page.getByLabel('Year assessed').inputValue()).resolves.toBe('2025');
    await page.goto(baseUrl);
    await page.getByText('Started from Vĩnh Long 2024').waitFor();
    await page.getByRole('button', { name: 'Rename: Vĩnh Long 2025' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename the assessment' });
    await dialog.getByLabel('Community name').fill('Tỉnh Vĩnh Long');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tỉnh Vĩnh Long 2025' }).waitFor();
    await expectNoViolations(page, 'list with assessments');
    await saveScreenshot(page, 'list-en');
    await context.close();
  });

  it('opens the illustrative example, labelled as such', async () => {
    const { context, page } = await openApp();
    await page.getByRole('button', { name: 'Explore the example: Bình Dương 2023' }).click();
    await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
    await page.getByText(/Illustrative example: entered from press reports/).waitFor();
    await expect(page.getByLabel('Community name').inputValue()).resolves.toBe('Bình Dương');
    await page.goto(baseUrl);
    await page
      .locator('.card', { hasText: 'Bình Dương 2023' })
      .getByText(/Illustrative example/)
      .waitFor();
    await context.close();
  });

  it('keeps two tabs from overwriting each other’s answers', async () => {
    const { context, page } = await openApp();
    await createAssessment(page, 'Nha Trang', '2025');
    const stepUrl = page.url().replace(/profile$/, 'advocacy');
    await page.goto(stepUrl);
    const other = await context.newPage();
    await other.goto(stepUrl);
    await other.getByRole('heading', { level: 1, name: 'Advocacy and community engagement' }).waitFor();
    await page.locator('.question-card').nth(0).locator('input[type=radio]').nth(4).check();
    await other.locator('.question-card').nth(1).locator('input[type=radio]').nth(1).check();
    await page.getByText('All changes saved').waitFor();
    await other.getByText('All changes saved').waitFor();
    await page.waitForTimeout(500);
    for (const tab of [page, other]) {
      await tab.reload();
      await tab.getByRole('heading', { level: 1, name: 'Advocacy and community engagement' }).waitFor();
      await expect(
        tab.locator('.question-card').nth(0).locator('input[type=radio]').nth(4).isChecked(),
      ).resolves.toBe(true);
      await expect(
        tab.locator('.question-card').nth(1).locator('input[type=radio]').nth(1).isChecked(),
      ).resolves.toBe(true);
    }
    await context.close();
  });

  it('works at phone width', async () => {
    const { context, page } = await openApp('vi-VN', 375);
    await page.getByRole('button', { name: 'Xem ví dụ: Bình Dương 2023' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thông tin cộng đồng' }).waitFor();
    await page.goto(page.url().replace(/profile$/, 'innovation'));
    await page.getByRole('heading', { level: 1, name: 'Đổi mới sáng tạo' }).waitFor();
    await expectNoViolations(page, 'phone');
    await page.screenshot({ path: 'test-results/screenshots/criterion-vi-phone.png' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
