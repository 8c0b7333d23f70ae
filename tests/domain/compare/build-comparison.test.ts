import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Answer, Assessment } from '../../../src/domain/assessment/assessment-schema';
import {
  buildComparison,
  type ComparedAssessment,
  type Comparison,
} from '../../../src/domain/compare/build-comparison';
import { answersArbitrary } from '../../factories/answer-arbitraries';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();
const currentVersion = framework.version;

function buildAssessment(
  id: string,
  answers: Record<string, Answer>,
  profile: Partial<Assessment['profile']> = {},
  weights?: Record<string, number>,
): Assessment {
  // Each its own community unless told otherwise: one community is not ranked against itself.
  return { id, profile: { name: `Community ${id}`, ...profile }, answers, ...(weights ? { weights } : {}) };
}

// alpha 62.5, beta unscored, gamma 100: overall 81.25, provisional (beta has no answer).
const strongGamma: Record<string, Answer> = {
  'alpha.level': { value: 2 },
  'alpha.percent': { value: 50 },
  'alpha.flag': { value: true },
  'gamma.level': { value: 4 },
};
// alpha 100, beta 75 (one N/A), gamma 50: overall 75.
const strongAlpha: Record<string, Answer> = {
  'alpha.level': { value: 4 },
  'alpha.percent': { value: 100 },
  'alpha.flag': { value: true },
  'beta.price': { value: 20 },
  'beta.list': { value: ['a', 'b'] },
  'beta.optional': { value: 'na' },
  'gamma.level': { value: 2 },
};
// alpha on 1 of its 3 questions only: provisional.
const thin: Record<string, Answer> = { 'alpha.level': { value: 4 }, 'gamma.level': { value: 4 } };

const compare = (assessments: Assessment[], options: Partial<Parameters<typeof buildComparison>[2]> = {}) =>
  buildComparison(
    framework,
    assessments.map((assessment) => ({ assessment })),
    { currentVersion, ...options },
  );

const column = (comparison: Comparison, id: string) => comparison.columns.find((c) => c.id === id);

