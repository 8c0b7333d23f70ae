import type { Framework } from '../criteria/criterion-schema';
import { resolveEffectiveAnswers } from './effective-answers';
import { findBestValue } from './find-improvement-opportunities';
import { findUnansweredQuestions } from './measure-progress';
import { scoreAssessment, type ScoreRange, type ScoringInput } from './score-assessment';

export type StillToAnswer = {
  questionId: string;
  criterionId: string;
  /**
   * Points by which the overall range (high − low) narrows once this question alone is answered.
   * Any scored answer narrows it by the same amount: it raises the low by w·s and lowers the high
   * by w·(1 − s), in the criterion's share of the overall.
   */
  narrowing: number;
};

const widthOf = (range: ScoreRange | null): number => (range === null ? 0 : range.high - range.low);

/** Every unanswered question, in criteria order, with how much answering it narrows the overall range. */
export function listStillToAnswer(framework: Framework, team: ScoringInput): StillToAnswer[] {
  const input = { answers: resolveEffectiveAnswers(framework, team), weights: team.weights };
  const width = widthOf(scoreAssessment(framework, input).range);
  const questions = new Map(framework.criteria.flatMap((c) => c.questions).map((q) => [q.id, q]));
  return findUnansweredQuestions(framework, input.answers).flatMap(({ criterionId, questionIds }) =>
    questionIds.flatMap((questionId): StillToAnswer[] => {
      const question = questions.get(questionId);
      if (!question) return [];
      const value = findBestValue(question);
      const answers = { ...input.answers, [questionId]: { ...input.answers[questionId], value } };
      const after = widthOf(scoreAssessment(framework, { answers, weights: input.weights }).range);
      // A narrowing of a few ulps where nothing changes (a criterion of weight 0) is no narrowing.
      const narrowing = width - after;
      return [{ questionId, criterionId, narrowing: Math.abs(narrowing) < 1e-9 ? 0 : narrowing }];
    }),
  );
}
