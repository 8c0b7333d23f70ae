import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Answer, AnswerValue, Assessment } from '../../../src/domain/assessment/assessment-schema';
import type { Framework, Question } from '../../../src/domain/criteria/criterion-schema';
import { LEVEL_COUNT } from '../../../src/domain/criteria/level-count';
import { buildResults } from '../../../src/domain/insights/build-results';
import type { Language } from '../../../src/domain/language';
import { bundledFramework } from '../../../src/framework/bundled-criteria';
import { renderApp } from '../../render-app';
import { cellAt, clickToOpen, formatProvisionalMark, formatScore, formatSigned } from '../screen-helpers';

if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
const framework: Framework = bundledFramework.value;
const questions = framework.criteria.flatMap((c) => c.questions);

/** A middling answer to any question: level 2, halfway between worst and best, no, half the options. */
function middleValue(question: Question): AnswerValue {
  switch (question.type) {
    case 'level':
      return Math.floor((LEVEL_COUNT - 1) / 2);
    case 'percent':
    case 'number':
      return (question.scoring.worst + question.scoring.best) / 2;
    case 'boolean':
      return false;
    case 'checklist':
      return question.options.slice(0, Math.ceil(question.options.length / 2)).map((o) => o.id);
  }
}

const answering = (list: readonly Question[]): Record<string, Answer> =>
  Object.fromEntries(list.map((q) => [q.id, { value: middleValue(q) }]));

// The first two questions of the first criterion: far too few for a band.
const few: Assessment = {
  id: 'few',
  profile: { name: 'Xã Ít Trả Lời', year: 2025 },
  answers: answering(framework.criteria[0]?.questions.slice(0, 2) ?? []),
};
const all: Assessment = { id: 'all', profile: { name: 'Xã Đủ', year: 2025 }, answers: answering(questions) };

const TEXT = {
  en: {
    overall: 'Overall score',
    table: 'Scores by criterion',
    provisionalScore: 'Provisional score',
    until: (count: number) => `until ${count} more questions are answered`,
    between: 'between',
    noBand: 'No band while provisional',
    stillToAnswer: 'Still to answer',
    narrows: (points: string) => `narrows the range by ${points} points`,
    opportunities: 'Improvement opportunities',
    insights: 'Strengths and gaps',
  },
  vi: {
    overall: 'Điểm tổng',
    table: 'Điểm theo tiêu chí',
    provisionalScore: 'Điểm tạm tính',
    until: (count: number) => `cho đến khi trả lời thêm ${count} câu hỏi`,
    between: 'trong khoảng từ',
    noBand: 'Chưa xếp hạng khi còn tạm tính',
    stillToAnswer: 'Câu hỏi chưa trả lời',
    narrows: (points: string) => `thu hẹp khoảng điểm ${points} điểm`,
    opportunities: 'Cơ hội cải thiện',
    insights: 'Điểm mạnh và điểm yếu',
  },
} as const;

