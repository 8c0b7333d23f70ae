import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildResults } from '../../../src/domain/insights/build-results';
import { scoreAssessment } from '../../../src/domain/scoring/score-assessment';
import { readFixtureAssessment, renderApp } from '../../render-app';
import { cellAt, formatScore, formatSigned, stepRangesWithArrowKeys } from '../screen-helpers';

const complete = readFixtureAssessment('complete.json');
const RESULTS = `/assessments/${complete.id}/results`;
let stopSteppingRanges: () => void = () => undefined;

beforeEach(() => {
  stopSteppingRanges = stepRangesWithArrowKeys();
});
afterEach(() => stopSteppingRanges());

describe('targets', () => {
  it('saves a target typed for a criterion and shows the gap still to close in the table', async () => {
    const { user, framework, readAssessment } = await renderApp({ url: RESULTS, assessments: [complete] });
    const field = await screen.findByRole('textbox', {
      name: 'Target for Advocacy',
    });
    await user.type(field, '95');

    expect(readAssessment(complete.id)?.targets).toEqual({ ...complete.targets, advocacy: 95 });
    const score = buildResults(framework, complete).criteria.find((c) => c.id === 'advocacy')?.score ?? 0;
    const table = screen.getByRole('table', { name: 'Scores by criterion' });
    expect(cellAt(table, 'Advocacy', 'Target (gap)')).toHaveTextContent(
      `95.0 (${formatSigned(95 - score, 'en')})`,
    );
    expect(field).toHaveAccessibleDescription(
      `Now ${formatScore(score, 'en')}; gap ${formatSigned(95 - score, 'en')}`,
    );
  });

  it.each(['150', '-5', 'lots'])(
    'refuses %s with a message beside the field, and keeps the saved target',
    async (typed) => {
      const { user, readAssessment } = await renderApp({ url: RESULTS, assessments: [complete] });
      const field = await screen.findByRole('textbox', { name: 'Target for Broadband' });
      expect(field).toHaveValue('80');
      await user.tripleClick(field);
      await user.paste(typed);

      expect(field).toBeInvalid();
      expect(field).toHaveAccessibleDescription(/Enter a target score from 0 to 100\./);
      expect(readAssessment(complete.id)?.targets).toEqual({ broadband: 80 });
    },
  );

  it('removes a target when its field is emptied, and the table drops the column with the last one', async () => {
    const { user, readAssessment } = await renderApp({ url: RESULTS, assessments: [complete] });
    const table = await screen.findByRole('table', { name: 'Scores by criterion' });
    expect(within(table).getByRole('columnheader', { name: 'Target (gap)' })).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Target for Broadband' }));

    expect(readAssessment(complete.id)?.targets ?? {}).toEqual({});
    expect(within(table).queryByRole('columnheader', { name: 'Target (gap)' })).not.toBeInTheDocument();
  });

  it('reads a Vietnamese decimal comma and shows the gap in Vietnamese number format', async () => {
    const { user, framework, readAssessment } = await renderApp({
      url: RESULTS,
      language: 'vi',
      assessments: [complete],
    });
    await user.type(await screen.findByRole('textbox', { name: 'Mục tiêu cho Đổi mới sáng tạo' }), '72,5');

    expect(readAssessment(complete.id)?.targets?.innovation).toBe(72.5);
    const score = buildResults(framework, complete).criteria.find((c) => c.id === 'innovation')?.score ?? 0;
    const table = screen.getByRole('table', { name: 'Điểm theo tiêu chí' });
    expect(cellAt(table, 'Đổi mới sáng tạo', 'Mục tiêu (khoảng cách)')).toHaveTextContent(
      `72,5 (${formatSigned(72.5 - score, 'vi')})`,
    );
  });
});

describe('what-if weights', () => {
  it('re-scores at once when a slider moves with the keyboard, saves the weights and marks them as custom', async () => {
    const { user, framework, readAssessment } = await renderApp({ url: RESULTS, assessments: [complete] });
    const slider = await screen.findByRole('slider', { name: 'Weight of Broadband: 1' });
    expect(screen.getAllByText('Equal weights, as ICF weighs its six factors').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Reset to equal weights' })).toBeDisabled();

    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');

    const weights = { ...Object.fromEntries(framework.criteria.map((c) => [c.id, c.weight])), broadband: 2 };
    expect(readAssessment(complete.id)?.weights).toEqual(weights);
    expect(screen.getByRole('slider', { name: 'Weight of Broadband: 2' })).toHaveValue('2');
    const weighted = scoreAssessment(framework, { answers: complete.answers, weights });
    expect(weighted.overall).not.toBe(scoreAssessment(framework, complete).overall);
    expect(screen.getByRole('region', { name: 'Overall score' })).toHaveTextContent(
      formatScore(weighted.overall, 'en'),
    );
    expect(
      screen.getByText(
        `Overall with these weights: ${formatScore(weighted.overall, 'en')} (${weighted.band?.name.en})`,
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Scores by criterion' });
    expect(cellAt(table, 'Overall', 'Score')).toHaveTextContent(formatScore(weighted.overall, 'en'));
    expect(screen.getAllByText("Custom weights: not ICF's equal weighting").length).toBeGreaterThan(0);
  });

  it('goes back to equal weights, and the equal score, on "Reset to equal weights"', async () => {
    const weighted = { ...complete, weights: { broadband: 3 } };
    const { user, framework, readAssessment } = await renderApp({ url: RESULTS, assessments: [weighted] });
    const reset = await screen.findByRole('button', { name: 'Reset to equal weights' });
    expect(screen.getByRole('slider', { name: 'Weight of Broadband: 3' })).toBeInTheDocument();
    await user.click(reset);

    expect(readAssessment(complete.id)?.weights).toBeUndefined();
    expect(screen.getByRole('slider', { name: 'Weight of Broadband: 1' })).toBeInTheDocument();
    const equal = scoreAssessment(framework, complete);
    expect(screen.getByRole('region', { name: 'Overall score' })).toHaveTextContent(
      formatScore(equal.overall, 'en'),
    );
    expect(screen.queryByText("Custom weights: not ICF's equal weighting")).not.toBeInTheDocument();
    expect(reset).toBeDisabled();
  });

  it('weighs in Vietnamese too, with the weight in Vietnamese number format', async () => {
    const { user, framework } = await renderApp({ url: RESULTS, language: 'vi', assessments: [complete] });
    const slider = await screen.findByRole('slider', { name: 'Trọng số của Phát triển bền vững: 1' });
    slider.focus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');

    await waitFor(() =>
      expect(screen.getByRole('slider', { name: 'Trọng số của Phát triển bền vững: 0,5' })).toHaveFocus(),
    );
    const weights = {
      ...Object.fromEntries(framework.criteria.map((c) => [c.id, c.weight])),
      sustainability: 0.5,
    };
    const weighted = scoreAssessment(framework, { answers: complete.answers, weights });
    expect(screen.getByRole('region', { name: 'Điểm tổng' })).toHaveTextContent(
      formatScore(weighted.overall, 'vi'),
    );
    expect(
      screen.getAllByText('Trọng số tùy chỉnh: khác với trọng số bằng nhau của ICF').length,
    ).toBeGreaterThan(0);
  });
});
