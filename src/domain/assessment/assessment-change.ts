import { fail, succeed, type Result } from '../result';
import {
  answerSchema,
  criterionWeightSchema,
  longTextSchema,
  profileSchema,
  recordKeySchema,
  targetScoreSchema,
  type Answer,
  type Assessment,
  type Profile,
  type ProfilePatch,
} from './assessment-schema';

/** Some fields of an answer; one set to undefined is removed, and an empty answer disappears. */
export type AnswerPatch = { [K in keyof Answer]?: Answer[K] | undefined };

/** Every edit a screen can make to an assessment: the one vocabulary of the store and its storage. */
export type AssessmentChange =
  | { kind: 'profile'; patch: ProfilePatch }
  | { kind: 'answer'; questionId: string; patch: AnswerPatch }
  | { kind: 'narrative'; criterionId: string; text: string }
  | { kind: 'weights'; weights: Readonly<Record<string, number>> | undefined }
  | { kind: 'target'; criterionId: string; target: number | undefined };

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

function withOptional<K extends 'narratives' | 'targets' | 'weights'>(
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
  }
}
