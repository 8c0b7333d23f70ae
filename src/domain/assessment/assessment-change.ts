import { fail, succeed, type Result } from '../result';
import {
  answerSchema,
  criterionWeightSchema,
  longTextSchema,
  profileSchema,
  recordKeySchema,
  respondentSchema,
  roundSchema,
  targetScoreSchema,
  type Answer,
  type Assessment,
  type Profile,
  type ProfilePatch,
  type Respondent,
  type RespondentPatch,
  type Round,
} from './assessment-schema';

/** Some fields of an answer; one set to undefined is removed, and an empty answer disappears. */
export type AnswerPatch = { [K in keyof Answer]?: Answer[K] | undefined };

/**
 * The edits of a team's assessment (issue 13): the coordinator's list of respondents and what each
 * is assigned, each respondent's own answers, the coordinator's decisions, and the round.
 * - `response` patches one respondent's answer, as `answer` patches the coordinator's;
 * - `decide` makes `answer` the decided answer of the question (a respondent's answer, copied whole
 *   by "use this answer"): the coordinator's answer becomes exactly it, and it wins over the rule;
 * - `undecide` removes the coordinator's answer to the question: the default rule applies again;
 * - removing a respondent removes their answers too.
 */
export type TeamChange =
  | { kind: 'add-respondent'; respondent: Respondent }
  | { kind: 'edit-respondent'; respondentId: string; patch: RespondentPatch }
  | { kind: 'remove-respondent'; respondentId: string }
  | {
      kind: 'assignment';
      respondentId: string;
      criteria: readonly string[] | undefined;
      questions: readonly string[] | undefined;
    }
  | { kind: 'response'; respondentId: string; questionId: string; patch: AnswerPatch }
  | { kind: 'decide'; questionId: string; answer: Answer }
  | { kind: 'undecide'; questionId: string }
  | { kind: 'round'; round: Round };

/** Every edit a screen can make to an assessment: the one vocabulary of the store and its storage. */
export type AssessmentChange =
  | { kind: 'profile'; patch: ProfilePatch }
  | { kind: 'answer'; questionId: string; patch: AnswerPatch }
  | { kind: 'narrative'; criterionId: string; text: string }
  | { kind: 'weights'; weights: Readonly<Record<string, number>> | undefined }
  | { kind: 'target'; criterionId: string; target: number | undefined }
  | TeamChange;

export type ChangeProblem = { field: string; message: string };

function check<T>(
  schema: {
    safeParse: (
      value: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  },
  value: unknown,
  field: string,
): Result<T, ChangeProblem> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? succeed(parsed.data)
    : fail([{ field, message: parsed.error.issues[0]?.message ?? 'is not valid' }]);
}

function checkEach<T extends object>(
  patch: T,
  shape: Record<string, { safeParse: (value: unknown) => unknown }>,
): Result<T, ChangeProblem> {
  const checked: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    const schema = shape[field];
    if (!Object.hasOwn(shape, field) || !schema) return fail([{ field, message: 'is not a field' }]);
    if (value === undefined) {
      checked[field] = undefined;
      continue;
    }
    const result = check(schema as Parameters<typeof check>[0], value, field);
    if (!result.ok) return result;
    checked[field] = result.value;
  }
  return succeed(checked as T);
}

/**
 * A change as the store may keep it: text normalised, lengths, counts and ranges checked by the same
 * schema that reads saved data and files, so nothing a screen saves is refused later.
 */
