import type { Answer, Assessment, Respondent } from '../assessment/assessment-schema';
import { listAssignedQuestionIds } from '../assessment/assignment';
import type { Framework } from '../criteria/criterion-schema';
import { resolveEffectiveAnswers } from '../scoring/effective-answers';
import { slugify } from '../slugify';

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
 * that id. `lastYear` is the assessment it was started from, if the caller has it; its effective
 * answers (decided, or by the default rule) to the same question ids are shown as last year's.
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
  const questions = listAssignedQuestionIds(framework, respondent);
  const slot = readSlot(assessment, respondentId);
  // Last year's team may have had respondents too: its answers are those it scored with.
  const previousAnswers = lastYear ? resolveEffectiveAnswers(framework, lastYear) : undefined;
  const answers: Record<string, Answer> = {};
  const lastAnswers: Record<string, Answer> = {};
  for (const id of questions) {
    const answer = slot[id];
    if (answer) answers[id] = answer;
    const previous = previousAnswers?.[id];
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

/**
 * The assessment a respondent answers in their own app, made from their pack: the coordinator's
 * assessment id (so what they send back lands in the right place), its name and year, and the
 * respondent alone, with their answers so far in their own slot. Nothing of the coordinator's
 * answers or the other respondents' travels.
 */
export function createWorkingCopy(pack: RespondentPack): Assessment {
  const hasAnswers = Object.keys(pack.answers).length > 0;
  return {
    id: pack.assessment.id,
    profile: {
      name: pack.assessment.name,
      ...(pack.assessment.year === undefined ? {} : { year: pack.assessment.year }),
    },
    answers: {},
    respondents: [pack.respondent],
    ...(hasAnswers ? { responses: { [pack.respondent.id]: pack.answers } } : {}),
  };
}

/** A pack's file name without extension: the assessment and the respondent, "binh-duong-2024-so-tttt". */
export function describePackFileStem(pack: Pick<RespondentPack, 'assessment' | 'respondent'>): string {
  const { name, year } = pack.assessment;
  return `${slugify(year === undefined ? name : `${name} ${year}`)}-${slugify(pack.respondent.name)}`;
}
