import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Language } from '../../../src/domain/language';
import { buildResults } from '../../../src/domain/insights/build-results';
import { PROVISIONAL_COVERAGE, scoreAssessment } from '../../../src/domain/scoring/score-assessment';
import { readFixtureAssessment, renderApp } from '../../render-app';
import { cellAt, clickToOpen, formatScore, startingWith } from '../screen-helpers';

const complete = readFixtureAssessment('complete.json');
const partial = readFixtureAssessment('partial.json');

const HEADINGS = {
  en: {
    results: /^Results: /,
    table: 'Scores by criterion',
    score: 'Score',
    band: 'Band',
    overall: 'Overall',
  },
  vi: {
    results: /^Kết quả: /,
    table: 'Điểm theo tiêu chí',
    score: 'Điểm',
    band: 'Xếp hạng',
    overall: 'Điểm tổng',
  },
} as const;

describe.each(['en', 'vi'] as const)('the score table, in %s', (language: Language) => {
  const text = HEADINGS[language];

  it('gives every criterion the score and band the scoring engine computes, and the overall below them', async () => {
    const { framework } = await renderApp({
      url: `/assessments/${complete.id}/results`,
      language,
      assessments: [complete],
    });
    await screen.findByRole('heading', { level: 1, name: text.results });
    const table = screen.getByRole('table', { name: text.table });
    const expected = scoreAssessment(framework, complete);
    expect(expected.overall).not.toBeNull();

    framework.criteria.forEach((criterion, i) => {
      const score = expected.criteria[i];
      const name = criterion.name[language];
      expect(cellAt(table, name, text.score)).toHaveTextContent(
        startingWith(formatScore(score?.score ?? null, language)),
      );
      expect(cellAt(table, name, text.band)).toHaveTextContent(score?.band?.name[language] ?? '');
    });
    expect(cellAt(table, text.overall, text.score)).toHaveTextContent(
      formatScore(expected.overall, language),
    );
    expect(cellAt(table, text.overall, text.band)).toHaveTextContent(expected.band?.name[language] ?? '');

    const overall = screen.getByRole('region', { name: language === 'en' ? 'Overall score' : 'Điểm tổng' });
    expect(overall).toHaveTextContent(formatScore(expected.overall, language));
    expect(overall).toHaveTextContent(expected.band?.name[language] ?? '');
  });
});

describe('the score table as the data equivalent of the radar chart', () => {
  it('holds one row for each axis of the chart, which tells screen readers the table has the same numbers', async () => {
    const { framework } = await renderApp({
      url: `/assessments/${complete.id}/results`,
      assessments: [complete],
    });
    const chart = await screen.findByRole('img', { name: /The table beside it gives the same numbers/ });
    expect(chart).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Scores by criterion' });
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(rowHeaders).toEqual([...framework.criteria.map((c) => c.name.en), 'Overall']);
    // Focusable, so a keyboard user can scroll it sideways on a phone.
    expect(screen.getByRole('region', { name: 'Scores by criterion' })).toHaveAttribute('tabindex', '0');
  });

  it('marks a criterion answered on fewer than half its questions as provisional, and says what that means', async () => {
    const { framework } = await renderApp({
      url: `/assessments/${partial.id}/results`,
      assessments: [partial],
    });
    await screen.findByRole('heading', { level: 1, name: 'Results: Thị xã Thử Nghiệm 2025' });
    const table = screen.getByRole('table', { name: 'Scores by criterion' });
    const results = buildResults(framework, partial);
    const provisional = results.criteria.filter((c) => c.isProvisional);
    expect(provisional.length).toBeGreaterThan(0);
    for (const criterion of results.criteria) {
      const cell = cellAt(table, criterion.name.en, 'Score');
      if (criterion.score !== null && criterion.coverage < PROVISIONAL_COVERAGE) {
        // Read as words: the score, then the mark with the range, rounded outwards.
        const { low, high } = criterion.range ?? { low: NaN, high: NaN };
        expect(cell).toHaveTextContent(
          `${formatScore(criterion.score, 'en')} provisional, ${Math.floor(low)}–${Math.ceil(high)}`,
        );
        expect(cellAt(table, criterion.name.en, 'Band')).toHaveTextContent('No band while provisional');
      } else {
        expect(within(cell).queryByText('provisional')).not.toBeInTheDocument();
      }
    }
    expect(screen.getByText(/is provisional: it gets no band/)).toBeInTheDocument();
  });

  it('says so, and offers to start, when nothing is answered yet', async () => {
    const empty = { ...partial, id: 'empty-one', answers: {} };
    await renderApp({ url: '/assessments/empty-one/results', assessments: [empty] });
    await screen.findByText('No question is answered yet, so there is no score to show.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await clickToOpen(screen.getByRole('link', { name: 'Start answering' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Broadband' })).toBeInTheDocument();
  });
});
