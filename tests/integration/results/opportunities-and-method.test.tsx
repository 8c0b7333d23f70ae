import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildResults, OPPORTUNITY_COUNT } from '../../../src/domain/insights/build-results';
import { readFixtureAssessment, renderApp } from '../../render-app';
import { clickToOpen, formatSigned } from '../screen-helpers';

const complete = readFixtureAssessment('complete.json');
const partial = readFixtureAssessment('partial.json');

describe('improvement opportunities', () => {
  it('lists the answered questions that would raise the overall most, best first, each with the points it would add', async () => {
    const { framework } = await renderApp({
      url: `/assessments/${partial.id}/results`,
      assessments: [partial],
    });
    const section = await screen.findByRole('region', { name: 'Improvement opportunities' });
    const expected = buildResults(framework, partial).opportunities;
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThanOrEqual(OPPORTUNITY_COUNT);
    for (const o of expected) expect(partial.answers[o.questionId]?.value).toBeDefined();

    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(expected.length);
    expected.forEach((opportunity, i) => {
      const item = items[i] as HTMLElement;
      expect(within(item).getByRole('link')).toHaveAccessibleName(opportunity.question.prompt.en);
      expect(item).toHaveTextContent(`${formatSigned(opportunity.gain, 'en')} points`);
    });
  });

  it('opens the question of an opportunity, focused, when its link is followed', async () => {
    const { framework } = await renderApp({
      url: `/assessments/${partial.id}/results`,
      language: 'vi',
      assessments: [partial],
    });
    const section = await screen.findByRole('region', { name: 'Cơ hội cải thiện' });
    const [first] = buildResults(framework, partial).opportunities;
    if (!first) throw new Error('the fixture has no opportunity');
    await clickToOpen(within(section).getByRole('link', { name: first.question.prompt.vi }));

    const question = await screen.findByRole('region', { name: first.question.prompt.vi });
    await waitFor(() => expect(question).toHaveFocus());
    expect(window.location.hash).toBe(`#/assessments/${partial.id}/${first.criterionId}/${first.questionId}`);
  });
});

describe('the method page', () => {
  it('is reached from the results and explains the scoring in the reader’s language', async () => {
    const { user } = await renderApp({ url: `/assessments/${complete.id}/results`, assessments: [complete] });
    await clickToOpen(await screen.findByRole('link', { name: 'How scores are computed' }));
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'How the self-assessment is scored',
    });
    await waitFor(() => expect(heading).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Phương pháp tính điểm tự đánh giá' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Trọng số/).length).toBeGreaterThan(0);
  });
});

describe('the method page, for the people who use the app', () => {
  it.each(['en', 'vi'] as const)(
    'in %s, opens with an introduction, not with source files, and has no link that leads nowhere',
    async (language) => {
      await renderApp({ url: '/method', language });
      const heading = await screen.findByRole('heading', { level: 1 });
      const page = heading.closest('article') ?? document.body;
      expect(heading.nextElementSibling).toHaveTextContent(
        language === 'en' ? /^How the scores on the results screen/ : /^Cách tính các điểm số/,
      );
      expect(page.textContent).not.toMatch(/src\/domain/);
      for (const link of within(page).queryAllByRole('link')) {
        expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|#\/)/);
      }
    },
  );
});
