import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { scoreAssessment } from '../../../src/domain/scoring/score-assessment';
import { renderApp } from '../../render-app';
import { formatScore } from '../screen-helpers';
import { promptOf } from '../walk-through/question-lookup';
import { teamAssessment } from './team-fixture';

const PROVIDER_CHOICE = 'broadband.provider-choice';

describe('the coordinator on a question with respondents', () => {
  it('sees every respondent’s answer side by side, decides with one, undoes it, and the score follows', async () => {
    const { user, framework, readAssessment, navigate } = await renderApp({
      url: '/assessments/team/broadband',
      assessments: [teamAssessment()],
    });
    const card = within(await screen.findByRole('region', { name: promptOf(framework, PROVIDER_CHOICE) }));
    const team = within(card.getByRole('group', { name: 'Respondents’ answers (3 of 3)' }));
    const items = team.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Nguyễn Thị Lan · Sở TT&TT3 · EstablishedBa nhà mạng cáp quangSở TT&TT 2024/),
      expect.stringMatching(/^Trần Văn Minh · Sở KH&CN1 · Initial/),
      expect.stringMatching(/^Lê Hoàng · Văn phòng UBND tỉnh2 · Developing/),
    ]);
    expect(
      team.getByText('Not decided: by the default rule, from 3 answers, 2 · Developing.'),
    ).toBeInTheDocument();
    expect(team.getByText('Spread: 0.50 (moderate)')).toBeInTheDocument();
    const byRule = scoreAssessment(framework, teamAssessment()).overall;

    await user.click(team.getByRole('button', { name: 'Use the answer of Nguyễn Thị Lan' }));
    const decided = readAssessment('team');
    // The whole answer, notes and source included, is the decided answer; the response stays.
    expect(decided?.answers[PROVIDER_CHOICE]).toEqual(teamAssessment().responses?.ict?.[PROVIDER_CHOICE]);
    expect(decided?.responses).toEqual(teamAssessment().responses);
    expect(team.getByText('Decided: 3 · Established.')).toBeInTheDocument();
    expect(card.getByRole('radio', { name: /^3 · / })).toBeChecked();
    const withDecision = scoreAssessment(framework, decided ?? teamAssessment()).overall;
    expect(withDecision).not.toBe(byRule);

    await user.click(team.getByRole('button', { name: 'Undo' }));
    expect(readAssessment('team')?.answers[PROVIDER_CHOICE]).toBeUndefined();

    await user.click(team.getByRole('button', { name: 'Use the answer of Trần Văn Minh' }));
    expect(readAssessment('team')?.answers[PROVIDER_CHOICE]).toEqual({ value: 1 });
    await navigate('/assessments/team/results');
    await screen.findByRole('heading', { level: 1, name: /Tỉnh Ví Dụ 2025/ });
    const overall = scoreAssessment(framework, readAssessment('team') ?? teamAssessment()).overall;
    expect(document.querySelector('.overall__number')).toHaveTextContent(formatScore(overall, 'en'));
    expect(overall).not.toBe(byRule);
  });

  it('withdraws a decision, and the default rule answers again', async () => {
    const { user, framework, readAssessment } = await renderApp({
      url: '/assessments/team/broadband',
      language: 'vi',
      assessments: [teamAssessment({ answers: { [PROVIDER_CHOICE]: { value: 4 } } })],
    });
    const card = within(
      await screen.findByRole('region', { name: promptOf(framework, PROVIDER_CHOICE, 'vi') }),
    );
    const team = within(card.getByRole('group', { name: 'Câu trả lời của người trả lời (3/3)' }));
    expect(team.getByText('Đã chốt: 4 · Dẫn đầu.')).toBeInTheDocument();
    await user.click(team.getByRole('button', { name: 'Hủy chốt (quay về quy tắc mặc định)' }));
    expect(readAssessment('team')?.answers[PROVIDER_CHOICE]).toBeUndefined();
    expect(
      team.getByText('Chưa chốt: theo quy tắc mặc định, từ 3 câu trả lời, là 2 · Đang triển khai.'),
    ).toBeInTheDocument();
  });
});

describe('answering as a respondent', () => {
  it('lands their answers in their own slot, and shows only the questions assigned to them', async () => {
    const { user, framework, readAssessment } = await renderApp({
      url: '/assessments/team/broadband',
      assessments: [teamAssessment()],
    });
    await screen.findByRole('heading', { level: 1, name: 'Broadband' });
    const answeringAs = screen.getByRole('combobox', { name: 'Answering as' });
    expect(within(answeringAs).getByRole('option', { name: 'Trần Văn Minh — Sở KH&CN' })).toHaveValue('dost');
    // user-event matches an option's value or its HTML, where "&" is "&amp;".
    await user.selectOptions(answeringAs, 'dost');
    expect(screen.getByText(/^You are answering as Trần Văn Minh: /)).toHaveAttribute('role', 'status');
    // Only the provider choice is assigned to him.
    expect(screen.getByText('Question 1 of 1')).toBeInTheDocument();
    const card = within(screen.getByRole('region', { name: promptOf(framework, PROVIDER_CHOICE) }));
    expect(card.getByRole('radio', { name: /^1 · / })).toBeChecked();
    expect(card.queryByRole('group', { name: /Respondents’ answers/ })).not.toBeInTheDocument();
    await user.click(card.getByRole('radio', { name: /^4 · / }));
    const stored = readAssessment('team');
    expect(stored?.responses?.dost).toEqual({ [PROVIDER_CHOICE]: { value: 4 } });
    expect(stored?.responses?.ict).toEqual(teamAssessment().responses?.ict);
    expect(stored?.answers).toEqual({});
    const stepper = within(screen.getByRole('navigation', { name: 'Steps of the assessment' }));
    expect(stepper.getByRole('link', { current: 'step' })).toHaveTextContent('1 of 1 answered');
    await user.click(stepper.getByRole('link', { name: /^\d?Innovation/ }));
    expect(
      await screen.findByText('No question of this criterion is assigned to Trần Văn Minh.'),
    ).toBeInTheDocument();
  });

  it('in round 2, sees how many of the group gave each answer, and revises', async () => {
    const { user, framework, readAssessment } = await renderApp({
      url: '/assessments/team/broadband',
      language: 'vi',
      assessments: [teamAssessment({ round: 2 })],
    });
    await screen.findByRole('heading', { level: 1, name: 'Kết nối băng thông rộng' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Trả lời với tư cách' }),
      'Lê Hoàng (Văn phòng UBND tỉnh)',
    );
    const card = within(screen.getByRole('region', { name: promptOf(framework, PROVIDER_CHOICE, 'vi') }));
    const group = within(card.getByRole('group', { name: 'Câu trả lời của cả nhóm (3 người)' }));
    const counts = group.getAllByRole('row').map((row) => row.textContent);
    expect(counts).toEqual([
      'Câu trả lờiSố người',
      '0 · Chưa có0',
      '1 · Bước đầu1',
      '2 · Đang triển khai1',
      '3 · Đã hoàn thiện1',
      '4 · Dẫn đầu0',
    ]);
    await user.click(card.getByRole('radio', { name: /^3 · / }));
    expect(readAssessment('team')?.responses?.office?.[PROVIDER_CHOICE]).toEqual({ value: 3 });
    expect(group.getAllByRole('row').map((row) => row.textContent)).toContain('3 · Đã hoàn thiện2');
  });
});