describe('buildComparison', () => {
  describe('scores and differences', () => {
    const a = buildAssessment('a', strongGamma, { name: 'Đà Nẵng', year: 2023 });
    const b = buildAssessment('b', strongAlpha, { name: 'Huế', year: 2024 });

    it('scores every assessment and lays criteria out as rows, one score a column', () => {
      const comparison = compare([a, b]);
      expect(comparison.columns.map((c) => [c.id, c.name, c.year, c.overall, c.band?.id])).toEqual([
        ['a', 'Đà Nẵng', 2023, 81.25, undefined],
        ['b', 'Huế', 2024, 75, 'advanced'],
      ]);
      // a: beta anything from 0 to 100 → (62.5 + 0 + 100) / 3 to (62.5 + 100 + 100) / 3
      expect(column(comparison, 'a')).toMatchObject({ isProvisional: true, answersToBand: 2 });
      expect(column(comparison, 'a')?.range?.low).toBeCloseTo(162.5 / 3, 12);
      expect(column(comparison, 'a')?.range?.high).toBeCloseTo(262.5 / 3, 12);
      expect(column(comparison, 'b')).toMatchObject({ isProvisional: false, range: { low: 75, high: 75 } });
      expect(comparison.rows.map((r) => [r.criterionId, r.name.en, r.scores])).toEqual([
        ['alpha', 'alpha', [62.5, 100]],
        ['beta', 'beta', [null, 75]],
        ['gamma', 'gamma', [100, 50]],
      ]);
    });

    it('takes the first assessment as the baseline unless another is chosen', () => {
      const comparison = compare([a, b]);
      expect(comparison.baselineId).toBe('a');
      expect(comparison.rows.map((r) => r.diffs)).toEqual([
        [0, 37.5],
        [null, null],
        [0, -50],
      ]);
      expect(comparison.columns.map((c) => c.diffOverall)).toEqual([0, -6.25]);
    });

    it('gives differences to the chosen baseline, null where either score is missing', () => {
      const comparison = compare([a, b], { baselineId: 'b' });
      expect(comparison.baselineId).toBe('b');
      expect(comparison.rows.map((r) => r.diffs)).toEqual([
        [-37.5, 0],
        [null, 0],
        [50, 0],
      ]);
      expect(comparison.columns.map((c) => c.diffOverall)).toEqual([6.25, 0]);
    });

    it('falls back to the first assessment when the chosen baseline is not compared', () => {
      expect(compare([a, b], { baselineId: 'gone' }).baselineId).toBe('a');
    });

    it('still builds from fewer than two assessments, or none', () => {
      expect(compare([a]).columns).toHaveLength(1);
      expect(compare([])).toMatchObject({ columns: [], ranking: [], baselineId: '', trend: null });
    });
  });

  describe('ranking', () => {
    it('ranks by overall, equal overalls sharing a rank and unscored assessments last, without a rank', () => {
      const comparison = compare([
        buildAssessment('b', strongAlpha),
        buildAssessment('empty', {}),
        buildAssessment('a', strongGamma),
        buildAssessment('a-again', strongGamma),
      ]);
      expect(comparison.columns.map((c) => [c.id, c.rank])).toEqual([
        ['b', 3],
        ['empty', null],
        ['a', 1],
        ['a-again', 1],
      ]);
      expect(comparison.ranking).toEqual(['a', 'a-again', 'b', 'empty']);
      expect(column(comparison, 'empty')).toMatchObject({ overall: null, band: null, diffOverall: null });
    });

    it('applies what-if weights to every assessment, which can change the ranking', () => {
      const assessments = [buildAssessment('a', strongGamma), buildAssessment('b', strongAlpha)];
      expect(compare(assessments).ranking).toEqual(['a', 'b']);
      const whatIf = compare(assessments, { weights: { gamma: 0 } });
      expect(whatIf.ranking).toEqual(['b', 'a']);
      expect(whatIf.columns.map((c) => c.overall)).toEqual([62.5, 87.5]);
    });

    it('does not apply an assessment’s own saved weights', () => {
      const comparison = compare([
        buildAssessment('a', strongGamma, {}, { gamma: 0 }),
        buildAssessment('b', strongAlpha),
      ]);
      expect(column(comparison, 'a')?.overall).toBe(81.25);
      expect(comparison.ranking).toEqual(['a', 'b']);
    });
  });

  describe('warnings', () => {
    it('gives none for assessments under one framework version, default weights and good coverage', () => {
      const comparison = buildComparison(
        framework,
        [
          { assessment: buildAssessment('a', strongAlpha), frameworkVersion: '1.0.0' },
          { assessment: buildAssessment('b', strongAlpha, {}, { alpha: 1, gamma: 1 }) },
        ],
        { currentVersion: '1.0.0' },
      );
      expect(comparison.warnings).toEqual([]);
      expect(comparison.columns.map((c) => c.hasCustomWeights)).toEqual([false, false]);
    });

    it('warns when the assessments were made under different framework versions', () => {
      const compared: ComparedAssessment[] = [
        { assessment: buildAssessment('a', strongAlpha), frameworkVersion: '0.9.0' },
        { assessment: buildAssessment('b', strongAlpha) },
        { assessment: buildAssessment('c', strongAlpha), frameworkVersion: '1.0.0' },
      ];
      expect(buildComparison(framework, compared, { currentVersion: '1.0.0' }).warnings).toEqual([
        { kind: 'framework-versions', versions: ['0.9.0', '1.0.0'] },
      ]);
    });

    it('warns about assessments whose own saved weights the comparison leaves aside', () => {
      const comparison = compare([
        buildAssessment('a', strongAlpha, {}, { alpha: 2 }),
        buildAssessment('b', strongAlpha),
        buildAssessment('c', strongAlpha, {}, { beta: 0 }),
      ]);
      expect(comparison.columns.map((c) => c.hasCustomWeights)).toEqual([true, false, true]);
      expect(comparison.warnings).toEqual([{ kind: 'custom-weights', assessmentIds: ['a', 'c'] }]);
    });

    it('marks provisional scores, with their ranges, and warns about provisional overalls', () => {
      const comparison = compare([buildAssessment('a', strongAlpha), buildAssessment('thin', thin)]);
      expect(column(comparison, 'thin')?.provisionalCriteria).toEqual(['alpha']);
      expect(column(comparison, 'a')?.provisionalCriteria).toEqual([]);
      expect(comparison.rows.map((r) => r.provisional)).toEqual([
        [false, true],
        [false, false], // unscored: a gap, not a provisional score
        [false, false],
      ]);
      // thin's alpha: level 4 (w 1) of Σw 4 → 25 to 100
      expect(comparison.rows[0]?.ranges).toEqual([
        { low: 100, high: 100 },
        { low: 25, high: 100 },
      ]);
      expect(comparison.columns.map((c) => c.isProvisional)).toEqual([false, true]);
      expect(comparison.warnings).toEqual([{ kind: 'provisional', assessmentIds: ['thin'] }]);
    });
  });

  describe('radar', () => {
    it('draws one series an assessment, telling them apart by line style, only the first filled', () => {
      const comparison = compare(
        ['a', 'b', 'c', 'd', 'e'].map((id, i) => buildAssessment(id, strongAlpha, { year: 2020 + i })),
      );
      expect(comparison.radar.series.map((s) => [s.id, s.lineStyle, s.isFilled])).toEqual([
        ['a', 'solid', true],
        ['b', 'dashed', false],
        ['c', 'dotted', false],
        ['d', 'dash-dot', false],
        ['e', 'solid', false],
      ]);
    });

    it('has the criteria as axes, labels series by community and year, and leaves gaps for no score', () => {
      const comparison = compare([
        buildAssessment('a', strongGamma, { name: 'Đà Nẵng' }),
        buildAssessment('b', strongAlpha, { name: 'Huế', year: 2024 }),
      ]);
      expect(comparison.radar.axes).toEqual(
        framework.criteria.map((c) => ({ id: c.id, name: c.name, isProvisional: false })),
      );
      expect(comparison.radar.series.map((s) => [s.label, s.values])).toEqual([
        [{ text: 'Đà Nẵng' }, [62.5, null, 100]],
        [{ text: 'Huế 2024' }, [100, 75, 50]],
      ]);
    });
  });

  describe('trend', () => {
    it('follows one community over the years, in year order', () => {
      const comparison = compare([
        buildAssessment('y2024', strongAlpha, { name: 'Huế', year: 2024 }),
        buildAssessment('y2022', {}, { name: ' huế ', year: 2022 }),
        // The same name decomposed (NFD), as some keyboards type it.
        buildAssessment('y2023', strongGamma, { name: 'Hue\u0302\u0301', year: 2023 }),
      ]);
      expect(comparison.trend?.community).toBe('Huế');
      expect(comparison.trend?.overall).toMatchObject([
        {
          assessmentId: 'y2022',
          year: 2022,
          score: null,
          isProvisional: false,
          range: { low: 0, high: 100 },
        },
        { assessmentId: 'y2023', year: 2023, score: 81.25, isProvisional: true },
        { assessmentId: 'y2024', year: 2024, score: 75, isProvisional: false, range: { low: 75, high: 75 } },
      ]);
      expect(comparison.trend?.criteria.map((c) => [c.criterionId, c.points.map((p) => p.score)])).toEqual([
        ['alpha', [null, 62.5, 100]],
        ['beta', [null, null, 75]],
        ['gamma', [null, 100, 50]],
      ]);
    });

    it('gives the change from the first year to the last, none where either year has no score', () => {
      const comparison = compare([
        buildAssessment('y2023', strongGamma, { name: 'Huế', year: 2023 }),
        buildAssessment('y2025', strongAlpha, { name: 'Huế', year: 2025 }),
        buildAssessment('y2024', thin, { name: 'Huế', year: 2024 }),
      ]);
      // alpha 62.5 → 100, beta none → 75, gamma 100 → 50; overall 81.25 → 75.
      expect(comparison.trend?.criteria.map((c) => [c.criterionId, c.change])).toEqual([
        ['alpha', 37.5],
        ['beta', null],
        ['gamma', -50],
      ]);
      expect(comparison.trend?.overallChange).toBe(-6.25);
    });

    it.each([
      ['over the years', [2023, 2024, 2025]],
      ['even with a year missing or given twice', [2023, undefined, 2023]],
    ])('does not rank one community against itself, %s', (_case, years) => {
      const comparison = compare(
        [strongAlpha, strongGamma, thin].map((answers, i) => {
          const year = years[i];
          return buildAssessment(`a${i}`, answers, { name: 'Huế', ...(year === undefined ? {} : { year }) });
        }),
      );
      expect(comparison.isOneCommunity).toBe(true);
      expect(comparison.columns.map((c) => c.rank)).toEqual([null, null, null]);
      expect(comparison.ranking).toEqual([]);
      // Its years are still set side by side, with their differences to the baseline.
      expect(comparison.columns.map((c) => c.overall)).toEqual([75, 81.25, 100]);
      expect(comparison.columns[1]?.diffOverall).toBe(6.25);
    });

    it('ranks as soon as one other community is among those compared', () => {
      const comparison = compare([
        buildAssessment('hue23', strongAlpha, { name: 'Huế', year: 2023 }),
        buildAssessment('hue24', strongGamma, { name: 'Huế', year: 2024 }),
        buildAssessment('dn24', thin, { name: 'Đà Nẵng', year: 2024 }),
      ]);
      expect(comparison.isOneCommunity).toBe(false);
      expect(comparison.ranking).toEqual(['dn24', 'hue24', 'hue23']);
      expect(comparison.trend).toBeNull();
    });

    it.each([
      [
        'different communities',
        [
          { name: 'Huế', year: 2023 },
          { name: 'Đà Nẵng', year: 2024 },
        ],
      ],
      [
        'a missing year',
        [
          { name: 'Huế', year: 2023 },
          { name: 'Huế', year: undefined },
        ],
      ],
      [
        'the same year twice',
        [
          { name: 'Huế', year: 2023 },
          { name: 'Huế', year: 2023 },
        ],
      ],
      ['a single assessment', [{ name: 'Huế', year: 2023 }]],
    ])('is null for %s', (_case, profiles) => {
      const assessments = profiles.map(({ name, year }, i) =>
        buildAssessment(`a${i}`, strongAlpha, { name, ...(year === undefined ? {} : { year }) }),
      );
      expect(compare(assessments).trend).toBeNull();
    });
  });

  it('gives, for any answers, every difference as score − baseline score, and 0 or null for the baseline', () => {
    fc.assert(
      fc.property(
        fc.array(answersArbitrary(framework), { minLength: 2, maxLength: 4 }),
        fc.nat(),
        (answerSets, pick) => {
          const assessments = answerSets.map((answers, i) => buildAssessment(`a${i}`, answers));
          const baseline = pick % assessments.length;
          const comparison = compare(assessments, { baselineId: `a${baseline}` });
          const minus = (x: number | null, y: number | null) => (x === null || y === null ? null : x - y);
          for (const row of comparison.rows) {
            row.diffs.forEach((diff, i) => {
              expect(diff).toBe(minus(row.scores[i] ?? null, row.scores[baseline] ?? null));
            });
            expect([0, null]).toContain(row.diffs[baseline]);
          }
          const overalls = comparison.columns.map((c) => c.overall);
          comparison.columns.forEach((c, i) => {
            expect(c.diffOverall).toBe(minus(overalls[i] ?? null, overalls[baseline] ?? null));
          });
          expect([0, null]).toContain(comparison.columns[baseline]?.diffOverall);
        },
      ),
    );
  });
});
