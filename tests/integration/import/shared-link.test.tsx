import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createAssessmentFile } from '../../../src/domain/assessment/assessment-file';
import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { scoreAssessment } from '../../../src/domain/scoring/score-assessment';
import { bundledFramework } from '../../../src/framework/bundled-criteria';
import { encodeShareLink, SHARE_ROUTE } from '../../../src/persistence/share-link';
import { readFixtureAssessment, readStoredAssessments, readStoredIds, renderApp } from '../../render-app';
import { cellAt, clickToOpen, formatScore } from '../screen-helpers';

const complete = readFixtureAssessment('complete.json');
const TITLE = 'Thành phố Ví Dụ 2024';

async function shareRoute(assessment: Assessment): Promise<string> {
  if (!bundledFramework.ok) throw new Error('bundled criteria are invalid');
  return `${SHARE_ROUTE}${await encodeShareLink(createAssessmentFile(bundledFramework.value, assessment))}`;
}

const storedIds = readStoredIds;

describe('a shared link', () => {
  it.each(['en', 'vi'] as const)(
    'shows the assessment read-only (%s), with the scores the engine computes, and saves nothing',
    async (language) => {
      const { framework } = await renderApp({ url: await shareRoute(complete), language });
      const heading = await screen.findByRole('heading', {
        level: 1,
        name: language === 'en' ? `Shared assessment: ${TITLE}` : `Bản đánh giá được chia sẻ: ${TITLE}`,
      });
      expect(heading).toBeInTheDocument();
      expect(screen.getByText(language === 'en' ? /read-only/ : /chỉ để đọc/)).toBeInTheDocument();

      const expected = scoreAssessment(framework, complete);
      expect(
        screen.getByRole('heading', {
          level: 2,
          name: `${language === 'en' ? 'Overall' : 'Điểm tổng'} ${formatScore(expected.overall, language)} (${expected.band?.name[language]})`,
        }),
      ).toBeInTheDocument();
      const table = screen.getByRole('table', {
        name: language === 'en' ? 'Scores by criterion' : 'Điểm theo tiêu chí',
      });
      framework.criteria.forEach((criterion, i) => {
        expect(
          cellAt(table, criterion.name[language], language === 'en' ? 'Score' : 'Điểm'),
        ).toHaveTextContent(formatScore(expected.criteria[i]?.score ?? null, language));
      });
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
      expect(screen.queryByRole('slider')).not.toBeInTheDocument();
      expect(storedIds()).toEqual([]);
    },
  );

  it('imports the assessment into this browser and opens its results', async () => {
    const { readAssessment } = await renderApp({ url: await shareRoute(complete) });
    await clickToOpen(await screen.findByRole('button', { name: 'Import into my assessments' }));

    expect(await screen.findByRole('heading', { level: 1, name: `Results: ${TITLE}` })).toBeInTheDocument();
    const { updatedAt: _imported, ...imported } = readAssessment(complete.id) ?? ({} as Assessment);
    const { updatedAt: _shared, ...shared } = complete;
    expect(imported).toEqual(shared);
  });

  it('says which answers are carried over and not confirmed, and keeps them so when imported', async () => {
    const [first, second] = Object.keys(complete.answers);
    const carried: Assessment = {
      ...complete,
      answers: {
        ...complete.answers,
        [first ?? '']: { ...complete.answers[first ?? ''], carriedOver: { fromYear: 2023 } },
        [second ?? '']: { ...complete.answers[second ?? ''], carriedOver: {} },
      },
    };
    const { readAssessment } = await renderApp({ url: await shareRoute(carried) });
    expect(
      await screen.findByText(
        '2 answers are carried over from an earlier year and not confirmed yet; the scores count them as they are.',
      ),
    ).toBeInTheDocument();
    await clickToOpen(screen.getByRole('button', { name: 'Import into my assessments' }));
    await screen.findByRole('heading', { level: 1, name: `Results: ${TITLE}` });
    expect(readAssessment(complete.id)?.answers[first ?? '']?.carriedOver).toEqual({ fromYear: 2023 });
    expect(readAssessment(complete.id)?.answers[second ?? '']?.carriedOver).toEqual({});
  });

  it('imports a copy beside an assessment already in this browser, leaving that one as it was', async () => {
    await renderApp({ url: await shareRoute(complete), assessments: [complete] });
    const before = readStoredAssessments()[complete.id];
    await clickToOpen(await screen.findByRole('button', { name: 'Import a copy into my assessments' }));

    await screen.findByRole('heading', { level: 1, name: 'Results: Thành phố Ví Dụ (copy) 2024' });
    expect(storedIds()).toHaveLength(2);
    expect(readStoredAssessments()[complete.id]).toEqual(before);
  });

  it('opens a link copied from the list, which holds the whole assessment', async () => {
    // user-event's setup() gives the page a clipboard of its own, which the list writes the link to.
    const { user, navigate } = await renderApp({ url: '/', assessments: [complete] });
    await user.click(await screen.findByRole('button', { name: `Copy link: ${TITLE}` }));
    await screen.findByText(/A link holding “Thành phố Ví Dụ” was copied/);
    const link = await navigator.clipboard.readText();
    expect(link).toMatch(/#\/share\/[A-Za-z0-9_-]+$/);

    await navigate(link.slice(link.indexOf('#') + 1));
    expect(
      await screen.findByRole('heading', { level: 1, name: `Shared assessment: ${TITLE}` }),
    ).toBeInTheDocument();
  });
});

describe('a damaged link', () => {
  it.each([
    ['made up', () => Promise.resolve(`${SHARE_ROUTE}not-a-real-payload`)],
    ['cut short when copied', async () => (await shareRoute(complete)).slice(0, 120)],
  ])('says it cannot be opened when %s, and changes nothing', async (_kind, route) => {
    await renderApp({ url: await route(), assessments: [complete] });
    const before = readStoredAssessments();
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { level: 1, name: 'This link cannot be opened' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('Nothing was changed in this browser.');
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    expect(readStoredAssessments()).toEqual(before);
  });

  it('says so in Vietnamese too', async () => {
    await renderApp({ url: `${SHARE_ROUTE}not-a-real-payload`, language: 'vi' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không mở được liên kết này' }),
    ).toBeInTheDocument();
    expect(storedIds()).toEqual([]);
  });
});
