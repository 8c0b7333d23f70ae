import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

/** Creates an assessment from the list, as a user does, and waits for its profile step. */
export async function createAssessment(page: Page, name: string, year: string): Promise<void> {
  await page.getByRole('button', { name: 'New assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await dialog.getByLabel('Community name').fill(name);
  await dialog.getByLabel('Year assessed').fill(year);
  await dialog.getByRole('button', { name: 'Create and start' }).click();
  await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
}

/**
 * What the browser's storage holds now, read as a user would get it out: a second tab of the same
 * browser opens the list and downloads "Export all". What a reload would show, without reloading.
 */
export async function readStoredAssessments(page: Page): Promise<Record<string, Record<string, unknown>>> {
  const reader = await page.context().newPage();
  const url = new URL(page.url());
  await reader.goto(`${url.origin}${url.pathname}#/`);
  const button = reader.getByRole('button', { name: /^(Export all|Xuất tất cả) \(JSON\)$/ });
  await button.waitFor();
  if (await button.isDisabled()) {
    await reader.close();
    return {};
  }
  const [download] = await Promise.all([reader.waitForEvent('download'), button.click()]);
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as { assessments: Record<string, unknown>[] };
  await reader.close();
  return Object.fromEntries(file.assessments.map((assessment) => [String(assessment.id), assessment]));
}

/** Opens the illustrative example from the list, as a user does, and waits for its first step. */
export async function openExample(page: Page, locale: string): Promise<void> {
  const vi = locale.startsWith('vi');
  await page
    .getByRole('button', { name: vi ? 'Xem ví dụ: Bình Dương 2023' : 'Explore the example: Bình Dương 2023' })
    .click();
  await page.getByRole('link', { name: vi ? 'Xem kết quả' : 'See the results' }).waitFor();
}
