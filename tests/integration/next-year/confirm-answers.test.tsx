import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import fc from 'fast-check';

import type { Answer } from '../../../src/domain/assessment/assessment-schema';
import { bundledFramework } from '../../../src/framework/bundled-criteria';
import { valueArbitrary } from '../../factories/answer-arbitraries';
import type { Language } from '../../../src/domain/language';
import { renderApp } from '../../render-app';
import { newAssessment } from '../walk-through/new-assessment';
import { promptOf } from '../walk-through/question-lookup';

const carried = { carriedOver: { fromYear: 2024 } };

function innovationQuestions() {
  if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
  return bundledFramework.value.criteria.find((c) => c.id === 'innovation')?.questions ?? [];
}

/** Vĩnh Long 2025, started from 2024: three broadband answers carried over, one of them confirmed. */
const vinhLong2025 = (answers: Record<string, Answer> = {}) =>
  newAssessment({
    id: 'a1',
    profile: { name: 'Vĩnh Long', year: 2025 },
    answers: {
      'broadband.provider-choice': { value: 3, notes: 'Ba nhà mạng', ...carried },
      'broadband.availability': { value: 92.5, dataYear: 2024, ...carried },
      'broadband.adoption': { value: 70, ...carried },
      'broadband.fixed-speed': { value: 55 },
      ...answers,
    },
  });

async function openStep(language: Language = 'en', answers: Record<string, Answer> = {}) {
  const app = await renderApp({
    url: '/assessments/a1/broadband',
    language,
    assessments: [vinhLong2025(answers)],
  });
  await screen.findByRole('heading', { level: 1, name: language === 'en' ? 'Broadband' : /băng thông rộng/ });
  const card = (id: string) =>
    within(screen.getByRole('region', { name: promptOf(app.framework, id, language) }));
  const stepper = within(
    screen.getByRole('navigation', {
      name: language === 'en' ? 'Steps of the assessment' : 'Các bước đánh giá',
    }),
  );
  const marks = () =>
    Object.values(app.readAssessment('a1')?.answers ?? {}).filter((a) => a.carriedOver).length;
  return { ...app, card, stepper, marks };
}

