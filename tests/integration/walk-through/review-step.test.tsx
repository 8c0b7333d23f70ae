import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

import { readFixtureAssessment, renderApp } from '../../render-app';
import { newAssessment } from './new-assessment';
import { promptOf } from './question-lookup';

// jsdom lays nothing out; the step scrolls a linked question into view, which the spy records.
let scrollIntoView: MockInstance<Element['scrollIntoView']>;
beforeEach(() => {
  scrollIntoView = vi.spyOn(Element.prototype, 'scrollIntoView');
});
afterEach(() => {
  scrollIntoView.mockRestore();
});

describe('the review step', () => {
  it('counts the answered questions and lists, criterion by criterion, each one still open', async () => {
    const partial = readFixtureAssessment('partial.json');
    const { framework } = await renderApp({
      url: `/assessments/${partial.id}/review`,
      assessments: [partial],
    });
    await screen.findByRole('heading', { level: 1, name: 'Review' });
    expect(screen.getByText(/^6 of 62 questions answered\./)).toBeInTheDocument();
    const broadband = within(screen.getByRole('region', { name: 'Broadband' }));
    expect(broadband.getByText('8 of 11 questions still open:')).toBeInTheDocument();
    expect(broadband.getAllByRole('listitem')).toHaveLength(8);
    expect(
      broadband.queryByRole('link', { name: promptOf(framework, 'broadband.provider-choice') }),
    ).not.toBeInTheDocument();
    expect(broadband.getByRole('link', { name: promptOf(framework, 'broadband.adoption') })).toHaveAttribute(
      'href',
      `#/assessments/${partial.id}/broadband/broadband.adoption`,
    );
  });

  it('leads from an open question to the question itself, which takes the focus', async () => {
    const { user, framework } = await renderApp({
      url: '/assessments/a1/review',
      assessments: [newAssessment()],
    });
    await screen.findByRole('heading', { level: 1, name: 'Review' });
    expect(screen.getByText(/^0 of 62 questions answered\./)).toBeInTheDocument();
    const prompt = promptOf(framework, 'broadband.provider-choice');
    await user.click(screen.getByRole('link', { name: prompt }));
    await screen.findByRole('heading', { level: 1, name: 'Broadband' });
    expect(window.location.hash).toBe('#/assessments/a1/broadband/broadband.provider-choice');
    const question = screen.getByRole('region', { name: prompt });
    expect(question).toHaveFocus();
    expect(scrollIntoView.mock.contexts).toContain(question);
  });

  it('says so when every question is answered, in Vietnamese', async () => {
    const complete = readFixtureAssessment('complete.json');
    await renderApp({ url: `/assessments/${complete.id}/review`, language: 'vi', assessments: [complete] });
    await screen.findByRole('heading', { level: 1, name: 'Rà soát' });
    expect(screen.getByText('Đã trả lời đủ 62 câu hỏi.')).toBeInTheDocument();
    expect(screen.getAllByText('Đã trả lời tất cả câu hỏi.')).toHaveLength(6);
  });
});
