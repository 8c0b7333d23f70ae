import {
  MAX_FILE_BYTES,
  createFileIssue,
  decodeFileText,
  type FileIssue,
} from '../domain/assessment/assessment-file';
import { parseImportData, parseImportText, type ImportedAssessment } from '../domain/assessment/import-file';
import type { Framework } from '../domain/criteria/criterion-schema';
import { fail, succeed, type Result } from '../domain/result';
import { readReturnedWorkbook } from '../domain/team/read-returned-workbook';
import type { RespondentPack } from '../domain/team/respondent-pack';
import {
  PACK_FORMAT,
  isRespondentPackData,
  parseRespondentPackFile,
} from '../domain/team/respondent-pack-file';
import type { ReturnedAnswers } from '../domain/team/returned-answers';
import { decodeFileBytes } from './decode-file-bytes';
import { inspectZip, isZip } from './inspect-zip';

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
  if (input.bytes.length > MAX_FILE_BYTES) return refuseTooLarge(input.bytes);
  return parseImportText(decodeFileBytes(input.bytes), framework);
}

function refuseTooLarge(bytes: Uint8Array): Result<never, FileIssue> {
  return fail([
    createFileIssue(
      'too-large',
      [],
      `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB (${bytes.length} bytes; at most ${MAX_FILE_BYTES} are read)`,
      { values: { max: MAX_FILE_BYTES / 1024 / 1024 } },
    ),
  ]);
}

/**
 * The door for a respondent's returned file, on the coordinator's side: a workbook (.xlsx) they
 * filled in, or a JSON pack answered in their app. Both come back as the answers they hold and
 * whose they are; a workbook's unreadable rows are listed apart. The spreadsheet code loads only
 * when the bytes are a workbook. Never throws.
 */
export async function readRespondentFile(
  input: { bytes: Uint8Array<ArrayBuffer> },
  framework: Framework,
): Promise<Result<ReturnedAnswers, FileIssue>> {
  const { bytes } = input;
  if (bytes.length > MAX_FILE_BYTES) return refuseTooLarge(bytes);
  if (isZip(bytes)) {
    const inspected = await inspectZip(bytes);
    if (!inspected.ok) return inspected;
    const [{ loadExcelJs }, { readWorkbookContent }, { createWorkbookVocabularies }] = await Promise.all([
      import('../xlsx/load-exceljs'),
      import('../xlsx/read-workbook'),
      import('../xlsx/respondent-workbook'),
    ]);
    const content = await readWorkbookContent(await loadExcelJs(), bytes);
    if (!content.ok) return content;
    return readReturnedWorkbook(content.value, framework, await createWorkbookVocabularies(framework));
  }
  const decoded = decodeFileText(decodeFileBytes(bytes));
  if (!decoded.ok) return decoded;
  if (!isRespondentPackData(decoded.value)) {
    return fail([
      createFileIssue(
        'wrong-format',
        ['format'],
        `this is not a respondent's workbook or file: expected an .xlsx workbook or a JSON file of format "${PACK_FORMAT}"`,
      ),
    ]);
  }
  const parsed = parseRespondentPackFile(decoded.value, framework);
  return parsed.ok ? succeed(parsed.value.returned) : parsed;
}

/**
 * A respondent's pack as it arrives in their own app (a file or a link): the questions they are
 * asked and their answers so far. Sync: a pack is JSON.
 */
export function readRespondentPack(
  input: ImportInput,
  framework: Framework,
): Result<{ pack: RespondentPack; returned: ReturnedAnswers }, FileIssue> {
  if ('bytes' in input && input.bytes.length > MAX_FILE_BYTES) return refuseTooLarge(input.bytes);
  const decoded =
    'data' in input
      ? succeed(input.data)
      : decodeFileText('text' in input ? input.text : decodeFileBytes(input.bytes));
  return decoded.ok ? parseRespondentPackFile(decoded.value, framework) : decoded;
}

/**
 * What a file is, before it is read in full: a workbook (a respondent's, sent back), a respondent's
 * pack, or assessments. A screen that imports assessments sends the first two elsewhere.
 */
export function detectImportKind(bytes: Uint8Array): 'workbook' | 'pack' | 'assessments' {
  if (isZip(bytes)) return 'workbook';
  if (bytes.length > MAX_FILE_BYTES) return 'assessments';
  const decoded = decodeFileText(decodeFileBytes(bytes));
  return decoded.ok && isRespondentPackData(decoded.value) ? 'pack' : 'assessments';
}
