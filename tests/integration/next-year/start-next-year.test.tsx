import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { readStoredIds, renderApp } from '../../render-app';
import { newAssessment } from '../walk-through/new-assessment';

const vinhLong2024 = newAssessment({
  id: 'a1',
  profile: { name: 'Vĩnh Long', year: 2024 },
  answers: {
    'broadband.provider-choice': { value: 3, notes: 'Ba nhà mạng' },
    'broadband.availability': { value: 92.5, dataYear: 2023 },
    'broadband.adoption': { notes: 'Chưa có số liệu' },
  },
});
const withPlans = { ...vinhLong2024, targets: { broadband: 70, innovation: 60 }, weights: { broadband: 2 } };

/** The list, with the dialog of "Start next year's" opened on the given assessment's card. */
async function openDialog(options: Parameters<typeof renderApp>[0], card: string, title: string) {
  const app = await renderApp({ url: '/', ...options });
  const button = await screen.findByRole('button', { name: card });
  await app.user.click(button);
  const dialog = within(await screen.findByRole('dialog', { name: title }));
  // The form is a lazy chunk of its own: the dialog opens before it.
  await dialog.findByRole('textbox');
  return { ...app, dialog };
}
const newId = () => readStoredIds().find((id) => id !== 'a1' && id !== 'other') ?? '';

describe("starting next year's assessment", () => {
  it('proposes the year after, says what happens to the answers, and carries targets but not weights at first', async () => {
    const { dialog, user, readAssessment } = await openDialog(
      { assessments: [withPlans] },
      "Start next year's: Vĩnh Long 2024",
      "Start next year's assessment",
    );
    expect(dialog.getByRole('textbox', { name: 'Year assessed' })).toHaveValue('2025');
    expect(dialog.getByRole('checkbox', { name: 'Carry over the targets (2 criteria)' })).toBeChecked();
    const weights = dialog.getByRole('checkbox', { name: 'Carry over the what-if weights' });
    expect(weights).not.toBeChecked();
    expect(weights).toHaveAccessibleDescription(/scored with ICF's equal weights/);
    expect(
      dialog.getByText(
        'The 2 answers of 2024 are copied, with their notes and evidence and the narratives, each marked “from 2024, to confirm”.',
      ),
    ).toBeInTheDocument();
    expect(dialog.getByText(/confirm each answer that still holds, or change it/)).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Create and start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Community profile' })).toHaveFocus();
    const id = newId();
    expect(window.location.hash).toBe(`#/assessments/${id}/profile`);
    const next = readAssessment(id);
    expect(next).toMatchObject({
      basedOn: 'a1',
      profile: { name: 'Vĩnh Long', year: 2025 },
      targets: { broadband: 70, innovation: 60 },
      answers: {
        'broadband.provider-choice': { value: 3, notes: 'Ba nhà mạng', carriedOver: { fromYear: 2024 } },
        'broadband.availability': { value: 92.5, dataYear: 2023, carriedOver: { fromYear: 2024 } },
        'broadband.adoption': { notes: 'Chưa có số liệu' },
      },
    });
    expect(next?.weights).toBeUndefined();
    expect(readAssessment('a1')).toEqual(
      expect.objectContaining({ profile: { name: 'Vĩnh Long', year: 2024 } }),
    );
  });

  it('takes another year and the choices the user makes', async () => {
    const { dialog, user, readAssessment } = await openDialog(
      { assessments: [withPlans] },
      "Start next year's: Vĩnh Long 2024",
      "Start next year's assessment",
    );
    const year = dialog.getByRole('textbox', { name: 'Year assessed' });
    await user.clear(year);
    await user.type(year, '2026');
    await user.click(dialog.getByRole('checkbox', { name: 'Carry over the targets (2 criteria)' }));
    await user.click(dialog.getByRole('checkbox', { name: 'Carry over the what-if weights' }));
    await user.click(dialog.getByRole('button', { name: 'Create and start' }));
    await screen.findByRole('heading', { level: 1, name: 'Community profile' });
    const next = readAssessment(newId());
    expect(next).toMatchObject({ profile: { year: 2026 }, weights: { broadband: 2 } });
    expect(next?.targets).toBeUndefined();
  });

  it('in Vietnamese, refuses a year out of bounds beside the field, says when that year exists, and creates nothing', async () => {
    const { dialog, user } = await openDialog(
      {
        language: 'vi',
        assessments: [
          vinhLong2024,
          newAssessment({ id: 'other', profile: { name: 'vĩnh long', year: 2026 } }),
        ],
      },
      'Tạo bản năm sau: Vĩnh Long 2024',
      'Tạo bản đánh giá năm sau',
    );
    // Nothing to carry over: no target, no weight, so no such choice.
    expect(dialog.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(
      dialog.getByText(
        '2 câu trả lời của năm 2024 được sao chép, kèm ghi chú, minh chứng và phần thuyết minh; mỗi câu được đánh dấu “Từ năm 2024, cần xác nhận”.',
      ),
    ).toBeInTheDocument();
    const year = dialog.getByRole('textbox', { name: 'Năm đánh giá' });
    await user.clear(year);
    await user.type(year, '2026');
    expect(year).toHaveAccessibleDescription(/Đã có bản vĩnh long 2026/);
    await user.clear(year);
    await user.type(year, '1890');
    await user.click(dialog.getByRole('button', { name: 'Tạo và bắt đầu' }));
    expect(year).toHaveAccessibleDescription(/Hãy nhập năm trong khoảng 1990 đến 2100\.$/);
    expect(readStoredIds().sort()).toEqual(['a1', 'other']);
    await user.click(dialog.getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(readStoredIds().sort()).toEqual(['a1', 'other']);
  });

  it('shows on the new card that it was started from last year, and what is still to confirm', async () => {
    const { dialog, user, navigate } = await openDialog(
      { assessments: [vinhLong2024] },
      "Start next year's: Vĩnh Long 2024",
      "Start next year's assessment",
    );
    await user.click(dialog.getByRole('button', { name: 'Create and start' }));
    await screen.findByRole('heading', { level: 1, name: 'Community profile' });
    await navigate('/');
    const card = within(await screen.findByRole('article', { name: 'Vĩnh Long 2025' }));
    expect(card.getByText('Started from Vĩnh Long 2024')).toBeInTheDocument();
    expect(card.getByText('2 of 62 questions (3%), 2 to confirm')).toBeInTheDocument();
    const lastYear = within(screen.getByRole('article', { name: 'Vĩnh Long 2024' }));
    expect(lastYear.getByText('2 of 62 questions (3%)')).toBeInTheDocument();
  });
});
