import { MAX_FILE_BYTES, decodeFileText, type FileIssue } from '../domain/assessment/assessment-file';
import { COLLECTION_KEY, type ImportedAssessment } from '../domain/assessment/import-file';
import { readSavedStateDump } from '../domain/assessment/saved-state-dump';
import type { Framework } from '../domain/criteria/criterion-schema';
import type { Result } from '../domain/result';
import { decodeFileBytes } from '../files/decode-file-bytes';
import { readImport } from '../files/read-import';
import { readPath, type BoundedRead, type ReadErrorReason } from './read-input';

/** Reads stdin, at most `limit` bytes and one more; injected so that runCli does not touch process. */
export type ReadStdin = (limit: number) => BoundedRead;

export const STDIN = '-';

/** Why a file gave no text: each command says it in its own words and language. */
export type ReadFailure =
  | { kind: 'unreadable'; reason: ReadErrorReason | undefined; detail: string }
  | { kind: 'too-large' }
  | { kind: 'no-stdin' };

/** A path's text, or `-` for stdin's: at most MAX_FILE_BYTES, decoded as the app decodes a file. */
export function readInputText(
  path: string,
  readStdin: ReadStdin | undefined,
): { text: string } | { failure: ReadFailure } {
  if (path === STDIN && !readStdin) return { failure: { kind: 'no-stdin' } };
  const read = path === STDIN && readStdin ? readStdin(MAX_FILE_BYTES) : readPath(path, MAX_FILE_BYTES);
  if ('error' in read) return { failure: { kind: 'unreadable', reason: read.reason, detail: read.error } };
  if ('tooLarge' in read || read.bytes.length > MAX_FILE_BYTES) return { failure: { kind: 'too-large' } };
  return { text: decodeFileBytes(read.bytes) };
}

/**
 * A file's text through the app's one import door: a single assessment, an "Export all" list, or
 * the crash screen's saved state (read as such a list). `listLength` is the length of the list the
 * file holds, before any of it is checked; undefined for a file of one assessment.
 */
export function importAssessmentText(
  text: string,
  framework: Framework,
): { listLength: number | undefined; result: Result<ImportedAssessment[], FileIssue> } {
  const decoded = decodeFileText(text);
  if (!decoded.ok) return { listLength: undefined, result: decoded };
  // The import reads a saved state as a list itself; it is unwrapped here only to count the list.
  const list = collectionOf(readSavedStateDump(decoded.value, framework) ?? decoded.value);
  return { listLength: list?.length, result: readImport({ data: decoded.value }, framework) };
}

function collectionOf(data: unknown): readonly unknown[] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const list = (data as Record<string, unknown>)[COLLECTION_KEY];
  return Array.isArray(list) ? list : undefined;
}
