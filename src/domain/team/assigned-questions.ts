import type { Criterion, Framework, Question } from '../criteria/criterion-schema';

/** What a coordinator assigned: criterion ids and single question ids (a respondent's fields). */
export type Assignment = {
  criteria?: readonly string[] | undefined;
  questions?: readonly string[] | undefined;
};

export type AssignedQuestion = { criterion: Criterion; question: Question };

/**
 * The questions a respondent is asked, in the framework's order: every question of an assigned
 * criterion and every assigned question; nothing assigned means every question. Ids the criteria
 * do not know (a question since removed) are passed over.
 */
export function listAssignedQuestions(framework: Framework, assignment: Assignment): AssignedQuestion[] {
  const criteria = new Set(assignment.criteria ?? []);
  const questions = new Set(assignment.questions ?? []);
  const isEverything = criteria.size === 0 && questions.size === 0;
  return framework.criteria.flatMap((criterion) =>
    criterion.questions
      .filter((question) => isEverything || criteria.has(criterion.id) || questions.has(question.id))
      .map((question) => ({ criterion, question })),
  );
}
