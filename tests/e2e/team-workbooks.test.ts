import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import type { Assessment } from '../../src/domain/assessment/assessment-schema';
import { scoreAssessment } from '../../src/domain/scoring/score-assessment';
import { readBundledFramework } from '../factories/example-files';
import { fillWorkbook } from '../factories/fill-workbook';
import { createAssessment, readStoredAssessments } from './app-actions';
import {
  findAccessibilityViolations,
  launchBrowser,
  openContext,
  saveScreenshot,
  waitForApp,
} from './browser';

// The preview's every case (rows that cannot be read, refusals, what lands where) is specified in
// tests/integration/team/respondent-files.test.tsx (jsdom). Here, in a real browser, the whole
// round: exceljs loaded as a chunk of its own and writing a real download, the workbook filled in
// by the same library as Excel would, respondents answering in their own browsers from their
// files, and the coordinator's screens after the answers are in.

const baseUrl = inject('baseUrl');
const directory = mkdtempSync(join(tmpdir(), 'icf-team-'));
const framework = readBundledFramework();
const storedAssessment = async (page: Page, id: string) =>
  (await readStoredAssessments(page))[id] as Assessment | undefined;
const prompt = (id: string) =>
  framework.criteria.flatMap((c) => c.questions).find((q) => q.id === id)?.prompt.en ?? id;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openApp(): Promise<{ page: Page; errors: string[] }> {
  const context = await openContext(browser, {
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(baseUrl);
  await waitForApp(page);
  return { page, errors };
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(directory, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function downloadFor(page: Page, name: string, kind: 'Excel workbook' | 'JSON file for the app') {
  const files = page.getByText(`Files for ${name}`);
  if ((await files.locator('..').getAttribute('open')) === null) await files.click();
  return download(page, () => page.getByRole('button', { name: `${kind}: ${name}` }).click());
}

/** A respondent in a browser of their own: opens the file, answers as themselves, sends the file back. */
async function answerInTheApp(
  packPath: string,
  name: string,
  levels: Record<string, RegExp>,
): Promise<string> {
  const { page, errors } = await openApp();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import files…' }).click(),
  ]);
  await chooser.setFiles(packPath);
  await page.getByRole('heading', { level: 1, name: `Questions for ${name}` }).waitFor();
  await page.getByRole('button', { name: 'Start answering' }).click();
  await page.getByRole('heading', { level: 1, name: 'Broadband' }).waitFor();
  await expect(page.getByRole('combobox', { name: 'Answering as' }).inputValue()).resolves.not.toBe('');
  for (const [questionId, level] of Object.entries(levels)) {
    await page
      .getByRole('region', { name: prompt(questionId), exact: true })
      .getByRole('radio', { name: level })
      .check();
  }
  await page.getByText('All changes saved').waitFor();
  await page.getByRole('link', { name: /^Team/ }).first().click();
  await page.getByRole('heading', { level: 1, name: /^Team: / }).waitFor();
  const returned = await downloadFor(page, name, 'JSON file for the app');
  expect(errors).toEqual([]);
  await page.context().close();
  return returned;
}

// One round, in the order it happens; each step is a test of its own (with its own time allowance)
// and hands what it made to the next.
describe.sequential('a team’s assessment answered through workbooks and files', () => {
  let page: Page;
  let errors: string[];
  const requests: string[] = [];
  let id = '';
  const files: Record<'filled' | 'minhPack' | 'hoangPack' | 'minhReturned' | 'hoangReturned', string> = {
    filled: '',
    minhPack: '',
    hoangPack: '',
    minhReturned: '',
    hoangReturned: '',
  };

  it('the coordinator adds three respondents and exports a workbook, exceljs loaded only then', async () => {
    ({ page, errors } = await openApp());
    page.on('request', (request) => requests.push(request.url()));
    await createAssessment(page, 'Tỉnh Ví Dụ', '2025');
    id = /#\/assessments\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    await page.goto(`${baseUrl}#/assessments/${id}/team`);
    await page.getByRole('heading', { level: 1, name: 'Team: Tỉnh Ví Dụ 2025' }).waitFor();
    for (const [name, organisation] of [
      ['Nguyễn Thị Lan', 'Sở Thông tin và Truyền thông'],
      ['Trần Văn Minh', 'Sở Khoa học và Công nghệ'],
      ['Lê Hoàng', 'Văn phòng UBND tỉnh'],
    ] as const) {
      const form = page.getByRole('region', { name: 'Add a respondent' });
      await form.getByLabel('Name').fill(name);
      await form.getByLabel('Organisation or department').fill(organisation);
      await form.getByRole('button', { name: 'Add respondent' }).click();
      await page.getByRole('heading', { level: 3, name }).waitFor();
    }
    expect(requests.filter((url) => url.includes('exceljs.bare'))).toHaveLength(0);
    const workbookPath = await downloadFor(page, 'Nguyễn Thị Lan', 'Excel workbook');
    expect(requests.filter((url) => url.includes('exceljs.bare'))).toHaveLength(1);
    expect(workbookPath).toMatch(/tinh-vi-du-2025-nguyen-thi-lan-en\.xlsx$/);
    await saveScreenshot(page, 'team-files-en');
    // Filled in with the same library, as Excel stores what a person types.
    files.filled = join(directory, 'filled-by-lan.xlsx');
    writeFileSync(
      files.filled,
      await fillWorkbook(readFileSync(workbookPath), {
        'broadband.provider-choice': {
          answer: '4 · Leading',
          notes: 'Bốn nhà mạng cáp quang',
          'data year': 2024,
        },
        'broadband.vision-plan': { answer: 3 },
        'broadband.availability': { answer: 0.92, percent: true, 'data quality': 'Measured' },
        'broadband.deployment-policies': { answer: 'dig-once, shared-infrastructure' },
        'broadband.accountable-official': { answer: 9 },
      }),
    );
    files.minhPack = await downloadFor(page, 'Trần Văn Minh', 'JSON file for the app');
    files.hoangPack = await downloadFor(page, 'Lê Hoàng', 'JSON file for the app');
  });

  it('two respondents answer in their own browsers, from their files, and send them back', async () => {
    files.minhReturned = await answerInTheApp(files.minhPack, 'Trần Văn Minh', {
      'broadband.provider-choice': /^1 · /,
      'broadband.vision-plan': /^3 · /,
    });
    files.hoangReturned = await answerInTheApp(files.hoangPack, 'Lê Hoàng', {
      'broadband.provider-choice': /^2 · /,
      'broadband.vision-plan': /^3 · /,
    });
  });

  it('the coordinator previews the three files, and saves them only on confirmation', async () => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByText('Import returned files…').click(),
    ]);
    await chooser.setFiles([files.filled, files.minhReturned, files.hoangReturned]);
    const workbookPreview = page.getByRole('region', { name: 'filled-by-lan.xlsx' });
    await workbookPreview.getByText('Answers of Nguyễn Thị Lan', { exact: true }).waitFor();
    await workbookPreview.getByText(/^Row \d+, column answer: expected a level from 0 to 4$/).waitFor();
    await page
      .getByRole('region', { name: 'tinh-vi-du-2025-tran-van-minh.json' })
      .getByText('Answers of Trần Văn Minh', { exact: true })
      .waitFor();
    expect((await storedAssessment(page, id))?.responses).toBeUndefined();
    await saveScreenshot(page, 'team-returned-preview-en');
    await page.getByRole('button', { name: 'Save the answers of 3 files' }).click();
    await page.getByText('The answers of Nguyễn Thị Lan, Trần Văn Minh, Lê Hoàng were saved.').waitFor();
    const stored = await storedAssessment(page, id);
    const [lan, minh, hoang] = (stored?.respondents ?? []).map((respondent) => respondent.id);
    expect(stored?.responses).toMatchObject({
      [String(lan)]: {
        'broadband.provider-choice': { value: 4, notes: 'Bốn nhà mạng cáp quang', dataYear: 2024 },
        'broadband.availability': { value: 92, dataQuality: 'measured' },
      },
      [String(minh)]: { 'broadband.provider-choice': { value: 1 } },
      [String(hoang)]: { 'broadband.provider-choice': { value: 2 } },
    });
  });

  it('shows the contested questions and the band radar', async () => {
    await page.getByRole('heading', { level: 2, name: /contested question/ }).waitFor();
    await expect(page.locator('.contested__item').first().textContent()).resolves.toContain(
      prompt('broadband.provider-choice'),
    );
    await page.getByRole('table', { name: /lowest and highest score across respondents/ }).waitFor();
    expect(await page.locator('.team__bands svg').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'team-page-en');
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('sets the answers side by side on the question, and a decision changes the score', async () => {
    await page.goto(`${baseUrl}#/assessments/${id}/broadband/broadband.provider-choice`);
    const card = page.getByRole('region', { name: prompt('broadband.provider-choice'), exact: true });
    const side = card.getByRole('group', { name: 'Respondents’ answers (3 of 3)' });
    await side.getByText('Not decided: by the default rule, from 3 answers, 2 · Developing.').waitFor();
    const undecided = await storedAssessment(page, id);
    if (!undecided) throw new Error('the assessment is not stored');
    await side.getByRole('button', { name: 'Use the answer of Nguyễn Thị Lan' }).click();
    await side.getByText('Decided: 4 · Leading.').waitFor();
    const decided = await storedAssessment(page, id);
    if (!decided) throw new Error('the assessment is not stored');
    expect(decided.answers['broadband.provider-choice']).toMatchObject({ value: 4 });
    expect(scoreAssessment(framework, decided).overall).not.toBe(
      scoreAssessment(framework, undecided).overall,
    );
    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith(baseUrl))).toBe(true);
  });
});
