import { describe, expect, it } from 'vitest';

import { findUnansweredQuestions, measureProgress } from '../../../src/domain/scoring/measure-progress';
import { scoreAssessment } from '../../../src/domain/scoring/score-assessment';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();
const answers = {
  'alpha.level': { value: 2 },
  'alpha.flag': { notes: 'notes, no answer yet' },
  'beta.optional': { value: 'na' as const },
  'gamma.level': { value: 'na' as const }, // N/A not allowed here: still unanswered
};

describe('measureProgress', () => {
  it('counts answers and allowed N/A as done', () => {
    expect(measureProgress(framework, answers, scoreAssessment(framework, { answers }))).toEqual({
      done: 2,
      total: 7,
      toConfirm: 0,
    });
  });
});

describe('findUnansweredQuestions', () => {
  it('lists, per criterion, the questions still to answer', () => {
    expect(findUnansweredQuestions(framework, answers)).toEqual([
      { criterionId: 'alpha', questionIds: ['alpha.percent', 'alpha.flag'] },
      { criterionId: 'beta', questionIds: ['beta.price', 'beta.list'] },
      { criterionId: 'gamma', questionIds: ['gamma.level'] },
    ]);
  });
});
