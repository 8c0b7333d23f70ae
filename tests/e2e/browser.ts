import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium-flags';

/** Headless Debian Chromium; Playwright adds --headless and a fresh user data directory itself. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * How long one wait or action may take. A step takes well under a second on a quiet machine; the
 * margin is for a machine several times slower (CI beside other work), never a reason to wait.
 */
export const ACTION_TIMEOUT_MS = 30_000;

/**
 * A fresh browser context (its own storage) whose waits all allow for a slow machine. Its service
 * worker is blocked unless a test asks for it (`serviceWorkers: 'allow'`, as the offline test does):
 * installing it caches the whole app, 4.5 MB, in every context, which cost 40 % of the CPU of a
 * test's page load and tested nothing the test was about.
 */
export async function openContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  return context;
}

/**
 * axe's WCAG 2.1 A/AA violations on the page as it is now, summarised so a failure says what and
 * where. Only violations are described in full (`resultTypes`): every rule still runs on every
 * element, but axe no longer builds a selector and an HTML excerpt for each element that passed.
 *
 * axe runs in the page itself (`setLegacyMode`) rather than in parts gathered into a blank page it
 * opens for each check: the same rules on the same elements for 2.5 CPU-s a check instead of 5.7 on a
 * step of questions, measured here. What legacy mode gives up is frames of another origin, and the
 * app has no frames at all (its policy allows no other origin). Should one appear, axe would list it
 * under `frame-tested` among its incomplete results, which this check does not read.
 */
export async function findAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

export const SCREENSHOT_DIRECTORY = join(import.meta.dirname, '../../test-results/screenshots');

/**
 * Screenshots are for people to look at, not checks: `SCREENSHOTS=1 npm test` saves them
 * (test-results/screenshots/<name>.png); a plain run skips them, since a full-page capture costs
 * as much CPU as a page load.
 */
export const isSavingScreenshots = process.env.SCREENSHOTS === '1';

/** A test that saves many full-page screenshots may take this long when they are asked for. */
export const SCREENSHOTS_TIMEOUT_MS = isSavingScreenshots ? 600_000 : undefined;

/** Saves a screenshot for a person to look at: the full page, or only what a phone shows at first. */
export async function saveScreenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  if (!isSavingScreenshots) return;
  await mkdir(SCREENSHOT_DIRECTORY, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIRECTORY, `${name}.png`), fullPage });
}

/** Saves the page in the light and the dark theme (`<name>-light.png`, `<name>-dark.png`), and leaves it light. */
export async function saveScreenshotInBothThemes(
  page: Page,
  name: string,
  { fullPage = true } = {},
): Promise<void> {
  if (!isSavingScreenshots) return;
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    await saveScreenshot(page, `${name}-${colorScheme}`, { fullPage });
  }
}

/**
 * Waits for the app's own first screen. The static shell in index.html has a level-one heading
 * too, and between it and the screen React draws there is a moment with none: a check made then
 * (axe's "page-has-heading-one") would fail on a busy machine.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('#root > .boot').waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1 }).waitFor();
}
