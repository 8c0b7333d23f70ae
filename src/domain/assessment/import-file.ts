import { BANK_VERSION, PREVIOUS_BANK_VERSION, upgradeAssessmentTo2 } from '../criteria/bank-mapping';
import type { Framework } from '../criteria/criterion-schema';
import { formatIssuePath } from '../format-issue-path';
import { fail, succeed, type Result } from '../result';
import {
  FILE_FORMAT,
  FILE_FORMAT_VERSION,
  createFileIssue,
  decodeFileText,
  parseAssessmentFile,
  type FileIssue,
  type ParsedAssessmentFile,
} from './assessment-file';
import type { Assessment } from './assessment-schema';
import { readSavedStateDump } from './saved-state-dump';

export const COLLECTION_KEY = 'assessments';
const SINGLE_KEY = 'assessment';
export const MAX_COLLECTION_SIZE = 500;

export type ImportedAssessment = { assessment: Assessment; frameworkVersion: string; warnings: FileIssue[] };

export type AssessmentCollectionFile = {
  format: typeof FILE_FORMAT;
  formatVersion: typeof FILE_FORMAT_VERSION;
  framework: { id: string; version: string };
  assessments: Assessment[];
};

export function createCollectionFile(
  framework: Pick<Framework, 'id' | 'version'>,
  assessments: Assessment[],
): AssessmentCollectionFile {
  return {
    format: FILE_FORMAT,
    formatVersion: FILE_FORMAT_VERSION,
    framework: { id: framework.id, version: framework.version },
    assessments,
  };
}

