import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { listContested, measureCriterionBands } from '../../../src/domain/scoring/disagreement';
import { renderApp } from '../../render-app';
import { cellAt } from '../screen-helpers';
import { newAssessment } from '../walk-through/new-assessment';
import { teamAssessment } from './team-fixture';

describe('the team of an assessment', () => {
  it('adds respondents with their organisation and role, edits one and removes one with their answers', async () => {
    const { user, readAssessment } = await renderApp({
      url: '/assessments/a1/team',
      assessments: [newAssessment()],
    });
    await screen.findByRole('heading', { level: 1, name: 'Team: Thành phố Huế 2025' });
    expect(screen.getByText(/No respondents yet/)).toBeInTheDocument();
    const add = within(screen.getByRole('region', { name: 'Add a respondent' }));
    await user.click(add.getByRole('button', { name: 'Add respondent' }));
    expect(add.getByText('Enter the respondent’s name.')).toBeInTheDocument();
    for (const [name, organisation, role] of [
      ['Nguyễn Thị Lan', 'Sở Thông tin và Truyền thông', 'Phó Giám đốc'],
      ['Trần Văn Minh', 'Sở Khoa học và Công nghệ', ''],
      ['Lê Hoàng', '', ''],
    ]) {
      await user.type(add.getByRole('textbox', { name: 'Name' }), name ?? '');
      // Pasted, as a department's name usually is.
      if (organisation) {
        await user.click(add.getByRole('textbox', { name: /Organisation or department/ }));
        await user.paste(organisation);
      }
      if (role) {
        await user.click(add.getByRole('textbox', { name: 'Role' }));
        await user.paste(role);
      }
      await user.click(add.getByRole('button', { name: 'Add respondent' }));
    }
    expect(screen.getByRole('heading', { level: 2, name: '3 respondents' })).toBeInTheDocument();
    const stored = readAssessment('a1')?.respondents ?? [];
    expect(stored.map(({ name, organisation, role }) => [name, organisation, role])).toEqual([
      ['Nguyễn Thị Lan', 'Sở Thông tin và Truyền thông', 'Phó Giám đốc'],
      ['Trần Văn Minh', 'Sở Khoa học và Công nghệ', undefined],
      ['Lê Hoàng', undefined, undefined],
    ]);

    await user.click(screen.getByRole('button', { name: 'Edit: Lê Hoàng' }));
    const edit = within(screen.getByRole('form', { name: 'Edit: Lê Hoàng' }));
    await user.type(edit.getByRole('textbox', { name: 'Role' }), 'Chánh Văn phòng');
    await user.click(edit.getByRole('button', { name: 'Save' }));
    expect(readAssessment('a1')?.respondents?.[2]).toMatchObject({
      name: 'Lê Hoàng',
      role: 'Chánh Văn phòng',
    });

    await user.click(screen.getByRole('button', { name: 'Remove: Trần Văn Minh' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Remove Trần Văn Minh?' }));
    await user.click(dialog.getByRole('button', { name: 'Remove the respondent and their answers' }));
    expect(readAssessment('a1')?.respondents?.map(({ name }) => name)).toEqual([
      'Nguyễn Thị Lan',
      'Lê Hoàng',
    ]);
  });

  it('assigns whole criteria and single questions, and nothing ticked means every question', async () => {
    const { user, readAssessment } = await renderApp({
      url: '/assessments/team/team',
      assessments: [teamAssessment()],
    });
    await screen.findByRole('heading', { level: 1, name: /^Team: / });
    await user.click(screen.getByRole('button', { name: 'Assign questions: Lê Hoàng' }));
    expect(screen.getByText('Every question (nothing assigned in particular).')).toBeInTheDocument();
    const criteria = within(screen.getByRole('group', { name: 'Whole criteria asked of Lê Hoàng' }));
    await user.click(criteria.getByRole('checkbox', { name: 'Innovation' }));
    await user.click(screen.getByText(/^Single questions of other criteria/));
    await user.click(screen.getByRole('checkbox', { name: /cheapest widely available/ }));
    const office = readAssessment('team')?.respondents?.[2];
    expect(office?.criteria).toEqual(['innovation']);
    expect(office?.questions).toEqual(['broadband.affordability']);
    expect(screen.getByText('Asked: Innovation; 1 single question')).toBeInTheDocument();
    await user.click(criteria.getByRole('checkbox', { name: 'Innovation' }));
    await user.click(screen.getByRole('checkbox', { name: /cheapest widely available/ }));
    expect(readAssessment('team')?.respondents?.[2]).toEqual({
      id: 'office',
      name: 'Lê Hoàng',
      organisation: 'Văn phòng UBND tỉnh',
    });
  });

  it.each([
    [
      'en',
      /^Team: /,
      '2 contested questions',
      'spread 0.50 (moderate) · 3 answers',
      'spread 0.24 (small) · 2 answers',
    ],
    [
      'vi',
      /^Nhóm trả lời: /,
      '2 câu hỏi còn ý kiến khác nhau',
      'độ chênh lệch 0,50 (vừa) · 3 câu trả lời',
      'độ chênh lệch 0,24 (nhỏ) · 2 câu trả lời',
    ],
  ] as const)(
    'in %s, lists the contested questions by spread, in words and numbers',
    async (language, heading, contestedHeading, first, second) => {
      const { framework } = await renderApp({
        url: '/assessments/team/team',
        language,
        assessments: [teamAssessment()],
      });
      await screen.findByRole('heading', { level: 1, name: heading });
      expect(listContested(framework, teamAssessment().responses).map((q) => q.questionId)).toEqual([
        'broadband.provider-choice',
        'broadband.availability',
      ]);
      const list = screen.getByRole('heading', { level: 2, name: contestedHeading }).parentElement;
      const items = within(list as HTMLElement).getAllByRole('listitem');
      expect(items).toHaveLength(2);
      expect(items[0]).toHaveTextContent(first);
      expect(items[1]).toHaveTextContent(second);
      expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute(
        'href',
        '#/assessments/team/broadband/broadband.provider-choice',
      );
    },
  );

  it('draws each criterion’s band across respondents, with a table of the same numbers', async () => {
    const { framework } = await renderApp({ url: '/assessments/team/team', assessments: [teamAssessment()] });
    await screen.findByRole('heading', { level: 1, name: /^Team: / });
    expect(screen.getByRole('img', { name: /^Radar chart of the six criteria/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /lowest and highest score across respondents/ });
    const [broadband] = measureCriterionBands(framework, teamAssessment().responses);
    const one = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(1));
    expect(cellAt(table, 'Broadband', 'Lowest')).toHaveTextContent(one(broadband?.low));
    expect(cellAt(table, 'Broadband', 'Highest')).toHaveTextContent(one(broadband?.high));
    expect(cellAt(table, 'Broadband', 'Respondents with a score')).toHaveTextContent('3');
    expect(cellAt(table, 'Innovation', 'Lowest')).toHaveTextContent('—');
    // The departments differ on broadband: the band is not a single point.
    expect(broadband?.high).toBeGreaterThan(broadband?.low ?? Infinity);
  });
});
