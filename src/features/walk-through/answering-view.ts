import type { Answer, Assessment, Respondent } from '../../domain/assessment/assessment-schema';
import { isAssigned } from '../../domain/assessment/assignment';
import type { Framework } from '../../domain/criteria/criterion-schema';
import { resolveEffectiveAnswers } from '../../domain/scoring/effective-answers';

type Answers = Readonly<Record<string, Answer | undefined>>;

/**
 * What the walk-through shows to whoever answers in this tab:
 * - the coordinator edits their own (decided) answers, and progress counts the effective answers;
 * - a respondent edits their own answers, and sees and counts only the questions assigned to them.
 */
export type AnsweringView = {
  respondent: Respondent | undefined;
  /** The answers the question cards show and change. */
  shown: Answers;
  /** The answers progress and "still to answer" count. */
  counted: Answers;
  isAsked: (criterionId: string, questionId: string) => boolean;
};

export function buildAnsweringView(
  framework: Framework,
  assessment: Assessment,
  respondentId: string | undefined,
): AnsweringView {
  const respondent = assessment.respondents?.find(({ id }) => id === respondentId);
  if (!respondent) {
    return {
      respondent: undefined,
      shown: assessment.answers,
      counted: resolveEffectiveAnswers(framework, assessment),
      isAsked: () => true,
    };
  }
  const given = assessment.responses?.[respondent.id] ?? {};
  return {
    respondent,
    shown: given,
    counted: given,
    isAsked: (criterionId, questionId) => isAssigned(respondent, criterionId, questionId),
  };
}
