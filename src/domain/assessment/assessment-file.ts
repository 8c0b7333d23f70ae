import { z } from 'zod/mini';

import type { Framework, Question } from '../criteria/criterion-schema';
import { LEVEL_COUNT } from '../criteria/level-count';
import { indexQuestions } from '../criteria/index-questions';
import { formatIssuePath } from '../format-issue-path';
import { fail, succeed, type Result } from '../result';
import { FILE_MIGRATIONS, migrateFileEnvelope } from './file-format-migrations';
import { answerValueSchema, assessmentSchema, type AnswerValue, type Assessment } from './assessment-schema';
import { NA } from './not-applicable';

export const FILE_FORMAT = 'icf-self-assessment';
/** 2 added respondents, their responses and the round (issue 13); see file-format-migrations.ts. */
export const FILE_FORMAT_VERSION = 2;
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
  | 'bad-value'
  | 'not-a-workbook'
  | 'returned-workbook'
  | 'respondent-pack';

/**
 * Why a value is refused, finer than the code, for a UI to say in its own language; `values` fills
 * in the numbers and names the sentence needs.
 */
export type FileIssueReason =
  | 'missing'
  | 'wrong-type'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'too-big'
  | 'too-small'
  | 'bad-link'
  | 'bad-id'
  | 'bad-date'
  | 'bad-choice'
  | 'not-na'
  | 'expected-level'
  | 'expected-percent'
  | 'expected-number'
  | 'expected-boolean'
  | 'expected-options'
  | 'unknown-option'
  | 'option-twice'
  | 'control-character'
  | 'duplicate-id'
  | 'expected-list'
  | 'list-size'
  | 'both-kinds'
  | 'neither-kind'
  | 'damaged-link'
  | 'link-too-large'
  | 'framework-version'
  | 'unknown-question'
  | 'unknown-criterion'
  | 'duplicate-respondent'
  | 'unknown-respondent'
  // A respondent's workbook or file (src/domain/team): its cells, sheets and whom it belongs to.
  | 'cell-error'
  | 'expected-year'
  | 'row-twice'
  | 'not-a-question'
  | 'missing-sheet'
  | 'missing-column'
  | 'other-assessment'
  | 'not-assigned';

/**
 * One thing wrong with a file. `path` and `message` are the technical detail, in English (the CLI
 * prints them); `at` is the same path as keys, so a screen can name the place in words, and
 * `code`, `reason` and `values` let it say what is wrong in the reader's language.
 */
export type FileIssue = {
  code: FileIssueCode;
  path: string;
  message: string;
  at: readonly (string | number)[];
  reason?: FileIssueReason;
  values?: Readonly<Record<string, string | number>>;
};

/** An issue at a place of the file: `path` is written from the keys. */
export function createFileIssue(
  code: FileIssueCode,
  at: readonly (string | number)[],
  message: string,
  details: Pick<FileIssue, 'reason' | 'values'> = {},
): FileIssue {
  return { code, path: formatIssuePath(at), message, at, ...details };
}

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

/** Why a value does not fit its question: the English message and the reason a screen translates. */
export type ValueProblem = {
  message: string;
  reason: FileIssueReason;
  values?: Record<string, string | number>;
};

