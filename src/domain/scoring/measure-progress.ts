import { NA, type Answer } from '../assessment/assessment-schema';
import type { Framework } from '../criteria/criterion-schema';
import { scoreQuestion, type AssessmentScore } from './score-assessment';

export type Progress = { done: number; total: number };

/** Questions answered or marked N/A, out of all, from the scores. */
export function measureProgress(score: AssessmentScore): Progress {
  return score.criteria.reduce(
    (sum, c) => ({ done: sum.done + c.answered + c.na, total: sum.total + c.questions }),
    { done: 0, total: 0 },
  );
}

/** Every question with neither a scorable answer nor an allowed N/A, criterion by criterion. */
export function findUnansweredQuestions(
  framework: Framework,
  answers: Readonly<Record<string, Answer | undefined>>,
): { criterionId: string; questionIds: string[] }[] {
  return framework.criteria.map((criterion) => ({
    criterionId: criterion.id,
    questionIds: criterion.questions
      .filter((q) => {
        const value = answers[q.id]?.value;
        return !(value === NA && q.allowsNA) && scoreQuestion(q, value) === null;
      })
      .map((q) => q.id),
  }));
}
