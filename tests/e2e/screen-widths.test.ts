import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { bundledFramework } from '../../src/framework/bundled-criteria';
import { openExample } from './app-actions';
import {
  findAccessibilityViolations,
  launchBrowser,
  openContext,
  saveScreenshot,
  saveScreenshotInBothThemes,
  SCREENSHOTS_TIMEOUT_MS,
} from './browser';

// Layout only a real browser measures: every screen fits a 375 px phone and a 1280 px desktop in
// both languages, and at 1280 px the header is one row. What the screens say is specified in
// tests/integration.

const baseUrl = inject('baseUrl');
const EXAMPLE = 'example-binh-duong-2023';
if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
const stepIds = ['profile', ...bundledFramework.value.criteria.map((c) => c.id), 'review'];
/** Beside the example: three assessments to compare with it, and one with a team of respondents. */
const IMPORTED = [
  '../fixtures/assessments/complete.json',
  '../fixtures/assessments/partial.json',
  '../fixtures/assessments/method-example.json',
  '../fixtures/file-format/v2-team-assessment.json',
].map((path) => join(import.meta.dirname, path));
const COMPARED = [EXAMPLE, 'complete-example', 'partial-example', 'example'];
const TEAM = 'team-example';
const WIDTHS = [375, 1280];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A fresh browser at the given width with the example opened from the list, as a user does. */
async function openWithExample(
  locale: string,
  width: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const context = await openContext(browser, {
    locale,
    colorScheme,
    viewport: { width, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await openExample(page, locale);
  return page;
}

/** The example's share link, copied from its card in the list. */
async function copyShareLink(page: Page): Promise<string> {
  await page.goto(`${baseUrl}#/`);
  await page
    .getByRole('button', { name: /^(Copy link|Sao chép liên kết)/ })
    .first()
    .click();
  let link = '';
  await expect
    .poll(async () => (link = await page.evaluate(() => navigator.clipboard.readText())))
    .toContain('#/share/');
  return `#${link.split('#')[1]}`;
}

/** Imports the files from the list's "Import files…" and confirms the preview. */
async function importFiles(page: Page, paths: string[]): Promise<void> {
  await page.goto(`${baseUrl}#/`);
  await page.locator('input[type=file]').setInputFiles(paths);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: new RegExp(`^(Import|Nhập) ${paths.length}`) }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * What sticks out sideways: how much wider than the window the page scrolls, and each element that
 * reaches past the window's left or right edge (so a page that hides its overflow is caught too).
 * An element inside a box that scrolls or clips sideways (a wide table with its scroll hint) is
 * left to that box, which is measured itself.
 */
const findOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const found: string[] = [];
    if (root.scrollWidth > width) found.push(`the page scrolls ${root.scrollWidth - width} px sideways`);
    const reported: Element[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left >= -0.5 && box.right <= width + 0.5) continue;
      if (reported.some((outer) => outer.contains(element))) continue;
      let isInScroller = false;
      for (let outer = element.parentElement; outer && outer !== document.body; outer = outer.parentElement) {
        if (getComputedStyle(outer).overflowX !== 'visible') isInScroller = true;
      }
      if (isInScroller) continue;
      reported.push(element);
      const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
      const text = (element.textContent ?? '').trim().slice(0, 30);
      found.push(`${name} “${text}” spans ${Math.round(box.left)}…${Math.round(box.right)} px`);
    }
    return found;
  });

/**
 * What fits the window but is still cut short: a box that hides what does not fit (the language
 * switch squeezed by the menu), a chart's label beyond the chart's edge, a table's caption wider
 * than the frame its table scrolls in.
 */
const findCutText = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} “${(element.textContent ?? '').trim().slice(0, 30)}”`;
    // A field scrolls its own text; that is how fields work, not text cut short.
    for (const element of document.body.querySelectorAll(':not(input, textarea, select)')) {
      const { overflowX } = getComputedStyle(element);
      // A visually hidden text (1 px, clipped on purpose) is for screen readers only.
      if ((overflowX === 'hidden' || overflowX === 'clip') && element.clientWidth > 1) {
        const cut = element.scrollWidth - element.clientWidth;
        if (cut > 1) found.push(`${describe(element)} hides ${cut} px of its content`);
      }
    }
    for (const label of document.querySelectorAll('figure svg text')) {
      const chart = label.closest('figure')?.getBoundingClientRect();
      const box = label.getBoundingClientRect();
      if (chart && (box.left < chart.left - 0.5 || box.right > chart.right + 0.5))
        found.push(`${describe(label)} reaches past its chart's edge`);
    }
    for (const caption of document.querySelectorAll('.table-scroll caption')) {
      const frame = caption.closest('.table-scroll');
      if (frame && caption.getBoundingClientRect().width > frame.clientWidth + 0.5)
        found.push(`${describe(caption)} is wider than the frame its table scrolls in`);
    }
    return found;
  });

/** At a desktop's width the header (title, menu, save state, language) is one row. */
const isHeaderOneRow = (page: Page) =>
  page.getByRole('banner').evaluate((header) => {
    const parts = [...header.querySelectorAll(':scope > * > *, nav a')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.height > 0);
    return Math.max(...parts.map((box) => box.top)) < Math.min(...parts.map((box) => box.bottom));
  });

