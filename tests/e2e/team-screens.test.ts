import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { startTeamServerProcess, type TeamServerProcess } from '../team-sync/team-server-process';
import { createAssessment } from './app-actions';
import { findAccessibilityViolations, launchBrowser, saveScreenshot } from './browser';
import { CONNECTED, openBroadband, openPerson, readAssessmentId } from './team-sync-actions';

const baseUrl = inject('baseUrl');

let browser: Browser;
let server: TeamServerProcess;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTeamServerProcess()]);
});
afterAll(async () => {
  await Promise.all([browser.close(), server.stop()]);
});

/** Axe finds nothing on the page in either language; each is saved for a person to look at. */
async function checkInBothLanguages(page: Page, name: string, width: number, fullPage = true): Promise<void> {
  for (const [language, button] of [
    ['vi', 'Tiếng Việt'],
    ['en', 'English'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.locator(`html[lang="${language}"]`).waitFor();
    expect(await findAccessibilityViolations(page), `${name} (${language})`).toEqual([]);
    await saveScreenshot(page, `${name}-${language}-${width}`, { fullPage });
  }
}

// The tests of one width follow one team from its start: each takes the pages where the one
// before left them, so that no single test sweeps all four screens (eight axe runs).
describe.each([1280, 375])('the team screens at %i px', (width) => {
  let lan: Page;
  let minh: Page;
  let link: string;

  beforeAll(async () => {
    [lan, minh] = await Promise.all([
      openPerson(browser, 'en-GB', width),
      openPerson(browser, 'en-GB', width),
    ]);
  });
  afterAll(async () => {
    await Promise.all([lan.context().close(), minh.context().close()]);
  });

  it('has no accessibility violations in either language on the start of a team, its address missing', async () => {
    await lan.goto(baseUrl);
    await createAssessment(lan, 'Thừa Thiên Huế', '2026');
    await lan.getByRole('link', { name: 'Work with your team' }).click();
    await lan.getByRole('heading', { level: 1, name: /^Work with your team/ }).waitFor();
    await lan.getByRole('button', { name: 'Make the team link' }).click();
    await lan.getByText("Enter the team server's address.").waitFor();
    await checkInBothLanguages(lan, 'team-start', width);
  });

  it('has no accessibility violations in either language on the page that joins a team', async () => {
    await lan.getByLabel('Your name').fill('Lan');
    await lan.getByLabel('Team server address').fill(server.url);
    await lan.getByRole('button', { name: 'Make the team link' }).click();
    await lan.getByText(CONNECTED).waitFor();
    link = await lan.getByLabel('Team link').inputValue();

    await minh.goto(link);
    await minh.getByRole('heading', { level: 1, name: 'Join a team' }).waitFor();
    await checkInBothLanguages(minh, 'team-join', width);
  });

  it('has no accessibility violations in either language on the team page and on a step with its team bar', async () => {
    await minh.getByLabel('Your name').fill('Minh');
    await minh.getByRole('button', { name: 'Join the team' }).click();
    await minh.getByText(CONNECTED).waitFor();

    await lan.getByText('Minh: Community profile').waitFor();
    await checkInBothLanguages(lan, 'team-page', width);
    await openBroadband(minh, baseUrl, readAssessmentId(minh));
    await minh.getByText('Lan: the team page').waitFor();
    // The step is long: what a person sees first, with the team bar, is what matters here.
    await checkInBothLanguages(minh, 'team-bar', width, false);
  });
});
