import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  PROFILE_FIELD,
  answerField,
  mergePersistedStates,
} from '../../src/persistence/merge-persisted-states';
import type { PersistedState, StoredAssessment } from '../../src/persistence/persisted-state';

const QUESTIONS = ['q.a', 'q.b', 'q.c'];

/** A stored assessment as the store writes it: every present answer has a time. */
const storedArbitrary = (id: string): fc.Arbitrary<StoredAssessment> =>
  fc
    .record({
      name: fc.constantFrom('Huế', 'Đà Nẵng', 'Cần Thơ'),
      profileTime: fc.integer({ min: 1, max: 50 }),
      answers: fc.dictionary(
        fc.constantFrom(...QUESTIONS),
        fc.record({ value: fc.integer({ min: 0, max: 4 }), time: fc.integer({ min: 1, max: 50 }) }),
      ),
      cleared: fc.dictionary(fc.constantFrom(...QUESTIONS), fc.integer({ min: 1, max: 50 })),
    })
    .map(({ name, profileTime, answers, cleared }) => {
      const fieldTimes: Record<string, number> = { [PROFILE_FIELD]: profileTime };
      const values: Record<string, { value: number }> = {};
      for (const [q, time] of Object.entries(cleared)) fieldTimes[answerField(q)] = time;
      for (const [q, { value, time }] of Object.entries(answers)) {
        values[q] = { value };
        fieldTimes[answerField(q)] = time;
      }
      return { assessment: { id, profile: { name }, answers: values }, fieldTimes };
    });

const stateArbitrary: fc.Arbitrary<PersistedState> = fc.record({
  assessments: fc
    .subarray(['a1', 'a2'])
    .chain((ids) => fc.tuple(...ids.map((id) => storedArbitrary(id))))
    .map((list) => Object.fromEntries(list.map((s) => [s.assessment.id, s]))),
  tombstones: fc.dictionary(fc.constantFrom('a1', 'a2', 'a3'), fc.integer({ min: 1, max: 60 })),
});

describe('mergePersistedStates', () => {
  it('gives the same result whichever tab merges', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (a, b) => {
        expect(mergePersistedStates(a, b)).toEqual(mergePersistedStates(b, a));
      }),
    );
  });

  it('changes nothing when merging a state with itself or with its own merge', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (a, b) => {
        const merged = mergePersistedStates(a, b);
        expect(mergePersistedStates(merged, merged)).toEqual(merged);
        expect(mergePersistedStates(merged, a)).toEqual(merged);
      }),
    );
  });

  it('keeps the newer version of every answer from either tab', () => {
    fc.assert(
      fc.property(storedArbitrary('a1'), storedArbitrary('a1'), (x, y) => {
        const merged = mergePersistedStates(
          { assessments: { a1: x }, tombstones: {} },
          { assessments: { a1: y }, tombstones: {} },
        );
        const result = merged.assessments['a1'];
        for (const q of QUESTIONS) {
          const [tx, ty] = [x.fieldTimes[answerField(q)] ?? 0, y.fieldTimes[answerField(q)] ?? 0];
          if (tx > ty) expect(result?.assessment.answers[q]).toEqual(x.assessment.answers[q]);
          if (ty > tx) expect(result?.assessment.answers[q]).toEqual(y.assessment.answers[q]);
        }
      }),
    );
  });

  it('keeps both tabs’ edits to different answers of one assessment', () => {
    const base = { id: 'a1', profile: { name: 'Huế' } };
    const tabA: StoredAssessment = {
      assessment: { ...base, answers: { 'q.a': { value: 3 } } },
      fieldTimes: { [answerField('q.a')]: 10 },
    };
    const tabB: StoredAssessment = {
      assessment: { ...base, answers: { 'q.b': { value: 1, notes: 'ghi chú' } } },
      fieldTimes: { [answerField('q.b')]: 11 },
    };
    const merged = mergePersistedStates(
      { assessments: { a1: tabA }, tombstones: {} },
      { assessments: { a1: tabB }, tombstones: {} },
    );
    expect(merged.assessments['a1']?.assessment.answers).toEqual({
      'q.a': { value: 3 },
      'q.b': { value: 1, notes: 'ghi chú' },
    });
  });

  it('lets a later clearing of an answer win over the older answer', () => {
    const base = { id: 'a1', profile: { name: 'Huế' } };
    const answered: StoredAssessment = {
      assessment: { ...base, answers: { 'q.a': { value: 3 } } },
      fieldTimes: { [answerField('q.a')]: 10 },
    };
    const cleared: StoredAssessment = {
      assessment: { ...base, answers: {} },
      fieldTimes: { [answerField('q.a')]: 12 },
    };
    const merged = mergePersistedStates(
      { assessments: { a1: answered }, tombstones: {} },
      { assessments: { a1: cleared }, tombstones: {} },
    );
    expect(merged.assessments['a1']?.assessment.answers).toEqual({});
  });

  it('deletes an assessment only if nothing in it changed after the deletion', () => {
    const stored: StoredAssessment = {
      assessment: { id: 'a1', profile: { name: 'Huế' }, answers: {} },
      fieldTimes: { [PROFILE_FIELD]: 10 },
    };
    const kept = { assessments: { a1: stored }, tombstones: {} };
    expect(mergePersistedStates(kept, { assessments: {}, tombstones: { a1: 11 } })).toEqual({
      assessments: {},
      tombstones: { a1: 11 },
    });
    expect(mergePersistedStates(kept, { assessments: {}, tombstones: { a1: 9 } }).assessments['a1']).toEqual(
      stored,
    );
  });
});
