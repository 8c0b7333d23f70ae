import { describe, expect, it } from 'vitest';

import {
  FILE_FORMAT_VERSION,
  createAssessmentFile,
  formatFileIssue,
  parseAssessmentFile,
  parseAssessmentFileText,
  serializeAssessmentFile,
} from '../../../src/domain/assessment/assessment-file';
import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();

function buildTeamAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'team',
    profile: { name: 'Tỉnh Ví Dụ' },
    answers: { 'alpha.level': { value: 2, notes: 'decided at the workshop' } },
    respondents: [
      {
        id: 'ict',
        name: 'Nguyễn Thị Lan',
        organisation: 'Sở TT&TT',
        role: 'Phó Giám đốc',
        criteria: ['alpha'],
      },
      { id: 'dost', name: 'Trần Văn Minh', questions: ['alpha.level', 'beta.list'] },
    ],
    responses: {
      ict: {
        'alpha.level': { value: 3, notes: 'three providers', dataYear: 2024, source: 'Sở TT&TT' },
        'alpha.percent': { value: 80 },
      },
      dost: { 'alpha.level': { value: 1 }, 'beta.list': { value: ['a', 'c'] } },
    },
    round: 2,
    ...overrides,
  };
}

const fileOf = (assessment: unknown, formatVersion = FILE_FORMAT_VERSION) => ({
  format: 'icf-self-assessment',
  formatVersion,
  framework: { id: 'icf-six-criteria', version: '1.0.0' },
  assessment,
});

function issuesOf(assessment: unknown) {
  const result = parseAssessmentFile(fileOf(assessment), framework);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('respondents and their responses in the file format (version 2)', () => {
  it('round-trips respondents, their responses and the round exactly', () => {
    const file = createAssessmentFile(framework, buildTeamAssessment());
    expect(file.formatVersion).toBe(2);
    const result = parseAssessmentFileText(serializeAssessmentFile(file), framework);
    expect(result).toEqual({ ok: true, value: { file, warnings: [] } });
  });

  it('reads a version 1 file as it was: no respondents, its answers the coordinator’s', () => {
    const assessment = { id: 'old', profile: { name: 'Huế' }, answers: { 'alpha.level': { value: 4 } } };
    const result = parseAssessmentFile(fileOf(assessment, 1), framework);
    expect(result.ok && result.value.file).toEqual(fileOf(assessment));
  });

  it('leaves out empty lists and empty sets of answers, as it does every other empty', () => {
    const result = parseAssessmentFile(
      fileOf({
        ...buildTeamAssessment(),
        respondents: [{ id: 'ict', name: 'Lan', criteria: [], questions: [] }],
        responses: { ict: { 'alpha.level': {} } },
      }),
      framework,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { assessment } = result.value.file;
    expect(assessment.respondents).toEqual([{ id: 'ict', name: 'Lan' }]);
    expect(assessment.responses).toBeUndefined();
    const none = parseAssessmentFile(
      fileOf({ ...buildTeamAssessment(), respondents: [], responses: {} }),
      framework,
    );
    expect(none.ok && none.value.file.assessment.respondents).toBeUndefined();
  });

  it('refuses a respondent id used twice, naming the id', () => {
    const respondents = [
      { id: 'ict', name: 'Lan' },
      { id: 'ict', name: 'Minh' },
    ];
    const issues = issuesOf(buildTeamAssessment({ respondents, responses: undefined }));
    expect(issues.map(formatFileIssue)).toEqual([
      'assessment.respondents[1].id: the respondent id "ict" appears twice',
    ]);
    expect(issues[0]).toMatchObject({ reason: 'duplicate-respondent', values: { id: 'ict' } });
  });

  it('refuses answers of someone who is not among the respondents', () => {
    const issues = issuesOf(
      buildTeamAssessment({
        responses: { ict: { 'alpha.level': { value: 1 } }, ghost: { 'alpha.level': { value: 4 } } },
      }),
    );
    expect(issues.map(formatFileIssue)).toEqual([
      'assessment.responses.ghost: answers of "ghost", who is not among the respondents',
    ]);
    expect(issues[0]).toMatchObject({ reason: 'unknown-respondent', values: { id: 'ghost' } });
  });

  it('checks every response’s value against its question, as it checks the coordinator’s answers', () => {
    const issues = issuesOf(
      buildTeamAssessment({
        responses: {
          ict: { 'alpha.level': { value: 7 } },
          dost: { 'beta.list': { value: ['a', 'z'] }, 'alpha.percent': { value: 'lots' as never } },
        },
      }),
    );
    expect(issues.map(formatFileIssue)).toEqual([
      'assessment.responses.dost["alpha.percent"].value: expected a percentage from 0 to 100, got "lots"',
      'assessment.responses.ict["alpha.level"].value: expected a level, a whole number from 0 to 4, got 7',
      'assessment.responses.dost["beta.list"].value: unknown option "z"; expected some of a, b, c, d',
    ]);
  });

  it('refuses a respondent without a name, and one of spaces only', () => {
    for (const name of ['', '   ']) {
      expect(
        issuesOf(buildTeamAssessment({ respondents: [{ id: 'ict', name }], responses: undefined })).map(
          formatFileIssue,
        ),
      ).toEqual(['assessment.respondents[0].name: must not be empty']);
    }
  });

  it('refuses a respondent id that is not a plain id', () => {
    const issues = issuesOf(
      buildTeamAssessment({ respondents: [{ id: 'a:b', name: 'Lan' }], responses: undefined }),
    );
    expect(issues[0]).toMatchObject({ path: 'assessment.respondents[0].id', reason: 'bad-id' });
  });

  it('refuses the respondent id "__proto__" where it enters, since it would key their answers', () => {
    const issues = issuesOf(
      buildTeamAssessment({ respondents: [{ id: '__proto__', name: 'Lan' }], responses: undefined }),
    );
    expect(issues[0]).toMatchObject({ path: 'assessment.respondents[0].id' });
  });

  it('keeps answers to unknown questions and unknown assignments, with a warning for each', () => {
    const result = parseAssessmentFile(
      fileOf(
        buildTeamAssessment({
          respondents: [{ id: 'ict', name: 'Lan', criteria: ['alpha', 'omega'], questions: ['omega.q'] }],
          responses: { ict: { 'omega.q': { value: 1 } } },
        }),
      ),
      framework,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.warnings.map(formatFileIssue)).toEqual([
      'assessment.responses.ict["omega.q"]: "omega.q" is not a question of icf-six-criteria 1.0.0; its answer is kept but not scored',
      'assessment.respondents[0].criteria[1]: "omega" is not a criterion of icf-six-criteria; the assignment keeps it but asks nothing more',
      'assessment.respondents[0].questions[0]: "omega.q" is not a question of icf-six-criteria; the assignment keeps it but asks nothing more',
    ]);
    expect(result.value.file.assessment.responses?.ict?.['omega.q']).toEqual({ value: 1 });
  });

  it('gives responses without a prototype, so "constructor" finds nothing it did not hold', () => {
    const result = parseAssessmentFile(fileOf(buildTeamAssessment()), framework);
    if (!result.ok) throw new Error('expected the file to be read');
    const { responses } = result.value.file.assessment;
    expect(responses?.constructor).toBeUndefined();
    expect(responses?.ict?.constructor).toBeUndefined();
  });
});