export function checkChange(change: AssessmentChange): Result<AssessmentChange, ChangeProblem> {
  switch (change.kind) {
    case 'profile': {
      if (Object.hasOwn(change.patch, 'name') && change.patch.name === undefined) {
        return fail([{ field: 'name', message: 'must not be empty' }]);
      }
      const patch = checkEach(change.patch, profileSchema.shape);
      return patch.ok ? succeed({ ...change, patch: patch.value }) : patch;
    }
    case 'answer': {
      const id = check(recordKeySchema, change.questionId, 'questionId');
      if (!id.ok) return id;
      const patch = checkEach(change.patch, answerSchema.shape);
      return patch.ok ? succeed({ ...change, patch: patch.value }) : patch;
    }
    case 'narrative': {
      const id = check(recordKeySchema, change.criterionId, 'criterionId');
      if (!id.ok) return id;
      const text = check(longTextSchema, change.text, 'narrative');
      return text.ok ? succeed({ ...change, text: text.value }) : text;
    }
    case 'weights': {
      if (change.weights === undefined) return succeed(change);
      for (const [criterionId, weight] of Object.entries(change.weights)) {
        const id = check(recordKeySchema, criterionId, 'weights');
        if (!id.ok) return id;
        const value = check(criterionWeightSchema, weight, `weights.${criterionId}`);
        if (!value.ok) return value;
      }
      return succeed(change);
    }
    case 'target': {
      const id = check(recordKeySchema, change.criterionId, 'criterionId');
      if (!id.ok) return id;
      if (change.target === undefined) return succeed(change);
      const target = check(targetScoreSchema, change.target, 'target');
      return target.ok ? succeed(change) : target;
    }
    default:
      return checkTeamChange(change);
  }
}

const respondentIdSchema = respondentSchema.shape.id;

function checkTeamChange(change: TeamChange): Result<AssessmentChange, ChangeProblem> {
  switch (change.kind) {
    case 'add-respondent': {
      const respondent = check(respondentSchema, change.respondent, 'respondent');
      return respondent.ok ? succeed({ ...change, respondent: respondent.value }) : respondent;
    }
    case 'edit-respondent': {
      const id = check(respondentIdSchema, change.respondentId, 'respondentId');
      if (!id.ok) return id;
      if (Object.hasOwn(change.patch, 'id')) return fail([{ field: 'id', message: 'cannot be changed' }]);
      if (Object.hasOwn(change.patch, 'name') && change.patch.name === undefined) {
        return fail([{ field: 'name', message: 'must not be empty' }]);
      }
      const patch = checkEach(change.patch, respondentSchema.shape);
      return patch.ok ? succeed({ ...change, patch: patch.value }) : patch;
    }
    case 'remove-respondent': {
      const id = check(respondentIdSchema, change.respondentId, 'respondentId');
      return id.ok ? succeed(change) : id;
    }
    case 'assignment': {
      const id = check(respondentIdSchema, change.respondentId, 'respondentId');
      if (!id.ok) return id;
      const patch = checkEach(
        { criteria: change.criteria, questions: change.questions },
        respondentSchema.shape,
      );
      return patch.ok ? succeed({ ...change, ...patch.value }) : patch;
    }
    case 'response': {
      const respondentId = check(respondentIdSchema, change.respondentId, 'respondentId');
      if (!respondentId.ok) return respondentId;
      const id = check(recordKeySchema, change.questionId, 'questionId');
      if (!id.ok) return id;
      const patch = checkEach(change.patch, answerSchema.shape);
      return patch.ok ? succeed({ ...change, patch: patch.value }) : patch;
    }
    case 'decide': {
      const id = check(recordKeySchema, change.questionId, 'questionId');
      if (!id.ok) return id;
      const answer = check(answerSchema, change.answer, 'answer');
      return answer.ok ? succeed({ ...change, answer: answer.value }) : answer;
    }
    case 'undecide': {
      const id = check(recordKeySchema, change.questionId, 'questionId');
      return id.ok ? succeed(change) : id;
    }
    case 'round': {
      const round = check(roundSchema, change.round, 'round');
      return round.ok ? succeed(change) : round;
    }
  }
}

function patchRecord<T extends object>(
  record: T,
  patch: object,
  keep: (next: Record<string, unknown>) => boolean,
): T | undefined {
  const next: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return keep(next) ? (next as T) : undefined;
}

function setOrDelete<T>(record: Readonly<Record<string, T>> | undefined, key: string, value: T | undefined) {
  const next: Record<string, T> = Object.assign(Object.create(null) as Record<string, T>, record);
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}

function withOptional<K extends 'narratives' | 'targets' | 'weights' | 'respondents' | 'responses' | 'round'>(
  assessment: Assessment,
  key: K,
  value: Assessment[K] | undefined,
): Assessment {
  const { [key]: _old, ...rest } = assessment;
  return (value === undefined ? rest : { ...rest, [key]: value }) as Assessment;
}

