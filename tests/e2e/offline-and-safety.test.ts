import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { launchBrowser, openContext, waitForApp } from './browser';

const baseUrl = inject('baseUrl');
const EXAMPLE = 'example-binh-duong-2023';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

type Watched = { page: Page; foreign: string[]; violations: string[]; errors: string[] };

/** A fresh browser profile, counting requests to other origins and Content-Security-Policy violations. */
async function openWatched(locale = 'en-GB', serviceWorkers: 'allow' | 'block' = 'block'): Promise<Watched> {
  const context = await openContext(browser, {
    locale,
    serviceWorkers,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const watched: Watched = { page, foreign: [], violations: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      watched.foreign.push(url);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watched.violations.push(message.text());
    else if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  await page.goto(baseUrl);
  await waitForApp(page);
  return watched;
}

async function walkEveryScreen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Explore the example: Bình Dương 2023' }).click();
  await page.getByRole('heading', { level: 1, name: 'Community profile' }).waitFor();
  for (const [step, heading] of [
    ['broadband', 'Broadband'],
    ['knowledge-workforce', 'Knowledge workforce'],
    ['innovation', 'Innovation'],
    ['digital-equality', 'Digital equality'],
    ['advocacy', 'Advocacy'],
    ['sustainability', 'Sustainability'],
    ['review', 'Review'],
  ]) {
    await page.goto(`${baseUrl}#/assessments/${EXAMPLE}/${step}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
  await page.goto(`${baseUrl}#/assessments/${EXAMPLE}/results`);
  // The radar is a lazy chunk of its own (recharts): it must load offline too.
  await page.getByRole('img', { name: /^Radar chart of the criterion scores/ }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the PDF report' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('binh-duong-2023-en.pdf');
  await page.goto(`${baseUrl}#/compare`);
  await page.getByRole('heading', { level: 1, name: 'Compare assessments' }).waitFor();
  await page.goto(`${baseUrl}#/criteria`);
  await page.getByRole('heading', { level: 1, name: 'The six criteria' }).waitFor();
  await page.goto(`${baseUrl}#/method`);
  await page.getByRole('heading', { level: 1, name: 'How the self-assessment is scored' }).waitFor();
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
}

describe('private and safe', () => {
  it('never requests another origin and breaks no Content-Security-Policy rule, on any screen', async () => {
    // With the service worker, whose requests count too.
    const watched = await openWatched('en-GB', 'allow');
    await expect(
      watched.page.evaluate(() =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      ),
    ).resolves.toMatch(/default-src 'self'.*script-src 'self'/);
    await walkEveryScreen(watched.page);
    expect(watched.foreign).toEqual([]);
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.page.context().close();
  });

  it('shows script and markup typed into any field, or imported, as text', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const { page } = await openWatched();
    await page.getByRole('button', { name: 'New assessment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New assessment' });
    await dialog.getByLabel('Community name').fill(`Huế ${payload}`);
    await dialog.getByRole('button', { name: 'Create and start' }).click();
    await page.getByLabel('Region').fill(payload);
    await page.goto(page.url().replace(/profile$/, 'innovation'));
    const card = page.getByRole('region', {
      name: /^How developed is support for start-ups/,
    });
    await card.getByRole('radio', { name: /^2 · / }).check();
    await card.getByText(/^Notes, evidence/).click();
    await card.getByLabel('Notes', { exact: true }).fill(payload);
    await card.getByLabel('Web address').fill('https://example.org/x');
    await card.getByLabel('What it is (optional)').fill(payload);
    await card.getByRole('button', { name: 'Add link' }).click();
    await page.getByLabel('Narrative').fill(payload);
    await page.getByRole('status').getByText('All changes saved').waitFor();
    await card.getByRole('link', { name: payload }).waitFor();

    const file = {
      format: 'icf-self-assessment',
      formatVersion: 1,
      framework: { id: 'icf-six-criteria', version: '1.0.0' },
      assessment: {
        id: 'imported-xss',
        profile: { name: `Imported ${payload}` },
        answers: { 'advocacy.shared-vision': { value: 1, notes: payload } },
      },
    };
    const path = join(mkdtempSync(join(tmpdir(), 'icf-xss-')), 'xss.json');
    writeFileSync(path, JSON.stringify(file));
    await page.goto(baseUrl);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import files…' }).click(),
    ]);
    await chooser.setFiles(path);
    await page.getByRole('button', { name: 'Import 1 assessment' }).click();
    await page.getByRole('heading', { level: 2, name: `Imported ${payload}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: `Huế ${payload}` }).waitFor();

    const resultsLink = page.getByRole('link', { name: `Results: Huế ${payload}` });
    await resultsLink.click();
    await page.getByRole('region', { name: 'Overall score' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the PDF report' }).click(),
    ]);
    const pdf = join(mkdtempSync(join(tmpdir(), 'icf-xss-pdf-')), 'report.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('<script>window.__xss=2</script>');

    await expect(
      page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).resolves.toBeUndefined();
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('offline', () => {
  it('works with the network off after one visit: every screen and the PDF', async () => {
    const watched = await openWatched('en-GB', 'allow');
    const { page } = watched;
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    await walkEveryScreen(page);
    await page.context().close();
  });
});
