import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Answer, Assessment } from '../../../src/domain/assessment/assessment-schema';
import type { Framework } from '../../../src/domain/criteria/criterion-schema';
import { buildCommunityTrend } from '../../../src/domain/insights/build-trend';
import type { Language } from '../../../src/domain/language';
import { renderApp } from '../../render-app';
import { cellAt, formatScore, formatSigned, startingWith } from '../screen-helpers';
import { newAssessment } from '../walk-through/new-assessment';
import { promptOf } from '../walk-through/question-lookup';

const carried = { carriedOver: { fromYear: 2024 } };
const base: Record<string, Answer> = {
  'broadband.provider-choice': { value: 2 },
  'broadband.availability': { value: 92.5 },
  'innovation.triple-helix': { value: 1 },
  'sustainability.climate-action-plan': { value: 2 },
};
const year = (id: string, value: number, answers: Record<string, Answer>, basedOn?: string): Assessment => ({
  ...newAssessment({ id, profile: { name: 'Vĩnh Long', year: value }, answers }),
  ...(basedOn ? { basedOn } : {}),
  updatedAt: `${value}-12-01T00:00:00.000Z`,
});
const y2023 = year('y2023', 2023, { 'broadband.provider-choice': { value: 1 } });
const y2024 = year('y2024', 2024, base, 'y2023');
const y2025 = year(
  'y2025',
  2025,
  {
    // Changed (and so confirmed), still to confirm as they were, newly answered.
    'broadband.provider-choice': { value: 3 },
    'broadband.availability': { value: 95.25 },
    'innovation.triple-helix': { value: 1, ...carried },
    'sustainability.climate-action-plan': { value: 2, ...carried },
    'advocacy.shared-vision': { value: 4 },
  },
  'y2024',
);
const YEARS = [y2023, y2024, y2025];

const TEXT = {
  en: {
    results: 'Results: Vĩnh Long 2025',
    changes: 'What changed since Vĩnh Long 2024',
    trend: 'Over the years',
    table: 'Scores over the years',
    overall: 'Overall',
    change: 'Change 2023–2025',
    notAnswered: 'not answered',
  },
  vi: {
    results: 'Kết quả: Vĩnh Long 2025',
    changes: 'Những thay đổi so với bản Vĩnh Long 2024',
    trend: 'Diễn biến qua các năm',
    table: 'Điểm qua các năm',
    overall: 'Điểm tổng',
    change: 'Thay đổi 2023–2025',
    notAnswered: 'chưa trả lời',
  },
} as const;

async function openResults(language: Language, assessments: Assessment[] = YEARS) {
  const app = await renderApp({ url: '/assessments/y2025/results', language, assessments });
  await screen.findByRole('heading', { level: 1, name: TEXT[language].results });
  return app;
}

const levelText = (framework: Framework, level: number, language: Language) =>
  `${level} · ${framework.levels[level]?.[language]}`;

