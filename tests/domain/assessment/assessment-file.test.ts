import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  createAssessmentFile,
  formatFileIssue,
  parseAssessmentFile,
  parseAssessmentFileText,
  serializeAssessmentFile,
} from '../../../src/domain/assessment/assessment-file';
import type { Assessment } from '../../../src/domain/assessment/assessment-schema';
import { answersArbitrary } from '../../factories/answer-arbitraries';
import { buildFramework } from '../../factories/framework-factory';

const framework = buildFramework();

function buildAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    profile: { name: 'Bình Dương', country: 'Việt Nam', year: 2023 },
    answers: {
      'alpha.level': {
        value: 3,
        notes: '<b>markup stays text</b>',
        evidence: [{ url: 'https://example.org/a', label: 'Plan' }],
        dataQuality: 'measured',
      },
    },
    ...overrides,
  };
}

const fileOf = (assessment: unknown, extra: Record<string, unknown> = {}) => ({
  format: 'icf-self-assessment',
  formatVersion: 1,
  framework: { id: 'icf-six-criteria', version: '1.0.0' },
  assessment,
  ...extra,
});

function messagesOf(data: unknown): string[] {
  const result = parseAssessmentFile(data, framework);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map(formatFileIssue);
}

describe('the assessment file format', () => {
  it('round-trips an assessment through text exactly, answers still to confirm included', () => {
    const assessment = buildAssessment({
      answers: {
        'alpha.level': { ...buildAssessment().answers['alpha.level'], carriedOver: { fromYear: 2024 } },
        'beta.list': { value: ['a'], carriedOver: {} },
      },
      weights: { alpha: 2 },
      targets: { beta: 80 },
      narratives: { gamma: 'x'.repeat(20_000) },
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-03T03:04:05+07:00',
    });
    const text = serializeAssessmentFile(createAssessmentFile(framework, assessment));
    const result = parseAssessmentFileText(text, framework);
    expect(result).toEqual({
      ok: true,
      value: { file: createAssessmentFile(framework, assessment), warnings: [] },
    });
  });

  it('round-trips any valid answers', () => {
    fc.assert(
      fc.property(answersArbitrary(framework), (answers) => {
        const file = createAssessmentFile(framework, buildAssessment({ answers }));
        const result = parseAssessmentFileText(serializeAssessmentFile(file), framework);
        expect(result.ok && result.value.file).toEqual(file);
      }),
    );
  });

  it('needs only the id, the community name and the answers', () => {
    expect(
      parseAssessmentFile(fileOf({ id: 'x', profile: { name: 'Huế' }, answers: {} }), framework).ok,
    ).toBe(true);
  });

  it.each([
    ['text that is not JSON', '{"format": ', /^not a JSON file \(/],
    ['a JSON list', '[]', /^expected an assessment file \(a JSON object\), got a list$/],
    [
      'another format',
      '{"format": "lighthouse"}',
      /^format: this is not an ICF self-assessment file: expected format "icf-self-assessment", got "lighthouse"$/,
    ],
    [
      'a newer version',
      '{"format": "icf-self-assessment", "formatVersion": 99}',
      /^formatVersion: this file was made by a newer version of the app \(format version 99; this app reads up to 2\); update the app to open it$/,
    ],
    [
      'a version that is not a number',
      '{"format": "icf-self-assessment", "formatVersion": "1"}',
      /^formatVersion: expected a whole number from 1, got "1"$/,
    ],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseAssessmentFileText(text, framework);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map(formatFileIssue)).toEqual([expect.stringMatching(message)]);
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const result = parseAssessmentFileText(' '.repeat(5 * 1024 * 1024 + 1), framework);
    expect(!result.ok && result.errors[0]?.code).toBe('too-large');
  });

  it('names missing fields and wrong types with their path', () => {
    expect(messagesOf(fileOf({ id: 'x', profile: {}, answers: { 'alpha.level': { value: {} } } }))).toEqual([
      'assessment.profile.name: Invalid input: expected string, received undefined',
      'assessment.answers["alpha.level"].value: expected a level, a whole number from 0 to 4, got an object',
    ]);
  });

  it.each([
    ['a level out of range', 'alpha.level', 7, 'expected a level, a whole number from 0 to 4, got 7'],
    ['a fractional level', 'alpha.level', 2.5, 'expected a level, a whole number from 0 to 4, got 2.5'],
    ['a percent over 100', 'alpha.percent', 120, 'expected a percentage from 0 to 100, got 120'],
    ['a number under its minimum', 'beta.price', -3, 'expected at least 0, got -3'],
    ['text for a yes/no question', 'alpha.flag', 'yes', 'expected true or false, got "yes"'],
    [
      'an unknown checklist option',
      'beta.list',
      ['a', 'zz'],
      'unknown option "zz"; expected some of a, b, c, d',
    ],
    ['N/A where it is not allowed', 'alpha.level', 'na', 'this question does not allow "na"'],
  ])('refuses %s', (_name, questionId, value, message) => {
    expect(messagesOf(fileOf({ ...buildAssessment(), answers: { [questionId]: { value } } }))).toEqual([
      `assessment.answers["${questionId}"].value: ${message}`,
    ]);
  });

  it('refuses evidence links that are not web addresses', () => {
    const answers = { 'alpha.level': { value: 1, evidence: [{ url: 'javascript:alert(1)', label: 'x' }] } };
    expect(messagesOf(fileOf(buildAssessment({ answers })))).toEqual([
      'assessment.answers["alpha.level"].evidence[0].url: must be a web address starting with http:// or https://',
    ]);
  });

  it('refuses a file made for another framework', () => {
    expect(messagesOf(fileOf(buildAssessment(), { framework: { id: 'u4ssc', version: '1' } }))).toEqual([
      'framework.id: made for the framework "u4ssc"; this app scores "icf-six-criteria"',
    ]);
  });

  it('keeps answers to unknown questions and reports them as warnings', () => {
    const answers = { 'alpha.level': { value: 2 }, 'retired.question': { value: 3, notes: 'kept' } };
    const result = parseAssessmentFile(
      fileOf(buildAssessment({ answers, targets: { omega: 50 } }), {
        framework: { id: 'icf-six-criteria', version: '0.9.0' },
      }),
      framework,
    );
    if (!result.ok) throw new Error(result.errors.map(formatFileIssue).join('\n'));
    expect(result.value.file.assessment.answers['retired.question']).toEqual({ value: 3, notes: 'kept' });
    expect(result.value.warnings.map(formatFileIssue)).toEqual([
      'framework.version: made with criteria version 0.9.0; this app uses 1.0.0',
      'assessment.answers["retired.question"]: "retired.question" is not a question of icf-six-criteria 1.0.0; its answer is kept but not scored',
      'assessment.targets.omega: "omega" is not a criterion of icf-six-criteria; it is kept but not used',
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (data) => {
        const result = parseAssessmentFile(fileOf(data), framework);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
