import { screen, waitFor } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { readFixtureAssessment, renderApp } from '../../render-app';
import { catchDownloads } from '../screen-helpers';

const complete = readFixtureAssessment('complete.json');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await new Response(blob).arrayBuffer());
}

describe('the Word and Markdown exports on the results screen', () => {
  it('downloads a Word report in the chosen language and layout, whatever the screen’s language', async () => {
    const downloads = catchDownloads();
    const { user, framework } = await renderApp({
      url: `/assessments/${complete.id}/results`,
      language: 'en',
      assessments: [complete],
    });
    await user.selectOptions(await screen.findByLabelText('Report language'), 'vi');
    await user.selectOptions(
      screen.getByLabelText('Word layout'),
      screen.getByRole('option', { name: 'Vietnamese administrative document (Decree 30/2020)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Export the Word report' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    const [file] = downloads;
    expect(file?.name).toMatch(/-vi\.docx$/);
    expect(await screen.findByText(`The report ${file?.name ?? ''} has been downloaded.`)).toBeVisible();
    const parts = unzipSync(await bytesOf(file?.blob ?? new Blob()));
    const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    for (const criterion of framework.criteria) expect(document).toContain(criterion.name.vi);
    expect(strFromU8(parts['word/styles.xml'] ?? new Uint8Array())).toContain('w:ascii="Times New Roman"');
  });

  it('downloads the narratives and evidence as Markdown, criterion by criterion in the bank’s order', async () => {
    const downloads = catchDownloads();
    const { user, framework } = await renderApp({
      url: `/assessments/${complete.id}/results`,
      language: 'vi',
      assessments: [complete],
    });
    await user.click(
      await screen.findByRole('button', { name: 'Xuất thuyết minh và minh chứng (Markdown)' }),
    );
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0]?.name).toMatch(/-vi\.md$/);
    const text = await new Response(downloads[0]?.blob).text();
    const positions = framework.criteria.map((c) => text.indexOf(`## ${c.name.vi}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