describe.each(['en', 'vi'] as const)('the results of next year’s assessment, in %s', (language) => {
  const text = TEXT[language];

  it('say how many answers are still to confirm, and link to the review', async () => {
    await openResults(language);
    const overall = within(
      screen.getByRole('region', { name: language === 'en' ? 'Overall score' : 'Điểm tổng' }),
    );
    const review = overall.getByRole('link', {
      name: language === 'en' ? 'Review them' : 'Rà soát các câu này',
    });
    expect(review).toHaveAttribute('href', '#/assessments/y2025/review');
    expect(review.closest('p')).toHaveTextContent(
      language === 'en'
        ? '2 answers are carried over from an earlier year and not confirmed yet; the scores count them as they are. Review them'
        : 'Có 2 câu trả lời lấy từ năm trước chưa được xác nhận; điểm vẫn tính theo các câu trả lời hiện có. Rà soát các câu này',
    );
  });

  it('list what changed since the year they were started from, both answers in the reader’s number format', async () => {
    const { framework } = await openResults(language);
    const changes = within(screen.getByRole('region', { name: text.changes }));
    const items = changes.getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      promptOf(framework, 'broadband.provider-choice', language),
      promptOf(framework, 'broadband.availability', language),
      promptOf(framework, 'advocacy.shared-vision', language),
    ]);
    // Each as a term (the year's title) and its definition (that year's answer).
    const [provider, availability, vision] = items.map((item) => {
      const terms = within(item).getAllByRole('term');
      const answers = within(item).getAllByRole('definition');
      return terms.map((term, i) => `${term.textContent}: ${answers[i]?.textContent}`);
    });
    expect(provider).toEqual([
      `Vĩnh Long 2024: ${levelText(framework, 2, language)}`,
      `Vĩnh Long 2025: ${levelText(framework, 3, language)}`,
    ]);
    expect(availability).toEqual(
      language === 'en'
        ? ['Vĩnh Long 2024: 92.5 %', 'Vĩnh Long 2025: 95.25 %']
        : ['Vĩnh Long 2024: 92,5 %', 'Vĩnh Long 2025: 95,25 %'],
    );
    expect(vision).toEqual([
      `Vĩnh Long 2024: ${text.notAnswered}`,
      `Vĩnh Long 2025: ${levelText(framework, 4, language)}`,
    ]);
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '#/assessments/y2025/broadband/broadband.provider-choice',
    );
  });

  it('draw the community over the years, a chart per criterion and overall, and give the numbers in a table', async () => {
    const { framework } = await openResults(language);
    const trendRegion = within(screen.getByRole('region', { name: text.trend }));
    // The charts are a lazy chunk: each is an image named for screen readers, who read the table.
    const charts = await trendRegion.findAllByRole('img');
    expect(charts).toHaveLength(framework.criteria.length + 1);
    expect(charts[0]).toHaveAccessibleName(startingWith(`${text.overall}`));
    const expected = buildCommunityTrend(framework, y2025, new Map(YEARS.map((a) => [a.id, a])));
    if (!expected) throw new Error('expected a trend');
    const table = trendRegion.getByRole('table', { name: text.table });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([language === 'en' ? 'Criterion' : 'Tiêu chí', '2023', '2024', '2025', text.change]);
    expected.criteria.forEach((line) => {
      const name = line.name[language];
      line.points.forEach((point) => {
        expect(cellAt(table, name, String(point.year))).toHaveTextContent(
          startingWith(formatScore(point.score, language)),
        );
      });
      expect(cellAt(table, name, text.change)).toHaveTextContent(
        line.change === null ? '—' : formatSigned(line.change, language),
      );
    });
    expect(expected.overallChange).not.toBeNull();
    expect(cellAt(table, text.overall, text.change)).toHaveTextContent(
      formatSigned(expected.overallChange ?? 0, language),
    );
  });
});

describe('the results of a single year', () => {
  it('have no trend, and no list of changes without a year to compare with', async () => {
    await openResults('en', [{ ...y2025, basedOn: undefined }]);
    expect(screen.queryByRole('region', { name: 'Over the years' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^What changed since/ })).not.toBeInTheDocument();
  });
});

describe("compare, one community's years", () => {
  it.each(['en', 'vi'] as const)(
    'in %s, sets the years side by side with the change, and ranks none against another',
    async (language) => {
      const { user } = await renderApp({ url: '/compare', language, assessments: YEARS });
      await screen.findByRole('heading', {
        level: 1,
        name: language === 'en' ? 'Compare assessments' : 'So sánh các bản đánh giá',
      });
      for (const assessment of YEARS) {
        await user.click(screen.getByRole('checkbox', { name: `Vĩnh Long ${assessment.profile.year}` }));
      }
      const table = await screen.findByRole('table', {
        name: language === 'en' ? 'Vĩnh Long over the years' : 'Vĩnh Long qua các năm',
      });
      expect(within(table).getAllByRole('columnheader').at(-1)).toHaveTextContent(TEXT[language].change);
      expect(
        screen.getByText(
          language === 'en'
            ? 'Every assessment here is Vĩnh Long: its years are set side by side, not ranked against each other.'
            : 'Tất cả bản đánh giá ở đây đều của Vĩnh Long: các năm được đặt cạnh nhau, không xếp thứ hạng với nhau.',
        ),
      ).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: /^(Ranking|Xếp hạng)/ })).not.toBeInTheDocument();
      expect(
        screen.queryByRole('rowheader', { name: language === 'en' ? 'Rank' : 'Thứ hạng' }),
      ).not.toBeInTheDocument();
    },
  );
});
