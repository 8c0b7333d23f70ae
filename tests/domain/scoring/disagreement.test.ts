import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  countAnswers,
  listContested,
  measureCriterionBands,
  measureSpreads,
} from '../../../src/domain/scoring/disagreement';
import type { Responses } from '../../../src/domain/scoring/effective-answers';
import { scoreAssessment } from '../../../src/domain/scoring/score-assessment';
import { buildFramework, buildQuestion } from '../../factories/framework-factory';
import { teamAssessmentArbitrary } from '../../factories/team-arbitraries';

const framework = buildFramework();

// alpha.level: 4 and 0 (spread 1); alpha.percent: 80 and 60 (spread 0.2); alpha.flag: all
// yes (spread 0); beta.list: one answer only; gamma: nothing.
const responses: Responses = {
  ict: {
    'alpha.level': { value: 4 },
    'alpha.percent': { value: 80 },
    'alpha.flag': { value: true },
    'beta.list': { value: ['a', 'b'] },
  },
  edu: { 'alpha.level': { value: 0 }, 'alpha.percent': { value: 60 }, 'alpha.flag': { value: true } },
  dost: { 'alpha.level': { value: 2 }, 'beta.optional': { value: 'na' } },
};

describe('the spread of a question', () => {
  it('is max − min of the respondents’ question scores s, over their scored answers', () => {
    const spreads = measureSpreads(framework, responses);
    expect(
      spreads.map(({ questionId, spread, scoredResponses }) => [questionId, spread, scoredResponses]),
    ).toEqual([
      ['alpha.level', 1, 3],
      ['alpha.percent', expect.closeTo(0.2, 12), 2],
      ['alpha.flag', 0, 2],
      ['beta.list', 0, 1],
    ]);
    expect(spreads[0]).toMatchObject({ low: 0, high: 1, criterionId: 'alpha' });
  });

  it('lists as contested the questions with two scored answers or more and a spread, widest first', () => {
    expect(listContested(framework, responses).map(({ questionId }) => questionId)).toEqual([
      'alpha.level',
      'alpha.percent',
    ]);
  });

  it('finds nothing contested without respondents, or with one', () => {
    expect(listContested(framework, undefined)).toEqual([]);
    expect(listContested(framework, { ict: responses.ict })).toEqual([]);
  });

  it('lies between 0 and 1, sorts widest first, and never depends on the respondents’ order', () => {
    fc.assert(
      fc.property(teamAssessmentArbitrary(framework), (team) => {
        const contested = listContested(framework, team.responses);
        for (const [i, question] of contested.entries()) {
          expect(question.spread).toBeGreaterThan(0);
          expect(question.spread).toBeLessThanOrEqual(1);
          expect(question.scoredResponses).toBeGreaterThanOrEqual(2);
          expect(question.spread).toBeLessThanOrEqual(contested[i - 1]?.spread ?? 1);
        }
        const reversed = Object.fromEntries(Object.entries(team.responses ?? {}).toReversed());
        expect(listContested(framework, reversed)).toEqual(contested);
        expect(measureCriterionBands(framework, reversed)).toEqual(
          measureCriterionBands(framework, team.responses),
        );
      }),
    );
  });
});

describe('each criterion’s band across respondents', () => {
  it('runs from the lowest to the highest respondent’s criterion score, each from their own answers', () => {
    const bands = measureCriterionBands(framework, responses);
    const scoreOf = (id: string, c: number) =>
      scoreAssessment(framework, { answers: responses[id] ?? {} }).criteria[c]?.score;
    expect(bands[0]).toEqual({
      criterionId: 'alpha',
      low: scoreOf('dost', 0),
      high: scoreOf('ict', 0),
      respondents: 3,
    });
    // Only ict answered beta with a scored answer (dost's N/A is not a score).
    expect(bands[1]).toEqual({
      criterionId: 'beta',
      low: scoreOf('ict', 1),
      high: scoreOf('ict', 1),
      respondents: 1,
    });
    expect(bands[2]).toEqual({ criterionId: 'gamma', low: null, high: null, respondents: 0 });
  });
});

describe('the group’s answers to a question (round 2)', () => {
  it('counts every level, N/A apart', () => {
    const question = buildQuestion('q', { type: 'level', allowsNA: true });
    const given = {
      a: { q: { value: 2 } },
      b: { q: { value: 2 } },
      c: { q: { value: 'na' as const } },
      d: { q: { value: 4 } },
    };
    expect(countAnswers(question, given)).toEqual({
      total: 4,
      na: 1,
      counts: [
        { value: 0, count: 0 },
        { value: 1, count: 0 },
        { value: 2, count: 2 },
        { value: 3, count: 0 },
        { value: 4, count: 1 },
      ],
    });
  });

  it('counts yes and no, each ticked option, and each distinct figure', () => {
    const flag = buildQuestion('f', { type: 'boolean' });
    expect(
      countAnswers(flag, { a: { f: { value: true } }, b: { f: { value: false } }, c: { f: { value: true } } })
        .counts,
    ).toEqual([
      { value: true, count: 2 },
      { value: false, count: 1 },
    ]);
    const list = buildQuestion('l', { type: 'checklist' });
    expect(
      countAnswers(list, { a: { l: { value: ['a', 'c'] } }, b: { l: { value: ['a'] } } }).counts,
    ).toEqual([
      { value: 'a', count: 2 },
      { value: 'b', count: 0 },
      { value: 'c', count: 1 },
      { value: 'd', count: 0 },
    ]);
    const percent = buildQuestion('p', { type: 'percent' });
    expect(
      countAnswers(percent, { a: { p: { value: 70 } }, b: { p: { value: 55.5 } }, c: { p: { value: 70 } } }),
    ).toEqual({
      total: 3,
      na: 0,
      counts: [
        { value: 55.5, count: 1 },
        { value: 70, count: 2 },
      ],
    });
  });
});
