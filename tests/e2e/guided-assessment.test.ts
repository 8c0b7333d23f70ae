import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import type { Assessment } from '../../src/domain/assessment/assessment-schema';
import type { Framework } from '../../src/domain/criteria/criterion-schema';
import { bundledFramework } from '../../src/framework/bundled-criteria';
import { createAssessment, readStoredAssessments } from './app-actions';
import {
  findAccessibilityViolations,
  launchBrowser,
  openContext,
  saveScreenshot,
  waitForApp,
} from './browser';

// What needs a real browser: storage across a reload and between tabs, keyboard use, axe, layout.
// What the screens do with each input is specified in tests/integration (jsdom), much faster.

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
const framework: Framework = bundledFramework.value;

function findCriterion(id: string) {
  const criterion = framework.criteria.find((c) => c.id === id);
  if (!criterion) throw new Error(`no criterion ${id}`);
  return criterion;
}

/** A question's card: a region named by its prompt. */
function questionCard(page: Page, questionId: string, language: 'en' | 'vi' = 'en') {
  const question = framework.criteria.flatMap((c) => c.questions).find((q) => q.id === questionId);
  if (!question) throw new Error(`no question ${questionId}`);
  return page.getByRole('region', { name: question.prompt[language], exact: true });
}

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
  await waitForApp(page);
  return { context, page, errors };
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await findAccessibilityViolations(page), where).toEqual([]);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

/** The id of the assessment whose step the page shows. */
function assessmentIdOf(page: Page): string {
  const id = /#\/assessments\/([\w-]+)\//.exec(page.url())?.[1];
  if (!id) throw new Error(`not an assessment's page: ${page.url()}`);
  return id;
}

/** The assessment as it is written in the browser's storage now (what a reload will read). */
async function readSavedAssessment(page: Page, id: string): Promise<Assessment | undefined> {
  return (await readStoredAssessments(page))[id] as Assessment | undefined;
}

