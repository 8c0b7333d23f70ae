import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { buildComparison, MAX_COMPARED } from '../../../src/domain/compare/build-comparison';
import type { Framework } from '../../../src/domain/criteria/criterion-schema';
import type { Language } from '../../../src/domain/language';
import { readFixtureAssessment, renderApp } from '../../render-app';
import { readDocx } from '../../docx/read-docx';
import {
  catchDownloads,
  cellAt,
  formatProvisionalMark,
  formatScore,
  formatSigned,
  stepRangesWithArrowKeys,
} from '../screen-helpers';

const named = (fixture: string, id: string, name: string, extra: Partial<Assessment> = {}): Assessment => ({
  ...readFixtureAssessment(fixture),
  id,
  profile: { name, year: 2025 },
  ...extra,
});

// Three communities whose scores differ; Beta Town is answered on few questions (provisional).
const alpha = named('complete.json', 'alpha', 'Alpha City', { targets: undefined });
const beta = named('partial.json', 'beta', 'Beta Town', { weights: undefined });
const gamma = named('method-example.json', 'gamma', 'Gamma Province');
const THREE = [alpha, beta, gamma];

let stopSteppingRanges: () => void = () => undefined;
beforeEach(() => {
  stopSteppingRanges = stepRangesWithArrowKeys();
});
afterEach(() => stopSteppingRanges());

const title = (a: Assessment) => `${a.profile.name} ${a.profile.year}`;

/** What the comparison should say, from the domain, for assessments ticked in this order. */
function expectedComparison(
  framework: Framework,
  ticked: Assessment[],
  options: { weights?: Record<string, number>; baselineId?: string } = {},
) {
  return buildComparison(
    framework,
    ticked.map((assessment) => ({ assessment, frameworkVersion: assessment.frameworkVersion })),
    { ...options, currentVersion: framework.version },
  );
}

function rankingLines(comparison: ReturnType<typeof expectedComparison>, language: Language) {
  return comparison.ranking.map((id) => {
    const column = comparison.columns.find((c) => c.id === id);
    if (!column) throw new Error(id);
    // A provisional overall has no band: its mark and range stand in for it.
    const qualifier = column.band?.name[language] ?? formatProvisionalMark(column.range, language);
    return `${column.rank}. ${column.name} ${column.year}: ${formatScore(column.overall, language)} (${qualifier})`;
  });
}

/** Ticks the assessments' boxes, in this order. */
async function tick(user: UserEvent, assessments: Assessment[]) {
  for (const assessment of assessments) {
    await user.click(screen.getByRole('checkbox', { name: title(assessment) }));
  }
}

