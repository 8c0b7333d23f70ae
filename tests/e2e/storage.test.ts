import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { assessmentSchema } from '../../src/domain/assessment/assessment-schema';
import { upgradeAssessmentTo2 } from '../../src/domain/criteria/bank-mapping';
import { bundledFramework } from '../../src/framework/bundled-criteria';
import { MOVED_KEY } from '../../src/persistence/persisted-state-key';
import { STORAGE_KEY } from '../../src/persistence/persisted-state-key';
import { createAssessment, readStoredAssessments } from './app-actions';
import { launchBrowser, openContext } from './browser';

const baseUrl = inject('baseUrl');
if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
const framework = bundledFramework.value;
const firstCriterion = framework.criteria[0];
const levelQuestion = firstCriterion?.questions.find((q) => q.type === 'level');
if (!firstCriterion || !levelQuestion) throw new Error('the first criterion has no level question');
const LEGACY_FIXTURE = readFileSync(join(import.meta.dirname, '../fixtures/persisted/state-v1.json'), 'utf8');
const directory = mkdtempSync(join(tmpdir(), 'icf-storage-'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openBrowser(): Promise<BrowserContext> {
  return openContext(browser, {
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
}

/** A new assessment, its first criterion's step open, with a first answer saved. */
async function startAssessment(
  context: BrowserContext,
): Promise<{ page: Page; stepUrl: string; id: string }> {
  const page = await context.newPage();
  await page.goto(baseUrl);
  await createAssessment(page, 'Thành phố Huế', '2025');
  const id = /#\/assessments\/([\w-]+)\//.exec(page.url())?.[1] ?? '';
  const stepUrl = page.url().replace(/profile$/, firstCriterion?.id ?? '');
  await page.goto(stepUrl);
  await page.getByRole('heading', { level: 1, name: firstCriterion?.name.en }).waitFor();
  return { page, stepUrl, id };
}

/** A file in the app's format, holding one assessment or a list, as "Export" or "Export all" writes it. */
function writeAppFile(name: string, content: { assessment: object } | { assessments: object[] }): string {
  const path = join(directory, name);
  const envelope = {
    format: 'icf-self-assessment',
    formatVersion: 1,
    framework: { id: framework.id, version: framework.version },
  };
  writeFileSync(path, JSON.stringify({ ...envelope, ...content }));
  return path;
}

const card = (page: Page) => page.getByRole('region', { name: levelQuestion?.prompt.en, exact: true });

async function openNotes(page: Page) {
  await card(page)
    .locator('summary', { hasText: /^Notes, evidence/ })
    .click();
  return card(page).getByRole('textbox', { name: 'Notes' });
}

describe('nothing lost', () => {
  it('keeps the words typed 50 ms before the renderer crashes', async () => {
    const context = await openBrowser();
    const { page, id } = await startAssessment(context);
    // As in real use, the assessment's storage is open (the header says so) before the typing starts.
    await page.getByRole('status').getByText('All changes saved').waitFor();
    const notes = await openNotes(page);
    await notes.pressSequentially('Ba nhà mạng cáp quang', { delay: 0 });
    // The page has taken every key (a busy machine may lag behind the keyboard)…
    await expect.poll(() => notes.inputValue()).toBe('Ba nhà mạng cáp quang');
    const client = await context.newCDPSession(page);
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    // The crash comes 50 ms after the last key, as a hard crash would: no time for any delayed save.
    // The 50 ms are the page's own (a timer in the page, behind the work the keys queued), so a busy
    // machine slows the wait as much as the page, rather than the page running out of a fixed time.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    void client.send('Page.crash').catch(() => undefined);
    await crashed;
    const stored = await readStoredAssessments(
      await context.newPage().then(async (p) => (await p.goto(baseUrl), p)),
    );
    const answers = stored[id]?.answers as Record<string, { notes?: string }> | undefined;
    expect(answers?.[levelQuestion.id]?.notes).toBe('Ba nhà mạng cáp quang');
    await context.close();
  });

  it('keeps both of two profile fields typed at once in two tabs', async () => {
    const context = await openBrowser();
    const first = await context.newPage();
    await first.goto(baseUrl);
    await createAssessment(first, 'Thành phố Huế', '2025');
    const second = await context.newPage();
    await second.goto(first.url());
    await second.getByRole('textbox', { name: 'Region' }).waitFor();
    await Promise.all([
      first.getByRole('textbox', { name: 'Region' }).fill('Bắc Trung Bộ'),
      second.getByRole('textbox', { name: 'Country' }).fill('Việt Nam'),
    ]);
    const id = /#\/assessments\/([\w-]+)\//.exec(first.url())?.[1] ?? '';
    await expect
      .poll(async () => (await readStoredAssessments(first))[id]?.profile, { timeout: 30_000 })
      .toMatchObject({ region: 'Bắc Trung Bộ', country: 'Việt Nam' });
    // Each tab shows the other's field too, without a reload.
    await expect
      .poll(() => first.getByRole('textbox', { name: 'Country' }).inputValue(), { timeout: 30_000 })
      .toBe('Việt Nam');
    await expect
      .poll(() => second.getByRole('textbox', { name: 'Region' }).inputValue(), { timeout: 30_000 })
      .toBe('Bắc Trung Bộ');
    await context.close();
  });

  it("keeps both an answer's value and its notes changed at once in two tabs", async () => {
    const context = await openBrowser();
    const { page: first, stepUrl, id } = await startAssessment(context);
    const second = await context.newPage();
    await second.goto(stepUrl);
    const notes = await openNotes(second);
    await Promise.all([
      card(first).getByRole('radio', { name: /^3 · / }).check(),
      notes.fill('Có số liệu 2024'),
    ]);
    await expect
      .poll(async () => (await readStoredAssessments(first))[id]?.answers, { timeout: 30_000 })
      .toMatchObject({ [levelQuestion.id]: { value: 3, notes: 'Có số liệu 2024' } });
    await expect(second.getByRole('radio', { name: /^3 · / }).first().isChecked()).resolves.toBe(true);
    await context.close();
  });

  it('moves the assessments saved by the earlier version from localStorage, keeping the old value until the next start', async () => {
    const context = await openBrowser();
    await context.addInitScript(
      ([key, value]) => {
        // Saved once, as the earlier version left it: later pages of this browser find what the app made of it.
        if (window.localStorage.getItem('seeded') !== null) return;
        window.localStorage.setItem('seeded', 'yes');
        window.localStorage.setItem(key, value);
      },
      [STORAGE_KEY, LEGACY_FIXTURE] as const,
    );
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 2, name: /Thành phố Huế/ }).waitFor();
    const readLocal = (key: string) => page.evaluate((k) => window.localStorage.getItem(k), key);
    await expect.poll(() => readLocal(MOVED_KEY)).not.toBeNull();
    await expect(readLocal(STORAGE_KEY)).resolves.toBe(LEGACY_FIXTURE);
    const legacy = JSON.parse(LEGACY_FIXTURE) as {
      state: { assessments: Record<string, { assessment: unknown }> };
    };
    const stored = await readStoredAssessments(page);
    for (const [id, { assessment }] of Object.entries(legacy.state.assessments)) {
      // Saved under criteria 1.0.0: opened under today's through the declared mapping.
      expect(stored[id]).toEqual(upgradeAssessmentTo2(assessmentSchema.parse(assessment)));
    }
    // The tab that read them was the next start: the old value has gone.
    await expect.poll(() => readLocal(STORAGE_KEY)).toBeNull();
    await context.close();
  });
});

describe('one set of rules', () => {
  it('keeps a note at its limit, pasted from Word with its line breaks, and exports a file that imports back', async () => {
    const context = await openBrowser();
    const { page, id } = await startAssessment(context);
    const notes = await openNotes(page);
    const pasted = `Dòng một\u000bDòng hai ${'x'.repeat(100_010)}`;
    await notes.fill(pasted);
    await card(page)
      .getByText(/100,000 of 100,000 characters/)
      .waitFor();
    await page.reload();
    await card(page).waitFor();
    const stored = await readStoredAssessments(page);
    const saved = (stored[id]?.answers as Record<string, { notes?: string }>)[levelQuestion.id]?.notes ?? '';
    expect(saved).toHaveLength(100_000);
    expect(saved.startsWith('Dòng một\nDòng hai')).toBe(true);

    const file = writeAppFile('export-all.json', { assessments: Object.values(stored) });
    const fresh = await openBrowser();
    const other = await fresh.newPage();
    await other.goto(baseUrl);
    await other.locator('input[type=file]').setInputFiles(file);
    const dialog = other.getByRole('dialog', { name: 'Import assessments' });
    await dialog.getByRole('button', { name: 'Import 1 assessment' }).click();
    await other.getByRole('heading', { level: 2, name: /Thành phố Huế/ }).waitFor();
    await fresh.close();
    await context.close();
  });

  it('treats ids named like built-in properties as any other id', async () => {
    const context = await openBrowser();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const id of ['constructor', '__proto__', 'toString']) {
      await page.goto(`${baseUrl}#/assessments/${id}/profile`);
      await page.getByRole('heading', { level: 1, name: 'This assessment is not in this browser' }).waitFor();
    }
    const file = writeAppFile('constructor.json', {
      assessment: { id: 'constructor', profile: { name: 'Hội An' }, answers: {} },
    });
    await page.goto(baseUrl);
    await page.locator('input[type=file]').setInputFiles(file);
    await page
      .getByRole('dialog', { name: 'Import assessments' })
      .getByRole('button', { name: 'Import 1 assessment' })
      .click();
    await page.getByRole('heading', { level: 2, name: /Hội An/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /Hội An/ }).waitFor();
    await page.goto(`${baseUrl}#/assessments/constructor/profile`);
    await expect(page.getByRole('textbox', { name: 'Community name' }).inputValue()).resolves.toBe('Hội An');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('storage faults', () => {
  it('lists saved data it cannot read once, not once per start, offers it, and removes it when asked', async () => {
    const context = await openBrowser();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.evaluate(
      (key) => window.localStorage.setItem(key, '{"state": {"assessments": broken'),
      STORAGE_KEY,
    );
    await page.reload();
    const section = page.getByRole('region', { name: 'This assessment cannot be read' });
    await section.waitFor();
    await page.reload();
    await section.waitFor();
    await expect(section.getByRole('listitem').count()).resolves.toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: /^Download it as it is stored/ }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe('{"state": {"assessments": broken');
    await section.getByRole('button', { name: /^Remove it from this browser/ }).click();
    await section.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('button', { name: 'New assessment' }).waitFor();
    await expect(section.count()).resolves.toBe(0);
    await context.close();
  });

  it('warns when storage is full, keeps working, and offers all the data as a file that imports back', async () => {
    const context = await openBrowser();
    const { page, id } = await startAssessment(context);
    await page.getByRole('status').getByText('All changes saved').waitFor();
    await page.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.add = full;
      IDBObjectStore.prototype.put = full;
    });
    await card(page).getByRole('radio', { name: /^3 · / }).check();
    await page.getByText("this browser's storage for the app is full").waitFor();
    await page.getByRole('status').getByText('Not saved').waitFor();
    await card(page).getByRole('radio', { name: /^4 · / }).check();
    await expect(card(page).getByRole('radio', { name: /^4 · / }).isChecked()).resolves.toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download all my data' }).click(),
    ]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      format: string;
      assessments: { id: string; answers: Record<string, { value?: unknown }> }[];
    };
    expect(file.format).toBe('icf-self-assessment');
    expect(file.assessments.find((a) => a.id === id)?.answers[levelQuestion.id]?.value).toBe(4);
    await context.close();
  });

  it('keeps working in memory, and says so, when the browser refuses IndexedDB', async () => {
    const context = await openBrowser();
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByText('This browser does not let the app store data').waitFor();
    await createAssessment(page, 'Cà Mau', '2025');
    await page.getByRole('textbox', { name: 'Region' }).fill('Đồng bằng sông Cửu Long');
    await page.getByRole('button', { name: 'Download all my data' }).waitFor();
    await context.close();
  });
});
