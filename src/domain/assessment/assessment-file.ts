import { z } from 'zod/mini';

import type { Framework, Question } from '../criteria/criterion-schema';
import { LEVEL_COUNT } from '../criteria/level-count';
import { indexQuestions } from '../criteria/index-questions';
import { formatIssuePath } from '../format-issue-path';
import { fail, succeed, type Result } from '../result';
import {
  NA,
  answerValueSchema,
  assessmentSchema,
  type AnswerValue,
  type Assessment,
} from './assessment-schema';

export const FILE_FORMAT = 'icf-self-assessment';
export const FILE_FORMAT_VERSION = 1;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type FileIssueCode =
  | 'too-large'
  | 'not-json'
  | 'not-an-object'
  | 'wrong-format'
  | 'bad-version'
  | 'newer-version'
  | 'invalid'
  | 'other-framework'
  | 'framework-version'
  | 'unknown-question'
  | 'unknown-criterion'
  | 'bad-value';

/** One thing wrong with a file, with where it is; `message` is English, `code` lets a UI translate. */
export type FileIssue = { code: FileIssueCode; path: string; message: string };

export function formatFileIssue(issue: FileIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

export const assessmentFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  formatVersion: z.literal(FILE_FORMAT_VERSION),
  framework: z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    version: z.string().check(z.minLength(1), z.maxLength(50)),
  }),
  assessment: assessmentSchema,
});
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

/** A file that parsed, with what is odd but not wrong (unknown ids, another framework version). */
export type ParsedAssessmentFile = { file: AssessmentFile; warnings: FileIssue[] };

export function createAssessmentFile(
  framework: Pick<Framework, 'id' | 'version'>,
  assessment: Assessment,
): AssessmentFile {
  return {
    format: FILE_FORMAT,
    formatVersion: FILE_FORMAT_VERSION,
    framework: { id: framework.id, version: framework.version },
    assessment,
  };
}

export function serializeAssessmentFile(file: AssessmentFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function readPath(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
}

/** Why a value does not fit its question, or null when it fits. */
export function checkAnswerValue(question: Question, value: AnswerValue): string | null {
  if (value === NA) return question.allowsNA ? null : 'this question does not allow "na"';
  switch (question.type) {
    case 'level':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < LEVEL_COUNT
        ? null
        : `expected a level, a whole number from 0 to ${LEVEL_COUNT - 1}, got ${describe(value)}`;
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 100
        ? null
        : `expected a percentage from 0 to 100, got ${describe(value)}`;
    case 'number': {
      if (typeof value !== 'number') return `expected a number, got ${describe(value)}`;
      if (question.min !== undefined && value < question.min)
        return `expected at least ${question.min}, got ${value}`;
      if (question.max !== undefined && value > question.max)
        return `expected at most ${question.max}, got ${value}`;
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : `expected true or false, got ${describe(value)}`;
    case 'checklist': {
      if (!Array.isArray(value)) return `expected a list of option ids, got ${describe(value)}`;
      const known = new Set(question.options.map((option) => option.id));
      const unknown = value.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        return `unknown option ${unknown.map(describe).join(', ')}; expected some of ${[...known].join(', ')}`;
      }
      return new Set(value).size === value.length ? null : 'an option is ticked twice';
    }
  }
}

/**
 * Values of the right shape that do not fit their question (a level of 7, a percent of 140).
 * Read from the raw data so they are reported together with any other error in the file.
 */
function checkAnswerValues(data: unknown, framework: Framework): FileIssue[] {
  const answers = readPath(data, ['assessment', 'answers']);
  if (typeof answers !== 'object' || answers === null) return [];
  const questions = indexQuestions(framework);
  const errors: FileIssue[] = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = questions.get(questionId)?.question;
    const value = readPath(answer, ['value']);
    const shape = answerValueSchema.safeParse(value);
    if (!question || !shape.success) continue;
    const problem = checkAnswerValue(question, shape.data);
    if (problem) {
      errors.push({
        code: 'bad-value',
        path: formatIssuePath(['assessment', 'answers', questionId, 'value']),
        message: problem,
      });
    }
  }
  return errors;
}

