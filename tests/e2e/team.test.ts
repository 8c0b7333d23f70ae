import { join } from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { findAccessibilityViolations, launchBrowser, openContext, saveScreenshot } from './browser';

// What the team screens say and do is specified in tests/integration/team (jsdom). Here only what a
// real browser measures: each of them fits a 375 px phone and axe finds nothing, in both languages.

const baseUrl = inject('baseUrl');
const TEAM_FILE = join(import.meta.dirname, '../fixtures/file-format/v2-team-assessment.json');
const TEAM = 'team-example';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('a team’s screens at phone width (375 px)', () => {
  for (const locale of ['en-GB', 'vi-VN']) {
    it(`fit the phone and pass axe: the team page, side-by-side answers, round 2, in ${locale}`, async () => {
      const context = await openContext(browser, { locale, viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      await page.goto(baseUrl);
      await page.locator('input[type=file]').setInputFiles(TEAM_FILE);
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /^(Import|Nhập) 1/ })
        .click();
      await page
        .getByRole('link', { name: /Tỉnh Ví Dụ/ })
        .first()
        .waitFor();
      const problems: string[] = [];
      const check = async (name: string) => {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 0) problems.push(`${name}: ${overflow} px too wide`);
        for (const violation of await findAccessibilityViolations(page))
          problems.push(`${name}: ${violation}`);
        await saveScreenshot(page, `team-${name}-${locale}-375`);
      };

      await page.goto(`${baseUrl}#/assessments/${TEAM}/team`);
      await page.getByRole('img', { name: /^(Radar chart|Biểu đồ radar)/ }).waitFor();
      await check('team');

      await page.goto(`${baseUrl}#/assessments/${TEAM}/broadband`);
      await page
        .getByRole('group', { name: /^(Respondents’ answers|Câu trả lời của người trả lời)/ })
        .first()
        .waitFor();
      await check('coordinator');

      // The fixture is in round 2: answering as a respondent shows the group's answers.
      await page.getByRole('combobox', { name: /^(Answering as|Trả lời với tư cách)$/ }).selectOption('ubnd');
      await page
        .getByRole('group', { name: /^(How the group answered|Câu trả lời của cả nhóm)/ })
        .first()
        .waitFor();
      await check('respondent');

      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
