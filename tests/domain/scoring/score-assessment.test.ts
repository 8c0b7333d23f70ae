import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Answer, AnswerValue } from '../../../src/domain/assessment/assessment-schema';
import type { Framework, Question } from '../../../src/domain/criteria/criterion-schema';
import { findBand, scoreAssessment, scoreQuestion } from '../../../src/domain/scoring/score-assessment';
import { answersArbitrary, valueArbitrary, weightsArbitrary } from '../../factories/answer-arbitraries';
import { BANDS, buildFramework, buildQuestion } from '../../factories/framework-factory';

const framework = buildFramework();
const answer = (value: AnswerValue): Answer => ({ value });

describe('scoreQuestion', () => {
  it.each([
    ['a level', buildQuestion('q.l', { type: 'level' }), 3, 0.75],
    ['level 0', buildQuestion('q.l', { type: 'level' }), 0, 0],
    ['a percent', buildQuestion('q.p', { type: 'percent', scoring: { worst: 50, best: 100 } }), 80, 0.6],
    [
      'a percent below worst, clamped',
      buildQuestion('q.p', { type: 'percent', scoring: { worst: 50, best: 100 } }),
      20,
      0,
    ],
    [
      'a number where lower is better',
      buildQuestion('q.n', { type: 'number', scoring: { worst: 100, best: 20 } }),
      40,
      0.75,
    ],
    [
      'a number past best, clamped',
      buildQuestion('q.n', { type: 'number', scoring: { worst: 100, best: 20 } }),
      5,
      1,
    ],
    ['yes', buildQuestion('q.b', { type: 'boolean' }), true, 1],
    ['no', buildQuestion('q.b', { type: 'boolean' }), false, 0],
    ['a checklist with 3 of 4 ticked', buildQuestion('q.c', { type: 'checklist' }), ['a', 'c', 'd'], 0.75],
    ['an empty checklist', buildQuestion('q.c', { type: 'checklist' }), [], 0],
  ])('scores %s', (_name, question, value, expected) => {
    expect(scoreQuestion(question, value)).toBeCloseTo(expected, 12);
  });

  it('leaves out N/A and unanswered questions', () => {
    const question = buildQuestion('q.l', { type: 'level', allowsNA: true });
    expect(scoreQuestion(question, 'na')).toBeNull();
    expect(scoreQuestion(question, undefined)).toBeNull();
  });
});

describe('findBand', () => {
  it.each([
    [0, 'starting'],
    [19.999, 'starting'],
    [20, 'emerging'],
    [59.5, 'developing'],
    [80, 'leading'],
    [100, 'leading'],
  ])('puts %d in band %s', (score, band) => {
    expect(findBand(BANDS, score)?.id).toBe(band);
  });

  it('gives no band to no score', () => {
    expect(findBand(BANDS, null)).toBeNull();
  });
});

describe('scoreAssessment', () => {
  it('computes weighted criterion scores, coverage and the equally weighted overall', () => {
    const result = scoreAssessment(framework, {
      answers: {
        'alpha.level': answer(2), // 0.5, weight 1
        'alpha.percent': answer(80), // 0.8, weight 2
        // alpha.flag unanswered
        'beta.price': answer(60), // (60-100)/(20-100) = 0.5
        'beta.list': answer(['a', 'b', 'c', 'd']), // 1
        'beta.optional': answer('na'),
        'gamma.level': { notes: 'notes alone are not an answer' },
      },
    });
    const [alpha, beta, gamma] = result.criteria;
    expect(alpha).toMatchObject({ id: 'alpha', answered: 2, na: 0, questions: 3, weight: 1 });
    expect(alpha?.score).toBeCloseTo((100 * (0.5 + 2 * 0.8)) / 3, 12);
    expect(alpha?.coverage).toBeCloseTo(2 / 3, 12);
    expect(beta).toMatchObject({ answered: 2, na: 1, coverage: 1 });
    expect(beta?.score).toBeCloseTo(75, 12);
    expect(gamma).toMatchObject({ score: null, band: null, coverage: 0, answered: 0 });
    expect(result.overall).toBeCloseTo((70 + 75) / 2, 12);
    // Gamma has no answer, so the overall (72.5) is provisional and named no band.
    expect(result).toMatchObject({ isProvisional: true, band: null });
  });

  it('names the band of a score that is not provisional', () => {
    const result = scoreAssessment(framework, {
      answers: {
        'alpha.level': answer(2),
        'alpha.percent': answer(80),
        'alpha.flag': answer(true),
        'beta.price': answer(60),
        'beta.list': answer(['a', 'b', 'c', 'd']),
        'beta.optional': answer('na'),
        'gamma.level': answer(3),
      },
    });
    // alpha (0.5 + 1.6 + 1) / 4 = 77.5, beta 75, gamma 75
    expect(result.criteria.map((c) => c.band?.id)).toEqual(['advanced', 'advanced', 'advanced']);
    expect(result.overall).toBeCloseTo((77.5 + 75 + 75) / 3, 12);
    expect(result).toMatchObject({ isProvisional: false, answersToBand: 0 });
    expect(result.band?.id).toBe('advanced');
  });

  it('gives no overall score to an empty assessment', () => {
    const result = scoreAssessment(framework, { answers: {} });
    expect(result.overall).toBeNull();
    expect(result.band).toBeNull();
    expect(result.criteria.every((c) => c.score === null)).toBe(true);
  });

  it('applies criterion weights from the assessment over the defaults', () => {
    const answers = { 'alpha.level': answer(4), 'gamma.level': answer(0) };
    expect(scoreAssessment(framework, { answers }).overall).toBeCloseTo(50, 12);
    expect(scoreAssessment(framework, { answers, weights: { alpha: 3 } }).overall).toBeCloseTo(75, 12);
    expect(scoreAssessment(framework, { answers, weights: { gamma: 0 } }).overall).toBeCloseTo(100, 12);
  });

  it('treats "na" on a question that does not allow it as unanswered', () => {
    const result = scoreAssessment(framework, { answers: { 'alpha.level': answer('na') } });
    expect(result.criteria[0]).toMatchObject({ answered: 0, na: 0, score: null });
  });
});