/** The assessment after a checked change: a pure function, the reference for every storage. */
export function applyChange(assessment: Assessment, change: AssessmentChange): Assessment {
  switch (change.kind) {
    case 'profile': {
      const profile = patchRecord<Profile>(assessment.profile, change.patch, () => true);
      return profile ? { ...assessment, profile } : assessment;
    }
    case 'answer': {
      const current = assessment.answers[change.questionId];
      const answer = patchRecord<Answer>(current ?? {}, change.patch, (next) => Object.keys(next).length > 0);
      const answers: Record<string, Answer> =
        setOrDelete(assessment.answers, change.questionId, answer) ??
        (Object.create(null) as Record<string, Answer>);
      return { ...assessment, answers };
    }
    case 'narrative':
      return withOptional(
        assessment,
        'narratives',
        setOrDelete(assessment.narratives, change.criterionId, change.text === '' ? undefined : change.text),
      );
    case 'weights':
      return withOptional(assessment, 'weights', change.weights ? { ...change.weights } : undefined);
    case 'target':
      return withOptional(
        assessment,
        'targets',
        setOrDelete(assessment.targets, change.criterionId, change.target),
      );
    default:
      return applyTeamChange(assessment, change);
  }
}

/** The answers after a patch of one question's answer; an answer left with no field disappears. */
function patchAnswers(
  answers: Readonly<Record<string, Answer>> | undefined,
  questionId: string,
  patch: AnswerPatch,
): Record<string, Answer> | undefined {
  const answer = patchRecord<Answer>(
    answers?.[questionId] ?? {},
    patch,
    (next) => Object.keys(next).length > 0,
  );
  return setOrDelete(answers, questionId, answer);
}

function withRespondents(assessment: Assessment, respondents: Respondent[]): Assessment {
  return withOptional(assessment, 'respondents', respondents.length > 0 ? respondents : undefined);
}

function applyTeamChange(assessment: Assessment, change: TeamChange): Assessment {
  const respondents = assessment.respondents ?? [];
  switch (change.kind) {
    case 'add-respondent':
      // An id already in the list is not added twice (two tabs replaying the same change).
      return respondents.some(({ id }) => id === change.respondent.id)
        ? assessment
        : withRespondents(assessment, [...respondents, change.respondent]);
    case 'edit-respondent':
    case 'assignment': {
      const patch: RespondentPatch =
        change.kind === 'assignment'
          ? {
              criteria: change.criteria?.length ? [...change.criteria] : undefined,
              questions: change.questions?.length ? [...change.questions] : undefined,
            }
          : change.patch;
      return withRespondents(
        assessment,
        respondents.map((respondent) =>
          respondent.id === change.respondentId
            ? (patchRecord<Respondent>(respondent, patch, () => true) ?? respondent)
            : respondent,
        ),
      );
    }
    case 'remove-respondent':
      return withOptional(
        withRespondents(
          assessment,
          respondents.filter(({ id }) => id !== change.respondentId),
        ),
        'responses',
        setOrDelete<Record<string, Answer>>(assessment.responses, change.respondentId, undefined),
      );
    case 'response': {
      // Answers only ever land in the slot of a respondent of the assessment.
      if (!respondents.some(({ id }) => id === change.respondentId)) return assessment;
      const given = patchAnswers(
        assessment.responses?.[change.respondentId],
        change.questionId,
        change.patch,
      );
      return withOptional(
        assessment,
        'responses',
        setOrDelete(assessment.responses, change.respondentId, given),
      );
    }
    case 'decide': {
      const answers = setOrDelete(
        assessment.answers,
        change.questionId,
        Object.keys(change.answer).length > 0 ? { ...change.answer } : undefined,
      );
      return { ...assessment, answers: answers ?? (Object.create(null) as Record<string, Answer>) };
    }
    case 'undecide': {
      const answers = setOrDelete<Answer>(assessment.answers, change.questionId, undefined);
      return { ...assessment, answers: answers ?? (Object.create(null) as Record<string, Answer>) };
    }
    case 'round':
      return withOptional(assessment, 'round', change.round === 1 ? undefined : change.round);
  }
}