describe('choosing what to compare', () => {
  it('asks for a second assessment when the browser holds only one', async () => {
    await renderApp({ url: '/compare', assessments: [alpha] });
    expect(
      await screen.findByText(/You need at least two assessments in this browser to compare/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('shows nothing to compare until two are ticked', async () => {
    const { user } = await renderApp({ url: '/compare', assessments: THREE });
    await screen.findByRole('heading', { level: 1, name: 'Compare assessments' });
    await tick(user, [alpha]);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await tick(user, [gamma]);
    expect(
      screen.getByRole('table', { name: /^Scores by criterion, with the difference/ }),
    ).toBeInTheDocument();
  });

  it(`takes at most ${MAX_COMPARED}: the others are disabled once ${MAX_COMPARED} are ticked, and free again when one is unticked`, async () => {
    const nine = Array.from({ length: MAX_COMPARED + 1 }, (_, i) =>
      named('method-example.json', `town-${i + 1}`, `Town ${i + 1}`),
    );
    const { user } = await renderApp({ url: '/compare', assessments: nine });
    await screen.findByRole('heading', { level: 1, name: 'Compare assessments' });
    await tick(user, nine.slice(0, MAX_COMPARED));

    const last = screen.getByRole('checkbox', { name: 'Town 9 2025' });
    expect(last).toBeDisabled();
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(MAX_COMPARED);
    expect(
      screen.getByText(`At most ${MAX_COMPARED} assessments can be compared at once.`),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: /^Scores by criterion/ })).getAllByRole('columnheader'),
    ).toHaveLength(MAX_COMPARED + 1);

    await user.click(screen.getByRole('checkbox', { name: 'Town 1 2025' }));
    expect(last).toBeEnabled();
    expect(screen.queryByText(/can be compared at once/)).not.toBeInTheDocument();
  });
});

describe('the comparison', () => {
  it('ranks the assessments by overall score and gives each score with its difference to the first one ticked', async () => {
    const { user, framework } = await renderApp({ url: '/compare', assessments: THREE });
    await screen.findByRole('heading', { level: 1, name: 'Compare assessments' });
    await tick(user, [gamma, alpha, beta]);
    const expected = expectedComparison(framework, [gamma, alpha, beta]);
    expect(expected.baselineId).toBe(gamma.id);

    const ranking = screen.getByRole('list', { name: 'Ranking under these weights' });
    expect(
      within(ranking)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(rankingLines(expected, 'en'));
    const table = screen.getByRole('table', { name: /^Scores by criterion/ });
    expect(
      within(table).getByRole('columnheader', { name: 'Gamma Province 2025 baseline' }),
    ).toBeInTheDocument();
    expected.rows.forEach((row) => {
      expected.columns.forEach((column, i) => {
        const score = row.scores[i] ?? null;
        const diff = row.diffs[i] ?? null;
        const shown =
          score === null
            ? '—'
            : column.id === expected.baselineId || diff === null
              ? formatScore(score, 'en')
              : `${formatScore(score, 'en')} (${formatSigned(diff, 'en')})`;
        const cell = cellAt(table, row.name.en, new RegExp(`^${column.name} ${column.year}`));
        expect(cell.textContent).toMatch(new RegExp(`^${shown.replace(/[.()+]/g, '\\$&')}`));
        if (row.provisional[i])
          expect(cell).toHaveTextContent(formatProvisionalMark(row.ranges[i] ?? null, 'en'));
        else expect(cell).not.toHaveTextContent('provisional');
      });
    });
    // Beta Town's overall is provisional: marked with its range in the overall row too.
    const betaColumn = expected.columns.find((c) => c.id === beta.id);
    expect(betaColumn?.isProvisional).toBe(true);
    expect(cellAt(table, 'Overall', /^Beta Town 2025/)).toHaveTextContent(
      formatProvisionalMark(betaColumn?.range ?? null, 'en'),
    );
  });

  it('measures the differences from the baseline chosen', async () => {
    const { user, framework } = await renderApp({ url: '/compare', assessments: THREE });
    await screen.findByRole('heading', { level: 1, name: 'Compare assessments' });
    await tick(user, [alpha, gamma]);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Differences are to' }),
      'Gamma Province 2025',
    );

    const expected = expectedComparison(framework, [alpha, gamma], { baselineId: gamma.id });
    const table = screen.getByRole('table', { name: /^Scores by criterion/ });
    expect(
      within(table).getByRole('columnheader', { name: 'Gamma Province 2025 baseline' }),
    ).toBeInTheDocument();
    const alphaColumn = expected.columns.find((c) => c.id === alpha.id);
    expect(cellAt(table, 'Overall', /^Alpha City 2025/)).toHaveTextContent(
      `${formatScore(alphaColumn?.overall ?? null, 'en')} (${formatSigned(alphaColumn?.diffOverall ?? 0, 'en')})`,
    );
    expect(cellAt(table, 'Overall', /^Gamma Province 2025/)).toHaveTextContent(
      formatScore(expected.columns.find((c) => c.id === gamma.id)?.overall ?? null, 'en'),
    );
  });

  it('re-ranks every assessment alike under what-if weights, without saving them to any assessment', async () => {
    const { user, framework, readAssessment } = await renderApp({ url: '/compare', assessments: THREE });
    await screen.findByRole('heading', { level: 1, name: 'Compare assessments' });
    await tick(user, [alpha, gamma]);
    const reset = screen.getByRole('button', { name: 'Reset to equal weights' });
    expect(reset).toBeDisabled();

    const slider = screen.getByRole('slider', { name: 'Weight of Innovation: 1' });
    slider.focus();
    await user.keyboard(
      '{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}',
    );

    const weights = { ...Object.fromEntries(framework.criteria.map((c) => [c.id, c.weight])), innovation: 3 };
    const weighted = expectedComparison(framework, [alpha, gamma], { weights });
    expect(weighted.columns.map((c) => c.overall)).not.toEqual(
      expectedComparison(framework, [alpha, gamma]).columns.map((c) => c.overall),
    );
    const ranking = screen.getByRole('list', { name: 'Ranking under these weights' });
    expect(
      within(ranking)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(rankingLines(weighted, 'en'));
    expect(readAssessment(alpha.id)?.weights).toBeUndefined();
    expect(readAssessment(gamma.id)?.weights).toBeUndefined();

    await user.click(reset);
    expect(
      within(ranking)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(rankingLines(expectedComparison(framework, [alpha, gamma]), 'en'));
  });
});

describe('warnings about the comparison', () => {
  /** The assessments a warning of the comparison names, as its titles joined for the screen. */
  const namesWarned = (
    comparison: ReturnType<typeof expectedComparison>,
    kind: 'provisional' | 'custom-weights',
  ) => {
    const warning = comparison.warnings.find((w) => w.kind === kind);
    if (!warning || !('assessmentIds' in warning)) throw new Error(`no ${kind} warning`);
    const byId = new Map(comparison.columns.map((c) => [c.id, `${c.name} ${c.year}`]));
    return warning.assessmentIds.map((id) => byId.get(id)).join(', ');
  };

  it('warns of mixed criteria versions, provisional overall scores and saved custom weights, naming the assessments', async () => {
    const older = named('complete.json', 'older', 'Older Criteria', { frameworkVersion: '0.9.0' });
    const weighted = named('method-example.json', 'weighted', 'Weighted Town', { weights: { broadband: 2 } });
    const { user, framework } = await renderApp({ url: '/compare', assessments: [older, beta, weighted] });
    await screen.findByRole('heading', { level: 1, name: 'Compare assessments' });
    await tick(user, [older, beta, weighted]);
    const expected = expectedComparison(framework, [older, beta, weighted]);

    const warnings = screen.getByRole('region', { name: 'Read this comparison with care' });
    expect(warnings).toHaveTextContent(
      `These assessments were answered against different criteria versions (0.9.0, ${framework.version}).`,
    );
    expect(namesWarned(expected, 'provisional')).toContain('Beta Town 2025');
    expect(warnings).toHaveTextContent(`${namesWarned(expected, 'provisional')}: provisional overall score`);
    expect(warnings).toHaveTextContent('Weighted Town 2025 has saved custom weights');
  });

  it('gives no warning when there is nothing to be careful about', async () => {
    const delta = named('complete.json', 'delta', 'Delta Ward', { targets: undefined });
    const { user } = await renderApp({ url: '/compare', assessments: [alpha, delta] });
    await screen.findByRole('heading', { level: 1, name: 'Compare assessments' });
    await tick(user, [alpha, delta]);
    expect(screen.getByRole('list', { name: 'Ranking under these weights' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Read this comparison with care' })).not.toBeInTheDocument();
  });

  it('says all of it in Vietnamese, numbers in Vietnamese format', async () => {
    const { user, framework } = await renderApp({ url: '/compare', language: 'vi', assessments: THREE });
    await screen.findByRole('heading', { level: 1, name: 'So sánh các bản đánh giá' });
    await tick(user, [alpha, beta, gamma]);
    const expected = expectedComparison(framework, [alpha, beta, gamma]);

    const ranking = screen.getByRole('list', { name: 'Xếp hạng theo các trọng số này' });
    expect(
      within(ranking)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(rankingLines(expected, 'vi'));
    expect(screen.getByRole('region', { name: 'Lưu ý khi đọc kết quả so sánh' })).toHaveTextContent(
      `${namesWarned(expected, 'provisional')}: điểm tổng tạm tính`,
    );
    expect(screen.getByRole('combobox', { name: 'Tính chênh lệch so với' })).toHaveDisplayValue(
      'Alpha City 2025',
    );
  });
});

describe('a comparison kept in the address', () => {
  it('survives leaving the page: the ticks, the baseline and the weights come back', async () => {
    const { user } = await renderApp({ url: '/compare', assessments: THREE });
    await screen.findByRole('heading', { level: 1, name: 'Compare assessments' });
    await tick(user, [alpha, gamma]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Differences are to' }), title(gamma));
    screen.getByRole('slider', { name: 'Weight of Innovation: 1' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    const address = window.location.hash;
    expect(address).toMatch(/^#\/compare\/ids=alpha%2Cgamma&base=gamma&w=/);

    await user.click(screen.getByRole('link', { name: 'Assessments' }));
    await screen.findByRole('heading', { level: 1, name: 'Your assessments' });
    await user.click(screen.getByRole('link', { name: 'Compare' }));
    await screen.findByRole('heading', { level: 1, name: 'Compare assessments' });
    expect(window.location.hash).toBe(address);
    expect(screen.getByRole('checkbox', { name: title(alpha) })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: title(gamma) })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: title(beta) })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Differences are to' })).toHaveDisplayValue(title(gamma));
    expect(screen.getByRole('slider', { name: 'Weight of Innovation: 2' })).toBeInTheDocument();
  });

  it('opens from a link as it was sent, leaving out assessments this browser does not hold', async () => {
    const { framework } = await renderApp({
      url: '/compare/ids=beta%2Cgamma%2Cunknown&base=gamma',
      assessments: THREE,
    });
    await screen.findByRole('heading', { level: 1, name: 'Compare assessments' });
    const table = await screen.findByRole('table', { name: /^Scores by criterion/ });
    expect(
      within(table).getByRole('columnheader', { name: 'Gamma Province 2025 baseline' }),
    ).toBeInTheDocument();
    const expected = expectedComparison(framework, [beta, gamma], { baselineId: gamma.id });
    expect(
      within(screen.getByRole('list', { name: 'Ranking under these weights' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(rankingLines(expected, 'en'));
  });
});

describe('exporting a comparison as Word', () => {
  it('downloads an editable .docx naming every community compared, in the report language chosen', async () => {
    const downloads = catchDownloads();
    const { user } = await renderApp({ url: '/compare', assessments: THREE, language: 'vi' });
    await screen.findByRole('heading', { level: 1, name: 'So sánh các bản đánh giá' });
    await tick(user, [alpha, gamma]);
    await user.click(screen.getByRole('button', { name: 'Xuất báo cáo so sánh ra tệp Word' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect(file?.name).toMatch(/\.docx$/);
    const { text } = readDocx(new Uint8Array(await (file?.blob ?? new Blob()).arrayBuffer()));
    expect(text).toContain(title(alpha));
    expect(text).toContain(title(gamma));
    expect(text).not.toContain(title(beta));
    expect(await screen.findByText(`Đã tải về báo cáo ${file?.name ?? ''}.`)).toBeInTheDocument();
  });
});