describe('every screen at phone (375 px) and desktop (1280 px) width', () => {
  for (const locale of ['en-GB', 'vi-VN']) {
    it(
      `fits the window, with the header one row at 1280 px, in ${locale}`,
      async () => {
        const page = await openWithExample(locale, 1280);
        const share = await copyShareLink(page);
        await importFiles(page, IMPORTED);
        const assessment = `#/assessments/${EXAMPLE}`;
        const screens: [string, string][] = [
          ['list', '#/'],
          ...stepIds.map((step): [string, string] => [`step-${step}`, `${assessment}/${step}`]),
          ['results', `${assessment}/results`],
          ['compare-4', `#/compare/ids=${COMPARED.join(',')}`],
          ['team', `#/assessments/${TEAM}/team`],
          ['team-sync', `${assessment}/team-sync`],
          ['criteria', '#/criteria'],
          ['method', '#/method'],
          ['shared', share],
        ];

        // The measure sees what it is for: an element wider than the window, and the page it widens.
        await page.evaluate(() => {
          // Through the DOM: the page's content security policy refuses inline style attributes.
          const wide = document.createElement('div');
          wide.id = 'too-wide';
          wide.textContent = 'x';
          wide.style.width = '2000px';
          document.querySelector('main')?.append(wide);
        });
        expect(await findOverflow(page)).toEqual([
          expect.stringMatching(/^the page scrolls \d+ px sideways$/),
          expect.stringMatching(/^div\. “x” spans \d+…20\d\d px$/),
        ]);
        await page.evaluate(() => document.getElementById('too-wide')?.remove());

        const problems: string[] = [];
        let heading: string | null = null;
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          for (const [name, route] of screens) {
            await page.goto(`${baseUrl}${route}`);
            // The screen has replaced the one before: its own heading shows.
            const previous = heading;
            await expect
              .poll(async () => (heading = await page.locator('h1').first().textContent()))
              .not.toBe(previous);
            if (name === 'results' || name === 'team' || name === 'shared')
              await page.getByRole('img', { name: /^(Radar chart|Biểu đồ radar)/ }).waitFor();
            if (name === 'compare-4')
              await expect
                .poll(() => page.getByRole('figure').getByRole('listitem').count())
                .toBe(COMPARED.length);
            for (const problem of [...(await findOverflow(page)), ...(await findCutText(page))])
              problems.push(`${name} at ${width} px: ${problem}`);
            if (width === 1280 && !(await isHeaderOneRow(page)))
              problems.push(`${name}: the header wraps at 1280 px`);
            await saveScreenshotInBothThemes(page, `${name}-${locale.slice(0, 2)}-${width}`);
          }
        }
        expect(problems).toEqual([]);
        await page.context().close();
      },
      SCREENSHOTS_TIMEOUT_MS,
    );
  }

  it('keeps the steps to one compact row, each step whole in view when current and its name on one line', async () => {
    const page = await openWithExample('vi-VN', 375);
    const problems: string[] = [];
    for (const step of stepIds) {
      await page.goto(`${baseUrl}#/assessments/${EXAMPLE}/${step}`);
      const current = page
        .getByRole('navigation', { name: 'Các bước đánh giá' })
        .locator(`[aria-current="step"][href$="/${step}"]`);
      await current.waitFor();
      const { height, lineHeight } = await current.locator('.stepper__label').evaluate((element) => ({
        height: element.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(element).lineHeight),
      }));
      if (height >= lineHeight * 1.5) problems.push(`${step}: its name wraps`);
      // The current step has been scrolled into the row's view, all of it.
      const box = await current.boundingBox();
      if (!box || box.x < 0 || box.x + box.width > 375)
        problems.push(`${step}: spans ${box?.x}…${box ? box.x + box.width : '?'} px`);
    }
    expect(problems).toEqual([]);
    await saveScreenshot(page, 'step-vi-375', { fullPage: false });
    await page.context().close();
  });
});

describe('printing a screen (Ctrl+P)', () => {
  it('prints the results without the menu or controls, and never splits the chart', async () => {
    const page = await openWithExample('en-GB', 1280);
    await page.goto(`${baseUrl}#/assessments/${EXAMPLE}/results`);
    const chart = page.getByRole('img', { name: /^Radar chart/ });
    await chart.waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Export the PDF report' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Edit the answers' }).isVisible()).toBe(false);
    const figure = page.locator('.radar');
    expect(await figure.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
    await page.context().close();
  });
});

describe('dark mode', () => {
  it('follows the system, has no accessibility violations on the main screens, and the switch overrides it', async () => {
    const page = await openWithExample('en-GB', 1280, 'dark');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const lightBackground = 'rgb(243, 245, 249)';
    expect(await background()).not.toBe(lightBackground);
    const violations: string[] = [];
    for (const [route, screen] of [
      ['#/', 'list'],
      [`#/assessments/${EXAMPLE}/innovation`, 'step'],
      [`#/assessments/${EXAMPLE}/results`, 'results'],
    ] as const) {
      await page.goto(`${baseUrl}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (screen === 'results') await page.getByRole('img', { name: /^Radar chart/ }).waitFor();
      violations.push(...(await findAccessibilityViolations(page)).map((v) => `${screen}: ${v}`));
      await saveScreenshot(page, `dark-${screen}`, { fullPage: false });
    }
    expect(violations).toEqual([]);
    await page.getByRole('combobox', { name: 'Appearance' }).selectOption('Light');
    await expect.poll(background).toBe(lightBackground);
    // Kept for the next visit.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await background()).toBe(lightBackground);
    await page.context().close();
  });
});
