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
