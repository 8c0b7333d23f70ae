/**
 * Next year's assessment (issue 16). "Start next year's" copies last year's answers so that nothing
 * has to be typed again, but a copied answer is not this year's finding until someone has looked at
 * it: each carries `carriedOver` ("from 2024, to confirm") until it is confirmed, or changed in any
 * part. Scores count carried-over answers (the best estimate there is); every screen and report says
 * how many are still to confirm, and no step is shown complete while any is.
 */
import type { AnswerPatch } from './assessment-change';
import type { Answer, AnswerValue, Assessment, CarriedOver } from './assessment-schema';
import type { Framework } from '../criteria/criterion-schema';
import { resolveEffectiveAnswers } from '../scoring/effective-answers';

/** The bounds of the profile's year, which the proposed year keeps within. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export type NextYearOptions = {
  year: number;
  /** Copy the criterion targets: a multi-year plan's targets usually hold from one year to the next. */
  carryTargets: boolean;
  /** Copy the what-if weights: off by default, so that years are compared under ICF's equal weights. */
  carryWeights: boolean;
};

/** The year proposed for the next assessment: the year after the source's, or this year when it has none. */
export function proposeNextYear(source: Pick<Assessment, 'profile'>, today: Date): number {
  const year = source.profile.year === undefined ? today.getFullYear() : source.profile.year + 1;
  return Math.min(MAX_YEAR, Math.max(MIN_YEAR, year));
}

/** Whether an answer is still as copied from an earlier year, waiting to be confirmed. */
export function isCarriedOver(answer: Answer | undefined): answer is Answer & { carriedOver: CarriedOver } {
  return answer?.carriedOver !== undefined;
}

/**
 * The new assessment for `options.year`, started from `source`: every answer, note, piece of evidence
 * and narrative copied, each answer with a value marked as carried over from the source's year (an
 * answer the source itself had not confirmed keeps the year it really comes from). Targets and
 * weights only when asked for. The example's "illustrative" label does not carry over: the new one
 * is the user's own work.
 *
 * With respondents (issue 13), the answers copied are last year's effective answers, the ones that
 * were scored; the respondents and what each is asked stay, but their answers stay with last year,
 * and the new year starts in round 1: each answers afresh, and their answers take over from a
 * carried-over one that is not confirmed (effective-answers.ts).
 */
export function createNextYear(
  framework: Framework,
  source: Assessment,
  options: NextYearOptions,
  identity: { id: string; now: string },
): Assessment {
  const {
    illustrative: _illustrative,
    updatedAt: _updatedAt,
    responses: _responses,
    round: _round,
    targets,
    weights,
    ...rest
  } = source;
  const from: CarriedOver = source.profile.year === undefined ? {} : { fromYear: source.profile.year };
  const answers = Object.create(null) as Record<string, Answer>;
  // Copies of the answers; the rest is shared, as every state of an assessment is never changed in place.
  for (const [questionId, answer] of Object.entries(resolveEffectiveAnswers(framework, source))) {
    if (answer === undefined) continue;
    answers[questionId] =
      answer.value === undefined ? { ...answer } : { ...answer, carriedOver: answer.carriedOver ?? from };
  }
  return {
    ...rest,
    id: identity.id,
    basedOn: source.id,
    profile: { ...rest.profile, year: options.year },
    answers,
    ...(options.carryTargets && targets ? { targets } : {}),
    ...(options.carryWeights && weights ? { weights } : {}),
    createdAt: identity.now,
    updatedAt: identity.now,
  };
}

/**
 * The rule "changing any part of a carried-over answer confirms it", as a patch: an edit of any field
 * also removes the mark. A patch that sets or removes the mark itself (Confirm, Undo) is kept as it is.
 */
export function confirmOnEdit(patch: AnswerPatch): AnswerPatch {
  if (Object.hasOwn(patch, 'carriedOver') || Object.keys(patch).length === 0) return patch;
  return { ...patch, carriedOver: undefined };
}

/** Two answer values alike: a checklist's ticks in any order are the same answer. */
export function isSameValue(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const ticked = new Set(a);
    return ticked.size === new Set(b).size && b.every((id) => ticked.has(id));
  }
  return a === b;
}

export type ChangedAnswer = {
  criterionId: string;
  questionId: string;
  previous: AnswerValue | undefined;
  current: AnswerValue | undefined;
};

/**
 * The questions whose answer differs from the assessment this one was started from, in the order of
 * the criteria and their questions: a value changed, given, removed, or turned to N/A or back.
 */
export function listChangedAnswers(
  framework: { criteria: readonly { id: string; questions: readonly { id: string }[] }[] },
  current: Pick<Assessment, 'answers'>,
  previous: Pick<Assessment, 'answers'>,
): ChangedAnswer[] {
  return framework.criteria.flatMap((criterion) =>
    criterion.questions.flatMap((question) => {
      const before = previous.answers[question.id]?.value;
      const now = current.answers[question.id]?.value;
      return isSameValue(before, now)
        ? []
        : [{ criterionId: criterion.id, questionId: question.id, previous: before, current: now }];
    }),
  );
}
