import type { Answer } from '../assessment/assessment-schema';
import { NA } from '../assessment/not-applicable';
import type { Framework, Question } from '../criteria/criterion-schema';
import { scoreAssessment, scoreQuestion, type AssessmentScore } from './score-assessment';

/** Questions answered or marked N/A, out of all, and how many of those are carried over, to confirm. */
export type Progress = { done: number; total: number; toConfirm: number };

/** The progress of an assessment; `score` when the caller has scored it already. */
export function measureProgress(
  framework: Framework,
  answers: Readonly<Record<string, Answer | undefined>>,
  score: AssessmentScore = scoreAssessment(framework, { answers }),
): Progress {
  return score.criteria.reduce(
    (sum, c) => ({ ...sum, done: sum.done + c.answered + c.na, total: sum.total + c.questions }),
    { done: 0, total: 0, toConfirm: countAnswersToConfirm(framework, answers) },
  );
}

/** A scorable answer or an allowed N/A: what counts as done. */
function isAnswered(question: Question, answer: Answer | undefined): boolean {
  const value = answer?.value;
  return (value === NA && question.allowsNA) || scoreQuestion(question, value) !== null;
}

/** Every question with neither a scorable answer nor an allowed N/A, criterion by criterion. */
export function findUnansweredQuestions(
  framework: Framework,
  answers: Readonly<Record<string, Answer | undefined>>,
): { criterionId: string; questionIds: string[] }[] {
  return framework.criteria.map((criterion) => ({
    criterionId: criterion.id,
    questionIds: criterion.questions.filter((q) => !isAnswered(q, answers[q.id])).map((q) => q.id),
  }));
}

/**
 * Every answered question whose answer is still as carried over from an earlier year, criterion by
 * criterion: done, but not confirmed. They are counted among the answered, never on their own.
 */
export function findAnswersToConfirm(
  framework: Framework,
  answers: Readonly<Record<string, Answer | undefined>>,
): { criterionId: string; questionIds: string[] }[] {
  return framework.criteria.map((criterion) => ({
    criterionId: criterion.id,
    questionIds: criterion.questions
      .filter((q) => answers[q.id]?.carriedOver !== undefined && isAnswered(q, answers[q.id]))
      .map((q) => q.id),
  }));
}

/** How many answers of the whole assessment are still to confirm. */
export function countAnswersToConfirm(
  framework: Framework,
  answers: Readonly<Record<string, Answer | undefined>>,
): number {
  return findAnswersToConfirm(framework, answers).reduce((sum, c) => sum + c.questionIds.length, 0);
}