function findWarnings(file: AssessmentFile, framework: Framework): FileIssue[] {
  const warnings: FileIssue[] = [];
  if (file.framework.version !== framework.version) {
    warnings.push({
      code: 'framework-version',
      path: 'framework.version',
      message: `made with criteria version ${file.framework.version}; this app uses ${framework.version}`,
    });
  }
  const questions = indexQuestions(framework);
  for (const questionId of Object.keys(file.assessment.answers)) {
    if (!questions.has(questionId)) {
      warnings.push({
        code: 'unknown-question',
        path: formatIssuePath(['assessment', 'answers', questionId]),
        message: `"${questionId}" is not a question of ${framework.id} ${framework.version}; its answer is kept but not scored`,
      });
    }
  }
  const criterionIds = new Set(framework.criteria.map((criterion) => criterion.id));
  for (const field of ['weights', 'targets', 'narratives'] as const) {
    for (const id of Object.keys(file.assessment[field] ?? {})) {
      if (!criterionIds.has(id)) {
        warnings.push({
          code: 'unknown-criterion',
          path: formatIssuePath(['assessment', field, id]),
          message: `"${id}" is not a criterion of ${framework.id}; it is kept but not used`,
        });
      }
    }
  }
  return warnings;
}

/** zod says "Invalid key in record"; the person reading needs to know what is wrong with the key. */
function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_key') return issue.message;
  const reasons = issue.issues.map((inner) => inner.message).join('; ');
  return `the name ${describe(issue.path.at(-1))} cannot be used: it ${reasons}`;
}

/** Parses an already-decoded file (an object from JSON.parse or a share link). */
export function parseAssessmentFile(
  data: unknown,
  framework: Framework,
): Result<ParsedAssessmentFile, FileIssue> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([
      {
        code: 'not-an-object',
        path: '',
        message: `expected an assessment file (a JSON object), got ${describe(data)}`,
      },
    ]);
  }
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== FILE_FORMAT) {
    return fail([
      {
        code: 'wrong-format',
        path: 'format',
        message: `this is not an ICF self-assessment file: expected format "${FILE_FORMAT}", got ${describe(envelope.format)}`,
      },
    ]);
  }
  const version = envelope.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([
      {
        code: 'bad-version',
        path: 'formatVersion',
        message: `expected a whole number from 1, got ${describe(version)}`,
      },
    ]);
  }
  if (version > FILE_FORMAT_VERSION) {
    return fail([
      {
        code: 'newer-version',
        path: 'formatVersion',
        message: `this file was made by a newer version of the app (format version ${version}; this app reads up to ${FILE_FORMAT_VERSION}); update the app to open it`,
      },
    ]);
  }
  const parsed = assessmentFileSchema.safeParse(data);
  const valueErrors = checkAnswerValues(data, framework);
  if (!parsed.success) {
    const questions = indexQuestions(framework);
    const shapeErrors = parsed.error.issues.map((issue): FileIssue => {
      // zod only knows a value is of no known shape; the question says what it should have been.
      const [, , questionId, field] = issue.path;
      const entry =
        typeof questionId === 'string' && field === 'value' ? questions.get(questionId) : undefined;
      const value = entry ? readPath(data, issue.path) : undefined;
      const message = entry
        ? (checkAnswerValue(entry.question, value as AnswerValue) ?? issue.message)
        : describeZodIssue(issue);
      return { code: 'invalid', path: formatIssuePath(issue.path), message };
    });
    return fail([...shapeErrors, ...valueErrors]);
  }
  const file = parsed.data;
  if (file.framework.id !== framework.id) {
    return fail([
      {
        code: 'other-framework',
        path: 'framework.id',
        message: `made for the framework "${file.framework.id}"; this app scores "${framework.id}"`,
      },
    ]);
  }
  return valueErrors.length > 0
    ? fail(valueErrors)
    : succeed({ file, warnings: findWarnings(file, framework) });
}

/** The JSON in a file's text, refusing text over the size limit or that is not JSON. */
export function decodeFileText(text: string): Result<unknown, FileIssue> {
  // Length in UTF-16 units is at most the byte length, so this check never refuses a file under the limit.
  if (text.length > MAX_FILE_BYTES) {
    return fail([
      { code: 'too-large', path: '', message: `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` },
    ]);
  }
  try {
    return succeed(JSON.parse(text) as unknown);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([{ code: 'not-json', path: '', message: `not a JSON file (${reason})` }]);
  }
}

/** Parses the text of a file as read from disk or a file picker. */
export function parseAssessmentFileText(
  text: string,
  framework: Framework,
): Result<ParsedAssessmentFile, FileIssue> {
  const decoded = decodeFileText(text);
  return decoded.ok ? parseAssessmentFile(decoded.value, framework) : decoded;
}
