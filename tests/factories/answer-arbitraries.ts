import fc from 'fast-check';

import type { Answer, AnswerValue } from '../../src/domain/assessment/assessment-schema';
import type { Framework, Question } from '../../src/domain/criteria/criterion-schema';

function withoutUndefined<T>(record: Partial<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, T] => entry[1] !== undefined),
  );
}

/** Any value a question accepts, N/A included where allowed. */
export function valueArbitrary(question: Question): fc.Arbitrary<AnswerValue> {
  const na = question.allowsNA ? [fc.constant<AnswerValue>('na')] : [];
  switch (question.type) {
    case 'level':
      return fc.oneof(fc.integer({ min: 0, max: 4 }), ...na);
    case 'percent':
      return fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), ...na);
    case 'number':
      return fc.oneof(
        fc.double({
          min: question.min ?? -1e6,
          max: question.max ?? 1e6,
          noNaN: true,
          noDefaultInfinity: true,
        }),
        ...na,
      );
    case 'boolean':
      return fc.oneof(fc.boolean(), ...na);
    case 'checklist':
      return fc.oneof(fc.subarray(question.options.map((o) => o.id)), ...na);
  }
}

/** Answers to any subset of the framework's questions. */
export function answersArbitrary(framework: Framework): fc.Arbitrary<Record<string, Answer>> {
  const questions = framework.criteria.flatMap((c) => c.questions);
  return fc
    .record(
      Object.fromEntries(questions.map((q) => [q.id, valueArbitrary(q).map((value): Answer => ({ value }))])),
      {
        requiredKeys: [],
      },
    )
    .map(withoutUndefined);
}

export function weightsArbitrary(framework: Framework): fc.Arbitrary<Record<string, number>> {
  return fc
    .record(
      // Weights as a user sets them (hundredths from 0 to 10), not subnormal doubles that underflow.
      Object.fromEntries(
        framework.criteria.map((c) => [c.id, fc.integer({ min: 0, max: 1000 }).map((n) => n / 100)]),
      ),
      { requiredKeys: [] },
    )
    .map(withoutUndefined);
}
