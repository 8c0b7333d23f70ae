import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { runCli } from '../../src/cli/run-cli';
import { STORAGE_KEY } from '../../src/persistence/persisted-state';
import { findAccessibilityViolations, launchBrowser, openContext, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');
const criteriaDirectory = join(import.meta.dirname, '../../criteria');
const EXAMPLE = 'example-binh-duong-2023';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

type CliScores = { overall: number; band: string; criteria: { id: string; score: number | null }[] };

/** What the CLI says of the assessment as this browser holds it, exported to a file. */
async function scoreWithCli(page: Page, weights?: Record<string, number>): Promise<CliScores> {
  await page.locator('.save-indicator--saved').waitFor();
  const assessment = await page.evaluate(
    ([key, id]) => {
      const saved = JSON.parse(window.localStorage.getItem(key) ?? '{}') as {
        state: { assessments: Record<string, { assessment: unknown }> };
      };
      return saved.state.assessments[id]?.assessment;
    },
    [STORAGE_KEY, EXAMPLE] as const,
  );
  const file = {
    format: 'icf-self-assessment',
    formatVersion: 1,
    framework: { id: 'icf-six-criteria', version: '1.0.0' },
    assessment: { ...(assessment as object), ...(weights ? { weights } : {}) },
  };
  const path = join(mkdtempSync(join(tmpdir(), 'icf-results-')), 'export.json');
  writeFileSync(path, JSON.stringify(file));
  const result = runCli(['score', path], { criteriaDirectory });
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as CliScores;
}

async function openExampleResults(locale: string, width = 1280): Promise<Page> {
  const context = await openContext(browser, { locale, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator('.page-heading .button').nth(1).click();
  await page.locator('.walk-through__results').click();
  await page.locator('.radar__series').first().waitFor();
  return page;
}

const oneDecimal = (value: number | null, locale: string) =>
  value === null
    ? '—'
    : new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

const cell = (page: Page, criterion: string, column: number) =>
  page.locator(`tr[data-criterion="${criterion}"] td`).nth(column).textContent();

describe('the results screen', () => {
  it("shows the same numbers as the CLI's score of the exported file", async () => {
    const page = await openExampleResults('en-GB');
    const cli = await scoreWithCli(page);
    await expect(page.locator('.overall__number').textContent()).resolves.toBe(oneDecimal(cli.overall, 'en'));
    await expect(page.locator('.overall__band').textContent()).resolves.toBe('Developing');
    for (const criterion of cli.criteria) {
      await expect(cell(page, criterion.id, 0)).resolves.toMatch(
        new RegExp(`^${oneDecimal(criterion.score, 'en')}`),
      );
    }
    await expect(
      page.getByText('Equal weights, as ICF weighs its six factors').first().isVisible(),
    ).resolves.toBe(true);
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'results-en');
    await page.context().close();
  });

  it('re-scores live when a weight changes, and marks the weights as custom', async () => {
    const page = await openExampleResults('en-GB');
    const slider = page.getByLabel(/^Weight of Broadband/);
    await slider.focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight'); // 1 → 2
    await page.getByLabel('Weight of Broadband: 2').waitFor();
    const cli = await scoreWithCli(page, {
      broadband: 2,
      'knowledge-workforce': 1,
      innovation: 1,
      'digital-equality': 1,
      sustainability: 1,
      advocacy: 1,
    });
    await expect(page.locator('.overall__number').textContent()).resolves.toBe(oneDecimal(cli.overall, 'en'));
    await page.getByText("Custom weights: not ICF's equal weighting").first().waitFor();
    await page.reload();
    await page.locator('.radar__series').first().waitFor();
    await expect(page.locator('.overall__number').textContent()).resolves.toBe(oneDecimal(cli.overall, 'en'));
    await page.getByRole('button', { name: 'Reset to equal weights' }).click();
    const equal = await scoreWithCli(page);
    await expect(page.locator('.overall__number').textContent()).resolves.toBe(
      oneDecimal(equal.overall, 'en'),
    );
    await page.context().close();
  });

  it('draws a target on the chart and gives its gap in the table', async () => {
    const page = await openExampleResults('en-GB');
    const dashed = page.locator('.radar__series[stroke-dasharray="8 5"]');
    const before = await dashed.evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join(' '));
    await page.getByLabel('Target for Advocacy and community engagement').fill('95');
    await expect.poll(() => cell(page, 'advocacy', 4)).toMatch(/^95\.0 \(\+9\.9\)$/);
    // Sustainability already had a target: the dashed line now runs on to Advocacy.
    const after = await dashed.evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join(' '));
    expect(after.split(/[ML]/).length).toBe(before.split(/[ML]/).length + 1);
    await page.getByLabel('Target for Broadband').fill('150');
    await page.getByText('Enter a target score from 0 to 100.').waitFor();
    await page.context().close();
  });

  it('lists the improvement opportunities, each linking to its question', async () => {
    const page = await openExampleResults('en-GB');
    const items = page.locator('.opportunities li');
    await expect(items.count()).resolves.toBe(10);
    await items.first().getByRole('link').click();
    await page.locator('.question-card:focus').waitFor();
    expect(page.url()).toMatch(/#\/assessments\/example-binh-duong-2023\/[a-z-]+\/[a-z-]+\.[a-z-]+$/);
    await page.context().close();
  });

  it('works in Vietnamese, at desktop and phone width, with no accessibility violations', async () => {
    for (const width of [1280, 375]) {
      const page = await openExampleResults('vi-VN', width);
      await page.getByRole('heading', { level: 1, name: 'Kết quả: Bình Dương 2023' }).waitFor();
      await expect(page.locator('.overall__band').textContent()).resolves.toBe('Đang phát triển');
      await expect(page.locator('.radar').textContent()).resolves.toContain('Bản đánh giá này');
      await expect(page.locator('.score-table').textContent()).resolves.toContain('Đổi mới sáng tạo');
      expect(await findAccessibilityViolations(page), `vi ${width}`).toEqual([]);
      await saveScreenshot(page, `results-vi-${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    }
    const page = await openExampleResults('en-GB', 375);
    expect(await findAccessibilityViolations(page), 'en 375').toEqual([]);
    await saveScreenshot(page, 'results-en-375');
    await page.context().close();
  });

  it('explains the method in both languages', async () => {
    const context = await openContext(browser, { locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/method`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.locator('.method').textContent()).resolves.toContain('Trọng số');
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'How the self-assessment is scored' }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the PDF export', () => {
  it('downloads the report in the chosen language, whatever the screen language', async () => {
    const page = await openExampleResults('en-GB');
    await page.getByLabel('Report language').selectOption('vi');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the PDF report' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('binh-duong-2023-vi.pdf');
    const path = join(mkdtempSync(join(tmpdir(), 'icf-download-')), download.suggestedFilename());
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Bình Dương 2023');
    expect(text).toContain('Bình đẳng tiếp cận kỹ thuật số');
    expect(text).toContain('Cơ hội cải thiện');
    await page.getByText('The report binh-duong-2023-vi.pdf has been downloaded.').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
