import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { CrashNotice } from '../../../src/components/error-boundary';
import StorageWarning from '../../../src/components/storage-warning';
import { FILE_FORMAT_VERSION } from '../../../src/domain/assessment/assessment-file';
import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { useSaveStatusStore } from '../../../src/persistence/save-status-store';
import { readFixtureAssessment, readStoredAssessments, renderApp } from '../../render-app';
import { catchDownloads } from '../screen-helpers';

const complete = readFixtureAssessment('complete.json');
const partial = readFixtureAssessment('partial.json');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const withoutTime = ({ updatedAt: _updatedAt, ...assessment }: Assessment) => assessment;
const storedAssessments = () =>
  Object.values(readStoredAssessments())
    .map(withoutTime)
    .sort((a, b) => a.id.localeCompare(b.id));

/** Imports the downloaded file into an empty browser through the list's file picker, as a user would. */
async function importBack(file: { name: string; blob: Blob }, language: 'en' | 'vi') {
  cleanup();
  const { user } = await renderApp({ url: '/', language });
  await screen.findByRole('heading', { level: 1 });
  const picker = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!picker) throw new Error('the list has no file picker');
  await user.upload(picker, new File([file.blob], file.name, { type: 'application/json' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(
    within(dialog).getByRole('button', {
      name: language === 'en' ? 'Import 2 assessments' : 'Nhập 2 bản đánh giá',
    }),
  );
}

async function fillStore(assessments: readonly Assessment[]) {
  await renderApp({ url: '/', assessments });
  await screen.findByRole('heading', { level: 1 });
}

describe('recovery downloads', () => {
  it('the crash screen downloads every assessment as an "Export all" file that imports back as it was', async () => {
    const downloads = catchDownloads();
    await fillStore([complete, partial]);
    const before = storedAssessments();
    render(<CrashNotice message="results could not be drawn" />);
    await act(async () => {
      screen.getAllByRole('button', { name: 'Download all my data' }).at(-1)?.click();
      await vi.waitFor(() => expect(downloads).toHaveLength(1));
    });
    const [file] = downloads;
    if (!file) throw new Error('nothing was downloaded');
    await importBack(file, 'vi');
    expect(storedAssessments()).toEqual(before);
    expect(file.name).toMatch(/^icf-self-assessments-recovery-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await file.blob.text())).toMatchObject({
      format: 'icf-self-assessment',
      formatVersion: FILE_FORMAT_VERSION,
    });
  });

  it('the storage warning offers the same file when saving fails', async () => {
    const downloads = catchDownloads();
    await fillStore([complete, partial]);
    const before = storedAssessments();
    act(() => useSaveStatusStore.setState({ status: 'failed', failure: 'QuotaExceededError' }));
    render(<StorageWarning />);
    const alert = screen
      .getAllByRole('alert')
      .find((node) => /storage for the app is full/.test(node.textContent));
    if (!alert) throw new Error('no warning that storage is full');
    await act(async () => {
      within(alert).getByRole('button', { name: 'Download all my data' }).click();
      await vi.waitFor(() => expect(downloads).toHaveLength(1));
    });
    const [file] = downloads;
    if (!file) throw new Error('nothing was downloaded');

    await importBack(file, 'en');
    expect(storedAssessments()).toEqual(before);
  });

  it('the crash screen says so when there is nothing to download', async () => {
    const downloads = catchDownloads();
    await fillStore([]);
    render(<CrashNotice message="broken" />);
    await act(async () => {
      screen.getByRole('button', { name: 'Download all my data' }).click();
      await Promise.resolve();
    });
    expect(
      await screen.findByText('There is no assessment in this browser yet, so there is nothing to download.'),
    ).toBeInTheDocument();
    expect(downloads).toEqual([]);
  });
});
