import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import fc from 'fast-check';

import { bundledFramework } from '../../../src/framework/bundled-criteria';
import { valueArbitrary } from '../../factories/answer-arbitraries';
import { renderApp } from '../../render-app';

import { newAssessment } from './new-assessment';
import { promptOf } from './question-lookup';

describe('a criterion step', () => {
  it('takes the focus to its heading and shows the eleven questions of the criterion', async () => {
    await renderApp({ url: '/assessments/a1/broadband', assessments: [newAssessment()] });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Broadband' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Question 1 of 11')).toBeInTheDocument();
    expect(screen.getByText('Question 11 of 11')).toBeInTheDocument();
  });

  it.each([
    ['en', 'The story of Broadband', 'Narrative', 'Three networks cover 95% of wards.', '6 words', '7 words'],
    [
      'vi',
      'Câu chuyện về Kết nối băng thông rộng',
      'Thuyết minh',
      'Ba nhà mạng phủ sóng – 95% phường',
      '7 từ',
      '8 từ',
    ],
  ] as const)(
    'in %s, keeps the narrative as typed and counts its words',
    async (language, region, label, text, count, more) => {
      const { user, readAssessment } = await renderApp({
        url: '/assessments/a1/broadband',
        language,
        assessments: [newAssessment()],
      });
      const narrative = within(await screen.findByRole('region', { name: region }));
      const field = narrative.getByRole('textbox', { name: label });
      expect(narrative.getByText(language === 'en' ? '0 words' : '0 từ')).toBeInTheDocument();
      // Pasted, then a word typed: the count follows every change.
      await user.click(field);
      await user.paste(text);
      expect(narrative.getByText(count)).toBeInTheDocument();
      await user.type(field, ' 2024');
      expect(narrative.getByText(more)).toBeInTheDocument();
      expect(readAssessment('a1')?.narratives).toEqual({ broadband: `${text} 2024` });
      await user.clear(field);
      expect(readAssessment('a1')?.narratives).toBeUndefined();
    },
  );
});

