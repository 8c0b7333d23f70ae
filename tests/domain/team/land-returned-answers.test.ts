import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Answer, Assessment } from '../../../src/domain/assessment/assessment-schema';
import { listAssignedQuestionIds } from '../../../src/domain/assessment/assignment';
import { applyLanding, planLanding } from '../../../src/domain/team/land-returned-answers';
import type { ReturnedAnswers } from '../../../src/domain/team/returned-answers';
import { answersArbitrary } from '../../factories/answer-arbitraries';
import { buildFramework } from '../../factories/framework-factory';
import { teamAssessmentArbitrary } from '../../factories/team-arbitraries';

const framework = buildFramework();

const team: Assessment = {
  id: 'team',
  profile: { name: 'Tỉnh Ví Dụ' },
  answers: { 'alpha.level': { value: 2, notes: 'decided at the workshop' } },
  respondents: [
    { id: 'ict', name: 'Nguyễn Thị Lan', criteria: ['alpha'] },
    { id: 'dost', name: 'Trần Văn Minh', questions: ['beta.list'] },
  ],
  responses: {
    ict: { 'alpha.level': { value: 3, notes: 'three providers' }, 'alpha.percent': { value: 80 } },
    dost: { 'alpha.level': { value: 1 }, 'beta.list': { value: ['a'] } },
  },
};

function returnedFrom(
  respondentId: string,
  answers: Record<string, Answer>,
  questionIds = Object.keys(answers),
  assessmentId = 'team',
): ReturnedAnswers {
  return {
    kind: 'workbook',
    framework: { id: framework.id, version: framework.version },
    assessment: { id: assessmentId, name: 'Tỉnh Ví Dụ' },
    respondent: { id: respondentId, name: 'someone' },
    language: 'vi',
    questionIds,
    answers,
    rowIssues: [],
    warnings: [],
  };
}

function plan(assessment: Assessment, returned: ReturnedAnswers) {
  const landing = planLanding(framework, assessment, returned);
  if (!landing.ok) throw new Error(JSON.stringify(landing.errors));
  return landing.value;
}

describe('landing a returned file in its respondent’s slot', () => {
  it('sets each question beside its current answer: added, changed, removed or unchanged', () => {
    const landing = plan(
      team,
      returnedFrom(
        'ict',
        { 'alpha.level': { value: 4 }, 'alpha.flag': { value: true }, 'alpha.percent': { value: 80 } },
        ['alpha.level', 'alpha.percent', 'alpha.flag', 'gamma.level'],
      ),
    );
    expect(landing.respondent.id).toBe('ict');
    expect(landing.rows.map(({ questionId, change }) => [questionId, change])).toEqual([
      ['alpha.level', 'changed'],
      ['alpha.percent', 'unchanged'],
      ['alpha.flag', 'added'],
      ['gamma.level', 'unchanged'],
    ]);
    expect(landing.rows[0]).toMatchObject({
      current: { value: 3, notes: 'three providers' },
      returned: { value: 4 },
      criterionId: 'alpha',
    });
  });

  it('replaces an answer whole: a field the returned answer lacks is removed', () => {
    const landed = applyLanding(team, plan(team, returnedFrom('ict', { 'alpha.level': { value: 4 } })));
    expect(landed.responses?.ict?.['alpha.level']).toEqual({ value: 4 });
  });

  it('removes the answer of a question the file leaves blank', () => {
    const landing = plan(team, returnedFrom('ict', {}, ['alpha.percent']));
    expect(landing.rows[0]?.change).toBe('removed');
    expect(applyLanding(team, landing).responses?.ict?.['alpha.percent']).toBeUndefined();
  });

  it('keeps the slot’s answers to questions the file does not hold (rows it could not read)', () => {
    const landed = applyLanding(team, plan(team, returnedFrom('ict', { 'alpha.flag': { value: false } })));
    expect(landed.responses?.ict).toMatchObject({
      'alpha.level': { value: 3 },
      'alpha.percent': { value: 80 },
    });
  });

  it('lands an answer to a question not assigned to the respondent, with a warning', () => {
    const landing = plan(team, returnedFrom('dost', { 'gamma.level': { value: 2 } }));
    expect(landing.rows[0]?.isAssigned).toBe(false);
    expect(landing.warnings.map((warning) => warning.reason)).toEqual(['not-assigned']);
    expect(applyLanding(team, landing).responses?.dost?.['gamma.level']).toEqual({ value: 2 });
  });

  it('refuses a file of a respondent the assessment does not have, naming them', () => {
    const landing = planLanding(framework, team, returnedFrom('moet', { 'alpha.level': { value: 1 } }));
    expect(landing).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          reason: 'unknown-respondent',
          values: { id: 'someone' },
          message: 'this file is for "someone" (moet), who is not among the respondents of Tỉnh Ví Dụ',
        }),
      ],
    });
  });

  it('refuses a file of another assessment', () => {
    const landing = planLanding(framework, team, returnedFrom('ict', {}, [], 'other'));
    expect(!landing.ok && landing.errors.map((error) => error.reason)).toEqual(['other-assessment']);
  });

  it('changes nothing but the respondent’s own answers to the questions the file holds', () => {
    fc.assert(
      fc.property(
        teamAssessmentArbitrary(framework),
        answersArbitrary(framework),
        fc.nat(),
        (assessment, answers, pick) => {
          const respondents = assessment.respondents ?? [];
          const respondent = respondents[pick % respondents.length];
          if (!respondent) return;
          const questionIds = listAssignedQuestionIds(framework, respondent);
          const returned = Object.fromEntries(
            Object.entries(answers).filter(([id]) => questionIds.includes(id)),
          );
          const landed = applyLanding(
            assessment,
            plan(assessment, returnedFrom(respondent.id, returned, questionIds)),
          );
          const { responses: before = {}, ...restBefore } = assessment;
          const { responses: after = {}, ...restAfter } = landed;
          expect(restAfter).toEqual(restBefore);
          for (const other of respondents.filter(({ id }) => id !== respondent.id))
            expect(after[other.id]).toEqual(before[other.id]);
          const slot = after[respondent.id] ?? {};
          for (const id of questionIds) expect(slot[id]).toEqual(returned[id]);
          for (const [id, answer] of Object.entries(before[respondent.id] ?? {}))
            if (!questionIds.includes(id)) expect(slot[id]).toEqual(answer);
        },
      ),
      { numRuns: 200 },
    );
  });
});
