import { describe, expect, it } from 'vitest';

import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { buildResults, buildResultsRadar } from '../../../src/domain/insights/build-results';
import { findRadarRuns, toRadarRows } from '../../../src/domain/insights/radar-model';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();

const assessment: Assessment = {
  id: 'a',
  profile: { name: 'Huế' },
  answers: {
    'alpha.level': {
      value: 4,
      evidence: [{ url: 'https://example.org', label: 'x' }],
      dataQuality: 'measured',
    },
    'alpha.percent': { value: 50, dataQuality: 'estimated' },
    'alpha.flag': { value: true },
    'beta.price': { value: 100 }, // worst: 0
    'beta.optional': { value: 'na' },
    'gamma.level': { value: 2, notes: 'no evidence' },
  },
  targets: { alpha: 90, gamma: 40 },
};

describe('buildResults', () => {
  const results = buildResults(framework, assessment);
  const [alpha, beta, gamma] = results.criteria;

  it('carries the engine’s scores and coverage', () => {
    expect(alpha?.score).toBeCloseTo(((1 + 2 * 0.5 + 1) / 4) * 100, 12);
    expect(beta).toMatchObject({ score: 0, answered: 1, na: 1, questions: 3 });
    expect(results.overall).toBeCloseTo((75 + 0 + 50) / 3, 12);
  });

  it('marks a criterion with coverage under 50 % as provisional', () => {
    expect(alpha?.isProvisional).toBe(false); // 3 of 3
    expect(beta?.isProvisional).toBe(false); // 1 answered + 1 N/A of 3
    const thin = buildResults(framework, { ...assessment, answers: { 'alpha.level': { value: 2 } } });
    expect(thin.criteria[0]).toMatchObject({ coverage: 1 / 3, isProvisional: true, band: null });
    // No answer: provisional too, but with no score the radar has nothing to mark.
    expect(thin.criteria[1]).toMatchObject({ score: null, isProvisional: true });
    expect(buildResultsRadar(thin, false).axes.map((a) => a.isProvisional)).toEqual([true, false, false]);
  });

  it('carries the overall’s range, provisional state and the answers still needed for a band', () => {
    // 6 of 7 questions answered or N/A; beta.list is the one left.
    expect(results).toMatchObject({ isProvisional: false, coverage: 6 / 7, answersToBand: 0 });
    expect(results.band?.id).toBe('developing');
    const thin = buildResults(framework, { ...assessment, answers: { 'alpha.level': { value: 2 } } });
    expect(thin).toMatchObject({ isProvisional: true, band: null, answersToBand: 5 });
    expect(thin.range?.low).toBeCloseTo(12.5 / 3, 12);
  });

  it('lists every unanswered question as still to answer, with its question and criterion', () => {
    expect(results.stillToAnswer.map((q) => [q.questionId, q.criterion.id, q.question.id])).toEqual([
      ['beta.list', 'beta', 'beta.list'],
    ]);
    // beta.list weighs 1 of beta's 2 non-N/A questions, beta a third of the overall.
    expect(results.stillToAnswer[0]?.narrowing).toBeCloseTo(100 / 6, 12);
    expect(results.opportunities.map((o) => o.questionId)).not.toContain('beta.list');
  });

  it('measures evidence strength over the scored answers', () => {
    expect(alpha?.evidence).toEqual({
      answered: 3,
      withEvidence: 1,
      share: 1 / 3,
      quality: { measured: 1, estimated: 1, opinion: 0, unstated: 1 },
    });
    expect(buildResults(framework, { ...assessment, answers: {} }).criteria[0]?.evidence.share).toBeNull();
  });

  it('gives the gap to each target', () => {
    expect(alpha?.target).toBe(90);
    expect(alpha?.gap).toBeCloseTo(15, 12);
    expect(beta?.gap).toBeNull();
    expect(gamma?.gap).toBeCloseTo(-10, 12);
  });

  it('names the two strongest and the weakest criteria', () => {
    expect(results.strengths.map((c) => c.id)).toEqual(['alpha', 'gamma']);
    expect(results.gaps.map((c) => c.id)).toEqual(['beta']);
  });

  it('lists at most ten improvement opportunities, with their questions', () => {
    expect(results.opportunities.length).toBeLessThanOrEqual(10);
    expect(results.opportunities[0]?.question.id).toBe(results.opportunities[0]?.questionId);
    expect(results.opportunities.map((o) => o.questionId)).toContain('beta.price');
  });

  it('marks custom weights', () => {
    expect(results.hasCustomWeights).toBe(false);
    expect(buildResults(framework, { ...assessment, weights: { alpha: 2 } }).hasCustomWeights).toBe(true);
    expect(buildResults(framework, { ...assessment, weights: { alpha: 1 } }).hasCustomWeights).toBe(false);
  });

  it("scores last year's assessment with this year's weights", () => {
    const previous: Assessment = {
      id: 'p',
      profile: { name: 'Huế' },
      answers: { 'gamma.level': { value: 1 } },
    };
    const withPrevious = buildResults(framework, assessment, previous);
    expect(withPrevious.criteria.map((c) => c.previous)).toEqual([null, null, 25]);
    expect(withPrevious.previousOverall).toBe(25);
  });
});

describe('buildResultsRadar', () => {
  it('draws current scores, targets and the previous year, with gaps where there is no score', () => {
    const previous: Assessment = {
      id: 'p',
      profile: { name: 'Huế' },
      answers: { 'gamma.level': { value: 1 } },
    };
    const model = buildResultsRadar(
      buildResults(framework, { ...assessment, answers: { 'gamma.level': { value: 4 } } }, previous),
      true,
    );
    expect(model.series.map((s) => [s.id, s.lineStyle])).toEqual([
      ['current', 'solid'],
      ['target', 'dashed'],
      ['previous', 'dotted'],
    ]);
    expect(model.series[0]?.values).toEqual([null, null, 100]);
    const rows = toRadarRows(model, (axis) => axis.name.en);
    expect(rows[2]).toEqual({ axis: 'gamma', s0: 100, s1: 40, s2: 25 });
    expect(rows[0]).toEqual({ axis: 'alpha', s0: null, s1: 90, s2: null });
  });

  it('leaves out targets and the previous year when there are none', () => {
    const model = buildResultsRadar(buildResults(framework, { ...assessment, targets: {} }), false);
    expect(model.series.map((s) => s.id)).toEqual(['current']);
  });
});

describe('findRadarRuns', () => {
  it.each([
    [[1, 2, 3], { isClosed: true, runs: [[0, 1, 2]] }],
    [[1, null, 3, 4], { isClosed: false, runs: [[2, 3, 0]] }],
    [[null, 2, 3, null, 5, null], { isClosed: false, runs: [[1, 2], [4]] }],
    [[null, null], { isClosed: false, runs: [] }],
  ])('splits %j into the runs to draw', (values, expected) => {
    expect(findRadarRuns(values)).toEqual(expected);
  });
});