describe('the stepper', () => {
  it.each([
    ['en', 'Steps of the assessment', '0 of 11 answered', '1 of 11 answered'],
    ['vi', 'Các bước đánh giá', 'Đã trả lời 0/11', 'Đã trả lời 1/11'],
  ] as const)(
    'in %s, counts the answered questions of each criterion as they are answered',
    async (language, nav, before, after) => {
      const { user, framework } = await renderApp({
        url: '/assessments/a1/broadband',
        language,
        assessments: [newAssessment({ answers: { 'innovation.triple-helix': { value: 3 } } })],
      });
      const card = await screen.findByRole('region', {
        name: promptOf(framework, 'broadband.provider-choice', language),
      });
      const stepper = within(screen.getByRole('navigation', { name: nav }));
      const broadband = stepper.getByRole('link', { current: 'step' });
      expect(broadband).toHaveAttribute('href', '#/assessments/a1/broadband');
      expect(broadband).toHaveTextContent(before);
      await user.click(within(card).getByRole('radio', { name: /^2 · / }));
      expect(broadband).toHaveTextContent(after);
      const innovation = stepper.getByRole('link', { name: /^(Innovation|Đổi mới sáng tạo)/ });
      expect(innovation).toHaveTextContent(after);
    },
  );

  it('leads to another step, which takes the focus', async () => {
    const { user } = await renderApp({ url: '/assessments/a1/broadband', assessments: [newAssessment()] });
    await screen.findByRole('heading', { level: 1, name: 'Broadband' });
    const stepper = within(screen.getByRole('navigation', { name: 'Steps of the assessment' }));
    await user.click(stepper.getByRole('link', { name: /^Sustainability/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sustainability' })).toHaveFocus();
    expect(window.location.hash).toBe('#/assessments/a1/sustainability');
  });
});

describe('the previous and next step links', () => {
  it('name the step they lead to', async () => {
    const { user } = await renderApp({ url: '/assessments/a1/profile', assessments: [newAssessment()] });
    await screen.findByRole('heading', { level: 1, name: 'Community profile' });
    const stepNav = within(screen.getByRole('navigation', { name: 'Previous and next step' }));
    expect(stepNav.queryByRole('link', { name: /^Back/ })).not.toBeInTheDocument();
    await user.click(stepNav.getByRole('link', { name: 'Next: Broadband' }));
    await screen.findByRole('heading', { level: 1, name: 'Broadband' });
    expect(screen.getByRole('link', { name: 'Back: Community profile' })).toBeInTheDocument();
  });
});

describe('switching the language on a step', () => {
  it('shows the same step in Vietnamese in place, answers kept', async () => {
    const { user, framework } = await renderApp({
      url: '/assessments/a1/sustainability',
      assessments: [newAssessment({ answers: { 'sustainability.eco-industrial-parks': { value: 'na' } } })],
    });
    await screen.findByRole('heading', { level: 1, name: 'Sustainability' });
    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Phát triển bền vững' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/assessments/a1/sustainability');
    expect(screen.getByText('Câu hỏi 1/12')).toBeInTheDocument();
    const card = screen.getByRole('region', {
      name: promptOf(framework, 'sustainability.eco-industrial-parks', 'vi'),
    });
    expect(within(card).getByRole('radio', { name: 'Không áp dụng tại địa phương' })).toBeChecked();
  });
});

describe('"Next unanswered question"', () => {
  it('takes the focus past answered questions to the next unanswered one, and says how many are left', async () => {
    const { user, framework } = await renderApp({
      url: '/assessments/a1/broadband',
      // The first question answered: the jump skips it.
      assessments: [newAssessment({ answers: { 'broadband.provider-choice': { value: 3 } } })],
    });
    await screen.findByRole('heading', { level: 1, name: 'Broadband' });
    const questions = framework.criteria.find((c) => c.id === 'broadband')?.questions ?? [];
    expect(screen.getAllByText(`${questions.length - 1} still to answer in this criterion`)).toHaveLength(2);
    const jump = () => user.click(screen.getAllByRole('link', { name: 'Next unanswered question' })[0]!);

    await jump();
    expect(screen.getByRole('region', { name: promptOf(framework, 'broadband.availability') })).toHaveFocus();
    await jump();
    expect(screen.getByRole('region', { name: promptOf(framework, 'broadband.adoption') })).toHaveFocus();
  });

  it('lists every question of the step, answered or not, and a link takes the focus to it', async () => {
    const { user, framework } = await renderApp({
      url: '/assessments/a1/broadband',
      language: 'vi',
      assessments: [newAssessment({ answers: { 'broadband.provider-choice': { value: 3 } } })],
    });
    await screen.findByRole('heading', { level: 1, name: 'Kết nối băng thông rộng' });
    const questions = framework.criteria.find((c) => c.id === 'broadband')?.questions ?? [];
    const name = `Đi tới câu hỏi (tiêu chí này có ${questions.length} câu)`;
    await user.click(screen.getByText(name));
    const index = screen.getByRole('list', { name });
    const items = within(index).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(
      questions.map(
        (q) => `${q.prompt.vi} (${q.id === 'broadband.provider-choice' ? 'đã trả lời' : 'chưa trả lời'})`,
      ),
    );
    const last = questions.at(-1);
    if (!last) throw new Error('broadband has no questions');
    await user.click(within(index).getByRole('link', { name: last.prompt.vi }));
    expect(screen.getByRole('region', { name: promptOf(framework, last.id, 'vi') })).toHaveFocus();
  });

  it('says so when every question of the criterion is answered', async () => {
    if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
    const questions = bundledFramework.value.criteria.find((c) => c.id === 'broadband')?.questions ?? [];
    const answers = Object.fromEntries(
      questions.map((q) => [q.id, { value: fc.sample(valueArbitrary(q), { numRuns: 1, seed: 1 })[0]! }]),
    );
    await renderApp({
      url: '/assessments/a1/broadband',
      language: 'vi',
      assessments: [newAssessment({ answers })],
    });
    expect(await screen.findAllByText('Đã trả lời hết các câu hỏi của tiêu chí này.')).toHaveLength(2);
    expect(screen.queryByRole('link', { name: 'Câu hỏi tiếp theo chưa trả lời' })).not.toBeInTheDocument();
  });
});
