import { MAX_FILE_BYTES, createFileIssue, type FileIssue } from '../domain/assessment/assessment-file';
import { parseImportData, parseImportText, type ImportedAssessment } from '../domain/assessment/import-file';
import type { Framework } from '../domain/criteria/criterion-schema';
import { fail, type Result } from '../domain/result';
import { decodeFileBytes } from './decode-file-bytes';

/** Untrusted data as it arrives: a file's bytes, text already decoded, or JSON already parsed. */
export type ImportInput = { bytes: Uint8Array } | { text: string } | { data: unknown };

/**
 * The one door for assessments from outside: files picked or dropped, share links, the CLI, the
 * illustrative example and recovery files all come in here, so each gets the same limits, the same
 * format migrations and the same checks. Never throws; the issues say what is wrong and where.
 */
export function readImport(
  input: ImportInput,
  framework: Framework,
): Result<ImportedAssessment[], FileIssue> {
  if ('data' in input) return parseImportData(input.data, framework);
  if ('text' in input) return parseImportText(input.text, framework);
  if (input.bytes.length > MAX_FILE_BYTES) {
    return fail([
      createFileIssue(
        'too-large',
        [],
        `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB (${input.bytes.length} bytes; at most ${MAX_FILE_BYTES} are read)`,
        { values: { max: MAX_FILE_BYTES / 1024 / 1024 } },
      ),
    ]);
  }
  return parseImportText(decodeFileBytes(input.bytes), framework);
}