/** A value at least as good as `value` for the question. */
function betterValueArbitrary(question: Question, value: AnswerValue): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case 'level':
      return fc.integer({ min: value as number, max: 4 });
    case 'percent':
    case 'number': {
      const from = value as number;
      return fc.double({ min: 0, max: 1, noNaN: true }).map((t) => from + t * (question.scoring.best - from));
    }
    case 'boolean':
      return fc.constantFrom(value, true);
    case 'checklist':
      return fc
        .subarray(question.options.map((o) => o.id))
        .map((extra) => [...new Set([...(value as string[]), ...extra])]);
  }
}

const allQuestions = (f: Framework) => f.criteria.flatMap((c) => c.questions);

describe('scoring properties', () => {
  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(answersArbitrary(framework), weightsArbitrary(framework), (answers, weights) => {
        const result = scoreAssessment(framework, { answers, weights });
        for (const score of [result.overall, ...result.criteria.map((c) => c.score)]) {
          if (score !== null) {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100 + 1e-9);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers any score when one answer is raised', () => {
    const answeredCase = answersArbitrary(framework).chain((answers) => {
      const candidates = allQuestions(framework).filter((q) => {
        const v = answers[q.id]?.value;
        return v !== undefined && v !== 'na';
      });
      if (candidates.length === 0) return fc.constant(null);
      return fc.constantFrom(...candidates).chain((question) =>
        betterValueArbitrary(question, answers[question.id]?.value as AnswerValue).map((better) => ({
          answers,
          question,
          better,
        })),
      );
    });
    fc.assert(
      fc.property(answeredCase, weightsArbitrary(framework), (testCase, weights) => {
        if (testCase === null) return;
        const { answers, question, better } = testCase;
        const before = scoreAssessment(framework, { answers, weights });
        const after = scoreAssessment(framework, {
          answers: { ...answers, [question.id]: answer(better) },
          weights,
        });
        const pairs = [
          [before.overall, after.overall],
          ...before.criteria.map((c, i) => [c.score, after.criteria[i]?.score ?? null]),
        ];
        for (const [b, a] of pairs) {
          if (b !== null && b !== undefined) expect(a).toBeGreaterThanOrEqual(b - 1e-9);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the other criteria unchanged when a question is marked N/A', () => {
    const optional = allQuestions(framework).find((q) => q.allowsNA);
    if (!optional) throw new Error('the test framework needs a question that allows N/A');
    fc.assert(
      fc.property(answersArbitrary(framework), (answers) => {
        const before = scoreAssessment(framework, { answers });
        const after = scoreAssessment(framework, { answers: { ...answers, [optional.id]: answer('na') } });
        before.criteria.forEach((c, i) => {
          if (!optional.id.startsWith(`${c.id}.`)) expect(after.criteria[i]).toEqual(c);
        });
      }),
    );
  });

  it('changes nothing when every weight is scaled by the same factor', () => {
    fc.assert(
      fc.property(
        answersArbitrary(framework),
        weightsArbitrary(framework),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (answers, weights, k) => {
          const full = Object.fromEntries(framework.criteria.map((c) => [c.id, weights[c.id] ?? 1]));
          const scaled = Object.fromEntries(Object.entries(full).map(([id, w]) => [id, w * k]));
          const a = scoreAssessment(framework, { answers, weights: full }).overall;
          const b = scoreAssessment(framework, { answers, weights: scaled }).overall;
          if (a === null) expect(b).toBeNull();
          else expect(b).toBeCloseTo(a, 9);
        },
      ),
    );
  });

  it('with default weights, makes the overall the plain mean of the criterion scores', () => {
    fc.assert(
      fc.property(answersArbitrary(framework), (answers) => {
        const result = scoreAssessment(framework, { answers });
        const scores = result.criteria.flatMap((c) => (c.score === null ? [] : [c.score]));
        if (scores.length === 0) expect(result.overall).toBeNull();
        else expect(result.overall).toBeCloseTo(scores.reduce((s, x) => s + x, 0) / scores.length, 9);
      }),
    );
  });

  it('accepts every generated value as scorable', () => {
    for (const question of allQuestions(framework)) {
      fc.assert(
        fc.property(valueArbitrary(question), (value) => {
          const s = scoreQuestion(question, value);
          expect(value === 'na' ? s === null : s !== null).toBe(true);
        }),
        { numRuns: 50 },
      );
    }
  });
});
