import {
  FILE_FORMAT,
  FILE_FORMAT_VERSION,
  createFileIssue,
  parseAssessmentFile,
  type FileIssue,
} from '../assessment/assessment-file';
import type { Answer } from '../assessment/assessment-schema';
import type { Framework } from '../criteria/criterion-schema';
import { formatIssuePath } from '../format-issue-path';
import { isLanguage } from '../language';
import { fail, succeed, type Result } from '../result';
import type { RespondentPack } from './respondent-pack';
import type { ReturnedAnswers } from './returned-answers';

export const PACK_FORMAT = 'icf-respondent-pack';
export const PACK_FORMAT_VERSION = 1;

/**
 * A respondent's pack as a JSON file: what the coordinator sends and, answered, what comes back.
 * `answers` are the respondent's; the file names the assessment and the respondent, so a returned
 * file lands in the right slot.
 */
export type RespondentPackFile = {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  framework: { id: string; version: string };
  assessment: { id: string; name: string; year?: number };
  respondent: RespondentPack['respondent'];
  questions: string[];
  answers: Record<string, Answer>;
  /** The language the pack was made in; a returned file is shown in it. */
  language?: string;
};

export function createRespondentPackFile(pack: RespondentPack, language: string): RespondentPackFile {
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    framework: pack.framework,
    assessment: {
      id: pack.assessment.id,
      name: pack.assessment.name,
      ...(pack.assessment.year === undefined ? {} : { year: pack.assessment.year }),
    },
    respondent: pack.respondent,
    questions: pack.questions,
    answers: pack.answers,
    language,
  };
}

export function serializeRespondentPackFile(file: RespondentPackFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Whether decoded JSON says it is a respondent's pack (before it is checked). */
export function isRespondentPackData(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && (data as Record<string, unknown>).format === PACK_FORMAT
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Moves an issue of the assessment file the pack was checked as back to where it sits in the
 * pack: `assessment.responses.<id>.<question>` is `answers.<question>`, and so on.
 */
function placeInPack(issue: FileIssue): FileIssue {
  const [root, field, ...rest] = issue.at;
  let at: (string | number)[] = [...issue.at];
  if (root === 'assessment' && field === 'responses') at = ['answers', ...rest.slice(1)];
  else if (root === 'assessment' && field === 'respondents') at = ['respondent', ...rest.slice(1)];
  else if (root === 'assessment' && field === 'profile') at = ['assessment', ...rest];
  return { ...issue, at, path: formatIssuePath(at) };
}

/**
 * Reads a respondent's pack from decoded JSON. Its answers go through the same checks as every
 * assessment file's (schema, value against question, control characters): the pack is checked as
 * the assessment file it stands for, one respondent with their answers, and each issue is then
 * placed where it sits in the pack.
 */
export function parseRespondentPackFile(
  data: unknown,
  framework: Framework,
): Result<{ pack: RespondentPack; returned: ReturnedAnswers }, FileIssue> {
  if (!isObject(data) || data.format !== PACK_FORMAT) {
    return fail([
      createFileIssue(
        'wrong-format',
        ['format'],
        `this is not a respondent's file: expected format "${PACK_FORMAT}"`,
      ),
    ]);
  }
  const version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([createFileIssue('bad-version', ['formatVersion'], 'expected a whole number from 1')]);
  }
  if (version > PACK_FORMAT_VERSION) {
    return fail([
      createFileIssue(
        'newer-version',
        ['formatVersion'],
        `this file was made by a newer version of the app (respondent file version ${version}; this app reads up to ${PACK_FORMAT_VERSION}); update the app to open it`,
        { values: { version, supported: PACK_FORMAT_VERSION } },
      ),
    ]);
  }
  const assessment = isObject(data.assessment) ? data.assessment : {};
  const respondent = isObject(data.respondent) ? data.respondent : {};
  const respondentId = typeof respondent.id === 'string' ? respondent.id : '';
  const questions = data.questions;
  const questionErrors: FileIssue[] =
    Array.isArray(questions) && questions.length <= 1_000 && questions.every((id) => typeof id === 'string')
      ? []
      : [
          createFileIssue('invalid', ['questions'], 'expected a list of question ids', {
            reason: 'wrong-type',
            values: { expected: 'array' },
          }),
        ];
  const checked = parseAssessmentFile(
    {
      format: FILE_FORMAT,
      formatVersion: FILE_FORMAT_VERSION,
      framework: data.framework,
      assessment: {
        id: assessment.id,
        profile: {
          name: assessment.name,
          ...(assessment.year === undefined ? {} : { year: assessment.year }),
        },
        answers: {},
        respondents: [respondent],
        responses: { [respondentId]: data.answers ?? {} },
      },
    },
    framework,
  );
  if (!checked.ok || questionErrors.length > 0) {
    return fail([...(checked.ok ? [] : checked.errors.map(placeInPack)), ...questionErrors]);
  }
  const { file, warnings } = checked.value;
  const [parsedRespondent] = file.assessment.respondents ?? [];
  if (!parsedRespondent)
    return fail([createFileIssue('invalid', ['respondent'], 'is missing', { reason: 'missing' })]);
  const answers =
    file.assessment.responses?.[parsedRespondent.id] ?? (Object.create(null) as Record<string, Answer>);
  const listed = questions as string[];
  const questionIds = [...new Set([...listed, ...Object.keys(answers)])];
  const language = isLanguage(data.language) ? data.language : 'en';
  const pack: RespondentPack = {
    framework: file.framework,
    assessment: {
      id: file.assessment.id,
      name: file.assessment.profile.name,
      ...(file.assessment.profile.year === undefined ? {} : { year: file.assessment.profile.year }),
    },
    respondent: parsedRespondent,
    questions: listed,
    answers,
  };
  return succeed({
    pack,
    returned: {
      kind: 'json',
      framework: file.framework,
      assessment: { id: file.assessment.id, name: file.assessment.profile.name },
      respondent: { id: parsedRespondent.id, name: parsedRespondent.name },
      language,
      questionIds,
      answers,
      rowIssues: [],
      warnings: warnings.map(placeInPack),
    },
  });
}
