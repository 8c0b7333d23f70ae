import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyChange, type AnswerPatch } from '../../../src/domain/assessment/assessment-change';
import type { Answer, Assessment } from '../../../src/domain/assessment/assessment-schema';
import {
  confirmOnEdit,
  createNextYear,
  isSameValue,
  listChangedAnswers,
  proposeNextYear,
} from '../../../src/domain/assessment/carry-over';
import {
  countAnswersToConfirm,
  findAnswersToConfirm,
  findUnansweredQuestions,
  measureProgress,
} from '../../../src/domain/scoring/measure-progress';
import { scoreAssessment } from '../../../src/domain/scoring/score-assessment';
import { answersArbitrary, valueArbitrary } from '../../factories/answer-arbitraries';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();
const questions = framework.criteria.flatMap((c) => c.questions);
const identity = { id: 'next', now: '2025-01-05T08:00:00.000Z' };
const keepAll = { year: 2025, carryTargets: true, carryWeights: true };

const lastYear: Assessment = {
  id: 'y2024',
  profile: { name: 'Vĩnh Long', region: 'Đồng bằng sông Cửu Long', year: 2024 },
  answers: {
    'alpha.level': {
      value: 3,
      notes: 'Ba nhà mạng',
      evidence: [{ url: 'https://example.org', label: 'KH' }],
    },
    'alpha.percent': { value: 62.5, dataYear: 2023, source: 'Niên giám thống kê 2023' },
    'beta.optional': { value: 'na' },
    // Carried from 2023 into 2024 and never confirmed there: it still comes from 2023.
    'beta.list': { value: ['a', 'c'], carriedOver: { fromYear: 2023 } },
    'gamma.level': { notes: 'To look up' },
  },
  narratives: { alpha: 'Đề án chuyển đổi số 2021–2025.' },
  targets: { alpha: 80 },
  weights: { gamma: 2 },
  illustrative: true,
  createdAt: '2024-02-01T08:00:00.000Z',
  updatedAt: '2024-12-01T08:00:00.000Z',
};

describe("starting next year's assessment", () => {
  it('proposes the year after the source’s, within the profile’s bounds, or this year when it has none', () => {
    const today = new Date('2026-03-01T00:00:00Z');
    expect(proposeNextYear(lastYear, today)).toBe(2025);
    expect(proposeNextYear({ profile: { name: 'x', year: 2100 } }, today)).toBe(2100);
    expect(proposeNextYear({ profile: { name: 'x' } }, today)).toBe(2026);
  });

  it('copies every answer, note and narrative, marking each answer with a value as from the source’s year', () => {
    const next = createNextYear(lastYear, keepAll, identity);
    expect(next.answers).toEqual({
      'alpha.level': { ...lastYear.answers['alpha.level'], carriedOver: { fromYear: 2024 } },
      'alpha.percent': { ...lastYear.answers['alpha.percent'], carriedOver: { fromYear: 2024 } },
      'beta.optional': { value: 'na', carriedOver: { fromYear: 2024 } },
      'beta.list': { value: ['a', 'c'], carriedOver: { fromYear: 2023 } },
      // Notes with no answer yet: nothing to confirm.
      'gamma.level': { notes: 'To look up' },
    });
    expect(next).toMatchObject({
      id: 'next',
      basedOn: 'y2024',
      profile: { name: 'Vĩnh Long', region: 'Đồng bằng sông Cửu Long', year: 2025 },
      narratives: lastYear.narratives,
      createdAt: identity.now,
      updatedAt: identity.now,
    });
    // The example's label stays on the example: the new year is the user's own work.
    expect(next.illustrative).toBeUndefined();
  });

  it.each([
    [{ carryTargets: true, carryWeights: false }, { targets: { alpha: 80 } }],
    [{ carryTargets: false, carryWeights: true }, { weights: { gamma: 2 } }],
    [{ carryTargets: false, carryWeights: false }, {}],
  ])('carries targets and weights only as chosen: %o', (choice, kept) => {
    const next = createNextYear(lastYear, { year: 2025, ...choice }, identity);
    expect({ targets: next.targets, weights: next.weights }).toEqual({
      targets: undefined,
      weights: undefined,
      ...kept,
    });
  });

  it('marks an answer as carried over without a year when the source has none', () => {
    const source = { ...lastYear, profile: { name: 'Vĩnh Long' } };
    expect(createNextYear(source, keepAll, identity).answers['alpha.level']?.carriedOver).toEqual({});
  });

  it('for any answers: leaves the source as it was, scores the same, and has every answer to confirm', () => {
    fc.assert(
      fc.property(answersArbitrary(framework), (answers) => {
        const source: Assessment = { id: 's', profile: { name: 'Huế', year: 2024 }, answers };
        const before = structuredClone(source);
        const next = createNextYear(source, keepAll, identity);
        expect(source).toEqual(before);
        // Scores use carried-over answers as they are.
        expect(scoreAssessment(framework, next)).toEqual(scoreAssessment(framework, source));
        const progress = measureProgress(framework, next.answers);
        expect(progress.toConfirm).toBe(progress.done);
        expect(listChangedAnswers(framework, next, source)).toEqual([]);
      }),
    );
  });
});

