import type { AnswerValue } from '../assessment/assessment-schema';
import type { Framework, Question } from '../criteria/criterion-schema';
import { LEVEL_COUNT } from '../criteria/level-count';
import { resolveEffectiveAnswers } from './effective-answers';
import { scoreAssessment, scoreQuestion, type ScoringInput } from './score-assessment';

export type ImprovementOpportunity = {
  questionId: string;
  criterionId: string;
  /** The best answer the question can take. */
  bestValue: AnswerValue;
  /** Overall points gained if this question had its best answer and nothing else changed. */
  gain: number;
  /** For a level question: the gain of going up one level (for level 3, the same as `gain`). */
  nextLevel?: { level: number; gain: number };
};

// Gains smaller than this are floating-point noise, not an opportunity.
const EPSILON = 1e-9;

export function findBestValue(question: Question): AnswerValue {
  switch (question.type) {
    case 'level':
      return LEVEL_COUNT - 1;
    case 'percent':
    case 'number':
      return question.scoring.best;
    case 'boolean':
      return true;
    case 'checklist':
      return question.options.map((option) => option.id);
  }
}

/**
 * Ranks the answered questions that are below their best answer by how much the overall score
 * would rise if each alone had its best answer. Unanswered questions are not opportunities: they
 * are still to answer (listStillToAnswer), since counting them at their best would reward skipping.
 */
export function findImprovementOpportunities(
  framework: Framework,
  team: ScoringInput,
): ImprovementOpportunity[] {
  // What if one answer were better: asked of the effective answers, a team's answers resolved once.
  const input = { answers: resolveEffectiveAnswers(framework, team), weights: team.weights };
  const overallWith = (questionId: string, value: AnswerValue): number => {
    const answers = { ...input.answers, [questionId]: { ...input.answers[questionId], value } };
    return scoreAssessment(framework, { answers, weights: input.weights }).overall ?? 0;
  };
  // Only with every answered question in criteria of weight 0 is there no overall; then nothing gains.
  const current = scoreAssessment(framework, input).overall ?? 0;

  const opportunities: ImprovementOpportunity[] = [];
  for (const criterion of framework.criteria) {
    for (const question of criterion.questions) {
      const value = input.answers[question.id]?.value;
      const s = scoreQuestion(question, value);
      if (s === null || s === 1) continue;
      const bestValue = findBestValue(question);
      const gain = overallWith(question.id, bestValue) - current;
      if (gain <= EPSILON) continue;
      const opportunity: ImprovementOpportunity = {
        questionId: question.id,
        criterionId: criterion.id,
        bestValue,
        gain,
      };
      if (question.type === 'level' && typeof value === 'number' && value < LEVEL_COUNT - 1) {
        const level = value + 1;
        opportunity.nextLevel = { level, gain: overallWith(question.id, level) - current };
      }
      opportunities.push(opportunity);
    }
  }
  // Array.prototype.sort is stable, so equal gains keep the framework's order.
  return opportunities.sort((a, b) => b.gain - a.gain);
}
