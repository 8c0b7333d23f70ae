import { z } from 'zod';

import { criteriaDirectoryFileSchema } from './criterion-schema';

/** The JSON Schema committed as criteria/schema.json, so editors check the files as they are typed. */
export function renderCriteriaJsonSchema(): string {
  const schema = z.toJSONSchema(criteriaDirectoryFileSchema, {
    // "input" describes the files as written: fields with defaults (weight, allowsNA) are optional.
    io: 'input',
    target: 'draft-2020-12',
  });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
