import type { Answer } from '../../domain/assessment/assessment-schema';
import type { Framework } from '../../domain/criteria/criterion-schema';
import type { LocalizedText } from '../../domain/localized-text';
import { findUnansweredQuestions } from '../../domain/scoring/measure-progress';

export const PROFILE_STEP = 'profile';
export const REVIEW_STEP = 'review';

export type Step =
  | { id: typeof PROFILE_STEP; kind: 'profile' }
  | { id: string; kind: 'criterion'; name: LocalizedText; done: number; total: number }
  | { id: typeof REVIEW_STEP; kind: 'review' };

/**
 * Profile, one step per criterion with how many of its questions are done, then the review. With
 * `isAsked`, only the questions asked of whoever answers (a respondent's assignment) are counted.
 */
export function buildSteps(
  framework: Framework,
  answers: Readonly<Record<string, Answer | undefined>>,
  isAsked: (criterionId: string, questionId: string) => boolean = () => true,
): Step[] {
  const unanswered = new Map(
    findUnansweredQuestions(framework, answers).map((u) => [
      u.criterionId,
      u.questionIds.filter((id) => isAsked(u.criterionId, id)),
    ]),
  );
  return [
    { id: PROFILE_STEP, kind: 'profile' },
    ...framework.criteria.map((criterion): Step => {
      const total = criterion.questions.filter((q) => isAsked(criterion.id, q.id)).length;
      return {
        id: criterion.id,
        kind: 'criterion',
        name: criterion.name,
        done: total - (unanswered.get(criterion.id)?.length ?? 0),
        total,
      };
    }),
    { id: REVIEW_STEP, kind: 'review' },
  ];
}
