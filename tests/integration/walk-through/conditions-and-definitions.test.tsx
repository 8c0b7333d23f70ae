import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { renderApp } from '../../render-app';
import { newAssessment } from './new-assessment';
import { findQuestion, promptOf } from './question-lookup';

const LEVEL_QUESTION = 'broadband.vision-plan';

async function openCard(
  questionId: string,
  step: string,
  language: 'en' | 'vi' = 'en',
  assessment = newAssessment(),
) {
  const app = await renderApp({ url: `/assessments/a1/${step}`, language, assessments: [assessment] });
  const card = await screen.findByRole('region', { name: promptOf(app.framework, questionId, language) });
  return { ...app, card: within(card) };
}

describe('the conditions of a level question', () => {
  it("lists each level's conditions as checkboxes, proposes a level from the ticks, and leaves the choice to the user", async () => {
    const { user, card, framework, readAssessment } = await openCard(LEVEL_QUESTION, 'broadband');
    const question = findQuestion(framework, LEVEL_QUESTION);
    if (question.type !== 'level') throw new Error('expected a level question');
    const [, level1, level2] = question.levels;
    const box = (text: string) => card.getByRole('checkbox', { name: text });
    for (const level of [1, 2, 3, 4]) {
      const list = card.getByRole('list', { name: `Conditions for level ${level}` });
      expect(within(list).getAllByRole('checkbox')).toHaveLength(question.levels[level]!.conditions.length);
    }
    expect(card.queryByRole('list', { name: 'Conditions for level 0' })).not.toBeInTheDocument();
    expect(card.getByRole('status')).toHaveTextContent('');

    // Level 2's conditions alone propose nothing above 0: level 1's are not met.
    for (const condition of level2!.conditions) await user.click(box(condition.en));
    expect(card.getByRole('status')).toHaveTextContent(
      /^Proposed from the ticked conditions: level 0 · Not in place/,
    );
    for (const condition of level1!.conditions) await user.click(box(condition.en));
    expect(card.getByRole('status')).toHaveTextContent(/level 2 · Developing/);

    // Ticks are a worksheet: nothing is saved until the user chooses a level.
    expect(readAssessment('a1')?.answers[LEVEL_QUESTION]).toBeUndefined();
    await user.click(card.getByRole('button', { name: 'Choose level 2' }));
    expect(readAssessment('a1')?.answers[LEVEL_QUESTION]).toEqual({ value: 2 });
    expect(card.getByRole('radio', { name: /^2 · Developing/ })).toBeChecked();
    expect(card.queryByRole('button', { name: 'Choose level 2' })).not.toBeInTheDocument();
    // The user may still choose another level than the one proposed.
    await user.click(card.getByRole('radio', { name: /^1 · Initial/ }));
    expect(readAssessment('a1')?.answers[LEVEL_QUESTION]).toEqual({ value: 1 });
  });

  it('reads the proposal in Vietnamese', async () => {
    const { user, card, framework } = await openCard(LEVEL_QUESTION, 'broadband', 'vi');
    const question = findQuestion(framework, LEVEL_QUESTION);
    if (question.type !== 'level') throw new Error('expected a level question');
    for (const condition of question.levels[1]!.conditions) {
      await user.click(card.getByRole('checkbox', { name: condition.vi }));
    }
    expect(card.getByRole('status')).toHaveTextContent(
      /^Mức gợi ý theo các điều kiện đã đánh dấu: mức 1 · Bước đầu/,
    );
  });
});

describe('a percent or number question', () => {
  it('shows its definition card and records the data year and source of the answer', async () => {
    const { user, card, framework, readAssessment } = await openCard('broadband.adoption', 'broadband');
    const question = findQuestion(framework, 'broadband.adoption');
    if (question.type !== 'percent') throw new Error('expected a percent question');
    await user.click(card.getByText('Definition: what to measure and where to find it'));
    expect(card.getAllByRole('definition')).toHaveLength(7);
    for (const [term, text] of [
      ['What is measured', question.definition.measures.en],
      ['How it is calculated', question.definition.formula.en],
      ['Typical sources in Vietnam', question.definition.sources.en],
      ['International equivalent', question.definition.international.en],
    ] as const) {
      expect(card.getByText(term)).toBeInTheDocument();
      expect(card.getByText(text)).toBeInTheDocument();
    }
    expect(card.getByText('Why the scale runs from 30% to 90%')).toBeInTheDocument();

    await user.type(card.getByRole('textbox', { name: /^Data year/ }), '1880');
    expect(card.getByText('Enter a year from 1990 to 2100, e.g. 2023')).toBeInTheDocument();
    await user.clear(card.getByRole('textbox', { name: /^Data year/ }));
    await user.type(card.getByRole('textbox', { name: /^Data year/ }), '2023');
    await user.type(card.getByRole('textbox', { name: /^Source of the figure/ }), 'Niên giám thống kê 2023');
    expect(readAssessment('a1')?.answers['broadband.adoption']).toEqual({
      dataYear: 2023,
      source: 'Niên giám thống kê 2023',
    });
  });
});

describe('answers given under criteria 1.0.0', () => {
  it('are listed for review beside the question asked now, both versions shown', async () => {
    const assessment: Assessment = {
      ...newAssessment({ answers: { 'broadband.availability': { value: 90 } } }),
      earlierAnswers: { 'broadband.isp-competition': { value: 3, notes: 'Ba nhà mạng', version: '1.0.0' } },
    };
    const { framework } = await openCard('broadband.provider-choice', 'broadband', 'en', assessment);
    const section = within(screen.getByRole('region', { name: 'Answered under criteria 1.0.0: for review' }));
    expect(
      section.getByText(framework.history[0]!.questions['broadband.isp-competition']!.prompt.en),
    ).toBeInTheDocument();
    expect(section.getByText('3 · Established')).toBeInTheDocument();
    expect(section.getByText(/shares of the community instead of counts/)).toBeInTheDocument();
    expect(
      section.getByRole('link', { name: promptOf(framework, 'broadband.provider-choice') }),
    ).toHaveAttribute('href', '#/assessments/a1/broadband/broadband.provider-choice');
  });
});

describe('the illustrative example', () => {
  it('shows its notes and narratives in the interface language and switches with it', async () => {
    const { user } = await renderApp({ url: '/', language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Explore the example: Bình Dương 2023' }));
    await screen.findByRole('heading', { level: 1, name: 'Community profile' });
    await user.click(screen.getByRole('link', { name: /^Innovation/ }));
    await screen.findByRole('heading', { level: 1, name: 'Innovation' });
    expect(
      screen.getByText(/ICF reports that Binh Duong used the "triple helix" method/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    await screen.findByRole('heading', { level: 1, name: 'Đổi mới sáng tạo' });
    await waitFor(() =>
      expect(screen.getByText(/ICF ghi nhận Bình Dương áp dụng phương pháp "ba nhà"/)).toBeInTheDocument(),
    );
    expect(screen.queryByText(/ICF reports that Binh Duong used/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() =>
      expect(
        screen.getByText(/ICF reports that Binh Duong used the "triple helix" method/),
      ).toBeInTheDocument(),
    );
  });
});
