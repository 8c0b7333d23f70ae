import type { z } from 'zod';

import { fail, succeed, type Result } from '../result';
import type { CriteriaError } from './criteria-error';
import { formatIssuePath } from '../format-issue-path';
import { criterionFileSchema, frameworkFileSchema, type Criterion, type Framework } from './criterion-schema';
import { previousBankSchema, type PreviousBank } from './previous-bank-schema';

export const FRAMEWORK_FILE = 'framework.json';
/** Generated from the zod schema for editors; not part of the framework itself. */
export const SCHEMA_FILE = 'schema.json';
/** Earlier versions' questions live in criteria/history/<version>.json. */
export const HISTORY_PREFIX = 'history/';

function toCriteriaErrors(file: string, error: z.ZodError): CriteriaError[] {
  return error.issues.map((issue) => ({
    file,
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
}

/**
 * Builds the framework from the contents of criteria/ (file name → parsed JSON).
 * Checks each file against its schema, then what no single file can check:
 * every listed criterion has its file, ids match file names, question ids are unique.
 */
export function loadFramework(files: Readonly<Record<string, unknown>>): Result<Framework, CriteriaError> {
  const errors: CriteriaError[] = [];

  if (!(FRAMEWORK_FILE in files)) {
    return fail([{ file: FRAMEWORK_FILE, path: '', message: 'missing: the framework file is required' }]);
  }
  const frameworkResult = frameworkFileSchema.safeParse(files[FRAMEWORK_FILE]);
  if (!frameworkResult.success) {
    return fail(toCriteriaErrors(FRAMEWORK_FILE, frameworkResult.error));
  }
  const { $schema: _ignored, criteria: criterionIds, ...frameworkFields } = frameworkResult.data;

  const listed = new Set(criterionIds);
  criterionIds.forEach((id, i) => {
    if (criterionIds.indexOf(id) !== i) {
      errors.push({ file: FRAMEWORK_FILE, path: `criteria[${i}]`, message: `"${id}" is listed twice` });
    }
  });
  const history: PreviousBank[] = [];
  for (const name of Object.keys(files)) {
    if (name.startsWith(HISTORY_PREFIX)) {
      const parsed = previousBankSchema.safeParse(files[name]);
      if (parsed.success) history.push(parsed.data);
      else errors.push(...toCriteriaErrors(name, parsed.error));
      continue;
    }
    const id = name.replace(/\.json$/, '');
    if (name !== FRAMEWORK_FILE && name !== SCHEMA_FILE && !listed.has(id)) {
      errors.push({ file: name, path: '', message: `not listed in ${FRAMEWORK_FILE} "criteria"` });
    }
  }

  const criteria: Criterion[] = [];
  const questionOwners = new Map<string, string>();
  for (const id of new Set(criterionIds)) {
    const file = `${id}.json`;
    if (!(file in files)) {
      errors.push({ file, path: '', message: `missing: ${FRAMEWORK_FILE} lists "${id}"` });
      continue;
    }
    const parsed = criterionFileSchema.safeParse(files[file]);
    if (!parsed.success) {
      errors.push(...toCriteriaErrors(file, parsed.error));
      continue;
    }
    const { $schema: _schema, ...criterion } = parsed.data;
    if (criterion.id !== id) {
      errors.push({ file, path: 'id', message: `expected "${id}" (the file name), got "${criterion.id}"` });
    }
    criterion.questions.forEach((question, i) => {
      const path = `questions[${i}].id`;
      if (!question.id.startsWith(`${id}.`)) {
        errors.push({ file, path, message: `expected to start with "${id}.", got "${question.id}"` });
      }
      const owner = questionOwners.get(question.id);
      if (owner !== undefined) {
        errors.push({ file, path, message: `"${question.id}" is already used in ${owner}` });
      }
      questionOwners.set(question.id, file);
    });
    criteria.push(criterion);
  }

  return errors.length > 0 ? fail(errors) : succeed({ ...frameworkFields, criteria, history });
}
