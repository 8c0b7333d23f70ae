import type { Answer, Assessment, Respondent } from '../assessment/assessment-schema';
import type { Framework } from '../criteria/criterion-schema';
import { listAssignedQuestions } from './assigned-questions';

/**
 * What one respondent is sent, as a workbook or a JSON file: whose assessment it is, who answers,
 * the questions assigned and the answers the respondent has given so far (their slot), so a file
 * sent out twice never asks them to start again.
 */
export type RespondentPack = {
  framework: { id: string; version: string };
  assessment: { id: string; name: string; year?: number | undefined };
  respondent: Respondent;
  /** The assigned question ids, in the framework's order. */
  questions: string[];
  /** The respondent's answers so far to those questions. */
  answers: Record<string, Answer>;
  /**
   * Last year's answers, shown beside each question in a workbook: the answers of the assessment
   * this one was started from (`basedOn`), when it is at hand.
   */
  lastYear?: { year?: number | undefined; answers: Record<string, Answer> } | undefined;
};

/** A respondent's slot as stored (a record without prototype), or an empty one. */
export function readSlot(assessment: Assessment, respondentId: string): Record<string, Answer> {
  const slot = assessment.responses?.[respondentId];
  return slot ?? (Object.create(null) as Record<string, Answer>);
}

/**
 * The pack for one respondent of an assessment, or null when the assessment has no respondent of
 * that id. `lastYear` is the assessment it was started from, if the caller has it; its answers to
 * the same question ids are shown as last year's (the decided answers: the coordinator's record).
 */
export function createRespondentPack({
  framework,
  assessment,
  respondentId,
  lastYear,
}: {
  framework: Framework;
  assessment: Assessment;
  respondentId: string;
  lastYear?: Assessment | undefined;
}): RespondentPack | null {
  const respondent = assessment.respondents?.find((candidate) => candidate.id === respondentId);
  if (!respondent) return null;
  const questions = listAssignedQuestions(framework, respondent).map(({ question }) => question.id);
  const slot = readSlot(assessment, respondentId);
  const answers: Record<string, Answer> = {};
  const lastAnswers: Record<string, Answer> = {};
  for (const id of questions) {
    const answer = slot[id];
    if (answer) answers[id] = answer;
    const previous = lastYear?.answers[id];
    if (previous) lastAnswers[id] = previous;
  }
  return {
    framework: { id: framework.id, version: framework.version },
    assessment: {
      id: assessment.id,
      name: assessment.profile.name,
      ...(assessment.profile.year === undefined ? {} : { year: assessment.profile.year }),
    },
    respondent,
    questions,
    answers,
    ...(lastYear ? { lastYear: { year: lastYear.profile.year, answers: lastAnswers } } : {}),
  };
}
