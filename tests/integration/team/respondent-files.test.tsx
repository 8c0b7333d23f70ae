import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import type { Framework } from '../../../src/domain/criteria/criterion-schema';
import { createRespondentPack } from '../../../src/domain/team/respondent-pack';
import {
  createRespondentPackFile,
  serializeRespondentPackFile,
} from '../../../src/domain/team/respondent-pack-file';
import { readRespondentFile } from '../../../src/files/read-import';
import { encodePackLink } from '../../../src/persistence/pack-link';
import { buildRespondentWorkbook } from '../../../src/xlsx/respondent-workbook';
import { fillWorkbook, type TypedRow } from '../../factories/fill-workbook';
import { renderApp } from '../../render-app';
import { catchDownloads } from '../screen-helpers';
import { teamAssessment } from './team-fixture';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbookOf(framework: Framework, respondentId: string, rows: Record<string, TypedRow>) {
  const pack = createRespondentPack({ framework, assessment: teamAssessment(), respondentId });
  if (!pack) throw new Error('no pack');
  const { bytes, fileName } = await buildRespondentWorkbook({
    framework,
    pack,
    language: 'en',
    date: new Date(),
  });
  return new File([await fillWorkbook(bytes, rows)], fileName, { type: XLSX });
}

function jsonOf(framework: Framework, respondentId: string, edit: (file: Record<string, unknown>) => void) {
  const pack = createRespondentPack({ framework, assessment: teamAssessment(), respondentId });
  if (!pack) throw new Error('no pack');
  const file = createRespondentPackFile(pack, 'en') as unknown as Record<string, unknown>;
  edit(file);
  return new File([JSON.stringify(file)], `${respondentId}.json`, { type: 'application/json' });
}

const importInput = (label = 'Import returned files…') => screen.getByLabelText(label);

describe('answers sent back, on the Team page', () => {
  it('previews what a workbook changes in its respondent’s slot, with its unreadable rows, and saves only on confirmation', async () => {
    const { user, framework, readAssessment } = await renderApp({
      url: '/assessments/team/team',
      assessments: [teamAssessment()],
    });
    await screen.findByRole('heading', { level: 1, name: /Team/ });
    const file = await workbookOf(framework, 'ict', {
      'broadband.provider-choice': { answer: '4 · Leading' },
      'broadband.adoption': { answer: 0.55, percent: true },
      'broadband.availability': { answer: null, 'data year': null },
      'broadband.vision-plan': { answer: 7 },
    });
    await user.upload(importInput(), file);

    const preview = within(await screen.findByRole('region', { name: file.name }));
    expect(preview.getByText('Answers of Nguyễn Thị Lan')).toBeInTheDocument();
    expect(preview.getByText('1 new, 1 changed, 1 removed, 7 unchanged')).toBeInTheDocument();
    expect(preview.getByText('1 row cannot be read and will not be imported:')).toBeInTheDocument();
    expect(preview.getByText(/^Row \d+, column answer: expected a level from 0 to 4$/)).toBeInTheDocument();
    const table = within(
      preview.getByRole('table', { name: 'What changes in the answers of Nguyễn Thị Lan' }),
    );
    const rows = table
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      expect.stringMatching(/real choice of fixed broadband.*3 · Established4 · LeadingChanged$/),
      expect.stringMatching(/order a fixed broadband connection.*82 %No answerRemoved$/),
      expect.stringMatching(/subscribe to a fixed broadband.*No answer55 %New$/),
    ]);
    // Nothing is saved before the coordinator confirms.
    expect(readAssessment('team')).toEqual(
      expect.objectContaining({ responses: teamAssessment().responses }),
    );

    await user.click(screen.getByRole('button', { name: 'Save the answers of 1 file' }));
    expect(await screen.findByText('The answers of Nguyễn Thị Lan were saved.')).toBeInTheDocument();
    const saved = readAssessment('team');
    const before = teamAssessment().responses;
    expect(saved?.responses?.ict).toEqual({
      'broadband.provider-choice': { ...before?.ict?.['broadband.provider-choice'], value: 4 },
      'broadband.adoption': { value: 55 },
      'broadband.vision-plan': { value: 2 },
    });
    expect(saved?.responses?.dost).toEqual(before?.dost);
    expect(saved?.responses?.office).toEqual(before?.office);
    expect(saved?.answers).toEqual({});
  });

  it('refuses a file of a respondent the assessment lacks, and a second file for one respondent', async () => {
    const { user, framework, readAssessment } = await renderApp({
      url: '/assessments/team/team',
      language: 'vi',
      assessments: [teamAssessment()],
    });
    await screen.findByRole('heading', { level: 1, name: /Nhóm/ });
    const stranger = jsonOf(framework, 'dost', (file) => {
      file.respondent = { id: 'sgd', name: 'Phạm Thu Hà' };
    });
    const first = jsonOf(framework, 'office', (file) => {
      file.answers = { 'broadband.vision-plan': { value: 3 } };
    });
    const second = new File([await first.text()], 'office-again.json', { type: 'application/json' });
    await user.upload(importInput('Nhập tệp gửi về…'), [stranger, first, second]);

    expect(
      within(await screen.findByRole('region', { name: 'dost.json' })).getByText(
        'Người trả lời: câu trả lời của “Phạm Thu Hà”, người không có trong danh sách người trả lời',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'office-again.json' })).getByText(
        'Một tệp ở trên cũng là của Lê Hoàng: mỗi lần chỉ nhập một tệp.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu câu trả lời của 1 tệp' }));
    expect(readAssessment('team')?.responses?.office?.['broadband.vision-plan']).toEqual({ value: 3 });
    expect(readAssessment('team')?.respondents).toEqual(teamAssessment().respondents);
  });
});

