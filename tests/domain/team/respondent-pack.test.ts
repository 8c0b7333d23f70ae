import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { assessmentSchema } from '../../../src/domain/assessment/assessment-schema';
import { listAssignedQuestionIds } from '../../../src/domain/assessment/assignment';
import { createRespondentPack, createWorkingCopy } from '../../../src/domain/team/respondent-pack';
import { buildFramework } from '../../factories/framework-factory';
import { teamAssessmentArbitrary } from '../../factories/team-arbitraries';

const framework = buildFramework();
const ids = (assignment: { criteria?: string[]; questions?: string[] }) =>
  listAssignedQuestionIds(framework, assignment);

describe('a respondent’s pack', () => {
  it('holds the respondent, their questions and their own answers to them, nothing of anyone else', () => {
    fc.assert(
      fc.property(teamAssessmentArbitrary(framework), (assessment) => {
        for (const respondent of assessment.respondents ?? []) {
          const pack = createRespondentPack({ framework, assessment, respondentId: respondent.id });
          const questions = ids(respondent);
          expect(pack?.respondent).toEqual(respondent);
          expect(pack?.questions).toEqual(questions);
          const own = assessment.responses?.[respondent.id] ?? {};
          expect(pack?.answers).toEqual(
            Object.fromEntries(Object.entries(own).filter(([id]) => questions.includes(id))),
          );
        }
      }),
    );
  });

  it('is null for a respondent the assessment does not have', () => {
    const assessment = { id: 'a', profile: { name: 'A' }, answers: {} };
    expect(createRespondentPack({ framework, assessment, respondentId: 'ict' })).toBeNull();
  });

  it('opens in the respondent’s app as an assessment of its own that makes the same pack again', () => {
    fc.assert(
      fc.property(teamAssessmentArbitrary(framework), (assessment) => {
        const [respondent] = assessment.respondents ?? [];
        const pack =
          respondent && createRespondentPack({ framework, assessment, respondentId: respondent.id });
        if (!pack) return;
        const copy = createWorkingCopy(pack);
        expect(assessmentSchema.safeParse(copy).success).toBe(true);
        expect(copy).toMatchObject({ id: assessment.id, answers: {}, respondents: [respondent] });
        expect(createRespondentPack({ framework, assessment: copy, respondentId: respondent.id })).toEqual(
          pack,
        );
      }),
    );
  });
});
