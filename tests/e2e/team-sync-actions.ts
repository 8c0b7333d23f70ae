import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';

import type { Criterion } from '../../src/domain/criteria/criterion-schema';
import { createAssessment } from './app-actions';
import { openContext } from './browser';

// Read as a file, not through the bundled criteria (a Vite import), so the benchmark can use these too.
const BROADBAND = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../criteria/broadband.json'), 'utf8'),
) as Criterion;
const levelQuestions = BROADBAND.questions.filter((q) => q.type === 'level');
if (levelQuestions.length < 3) throw new Error('broadband has fewer than three level questions');
export const LEVEL_QUESTIONS = levelQuestions.slice(0, 3).map((q) => ({ id: q.id, prompt: q.prompt.en }));

export const CONNECTED = 'Team: connected, every change is on the server';

/** A fresh browser profile (its own storage) with one page. */
export async function openPerson(browser: Browser, locale = 'en-GB', width = 1280): Promise<Page> {
  const context = await openContext(browser, {
    locale,
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  return context.newPage();
}

/** The question's card on the step shown, found by its prompt. */
export function questionCard(page: Page, prompt: string) {
  return page.getByRole('region', { name: prompt, exact: false }).filter({ hasText: prompt }).first();
}

/**
 * Picks a level for a question of the step shown, as a user clicks it. A click, not a check: a
 * teammate's choice of the same answer may arrive at once and win, which a check would call a failure.
 */
export async function chooseLevel(page: Page, prompt: string, level: number): Promise<void> {
  await questionCard(page, prompt)
    .getByRole('radio', { name: new RegExp(`^${level} · `) })
    .click();
}

/** The level a question shows as chosen, or null. */
export async function readLevel(page: Page, prompt: string): Promise<number | null> {
  const radios = questionCard(page, prompt).getByRole('radio', { name: /^\d · / });
  for (let level = 0; level <= 4; level += 1) {
    if (await radios.nth(level).isChecked()) return level;
  }
  return null;
}

/**
 * Lan's side: a new assessment, "Work with your team", her name and the server's address; the page
 * reloads once (its policy must name the server) and shows the link. Returns the link.
 */
export async function startTeam(
  page: Page,
  baseUrl: string,
  serverUrl: string,
  name = 'Lan',
): Promise<string> {
  await page.goto(baseUrl);
  await createAssessment(page, 'Thừa Thiên Huế', '2026');
  await page.getByRole('link', { name: 'Work with your team' }).click();
  await page.getByRole('heading', { level: 1, name: /^Work with your team/ }).waitFor();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Team server address').fill(serverUrl);
  await page.getByRole('button', { name: 'Make the team link' }).click();
  await page.getByText(CONNECTED).waitFor();
  return page.getByLabel('Team link').inputValue();
}

/** Someone else's side: opens the link, reads what joining does, gives a name and joins. */
export async function joinTeam(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Join a team' }).waitFor();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
  await page.getByText(CONNECTED).waitFor();
}

/** The assessment's id, from the address of one of its screens. */
export function readAssessmentId(page: Page): string {
  const id = /#\/assessments\/([^/]+)\//.exec(page.url())?.[1];
  if (!id) throw new Error(`not on an assessment's screen: ${page.url()}`);
  return id;
}

/** Opens the broadband step of the assessment. */
export async function openBroadband(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}#/assessments/${id}/broadband`);
  await page.getByRole('heading', { level: 1, name: 'Broadband' }).waitFor();
}
