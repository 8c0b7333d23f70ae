import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Answer, AnswerValue } from '../../../src/domain/assessment/assessment-schema';
import type { Framework } from '../../../src/domain/criteria/criterion-schema';
import { findBestValue } from '../../../src/domain/scoring/find-improvement-opportunities';
import { listStillToAnswer } from '../../../src/domain/scoring/list-still-to-answer';
import { findUnansweredQuestions } from '../../../src/domain/scoring/measure-progress';
import { scoreAssessment, type AssessmentScore } from '../../../src/domain/scoring/score-assessment';
import { answersArbitrary, valueArbitrary, weightsArbitrary } from '../../factories/answer-arbitraries';
import { frameworkArbitrary } from '../../factories/framework-arbitrary';
import { buildCriterion, buildFramework, buildQuestion } from '../../factories/framework-factory';

const framework = buildFramework();
const answer = (value: AnswerValue): Answer => ({ value });
// Sums in another order differ in the last bits; a bound is "not crossed" within this.
const EPSILON = 1e-9;

const withAnswers = (f: Framework) =>
  answersArbitrary(f).chain((answers) => weightsArbitrary(f).map((weights) => ({ f, answers, weights })));
const anyCase = frameworkArbitrary().chain(withAnswers);

const unansweredIds = (f: Framework, answers: Record<string, Answer>) =>
  findUnansweredQuestions(f, answers).flatMap((c) => c.questionIds);
/** The overall and every criterion that has a score, each with its range. */
const scoredWithRanges = (result: AssessmentScore) =>
  [
    { score: result.overall, range: result.range },
    ...result.criteria.map((c) => ({ score: c.score, range: c.range })),
  ].flatMap(({ score, range }) => (score === null ? [] : [{ score, range }]));

const questionOf = (f: Framework, id: string) => {
  const question = f.criteria.flatMap((c) => c.questions).find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
};

