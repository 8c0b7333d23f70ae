import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { readStoredIds, renderApp } from '../../render-app';
import { catchDownloads } from '../screen-helpers';
import { newAssessment } from '../walk-through/new-assessment';

const storedIds = readStoredIds;

/** The list, in a language, with the given assessments; resolves once the list's heading is there. */
async function openList(...args: Parameters<typeof renderApp>) {
  const app = await renderApp({ url: '/', ...args[0] });
  await screen.findByRole('heading', {
    level: 1,
    name: args[0]?.language === 'vi' ? 'Các bản đánh giá của bạn' : 'Your assessments',
  });
  return app;
}

describe('creating an assessment', () => {
  it('asks for the name and year in a dialog, then opens the new assessment at its profile', async () => {
    const { user, readAssessment } = await openList();
    expect(screen.getByText(/^No assessments yet\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New assessment' }));
    // The form is a lazy chunk of its own: the dialog opens before it.
    expect(await dialog.findByRole('textbox', { name: 'Year assessed' })).toHaveValue(
      String(new Date().getFullYear()),
    );
    await user.type(dialog.getByRole('textbox', { name: 'Community name' }), 'Thành phố Huế');
    const year = dialog.getByRole('textbox', { name: 'Year assessed' });
    await user.clear(year);
    await user.type(year, '2025');
    await user.click(dialog.getByRole('button', { name: 'Create and start' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Community profile' })).toHaveFocus();
    const [id] = storedIds();
    expect(window.location.hash).toBe(`#/assessments/${id}/profile`);
    expect(readAssessment(id ?? '')?.profile).toEqual({ name: 'Thành phố Huế', year: 2025 });
    expect(screen.getByRole('textbox', { name: 'Community name' })).toHaveValue('Thành phố Huế');
  });

  it('in Vietnamese, says beside each field what is missing or wrong, and creates nothing', async () => {
    const { user } = await openList({ language: 'vi' });
    await user.click(screen.getByRole('button', { name: 'Tạo bản đánh giá mới' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Tạo bản đánh giá mới' }));
    const year = await dialog.findByRole('textbox', { name: 'Năm đánh giá' });
    await user.clear(year);
    await user.type(year, '1890');
    await user.click(dialog.getByRole('button', { name: 'Tạo và bắt đầu' }));
    expect(dialog.getByRole('textbox', { name: 'Tên cộng đồng' })).toHaveAccessibleDescription(
      'Hãy nhập tên cộng đồng.',
    );
    expect(year).toHaveAccessibleDescription('Hãy nhập năm trong khoảng 1990 đến 2100.');
    expect(storedIds()).toEqual([]);
  });

  it('creates nothing when cancelled', async () => {
    const { user } = await openList();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const dialog = await screen.findByRole('dialog', { name: 'New assessment' });
    await user.type(await within(dialog).findByRole('textbox', { name: 'Community name' }), 'Huế');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(storedIds()).toEqual([]);
  });
});

describe('renaming an assessment', () => {
  it('changes the name in a dialog that starts from the current one', async () => {
    const { user, readAssessment } = await openList({
      assessments: [newAssessment({ profile: { name: 'Vĩnh Long', year: 2024 } })],
    });
    await user.click(await screen.findByRole('button', { name: 'Rename: Vĩnh Long 2024' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Rename the assessment' }));
    const name = await dialog.findByRole('textbox', { name: 'Community name' });
    expect(name).toHaveValue('Vĩnh Long');
    expect(dialog.queryByRole('textbox', { name: 'Year assessed' })).not.toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Tỉnh Vĩnh Long');
    await user.click(dialog.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tỉnh Vĩnh Long 2024' })).toBeInTheDocument();
    expect(readAssessment('a1')?.profile).toEqual({ name: 'Tỉnh Vĩnh Long', year: 2024 });
  });
});

describe('deleting an assessment', () => {
  it.each([
    [
      'en',
      'Delete: Quảng Ninh 2025',
      'Delete the assessment?',
      'Delete',
      '“Quảng Ninh” was deleted.',
      'Undo',
    ],
    ['vi', 'Xóa: Quảng Ninh 2025', 'Xóa bản đánh giá?', 'Xóa', 'Đã xóa “Quảng Ninh”.', 'Hoàn tác'],
  ] as const)(
    'in %s, asks first, deletes, and can undo it straight away',
    async (language, action, title, confirm, deleted, undo) => {
      const { user, readAssessment } = await openList({
        language,
        assessments: [newAssessment({ profile: { name: 'Quảng Ninh', year: 2025 } })],
      });
      await user.click(await screen.findByRole('button', { name: action }));
      const dialog = within(await screen.findByRole('dialog', { name: title }));
      expect(dialog.getByText(/Quảng Ninh/)).toBeInTheDocument();
      expect(readAssessment('a1')).toBeDefined();
      await user.click(dialog.getByRole('button', { name: confirm }));

      expect(await screen.findByText(deleted)).toBeInTheDocument();
      expect(screen.queryByRole('heading', { level: 2, name: 'Quảng Ninh 2025' })).not.toBeInTheDocument();
      expect(readAssessment('a1')).toBeUndefined();
      await user.click(screen.getByRole('button', { name: undo }));
      expect(await screen.findByRole('heading', { level: 2, name: 'Quảng Ninh 2025' })).toBeInTheDocument();
      expect(readAssessment('a1')?.profile.name).toBe('Quảng Ninh');
      expect(screen.queryByText(deleted)).not.toBeInTheDocument();
    },
  );

  it('keeps the assessment when the confirmation is cancelled', async () => {
    const { user, readAssessment } = await openList({
      assessments: [newAssessment({ profile: { name: 'Quảng Ninh', year: 2025 } })],
    });
    await user.click(await screen.findByRole('button', { name: 'Delete: Quảng Ninh 2025' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the assessment?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(readAssessment('a1')).toBeDefined();
  });
});

describe('the illustrative example', () => {
  it.each([
    ['en', 'Explore the example: Bình Dương 2023', 'Community profile', /^Illustrative example: /],
    ['vi', 'Xem ví dụ: Bình Dương 2023', 'Thông tin cộng đồng', /^Ví dụ minh họa: /],
  ] as const)(
    'in %s, opens labelled as an example, in the step and on its card',
    async (language, open, profile, badge) => {
      const { user, navigate } = await openList({ language });
      await user.click(screen.getByRole('button', { name: open }));
      await screen.findByRole('heading', { level: 1, name: profile });
      expect(screen.getByText(badge)).toBeInTheDocument();
      expect(
        screen.getByRole('textbox', { name: language === 'en' ? 'Community name' : 'Tên cộng đồng' }),
      ).toHaveValue('Bình Dương');
      await navigate('/');
      const card = within(await screen.findByRole('article', { name: 'Bình Dương 2023' }));
      expect(card.getByText(badge)).toBeInTheDocument();
    },
  );

  it('opens the same example again rather than adding a second copy', async () => {
    const { user, navigate } = await openList();
    await user.click(screen.getByRole('button', { name: 'Explore the example: Bình Dương 2023' }));
    await screen.findByRole('heading', { level: 1, name: 'Community profile' });
    await navigate('/');
    await user.click(await screen.findByRole('button', { name: 'Explore the example: Bình Dương 2023' }));
    await screen.findByRole('heading', { level: 1, name: 'Community profile' });
    expect(storedIds()).toHaveLength(1);
  });
});

describe('finding an assessment in the list', () => {
  const assessments = [
    newAssessment({ id: 'hue', profile: { name: 'Thành phố Huế', year: 2024 } }),
    newAssessment({ id: 'bd23', profile: { name: 'Bình Dương', region: 'Đông Nam Bộ', year: 2023 } }),
    newAssessment({ id: 'bd24', profile: { name: 'Bình Dương', region: 'Đông Nam Bộ', year: 2024 } }),
  ];
  const cardTitles = () =>
    screen.getAllByRole('article').map((card) => within(card).getByRole('heading', { level: 2 }).textContent);

  it('searches by name or region without accents, filters by year and sorts', async () => {
    const { user } = await openList({ assessments });
    const search = await screen.findByRole('searchbox', { name: 'Search by name or region' });
    await user.type(search, 'dong nam');
    expect(await screen.findByText('2 of 3 assessments shown')).toBeInTheDocument();
    expect(cardTitles()).toEqual(expect.arrayContaining([expect.stringContaining('Bình Dương')]));
    expect(cardTitles()).toHaveLength(2);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2024');
    expect(cardTitles()).toEqual([expect.stringMatching(/Bình Dương.*2024/)]);

    await user.clear(search);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), 'All years');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Year, newest first');
    expect(cardTitles().map((title) => title?.match(/\d{4}/)?.[0])).toEqual(['2024', '2024', '2023']);
  });

  it('in Vietnamese, says when nothing matches', async () => {
    const { user } = await openList({ language: 'vi', assessments });
    await user.type(await screen.findByRole('searchbox', { name: 'Tìm theo tên hoặc khu vực' }), 'Hà Nội');
    expect(
      screen.getByText('Không có bản đánh giá nào phù hợp. Hãy đổi từ khóa hoặc năm.'),
    ).toBeInTheDocument();
  });
});

describe("the community's profile on its card and its results", () => {
  it.each([
    ['en', 'Đông Nam Bộ · Việt Nam · Population 2,763,124', 'Results: Bình Dương 2024'],
    ['vi', 'Đông Nam Bộ · Việt Nam · Dân số 2.763.124', 'Kết quả: Bình Dương 2024'],
  ] as const)('in %s, shows the region, country and population', async (language, facts, results) => {
    const { navigate } = await openList({
      language,
      assessments: [
        newAssessment({
          id: 'bd',
          profile: {
            name: 'Bình Dương',
            year: 2024,
            region: 'Đông Nam Bộ',
            country: 'Việt Nam',
            population: 2763124,
          },
        }),
      ],
    });
    expect(within(await screen.findByRole('article')).getByText(facts)).toBeInTheDocument();
    await navigate('/assessments/bd/results');
    await screen.findByRole('heading', { level: 1, name: results });
    expect(screen.getByText(facts)).toBeInTheDocument();
  });
});

describe('exporting the scores as CSV', () => {
  const binhDuong = newAssessment({
    id: 'bd',
    profile: { name: 'Bình Dương', year: 2024, population: 2763124 },
    answers: { 'broadband.availability': { value: 87.5 } },
  });
  const exportCsv = async (language: 'en' | 'vi', choice?: string) => {
    cleanup();
    const downloads = catchDownloads();
    const { user } = await openList({ language, assessments: [binhDuong] });
    const format = screen.getByRole('combobox', {
      name: language === 'en' ? 'Decimal mark in the CSV' : 'Dấu thập phân trong tệp CSV',
    });
    if (choice) await user.selectOptions(format, choice);
    await user.click(
      screen.getByRole('button', {
        name: language === 'en' ? 'Export scores (CSV)' : 'Xuất bảng điểm (CSV)',
      }),
    );
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    return (await downloads[0]?.blob.text())?.replace(/^\uFEFF/, '').split('\r\n') ?? [];
  };

  it('in Vietnamese, writes a decimal comma and semicolons unless the reader chooses otherwise', async () => {
    const [header, row] = await exportCsv('vi');
    expect(header).toMatch(/^Mã bản đánh giá;Cộng đồng;Năm;Dân số;/);
    expect(row).toMatch(/^bd;Bình Dương;2024;2763124;/);
    expect(row).toMatch(/;\d+,\d\d;/);
    expect(row).not.toMatch(/\d\.\d/);
  });

  it('in English, writes a decimal point and commas, or a decimal comma when chosen', async () => {
    const [, pointRow] = await exportCsv('en');
    expect(pointRow).toMatch(/^bd,Bình Dương,2024,2763124,/);
    expect(pointRow).toMatch(/,\d+\.\d\d,/);
    const [, commaRow] = await exportCsv('en', 'Comma: 1234,5');
    expect(commaRow?.split(';')).toEqual(pointRow?.split(',').map((cell) => cell.replace('.', ',')));
  });
});

describe('a long list', () => {
  it('shows the 50 most recently edited at first, then more on request', async () => {
    const assessments = Array.from({ length: 60 }, (_, i) => ({
      id: `a${i}`,
      profile: { name: `Tỉnh ${i}` },
      answers: {},
      updatedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
    }));
    const { user } = await renderApp({ url: '/', assessments });
    const list = await screen.findByRole('list', { name: '' });
    expect(within(list).getAllByRole('heading', { level: 2 })).toHaveLength(50);
    expect(within(list).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Tỉnh 59');
    expect(screen.getByText('Showing the 50 most recently edited of 60.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 10 more' }));
    expect(within(list).getAllByRole('heading', { level: 2 })).toHaveLength(60);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
  });
});
