import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { STORAGE_KEY } from '../../src/persistence/persisted-state';
import { createAssessment } from './app-actions';
import { findAccessibilityViolations, launchBrowser, openContext, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');
const directory = mkdtempSync(join(tmpdir(), 'icf-files-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openList(locale = 'en-GB', width = 1280): Promise<Page> {
  const context = await openContext(browser, {
    locale,
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

async function answerFirstLevels(page: Page, step: string, level: number): Promise<void> {
  await page.goto(page.url().replace(/\/[a-z-]+$/, `/${step}`));
  const cards = page.locator('.question-card');
  await cards.first().waitFor();
  for (let n = 0; n < 3; n += 1) await cards.nth(n).locator('.choices input[type=radio]').nth(level).check();
  await page.locator('.save-indicator--saved').waitFor();
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(directory, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const storedAssessments = (page: Page) =>
  page.evaluate((key) => {
    const saved = JSON.parse(window.localStorage.getItem(key) ?? '{"state":{"assessments":{}}}') as {
      state: { assessments: Record<string, { assessment: unknown }> };
    };
    return Object.fromEntries(Object.entries(saved.state.assessments).map(([id, s]) => [id, s.assessment]));
  }, STORAGE_KEY);

async function importFiles(page: Page, paths: string[]): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(paths);
  await page.getByRole('dialog', { name: 'Import assessments' }).waitFor();
}

describe('files in and out', () => {
  it('exports an assessment, imports it back after deleting it, and finds it identical', async () => {
    const page = await openList();
    await createAssessment(page, 'Huế', '2025');
    await answerFirstLevels(page, 'innovation', 3);
    await page.goto(baseUrl);
    const [id, before] = Object.entries(await storedAssessments(page))[0] ?? [];
    const path = await download(page, () => page.getByRole('button', { name: 'Export: Huế 2025' }).click());
    expect(path).toMatch(/hue-2025\.json$/);

    await page.getByRole('button', { name: 'Delete: Huế 2025' }).click();
    await page
      .getByRole('dialog', { name: 'Delete the assessment?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.getByText('“Huế” was deleted.').waitFor();
    await importFiles(page, [path]);
    await expect(page.getByRole('dialog').textContent()).resolves.toContain('Huế 2025');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import 1 assessment' }).click();
    await page.getByText('1 assessment imported.').waitFor();
    await page.locator('.save-indicator--saved').waitFor();
    const after = (await storedAssessments(page))[id ?? ''] as Record<string, unknown>;
    const { updatedAt: _a, ...restAfter } = after;
    const { updatedAt: _b, ...restBefore } = before as Record<string, unknown>;
    expect(restAfter).toEqual(restBefore);
    await page.context().close();
  });

  it('keeps both when an imported assessment already exists', async () => {
    const page = await openList();
    await createAssessment(page, 'Đà Lạt', '2024');
    await page.goto(baseUrl);
    const path = await download(page, () =>
      page.getByRole('button', { name: 'Export: Đà Lạt 2024' }).click(),
    );
    await importFiles(page, [path]);
    const dialog = page.getByRole('dialog', { name: 'Import assessments' });
    await dialog.getByText('already in this browser').waitFor();
    await dialog.getByRole('radio', { name: 'Keep both' }).check();
    await dialog.getByRole('button', { name: 'Import 1 assessment' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Đà Lạt 2024' }).count()).toBe(2);
    await page.context().close();
  });

  it('refuses every kind of bad file with a message saying what and where, and changes nothing', async () => {
    const page = await openList();
    await createAssessment(page, 'Sóc Trăng', '2025');
    await page.goto(baseUrl);
    const before = await storedAssessments(page);
    const valid = JSON.parse(
      readFileSync(join(import.meta.dirname, '../fixtures/assessments/partial.json'), 'utf8'),
    ) as Record<string, Record<string, unknown>>;
    const bad: [string, string, RegExp][] = [
      ['not-json.json', '{ "format": ', /This is not a JSON file/],
      ['other-format.json', '{"lighthouseVersion": "12"}', /This is not an ICF self-assessment file/],
      ['newer.json', JSON.stringify({ ...valid, formatVersion: 9 }), /made by a newer version of the app/],
      [
        'missing.json',
        JSON.stringify({ ...valid, assessment: { id: 'x', answers: {} } }),
        /assessment\.profile/,
      ],
      [
        'wrong-type.json',
        JSON.stringify({
          ...valid,
          assessment: { ...valid.assessment, answers: { 'broadband.availability': { value: 'lots' } } },
        }),
        /broadband\.availability.*expected a percentage/,
      ],
      [
        'out-of-range.json',
        JSON.stringify({
          ...valid,
          assessment: { ...valid.assessment, answers: { 'broadband.isp-competition': { value: 9 } } },
        }),
        /expected a level, a whole number from 0 to 4, got 9/,
      ],
      [
        'control.json',
        JSON.stringify({ ...valid, assessment: { ...valid.assessment, profile: { name: 'Bad\u0007name' } } }),
        /assessment\.profile\.name/,
      ],
      ['big.json', ' '.repeat(5 * 1024 * 1024 + 10), /larger than 5 MB/],
    ];
    const paths = bad.map(([name, content]) => {
      const path = join(directory, name);
      writeFileSync(path, content);
      return path;
    });
    await importFiles(page, paths);
    const dialog = page.getByRole('dialog', { name: 'Import assessments' });
    for (const [name, , message] of bad) {
      await expect(dialog.getByRole('region', { name }).textContent(), name).resolves.toMatch(message);
    }
    await expect(dialog.getByRole('button', { name: /^Import/ }).isDisabled()).resolves.toBe(true);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await storedAssessments(page)).toEqual(before);
    await page.context().close();
  });

  it('exports the scores as CSV with a byte-order mark, Vietnamese intact', async () => {
    const page = await openList();
    await page.getByRole('button', { name: 'Explore the example: Bình Dương 2023' }).click();
    await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
    await page.goto(baseUrl);
    const path = await download(page, () =>
      page.getByRole('button', { name: 'Export scores (CSV)' }).click(),
    );
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Bình Dương');
    expect(text.split('\r\n')[1]).toMatch(/,51\.69,Developing$/);
    await page.context().close();
  });
});

describe('compare', () => {
  it('compares three assessments and ranks them, then exports the comparison PDF', async () => {
    const page = await openList();
    for (const [name, level] of [
      ['Alpha City', 4],
      ['Beta Town', 1],
      ['Gamma Province', 2],
    ] as const) {
      await page.goto(baseUrl);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await createAssessment(page, name, '2025');
      await answerFirstLevels(page, 'innovation', level);
    }
    await page.goto(`${baseUrl}#/compare`);
    await page.getByRole('heading', { level: 1, name: 'Compare assessments' }).waitFor();
    for (const name of ['Alpha City 2025', 'Beta Town 2025', 'Gamma Province 2025']) {
      await page.getByRole('checkbox', { name }).check();
    }
    await expect(page.locator('.ranking li').allTextContents()).resolves.toEqual([
      '1. Alpha City 2025: 100.0 (Leading)',
      '2. Gamma Province 2025: 50.0 (Developing)',
      '3. Beta Town 2025: 25.0 (Emerging)',
    ]);
    await page.getByText(/have provisional criteria/).waitFor();
    await expect(page.locator('.radar__legend li').count()).resolves.toBe(3);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'compare-en');
    const path = await download(page, () =>
      page.getByRole('button', { name: 'Export the comparison PDF' }).click(),
    );
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Comparison of 3 assessments');
    expect(text).toContain('Gamma Province 2025');

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'So sánh các bản đánh giá' }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'compare-vi');
    await page.getByLabel('Ngôn ngữ báo cáo').selectOption('vi');
    const viPath = await download(page, () =>
      page.getByRole('button', { name: 'Xuất báo cáo so sánh PDF' }).click(),
    );
    expect(execFileSync('pdftotext', ['-layout', viPath, '-'], { encoding: 'utf8' })).toContain(
      'So sánh 3 bản đánh giá',
    );
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'compare-vi-375');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('share links', () => {
  it('opens a link in a fresh browser, read-only, and imports it', async () => {
    const page = await openList();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await createAssessment(page, 'Vũng Tàu', '2025');
    await answerFirstLevels(page, 'advocacy', 3);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Copy link: Vũng Tàu 2025' }).click();
    await page.getByText(/A link holding “Vũng Tàu” was copied/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#\/share\/[A-Za-z0-9_-]+$/);
    await page.context().close();

    const fresh = await openList('vi-VN');
    await fresh.goto(link);
    await fresh
      .getByRole('heading', { level: 1, name: 'Bản đánh giá được chia sẻ: Vũng Tàu 2025' })
      .waitFor();
    expect(await storedAssessments(fresh)).toEqual({});
    expect(await findAccessibilityViolations(fresh)).toEqual([]);
    await fresh.getByRole('button', { name: 'Nhập vào danh sách của tôi' }).click();
    await fresh.getByRole('heading', { level: 1, name: 'Kết quả: Vũng Tàu 2025' }).waitFor();
    await expect(fresh.locator('tr[data-criterion="advocacy"] td').first().textContent()).resolves.toMatch(
      /^75,0/,
    );
    await fresh.context().close();
  });

  it('says so when a link is damaged, and changes nothing', async () => {
    const page = await openList();
    await page.goto(`${baseUrl}#/share/not-a-real-payload`);
    await page.getByRole('heading', { level: 1, name: 'This link cannot be opened' }).waitFor();
    expect(await storedAssessments(page)).toEqual({});
    await page.context().close();
  });
});