/** Why a value does not fit its question, or null when it fits. */
export function checkAnswerValue(question: Question, value: AnswerValue): ValueProblem | null {
  if (value === NA) {
    return question.allowsNA ? null : { message: 'this question does not allow "na"', reason: 'not-na' };
  }
  switch (question.type) {
    case 'level':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < LEVEL_COUNT
        ? null
        : {
            message: `expected a level, a whole number from 0 to ${LEVEL_COUNT - 1}, got ${describe(value)}`,
            reason: 'expected-level',
            values: { max: LEVEL_COUNT - 1 },
          };
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 100
        ? null
        : {
            message: `expected a percentage from 0 to 100, got ${describe(value)}`,
            reason: 'expected-percent',
          };
    case 'number': {
      if (typeof value !== 'number') {
        return {
          message: `expected a number, got ${describe(value)}`,
          reason: 'expected-number',
        };
      }
      if (question.min !== undefined && value < question.min) {
        return {
          message: `expected at least ${question.min}, got ${value}`,
          reason: 'too-small',
          values: { min: question.min, got: value },
        };
      }
      if (question.max !== undefined && value > question.max) {
        return {
          message: `expected at most ${question.max}, got ${value}`,
          reason: 'too-big',
          values: { max: question.max, got: value },
        };
      }
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? null
        : {
            message: `expected true or false, got ${describe(value)}`,
            reason: 'expected-boolean',
          };
    case 'checklist': {
      if (!Array.isArray(value)) {
        return {
          message: `expected a list of option ids, got ${describe(value)}`,
          reason: 'expected-options',
        };
      }
      const known = new Set(question.options.map((option) => option.id));
      const unknown = value.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        return {
          message: `unknown option ${unknown.map(describe).join(', ')}; expected some of ${[...known].join(', ')}`,
          reason: 'unknown-option',
          values: { got: unknown.map(describe).join(', ') },
        };
      }
      return new Set(value).size === value.length
        ? null
        : { message: 'an option is ticked twice', reason: 'option-twice' };
    }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every set of answers in raw data, with where it sits: the coordinator's (`assessment.answers`)
 * and each respondent's (`assessment.responses.<respondent id>`). The same checks run on all.
 */
function listAnswerSets(data: unknown): { at: string[]; answers: Record<string, unknown> }[] {
  const sets: { at: string[]; answers: Record<string, unknown> }[] = [];
  const answers = readPath(data, ['assessment', 'answers']);
  if (isObject(answers)) sets.push({ at: ['assessment', 'answers'], answers });
  const responses = readPath(data, ['assessment', 'responses']);
  if (isObject(responses)) {
    for (const [respondentId, given] of Object.entries(responses)) {
      if (isObject(given)) sets.push({ at: ['assessment', 'responses', respondentId], answers: given });
    }
  }
  return sets;
}

/**
 * Values of the right shape that do not fit their question (a level of 7, a percent of 140), in
 * the coordinator's answers and in every respondent's. Read from the raw data so they are reported
 * together with any other error in the file.
 */
function checkAnswerValues(data: unknown, framework: Framework): FileIssue[] {
  const questions = indexQuestions(framework);
  const errors: FileIssue[] = [];
  for (const { at, answers } of listAnswerSets(data)) {
    for (const [questionId, answer] of Object.entries(answers)) {
      const question = questions.get(questionId)?.question;
      const value = readPath(answer, ['value']);
      const shape = answerValueSchema.safeParse(value);
      if (!question || !shape.success) continue;
      const problem = checkAnswerValue(question, shape.data);
      if (problem) {
        const { message, ...details } = problem;
        errors.push(createFileIssue('bad-value', [...at, questionId, 'value'], message, details));
      }
    }
  }
  return errors;
}

/** The question id in the path of an answer's value (coordinator's or a respondent's), if it is one. */
function findValueQuestionId(path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'assessment' || path.at(-1) !== 'value') return undefined;
  if (path[1] === 'answers' && path.length === 4) return typeof path[2] === 'string' ? path[2] : undefined;
  if (path[1] === 'responses' && path.length === 5) return typeof path[3] === 'string' ? path[3] : undefined;
  return undefined;
}

function findWarnings(file: AssessmentFile, framework: Framework): FileIssue[] {
  const warnings: FileIssue[] = [];
  if (file.framework.version !== framework.version) {
    warnings.push(
      createFileIssue(
        'framework-version',
        ['framework', 'version'],
        `made with criteria version ${file.framework.version}; this app uses ${framework.version}`,
        {
          reason: 'framework-version',
          values: { version: file.framework.version, current: framework.version },
        },
      ),
    );
  }
  const questions = indexQuestions(framework);
  const answerSets: [string[], Record<string, unknown>][] = [
    [['assessment', 'answers'], file.assessment.answers],
    ...Object.entries(file.assessment.responses ?? {}).map(
      ([respondentId, answers]): [string[], Record<string, unknown>] => [
        ['assessment', 'responses', respondentId],
        answers,
      ],
    ),
  ];
  for (const [at, answers] of answerSets) {
    for (const questionId of Object.keys(answers)) {
      if (!questions.has(questionId)) {
        warnings.push(
          createFileIssue(
            'unknown-question',
            [...at, questionId],
            `"${questionId}" is not a question of ${framework.id} ${framework.version}; its answer is kept but not scored`,
            { reason: 'unknown-question' },
          ),
        );
      }
    }
  }
  const criterionIds = new Set(framework.criteria.map((criterion) => criterion.id));
  (file.assessment.respondents ?? []).forEach((respondent, index) => {
    for (const [field, known, reason] of [
      ['criteria', criterionIds, 'unknown-criterion'],
      ['questions', questions, 'unknown-question'],
    ] as const) {
      (respondent[field] ?? []).forEach((id, position) => {
        if (known.has(id)) return;
        warnings.push(
          createFileIssue(
            reason,
            ['assessment', 'respondents', index, field, position],
            `"${id}" is not a ${field === 'criteria' ? 'criterion' : 'question'} of ${framework.id}; the assignment keeps it but asks nothing more`,
            { reason },
          ),
        );
      });
    }
  });
  for (const field of ['weights', 'targets', 'narratives'] as const) {
    for (const id of Object.keys(file.assessment[field] ?? {})) {
      if (!criterionIds.has(id)) {
        warnings.push(
          createFileIssue(
            'unknown-criterion',
            ['assessment', field, id],
            `"${id}" is not a criterion of ${framework.id}; it is kept but not used`,
            { reason: 'unknown-criterion' },
          ),
        );
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

type ZodIssue = z.core.$ZodIssue;

/** What a zod issue means to someone who did not write the schema; undefined leaves the code to say it. */
function explainZodIssue(issue: ZodIssue, data: unknown): Pick<FileIssue, 'reason' | 'values'> {
  switch (issue.code) {
    case 'invalid_type':
      return readPath(data, issue.path) === undefined
        ? { reason: 'missing' }
        : { reason: 'wrong-type', values: { expected: issue.expected } };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { reason: 'too-long', values: { max } };
      if (issue.origin === 'array') return { reason: 'too-many', values: { max } };
      return { reason: 'too-big', values: { max } };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return { reason: 'empty' };
      return { reason: 'too-small', values: { min } };
    }
    case 'invalid_format':
      if (issue.format === 'url') return { reason: 'bad-link' };
      if (issue.format === 'regex') return { reason: 'bad-id' };
      if (issue.format === 'datetime') return { reason: 'bad-date' };
      return {};
    case 'invalid_value':
      return { reason: 'bad-choice', values: { options: issue.values.map(String).join(', ') } };
    case 'custom': {
      // The assessment's own checks (respondent ids, responses) name their reason and the id.
      const { reason, id } = (issue.params ?? {}) as { reason?: FileIssueReason; id?: string };
      return reason ? { reason, values: id === undefined ? {} : { id } } : {};
    }
    default:
      return {};
  }
}

/** Parses an already-decoded file (an object from JSON.parse or a share link). */
export function parseAssessmentFile(
  data: unknown,
  framework: Framework,
): Result<ParsedAssessmentFile, FileIssue> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([
      createFileIssue(
        'not-an-object',
        [],
        `expected an assessment file (a JSON object), got ${describe(data)}`,
      ),
    ]);
  }
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== FILE_FORMAT) {
    return fail([
      createFileIssue(
        'wrong-format',
        ['format'],
        `this is not an ICF self-assessment file: expected format "${FILE_FORMAT}", got ${describe(envelope.format)}`,
      ),
    ]);
  }
  const version = envelope.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([
      createFileIssue(
        'bad-version',
        ['formatVersion'],
        `expected a whole number from 1, got ${describe(version)}`,
      ),
    ]);
  }
  if (version > FILE_FORMAT_VERSION) {
    return fail([
      createFileIssue(
        'newer-version',
        ['formatVersion'],
        `this file was made by a newer version of the app (format version ${version}; this app reads up to ${FILE_FORMAT_VERSION}); update the app to open it`,
        { values: { version, supported: FILE_FORMAT_VERSION } },
      ),
    ]);
  }
  const migrated = migrateFileEnvelope(envelope, version, FILE_FORMAT_VERSION, FILE_MIGRATIONS);
  if (!migrated.ok) {
    return fail([
      createFileIssue(
        'bad-version',
        ['formatVersion'],
        `format version ${version} cannot be read: this app has no step from version ${migrated.errors[0]?.missingStep}`,
      ),
    ]);
  }
  return parseCurrentFile(migrated.value, framework);
}

