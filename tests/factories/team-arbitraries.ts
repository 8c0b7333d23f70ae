import fc from 'fast-check';

import type { Answer, Assessment, Respondent } from '../../src/domain/assessment/assessment-schema';
import type { Framework } from '../../src/domain/criteria/criterion-schema';
import { answersArbitrary } from './answer-arbitraries';

// Any id the schema takes: "__proto__" is refused, since a respondent's id keys their answers.
const respondentId = fc.stringMatching(/^[a-z0-9_-]{1,12}$/).filter((id) => id !== '__proto__');

/** A respondent as the coordinator enters one: a name, maybe a department, a role and an assignment. */
export function respondentArbitrary(framework: Framework, id: fc.Arbitrary<string> = respondentId) {
  const criteria = framework.criteria.map((c) => c.id);
  const questions = framework.criteria.flatMap((c) => c.questions.map((q) => q.id));
  return fc
    .record({
      id,
      name: fc.constantFrom('Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Hoàng', 'Phạm Thu Hà'),
      organisation: fc.option(fc.constantFrom('Sở Thông tin và Truyền thông', 'Sở Giáo dục và Đào tạo'), {
        nil: undefined,
      }),
      role: fc.option(fc.constantFrom('Phó Giám đốc', 'Chuyên viên'), { nil: undefined }),
      criteria: fc.option(fc.uniqueArray(fc.constantFrom(...criteria), { minLength: 1 }), { nil: undefined }),
      questions: fc.option(fc.uniqueArray(fc.constantFrom(...questions), { minLength: 1, maxLength: 3 }), {
        nil: undefined,
      }),
    })
    .map((r): Respondent => {
      const respondent: Respondent = { id: r.id, name: r.name };
      if (r.organisation !== undefined) respondent.organisation = r.organisation;
      if (r.role !== undefined) respondent.role = r.role;
      if (r.criteria !== undefined) respondent.criteria = r.criteria;
      if (r.questions !== undefined) respondent.questions = r.questions;
      return respondent;
    });
}

/**
 * A team's assessment: one to five respondents with ids of their own, each with answers to any
 * questions, and coordinator answers (decisions) to some.
 */
export function teamAssessmentArbitrary(framework: Framework, id = 'team'): fc.Arbitrary<Assessment> {
  return fc
    .record({
      respondents: fc.uniqueArray(respondentArbitrary(framework), {
        minLength: 1,
        maxLength: 5,
        selector: (respondent) => respondent.id,
      }),
      answers: answersArbitrary(framework),
      given: fc.array(answersArbitrary(framework), { minLength: 5, maxLength: 5 }),
      round: fc.option(fc.constant(2 as const), { nil: undefined }),
    })
    .map(({ respondents, answers, given, round }) => {
      const responses: Record<string, Record<string, Answer>> = {};
      respondents.forEach((respondent, i) => {
        const theirs = given[i] ?? {};
        if (Object.keys(theirs).length > 0) responses[respondent.id] = theirs;
      });
      return {
        id,
        profile: { name: 'Tỉnh Ví Dụ' },
        answers,
        respondents,
        ...(Object.keys(responses).length > 0 ? { responses } : {}),
        ...(round === undefined ? {} : { round }),
      };
    });
}