describe('files for a respondent, on the Team page', () => {
  it('downloads the workbook and the JSON file of that respondent', async () => {
    const { user, framework } = await renderApp({
      url: '/assessments/team/team',
      assessments: [teamAssessment()],
    });
    await screen.findByRole('heading', { level: 1, name: /Team/ });
    const downloads = catchDownloads();
    await user.click(screen.getByText('Files for Trần Văn Minh'));
    await user.selectOptions(screen.getAllByLabelText('Language of the files')[1] as HTMLElement, 'vi');
    await user.click(screen.getByRole('button', { name: 'Excel workbook: Trần Văn Minh' }));
    await screen.findByText(/^tinh-vi-du-2025-tran-van-minh-vi\.xlsx has been downloaded\.$/);
    await user.click(screen.getByRole('button', { name: 'JSON file for the app: Trần Văn Minh' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((download) => download.name)).toEqual([
      'tinh-vi-du-2025-tran-van-minh-vi.xlsx',
      'tinh-vi-du-2025-tran-van-minh.json',
    ]);
    for (const download of downloads) {
      const returned = await readRespondentFile(
        { bytes: new Uint8Array(await download.blob.arrayBuffer()) },
        framework,
      );
      expect(returned.ok && returned.value).toMatchObject({
        language: 'vi',
        assessment: { id: 'team' },
        respondent: { id: 'dost', name: 'Trần Văn Minh' },
        questionIds: ['broadband.provider-choice'],
        answers: { 'broadband.provider-choice': { value: 1 } },
      });
    }
  });
});

describe('a respondent’s questions in the respondent’s own app', () => {
  async function packPayload(framework: Framework, respondentId: string) {
    const pack = createRespondentPack({ framework, assessment: teamAssessment(), respondentId });
    if (!pack) throw new Error('no pack');
    return encodePackLink(createRespondentPackFile(pack, 'en'));
  }

  it('opens from a link, and starting keeps their answers apart, answered as them', async () => {
    const first = await renderApp({ url: '/' });
    const payload = await packPayload(first.framework, 'dost');
    await first.navigate(`/pack/${payload}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Questions for Trần Văn Minh' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Tỉnh Ví Dụ 2025 asks Trần Văn Minh 1 question\. Start answering/),
    ).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Start answering' }));
    await screen.findByRole('heading', { level: 1, name: 'Broadband' });
    expect(screen.getByRole('combobox', { name: 'Answering as' })).toHaveDisplayValue(/Trần Văn Minh/);
    const copy: Assessment | undefined = first.readAssessment('team');
    expect(copy).toMatchObject({
      id: 'team',
      profile: { name: 'Tỉnh Ví Dụ', year: 2025 },
      answers: {},
      respondents: [teamAssessment().respondents?.[1]],
      responses: { dost: { 'broadband.provider-choice': { value: 1 } } },
    });
  });

  it('opens from a file picked on the list, the same way', async () => {
    const { user, framework } = await renderApp({ url: '/' });
    const pack = createRespondentPack({ framework, assessment: teamAssessment(), respondentId: 'ict' });
    if (!pack) throw new Error('no pack');
    const text = serializeRespondentPackFile(createRespondentPackFile(pack, 'en'));
    await screen.findByRole('heading', { level: 1 });
    await user.upload(
      document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement,
      new File([text], 'ict.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Questions for Nguyễn Thị Lan' }),
    ).toBeInTheDocument();
  });

  it('never overwrites the assessment when it is in this browser already', async () => {
    const { navigate, framework, user } = await renderApp({ url: '/', assessments: [teamAssessment()] });
    await navigate(`/pack/${await packPayload(framework, 'office')}`);
    expect(
      await screen.findByText(
        /^Tỉnh Ví Dụ 2025 is already in this browser, with Lê Hoàng among its respondents/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the Team page' })).toHaveAttribute(
      'href',
      '#/assessments/team/team',
    );
    await user.click(screen.getByRole('button', { name: 'Continue answering as Lê Hoàng' }));
    await screen.findByRole('heading', { level: 1, name: 'Broadband' });
    expect(screen.getByRole('combobox', { name: 'Answering as' })).toHaveDisplayValue(/Lê Hoàng/);
  });
});
