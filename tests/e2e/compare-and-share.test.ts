import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { readStoredAssessments } from './app-actions';
import {
  findAccessibilityViolations,
  launchBrowser,
  openContext,
  saveScreenshot,
  waitForApp,
} from './browser';

// The import preview (new or existing, Keep both / Replace, every kind of bad file), the comparison
// (choosing, baseline, ranking, weights, warnings) and the shared page (read-only, import, damaged
// link) are specified in tests/integration/import and tests/integration/compare (jsdom). Here only
// what needs a real browser: files downloaded and read back, the PDF, the clipboard and a link
// opened in a fresh browser, storage, axe and the layout at phone width.

const baseUrl = inject('baseUrl');
const directory = mkdtempSync(join(tmpdir(), 'icf-files-'));
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/assessments', name);
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
  await waitForApp(page);
  return page;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(directory, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const storedAssessments = readStoredAssessments;

const withoutUpdatedAt = ({ updatedAt: _updatedAt, ...rest }: Record<string, unknown>) => rest;

/** Chooses files with the list's "Import files…" button, as a user does, and confirms the preview. */
async function importFiles(page: Page, paths: string[], confirm: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import files…' }).click(),
  ]);
  await chooser.setFiles(paths);
  const dialog = page.getByRole('dialog', { name: 'Import assessments' });
  await dialog.getByRole('button', { name: confirm }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('files in and out', () => {
  it('exports an assessment, imports it back after deleting it, and finds it identical', async () => {
    const page = await openList();
    await importFiles(page, [fixture('complete.json')], 'Import 1 assessment');
    await expect.poll(async () => Object.keys(await storedAssessments(page))).toEqual(['complete-example']);
    const before = (await storedAssessments(page))['complete-example'] ?? {};
    const path = await download(page, () =>
      page.getByRole('button', { name: 'Export: Thành phố Ví Dụ 2024' }).click(),
    );
    expect(path).toMatch(/thanh-pho-vi-du-2024\.json$/);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ assessment: { id: 'complete-example' } });

    await page.getByRole('button', { name: 'Delete: Thành phố Ví Dụ 2024' }).click();
    await page
      .getByRole('dialog', { name: 'Delete the assessment?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.getByText('“Thành phố Ví Dụ” was deleted.').waitFor();
    await expect.poll(() => storedAssessments(page)).toEqual({});

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import files…' }).click(),
    ]);
    // With a bad file beside it, so axe sees the preview's refusal as well as its list.
    await chooser.setFiles([path, fixture('bad-values.json')]);
    const dialog = page.getByRole('dialog', { name: 'Import assessments' });
    await dialog.getByRole('region', { name: 'thanh-pho-vi-du-2024.json' }).waitFor();
    await dialog.getByRole('region', { name: 'bad-values.json' }).getByRole('alert').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import 1 assessment' }).click();
    await page.getByText('1 assessment imported.').waitFor();
    await expect
      .poll(async () => withoutUpdatedAt((await storedAssessments(page))['complete-example'] ?? {}))
      .toEqual(withoutUpdatedAt(before));
    await page.context().close();
  });

  it('exports the scores as CSV with a byte-order mark, Vietnamese intact', async () => {
    const page = await openList();
    await page.getByRole('button', { name: 'Explore the example: Bình Dương 2023' }).click();
    await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    const path = await download(page, () =>
      page.getByRole('button', { name: 'Export scores (CSV)' }).click(),
    );
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Bình Dương');
    // The overall's score, range low and high, coverage and provisional, then its band, empty while provisional.
    expect(text.split('\r\n')[1]).toMatch(
      /,\d+\.\d\d,\d+\.\d\d,\d+\.\d\d,[01]\.\d{4},(true,|false,\p{L}+)$/u,
    );
    await page.context().close();
  });
});

describe('compare', () => {
  const TITLES = ['Thành phố Ví Dụ 2024', 'Thị xã Thử Nghiệm 2025', 'Example'];

  /** Three assessments imported from files, all ticked on the compare screen. */
  async function openComparison(locale: string): Promise<Page> {
    const page = await openList(locale);
    await importFiles(
      page,
      ['complete.json', 'partial.json', 'method-example.json'].map(fixture),
      'Import 3 assessments',
    );
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare assessments' }).waitFor();
    for (const name of TITLES) await page.getByRole('checkbox', { name }).check();
    await page.getByRole('list', { name: 'Ranking under these weights' }).waitFor();
    // Recharts has measured the chart's box and drawn one line for each assessment.
    const chart = page.getByRole('img', { name: /^Radar chart/ });
    await expect.poll(() => chart.locator('svg path').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    return page;
  }

  it('draws three assessments on one chart with no accessibility violations, and exports the comparison PDF', async () => {
    const page = await openComparison('en-GB');
    await expect(page.getByRole('figure').getByRole('listitem').allTextContents()).resolves.toEqual(TITLES);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'compare-en');
    const path = await download(page, () =>
      page.getByRole('button', { name: 'Export the comparison PDF' }).click(),
    );
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Comparison of 3 assessments');
    expect(text).toContain('Thị xã Thử Nghiệm 2025');
    await page.context().close();
  });

  it('in Vietnamese, exports the comparison PDF in Vietnamese and fits a phone with no accessibility violations', async () => {
    const page = await openComparison('en-GB');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'So sánh các bản đánh giá' }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'compare-vi');
    await page.getByLabel('Ngôn ngữ báo cáo').selectOption('vi');
    const path = await download(page, () =>
      page.getByRole('button', { name: 'Xuất báo cáo so sánh PDF' }).click(),
    );
    expect(execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })).toContain(
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
  it('copies a link that opens in a fresh browser, read-only, and imports it', async () => {
    const page = await openList();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Explore the example: Bình Dương 2023' }).click();
    await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await page.getByRole('button', { name: 'Copy link: Bình Dương 2023' }).click();
    await page.getByText(/A link holding “Bình Dương” was copied/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#\/share\/[A-Za-z0-9_-]+$/);
    await page.context().close();

    const fresh = await openList('vi-VN');
    await fresh.goto(link);
    await fresh
      .getByRole('heading', { level: 1, name: 'Bản đánh giá được chia sẻ: Bình Dương 2023' })
      .waitFor();
    expect(await storedAssessments(fresh)).toEqual({});
    expect(await findAccessibilityViolations(fresh)).toEqual([]);
    await fresh.getByRole('button', { name: 'Nhập vào danh sách của tôi' }).click();
    await fresh.getByRole('heading', { level: 1, name: 'Kết quả: Bình Dương 2023' }).waitFor();
    await expect.poll(async () => Object.keys(await storedAssessments(fresh))).toHaveLength(1);
    await fresh.context().close();
  });
});