/** The checks of a file already in the current format version. */
function parseCurrentFile(
  data: Record<string, unknown>,
  framework: Framework,
): Result<ParsedAssessmentFile, FileIssue> {
  const parsed = assessmentFileSchema.safeParse(data);
  const valueErrors = checkAnswerValues(data, framework);
  if (!parsed.success) {
    const questions = indexQuestions(framework);
    const shapeErrors = parsed.error.issues.map((issue): FileIssue => {
      const at = issue.path.filter((key) => typeof key !== 'symbol');
      // zod only knows a value is of no known shape; the question says what it should have been.
      const questionId = findValueQuestionId(issue.path);
      const entry = questionId === undefined ? undefined : questions.get(questionId);
      const problem = entry
        ? checkAnswerValue(entry.question, readPath(data, issue.path) as AnswerValue)
        : null;
      if (problem) {
        const { message, ...details } = problem;
        return createFileIssue('invalid', at, message, details);
      }
      return createFileIssue('invalid', at, describeZodIssue(issue), explainZodIssue(issue, data));
    });
    return fail([...shapeErrors, ...valueErrors]);
  }
  const file = parsed.data;
  if (file.framework.id !== framework.id) {
    return fail([
      createFileIssue(
        'other-framework',
        ['framework', 'id'],
        `made for the framework "${file.framework.id}"; this app scores "${framework.id}"`,
        { values: { framework: file.framework.id } },
      ),
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
      createFileIssue('too-large', [], `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`, {
        values: { max: MAX_FILE_BYTES / 1024 / 1024 },
      }),
    ]);
  }
  try {
    return succeed(JSON.parse(text) as unknown);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([createFileIssue('not-json', [], `not a JSON file (${reason})`)]);
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