/** The text of an "Export all" file, as the app downloads it. */
export function serializeCollectionFile(file: AssessmentCollectionFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

// Text in the file has been normalised by the schema (control characters mended, NFC), as typed text is.
function parseSingleFile(data: unknown, framework: Framework): Result<ParsedAssessmentFile, FileIssue> {
  return parseAssessmentFile(data, framework);
}

function toImported({ file, warnings }: ParsedAssessmentFile): ImportedAssessment {
  return { assessment: file.assessment, frameworkVersion: file.framework.version, warnings };
}

/** Issues about an item name it in the list; issues about the shared envelope keep their path. */
function placeInCollection(issue: FileIssue, index: number): FileIssue {
  if (issue.at[0] !== SINGLE_KEY) return issue;
  const at = [COLLECTION_KEY, index, ...issue.at.slice(1)];
  return { ...issue, at, path: formatIssuePath(at) };
}

function keyOf(issue: FileIssue): string {
  return JSON.stringify([issue.code, issue.path, issue.message]);
}

/** Refusals of the envelope alone (format, version), so a foreign file is not told about keys it lacks. */
function checkEnvelope(envelope: Record<string, unknown>, framework: Framework): FileIssue[] {
  const result = parseAssessmentFile({ ...envelope, [SINGLE_KEY]: undefined }, framework);
  if (result.ok) return [];
  return result.errors.filter((issue) =>
    ['wrong-format', 'bad-version', 'newer-version'].includes(issue.code),
  );
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function parseCollection(
  envelope: Record<string, unknown>,
  framework: Framework,
): Result<ImportedAssessment[], FileIssue> {
  const { [COLLECTION_KEY]: list, ...shared } = envelope;
  if (!Array.isArray(list)) {
    return fail([
      createFileIssue(
        'invalid',
        [COLLECTION_KEY],
        `expected a list of assessments, got ${describeKind(list)}`,
        {
          reason: 'expected-list',
        },
      ),
    ]);
  }
  if (list.length === 0 || list.length > MAX_COLLECTION_SIZE) {
    return fail([
      createFileIssue(
        'invalid',
        [COLLECTION_KEY],
        `expected 1 to ${MAX_COLLECTION_SIZE} assessments, got ${list.length}`,
        { reason: 'list-size', values: { max: MAX_COLLECTION_SIZE, got: list.length } },
      ),
    ]);
  }
  // Keyed so an envelope issue (another framework) is listed once, not once per item.
  const errors = new Map<string, FileIssue>();
  const imported: ImportedAssessment[] = [];
  const seenIds = new Set<string>();
  list.forEach((item: unknown, index) => {
    const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).id : undefined;
    if (typeof id === 'string') {
      if (seenIds.has(id)) {
        const issue = createFileIssue(
          'invalid',
          [COLLECTION_KEY, index, 'id'],
          `${JSON.stringify(id)} appears twice in this file`,
          { reason: 'duplicate-id', values: { id } },
        );
        errors.set(keyOf(issue), issue);
      }
      seenIds.add(id);
    }
    const result = parseSingleFile({ ...shared, [SINGLE_KEY]: item }, framework);
    if (!result.ok) {
      for (const issue of result.errors.map((error) => placeInCollection(error, index))) {
        errors.set(keyOf(issue), issue);
      }
      return;
    }
    const { file, warnings } = result.value;
    imported.push(toImported({ file, warnings: warnings.map((issue) => placeInCollection(issue, index)) }));
  });
  return errors.size > 0 ? fail([...errors.values()]) : succeed(imported);
}

/**
 * Parses an already-decoded import: one assessment file, or the same envelope holding a list.
 * A list is imported whole or not at all, so a bad item never leaves half a file behind.
 */
export function parseImportData(
  data: unknown,
  framework: Framework,
): Result<ImportedAssessment[], FileIssue> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const result = parseAssessmentFile(data, framework);
    return result.ok ? succeed([toImported(result.value)]) : result;
  }
  const envelope = readSavedStateDump(data, framework) ?? (data as Record<string, unknown>);
  const envelopeErrors = checkEnvelope(envelope, framework);
  if (envelopeErrors.length > 0) return fail(envelopeErrors);
  const hasSingle = envelope[SINGLE_KEY] !== undefined;
  const hasCollection = envelope[COLLECTION_KEY] !== undefined;
  if (hasSingle && hasCollection) {
    return fail([
      createFileIssue(
        'invalid',
        [],
        `a file holds either one assessment ("${SINGLE_KEY}") or a list of them ("${COLLECTION_KEY}"), not both`,
        { reason: 'both-kinds' },
      ),
    ]);
  }
  if (!hasSingle && !hasCollection) {
    return fail([
      createFileIssue(
        'invalid',
        [],
        `expected one assessment ("${SINGLE_KEY}") or a list of them ("${COLLECTION_KEY}"); the file holds neither`,
        { reason: 'neither-kind' },
      ),
    ]);
  }
  if (hasCollection) return parseCollection(envelope, framework);
  const result = parseSingleFile(envelope, framework);
  return result.ok ? succeed([toImported(result.value)]) : result;
}

/** Parses the text of an import as read from disk or a file picker; same limits as parseAssessmentFileText. */
export function parseImportText(text: string, framework: Framework): Result<ImportedAssessment[], FileIssue> {
  const decoded = decodeFileText(text);
  return decoded.ok ? parseImportData(decoded.value, framework) : decoded;
}

/**
 * Records the criteria version an imported assessment was answered against, when it is not the
 * app's own (comparisons warn about mixed versions); an assessment of the current version is kept
 * exactly as it was exported. One answered under 1.0.0 opens under 2.0.0 through the declared
 * mapping, its answers to changed questions kept for review.
 */
export function withFrameworkVersion(
  assessment: Assessment,
  fileVersion: string,
  currentVersion: string,
): Assessment {
  const version = assessment.frameworkVersion ?? fileVersion;
  if (version === PREVIOUS_BANK_VERSION && currentVersion === BANK_VERSION) {
    return upgradeAssessmentTo2({ ...assessment, frameworkVersion: version });
  }
  if (assessment.frameworkVersion !== undefined || fileVersion === currentVersion) return assessment;
  return { ...assessment, frameworkVersion: fileVersion };
}