describe('the range of a score', () => {
  it('is what the criterion would score if every unanswered question scored 0, or 1', () => {
    // alpha: level 2 (w 1, s 0.5) answered; percent (w 2) and flag (w 1) not: Σw over Q = 4.
    const result = scoreAssessment(framework, {
      answers: { 'alpha.level': answer(2), 'beta.optional': answer('na') },
    });
    const [alpha, beta, gamma] = result.criteria;
    expect(alpha?.score).toBeCloseTo(50, 12);
    expect(alpha?.range?.low).toBeCloseTo((100 * 0.5) / 4, 12);
    expect(alpha?.range?.high).toBeCloseTo((100 * (0.5 + 3)) / 4, 12);
    // No answer at all: anything from 0 to 100; the N/A question is not in Q.
    expect(beta).toMatchObject({ score: null, range: { low: 0, high: 100 } });
    expect(gamma).toMatchObject({ score: null, range: { low: 0, high: 100 } });
    expect(result.range?.low).toBeCloseTo(12.5 / 3, 12);
    expect(result.range?.high).toBeCloseTo((87.5 + 100 + 100) / 3, 12);
  });

  it('is null for a criterion whose questions are all N/A, which the overall range leaves out', () => {
    const withOptional: Framework = {
      ...framework,
      criteria: [
        ...framework.criteria,
        buildCriterion('delta', [buildQuestion('delta.only', { type: 'boolean', allowsNA: true })]),
      ],
    };
    const answers = {
      'alpha.level': answer(4),
      'alpha.percent': answer(100),
      'alpha.flag': answer(true),
      'delta.only': answer('na'),
    };
    const result = scoreAssessment(withOptional, { answers });
    expect(result.criteria[3]).toMatchObject({ score: null, range: null, coverage: 1, isProvisional: false });
    // alpha [100, 100], beta and gamma [0, 100]
    expect(result.range?.low).toBeCloseTo(100 / 3, 12);
    expect(result.range?.high).toBeCloseTo(100, 12);
  });

  it('weighs the criterion ranges with the criterion weights', () => {
    const answers = { 'gamma.level': answer(2) };
    const result = scoreAssessment(framework, { answers, weights: { alpha: 0, beta: 1, gamma: 3 } });
    // beta [0, 100] weighs 1, gamma [50, 50] weighs 3, alpha weighs nothing.
    expect(result.range?.low).toBeCloseTo((0 + 3 * 50) / 4, 12);
    expect(result.range?.high).toBeCloseTo((100 + 3 * 50) / 4, 12);
  });

  it('holds the score between its low and its high', () => {
    fc.assert(
      fc.property(anyCase, ({ f, answers, weights }) => {
        for (const { score, range } of scoredWithRanges(scoreAssessment(f, { answers, weights }))) {
          expect(range).not.toBeNull();
          expect(range?.low).toBeLessThanOrEqual(score + EPSILON);
          expect(range?.high).toBeGreaterThanOrEqual(score - EPSILON);
          expect(range?.low).toBeGreaterThanOrEqual(0);
          expect(range?.high).toBeLessThanOrEqual(100 + EPSILON);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never widens when a question is answered (N/A included)', () => {
    const answeringCase = anyCase.chain((testCase) => {
      const ids = unansweredIds(testCase.f, testCase.answers);
      if (ids.length === 0) return fc.constant(null);
      return fc
        .constantFrom(...ids)
        .chain((id) =>
          valueArbitrary(questionOf(testCase.f, id)).map((value) => ({ ...testCase, id, value })),
        );
    });
    fc.assert(
      fc.property(answeringCase, (testCase) => {
        if (testCase === null) return;
        const { f, answers, weights, id, value } = testCase;
        const before = scoreAssessment(f, { answers, weights });
        const after = scoreAssessment(f, { answers: { ...answers, [id]: answer(value) }, weights });
        const pairs = [
          [before.range, after.range] as const,
          ...before.criteria.map((c, i) => [c.range, after.criteria[i]?.range ?? null] as const),
        ];
        for (const [b, a] of pairs) {
          // A range can only vanish (the last question of a criterion marked N/A), never appear.
          if (b === null) expect(a).toBeNull();
          if (b === null || a === null) continue;
          expect(a.low).toBeGreaterThanOrEqual(b.low - EPSILON);
          expect(a.high).toBeLessThanOrEqual(b.high + EPSILON);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('closes on the score, exactly, once every question is answered', () => {
    const completeCase = frameworkArbitrary().chain((f) =>
      fc.tuple(...f.criteria.flatMap((c) => c.questions).map((q) => valueArbitrary(q))).chain((values) =>
        weightsArbitrary(f).map((weights) => ({
          f,
          weights,
          answers: Object.fromEntries(
            f.criteria.flatMap((c) => c.questions).map((q, i) => [q.id, answer(values[i] as AnswerValue)]),
          ),
        })),
      ),
    );
    fc.assert(
      fc.property(completeCase, ({ f, answers, weights }) => {
        for (const { score, range } of scoredWithRanges(scoreAssessment(f, { answers, weights }))) {
          expect(range).toEqual({ low: score, high: score });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('of one criterion is not moved by N/A in another', () => {
    const naCase = anyCase.chain((testCase) => {
      const optional = testCase.f.criteria.flatMap((c) => c.questions).filter((q) => q.allowsNA);
      if (optional.length === 0) return fc.constant(null);
      return fc.constantFrom(...optional).map((question) => ({ ...testCase, question }));
    });
    fc.assert(
      fc.property(naCase, (testCase) => {
        if (testCase === null) return;
        const { f, answers, weights, question } = testCase;
        const before = scoreAssessment(f, { answers, weights });
        const after = scoreAssessment(f, { answers: { ...answers, [question.id]: answer('na') }, weights });
        f.criteria.forEach((criterion, i) => {
          if (criterion.questions.includes(question)) return;
          expect(after.criteria[i]?.range).toEqual(before.criteria[i]?.range);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('provisional scores', () => {
  const complete = {
    'alpha.level': answer(2),
    'alpha.percent': answer(80),
    'alpha.flag': answer(true),
    'beta.price': answer(60),
    'beta.list': answer(['a']),
    'beta.optional': answer(3),
    'gamma.level': answer(3),
  };
  const without = (...ids: string[]) =>
    Object.fromEntries(Object.entries(complete).filter(([id]) => !ids.includes(id)));

  it('makes a criterion provisional below half its questions answered or N/A, and names no band', () => {
    const result = scoreAssessment(framework, { answers: without('alpha.percent', 'alpha.flag') });
    expect(result.criteria[0]).toMatchObject({ coverage: 1 / 3, isProvisional: true, band: null });
    expect(result.criteria[0]?.score).toBeCloseTo(50, 12);
    expect(result.criteria[0]?.answersToBand).toBe(1);
    expect(result).toMatchObject({ isProvisional: true, band: null, answersToBand: 1 });
  });

  it('makes the overall provisional below 80 % overall coverage, even with no criterion provisional', () => {
    // 6 of 7 (86 %) is enough; 5 of 7 (71 %) is not, though each criterion keeps at least half.
    expect(scoreAssessment(framework, { answers: without('alpha.flag') }).isProvisional).toBe(false);
    const result = scoreAssessment(framework, { answers: without('alpha.flag', 'beta.list') });
    expect(result.criteria.some((c) => c.isProvisional)).toBe(false);
    expect(result).toMatchObject({ coverage: 5 / 7, isProvisional: true, band: null, answersToBand: 1 });
  });

  it('counts N/A as covered', () => {
    const answers = { ...without('alpha.flag'), 'beta.optional': answer('na') };
    expect(scoreAssessment(framework, { answers })).toMatchObject({ isProvisional: false, coverage: 6 / 7 });
  });

  it('needs, to give a band, the fewest further answers that no smaller set of answers can do without', () => {
    fc.assert(
      fc.property(anyCase, ({ f, answers }) => {
        const result = scoreAssessment(f, { answers });
        if (!result.isProvisional) {
          expect(result.answersToBand).toBe(0);
          return;
        }
        // The true minimum, by trying every set of further answers (frameworks here are small).
        // Any scored answer counts the same towards coverage as N/A does.
        const ids = unansweredIds(f, answers);
        let fewest = Infinity;
        for (let mask = 0; mask < 1 << ids.length; mask += 1) {
          const chosen = ids.filter((_, i) => (mask & (1 << i)) !== 0);
          if (chosen.length >= fewest) continue;
          const more = Object.fromEntries(chosen.map((id) => [id, answer(findBestValue(questionOf(f, id)))]));
          if (!scoreAssessment(f, { answers: { ...answers, ...more } }).isProvisional) fewest = chosen.length;
        }
        expect(result.answersToBand).toBe(fewest);
      }),
      { numRuns: 150 },
    );
  });
});

describe('listStillToAnswer', () => {
  it('lists every unanswered question in criteria order with the narrowing of the overall range', () => {
    const answers = { 'alpha.level': answer(2), 'gamma.level': answer(1), 'beta.optional': answer('na') };
    const list = listStillToAnswer(framework, { answers });
    expect(list.map((q) => q.questionId)).toEqual(['alpha.percent', 'alpha.flag', 'beta.price', 'beta.list']);
    // alpha.percent weighs 2 of alpha's 4, alpha a third of the overall: 100 · 2/4 · 1/3.
    expect(list[0]?.narrowing).toBeCloseTo(100 / 6, 12);
    expect(list[1]?.narrowing).toBeCloseTo(100 / 12, 12);
    expect(list[2]?.narrowing).toBeCloseTo(100 / 6, 12);
  });

  it('gives no narrowing in a criterion that weighs nothing', () => {
    const list = listStillToAnswer(framework, { answers: {}, weights: { gamma: 0 } });
    expect(list.find((q) => q.questionId === 'gamma.level')?.narrowing).toBe(0);
  });

  it('narrows the overall range by the stated points whatever scored answer is given', () => {
    const answeringCase = anyCase.chain((testCase) => {
      const list = listStillToAnswer(testCase.f, testCase);
      if (list.length === 0) return fc.constant(null);
      return fc.constantFrom(...list).chain((item) =>
        valueArbitrary(questionOf(testCase.f, item.questionId))
          .filter((value) => value !== 'na')
          .map((value) => ({ ...testCase, item, value })),
      );
    });
    fc.assert(
      fc.property(answeringCase, (testCase) => {
        if (testCase === null) return;
        const { f, answers, weights, item, value } = testCase;
        const width = (r: { low: number; high: number } | null) => (r === null ? 0 : r.high - r.low);
        const before = width(scoreAssessment(f, { answers, weights }).range);
        const after = width(
          scoreAssessment(f, { answers: { ...answers, [item.questionId]: answer(value) }, weights }).range,
        );
        expect(before - after).toBeCloseTo(item.narrowing, 9);
      }),
      { numRuns: 300 },
    );
  });
});