describe('answers carried over from last year', () => {
  it.each([
    ['en', 'From 2024, to confirm', 'Confirm', '4 of 11 answered, 3 to confirm'],
    ['vi', 'Từ năm 2024, cần xác nhận', 'Xác nhận', 'Đã trả lời 4/11, 3 câu cần xác nhận'],
  ] as const)(
    'in %s, are marked until one click confirms each',
    async (language, mark, confirm, progress) => {
      const { card, stepper, framework, readAssessment, user } = await openStep(language);
      const provider = card('broadband.provider-choice');
      // Beside the question's number, and beside its answer with the button that confirms it.
      expect(provider.getAllByText(mark)).toHaveLength(2);
      // A confirmed answer has no mark.
      expect(card('broadband.fixed-speed').queryByText(mark)).not.toBeInTheDocument();
      const broadband = stepper.getByRole('link', { current: 'step' });
      expect(broadband).toHaveTextContent(progress);

      const prompt = promptOf(framework, 'broadband.provider-choice', language);
      await user.click(provider.getByRole('button', { name: `${confirm}: ${prompt}` }));
      expect(provider.queryByText(mark)).not.toBeInTheDocument();
      // The button went with the mark: the focus stays on its question.
      expect(screen.getByRole('region', { name: prompt })).toHaveFocus();
      expect(readAssessment('a1')?.answers['broadband.provider-choice']).toEqual({
        value: 3,
        notes: 'Ba nhà mạng',
      });
      expect(broadband).toHaveTextContent(progress.replace('3', '2'));
    },
  );

  it('are confirmed by any change to them: a new value, or a note', async () => {
    const { card, readAssessment, user, marks } = await openStep();
    await user.click(card('broadband.provider-choice').getByRole('radio', { name: /^4 · / }));
    expect(readAssessment('a1')?.answers['broadband.provider-choice']).toEqual({
      value: 4,
      notes: 'Ba nhà mạng',
    });
    expect(card('broadband.provider-choice').queryByText('From 2024, to confirm')).not.toBeInTheDocument();

    const adoption = card('broadband.adoption');
    await user.click(adoption.getByText(/^Notes, evidence/));
    await user.type(adoption.getByRole('textbox', { name: 'Notes' }), 'VNPT 2025');
    expect(readAssessment('a1')?.answers['broadband.adoption']).toEqual({ value: 70, notes: 'VNPT 2025' });
    expect(marks()).toBe(1);
  });

  it('come back still to confirm when a cleared answer is given back', async () => {
    const { card, framework, readAssessment, user } = await openStep();
    const adoption = card('broadband.adoption');
    const prompt = promptOf(framework, 'broadband.adoption');
    await user.click(adoption.getByRole('button', { name: `Clear answer: ${prompt}` }));
    expect(readAssessment('a1')?.answers['broadband.adoption']).toBeUndefined();
    await user.click(adoption.getByRole('button', { name: `Undo: ${prompt}` }));
    expect(readAssessment('a1')?.answers['broadband.adoption']).toEqual({ value: 70, ...carried });
    expect(adoption.getAllByText('From 2024, to confirm')).toHaveLength(2);
  });

  it('are all confirmed at the end of the step, after a review, with an Undo (and Ctrl+Z) while it shows', async () => {
    const { stepper, readAssessment, user, marks } = await openStep();
    expect(
      screen.getByText(/^3 answers of this criterion are carried over from an earlier year\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/^3 answers are still to confirm\. Confirm them only once/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm all in this criterion' }));
    expect(marks()).toBe(0);
    expect(screen.queryByText('From 2024, to confirm')).not.toBeInTheDocument();
    expect(screen.getByText('3 answers confirmed.')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    expect(stepper.getByRole('link', { current: 'step' })).toHaveTextContent('4 of 11 answered');

    await user.click(undo);
    expect(marks()).toBe(3);
    expect(screen.getAllByText('From 2024, to confirm')).toHaveLength(2 * 3);
    expect(screen.queryByText('3 answers confirmed.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Confirm all in this criterion' }));
    expect(marks()).toBe(0);
    await user.keyboard('{Control>}z{/Control}');
    expect(marks()).toBe(3);
    expect(readAssessment('a1')?.answers['broadband.availability']).toEqual({
      value: 92.5,
      dataYear: 2024,
      ...carried,
    });
  });

  it('stay confirmed on Undo once changed since: a changed answer is this year’s', async () => {
    const { card, readAssessment, user, marks } = await openStep();
    await user.click(screen.getByRole('button', { name: 'Confirm all in this criterion' }));
    await user.click(card('broadband.provider-choice').getByRole('radio', { name: /^2 · / }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(marks()).toBe(2);
    expect(readAssessment('a1')?.answers['broadband.provider-choice']).toEqual({
      value: 2,
      notes: 'Ba nhà mạng',
    });
  });

  it('keep a criterion from showing complete until none is left to confirm', async () => {
    const { user } = await renderApp({
      url: '/assessments/a1/innovation',
      language: 'vi',
      assessments: [
        newAssessment({
          id: 'a1',
          // Every question answered, the first two carried over.
          answers: Object.fromEntries(
            innovationQuestions().map((q, i) => [
              q.id,
              { value: fc.sample(valueArbitrary(q), { numRuns: 1, seed: 1 })[0]!, ...(i < 2 ? carried : {}) },
            ]),
          ),
        }),
      ],
    });
    const total = innovationQuestions().length;
    await screen.findByRole('heading', { level: 1, name: 'Đổi mới sáng tạo' });
    const stepper = within(screen.getByRole('navigation', { name: 'Các bước đánh giá' }));
    const step = stepper.getByRole('link', { current: 'step' });
    expect(step).toHaveTextContent(`Đã trả lời ${total}/${total}, 2 câu cần xác nhận`);
    expect(step).not.toHaveTextContent('✓');
    await user.click(screen.getByRole('button', { name: 'Xác nhận tất cả trong tiêu chí này' }));
    expect(step).toHaveTextContent(`✓Đổi mới sáng tạoĐã trả lời ${total}/${total}`);
    expect(screen.getByText('Đã xác nhận 2 câu trả lời.')).toBeInTheDocument();
  });
});

describe('the review of an assessment with answers to confirm', () => {
  it('lists them under their criterion, each a link to its question', async () => {
    const { framework } = await renderApp({ url: '/assessments/a1/review', assessments: [vinhLong2025()] });
    await screen.findByRole('heading', { level: 1, name: 'Review' });
    expect(
      screen.getByText(
        '3 answers carried over from an earlier year are still to confirm; each is listed under its criterion.',
      ),
    ).toBeInTheDocument();
    const broadband = within(screen.getByRole('region', { name: 'Broadband' }));
    expect(broadband.getByText('3 answers to confirm:')).toBeInTheDocument();
    expect(broadband.getByRole('link', { name: promptOf(framework, 'broadband.adoption') })).toHaveAttribute(
      'href',
      '#/assessments/a1/broadband/broadband.adoption',
    );
  });
});
