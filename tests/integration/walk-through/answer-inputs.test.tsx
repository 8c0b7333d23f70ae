import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '../../render-app';

import type { Answer } from '../../../src/domain/assessment/assessment-schema';
import type { Language } from '../../../src/domain/language';
import { newAssessment } from './new-assessment';
import { findQuestion, promptOf } from './question-lookup';

/** Opens a criterion step of assessment a1 and returns the card of one of its questions. */
async function openQuestion(
  step: string,
  questionId: string,
  language: Language = 'en',
  answers: Record<string, Answer> = {},
) {
  const app = await renderApp({
    url: `/assessments/a1/${step}`,
    language,
    assessments: [newAssessment({ answers })],
  });
  const card = await screen.findByRole('region', { name: promptOf(app.framework, questionId, language) });
  const saved = () => app.readAssessment('a1')?.answers[questionId]?.value;
  return { ...app, card, saved };
}

/** The field a quantity is typed in: "Your answer (…)" in English, "Câu trả lời (…)" in Vietnamese. */
const answerField = (card: HTMLElement) =>
  within(card).getByRole('textbox', { name: /^(Your answer|Câu trả lời) \(/ });

describe('a level question', () => {
  it('offers the five levels as one radio group named by the question, and saves the chosen level', async () => {
    const { user, card, saved, framework } = await openQuestion('broadband', 'broadband.provider-choice');
    const group = within(card).getByRole('group', { name: promptOf(framework, 'broadband.provider-choice') });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    await user.click(within(group).getByRole('radio', { name: /^3 · Established/ }));
    expect(within(group).getByRole('radio', { name: /^3 · Established/ })).toBeChecked();
    expect(saved()).toBe(3);
  });

  it('names the levels in Vietnamese', async () => {
    const { user, card, saved } = await openQuestion('broadband', 'broadband.provider-choice', 'vi');
    await user.click(within(card).getByRole('radio', { name: /^1 · Bước đầu/ }));
    expect(saved()).toBe(1);
  });

  it('offers "Not applicable here" only where the criteria allow it', async () => {
    const { user, card, saved, framework } = await openQuestion(
      'sustainability',
      'sustainability.eco-industrial-parks',
    );
    await user.click(within(card).getByRole('radio', { name: 'Not applicable here' }));
    expect(saved()).toBe('na');
    const other = screen.getByRole('region', {
      name: promptOf(framework, 'sustainability.climate-action-plan'),
    });
    expect(within(other).queryByRole('radio', { name: 'Not applicable here' })).not.toBeInTheDocument();
  });
});

describe('a yes/no question', () => {
  it('saves Yes as true and No as false', async () => {
    const { user, card, saved } = await openQuestion(
      'knowledge-workforce',
      'knowledge-workforce.higher-education-access',
    );
    await user.click(within(card).getByRole('radio', { name: 'Yes' }));
    expect(saved()).toBe(true);
    await user.click(within(card).getByRole('radio', { name: 'No' }));
    expect(saved()).toBe(false);
    expect(within(card).getByRole('radio', { name: 'Yes' })).not.toBeChecked();
  });

  it('reads "Có", "Không" and "Không áp dụng tại địa phương" in Vietnamese', async () => {
    const { user, card, saved } = await openQuestion(
      'knowledge-workforce',
      'knowledge-workforce.higher-education-access',
      'vi',
    );
    await user.click(within(card).getByRole('radio', { name: 'Không' }));
    expect(saved()).toBe(false);
    await user.click(within(card).getByRole('radio', { name: 'Không áp dụng tại địa phương' }));
    expect(saved()).toBe('na');
  });
});

describe('a checklist question', () => {
  it('saves the ticked items in the order of the criteria, whatever order they are ticked in', async () => {
    const { user, card, saved, framework } = await openQuestion('broadband', 'broadband.deployment-policies');
    const question = findQuestion(framework, 'broadband.deployment-policies');
    if (question.type !== 'checklist') throw new Error('expected a checklist');
    const [first, second] = question.options;
    if (!first || !second) throw new Error('expected two options');
    await user.click(within(card).getByRole('checkbox', { name: second.label.en }));
    await user.click(within(card).getByRole('checkbox', { name: first.label.en }));
    expect(saved()).toEqual([first.id, second.id]);
  });

  it('keeps an answer with nothing ticked, as "none of these"', async () => {
    const { user, card, saved, framework } = await openQuestion('broadband', 'broadband.deployment-policies');
    const question = findQuestion(framework, 'broadband.deployment-policies');
    if (question.type !== 'checklist') throw new Error('expected a checklist');
    const option = within(card).getByRole('checkbox', { name: question.options[0]?.label.en });
    await user.click(option);
    await user.click(option);
    expect(saved()).toEqual([]);
  });
});

describe('"Clear answer"', () => {
  it('appears once a question is answered and leaves it unanswered again', async () => {
    const { user, card, saved, framework } = await openQuestion('broadband', 'broadband.provider-choice');
    const name = `Clear answer: ${promptOf(framework, 'broadband.provider-choice')}`;
    expect(within(card).queryByRole('button', { name })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('radio', { name: /^2 · Developing/ }));
    await user.click(within(card).getByRole('button', { name }));
    expect(saved()).toBeUndefined();
    expect(within(card).getByRole('radio', { name: /^2 · Developing/ })).not.toBeChecked();
    expect(within(card).queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('empties a number field', async () => {
    const { user, card, saved } = await openQuestion('broadband', 'broadband.availability', 'vi', {
      'broadband.availability': { value: 75 },
    });
    const field = within(card).getByRole('textbox', { name: 'Câu trả lời (%)' });
    expect(field).toHaveValue('75');
    await user.click(within(card).getByRole('button', { name: /^Xóa câu trả lời:/ }));
    expect(saved()).toBeUndefined();
    expect(field).toHaveValue('');
  });

  it('can be undone from the message it leaves', async () => {
    const { user, card, saved } = await openQuestion('broadband', 'broadband.availability', 'vi', {
      'broadband.availability': { value: 75 },
    });
    await user.click(within(card).getByRole('button', { name: /^Xóa câu trả lời:/ }));
    expect(within(card).getByText('Đã xóa câu trả lời.')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: /^Hoàn tác:/ }));
    expect(saved()).toBe(75);
    expect(answerField(card)).toHaveValue('75');
    expect(within(card).queryByText('Đã xóa câu trả lời.')).not.toBeInTheDocument();
  });

  it('can be undone with Ctrl+Z while the message shows, and not once a new answer is chosen', async () => {
    const { user, card, saved } = await openQuestion('broadband', 'broadband.provider-choice', 'en', {
      'broadband.provider-choice': { value: 2, notes: 'Two networks' },
    });
    await user.click(within(card).getByRole('button', { name: /^Clear answer:/ }));
    expect(saved()).toBeUndefined();
    await user.keyboard('{Control>}z{/Control}');
    expect(saved()).toBe(2);
    expect(within(card).getByRole('radio', { name: /^2 · Developing/ })).toBeChecked();

    await user.click(within(card).getByRole('button', { name: /^Clear answer:/ }));
    await user.click(within(card).getByRole('radio', { name: /^4 · / }));
    expect(within(card).queryByRole('button', { name: /^Undo:/ })).not.toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(saved()).toBe(4);
  });
});

describe('a percent or number field', () => {
  it.each([
    ['en', '12.5', 12.5],
    ['vi', '12,5', 12.5],
    ['vi', '12.5', 12.5],
  ] as const)('in %s, reads "%s" as %d', async (language, typed, value) => {
    const { user, card, saved } = await openQuestion('broadband', 'broadband.availability', language);
    await user.type(answerField(card), typed);
    expect(saved()).toBe(value);
  });

  it.each([
    ['en', '1,234.5', 1234.5],
    ['vi', '1.234,5', 1234.5],
    ['vi', '2.500', 2500],
  ] as const)('in %s, reads "%s" with thousands separators as %d', async (language, typed, value) => {
    const { user, card, saved } = await openQuestion('broadband', 'broadband.fixed-speed', language);
    await user.type(answerField(card), typed);
    expect(saved()).toBe(value);
  });

  it('shows a percentage above 100 as an error beside the field, and keeps the last valid value', async () => {
    const { user, card, saved } = await openQuestion('broadband', 'broadband.availability', 'en', {
      'broadband.availability': { value: 75 },
    });
    const field = within(card).getByRole('textbox', { name: 'Your answer (%)' });
    await user.clear(field);
    await user.type(field, '150');
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(/Enter a percentage from 0 to 100\./);
    expect(saved()).toBe(15);
    await user.type(field, '{Backspace}{Backspace}');
    expect(field).toBeValid();
    expect(field).not.toHaveAccessibleDescription(/Enter a percentage/);
    expect(saved()).toBe(1);
  });

  it.each([
    ['en', '20000', 'broadband.fixed-speed', 'Enter a number of at most 10000.'],
    ['vi', '-60', 'knowledge-workforce.employment-change', 'Hãy nhập số không nhỏ hơn -50.'],
  ] as const)(
    'in %s, refuses %s for %s, saying "%s" beside the field',
    async (language, typed, id, message) => {
      const step = id.split('.')[0] ?? '';
      const { user, card, saved } = await openQuestion(step, id, language);
      const field = answerField(card);
      await user.type(field, typed);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      const describedBy = field.getAttribute('aria-describedby')?.split(' ') ?? [];
      expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContainEqual(
        expect.stringContaining(message),
      );
      expect(saved()).not.toBe(Number(typed));
    },
  );

  it.each([
    ['en', 'Enter a number, for example 75 or 12.5.'],
    ['vi', 'Hãy nhập một số, ví dụ 75 hoặc 12,5.'],
  ] as const)('in %s, says what is wrong with text that is not a number', async (language, message) => {
    const { user, card, saved } = await openQuestion('broadband', 'broadband.availability', language);
    const field = answerField(card);
    await user.type(field, 'abc');
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(saved()).toBeUndefined();
  });
});
