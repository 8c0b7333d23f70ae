import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findImprovementOpportunities } from '../../../src/domain/scoring/find-improvement-opportunities';
import { scoreAssessment, scoreQuestion } from '../../../src/domain/scoring/score-assessment';
import { answersArbitrary, weightsArbitrary } from '../../factories/answer-arbitraries';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();
const questionOf = (id: string) => {
  const question = framework.criteria.flatMap((c) => c.questions).find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
};

describe('findImprovementOpportunities', () => {
  it('ranks the answered questions below their best by the overall points their best answer would add', () => {
    const answers = {
      'alpha.level': { value: 2 }, // alpha: (0.5 + 2·0.5 + 1) / 4 → 62.5
      'alpha.percent': { value: 50 },
      'alpha.flag': { value: true },
      'gamma.level': { value: 4 }, // gamma: 100; beta unanswered; overall 81.25
    };
    const opportunities = findImprovementOpportunities(framework, { answers });
    const current = scoreAssessment(framework, { answers }).overall ?? 0;
    // alpha.percent to 100: alpha = (0.5 + 2 + 1)/4·100 = 87.5 → overall 93.75
    expect(opportunities[0]).toMatchObject({ questionId: 'alpha.percent', bestValue: 100 });
    expect(opportunities[0]?.gain).toBeCloseTo(93.75 - current, 12);
    expect(opportunities.map((o) => o.questionId)).not.toContain('alpha.flag');
    expect(opportunities.map((o) => o.questionId)).not.toContain('gamma.level');
    // Unanswered questions are still to answer, not opportunities: skipping one must not pay.
    expect(opportunities.map((o) => o.questionId)).toEqual(['alpha.percent', 'alpha.level']);
    const gains = opportunities.map((o) => o.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
  });

  it('gives the gain of the next level for a level question', () => {
    const answers = { 'alpha.level': { value: 1 }, 'gamma.level': { value: 0 } };
    const gamma = findImprovementOpportunities(framework, { answers }).find(
      (o) => o.questionId === 'gamma.level',
    );
    // alpha 25; gamma 0 → 25 (next level), 100 (best): overall 12.5 → 25 / 62.5
    expect(gamma?.nextLevel?.level).toBe(1);
    expect(gamma?.nextLevel?.gain).toBeCloseTo(12.5, 12);
    expect(gamma?.gain).toBeCloseTo(50, 12);
    // From level 3 one level up is the best answer: the same gain.
    const three = findImprovementOpportunities(framework, { answers: { 'gamma.level': { value: 3 } } });
    expect(three[0]?.nextLevel).toEqual({ level: 4, gain: three[0]?.gain });
  });

  it('leaves out questions marked N/A and criteria weighted 0', () => {
    const answers = { 'beta.optional': { value: 'na' as const }, 'alpha.level': { value: 0 } };
    const ids = findImprovementOpportunities(framework, { answers, weights: { gamma: 0 } }).map(
      (o) => o.questionId,
    );
    expect(ids).not.toContain('beta.optional');
    expect(ids.some((id) => id.startsWith('gamma.'))).toBe(false);
  });

  it('reports gains that the scoring engine confirms', () => {
    fc.assert(
      fc.property(answersArbitrary(framework), weightsArbitrary(framework), (answers, weights) => {
        const before = scoreAssessment(framework, { answers, weights }).overall ?? 0;
        for (const o of findImprovementOpportunities(framework, { answers, weights })) {
          expect(o.gain).toBeGreaterThan(0);
          expect(scoreQuestion(questionOf(o.questionId), answers[o.questionId]?.value)).not.toBeNull();
          const after = scoreAssessment(framework, {
            answers: { ...answers, [o.questionId]: { value: o.bestValue } },
            weights,
          }).overall;
          expect((after ?? 0) - before).toBeCloseTo(o.gain, 9);
        }
      }),
      { numRuns: 200 },
    );
  });
});