describe('confirming a carried-over answer', () => {
  const marked: Answer = { value: 3, notes: 'Ba nhà mạng', carriedOver: { fromYear: 2024 } };
  const apply = (answer: Answer, patch: AnswerPatch) =>
    applyChange(
      { id: 'a', profile: { name: 'Huế' }, answers: { 'alpha.level': answer } },
      { kind: 'answer', questionId: 'alpha.level', patch: confirmOnEdit(patch) },
    ).answers['alpha.level'];

  it('takes one click: the mark goes, the answer stays', () => {
    expect(apply(marked, { carriedOver: undefined })).toEqual({ value: 3, notes: 'Ba nhà mạng' });
  });

  it.each<[string, AnswerPatch]>([
    ['a new value', { value: 4 }],
    ['the same value chosen again', { value: 3 }],
    ['its notes', { notes: 'Bốn nhà mạng' }],
    ['its evidence', { evidence: [{ url: 'https://example.org', label: '' }] }],
    ['its data year', { dataYear: 2025 }],
    ['its source', { source: 'Sở TT&TT' }],
    ['its data quality', { dataQuality: 'measured' }],
    ['a cleared value', { value: undefined }],
  ])('happens on changing any part of it: %s', (_part, patch) => {
    expect(apply(marked, patch)?.carriedOver).toBeUndefined();
  });

  it('is undone by setting the mark again (Undo), which confirms nothing else', () => {
    const confirmed = apply(marked, { carriedOver: undefined }) as Answer;
    expect(apply(confirmed, { carriedOver: { fromYear: 2024 } })).toEqual(marked);
    expect(confirmOnEdit({})).toEqual({});
  });

  it('for any patch of any field but the mark, removes the mark', () => {
    const fieldPatch = fc.oneof(
      fc.record({ value: valueArbitrary(questions[0] as (typeof questions)[number]) }),
      fc.record({ notes: fc.string() }),
      fc.record({ dataYear: fc.integer({ min: 1990, max: 2100 }) }),
      fc.record({ source: fc.string({ maxLength: 50 }) }),
    );
    fc.assert(
      fc.property(fieldPatch, (patch) => {
        expect(apply(marked, patch)?.carriedOver).toBeUndefined();
      }),
    );
  });
});

describe('counting answers to confirm', () => {
  const answers: Record<string, Answer> = {
    'alpha.level': { value: 2, carriedOver: { fromYear: 2024 } },
    'alpha.percent': { value: 50 },
    'beta.optional': { value: 'na', carriedOver: {} },
    // N/A where the question does not allow it is no answer, so nothing to confirm.
    'gamma.level': { value: 'na', carriedOver: { fromYear: 2024 } },
    'beta.list': { notes: 'not answered', carriedOver: { fromYear: 2024 } },
  };

  it('counts answered questions still marked, criterion by criterion', () => {
    expect(findAnswersToConfirm(framework, answers)).toEqual([
      { criterionId: 'alpha', questionIds: ['alpha.level'] },
      { criterionId: 'beta', questionIds: ['beta.optional'] },
      { criterionId: 'gamma', questionIds: [] },
    ]);
    expect(measureProgress(framework, answers)).toEqual({ done: 3, total: 7, toConfirm: 2 });
  });

  it('for any answers and marks: never counts more to confirm than answered, nor an unanswered question', () => {
    fc.assert(
      fc.property(
        answersArbitrary(framework),
        fc.subarray(questions.map((q) => q.id)),
        (given, markedIds) => {
          const withMarks: Record<string, Answer> = { ...given };
          for (const id of markedIds) withMarks[id] = { ...withMarks[id], carriedOver: { fromYear: 2024 } };
          const progress = measureProgress(framework, withMarks);
          expect(progress.toConfirm).toBeLessThanOrEqual(progress.done);
          expect(progress.toConfirm).toBe(countAnswersToConfirm(framework, withMarks));
          const unanswered = new Set(
            findUnansweredQuestions(framework, withMarks).flatMap((c) => c.questionIds),
          );
          for (const { questionIds } of findAnswersToConfirm(framework, withMarks)) {
            for (const id of questionIds) {
              expect(unanswered.has(id)).toBe(false);
              expect(markedIds).toContain(id);
            }
          }
        },
      ),
    );
  });
});

describe('what changed since last year', () => {
  it('lists, in criteria order, each question whose answer differs, with both answers', () => {
    const next = {
      answers: {
        'alpha.level': { value: 4 },
        'alpha.percent': { value: 62.5, carriedOver: { fromYear: 2024 } },
        'alpha.flag': { value: true },
        'beta.optional': { value: 3 },
        'beta.list': { value: ['c', 'a'] },
      },
    };
    expect(listChangedAnswers(framework, next, lastYear)).toEqual([
      { criterionId: 'alpha', questionId: 'alpha.level', previous: 3, current: 4 },
      { criterionId: 'alpha', questionId: 'alpha.flag', previous: undefined, current: true },
      { criterionId: 'beta', questionId: 'beta.optional', previous: 'na', current: 3 },
    ]);
    expect(listChangedAnswers(framework, { answers: {} }, lastYear).map((c) => c.questionId)).toEqual([
      'alpha.level',
      'alpha.percent',
      'beta.list',
      'beta.optional',
    ]);
  });

  it('reads a checklist as the set of its ticks, and tells N/A, 0 and false apart', () => {
    expect(isSameValue(['a', 'c'], ['c', 'a'])).toBe(true);
    expect(isSameValue(['a', 'c'], ['a'])).toBe(false);
    expect(isSameValue(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(isSameValue(0, false)).toBe(false);
    expect(isSameValue('na', undefined)).toBe(false);
    expect(isSameValue(undefined, undefined)).toBe(true);
  });

  it('for any two sets of answers: lists exactly the questions whose values differ', () => {
    fc.assert(
      fc.property(answersArbitrary(framework), answersArbitrary(framework), (before, after) => {
        const changed = new Set(
          listChangedAnswers(framework, { answers: after }, { answers: before }).map((c) => c.questionId),
        );
        for (const q of questions) {
          expect(changed.has(q.id)).toBe(!isSameValue(before[q.id]?.value, after[q.id]?.value));
        }
        expect(listChangedAnswers(framework, { answers: after }, { answers: after })).toEqual([]);
      }),
    );
  });
});