describe.each(['en', 'vi'] as const)('the results, in %s', (language: Language) => {
  const text = TEXT[language];

  it('show a score on few answers as provisional, with its range and the answers a band needs, and no band', async () => {
    await renderApp({ url: `/assessments/${few.id}/results`, language, assessments: [few] });
    const overall = await screen.findByRole('region', { name: text.overall });
    const results = buildResults(framework, few);
    expect(results.isProvisional).toBe(true);
    const range = results.range ?? { low: NaN, high: NaN };

    expect(overall).toHaveTextContent(text.provisionalScore);
    expect(overall).toHaveTextContent(
      `${formatScore(results.overall, language)}, ${text.between} ${Math.floor(range.low)} ` +
        `${language === 'en' ? 'and' : 'đến'} ${Math.ceil(range.high)} ${text.until(results.answersToBand)}`,
    );
    for (const band of framework.bands) expect(overall).not.toHaveTextContent(band.name[language]);

    const table = screen.getByRole('table', { name: text.table });
    const overallRow = language === 'en' ? 'Overall' : 'Điểm tổng';
    expect(cellAt(table, overallRow, language === 'en' ? 'Score' : 'Điểm')).toHaveTextContent(
      `${formatScore(results.overall, language)} ${formatProvisionalMark(results.range, language)}`,
    );
    expect(cellAt(table, overallRow, language === 'en' ? 'Band' : 'Xếp hạng')).toHaveTextContent(text.noBand);
    // The strongest criterion is named with its score marked too.
    const [strongest] = results.strengths;
    expect(screen.getByRole('region', { name: text.insights })).toHaveTextContent(
      `${strongest?.name[language]} (${formatScore(strongest?.score ?? null, language)}, ` +
        `${formatProvisionalMark(strongest?.range ?? null, language)})`,
    );
  });

  it('name the band, with no range, once every question is answered', async () => {
    await renderApp({ url: `/assessments/${all.id}/results`, language, assessments: [all] });
    const overall = await screen.findByRole('region', { name: text.overall });
    const results = buildResults(framework, all);
    expect(results.isProvisional).toBe(false);
    expect(overall).toHaveTextContent(results.band?.name[language] ?? 'a band');
    expect(overall).not.toHaveTextContent(text.provisionalScore);
    expect(overall).not.toHaveTextContent(text.between);
    expect(screen.queryByRole('region', { name: text.stillToAnswer })).not.toBeInTheDocument();
    expect(
      screen.queryByText(formatProvisionalMark(null, language), { exact: false }),
    ).not.toBeInTheDocument();
  });

  it('list as opportunities only answered questions below their best, and the rest as still to answer', async () => {
    await renderApp({ url: `/assessments/${few.id}/results`, language, assessments: [few] });
    const results = buildResults(framework, few);

    const opportunities = await screen.findByRole('region', { name: text.opportunities });
    const items = within(opportunities).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(
      results.opportunities.map((o) => o.question.prompt[language]),
    );
    for (const o of results.opportunities) expect(few.answers[o.questionId]).toBeDefined();
    results.opportunities.forEach((o, i) => {
      expect(items[i]).toHaveTextContent(formatSigned(o.gain, language));
      // Level 2 answered: one level up is not yet the best answer, so its gain is given too.
      if (o.question.type === 'level')
        expect(items[i]).toHaveTextContent(formatSigned(o.nextLevel?.gain ?? NaN, language));
    });

    const stillToAnswer = screen.getByRole('region', { name: text.stillToAnswer });
    const unanswered = questions.filter((q) => few.answers[q.id] === undefined);
    const links = within(stillToAnswer).getAllByRole('link');
    // Every unanswered question, in the order of the criteria and their questions.
    expect(links.map((link) => link.textContent)).toEqual(unanswered.map((q) => q.prompt[language]));
    results.stillToAnswer.forEach((q, i) => {
      expect(links[i]?.closest('li')).toHaveTextContent(text.narrows(formatScore(q.narrowing, language)));
    });
    // One group a criterion, named with its count.
    for (const criterion of framework.criteria) {
      const count = unanswered.filter((q) => q.id.startsWith(`${criterion.id}.`)).length;
      if (count > 0)
        expect(
          within(stillToAnswer).getByRole('list', { name: criterion.name[language] }).children,
        ).toHaveLength(count);
    }
  });
});

describe('the still-to-answer list', () => {
  it('opens the question it names, focused', async () => {
    await renderApp({ url: `/assessments/${few.id}/results`, assessments: [few] });
    const section = await screen.findByRole('region', { name: 'Still to answer' });
    const [first] = buildResults(framework, few).stillToAnswer;
    if (!first) throw new Error('nothing left to answer');
    await clickToOpen(within(section).getByRole('link', { name: first.question.prompt.en }));
    const question = await screen.findByRole('region', { name: first.question.prompt.en });
    await waitFor(() => expect(question).toHaveFocus());
    expect(window.location.hash).toBe(`#/assessments/${few.id}/${first.criterionId}/${first.questionId}`);
  });
});