describe('the guided assessment', () => {
  it('keeps the community profile through a reload', async () => {
    const { context, page, errors } = await openApp();
    await expectNoViolations(page, 'empty list');
    await saveScreenshot(page, 'list-empty-en');
    await createAssessment(page, 'Thành phố Huế', '2025');
    const id = assessmentIdOf(page);
    await expect(focusedText(page)).resolves.toBe('Community profile');

    await page.getByLabel('Country').fill('Việt Nam');
    await page.getByLabel('Population').fill('1 236 393');
    await expect
      .poll(async () => (await readSavedAssessment(page, id))?.profile)
      .toEqual({ name: 'Thành phố Huế', year: 2025, country: 'Việt Nam', population: 1_236_393 });
    await page.getByText('All changes saved').waitFor();
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
    const tabTo = async (locator: ReturnType<Page['locator']>) => {
      // Found by role once: finding it again after every key press would cost more than the keys.
      const target = await locator.elementHandle();
      for (let i = 0; i < 60; i += 1) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('could not reach the control with Tab');
    };
    const broadband = findCriterion('broadband');
    expect(broadband.questions).toHaveLength(11);
    for (const question of broadband.questions) {
      const card = questionCard(page, question.id);
      if (question.type === 'level') {
        await tabTo(card.getByRole('radio', { name: /^0 · / }));
        await page.keyboard.press('ArrowDown'); // level 1
        await page.keyboard.press('ArrowDown'); // level 2
      } else if (question.type === 'checklist') {
        const [first] = question.options;
        if (!first) throw new Error(`${question.id} has no options`);
        await tabTo(card.getByRole('checkbox', { name: first.label.en, exact: true }));
        await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
      } else if (question.type === 'percent' || question.type === 'number') {
        await tabTo(card.getByRole('textbox', { name: /^Your answer/ }));
        await page.keyboard.type('75');
      } else {
        throw new Error(`no keyboard route for a ${question.type} question`);
      }
    }
    await page.getByText('11 of 11 answered').waitFor();
    await expectNoViolations(page, 'broadband step');
    await saveScreenshot(page, 'criterion-en');
    const id = assessmentIdOf(page);
    await expect
      .poll(async () => Object.keys((await readSavedAssessment(page, id))?.answers ?? {}).length)
      .toBe(11);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Broadband' }).waitFor();
    await page.getByText('11 of 11 answered').waitFor();
    await expect(
      questionCard(page, 'broadband.provider-choice').getByRole('radio', { name: /^2 · / }).isChecked(),
    ).resolves.toBe(true);
    await expect(
      questionCard(page, 'broadband.availability')
        .getByRole('textbox', { name: /^Your answer/ })
        .inputValue(),
    ).resolves.toBe('75');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps notes, a link and the data quality through a reload', async () => {
    const { context, page } = await openApp();
    await createAssessment(page, 'Cần Thơ', '2024');
    const id = assessmentIdOf(page);
    await page.goto(page.url().replace(/profile$/, 'innovation'));
    await page.getByRole('heading', { level: 1, name: 'Innovation' }).waitFor();
    const card = questionCard(page, 'innovation.startup-support');
    await card.getByText('Notes, evidence (0 links) and data quality').click();
    await card.getByLabel('Notes', { exact: true }).fill('Đề án thành phố thông minh, 2016');
    await card.getByLabel('Data quality', { exact: true }).selectOption('measured');
    await card.getByLabel('Web address').fill('https://example.org/de-an-2016');
    await card.getByLabel('What it is (optional)').fill('Đề án 2016');
    await card.getByRole('button', { name: 'Add link' }).click();
    await card.getByRole('link', { name: 'Đề án 2016' }).waitFor();
    await expectNoViolations(page, 'evidence');
    await expect
      .poll(async () => (await readSavedAssessment(page, id))?.answers['innovation.startup-support'])
      .toEqual({
        notes: 'Đề án thành phố thông minh, 2016',
        dataQuality: 'measured',
        evidence: [{ url: 'https://example.org/de-an-2016', label: 'Đề án 2016' }],
      });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Innovation' }).waitFor();
    const reloaded = questionCard(page, 'innovation.startup-support');
    await expect(reloaded.getByLabel('Notes', { exact: true }).inputValue()).resolves.toBe(
      'Đề án thành phố thông minh, 2016',
    );
    await expect(reloaded.getByRole('link', { name: 'Đề án 2016' }).getAttribute('href')).resolves.toBe(
      'https://example.org/de-an-2016',
    );
    await expect(reloaded.getByLabel('Data quality', { exact: true }).inputValue()).resolves.toBe('measured');
    await context.close();
  });

  it('has no accessibility violations on the delete dialog, in English (the screens themselves are swept in Vietnamese below)', async () => {
    const { context, page } = await openApp();
    await createAssessment(page, 'Vĩnh Long', '2024');
    await page.goto(page.url().replace(/profile$/, 'review'));
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await page.getByText('0 of 62 questions answered.', { exact: false }).waitFor();
    await saveScreenshot(page, 'review-en');

    await page.goto(baseUrl);
    await page.getByRole('button', { name: "Start next year's: Vĩnh Long 2024" }).click();
    await page
      .getByRole('dialog', { name: "Start next year's assessment" })
      .getByRole('button', { name: 'Create and start' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
    await page.goto(baseUrl);
    await page
      .getByRole('article', { name: 'Vĩnh Long 2025' })
      .getByText('Started from Vĩnh Long 2024')
      .waitFor();
    await saveScreenshot(page, 'list-en');

    await page.getByRole('button', { name: 'Delete: Vĩnh Long 2024' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the assessment?' });
    await dialog.getByRole('button', { name: 'Cancel' }).waitFor();
    await expectNoViolations(page, 'delete dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('keeps two tabs from overwriting each other’s answers', async () => {
    const { context, page } = await openApp();
    await createAssessment(page, 'Nha Trang', '2025');
    const id = assessmentIdOf(page);
    const stepUrl = page.url().replace(/profile$/, 'advocacy');
    await page.goto(stepUrl);
    const other = await context.newPage();
    await other.goto(stepUrl);
    await other.getByRole('heading', { level: 1, name: 'Advocacy' }).waitFor();
    const first = (tab: Page) =>
      questionCard(tab, 'advocacy.shared-vision').getByRole('radio', { name: /^4 · / });
    const second = (tab: Page) =>
      questionCard(tab, 'advocacy.face-to-face-participation').getByRole('radio', { name: /^1 · / });
    await first(page).check();
    await second(other).check();
    // Both answers on disk: each tab merged the other's write into its own.
    await expect
      .poll(async () => {
        const answers = (await readSavedAssessment(page, id))?.answers ?? {};
        return [
          answers['advocacy.shared-vision']?.value,
          answers['advocacy.face-to-face-participation']?.value,
        ];
      })
      .toEqual([4, 1]);
    for (const tab of [page, other]) {
      await tab.getByText('All changes saved').waitFor();
      await tab.reload();
      await tab.getByRole('heading', { level: 1, name: 'Advocacy' }).waitFor();
      await expect(first(tab).isChecked()).resolves.toBe(true);
      await expect(second(tab).isChecked()).resolves.toBe(true);
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
    await saveScreenshot(page, 'criterion-vi-phone', { fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('the guided assessment in Vietnamese', () => {
  // One assessment, made once, and one tab that each test moves to its screen, as a link does.
  let context: BrowserContext;
  let tab: Page;
  let stepBase: string;

  beforeAll(async () => {
    context = await openContext(browser, { locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Tạo bản đánh giá mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo bản đánh giá mới' });
    await dialog.getByLabel('Tên cộng đồng').fill('Bắc Ninh');
    await dialog.getByRole('button', { name: 'Tạo và bắt đầu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thông tin cộng đồng' }).waitFor();
    const id = assessmentIdOf(page);
    stepBase = page.url().replace(/profile$/, '');
    // Saved before the tests start, so a reload on any screen finds it.
    await page.getByRole('status').getByText('Đã lưu mọi thay đổi').waitFor();
    expect(Object.keys(await readStoredAssessments(page))).toContain(id);
    tab = page;
  });
  afterAll(async () => {
    await context.close();
  });

  async function openTab(url: string, heading: string): Promise<Page> {
    await tab.goto(url);
    await tab.getByRole('heading', { level: 1, name: heading }).waitFor();
    return tab;
  }

  it('has no accessibility violations on the list and the create dialog', async () => {
    const page = await openTab(baseUrl, 'Các bản đánh giá của bạn');
    await page.getByRole('heading', { level: 2, name: /^Bắc Ninh/ }).waitFor();
    await expectNoViolations(page, 'list (vi)');
    await saveScreenshot(page, 'list-vi');
    await page.getByRole('button', { name: 'Tạo bản đánh giá mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo bản đánh giá mới' });
    await dialog.getByLabel('Tên cộng đồng').waitFor();
    await expectNoViolations(page, 'create dialog (vi)');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it.each([
    { step: 'profile', heading: 'Thông tin cộng đồng', screenshot: 'profile-vi' },
    { step: 'review', heading: 'Rà soát', screenshot: 'review-vi' },
  ])('has no accessibility violations on the $step step', async ({ step, heading, screenshot }) => {
    const page = await openTab(`${stepBase}${step}`, heading);
    await expectNoViolations(page, `${step} (vi)`);
    await saveScreenshot(page, screenshot);
  });

  it.each(
    framework.criteria.map((criterion) => ({
      step: criterion.id,
      heading: criterion.name.vi,
      firstQuestion: criterion.questions[0]?.id ?? '',
    })),
  )(
    'has no accessibility violations on the $step step, its first question’s details open',
    async ({ step, heading, firstQuestion }) => {
      const page = await openTab(`${stepBase}${step}`, heading);
      if (step === 'broadband') await saveScreenshot(page, 'criterion-vi');
      await questionCard(page, firstQuestion, 'vi')
        .getByText(/^Ghi chú, minh chứng/)
        .click();
      await questionCard(page, firstQuestion, 'vi').getByLabel('Ghi chú', { exact: true }).waitFor();
      await expectNoViolations(page, `${step} (vi)`);
    },
  );
});
