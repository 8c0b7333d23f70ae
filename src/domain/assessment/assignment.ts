import type { Framework } from '../criteria/criterion-schema';
import type { Respondent } from './assessment-schema';

type Assignment = Pick<Respondent, 'criteria' | 'questions'>;

/** Whether the coordinator assigned nothing in particular, which means every question. */
export function isAssignedEverything(respondent: Assignment): boolean {
  return (respondent.criteria?.length ?? 0) === 0 && (respondent.questions?.length ?? 0) === 0;
}

/**
 * Whether a respondent is asked a question: every question when nothing is assigned, else the
 * questions of the assigned criteria and the single questions assigned.
 */
export function isAssigned(respondent: Assignment, criterionId: string, questionId: string): boolean {
  if (isAssignedEverything(respondent)) return true;
  return (
    (respondent.criteria ?? []).includes(criterionId) || (respondent.questions ?? []).includes(questionId)
  );
}

/** The ids of the questions a respondent is asked, in the framework's order. */
export function listAssignedQuestionIds(framework: Framework, respondent: Assignment): string[] {
  return framework.criteria.flatMap((criterion) =>
    criterion.questions.filter((q) => isAssigned(respondent, criterion.id, q.id)).map((q) => q.id),
  );
}
