import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Answer, Assessment } from '../../../src/domain/assessment/assessment-schema';
import { buildCommunityTrend, findCommunityYears } from '../../../src/domain/insights/build-trend';
import { scoreAssessment } from '../../../src/domain/scoring/score-assessment';
import { answersArbitrary } from '../../factories/answer-arbitraries';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();

const full: Record<string, Answer> = {
  'alpha.level': { value: 4 },
  'alpha.percent': { value: 100 },
  'alpha.flag': { value: true },
  'beta.price': { value: 20 },
  'beta.list': { value: ['a', 'b', 'c', 'd'] },
  'beta.optional': { value: 4 },
  'gamma.level': { value: 4 },
};
const half: Record<string, Answer> = { ...full, 'gamma.level': { value: 2 }, 'alpha.flag': { value: false } };

function assessment(
  id: string,
  name: string,
  year: number | undefined,
  extra: Partial<Assessment> = {},
): Assessment {
  return {
    id,
    profile: { name, ...(year === undefined ? {} : { year }) },
    answers: half,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  };
}

const byId = (...list: Assessment[]) => new Map(list.map((a) => [a.id, a]));
const years = (list: Assessment[]) => list.map((a) => `${a.id} ${a.profile.year}`);

describe("a community's years", () => {
  it('follows the chain of assessments started from one another, whatever their names', () => {
    const y2022 = assessment('y2022', 'Tỉnh Vĩnh Long', 2022);
    const y2023 = assessment('y2023', 'Vĩnh Long (bản nháp)', 2023, { basedOn: 'y2022' });
    const y2024 = assessment('y2024', 'Vĩnh Long', 2024, { basedOn: 'y2023' });
    const other = assessment('other', 'Cần Thơ', 2023);
    expect(years(findCommunityYears(y2024, byId(y2022, y2023, y2024, other)))).toEqual([
      'y2022 2022',
      'y2023 2023',
      'y2024 2024',
    ]);
  });

  it('adds assessments of the same community name, in any case, spacing or Unicode form', () => {
    const current = assessment('now', 'Huế', 2025);
    const imported = assessment('imported', ' hue\u0302\u0301 ', 2023);
    expect(years(findCommunityYears(current, byId(current, imported)))).toEqual([
      'imported 2023',
      'now 2025',
    ]);
  });

  it('keeps one assessment a year: this one, then the chain’s, then the last edited', () => {
    const current = assessment('now', 'Huế', 2024, { basedOn: 'chain' });
    const chain = assessment('chain', 'Thừa Thiên Huế', 2023, { updatedAt: '2023-01-01T00:00:00Z' });
    const sameYearLater = assessment('later', 'Huế', 2023, { updatedAt: '2025-06-01T00:00:00Z' });
    const twinOlder = assessment('twin-old', 'Huế', 2022, { updatedAt: '2024-01-01T00:00:00Z' });
    const twinNewer = assessment('twin-new', 'Huế', 2022, { updatedAt: '2024-06-01T07:00:00+07:00' });
    const sameYearAsThis = assessment('rival', 'Huế', 2024, { updatedAt: '2030-01-01T00:00:00Z' });
    const found = findCommunityYears(
      current,
      byId(twinNewer, sameYearLater, current, chain, twinOlder, sameYearAsThis),
    );
    expect(years(found)).toEqual(['twin-new 2022', 'chain 2023', 'now 2024']);
  });

  it('leaves out later years, years unknown, and an illustrative example joined by name alone', () => {
    const current = assessment('now', 'Bình Dương', 2024);
    const later = assessment('later', 'Bình Dương', 2025);
    const noYear = assessment('undated', 'Bình Dương', undefined);
    const example = assessment('example', 'Bình Dương', 2023, { illustrative: true });
    expect(years(findCommunityYears(current, byId(current, later, noYear, example)))).toEqual(['now 2024']);
    // Started from the example, the user linked them: the example's year belongs to the trend.
    const fromExample = { ...current, basedOn: 'example' };
    expect(years(findCommunityYears(fromExample, byId(fromExample, example)))).toEqual([
      'example 2023',
      'now 2024',
    ]);
  });

  it('has no years without a year of its own, and stops on a chain that loops', () => {
    expect(findCommunityYears(assessment('x', 'Huế', undefined), new Map())).toEqual([]);
    const a = assessment('a', 'A', 2024, { basedOn: 'b' });
    const b = assessment('b', 'B', 2023, { basedOn: 'a' });
    expect(years(findCommunityYears(a, byId(a, b)))).toEqual(['b 2023', 'a 2024']);
  });
});

describe('the trend on the results', () => {
  it('scores each year under this assessment’s weights, with the change from the first year to the last', () => {
    const y2023 = assessment('y2023', 'Huế', 2023, { answers: half, weights: { gamma: 0 } });
    const current = assessment('y2024', 'Huế', 2024, {
      answers: full,
      basedOn: 'y2023',
      weights: { alpha: 2 },
    });
    const trend = buildCommunityTrend(framework, current, byId(y2023, current));
    const weighted = (answers: Record<string, Answer>) =>
      scoreAssessment(framework, { answers, weights: { alpha: 2 } }).overall;
    expect(trend?.overall.map((p) => [p.year, p.score])).toEqual([
      [2023, weighted(half)],
      [2024, 100],
    ]);
    expect(trend?.overallChange).toBeCloseTo(100 - (weighted(half) ?? 0), 12);
    expect(trend?.criteria.map((c) => [c.criterionId, c.change])).toEqual([
      ['alpha', 100 - ((4 + 2 * 4 + 0) / 4 / 4) * 100],
      ['beta', 0],
      ['gamma', 50],
    ]);
    expect(trend?.community).toBe('Huế');
  });

  it('is null for a single year', () => {
    const current = assessment('only', 'Huế', 2024);
    expect(buildCommunityTrend(framework, current, byId(current))).toBeNull();
  });

  it('for any answers: ends on this assessment’s own scores, and each change is last − first', () => {
    fc.assert(
      fc.property(answersArbitrary(framework), answersArbitrary(framework), (before, now) => {
        const previous = assessment('p', 'Huế', 2023, { answers: before });
        const current = assessment('c', 'Huế', 2024, { answers: now, basedOn: 'p' });
        const trend = buildCommunityTrend(framework, current, byId(previous, current));
        const score = scoreAssessment(framework, current);
        expect(trend?.overall.at(-1)?.score).toBe(score.overall);
        for (const [c, line] of (trend?.criteria ?? []).entries()) {
          expect(line.points.at(-1)?.score).toBe(score.criteria[c]?.score);
          const [first, last] = [line.points[0]?.score ?? null, line.points[1]?.score ?? null];
          expect(line.change).toBe(first === null || last === null ? null : last - first);
        }
      }),
    );
  });
});
