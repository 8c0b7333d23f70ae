import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser, openContext } from './browser';

// The recovery files' round trip is specified in tests/integration/import/recovery-file.test.tsx
// (jsdom). Here only what needs a real browser: a screen that really crashes, a real download, and
// that file chosen in another browser profile.

const baseUrl = inject('baseUrl');
const directory = mkdtempSync(join(tmpdir(), 'icf-recovery-'));
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/assessments', name);
const example = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../src/example/binh-duong-2023.en.json'), 'utf8'),
) as { assessment: Record<string, unknown> };
const complete = JSON.parse(readFileSync(fixture('complete.json'), 'utf8')) as {
  assessment: Record<string, unknown>;
};
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openList(): Promise<Page> {
  const context = await openContext(browser, {
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
  return page;
}

async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import files…' }).click(),
  ]);
  await chooser.setFiles(paths);
}

const withoutUpdatedAt = ({ updatedAt: _updatedAt, ...rest }: Record<string, unknown>) => rest;

describe('the crash screen’s download', () => {
  it('is a file that another browser imports back, every assessment as it was', async () => {
    const page = await openList();
    await page.getByRole('button', { name: 'Explore the example: Bình Dương 2023' }).click();
    await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    await chooseFiles(page, [fixture('complete.json')]);
    const dialog = page.getByRole('dialog', { name: 'Import assessments' });
    await dialog.getByRole('button', { name: 'Import 1 assessment' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // From now on no number can be formatted: the results screen crashes as it renders.
    await page.evaluate(() => {
      // `format` is a getter in the ECMA-402 spec, so it is redefined rather than assigned.
      Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
        configurable: true,
        get: () => () => {
          throw new Error('numbers cannot be formatted');
        },
      });
      window.location.hash = '#/assessments/example-binh-duong-2023/results';
    });
    await page.getByRole('heading', { level: 1, name: 'Something went wrong on this screen' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download all my data' }).click(),
    ]);
    const path = join(directory, download.suggestedFilename());
    await download.saveAs(path);
    await page.context().close();

    const fresh = await openList();
    await chooseFiles(fresh, [path]);
    const preview = fresh.getByRole('dialog', { name: 'Import assessments' });
    await preview.getByRole('button', { name: 'Import 2 assessments' }).click();
    await fresh.getByText('2 assessments imported.').waitFor();
    for (const title of ['Bình Dương 2023', 'Thành phố Ví Dụ 2024']) {
      await fresh.getByRole('heading', { level: 2, name: title }).waitFor();
    }
    expect(download.suggestedFilename()).toMatch(/^icf-self-assessments-recovery-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { assessments: Record<string, unknown>[] };
    expect(
      file.assessments.map(withoutUpdatedAt).sort((a, b) => String(a.id).localeCompare(String(b.id))),
    ).toEqual([complete.assessment, example.assessment].map(withoutUpdatedAt));
    await fresh.context().close();
  });
});
